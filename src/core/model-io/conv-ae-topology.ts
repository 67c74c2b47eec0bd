import { convAeLayers, LEAKY_SLOPE, type ConvAeConfig, type ConvAeLoss } from '../model/conv-ae-architecture';
import type { WeightSpec } from './model-files';

/**
 * Model files of the SSIM-autoencoder lesson: one or two convolutional
 * autoencoders of the same shape (the SSIM-trained and the L2-trained one).
 */

/** The architecture string of a run's models: crop side, latent, width, SSIM window and the losses, in order. */
export function convAeArchitecture(config: Omit<ConvAeConfig, 'loss'>, losses: readonly ConvAeLoss[]): string {
  return `ssim-ae conv ${config.inputSize}px latent ${config.latent} width ${config.width} window ${config.ssim?.winSize ?? 11} models ${losses.join('+')}`;
}

/**
 * Names and shapes of the weights, in `ConvAutoencoder.getWeights()` order
 * for each model in turn: `layer_k/kernel` ([k, k, in, out] for a conv,
 * [k, k, out, in] for a transposed conv) and `layer_k/bias` [out]. With more
 * than one model every name starts with the loss, e.g. `l2/layer_3/bias`.
 */
export function convAeWeightSpecs(config: Omit<ConvAeConfig, 'loss'>, losses: readonly ConvAeLoss[]): WeightSpec[] {
  const layers = convAeLayers({ ...config, loss: 'l2' });
  const prefix = (loss: ConvAeLoss) => (losses.length > 1 ? `${loss}/` : '');
  return losses.flatMap((loss) =>
    layers.flatMap((l, i) => [
      { name: `${prefix(loss)}layer_${i + 1}/kernel`, shape: l.kind === 'conv' ? [l.kernel, l.kernel, l.inChannels, l.outChannels] : [l.kernel, l.kernel, l.outChannels, l.inChannels] },
      { name: `${prefix(loss)}layer_${i + 1}/bias`, shape: [l.outChannels] },
    ]),
  );
}

/**
 * One autoencoder as a Keras `Sequential` that `tf.loadLayersModel` rebuilds:
 * rows of side² pixels are reshaped to [side, side, 1], then `Conv2D` /
 * `Conv2DTranspose` layers named `layer_k` (each hidden one followed by a
 * `LeakyReLU` 0.2, the last with a sigmoid), and reshaped back to rows.
 */
export function convAeSequential(config: Omit<ConvAeConfig, 'loss'>, name: string): object {
  const side = config.inputSize;
  const layers: object[] = [{ class_name: 'Reshape', config: { name: 'to_image', target_shape: [side, side, 1], batch_input_shape: [null, side * side], dtype: 'float32', trainable: true } }];
  convAeLayers({ ...config, loss: 'l2' }).forEach((l, i) => {
    layers.push({
      class_name: l.kind === 'conv' ? 'Conv2D' : 'Conv2DTranspose',
      config: {
        name: `layer_${i + 1}`,
        filters: l.outChannels,
        kernel_size: [l.kernel, l.kernel],
        strides: [l.stride, l.stride],
        padding: l.padding,
        data_format: 'channels_last',
        dilation_rate: [1, 1],
        activation: l.activation === 'sigmoid' ? 'sigmoid' : 'linear',
        use_bias: true,
        trainable: true,
        dtype: 'float32',
      },
    });
    if (l.activation === 'leakyRelu') layers.push({ class_name: 'LeakyReLU', config: { name: `leaky_${i + 1}`, alpha: LEAKY_SLOPE, trainable: true, dtype: 'float32' } });
  });
  layers.push({ class_name: 'Reshape', config: { name: 'to_rows', target_shape: [side * side], trainable: true, dtype: 'float32' } });
  return { class_name: 'Sequential', config: { name, layers } };
}

/**
 * The topology written into model.json: with one model its Keras
 * `Sequential` (loadable with `tf.loadLayersModel`); with two a description
 * holding one `Sequential` per loss, whose weights follow one after the other.
 */
export function convAeTopology(config: Omit<ConvAeConfig, 'loss'>, losses: readonly ConvAeLoss[]): object {
  if (losses.length === 1) return { ...convAeSequential(config, `conv_ae_${losses[0]}`), keras_version: 'tfjs-layers 4.22.0', backend: 'tensor_flow.js' };
  return { class_name: 'AnomalyLabConvAutoencoders', config: { order: [...losses], models: Object.fromEntries(losses.map((l) => [l, convAeSequential(config, `conv_ae_${l}`)])) } };
}
