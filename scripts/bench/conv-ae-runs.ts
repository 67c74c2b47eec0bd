/**
 * Runs the conv-AE benchmark in Node (wasm, one thread) and in Chromium (the
 * bench page's conv-AE worker, wasm on 1 and on every core), and checks the
 * issue's targets. Additive to the lesson benchmark: `npm run bench` calls it
 * unless `--no-conv-ae`.
 */
import * as tf from '@tensorflow/tfjs';
import { useNodeBackend } from '../node-backend';
import type { ConvAeWorkerRequest } from './browser/conv-ae-worker-types';
import type { SsimAeAppRun } from './conv-ae-app-run';
import { openBenchPage } from './browser-bench';
import { CONV_AE_DEFAULT_CASES, LESSON_DEFAULTS, runConvAeBench, type ConvAeBenchResult } from './conv-ae-workload';

/** The Node run, with CPU time beside wall time. Throws if a tensor leaks. */
export async function runConvAeNode(epochs: number, log: (line: string) => void, defaultOnly = false): Promise<ConvAeBenchResult> {
  await useNodeBackend('wasm');
  const before = tf.memory().numTensors;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const result = await runConvAeBench({ env: 'node', backend: 'wasm', threads: 1 }, { epochs, cases: defaultOnly ? CONV_AE_DEFAULT_CASES : undefined, clocks: { wall: () => performance.now(), cpu }, log });
  if (tf.memory().numTensors !== before) throw new Error(`the conv-AE bench leaked ${tf.memory().numTensors - before} tensors`);
  return result;
}

/** One Chromium run per thread count, each in a fresh page. Failures are logged and skipped. */
export async function runConvAeChromium(baseUrl: string, threads: number[], epochs: number, log: (line: string) => void, defaultOnly = false): Promise<ConvAeBenchResult[]> {
  const results: ConvAeBenchResult[] = [];
  for (const t of threads) {
    const tp = await openBenchPage(baseUrl);
    try {
      const request: ConvAeWorkerRequest = { threads: t, epochs, defaultOnly };
      const r = await tp.page.evaluate((arg) => window.anomalyLabBench.runConvAe(arg), request);
      r.log.forEach((line) => log(line));
      if (r.result) results.push(r.result);
      else log(`chromium wasm ×${t} conv AE: skipped (${r.reason})`);
    } finally {
      await tp.close();
    }
  }
  return results;
}

/**
 * Seconds the lesson default takes on a backend: both losses
 * trained, then the test set scored; by wall time, or by CPU time where
 * measured (Node; less sensitive to other load).
 */
export function defaultRunSeconds(r: ConvAeBenchResult, clock: 'wall' | 'cpu' = 'wall'): number | null {
  const d = LESSON_DEFAULTS;
  const runs = r.training.filter((t) => t.inputSize === d.inputSize && t.width === d.width && t.crops === d.crops && t.batchSize === d.batchSize);
  const ssim = runs.find((t) => t.loss === 'ssim');
  const l2 = runs.find((t) => t.loss === 'l2');
  if (!ssim || !l2) return null;
  if (clock === 'cpu') {
    if (ssim.cpuSecondsPerEpoch === null || l2.cpuSecondsPerEpoch === null || r.scoring.cpuMs === null) return null;
    return d.epochs * (ssim.cpuSecondsPerEpoch + l2.cpuSecondsPerEpoch) + (2 * d.testImages * r.scoring.cpuMs) / 1000;
  }
  const train = d.epochs * (ssim.secondsPerEpoch + l2.secondsPerEpoch) + ssim.firstEpochSeconds - ssim.secondsPerEpoch + l2.firstEpochSeconds - l2.secondsPerEpoch;
  return train + (2 * d.testImages * r.scoring.ms) / 1000;
}

/** The issue's conv-AE targets, on the fastest Chromium wasm run (Node's when Chromium did not run). */
export function convAeTargets(node: ConvAeBenchResult | null, chromium: ConvAeBenchResult[], app: SsimAeAppRun | null = null): Record<string, { value: number | null; target: string; met: boolean | null }> {
  const pool = chromium.length > 0 ? chromium : node ? [node] : [];
  const best = (f: (r: ConvAeBenchResult) => number | null, lower: boolean) => {
    const v = pool.map(f).filter((x): x is number => x !== null && Number.isFinite(x));
    return v.length === 0 ? null : lower ? Math.min(...v) : Math.max(...v);
  };
  const ratio = best((r) => r.ops.ratio, false);
  const ratioPaper = best((r) => r.opsPaperWidth.ratio, false);
  const scoring = best((r) => r.scoring.ms, true);
  const run = best(defaultRunSeconds, true);
  const leaked = [...(node ? [node] : []), ...chromium].reduce((sum, r) => sum + Math.max(0, r.leakedTensors), 0);
  const where = chromium.length > 0 ? 'Chromium wasm' : 'Node wasm';
  return {
    [`convOpGflopsOverDense (${where}, width 0.5)`]: { value: ratio, target: '≥ 0.5', met: ratio === null ? null : ratio >= 0.5 },
    [`convOpGflopsOverDense (${where}, paper width 1)`]: { value: ratioPaper, target: '≥ 0.5', met: ratioPaper === null ? null : ratioPaper >= 0.5 },
    [`residualMaps128Ms (${where})`]: { value: scoring, target: '< 50 ms', met: scoring === null ? null : scoring < 50 },
    [`ssimAeDefaultRunSeconds (${where}, estimate)`]: { value: run, target: '≤ 180 s', met: run === null ? null : run <= 180 },
    'convAeLeakedTensors (every conv-AE run)': { value: leaked, target: '0', met: leaked === 0 },
    ...(app ? { 'ssimAeDefaultRunSeconds (app in Chromium, wasm, measured)': { value: app.seconds, target: '≤ 180 s', met: app.state === 'done' && app.seconds <= 180 } } : {}),
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** The line of the lesson's default run in the app ('' when it did not run). */
export function formatSsimAeAppRun(app: SsimAeAppRun | null): string {
  if (!app) return '';
  return `\n${pad('app, Chromium', 18)} SSIM AE lesson default run (Train pressed → both models scored, ${app.backend ?? '?'}): ${app.seconds.toFixed(1)} s, ${app.state ?? '?'} (load ${app.loadBefore.toFixed(1)} → ${app.loadAfter.toFixed(1)})`;
}

/** Table lines for the conv-AE section (no trailing newline). */
export function formatConvAe(results: ConvAeBenchResult[]): string {
  if (results.length === 0) return '';
  const lines = ['', 'Conv AE (issue 12): conv op vs dense op, GFLOP/s of forward + backward on the same backend; seconds per epoch at batch 32'];
  for (const r of results) {
    const where = `${r.env} ${r.backend}${r.threads !== null ? ` ×${r.threads}` : ''}`;
    lines.push(pad(where, 18));
    for (const o of [r.ops, r.opsPaperWidth]) {
      const cpu = o.cpuRatio !== null ? ` (by CPU time ${o.cpuRatio.toFixed(2)})` : '';
      lines.push(`${pad('', 18)} width ${o.width}: conv op ${o.convGflops.toFixed(1)} GFLOP/s, dense op ${o.denseGflops.toFixed(1)}, ratio ${o.ratio.toFixed(2)}${cpu}`);
    }
    const sc = r.scoring;
    lines.push(`${pad('', 18)} residual maps of a ${sc.imageSize}² image (${sc.tiles} tiles of ${sc.modelInputSize}², SSIM window 11 + L2): ${sc.ms.toFixed(1)} ms${sc.cpuMs !== null ? ` (CPU ${sc.cpuMs.toFixed(1)} ms)` : ''}`);
    for (const t of r.training) {
      const cpuT = t.cpuSecondsPerEpoch !== null ? `, CPU ${t.cpuSecondsPerEpoch.toFixed(2)} s` : '';
      lines.push(`${pad('', 18)} ${t.inputSize}² width ${t.width} ${pad(t.loss, 4)} ${t.crops} crops: ${t.secondsPerEpoch.toFixed(2)} s/epoch (1st ${t.firstEpochSeconds.toFixed(2)} s${cpuT}), ${t.gflops.toFixed(1)} GFLOP/s`);
    }
    const run = defaultRunSeconds(r);
    const cpuRun = defaultRunSeconds(r, 'cpu');
    const d = LESSON_DEFAULTS;
    const cpuText = cpuRun !== null ? ` (CPU ${cpuRun.toFixed(0)} s)` : '';
    lines.push(`${pad('', 18)} tensors leaked: ${r.leakedTensors}`);
    if (run !== null) lines.push(`${pad('', 18)} lesson default (${d.inputSize}², width ${d.width}, ${d.crops} crops × ${d.epochs} epochs, SSIM then L2, ${d.testImages} test images scored): ~${run.toFixed(0)} s${cpuText}`);
  }
  return lines.join('\n');
}
