import { readModelFiles, writeModelFiles, type ModelManifest } from '../../core/model-io/model-files';
import { problem } from '../settings/problem';
import { encodeSettings } from '../settings/settings-codec';
import type { SettingsOf, SettingsTable } from '../settings/settings-table';
import { problemError, valuesFromText, type ReopenFacts, type RunsAdapter } from './runs-adapter';

/** The current model as TF.js model files: `<lesson>.json` and `<lesson>.weights.bin`, with the manifest. */
export function modelFiles<S>(adapter: RunsAdapter<S>, s: S, trainedAt: number | null): { jsonName: string; json: string; binName: string; bin: ArrayBuffer } | null {
  const weights = adapter.weights(s);
  if (!weights) return null;
  const values = adapter.values(s);
  const shape = adapter.model(values);
  const settings = Object.fromEntries(encodeSettings(adapter.table, values as SettingsOf<SettingsTable>));
  const manifest: ModelManifest = { app: 'anomaly-lab', version: 1, lesson: adapter.lessonId, architecture: shape.architecture, settings, seed: Number(values.seed ?? 0), trainedAt };
  const specs = shape.specs ?? weights.map((w, i) => ({ name: `weight_${i}`, shape: [w.length] }));
  const files = writeModelFiles({ manifest, topology: shape.topology, specs, weights, baseName: adapter.lessonId });
  return { jsonName: `${adapter.lessonId}.json`, ...files };
}

/** A file the learner picked (a DOM File satisfies it). */
export interface PickedModelFile {
  name: string;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads picked model files and checks them against the lesson before anything
 * changes: the lesson (`model-wrong-lesson`), its settings (`model-settings`),
 * the architecture they build (`model-wrong-architecture`) and every weight's
 * shape (`model-wrong-shape`); file problems come from `readModelFiles`.
 */
export async function readPickedModel<S>(adapter: RunsAdapter<S>, files: readonly PickedModelFile[]): Promise<{ values: Record<string, unknown>; weights: Float32Array[]; facts: ReopenFacts; name: string }> {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (!json) throw problemError(problem('model-unreadable'));
  const bins = await Promise.all(files.filter((f) => f !== json).map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
  const read = readModelFiles(await json.text(), bins);
  const { manifest } = read;
  if (manifest.lesson !== adapter.lessonId) throw problemError(problem('model-wrong-lesson', { lesson: manifest.lesson }));
  const values = valuesFromText(adapter.table, manifest.settings);
  const shape = adapter.model(values);
  if (shape.architecture !== manifest.architecture) throw problemError(problem('model-wrong-architecture', { expected: shape.architecture, got: manifest.architecture }));
  if (shape.specs) {
    const n = Math.max(shape.specs.length, read.specs.length);
    for (let i = 0; i < n; i++) {
      const want = shape.specs[i]?.shape ?? [];
      const got = read.specs[i]?.shape ?? [];
      if (want.join('×') !== got.join('×')) throw problemError(problem('model-wrong-shape', { name: read.specs[i]?.name ?? shape.specs[i].name, expected: want.join(', '), got: got.join(', ') }));
    }
  }
  const facts: ReopenFacts = { trainLoss: [], valLoss: [], stop: null, epochsRun: 0, secondsPerEpoch: 0, date: manifest.trainedAt };
  return { values, weights: read.weights, facts, name: json.name };
}
