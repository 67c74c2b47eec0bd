import type { RunMeta } from './run-record';

/**
 * A kept run as the runs table lists it, for tests: one of `lessonId`, kept on 2 January 2026,
 * two epochs of loss, flat curves, no weights; `changes` replace any field.
 */
export function fakeRunMeta(lessonId: string, changes: Partial<RunMeta> = {}): RunMeta {
  return {
    id: 'r1',
    lessonId,
    seq: 1,
    name: null,
    pinned: false,
    date: Date.UTC(2026, 0, 2),
    weightPrecision: null,
    weightBytes: 0,
    bytes: 43_000,
    settings: {},
    seed: 0,
    backend: 'wasm',
    epochsRun: 2,
    secondsPerEpoch: 1,
    metrics: { auc: 0.8, ap: 0.8, bestF1: 0.7, own: {} },
    trainLoss: [1, 0.5],
    valLoss: [],
    curves: { roc: { fpr: new Float32Array(2), tpr: new Float32Array(2) }, pr: { recall: new Float32Array(2), precision: new Float32Array(2) } },
    stop: null,
    ...changes,
  };
}
