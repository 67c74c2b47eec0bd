import * as tf from '@tensorflow/tfjs';
import { rowsBackbone, type FeatureBackbone } from '../model/feature-backbone';
import { loadPretrained, pretrainedBackbone, pretrainedInput } from '../model/pretrained-backbone';
import { yieldToEventLoop } from '../train/yield-to-event-loop';
import type { BackboneUsed, MetricLearningEvent, MetricLearningJobInput } from './metric-learning-types';

/** Images per batch when a frozen backbone computes features. */
const FEATURE_BATCH = 64;

/** The models see the pixel rows themselves. */
async function* pixelRows(pixels: Float32Array): AsyncGenerator<MetricLearningEvent, Float32Array> {
  return pixels;
}

/**
 * How the job's models get their backbone. Without a pretrained one, each
 * model builds the MobileNetV2 from scratch and sees pixel rows. A frozen
 * pretrained one computes every image's features once; the models then train
 * only their heads on those rows. A fine-tuned one is loaded afresh for each
 * model (the same pretrained start for every seed) and sees pixel rows.
 */
export interface JobBackbone {
  used: BackboneUsed | null;
  /** Length of the rows the models see: side² pixels, or a frozen backbone's features. */
  rowLength: number;
  /** Pixel rows [n, side²] as the models see them, with an 'embed' event per batch (the worker's stall check needs steps); plain data. */
  rows(pixels: Float32Array): AsyncGenerator<MetricLearningEvent, Float32Array>;
  /** A new backbone for one model (the net takes it over), or undefined for the MobileNetV2 from scratch. */
  forModel(): Promise<FeatureBackbone | undefined>;
  dispose(): void;
}

/**
 * The backbone of `input`, checked. Owns a frozen backbone until `dispose()`.
 * @throws 'backbone-load' (tfjs cannot build the model), 'backbone-output' (its output is not a feature vector or map)
 */
export async function jobBackbone(input: MetricLearningJobInput): Promise<JobBackbone> {
  const side = input.data.size;
  const area = side * side;
  const spec = input.backbone;
  if (!spec) {
    return {
      used: null,
      rowLength: area,
      rows: pixelRows,
      forModel: async () => undefined,
      dispose: () => undefined,
    };
  }
  const model = await loadPretrained(spec.files);
  const input3 = pretrainedInput(model, side);
  let probe: FeatureBackbone;
  try {
    probe = pretrainedBackbone(model, side, 'frozen');
  } catch (e) {
    model.dispose();
    throw e;
  }
  const used: BackboneUsed = { name: spec.name, mode: spec.mode, input: input3, channels: probe.channels };
  if (spec.mode === 'fine-tune') {
    probe.dispose();
    return {
      used,
      rowLength: area,
      rows: pixelRows,
      forModel: async () => pretrainedBackbone(await loadPretrained(spec.files), side, 'fine-tune'),
      dispose: () => undefined,
    };
  }
  return {
    used,
    rowLength: probe.channels,
    async *rows(pixels) {
      const n = pixels.length / area;
      const out = new Float32Array(n * probe.channels);
      for (let from = 0; from < n; from += FEATURE_BATCH) {
        const count = Math.min(FEATURE_BATCH, n - from);
        const t = tf.tidy(() => probe.features(tf.tensor2d(pixels.subarray(from * area, (from + count) * area), [count, area]), false));
        out.set(await t.data(), from * probe.channels);
        t.dispose();
        await yieldToEventLoop();
        yield { type: 'eval', phase: 'embed', done: from + count, total: n };
      }
      return out;
    },
    forModel: async () => rowsBackbone(probe.channels),
    dispose: () => probe.dispose(),
  };
}
