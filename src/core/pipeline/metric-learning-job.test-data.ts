import { createRng } from '../random/rng';
import type { MetricLearningJobInput } from './metric-learning-types';

const SIZE = 16;

/** n images of `kind`: 0 = a bright square, 1 = horizontal stripes, 2 = vertical stripes, 3 = a bright disc. */
function images(kind: number, n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * SIZE * SIZE);
  for (let i = 0; i < n; i++) {
    const ox = rng.int(6);
    const oy = rng.int(6);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const on = kind === 0 ? x >= ox && x < ox + 8 && y >= oy && y < oy + 8 : kind === 1 ? (y + oy) % 4 < 2 : kind === 2 ? (x + ox) % 4 < 2 : (x - ox - 5) ** 2 + (y - oy - 5) ** 2 < 16;
        out[(i * SIZE + y) * SIZE + x] = (on ? 0.8 : 0.1) + 0.1 * rng.next();
      }
    }
  }
  return out;
}

/** A tiny job input: 16×16 images, squares normal, stripes as reference, discs as anomalies. */
export function metricJobInput(models: number, epochs: number): MetricLearningJobInput {
  const cat = (parts: Float32Array[]) => Float32Array.from(parts.flatMap((p) => Array.from(p)));
  return {
    dataset: { kind: 'fashion', normal: [0], anomaly: [3], reference: [1, 2], referencePerClass: 24 },
    data: {
      size: SIZE,
      trainX: cat([images(0, 48, 1), images(1, 24, 2), images(2, 24, 3)]),
      trainClasses: Int32Array.from([...Array(48).fill(0), ...Array(24).fill(1), ...Array(24).fill(2)]),
      classNames: ['square', 'h', 'v'],
      validation: images(0, 10, 4),
      testX: cat([images(0, 12, 5), images(3, 12, 6)]),
      testLabels: Uint8Array.from([...Array(12).fill(0), ...Array(12).fill(1)]),
    },
    model: { embeddingSize: 16, alpha: { mode: 'learned', value: 8 }, optimizer: 'adam', learningRate: 0.01, epochs, batchSize: 32, seed: 3, models, inputSize: SIZE, neighbors: 5, width: 0.5 },
    validationQuantile: 0.9,
  };
}
