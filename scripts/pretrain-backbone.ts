/**
 * Makes a pretrained backbone to try the metric-learning lesson's "Open a
 * pretrained backbone" with, since no ImageNet weights exist offline: a small
 * Keras-style MobileNet-like tf.LayersModel (conv, batch norm, ReLU6,
 * depthwise-separable blocks, free input size, 3 channels) trained to
 * classify the ten digits of MNIST, then saved as `model.json` +
 * `weights.bin`. Another domain than Fashion-MNIST, as ImageNet is another
 * domain than MVTec AD.
 *
 *   npx tsx scripts/pretrain-backbone.ts OUT_DIR [--per-class 600] [--epochs 3]
 *
 * Runs on Node's wasm backend, tfjs' conv gradients on the kernels of
 * `wasm-gradient-kernels.ts` (about 25 s per epoch of 6,000 digits). Batch
 * norms use momentum 0.9: with Keras' 0.99, two epochs leave the moving
 * statistics near their start, and the saved model misreads every digit in
 * inference mode (validation accuracy 0.28 against 0.90 in training).
 */
import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadClass } from '../build/datasets';
import { addMissingGradientKernels } from '../src/core/model/wasm-gradient-kernels';
import { createRng, permutation } from '../src/core/random/rng';
import { useNodeBackend } from './node-backend';

/** The backbone's layers: a stem, three depthwise-separable blocks, pooled by the lesson (its output is a feature map). */
function backbone(): tf.Sequential {
  const m = tf.sequential();
  const init = (seed: number) => tf.initializers.heNormal({ seed });
  m.add(tf.layers.conv2d({ inputShape: [null, null, 3] as unknown as number[], filters: 16, kernelSize: 3, strides: 2, padding: 'same', useBias: false, kernelInitializer: init(1), name: 'stem' }));
  m.add(tf.layers.batchNormalization({ momentum: 0.9, name: 'stem_bn' }));
  m.add(tf.layers.reLU({ maxValue: 6, name: 'stem_relu' }));
  [32, 64, 96].forEach((filters, i) => {
    m.add(tf.layers.depthwiseConv2d({ kernelSize: 3, strides: i === 0 ? 1 : 2, padding: 'same', useBias: false, depthwiseInitializer: init(10 + i), name: `block${i}_dw` }));
    m.add(tf.layers.batchNormalization({ momentum: 0.9, name: `block${i}_dw_bn` }));
    m.add(tf.layers.reLU({ maxValue: 6, name: `block${i}_dw_relu` }));
    m.add(tf.layers.conv2d({ filters, kernelSize: 1, useBias: false, kernelInitializer: init(20 + i), name: `block${i}_pw` }));
    m.add(tf.layers.batchNormalization({ momentum: 0.9, name: `block${i}_pw_bn` }));
    m.add(tf.layers.reLU({ maxValue: 6, name: `block${i}_pw_relu` }));
  });
  return m;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'per-class': { type: 'string', default: '600' }, epochs: { type: 'string', default: '3' } } });
const out = positionals[0];
if (!out) throw new Error('Usage: npx tsx scripts/pretrain-backbone.ts OUT_DIR [--per-class N] [--epochs N]');
await useNodeBackend('wasm');
addMissingGradientKernels();
const perClass = Number(values['per-class']);
const rows: number[] = [];
const labels: number[] = [];
for (let c = 0; c < 10; c++) {
  const bytes = await loadClass('mnist', 'train', c);
  for (let i = 0; i < Math.min(perClass, bytes.length / 784); i++) {
    for (let p = 0; p < 784; p++) rows.push((bytes[i * 784 + p] / 255) * 2 - 1);
    labels.push(c);
  }
}
const n = labels.length;
const order = permutation(n, createRng(0));
const x = tf.tidy(() => tf.tile(tf.gather(tf.tensor4d(rows, [n, 28, 28, 1]), Array.from(order)), [1, 1, 1, 3]));
const y = tf.tidy(() => tf.oneHot(tf.gather(tf.tensor1d(labels, 'int32'), Array.from(order)), 10));
const features = backbone();
const classifier = tf.sequential({ layers: [features, tf.layers.globalAveragePooling2d({}), tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) })] });
classifier.compile({ optimizer: tf.train.adam(0.003), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
await classifier.fit(x, y, {
  epochs: Number(values.epochs),
  batchSize: 64,
  validationSplit: 0.1,
  callbacks: { onEpochEnd: (epoch, logs) => console.error(`epoch ${epoch + 1}: loss ${logs?.loss.toFixed(4)}, accuracy ${logs?.acc.toFixed(4)}, validation accuracy ${logs?.val_acc.toFixed(4)}`) },
});
await mkdir(out, { recursive: true });
await features.save(
  tf.io.withSaveHandler(async (a) => {
    const json = { format: 'layers-model', generatedBy: 'anomaly-lab pretrain-backbone', modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }] };
    await writeFile(join(out, 'model.json'), JSON.stringify(json));
    await writeFile(join(out, 'weights.bin'), new Uint8Array(a.weightData as ArrayBuffer));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }),
);
console.error(`Saved ${join(out, 'model.json')} and weights.bin (${features.countParams()} weights).`);
tf.dispose([x, y]);
