import { describe, expect, it } from 'vitest';
import type { DenseAeConfig } from '../../core/model/dense-ae-architecture';
import { denseAeArchitecture, denseAeTopology, denseAeWeightSpecs } from '../../core/model-io/dense-ae-topology';
import { problemOf } from '../../core/problem';
import { defineSettings } from '../settings/settings-table';
import { modelFiles, readPickedModel } from './model-transfer';
import type { RunsAdapter } from './runs-adapter';

const TABLE = defineSettings({
  latent: { kind: 'int', stage: 'train', min: 1, max: 64, default: 3, label: { en: 'latent', ja: '潜在次元' } },
  seed: { kind: 'int', stage: 'data', min: 0, max: 99, default: 0, label: { en: 'seed', ja: 'シード' } },
});
const config = (latent: number): DenseAeConfig => ({ inputSize: 6, hidden: [4], latent, hiddenActivation: 'relu', latentActivation: 'relu', outputActivation: 'sigmoid', loss: 'mse' });
const weights = (latent: number) => denseAeWeightSpecs(config(latent)).map((s, i) => Float32Array.from({ length: s.shape.reduce((a, b) => a * b, 1) }, (_, k) => i + k / 100));

function adapter(lessonId = 'demo'): RunsAdapter<{ latent: number }> {
  const partial: Partial<RunsAdapter<{ latent: number }>> = {
    lessonId,
    table: TABLE,
    values: (s) => ({ latent: s.latent, seed: 7 }),
    weights: (s) => weights(s.latent),
    model: (v) => ({ architecture: denseAeArchitecture(config(v.latent as number)), topology: denseAeTopology(config(v.latent as number)), specs: denseAeWeightSpecs(config(v.latent as number)) }),
  };
  return partial as RunsAdapter<{ latent: number }>;
}

const picked = (name: string, data: string | ArrayBuffer) => ({ name, text: async () => (typeof data === 'string' ? data : ''), arrayBuffer: async () => (typeof data === 'string' ? new ArrayBuffer(0) : data) });

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return problemOf(e)?.code;
  }
  return undefined;
}

describe('model files of a lesson', () => {
  const files = modelFiles(adapter(), { latent: 3 }, 1234)!;

  it('downloads as <lesson>.json and <lesson>.weights.bin and opens back with its settings and weights', async () => {
    expect([files.jsonName, files.binName]).toEqual(['demo.json', 'demo.weights.bin']);
    const read = await readPickedModel(adapter(), [picked(files.binName, files.bin), picked('renamed.json', files.json)]);
    expect(read.values).toEqual({ latent: 3, seed: 7 });
    expect(read.weights.map((w) => Array.from(w))).toEqual(weights(3).map((w) => Array.from(w)));
    expect(read.facts.date).toBe(1234);
    expect(read.name).toBe('renamed.json');
  });

  it('refuses another lesson’s model, settings that build another architecture, and weights of another shape', async () => {
    expect(await codeOf(readPickedModel(adapter('other'), [picked('m.json', files.json), picked(files.binName, files.bin)]))).toBe('model-wrong-lesson');
    const json = JSON.parse(files.json);
    json.userDefinedMetadata.anomalyLab.settings.latent = '2';
    expect(await codeOf(readPickedModel(adapter(), [picked('m.json', JSON.stringify(json)), picked(files.binName, files.bin)]))).toBe('model-wrong-architecture');
    json.userDefinedMetadata.anomalyLab.settings.latent = '99';
    expect(await codeOf(readPickedModel(adapter(), [picked('m.json', JSON.stringify(json)), picked(files.binName, files.bin)]))).toBe('model-settings');
    const shaped = JSON.parse(files.json);
    shaped.weightsManifest[0].weights[0].shape = [4, 6];
    expect(await codeOf(readPickedModel(adapter(), [picked('m.json', JSON.stringify(shaped)), picked(files.binName, files.bin)]))).toBe('model-wrong-shape');
    expect(await codeOf(readPickedModel(adapter(), [picked(files.binName, files.bin)]))).toBe('model-unreadable');
  });
});
