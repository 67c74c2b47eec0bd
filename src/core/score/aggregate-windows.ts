/**
 * How an image's window scores become one image score.
 * - 'max': the most anomalous window (seed 004);
 * - 'topk': the mean of the k highest windows (less at the mercy of one stray window).
 */
export type WindowAggregation = { kind: 'max' } | { kind: 'topk'; k: number };

/**
 * Image scores from per-window scores.
 * @param map window scores [n, perImage] row-major (e.g. `WindowScores.oldMap`)
 * @param perImage windows per image (g²), ≥ 1
 * @returns [n] plain data; a top-k with k ≥ perImage is the mean of all windows
 */
export function aggregateWindows(map: Float32Array, perImage: number, how: WindowAggregation): Float32Array {
  if (!(perImage >= 1) || map.length % perImage !== 0) throw new Error(`${map.length} window scores do not split into images of ${perImage} windows.`);
  const n = map.length / perImage;
  const out = new Float32Array(n);
  const k = how.kind === 'max' ? 1 : Math.max(1, Math.min(perImage, Math.floor(how.k)));
  const top = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    top.fill(-Infinity);
    for (let j = i * perImage; j < (i + 1) * perImage; j++) {
      const v = map[j];
      if (v <= top[k - 1]) continue;
      let p = k - 1;
      while (p > 0 && top[p - 1] < v) {
        top[p] = top[p - 1];
        p--;
      }
      top[p] = v;
    }
    let s = 0;
    for (let t = 0; t < k; t++) s += top[t];
    out[i] = s / k;
  }
  return out;
}
