/**
 * The patch-VAE lesson's default model and data as a benchmark workload.
 * Patches play the role of training rows; scoring counts windows. Pure
 * TypeScript, shared by the Node bench and the Chromium bench page.
 */
import { buildImageSplit } from '../../src/core/data/class-split';
import { windowsPerAxis } from '../../src/core/data/patches';
import { patchVaeForwardFlops } from '../../src/core/model/patch-vae-layers';
import { PATCH_VAE_LESSON_DEFAULTS as D } from '../../src/core/pipeline/patch-vae-defaults';
import type { PatchVaeJobInput } from '../../src/core/pipeline/patch-vae-job';
import { SETTINGS } from '../../src/lessons/patch-vae/params';
import { defaultsOf } from '../../src/notebook/settings/settings-table';
import type { FetchClass, WorkloadCost } from './workloads';

/** What the patch-VAE workload trains and scores. */
export interface PatchVaeBenchSpec {
  epochs: number;
  /** Training patches (the lesson's default is 100,000; fewer extrapolate by FLOPs). */
  patches?: number;
  /** Test images per class to score (default: the whole test split). */
  maxTestPerClass?: number;
}

/** The job input with its cost, and the cost of the lesson's full default run. */
export async function patchVaeWorkload(spec: PatchVaeBenchSpec, fetchClass: FetchClass): Promise<{ input: PatchVaeJobInput; cost: WorkloadCost; fullCost: WorkloadCost }> {
  const p = defaultsOf(SETTINGS);
  const classes = [...p.normal, ...p.anomaly];
  const train = new Map(await Promise.all(p.normal.map(async (c) => [c, await fetchClass(p.dataset, 'train', c)] as const)));
  const test = new Map(await Promise.all(classes.map(async (c) => [c, await fetchClass(p.dataset, 'test', c)] as const)));
  const split = buildImageSplit(train, test, p, { seed: p.seed, valFraction: 0, maxTestPerClass: spec.maxTestPerClass });
  const count = Math.min(spec.patches ?? D.patches.count, D.patches.count);
  const input: PatchVaeJobInput = {
    side: 28,
    trainX: split.trainX,
    testX: split.testX,
    patches: { ...D.patches, count },
    model: D.model,
    train: { ...D.train, epochs: spec.epochs, seed: p.seed },
    initSeed: p.seed,
    detailIndices: [0],
    latentSamples: 0,
  };
  const g = windowsPerAxis(28, D.model.patchSize, D.patches.stride);
  const nTest = split.counts.testNormal + split.counts.testAnomaly;
  const forwardFlops = patchVaeForwardFlops(D.model);
  const costOf = (n: number): WorkloadCost => ({ nTrain: n, nVal: 0, nScored: nTest * g * g, batchSize: D.train.batchSize, forwardFlops, epochFlops: 3 * forwardFlops * n });
  return { input, cost: costOf(count), fullCost: costOf(D.patches.count) };
}
