import type { ScoreCsvRow } from '../../core/export/scores-csv';
import type { KindTable } from '../../core/inspection/kind-table';
import { convAeLayers, type ConvAeLoss } from '../../core/model/conv-ae';
import { convAeArchitecture, convAeTopology, convAeWeightSpecs } from '../../core/model-io/conv-ae-topology';
import type { TrainStop } from '../../core/train/train-events';
import { scoreCurves } from '../../core/runs/run-curves';
import { mvtecRunExtra, mvtecRunProblem } from '../../notebook/mvtec/mvtec-runs';
import { connectRuns } from '../../notebook/runs/connect-runs';
import { notebookDownload } from '../../notebook/runs/notebook-download';
import type { RunMeta } from '../../notebook/runs/run-record';
import { problemError, restoredTraining, type ReopenFacts, type RunsAdapter } from '../../notebook/runs/runs-adapter';
import { problem } from '../../notebook/settings/problem';
import { setBackendReport } from '../../stores/backend-store';
import { getBackendPreference } from '../../stores/settings-store';
import { sharedTrainingClient } from '../../worker/shared-client';
import { DEFAULT_SCORING } from './derived';
import { inspectionOf } from './use-inspection';
import { actions, ssimAe } from './instance';
import { trainKey } from './keys';
import { modelConfig, lossesOf } from './model-config';
import { loadedKey, mvtecInUse } from './mvtec-action';
import { ssimAeNotebook } from './notebook';
import { SETTINGS, type SsimAeParams } from './params';
import type { ModelResult, SsimAeResults, SsimAeState } from './state';
import { IDLE_SSIM_TRAINING } from './store';
import { en } from './text-en';
import { ja } from './text-ja';

const { store } = ssimAe;
const LOSSES: ConvAeLoss[] = ['ssim', 'l2'];
const METRICS = [
  { key: 'pixelAuroc', en: en.cols[2], ja: ja.cols[2] },
  { key: 'pro', en: en.cols[3], ja: ja.cols[3] },
  { key: 'imageAuroc', en: en.cols[4], ja: ja.cols[4] },
  { key: 'tpr', en: en.cols[5], ja: ja.cols[5] },
  { key: 'tnr', en: en.tnr, ja: ja.tnr },
] as const;

/** The losses whose models a result holds, in the run's order (SSIM, then L2). */
export function lossesIn(r: Pick<SsimAeResults, 'models'>): ConvAeLoss[] {
  return LOSSES.filter((l) => r.models[l] !== undefined);
}

/** Results that are already runs (kept after training, or reopened): never kept again. */
const kept = new WeakSet<SsimAeResults>();
/** The settings each result was trained with, its `losses` saying which models it holds. */
const trainedWith = new WeakMap<SsimAeResults, SsimAeParams>();

const running = (s: SsimAeState) => s.training.status === 'running';

function paramsOf(s: SsimAeState): SsimAeParams {
  const r = s.result;
  if (!r || running(s)) return s.params;
  let p = trainedWith.get(r);
  if (!p) {
    const losses = lossesIn(r);
    p = { ...s.params, losses: losses.length === 2 ? 'both' : losses[0] };
    trainedWith.set(r, p);
  }
  return p;
}

/** The run's table on the default scoring: the one the result cells compute (shared cache). */
function tableOf(r: SsimAeResults): KindTable<ConvAeLoss> | null {
  return inspectionOf(r, DEFAULT_SCORING).table;
}

/** Every model's weights one after the other, in `lossesIn` order. */
function allWeights(r: SsimAeResults): Float32Array[] {
  return lossesIn(r).flatMap((l) => r.models[l]!.weights);
}

/** The loss curves of every model after the first, kept in a run's `extra` (its own curves hold the first model's). */
type LaterCurves = Partial<Record<ConvAeLoss, { trainLoss: number[]; valLoss: number[] }>>;

function laterCurves(r: SsimAeResults): string {
  const curves: LaterCurves = Object.fromEntries(lossesIn(r).slice(1).map((l) => [l, { trainLoss: [...r.models[l]!.trainLoss], valLoss: [...r.models[l]!.valLoss] }]));
  return JSON.stringify(curves);
}

/** What a kept run holds about its models besides the first one's curves: the later models' curves, every model's epochs and how each one's training ended. */
export interface KeptModels {
  curves: LaterCurves;
  /** Each model's epochs, by loss (absent in runs kept before they were). */
  epochs: Partial<Record<ConvAeLoss, number>>;
  /** How each model's training ended, its best epoch among it (absent in runs kept before they were). */
  stops: Partial<Record<ConvAeLoss, TrainStop>>;
}

function parsed<T>(text: unknown): T | null {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** What a kept run's `extra` says about its models (nothing for a model file; what an older run lacks is empty). */
export function keptModelsOf(extra: RunMeta['extra']): KeptModels {
  return {
    curves: parsed<LaterCurves>(extra?.curves) ?? {},
    epochs: parsed<KeptModels['epochs']>(extra?.modelEpochs) ?? {},
    stops: parsed<KeptModels['stops']>(extra?.modelStops) ?? {},
  };
}

/** The models of the kept run reopened with `facts` (nothing for a model file or an older run). */
function keptModels(facts: ReopenFacts): KeptModels {
  const run = runs.state.getState().runs.find((r) => r.date === facts.date && r.trainLoss.length === facts.trainLoss.length && r.trainLoss.every((v, i) => v === facts.trainLoss[i]));
  return keptModelsOf(run?.extra);
}

/** The epoch (from 1) of a curve's lowest loss, the first if it repeats, as training picks its best: validation loss, else training loss (0 for no curve). */
export function lowestEpoch(curves: { trainLoss: number[]; valLoss: number[] }): number {
  const watched = curves.valLoss.length > 0 ? curves.valLoss : curves.trainLoss;
  let best = 0;
  watched.forEach((v, i) => {
    if (v < (best > 0 ? watched[best - 1] : Infinity)) best = i + 1;
  });
  return best;
}

/** The run's epochs: every model's, as its progress counted them (a run stopped in its second model has fewer in that one). */
export function runEpochs(r: Pick<SsimAeResults, 'models'>): number {
  return lossesIn(r).reduce((n, l) => n + r.models[l]!.epochsRun, 0);
}

/** The run's seconds per epoch: every model's time over every model's epochs (the SSIM model's epochs take longer). */
export function runSecondsPerEpoch(r: Pick<SsimAeResults, 'models'>): number {
  const epochs = runEpochs(r);
  return epochs > 0 ? lossesIn(r).reduce((t, l) => t + r.models[l]!.epochsRun * r.models[l]!.secondsPerEpoch, 0) / epochs : 0;
}

/**
 * A model's run facts when it comes back from weights: its kept curves (the first model's from the run, later ones from `kept`),
 * its own epochs (a run kept before they were: the run's) and its own stop and best epoch. A later model of a run kept before
 * its stop was takes the run's stop with its own epochs, and its best epoch from its own curve when the run restored best weights.
 */
export function restoredModel(facts: ReopenFacts, loss: ConvAeLoss, first: boolean, kept: KeptModels): Pick<ModelResult, 'trainLoss' | 'valLoss' | 'epochsRun' | 'bestEpoch' | 'stopReason' | 'stop' | 'secondsPerEpoch'> {
  const epochsRun = kept.epochs[loss] ?? facts.epochsRun;
  const curves = first ? facts : (kept.curves[loss] ?? { trainLoss: [], valLoss: [] });
  const runStop = facts.stop ?? { reason: 'completed' as const, epochsRun, heldEpoch: epochsRun, patience: 0, restoredBest: false };
  const lowest = lowestEpoch(curves);
  const heldEpoch = runStop.restoredBest && lowest > 0 ? lowest : epochsRun;
  const stop = kept.stops[loss] ?? (first ? runStop : { ...runStop, epochsRun, heldEpoch });
  return { trainLoss: [...curves.trainLoss], valLoss: [...curves.valLoss], epochsRun, bestEpoch: stop.heldEpoch, stopReason: stop.reason, stop, secondsPerEpoch: facts.secondsPerEpoch };
}

/** A defect kind as the scores CSV names it: the page's English name (`scratch-paired` is "groove"), the same in every language; a folder's own kind keeps its name. */
export function csvKindName(kind: string): string {
  return Object.hasOwn(en.kinds, kind) ? en.kinds[kind] : kind;
}

/**
 * Lesson 3 in the runs mechanism. A run holds both models (SSIM, then L2)
 * and is kept once the whole run ends. The headline is the image AUROC's
 * scores (max of the 4-pixel-box-smoothed map) of the first model; its own
 * columns are each model's pixel AUROC, PRO, image AUROC and protocol TPR/TNR.
 * The run's loss curves are the first model's; the others' ride in `extra.curves`.
 * Its epochs are every model's ({@link runEpochs}); each model's ride in `extra.modelEpochs`, and how each one's training
 * ended (its own best epoch) in `extra.modelStops`.
 */
export const adapter: RunsAdapter<SsimAeState> = {
  lessonId: 'ssim-ae',
  table: SETTINGS,
  values: (s) => paramsOf(s),
  result: (s) => {
    if (running(s) || !s.result) return null;
    paramsOf(s);
    return s.result;
  },
  busy: (s) => running(s) || s.busy || s.data.status === 'loading' || s.mvtec.status === 'reading',
  weights: (s) => (s.result && !running(s) ? allWeights(s.result) : null),
  headlineDigits: 3,
  headlineNote: { en: en.runsNote, ja: ja.runsNote },
  epochsLabel: { en: en.runsEpochs, ja: ja.runsEpochs },
  ownMetrics: LOSSES.flatMap((l) => METRICS.map((m) => ({ key: `${l}_${m.key}`, label: { en: `${en.method[l]} ${m.en}`, ja: `${ja.method[l]} ${m.ja}` }, digits: 3 }))),
  capture: (s) => {
    const r = s.result;
    if (!r || kept.has(r)) return null;
    kept.add(r);
    const table = tableOf(r);
    const losses = lossesIn(r);
    if (!table || losses.length === 0) return null;
    const p = paramsOf(s);
    const first = r.models[losses[0]]!;
    const scores = Float32Array.from(table.overall[losses[0]].imageScores);
    const labels = r.data.labels.slice();
    const { headline, curves } = scoreCurves(scores, labels);
    const own = Object.fromEntries(LOSSES.flatMap((l) => METRICS.map((m) => [`${l}_${m.key}`, table.overall[l]?.[m.key] ?? null])));
    return {
      settings: { ...p },
      seed: p.seed,
      backend: first.backend,
      epochsRun: runEpochs(r),
      secondsPerEpoch: runSecondsPerEpoch(r),
      metrics: { auc: headline.auc, ap: headline.ap, bestF1: headline.bestF1, own },
      trainLoss: [...first.trainLoss],
      valLoss: [...first.valLoss],
      curves,
      stop: first.stop,
      scores,
      labels,
      weights: allWeights(r),
      extra: { ...mvtecRunExtra(r.data.source === 'mvtec' ? s.mvtec.name : null), models: losses.join('+'), curves: laterCurves(r), modelEpochs: JSON.stringify(Object.fromEntries(losses.map((l) => [l, r.models[l]!.epochsRun]))), modelStops: JSON.stringify(Object.fromEntries(losses.map((l) => [l, r.models[l]!.stop]))) },
    };
  },
  reopenProblem: (run, s) => mvtecRunProblem(run, mvtecInUse(s) ? s.mvtec.name : null),
  model: (values) => {
    const p = values as SsimAeParams;
    const { loss: _loss, ...config } = modelConfig(p, 'l2');
    const losses = lossesOf(p);
    return { architecture: convAeArchitecture(config, losses), topology: convAeTopology(config, losses), specs: convAeWeightSpecs(config, losses) };
  },
  reopen: async (values, weights, facts) => {
    const p = values as SsimAeParams;
    const losses = lossesOf(p);
    const per = 2 * convAeLayers(modelConfig(p, 'l2')).length;
    if (weights.length !== per * losses.length) throw problemError(problem('weights-mismatch'));
    store.setState({ params: p, drafts: {} });
    if (!(await actions.loadData())) throw problemError(store.getState().data.error ?? problem('failed', { text: '' }));
    const data = store.getState().data.dataset!;
    if (data.size !== Number(p.cropSize)) throw problemError(problem(data.source === 'mvtec' ? 'run-texture-data' : 'weights-mismatch'));
    const models: Partial<Record<ConvAeLoss, ModelResult>> = {};
    const stored = keptModels(facts);
    for (const [i, loss] of losses.entries()) {
      const w = weights.slice(i * per, (i + 1) * per);
      const input = { validation: data.validation.slice(), test: data.test.slice(), model: { ...modelConfig(p, loss), inputSize: data.size }, mapSsim: { winSize: Number(p.window) }, weights: w.map((x) => x.slice()) };
      const r = await sharedTrainingClient.run('ssim-ae-score', input, getBackendPreference(), { onBackend: setBackendReport }).result;
      models[loss] = { ...r, ...restoredModel(facts, loss, i === 0, stored), weights: w, loss };
    }
    const result: SsimAeResults = { key: trainKey(p, loadedKey(store.getState())), data, models };
    kept.add(result);
    trainedWith.set(result, p);
    store.setState({ result, training: { ...IDLE_SSIM_TRAINING, ...restoredTraining(facts) }, view: { ...store.getState().view, threshold: {}, offset: 0 } });
  },
  rerun: async (values) => {
    store.setState({ params: values as SsimAeParams, drafts: {} });
    await actions.train();
  },
  scoreRows: (s) => {
    const r = s.result;
    const table = r && !running(s) ? tableOf(r) : null;
    if (!r || !table) return null;
    const kindName = (k: number) => (k < 0 ? 'good' : csvKindName(r.data.kindNames[k] ?? String(k)));
    return lossesIn(r).flatMap((loss) =>
      Array.from(table.overall[loss].imageScores, (score, i): ScoreCsvRow => ({ id: i, label: r.data.labels[i], score, prediction: table.overall[loss].flagged[i], extra: { kind: kindName(r.data.kinds[i]), model: loss } })),
    );
  },
};

/** Lesson 3's runs and its Runs cell. */
export const { runs, RunsCell } = connectRuns(store, adapter, {
  downloadNotebook: notebookDownload('ssim-ae', (lang, title) => ssimAeNotebook(store.getState().params, lang, title)),
});
