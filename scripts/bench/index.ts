/**
 * `npm run bench` — training speed of each lesson's default model on every
 * backend, in Node and in headless Chromium, plus the app's main-thread and
 * loading figures. Progress goes to stderr; stdout gets a table and, as its
 * last line, one JSON object (see `report.ts`). A benchmark, not a test: it
 * asserts nothing, and its numbers depend on the machine and its load.
 *
 * Flags: --no-node, --no-browser, --no-app, --epochs N (default 3, full-size
 * workloads; slow backends always run a reduced workload), --app-epochs N.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { closeBrowser, launchBrowser } from '../../e2e/browser';
import { runAppBench, type AppMetrics } from './app-bench';
import type { BrowserCase } from './browser/bench-page';
import { runBrowserBench, type Skipped } from './browser-bench';
import type { BackendResult } from './measure';
import { runNodeBench, type NodeCase } from './node-bench';
import { checkTargets, formatTable, type BenchReport } from './report';
import { buildForBench, serveBench } from './serve-build';

/** Rows for backends too slow for the full workload (SwiftShader GPUs, plain-JS cpu). */
const REDUCED = { 'dense-ae': { gpu: 1024, cpu: 512 }, 'timeseries-ae': { gpu: 1024, cpu: 2048 } } as const;

function nodeCases(epochs: number): NodeCase[] {
  return [
    { backend: 'wasm', spec: { lesson: 'dense-ae', epochs } },
    { backend: 'wasm', spec: { lesson: 'timeseries-ae', epochs } },
    { backend: 'cpu', spec: { lesson: 'dense-ae', epochs: 2, maxTrain: REDUCED['dense-ae'].cpu } },
    { backend: 'cpu', spec: { lesson: 'timeseries-ae', epochs: 2, maxTrain: REDUCED['timeseries-ae'].cpu } },
  ];
}

/** wasm on 1 thread and on every core (the choice the app makes per model size is the 'auto' row). */
function browserCases(epochs: number): BrowserCase[] {
  const cases: BrowserCase[] = [];
  const cores = Math.min(cpus().length, 4);
  for (const lesson of ['dense-ae', 'timeseries-ae'] as const) {
    cases.push({ backend: 'wasm', threads: 1, spec: { lesson, epochs } });
    if (cores > 1) cases.push({ backend: 'wasm', threads: cores, spec: { lesson, epochs } });
    cases.push({ backend: 'webgl', threads: null, spec: { lesson, epochs: 2, maxTrain: REDUCED[lesson].gpu } });
    cases.push({ backend: 'webgpu', threads: null, spec: { lesson, epochs: 2, maxTrain: REDUCED[lesson].gpu } });
    cases.push({ backend: 'cpu', threads: null, spec: { lesson, epochs: 2, maxTrain: REDUCED[lesson].cpu } });
    cases.push({ backend: 'auto', threads: null, spec: { lesson, epochs } });
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
    },
    strict: true,
  });
  const epochs = Math.max(2, Number(values.epochs) || 3);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const startLoad = loadavg();
  let node: BackendResult[] = [];
  let chromium: BackendResult[] = [];
  let skipped: Skipped[] = [];
  let app: AppMetrics | null = null;
  let chromiumVersion: string | null = null;

  if (!values['no-node']) node = await runNodeBench(nodeCases(epochs), log);
  if (!values['no-browser'] || !values['no-app']) {
    log('building the app and the bench page…');
    await buildForBench();
    const server = await serveBench();
    try {
      chromiumVersion = `Chromium ${(await launchBrowser()).version()}`;
      if (!values['no-browser']) ({ results: chromium, skipped } = await runBrowserBench(server.baseUrl, browserCases(epochs), log));
      if (!values['no-app']) app = await runAppBench(server.baseUrl, Math.max(1, Number(values['app-epochs']) || 3), log);
    } finally {
      await closeBrowser();
      await server.close();
    }
  }

  const report: BenchReport = {
    machine: { cpus: cpus().length, loadAverage: { start: startLoad, end: loadavg() }, node: process.version, chromium: chromiumVersion },
    node,
    chromium,
    skipped,
    app,
    targets: checkTargets(chromium, app),
  };
  process.stdout.write(`${formatTable(report)}\n${JSON.stringify(report)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
