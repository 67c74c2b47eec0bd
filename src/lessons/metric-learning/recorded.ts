import denseFacts from '../../../lessons/dense-ae/facts.json';
import patchFacts from '../../../lessons/patch-vae/facts.json';
import ssimFacts from '../../../lessons/ssim-ae/facts.json';
import type { RunMeta } from '../../notebook/runs/run-record';

/** An autoencoder's AUC on the same classes (Fashion-MNIST or MNIST): recorded by `npm run eval` (facts files) or the learner's last stored run of that lesson. */
export interface AeFigure {
  lesson: 'dense-ae' | 'patch-vae';
  /** Which score: the dense AE's L1 error, the patch VAE's old (error) or new (variance-weighted) score. */
  score: 'l1' | 'old' | 'new';
  auc: number;
  origin: 'recorded' | 'stored';
  /** The eval command, or the stored run's date (ms). */
  command: string | null;
  date: number | null;
}

interface FactRun {
  command: string;
  result: { dataset?: string; normal?: number[]; anomaly?: number[]; auc?: number; aucOld?: number; aucNew?: number };
}

const same = (a: readonly number[] | undefined, b: readonly number[]) => !!a && a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** The default-settings eval runs (no flag beyond the classes and the seed) of a facts file on these classes. */
function plainRuns(runs: Record<string, FactRun>, dataset: string, normal: readonly number[], anomaly: readonly number[]): FactRun[] {
  return Object.values(runs).filter((r) => r.result.dataset === dataset && same(r.result.normal, normal) && same(r.result.anomaly, anomaly) && !/--(variance|clip-norm|floor|hidden|loss|epochs)/.test(r.command));
}

/** The recorded autoencoder figures for a class selection (empty when none were measured on it). */
export function recordedFigures(dataset: string, normal: readonly number[], anomaly: readonly number[]): AeFigure[] {
  const out: AeFigure[] = [];
  const dense = plainRuns(denseFacts.runs as unknown as Record<string, FactRun>, dataset, normal, anomaly)[0];
  if (dense?.result.auc !== undefined) out.push({ lesson: 'dense-ae', score: 'l1', auc: dense.result.auc, origin: 'recorded', command: dense.command, date: null });
  const patch = plainRuns(patchFacts.runs as unknown as Record<string, FactRun>, dataset, normal, anomaly)[0];
  if (patch?.result.aucOld !== undefined) out.push({ lesson: 'patch-vae', score: 'old', auc: patch.result.aucOld, origin: 'recorded', command: patch.command, date: null });
  if (patch?.result.aucNew !== undefined) out.push({ lesson: 'patch-vae', score: 'new', auc: patch.result.aucNew, origin: 'recorded', command: patch.command, date: null });
  return out;
}

/** The newest stored run of a lesson on these classes, as a figure (its headline AUC), or null. */
export function storedFigure(lesson: AeFigure['lesson'], runs: readonly RunMeta[], dataset: string, normal: readonly number[], anomaly: readonly number[]): AeFigure | null {
  const s = (r: RunMeta) => r.settings as { dataset?: string; normal?: number[]; anomaly?: number[] };
  const match = runs.filter((r) => s(r).dataset === dataset && same(s(r).normal, normal) && same(s(r).anomaly, anomaly) && Number.isFinite(r.metrics.auc));
  const last = match.sort((a, b) => b.date - a.date)[0];
  return last ? { lesson, score: lesson === 'dense-ae' ? 'l1' : 'new', auc: last.metrics.auc, origin: 'stored', command: null, date: last.date } : null;
}

/** The SSIM autoencoder on a texture: its SSIM model's image AUROC and TPR + TNR (at its own lesson's threshold), and which crops it was measured on. */
export interface SsimFigure {
  auc: number;
  /** TPR + TNR, NaN when not kept. */
  sum: number;
  origin: 'recorded' | 'stored';
  /** The stored run's date (ms), null for a recorded figure. */
  date: number | null;
  /** The SSIM run's crop side, number of test crops and seed. */
  crops: { size: number; test: number; seed: number };
  /** Whether its test crops are this lesson's very crops (same side, count and seed: the protocol then draws the same ones). */
  same: boolean;
}

interface SsimSettings {
  texture?: string;
  cropSize?: string;
  testCount?: number;
  seed?: number;
}

interface SsimFactRun {
  settings?: SsimSettings;
  result: { texture?: string | null; byLoss?: { ssim?: { imageAuc?: number; tpr?: number; tnr?: number } } };
}

/**
 * The SSIM autoencoder's figures on `texture`: the first `npm run eval`
 * run recorded in its facts file, and the learner's newest stored run
 * (preferring one on this lesson's test crops: `crop` side, `test` crops, `seed`).
 */
export function ssimFigures(texture: string, protocol: { crop: number; test: number; seed: number }, stored: readonly RunMeta[]): SsimFigure[] {
  const cropsOf = (s: SsimSettings | undefined) => ({ size: Number(s?.cropSize), test: Number(s?.testCount), seed: Number(s?.seed) });
  const same = (c: SsimFigure['crops']) => c.size === protocol.crop && c.test === protocol.test && c.seed === protocol.seed;
  const out: SsimFigure[] = [];
  const runs = Object.values((ssimFacts as unknown as { runs: Record<string, SsimFactRun> }).runs);
  const fact = runs.find((r) => r.result.texture === texture && r.result.byLoss?.ssim?.imageAuc !== undefined);
  if (fact) {
    const m = fact.result.byLoss!.ssim!;
    const crops = cropsOf(fact.settings);
    out.push({ auc: m.imageAuc!, sum: (m.tpr ?? Number.NaN) + (m.tnr ?? Number.NaN), origin: 'recorded', date: null, crops, same: same(crops) });
  }
  const mine = stored
    .filter((r) => r.extra?.source !== 'mvtec' && (r.settings as SsimSettings).texture === texture && Number.isFinite(r.metrics.own.ssim_imageAuroc))
    .map((r) => ({ r, crops: cropsOf(r.settings as SsimSettings) }))
    .sort((a, b) => Number(same(b.crops)) - Number(same(a.crops)) || b.r.date - a.r.date)[0];
  if (mine) {
    const own = mine.r.metrics.own;
    out.push({ auc: own.ssim_imageAuroc!, sum: (own.ssim_tpr ?? Number.NaN) + (own.ssim_tnr ?? Number.NaN), origin: 'stored', date: mine.r.date, crops: mine.crops, same: same(mine.crops) });
  }
  return out;
}
