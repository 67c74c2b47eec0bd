import { readModelFiles } from '../../core/model-io/model-files';
import type { PretrainedFiles } from '../../core/model/pretrained-backbone';
import { failure, problem, type Problem } from '../../notebook/settings/problem';
import { addProblemTexts } from '../../notebook/settings/problem-text';
import '../../notebook/runs/runs-text';

/** A pretrained backbone the learner opened (tfjs `model.json` and its weights), checked in the page. */
export interface BackboneState {
  status: 'none' | 'reading' | 'ready' | 'error';
  /** The file name of the model.json in use, or null. */
  name: string | null;
  /** Weight tensors and their total number of values. */
  tensors: number;
  params: number;
  /** The model's input shape without the batch axis, e.g. [224, 224, 3]. */
  inputShape: number[];
  /** Why the last file was refused (the backbone in use, if any, stays). */
  error: Problem | null;
  /** The model as the job takes it (null when none is open). */
  files: PretrainedFiles | null;
}

/** No backbone opened: training starts from random weights. */
export const NO_BACKBONE: BackboneState = { status: 'none', name: null, tensors: 0, params: 0, inputShape: [], error: null, files: null };

/**
 * What a trained model depends on besides the train settings: the loaded
 * data's key (`loaded`, or the data settings' `dataKey`) and the backbone in
 * use. Null, as `loaded` is, when neither a folder nor a backbone is in use.
 */
export function sourceKey(loaded: string | null, dataKey: string, backbone: Pick<BackboneState, 'name'>): string | null {
  return backbone.name === null ? loaded : JSON.stringify([loaded ?? dataKey, backbone.name]);
}

addProblemTexts({
  'backbone-no-json': {
    en: 'Choose the model.json together with its weight files (.bin). Nothing was changed.',
    ja: 'model.json と重みのファイル（.bin）を一緒に選んでください。何も変えていません。',
  },
  'backbone-not-layers': {
    en: 'This model.json has no layers model (modelTopology): a backbone must be a tf.LayersModel, such as a Keras MobileNet converted with tensorflowjs_converter. Nothing was changed.',
    ja: 'この model.json にはレイヤーモデル（modelTopology）がありません。バックボーンは tf.LayersModel（tensorflowjs_converter で変換した Keras の MobileNet など）である必要があります。何も変えていません。',
  },
  'backbone-input': (v) => ({
    en: `The model takes input [${String(v.shape)}]: a backbone needs images (height, width, 1 or 3 channels). Nothing was changed.`,
    ja: `このモデルの入力は [${String(v.shape)}] です。バックボーンには画像（高さ・幅・1 または 3 チャンネル）の入力が必要です。何も変えていません。`,
  }),
});

/** A file the learner picked: its name and how to read it. */
export interface PickedFile {
  name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The first layer's `batch_input_shape` (or `batchInputShape`) without the batch axis, or null. */
function inputShapeOf(topology: unknown): number[] | null {
  const seen = new Set<unknown>();
  const walk = (v: unknown): number[] | null => {
    if (!v || typeof v !== 'object' || seen.has(v)) return null;
    seen.add(v);
    const r = v as Record<string, unknown>;
    const shape = r.batch_input_shape ?? r.batchInputShape;
    if (Array.isArray(shape)) return shape.slice(1).map((d) => (typeof d === 'number' ? d : -1));
    for (const x of Array.isArray(v) ? v : Object.values(r)) {
      const found = walk(x);
      if (found) return found;
    }
    return null;
  };
  return walk(topology);
}

/**
 * Reads and checks a backbone: a tfjs layers-model `model.json` and the weight
 * files its manifest names (sizes checked by `readModelFiles`), whose input is
 * an image. Returns the ready state, or throws the problem that refuses it.
 */
export async function readBackbone(files: readonly PickedFile[]): Promise<BackboneState> {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (!json) throw problem('backbone-no-json');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(await json.text()) as Record<string, unknown>;
  } catch {
    throw problem('model-unreadable');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw problem('model-unreadable');
  if (!Array.isArray(parsed.weightsManifest)) throw problem('model-unreadable');
  if (!parsed.modelTopology || typeof parsed.modelTopology !== 'object') throw problem('backbone-not-layers');
  const shape = inputShapeOf(parsed.modelTopology);
  if (!shape || shape.length !== 3 || ![1, 3].includes(shape[2])) throw problem('backbone-input', { shape: (shape ?? []).join(', ') });
  // The weights are checked as the app's own model files are; a foreign model has no app manifest, so one is lent here.
  const lent = { ...parsed, userDefinedMetadata: { anomalyLab: { app: 'anomaly-lab', lesson: 'metric-learning', architecture: 'backbone', settings: {} } } };
  const bins = await Promise.all(files.filter((f) => f !== json).map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
  let read;
  try {
    read = readModelFiles(JSON.stringify(lent), bins);
  } catch (e) {
    throw failure(e);
  }
  const model: PretrainedFiles = { topology: parsed.modelTopology as object, specs: read.specs, weights: read.data };
  return { status: 'ready', name: json.name, tensors: read.specs.length, params: read.data.byteLength / 4, inputShape: shape, error: null, files: model };
}

/** Whether a thrown value is a notebook problem (as `readBackbone` throws them). */
export function asProblem(e: unknown): Problem {
  return e && typeof e === 'object' && 'code' in e && typeof (e as Problem).code === 'string' ? (e as Problem) : failure(e);
}
