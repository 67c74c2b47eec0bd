import { parseArgs } from 'node:util';
import { isDatasetName } from '../../src/core/data/dataset-files';
import { loadClass } from '../../build/datasets';

/** Flags with a default, and the default. */
const WITH_DEFAULT = { lesson: 'dense-ae', dataset: 'mnist', normal: '1', anomaly: '9', seed: '0', backend: 'wasm' } as const;

/** Flags without one: each lesson falls back to its own setting. */
const OPTIONAL = [
  'epochs', 'batch', 'latent', 'hidden', 'loss', 'lr', 'patience', 'max-train', 'output', 'activation', 'pool', 'val-fraction', 'n-normal',
  'patches', 'stride', 'patch-size', 'variance', 'floor', 'beta', 'score-floor', 'hold-out', 'clip-norm', 'dump', 'facts',
  'texture', 'mvtec-dir', 'crop-size', 'width', 'window', 'train-count', 'test-count',
  'faces', 'variant', 'test-each', 'k', 'depth',
  'reference', 'reference-per-class', 'embedding', 'alpha-mode', 'alpha', 'optimizer', 'models', 'neighbors',
  'backbone', 'backbone-mode',
] as const;

type FlagOptions = { [K in (typeof OPTIONAL)[number]]: { type: 'string' } } & { [K in keyof typeof WITH_DEFAULT]: { type: 'string'; default: string } };

const OPTIONS = {
  ...Object.fromEntries(OPTIONAL.map((name) => [name, { type: 'string' }])),
  ...Object.fromEntries(Object.entries(WITH_DEFAULT).map(([name, d]) => [name, { type: 'string', default: d }])),
} as FlagOptions;

/** Flags shared by every lesson's evaluation, all strings. Lessons read the ones they need. */
export function readArgs(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
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
