import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { aucByComponents, hardestNormals } from './conv-ae-pca-evaluate';
import { convAePcaJob, convAePcaInputProblem } from './conv-ae-pca-job';
import type { ConvAePcaJobInput, FaceData } from './conv-ae-pca-types';
import type { JobEvent } from './job-events';

const SIZE = 16;
const AREA = SIZE * SIZE;

/** Smooth "faces" (a bright disc of varying radius and brightness); anomalies add a dark bar across rows 6..7 ("glasses"). */
function tinyFaces(nTrain: number, nNormal: number, nAnomaly: number): FaceData {
  const rng = createRng(5);
  const face = (glasses: boolean): Float32Array => {
    const r = 4 + 3 * rng.next();
    const level = 0.5 + 0.4 * rng.next();
    return Float32Array.from({ length: AREA }, (_, p) => {
      const y = Math.floor(p / SIZE);
      const x = p % SIZE;
      if (glasses && (y === 6 || y === 7) && x >= 3 && x <= 12) return 0;
      return (x - 7.5) ** 2 + (y - 7.5) ** 2 < r * r ? level : 1;
    });
  };
  const stack = (faces: Float32Array[]) => {
    const out = new Float32Array(faces.length * AREA);
    faces.forEach((f, i) => out.set(f, i * AREA));
    return out;
  };
  const test = [...Array.from({ length: nNormal }, () => face(false)), ...Array.from({ length: nAnomaly }, () => face(true))];
  const testMasks = new Uint8Array(test.length * AREA);
  for (let i = nNormal; i < test.length; i++) for (let y = 6; y <= 7; y++) for (let x = 3; x <= 12; x++) testMasks[i * AREA + y * SIZE + x] = 1;
  return {
    size: SIZE,
    train: stack(Array.from({ length: nTrain }, () => face(false))),
    test: stack(test),
    testLabels: Uint8Array.from(test, (_, i) => (i < nNormal ? 0 : 1)),
    testMasks,
    source: { kind: 'builtin', style: 'lorelei', variant: 'normal' },
  };
}

const INPUT: ConvAePcaJobInput = {
  data: tinyFaces(24, 4, 4),
  pca: { k: 3, maxComponents: 6 },
  ae: { latent: 4, depth: 2, width: 0.25, epochs: 2, batchSize: 8, learningRate: 2e-3 },
  seed: 0,
};

async function run(input: ConvAePcaJobInput) {
  const events: JobEvent[] = [];
  const gen = convAePcaJob(input, new AbortController().signal);
  for (let step = await gen.next(); ; step = await gen.next()) {
    if (step.done) return { result: step.value, events };
    events.push(step.value);
  }
}

describe('convAePcaJob', () => {
  it('fits PCA and trains the conv AE on the normals, scores both, and leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const { result, events } = await run(INPUT);
    expect(tf.memory().numTensors).toBe(before);
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(2);
    expect(events.some((e) => e.type === 'eval' && e.phase === 'pca')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'eval', phase: 'metrics' });
    const { pca, ae } = result;
    expect(pca.components.length).toBe(6 * AREA);
    expect(pca.testCodes.length).toBe(8 * 6);
    expect(pca.cumulativeExplained[5]).toBeCloseTo(pca.explainedVarianceRatio.reduce((s, v) => s + v, 0), 12);
    // The bar is far from the normals' subspace: PCA ranks every anomaly first, and the glasses pixels light up.
    expect(pca.evaluation.auc).toBe(1);
    expect(pca.aucByK[2]).toBe(pca.evaluation.auc);
    expect(pca.evaluation.pixelAuc).toBeGreaterThan(0.9);
    expect(pca.evaluation.meanDiffInside).toBeGreaterThan(pca.evaluation.meanDiffOutside);
    expect(pca.evaluation.hardestNormals).toHaveLength(4);
    expect(pca.evaluation.diffs[4 * AREA + 6 * SIZE + 5]).toBeCloseTo(Math.abs(INPUT.data.test[4 * AREA + 6 * SIZE + 5] - pca.evaluation.reconstructions[4 * AREA + 6 * SIZE + 5]), 6);
    expect(ae).not.toBeNull();
    expect(ae!.trainLoss).toHaveLength(2);
    // No early stopping, but the epoch with the lowest training loss is the one scored (the Train prose says so).
    expect(ae!.stop).toMatchObject({ reason: 'completed', epochsRun: 2, patience: 0, restoredBest: true });
    expect(ae!.evaluation.reconstructions.length).toBe(8 * AREA);
    expect(Number.isFinite(ae!.evaluation.auc)).toBe(true);
    expect(Number.isFinite(ae!.evaluation.pixelAuc)).toBe(true);
    expect(ae!.weights.length).toBeGreaterThan(0);
  }, 60_000);

  it('rebuilds the AE from kept weights and scores it exactly as after training, without training', async () => {
    const trained = (await run({ ...INPUT, ae: { ...INPUT.ae, epochs: 1 } })).result.ae!;
    const { result, events } = await run({ ...INPUT, weights: trained.weights });
    expect(events.some((e) => e.type === 'epoch' || e.type === 'batch')).toBe(false);
    const ae = result.ae!;
    expect(ae.epochsRun).toBe(0);
    expect(ae.parameters).toBe(trained.parameters);
    expect(Array.from(ae.evaluation.scores)).toEqual(Array.from(trained.evaluation.scores));
    expect(ae.evaluation.auc).toBe(trained.evaluation.auc);
    expect(ae.weights.map((w) => w.length)).toEqual(trained.weights.map((w) => w.length));
    await expect(run({ ...INPUT, weights: trained.weights.slice(1) })).rejects.toThrow(/weights-mismatch/);
  }, 60_000);

  it('runs PCA only when asked, and refuses inconsistent input with a code', async () => {
    const { result, events } = await run({ ...INPUT, pcaOnly: true, data: { ...INPUT.data, testMasks: null } });
    expect(result.ae).toBeNull();
    expect(events.some((e) => e.type === 'epoch')).toBe(false);
    expect(result.pca.evaluation.pixelAuc).toBeNaN();
    expect(convAePcaInputProblem({ ...INPUT, pca: { k: 7, maxComponents: 6 } })).toBe('pca-k');
    expect(convAePcaInputProblem({ ...INPUT, pca: { k: 1, maxComponents: 24 } })).toBe('pca-max-components');
  });
});

describe('PCA scores per k', () => {
  it('subtracts the first k squared codes from the squared distance to the mean', () => {
    const codes = Float32Array.from([3, 1, 0, 2]);
    const { aucs, scoresAt } = aucByComponents(codes, Float64Array.from([10, 8]), 2, [0, 1]);
    expect(Array.from(scoresAt(1))).toEqual([1, 8]);
    expect(Array.from(scoresAt(2))).toEqual([0, 4]);
    expect(Array.from(aucs)).toEqual([1, 1]);
    expect(hardestNormals([5, 9, 7, 1], [0, 1, 0, 0], 2)).toEqual([2, 0]);
  });
});
