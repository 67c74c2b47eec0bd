import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ssim } from '../metrics/ssim';
import { trainModel } from '../train/train-loop';
import { BERGMANN_CONFIG, convAeConfigProblem, convAeForwardFlops, convAeLayers, convAeParamCount, createConvAutoencoder, LEAKY_SLOPE, type ConvAeConfig } from './conv-ae';
import { useTestBackend } from './test-backend';

useTestBackend();

const TINY: ConvAeConfig = { inputSize: 16, latent: 6, width: 0.25, loss: 'l2' };

/** n smooth images of side s in [0.1, 0.9], row-major rows. */
function images(n: number, s: number, seed = 0): Float32Array {
  const out = new Float32Array(n * s * s);
  for (let k = 0; k < n; k++) {
    for (let r = 0; r < s; r++) {
      for (let c = 0; c < s; c++) out[(k * s + r) * s + c] = 0.5 + 0.4 * Math.sin(0.9 * r + 0.3 * k + seed) * Math.cos(0.6 * c - 0.2 * k);
    }
  }
  return out;
}

describe('conv AE architecture', () => {
  it("has the paper's layers at 128×128, width 1, latent 100", () => {
    const layers = convAeLayers(BERGMANN_CONFIG);
    const enc = layers.filter((l) => l.part === 'encoder');
    const dec = layers.filter((l) => l.part === 'decoder');
    expect(enc.map((l) => [l.kernel, l.stride, l.outChannels, l.outSize])).toEqual([
      [4, 2, 32, 64],
      [4, 2, 32, 32],
      [3, 1, 32, 32],
      [4, 2, 64, 16],
      [3, 1, 64, 16],
      [4, 2, 128, 8],
      [3, 1, 64, 8],
      [3, 1, 32, 8],
      [8, 1, 100, 1],
    ]);
    expect(enc[8].padding).toBe('valid');
    expect(enc[8].activation).toBe('linear');
    expect(dec.map((l) => [l.kind, l.kernel, l.stride, l.outChannels, l.outSize])).toEqual([
      ['conv-transpose', 8, 1, 32, 8],
      ['conv', 3, 1, 64, 8],
      ['conv', 3, 1, 128, 8],
      ['conv-transpose', 4, 2, 64, 16],
      ['conv', 3, 1, 64, 16],
      ['conv-transpose', 4, 2, 32, 32],
      ['conv', 3, 1, 32, 32],
      ['conv-transpose', 4, 2, 32, 64],
      ['conv-transpose', 4, 2, 1, 128],
    ]);
    expect(dec[8].activation).toBe('sigmoid');
    expect(layers.filter((l) => l.activation === 'leakyRelu')).toHaveLength(16);
    // Encoder weights + biases, by hand: 16·32 + 16·32·32 + 9·32·32 + 16·32·64 + 9·64·64 + 16·64·128 + 9·128·64 + 9·64·32 + 64·32·100, biases 32+32+32+64+64+128+64+32+100.
    const encoderParams = 512 + 16384 + 9216 + 32768 + 36864 + 131072 + 73728 + 18432 + 204800 + 548;
    expect(enc.reduce((s, l) => s + l.params, 0)).toBe(encoderParams);
    // The decoder mirrors the weights; its biases follow its own outputs (32+64+128+64+64+32+32+32+1).
    expect(convAeParamCount(BERGMANN_CONFIG)).toBe(2 * (encoderParams - 548) + 548 + 449);
    // The first layer: 64·64 outputs × 16 taps × 1 × 32 channels.
    expect(enc[0].macs).toBe(64 * 64 * 16 * 32);
    expect(dec[8].macs).toBe(enc[0].macs);
    expect(convAeForwardFlops(BERGMANN_CONFIG)).toBe(2 * layers.reduce((s, l) => s + l.macs, 0));
  });

  it('scales channels by the width multiplier and the bottleneck kernel by the input size', () => {
    const layers = convAeLayers({ inputSize: 64, latent: 50, width: 0.5, loss: 'l2' });
    expect(layers[0].outChannels).toBe(16);
    expect(layers[5].outChannels).toBe(64);
    expect(layers[8]).toMatchObject({ kernel: 4, inChannels: 16, outChannels: 50, outSize: 1 });
    expect(layers[9]).toMatchObject({ kind: 'conv-transpose', kernel: 4, outSize: 4 });
  });

  it('drops the last stride-2 layers at a smaller depth, keeping the decoder mirrored', async () => {
    const layers = convAeLayers({ inputSize: 64, latent: 16, width: 0.25, loss: 'l2', depth: 2 });
    expect(layers.filter((l) => l.stride === 2).map((l) => l.part)).toEqual(['encoder', 'encoder', 'decoder', 'decoder']);
    expect(layers).toHaveLength(14);
    const bottleneck = layers.find((l) => l.activation === 'linear')!;
    expect(bottleneck).toMatchObject({ kernel: 16, outSize: 1 });
    expect(layers.at(-1)).toMatchObject({ outChannels: 1, outSize: 64, activation: 'sigmoid' });
    expect(convAeConfigProblem({ ...TINY, depth: 5 })?.code).toBe('conv-ae-depth');
    expect(convAeConfigProblem({ ...TINY, inputSize: 24 })?.code).toBe('conv-ae-input-size');
    expect(convAeConfigProblem({ ...TINY, inputSize: 24, depth: 2 })).toBeNull();
    const model = createConvAutoencoder({ ...TINY, inputSize: 24, depth: 2 }, 1);
    const x = tf.tensor2d(images(2, 24), [2, 576]);
    const y = model.reconstruct(x);
    expect(y.shape).toEqual([2, 576]);
    tf.dispose([x, y]);
    model.dispose();
  });

  it('reports bad configs as codes', () => {
    expect(convAeConfigProblem({ ...TINY, inputSize: 40 })?.code).toBe('conv-ae-input-size');
    expect(convAeConfigProblem({ ...TINY, latent: 0 })?.code).toBe('conv-ae-latent');
    expect(convAeConfigProblem({ ...TINY, width: 0 })?.code).toBe('conv-ae-width');
    expect(convAeConfigProblem({ ...TINY, loss: 'ssim', ssim: { winSize: 17 } })?.code).toBe('conv-ae-ssim-window');
    expect(convAeConfigProblem({ ...TINY, loss: 'ssim' })).toBeNull();
    expect(() => createConvAutoencoder({ ...TINY, inputSize: 8 }, 0)).toThrow('conv-ae-input-size');
  });
});

describe('createConvAutoencoder', () => {
  it('reconstructs to (0, 1), encodes to the latent size, and is the same for the same seed', async () => {
    const a = createConvAutoencoder(TINY, 3);
    const b = createConvAutoencoder(TINY, 3);
    const x = tf.tensor2d(images(3, 16), [3, 256]);
    const y = a.reconstruct(x);
    const z = a.encode(x);
    expect(y.shape).toEqual([3, 256]);
    expect(z.shape).toEqual([3, 6]);
    const yv = await y.data();
    expect(Math.min(...yv)).toBeGreaterThan(0);
    expect(Math.max(...yv)).toBeLessThan(1);
    const [wa, wb] = await Promise.all([a.getWeights(), b.getWeights()]);
    expect(wa).toHaveLength(36);
    expect(wa).toEqual(wb);
    tf.dispose([x, y, z]);
    a.dispose();
    b.dispose();
  });

  it('draws He-uniform filters: the limit follows each layer\'s fan-in and activation', async () => {
    const model = createConvAutoencoder(TINY, 5);
    const w = await model.getWeights();
    const leaky = 2 / (1 + LEAKY_SLOPE * LEAKY_SLOPE);
    const limits = [
      [0, Math.sqrt((3 * leaky) / 16)], // first conv: 4·4·1 inputs
      [16, Math.sqrt(3 / (1 * 1 * 8))], // bottleneck conv (linear): 1×1 kernel on a 1×1 map of 8 channels
      [18, Math.sqrt((3 * leaky) / 6)], // transposed conv from the 1×1 latent: each output sums the 6 latent values
      [34, Math.sqrt(3 / ((16 * 8) / 4))], // last transposed conv (sigmoid): 4·4·8 taps over stride 2²
    ];
    for (const [i, limit] of limits) {
      const m = Math.max(...Array.from(w[i], Math.abs));
      expect(m).toBeLessThanOrEqual(limit);
      expect(m).toBeGreaterThan(0.75 * limit);
    }
    expect(Array.from(w[1])).toEqual(new Array(8).fill(0));
    model.dispose();
  });

  it('computes the L2 loss as the mean squared error and the SSIM loss as 1 − mean SSIM (window 11 by default)', async () => {
    const l2 = createConvAutoencoder(TINY, 1);
    const ss = createConvAutoencoder({ ...TINY, loss: 'ssim' }, 1);
    const data = images(2, 16);
    const x = tf.tensor2d(data, [2, 256]);
    const y = l2.reconstruct(x);
    const rec = await y.data();
    const mse = data.reduce((s, v, i) => s + (v - rec[i]) ** 2, 0) / data.length;
    const lossL2 = l2.loss(x, false);
    const lossSsim = ss.loss(x, false);
    expect((await lossL2.data())[0]).toBeCloseTo(mse, 6);
    const meanSsim = [0, 1].map((k) => ssim(data.subarray(k * 256, (k + 1) * 256), rec.subarray(k * 256, (k + 1) * 256), 16, 16, { winSize: 11 }).mean);
    expect((await lossSsim.data())[0]).toBeCloseTo(1 - (meanSsim[0] + meanSsim[1]) / 2, 5);
    tf.dispose([x, y, lossL2, lossSsim]);
    l2.dispose();
    ss.dispose();
  });

  it('has the gradients of the same network written with tf.conv2d / tf.conv2dTranspose (autodiff)', async () => {
    const config: ConvAeConfig = { inputSize: 32, latent: 5, width: 0.125, loss: 'l2' };
    const model = createConvAutoencoder(config, 7);
    const x = tf.tensor2d(images(2, 32, 1), [2, 1024]);
    const vars = model.trainableVariables();
    const ours = tf.variableGrads(() => model.loss(x, true), vars);
    const layers = model.layers;
    const reference = () => {
      let h = tf.reshape(x, [2, 32, 32, 1]) as tf.Tensor4D;
      layers.forEach((l, i) => {
        const w = vars[2 * i] as tf.Tensor4D;
        const b = vars[2 * i + 1];
        const z = l.kind === 'conv' ? tf.conv2d(h, w, l.stride, l.padding) : tf.conv2dTranspose(h, w, [2, l.outSize, l.outSize, l.outChannels], l.stride, l.padding);
        const zb = tf.add(z, b);
        h = (l.activation === 'leakyRelu' ? tf.leakyRelu(zb, LEAKY_SLOPE) : l.activation === 'sigmoid' ? tf.sigmoid(zb) : zb) as tf.Tensor4D;
      });
      return tf.mean(tf.squaredDifference(tf.reshape(x, [2, 32, 32, 1]), h)) as tf.Scalar;
    };
    const ref = tf.variableGrads(reference, vars);
    expect((await ours.value.data())[0]).toBeCloseTo((await ref.value.data())[0], 6);
    for (const v of vars) {
      const [g, r] = await Promise.all([ours.grads[v.name].data(), ref.grads[v.name].data()]);
      const scale = Math.max(...Array.from(r, Math.abs), 1e-8);
      const diff = Math.max(...Array.from(g, (gi, i) => Math.abs(gi - r[i])));
      expect(diff / scale).toBeLessThan(1e-4);
    }
    tf.dispose([x, ours.value, ref.value, ...Object.values(ours.grads), ...Object.values(ref.grads)]);
    model.dispose();
  });

  it('trains with the shared training loop (both losses) without leaking, and round-trips its weights', async () => {
    const data = tf.tensor2d(images(24, 16, 2), [24, 256]);
    for (const loss of ['l2', 'ssim'] as const) {
      const model = createConvAutoencoder({ ...TINY, loss, ssim: { winSize: 7 } }, 0);
      const losses: number[] = [];
      for await (const e of trainModel(model, { train: data, val: null }, { epochs: 8, batchSize: 8, learningRate: 1e-2, patience: 0, seed: 0 })) {
        if (e.type === 'epoch') losses.push(e.trainLoss);
      }
      expect(losses[losses.length - 1]).toBeLessThan(0.85 * losses[0]);
      const copy = createConvAutoencoder({ ...TINY, loss }, 99);
      copy.setWeights(await model.getWeights());
      const [a, b] = [model.reconstruct(data), copy.reconstruct(data)];
      expect(Array.from(await a.data())).toEqual(Array.from(await b.data()));
      expect(() => copy.setWeights([new Float32Array(3)])).toThrow('conv-ae-weights');
      tf.dispose([a, b]);
      model.dispose();
      copy.dispose();
    }
    data.dispose();
  });
});
