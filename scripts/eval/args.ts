import { parseArgs } from 'node:util';
import { isDatasetName } from '../../src/core/data/dataset-files';
import { loadClass } from '../../build/datasets';

/** Flags shared by every lesson's evaluation. Lessons read the ones they need. */
export function readArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      lesson: { type: 'string', default: 'dense-ae' },
      dataset: { type: 'string', default: 'mnist' },
      normal: { type: 'string', default: '1' },
      anomaly: { type: 'string', default: '9' },
      epochs: { type: 'string' },
      batch: { type: 'string' },
      latent: { type: 'string' },
      hidden: { type: 'string' },
      loss: { type: 'string' },
      lr: { type: 'string' },
      patience: { type: 'string' },
      seed: { type: 'string', default: '0' },
      backend: { type: 'string', default: 'wasm' },
      'max-train': { type: 'string' },
      output: { type: 'string' },
      activation: { type: 'string' },
      pool: { type: 'string' },
      'val-fraction': { type: 'string' },
      'n-normal': { type: 'string' },
      patches: { type: 'string' },
      stride: { type: 'string' },
      'patch-size': { type: 'string' },
      variance: { type: 'string' },
      floor: { type: 'string' },
      beta: { type: 'string' },
      'score-floor': { type: 'string' },
      'hold-out': { type: 'string' },
      'clip-norm': { type: 'string' },
      dump: { type: 'string' },
      facts: { type: 'string' },
      texture: { type: 'string' },
      'mvtec-dir': { type: 'string' },
      'crop-size': { type: 'string' },
      width: { type: 'string' },
      window: { type: 'string' },
      'train-count': { type: 'string' },
      'test-count': { type: 'string' },
      faces: { type: 'string' },
      variant: { type: 'string' },
      'test-each': { type: 'string' },
      k: { type: 'string' },
      depth: { type: 'string' },
      reference: { type: 'string' },
      'reference-per-class': { type: 'string' },
      embedding: { type: 'string' },
      'alpha-mode': { type: 'string' },
      alpha: { type: 'string' },
      optimizer: { type: 'string' },
      models: { type: 'string' },
      neighbors: { type: 'string' },
    },
    strict: true,
  });
  return values;
}
export type EvalArgs = ReturnType<typeof readArgs>;

/** A whole number flag, or `fallback` when absent; throws on junk. */
export function intArg(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be a whole number (got ${value}).`);
  return n;
}

/** A number flag, or `fallback` when absent. */
export function numArg(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number (got ${value}).`);
  return n;
}

/** "1,7" → [1, 7]; "rest" → every class of 0..9 not in `exclude`. */
export function classList(value: string, exclude: number[] = []): number[] {
  if (value === 'rest') return Array.from({ length: 10 }, (_, i) => i).filter((c) => !exclude.includes(c));
  return value.split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 0 || n > 9) throw new Error(`Class lists take digits 0-9 or "rest" (got ${value}).`);
    return n;
  });
}

/**
 * The image classes of `--dataset`, `--normal` and `--anomaly` (defaults mnist, 1, 9):
 * the train files of the normal classes and the test files of every chosen class.
 */
export async function loadImageClasses(args: EvalArgs) {
  const dataset = args.dataset ?? 'mnist';
  if (!isDatasetName(dataset)) throw new Error(`--dataset must be mnist or fashion (got ${dataset}).`);
  const normal = classList(args.normal ?? '1');
  const anomaly = classList(args.anomaly ?? '9', normal);
  const classes = [...new Set([...normal, ...anomaly])];
  const train = new Map(await Promise.all(normal.map(async (c) => [c, await loadClass(dataset, 'train', c)] as const)));
  const test = new Map(await Promise.all(classes.map(async (c) => [c, await loadClass(dataset, 'test', c)] as const)));
  return { dataset, normal, anomaly, train, test };
}
