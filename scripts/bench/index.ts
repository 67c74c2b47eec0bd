/**
 * `npm run bench` — training speed of each lesson's default model on every
 * backend, in Node and in headless Chromium, plus the app's main-thread and
 * loading figures. Progress goes to stderr; stdout gets a table and, as its
 * last line, one JSON object (see `report.ts`). A benchmark, not a test: it
 * asserts nothing, and its numbers depend on the machine and its load.
 *
 * Flags: --no-node, --no-browser, --no-app, --epochs N (default 3, full-size
 * workloads; slow backends always run a reduced workload), --app-epochs N,
 * --lesson NAME (repeatable; default every lesson; 'conv-ae-pca' = the PCA of 2,000 faces; 'ssim-ae' = the conv-AE
 * section), --no-conv-ae, --conv-ae-epochs N (default 2), --conv-ae-default-only, --no-endurance,
 * --endurance-cycles N (train/stop cycles across lessons, default 20, at least 12).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { closeBrowser, launchBrowser } from '../../e2e/browser';
import { runAppBench, type AppMetrics } from './app-bench';
import { formatMetricLearning, runMetricLearningBench, type MetricLearningBench } from './metric-learning-bench';
import { formatPcaFaces, runPcaFacesBench, type PcaFacesBench } from './pca-faces-bench';
import { runInspectionBench, type InspectionBench } from './inspection-workload';
import type { BrowserCase } from './browser/bench-page';
import { runBrowserBench, type Skipped } from './browser-bench';
import { runSsimAeAppRun, type SsimAeAppRun } from './conv-ae-app-run';
import { convAeTargets, formatConvAe, formatSsimAeAppRun, runConvAeChromium, runConvAeNode } from './conv-ae-runs';
import { ENDURANCE_LESSONS, enduranceTargets, formatEndurance, runEnduranceBench, type EnduranceResult } from './endurance';
import type { ConvAeBenchResult } from './conv-ae-workload';
import type { BackendResult } from './measure';
import { runNodeBench, type NodeCase } from './node-bench';
import { checkTargets, formatTable, type BenchReport } from './report';
import { buildForBench, serveBench } from './serve-build';
import { BENCH_LESSONS, type BenchLesson, type WorkloadSpec } from './workloads';

/** Rows for backends too slow for the full workload (SwiftShader GPUs, plain-JS cpu). */
const REDUCED = { 'dense-ae': { gpu: 1024, cpu: 512 }, 'timeseries-ae': { gpu: 1024, cpu: 2048 }, 'patch-vae': { gpu: 1024, cpu: 1024 } } as const;
/**
 * The patch VAE's full default (100,000 patches × 10 epochs) takes minutes, so
 * wasm trains on 20,000 patches and the full epoch is extrapolated; slow
 * backends also score only 50 test images per class.
 */
const PATCH_VAE_WASM_PATCHES = 20_000;
const SLOW_TEST_PER_CLASS = 50;

/** A lesson's spec on a fast backend. */
function fullSpec(lesson: BenchLesson, epochs: number): WorkloadSpec {
  return lesson === 'patch-vae' ? { lesson, epochs, maxTrain: PATCH_VAE_WASM_PATCHES } : { lesson, epochs };
}

/** A lesson's reduced spec on a slow backend. */
function slowSpec(lesson: BenchLesson, kind: 'gpu' | 'cpu'): WorkloadSpec {
  return { lesson, epochs: 2, maxTrain: REDUCED[lesson][kind], ...(lesson === 'patch-vae' ? { maxTestPerClass: SLOW_TEST_PER_CLASS } : {}) };
}

function nodeCases(lessons: readonly BenchLesson[], epochs: number): NodeCase[] {
  return [
    ...lessons.map((lesson): NodeCase => ({ backend: 'wasm', spec: fullSpec(lesson, epochs) })),
    ...lessons.map((lesson): NodeCase => ({ backend: 'cpu', spec: slowSpec(lesson, 'cpu') })),
  ];
}

/** wasm on 1 thread and on every core (the choice the app makes per model size is the 'auto' row). */
function browserCases(lessons: readonly BenchLesson[], epochs: number): BrowserCase[] {
  const cases: BrowserCase[] = [];
  const cores = Math.min(cpus().length, 4);
  for (const lesson of lessons) {
    cases.push({ backend: 'wasm', threads: 1, spec: fullSpec(lesson, epochs) });
    if (cores > 1) cases.push({ backend: 'wasm', threads: cores, spec: fullSpec(lesson, epochs) });
    cases.push({ backend: 'webgl', threads: null, spec: slowSpec(lesson, 'gpu') });
    cases.push({ backend: 'webgpu', threads: null, spec: slowSpec(lesson, 'gpu') });
    cases.push({ backend: 'cpu', threads: null, spec: slowSpec(lesson, 'cpu') });
    cases.push({ backend: 'auto', threads: null, spec: fullSpec(lesson, epochs) });
  }
  return cases;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-node': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-app': { type: 'boolean', default: false },
      epochs: { type: 'string', default: '3' },
      'app-epochs': { type: 'string', default: '3' },
      'no-conv-ae': { type: 'boolean', default: false },
      'conv-ae-epochs': { type: 'string', default: '2' },
      'conv-ae-default-only': { type: 'boolean', default: false },
      'no-endurance': { type: 'boolean', default: false },
      'endurance-cycles': { type: 'string', default: '20' },
      lesson: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const epochs = Math.max(2, Number(values.epochs) || 3);
  const lessons = values.lesson ? BENCH_LESSONS.filter((l) => values.lesson?.includes(l)) : BENCH_LESSONS;
  const unknown = (values.lesson ?? []).filter((l) => !(BENCH_LESSONS as readonly string[]).includes(l) && l !== 'ssim-ae' && l !== 'metric-learning' && l !== 'conv-ae-pca');
  if (unknown.length) throw new Error(`Unknown --lesson ${unknown.join(', ')}; choose from ${[...BENCH_LESSONS, 'ssim-ae', 'metric-learning', 'conv-ae-pca'].join(', ')}.`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const startLoad = loadavg();
  let node: BackendResult[] = [];
  let chromium: BackendResult[] = [];
  let skipped: Skipped[] = [];
  let app: AppMetrics | null = null;
  let chromiumVersion: string | null = null;

  let inspection: InspectionBench | null = null;
  if (!values['no-node']) node = await runNodeBench(nodeCases(lessons, epochs), log);
  // The SSIM-autoencoder section (issue 12): conv op vs dense op, conv-AE epochs, residual maps.
  const convAeOn = !values['no-conv-ae'] && (!values.lesson || values.lesson.includes('ssim-ae'));
  const convAeEpochs = Math.max(2, Number(values['conv-ae-epochs']) || 2);
  const convAeNode: ConvAeBenchResult | null = convAeOn && !values['no-node'] ? await runConvAeNode(convAeEpochs, log, values['conv-ae-default-only']) : null;
  let convAeChromium: ConvAeBenchResult[] = [];
  if (!values['no-node']) inspection = runInspectionBench(log);
  // The metric-learning section (issue 13): exact LOF on 6,000 × 128, the job's s/epoch.
  const metricLearning: MetricLearningBench | null = !values['no-node'] && (!values.lesson || values.lesson.includes('metric-learning')) ? await runMetricLearningBench(log) : null;
  // The PCA lesson (issue 14): exact PCA of 2,000 faces of 64×64, target < 3 s.
  const pcaFaces: PcaFacesBench | null = !values['no-node'] && (!values.lesson || values.lesson.includes('conv-ae-pca')) ? await runPcaFacesBench(log) : null;
  // Endurance (issue 16): train/stop cycles across every lesson in one page; skipped when --lesson picks some.
  const enduranceOn = !values['no-endurance'] && !values.lesson;
  const enduranceCycles = Math.max(3 * ENDURANCE_LESSONS.length, Math.round(Number(values['endurance-cycles']) / ENDURANCE_LESSONS.length) * ENDURANCE_LESSONS.length || 20);
  let endurance: EnduranceResult | null = null;
  let ssimAeApp: SsimAeAppRun | null = null;
  if (!values['no-browser'] || !values['no-app'] || enduranceOn) {
    log('building the app and the bench page…');
    await buildForBench();
    const server = await serveBench();
    try {
      chromiumVersion = `Chromium ${(await launchBrowser()).version()}`;
      if (!values['no-browser']) ({ results: chromium, skipped } = await runBrowserBench(server.baseUrl, browserCases(lessons, epochs), log));
      if (convAeOn && !values['no-browser']) convAeChromium = await runConvAeChromium(server.baseUrl, [...new Set([1, Math.min(cpus().length, 4)])], convAeEpochs, log, values['conv-ae-default-only']);
      if (!values['no-app']) app = await runAppBench(server.baseUrl, Math.max(1, Number(values['app-epochs']) || 3), log);
      if (convAeOn && !values['no-app']) {
        log('SSIM AE: the lesson\'s default run in the app (wasm)…');
        ssimAeApp = await runSsimAeAppRun(server.baseUrl);
      }
      if (enduranceOn) endurance = await runEnduranceBench(server.baseUrl, enduranceCycles, log);
    } finally {
      await closeBrowser();
      await server.close();
    }
  }

  const report: BenchReport & { convAe: ConvAeBenchResult[]; ssimAeApp: SsimAeAppRun | null; endurance: EnduranceResult | null; metricLearning: MetricLearningBench | null; pcaFaces: PcaFacesBench | null } = {
    machine: { cpus: cpus().length, loadAverage: { start: startLoad, end: loadavg() }, node: process.version, chromium: chromiumVersion },
    node,
    chromium,
    skipped,
    app,
    inspection,
    targets: { ...checkTargets(chromium, app), ...(convAeOn ? convAeTargets(convAeNode, convAeChromium, ssimAeApp) : {}), ...enduranceTargets(endurance) },
    convAe: [...(convAeNode ? [convAeNode] : []), ...convAeChromium],
    ssimAeApp,
    endurance,
    metricLearning,
    pcaFaces,
  };
  process.stdout.write(`${formatTable(report)}${formatConvAe(report.convAe)}${formatSsimAeAppRun(ssimAeApp)}${endurance ? formatEndurance(endurance) : ''}${metricLearning ? formatMetricLearning(metricLearning) : ''}${pcaFaces ? formatPcaFaces(pcaFaces) : ''}\n${JSON.stringify(report)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
