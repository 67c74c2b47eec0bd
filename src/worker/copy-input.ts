import { yieldToEventLoop } from '../core/train/yield-to-event-loop';

/**
 * Bytes of typed-array data copied per main-thread task. Copying a lesson's
 * training set in one go (25 MB of MNIST in lesson 1) blocked the page for
 * ~200 ms in Chromium on the 2-core test machines (a `structuredClone`;
 * posting without a copy took ~120 ms); 4 MB at a time keeps each task short.
 */
export const COPY_CHUNK_BYTES = 4 * 1024 * 1024;

/** What the copy uses of a typed array (every kind, BigInt ones included). */
interface Typed {
  readonly length: number;
  readonly BYTES_PER_ELEMENT: number;
  subarray(begin: number, end: number): Typed;
  set(source: Typed, offset: number): void;
}

/** Total bytes of the typed arrays inside `value` (plain objects and arrays walked). */
function typedBytes(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  return Object.values(value as Record<string, unknown>).reduce<number>((s, v) => s + typedBytes(v, seen), 0);
}

const isPlain = (v: object) => Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null;

/**
 * A copy of a run's input whose typed arrays have buffers of their own, to be
 * transferred to the worker while the caller keeps its arrays (a lesson may
 * post the same loaded data again). Small inputs are copied at once
 * (`structuredClone`) and returned as a value; larger ones are copied
 * `COPY_CHUNK_BYTES` at a time with a yield to the event loop between chunks,
 * and returned as a promise, so the page never freezes while a run starts.
 *
 * Plain objects and arrays are walked; typed arrays are copied element for
 * element (views sharing a buffer get separate buffers); anything else is
 * `structuredClone`d whole.
 */
export function copyForTransfer<T>(input: T, pause: () => Promise<void> = yieldToEventLoop): T | Promise<T> {
  if (typedBytes(input) <= COPY_CHUNK_BYTES) return structuredClone(input);
  // The first chunk waits a task too: the caller's own work (a lesson drawing its data) ends first.
  const budget = { left: 0 };
  return copyValue(input, budget, pause) as Promise<T>;
}

async function copyValue(value: unknown, budget: { left: number }, pause: () => Promise<void>): Promise<unknown> {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return copyTyped(value as unknown as Typed, budget, pause);
  if (!isPlain(value)) return structuredClone(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) out.push(await copyValue(v, budget, pause));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = await copyValue(v, budget, pause);
  return out;
}

/** A same-type, same-length copy of `src`, a budget's worth of bytes per task. */
async function copyTyped(src: Typed, budget: { left: number }, pause: () => Promise<void>): Promise<Typed> {
  const Ctor = src.constructor as new (n: number) => Typed;
  const dst = new Ctor(src.length);
  const per = src.BYTES_PER_ELEMENT;
  let i = 0;
  while (i < src.length) {
    if (budget.left <= 0) {
      await pause();
      budget.left = COPY_CHUNK_BYTES;
    }
    const n = Math.min(src.length - i, Math.max(1, Math.floor(budget.left / per)));
    dst.set(src.subarray(i, i + n), i);
    i += n;
    budget.left -= n * per;
  }
  return dst;
}
