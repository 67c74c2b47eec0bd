import { describe, expect, it } from 'vitest';
import { problemText } from '../../notebook/settings/problem-text';
import { NO_BACKBONE } from './backbone';
import { runSource, runSourceProblem } from './run-source';
import type { MetricState } from './state';

/** The parts of the state the check reads: built-in data or folder `folder` in use, backbone `backbone` open or none. */
function state(folder: string | null, backbone: string | null): Pick<MetricState, 'data' | 'mvtec' | 'backbone'> {
  return {
    data: { status: 'ready', error: null, split: null, key: folder === null ? 'built-in' : `mvtec:${folder}`, data: null, referenceCounts: [] },
    mvtec: { name: folder } as MetricState['mvtec'],
    backbone: { ...NO_BACKBONE, name: backbone },
  };
}

describe('running a kept metric-learning run again', () => {
  const builtIn = { extra: runSource({ folder: null, backbone: null }) };
  const onFolder = { extra: runSource({ folder: 'carpet', backbone: null }) };
  const onBackbone = { extra: runSource({ folder: null, backbone: { name: 'mobilenet.json', mode: 'frozen', input: [32, 32, 3], channels: 96 } }) };

  it('records where the run trained', () => {
    expect(builtIn.extra).toEqual({ source: 'built-in', folder: null, backbone: null });
    expect(onFolder.extra).toEqual({ source: 'mvtec', folder: 'carpet', backbone: null });
    expect(onBackbone.extra.backbone).toBe('mobilenet.json');
  });

  it('is refused, with a message naming what to open, when the data or backbone in use differ; allowed when they match', () => {
    expect(runSourceProblem(builtIn, state(null, null))).toBeNull();
    expect(runSourceProblem(onFolder, state('carpet', null))).toBeNull();
    expect(runSourceProblem(onBackbone, state(null, 'mobilenet.json'))).toBeNull();
    expect(runSourceProblem(onFolder, state(null, null))?.code).toBe('run-mvtec-data');
    expect(runSourceProblem(onFolder, state('leather', null))?.code).toBe('run-mvtec-data');
    expect(runSourceProblem(builtIn, state('carpet', null))?.code).toBe('run-texture-data');
    expect(problemText(runSourceProblem(onBackbone, state(null, null))!, 'en')).toBe('This run was trained on the pretrained backbone mobilenet.json, which is not kept: open it again in the Model cell first.');
    expect(problemText(runSourceProblem(builtIn, state(null, 'other.json'))!, 'ja')).toBe('この実行は組み込みのバックボーンで学習したものですが、今は学習済みバックボーンを開いています。先にその使用をやめてください。');
  });
});
