import { ProblemError, type CoreProblem } from '../problem';

/**
 * Model files in TensorFlow.js's own format: a `model.json` (topology, a
 * weights manifest naming each tensor's name, shape and dtype, and
 * `userDefinedMetadata`) and one `.bin` of little-endian float32 weights, as
 * `tf.io.browserDownloads` writes them. The app's manifest in the metadata
 * names the lesson, the architecture and the settings, so a model file can be
 * checked before it replaces anything.
 */

/** What the app writes into `userDefinedMetadata.anomalyLab`. */
export interface ModelManifest {
  app: 'anomaly-lab';
  version: 1;
  lesson: string;
  /** The architecture as a string the lesson builds from its settings, e.g. "dense-ae 784-392-64-392-784 relu/relu/sigmoid". */
  architecture: string;
  /** The settings table's values as text (`key=text` pairs). */
  settings: Record<string, string>;
  seed: number;
  /** When the model was trained, ms since 1970 (null when unknown). */
  trainedAt: number | null;
}

/** One weight tensor of the manifest. */
export interface WeightSpec {
  name: string;
  shape: number[];
}

/** Model files read back: the manifest, the weights' names and shapes, and their values. */
export interface ReadModel {
  manifest: ModelManifest;
  specs: WeightSpec[];
  weights: Float32Array[];
  /** Every weight's bytes, concatenated in `specs` order (float32, little-endian). */
  data: ArrayBuffer;
}

/** Problems of model files (worded by the notebook layer). */
export type ModelFileCode = 'model-unreadable' | 'model-foreign' | 'model-weights-missing' | 'model-weights-size';

function fail(code: ModelFileCode, values: Record<string, string | number> = {}): never {
  throw new ProblemError({ code, values } as unknown as CoreProblem);
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Writes `weights` (one array per spec, row-major) with `topology` and the
 * manifest. Returns the JSON text and the weights buffer named `<baseName>.weights.bin`.
 */
export function writeModelFiles(options: { manifest: ModelManifest; topology: object; specs: WeightSpec[]; weights: readonly Float32Array[]; baseName: string }): { json: string; bin: ArrayBuffer; binName: string } {
  const { manifest, topology, specs, weights, baseName } = options;
  if (specs.length !== weights.length || specs.some((s, i) => size(s.shape) !== weights[i].length)) throw new RangeError('weights-mismatch');
  const binName = `${baseName}.weights.bin`;
  const bin = new ArrayBuffer(weights.reduce((s, w) => s + w.byteLength, 0));
  const view = new Float32Array(bin);
  let at = 0;
  for (const w of weights) {
    view.set(w, at);
    at += w.length;
  }
  const json = {
    format: 'layers-model',
    generatedBy: 'Anomaly Lab',
    convertedBy: null,
    modelTopology: topology,
    weightsManifest: [{ paths: [binName], weights: specs.map((s) => ({ name: s.name, shape: s.shape, dtype: 'float32' })) }],
    userDefinedMetadata: { anomalyLab: manifest },
  };
  return { json: JSON.stringify(json), bin, binName };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readManifest(meta: unknown): ModelManifest {
  const m = isRecord(meta) ? meta.anomalyLab : undefined;
  if (!isRecord(m) || m.app !== 'anomaly-lab' || typeof m.lesson !== 'string' || typeof m.architecture !== 'string' || !isRecord(m.settings)) fail('model-foreign');
  const settings = Object.fromEntries(Object.entries(m.settings).map(([k, v]) => [k, String(v)]));
  return {
    app: 'anomaly-lab',
    version: 1,
    lesson: m.lesson,
    architecture: m.architecture,
    settings,
    seed: typeof m.seed === 'number' ? m.seed : 0,
    trainedAt: typeof m.trainedAt === 'number' ? m.trainedAt : null,
  };
}

/**
 * Reads a `model.json` and its weight files (by name; a single file is used
 * whatever its name). Problems: `model-unreadable` (not a TF.js model.json),
 * `model-foreign` (no Anomaly Lab manifest), `model-weights-missing`,
 * `model-weights-size` (the files hold fewer or more bytes than the manifest says).
 */
export function readModelFiles(jsonText: string, files: readonly { name: string; data: ArrayBuffer }[]): ReadModel {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch {
    fail('model-unreadable');
  }
  if (!isRecord(json) || !Array.isArray(json.weightsManifest)) fail('model-unreadable');
  const groups = json.weightsManifest as unknown[];
  const specs: WeightSpec[] = [];
  const paths: string[] = [];
  for (const g of groups) {
    if (!isRecord(g) || !Array.isArray(g.paths) || !Array.isArray(g.weights)) fail('model-unreadable');
    paths.push(...g.paths.map(String));
    for (const w of g.weights) {
      if (!isRecord(w) || typeof w.name !== 'string' || !Array.isArray(w.shape) || w.shape.some((d) => !Number.isInteger(d) || (d as number) < 0)) fail('model-unreadable');
      if ((w.dtype ?? 'float32') !== 'float32') fail('model-unreadable');
      specs.push({ name: w.name, shape: w.shape as number[] });
    }
  }
  const manifest = readManifest(json.userDefinedMetadata);
  const byName = new Map(files.map((f) => [f.name.split(/[\\/]/).pop()!, f.data]));
  const buffers = paths.map((p) => byName.get(p.split('/').pop()!) ?? (files.length === 1 && paths.length === 1 ? files[0].data : undefined));
  const missing = paths.find((_, i) => !buffers[i]);
  if (missing !== undefined) fail('model-weights-missing', { name: missing });
  const bytes = buffers.reduce((s, b) => s + b!.byteLength, 0);
  const expected = specs.reduce((s, w) => s + size(w.shape) * 4, 0);
  if (bytes !== expected) fail('model-weights-size', { bytes, expected });
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const b of buffers) {
    all.set(new Uint8Array(b!), at);
    at += b!.byteLength;
  }
  const weights: Float32Array[] = [];
  at = 0;
  for (const w of specs) {
    const n = size(w.shape);
    weights.push(new Float32Array(all.buffer.slice(at, at + n * 4)));
    at += n * 4;
  }
  return { manifest, specs, weights, data: all.buffer };
}
