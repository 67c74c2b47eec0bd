import { fail } from '../problem';

/**
 * Which series the model learns from. 'all' is the seed's contaminated set
 * (anomalies included, labels unused); 'clean' keeps only `normalGroup`, the
 * comparison a learner can make when labels exist.
 */
export type TrainingPool = 'all' | 'clean';

/**
 * Row indices of the training pool, ascending (the data is already shuffled).
 * Returns null for 'all' (the job then uses every row). Throws when 'clean'
 * leaves no series.
 */
export function poolRows(group: Uint8Array, pool: TrainingPool, normalGroup = 0): Int32Array | null {
  if (pool === 'all') return null;
  const rows: number[] = [];
  for (let i = 0; i < group.length; i++) if (group[i] === normalGroup) rows.push(i);
  if (rows.length === 0) fail('clean-subset-empty', {});
  return Int32Array.from(rows);
}
