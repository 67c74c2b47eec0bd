/** Seeded random score sets shared by the metric tests (test-only helpers). */

/** mulberry32: a small seeded PRNG with values in [0, 1), so random tests are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How `tiedTrials` draws its data sets. */
export interface TiedDataSpec {
  trials: number;
  /** Sample counts are drawn uniformly from minN..maxN − 1. */
  minN: number;
  maxN: number;
  /** Probability that a sample is an anomaly (label 1). */
  anomalyRate: number;
  /** Score of a sample from a uniform draw u ∈ [0, 1) and its label; few distinct values make ties. */
  score: (u: number, label: number) => number;
  /** Force label 1 on sample 0 and label 0 on sample 1 (when there is one), so both classes occur. */
  bothClasses?: boolean;
}

/** `spec.trials` random labelled score sets with many ties, the same for the same seed. */
export function tiedTrials(seed: number, spec: TiedDataSpec): { scores: Float64Array; labels: Uint8Array }[] {
  const r = mulberry32(seed);
  return Array.from({ length: spec.trials }, () => {
    const n = spec.minN + Math.floor(r() * (spec.maxN - spec.minN));
    const scores = new Float64Array(n);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = r() < spec.anomalyRate ? 1 : 0;
      scores[i] = spec.score(r(), labels[i]);
    }
    if (spec.bothClasses) {
      labels[0] = 1;
      if (n > 1) labels[1] = 0;
    }
    return { scores, labels };
  });
}
