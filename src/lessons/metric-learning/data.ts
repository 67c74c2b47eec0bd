import type { ImageSplit } from '../../core/data/class-split';
import type { MetricDatasetSpec, MetricLearningData } from '../../core/pipeline/metric-learning-types';
import type { MetricParams } from './params';

/** The reference classes actually used: the chosen ones that are neither normal nor anomaly. */
export function referenceClasses(p: Pick<MetricParams, 'normal' | 'anomaly' | 'reference'>): number[] {
  return p.reference.filter((c) => !p.normal.includes(c) && !p.anomaly.includes(c));
}

/** The dataset as the job's spec names it (no reference class when none is asked for). */
export function datasetSpec(p: MetricParams): Extract<MetricDatasetSpec, { kind: 'fashion' }> {
  return { kind: 'fashion', normal: [...p.normal], anomaly: [...p.anomaly], reference: p.referencePerClass > 0 ? referenceClasses(p) : [], referencePerClass: p.referencePerClass };
}

/**
 * The job's images seen as the shared image split (for the load row's counts
 * and the sample grid): the normal training rows (a view, no copy), the
 * validation normals and the test set; `normal` and `anomaly` give each test
 * image's class in order.
 */
export function splitView(d: MetricLearningData, normalTest: readonly number[], anomalyTest: readonly number[]): ImageSplit {
  const dim = d.size * d.size;
  let nNormal = 0;
  while (nNormal < d.trainClasses.length && d.trainClasses[nNormal] === 0) nNormal++;
  const testClasses = Uint8Array.from([...normalTest, ...anomalyTest]);
  const nA = d.testLabels.reduce((a, b) => a + b, 0);
  return {
    dim,
    trainX: d.trainX.subarray(0, nNormal * dim),
    valX: d.validation,
    testX: d.testX,
    testLabels: d.testLabels,
    testClasses,
    counts: { train: nNormal, val: d.validation.length / dim, testNormal: d.testLabels.length - nA, testAnomaly: nA },
  };
}

/** Each test image's class, in the order the data builder puts them: the normal classes' images, then the anomaly classes'. */
export function testClassesOf(counts: ReadonlyMap<number, number>, p: Pick<MetricParams, 'normal' | 'anomaly'>): { normal: number[]; anomaly: number[] } {
  const expand = (classes: number[]) => classes.flatMap((c) => Array<number>(counts.get(c) ?? 0).fill(c));
  return { normal: expand(p.normal), anomaly: expand(p.anomaly) };
}

/** Reference images kept per reference class. */
export function referenceCounts(d: MetricLearningData): number[] {
  const out = new Array<number>(d.classNames.length - 1).fill(0);
  for (const c of d.trainClasses) if (c > 0) out[c - 1]++;
  return out;
}
