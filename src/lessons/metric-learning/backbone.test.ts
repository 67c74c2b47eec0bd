import { describe, expect, it } from 'vitest';
import { tinyBackbonePicked } from '../../core/model/tiny-backbone.test-data';
import { defaultsOf } from '../../notebook/settings/settings-table';
import { NO_BACKBONE, readBackbone, sourceKey, type PickedFile } from './backbone';
import { SETTINGS } from './params';
import { jobInput } from './store';

/** The tiny backbone as the files a learner picks. */
async function picked(): Promise<PickedFile[]> {
  return (await tinyBackbonePicked()).map((f) => ({ name: f.name, text: async () => new TextDecoder().decode(f.bytes), arrayBuffer: async () => f.bytes.slice().buffer }));
}

describe('a pretrained backbone in the page', () => {
  it('is read into the files the job takes, and the job input carries it with the mode setting', async () => {
    const state = await readBackbone(await picked());
    expect(state).toMatchObject({ status: 'ready', name: 'model.json', tensors: 9, params: 436, inputShape: [-1, -1, 3], error: null });
    expect(state.files!.specs).toHaveLength(9);
    expect(state.files!.weights.byteLength).toBe(436 * 4);
    const p = { ...defaultsOf(SETTINGS), backboneMode: 'fine-tune' as const };
    const data = { size: 28, trainX: new Float32Array(0), trainClasses: new Int32Array(0), classNames: ['7'], validation: new Float32Array(0), testX: new Float32Array(0), testLabels: new Uint8Array(0) };
    expect(jobInput(p, data, null, state).backbone).toEqual({ name: 'model.json', mode: 'fine-tune', files: state.files });
    expect('backbone' in jobInput(p, data, null, NO_BACKBONE)).toBe(false);
  });

  it('is part of what a trained model depends on (its results go stale when it changes)', () => {
    expect(sourceKey(null, 'data', NO_BACKBONE)).toBeNull();
    expect(sourceKey('folder', 'data', NO_BACKBONE)).toBe('folder');
    expect(sourceKey(null, 'data', { name: 'a.json' })).toBe('["data","a.json"]');
    expect(sourceKey('folder', 'data', { name: 'a.json' })).toBe('["folder","a.json"]');
    expect(sourceKey(null, 'data', { name: 'b.json' })).not.toBe(sourceKey(null, 'data', { name: 'a.json' }));
  });
});
