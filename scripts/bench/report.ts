/**
 * Formats the benchmark's results: a human table, and the summary object that
 * `npm run bench` prints as its last line.
 */
import type { AppMetrics } from './app-bench';
import type { Skipped } from './browser-bench';
import { formatInspection, type InspectionBench } from './inspection-workload';
import type { BackendResult } from './measure';

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  machine: { cpus: number; loadAverage: { start: number[]; end: number[] }; node: string; chromium: string | null };
  node: BackendResult[];
  chromium: BackendResult[];
  skipped: Skipped[];
  app: AppMetrics | null;
  /** Inspection metrics (pixel AUROC + PRO over 200 maps of 128×128) in Node; null with --no-node. */
  inspection: InspectionBench | null;
  /** The issue's targets and whether this run met them. */
  targets: Record<string, { value: number | null; target: string; met: boolean | null }>;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const num = (v: number | undefined | null, digits: number) => (v === undefined || v === null || !Number.isFinite(v) ? '—' : v.toFixed(digits));

/** The human-readable table (several lines, no trailing newline). */
export function formatTable(report: BenchReport): string {
  const lines: string[] = [];
  const la = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
  lines.push(`Machine: ${report.machine.cpus} CPUs, Node ${report.machine.node}, ${report.machine.chromium ?? 'no Chromium'}`);
  lines.push(`Load average (1/5/15 min): ${la(report.machine.loadAverage.start)} at start, ${la(report.machine.loadAverage.end)} at end`);
  lines.push('');
  const header = ['env', 'lesson', 'backend', 'rows', 'epochs', 's/epoch', '1st epoch', 'GFLOP/s', 'full s/epoch', 'scored/s', 'cpu s/epoch'];
  const widths = [9, 14, 16, 7, 7, 8, 10, 8, 13, 9, 11];
  lines.push(header.map((h, i) => pad(h, widths[i])).join(' '));
  for (const r of [...report.node, ...report.chromium]) {
    const backend = `${r.backend}${r.threads !== null ? ` ×${r.threads}` : ''}${r.auto ? ' (auto)' : ''}`;
    const row = [
      r.env,
      r.lesson,
      backend,
      `${r.nTrain}${r.reduced ? '*' : ''}`,
      String(r.epochs),
      num(r.secondsPerEpoch, 2),
      num(r.firstEpochSeconds, 2),
      num(r.gflops, 1),
      num(r.fullEpochSeconds, 2),
      num(r.scoringPerSecond, 0),
      num(r.cpuSecondsPerEpoch, 2),
    ];
    lines.push(row.map((c, i) => pad(c, widths[i])).join(' '));
  }
  lines.push('* reduced workload (fewer training rows) for slow backends; "full s/epoch" extrapolates from GFLOP/s.');
  lines.push('s/epoch: median of the epochs after the first, validation pass included. GFLOP/s: 3 × forward FLOPs per training row + 1 × per validation row.');
  for (const s of report.skipped) lines.push(`skipped: ${s.backend} ${s.lesson}: ${s.reason}`);
  for (const r of report.chromium.filter((x) => x.auto)) {
    const m = r.auto!.measured.map((x) => `${x.name} ${x.secondsPerEpoch.toFixed(2)} s/epoch`).join(', ') || 'nothing measured';
    lines.push(`auto picked ${r.backend} (${r.lesson}); measured: ${m}; calibration took ${r.auto!.calibrationSeconds.toFixed(1)} s`);
  }
  if (report.app) {
    const a = report.app;
    lines.push('');
    lines.push(`App: initial JavaScript ${(a.initialJsGzipBytes / 1024).toFixed(1)} KB gzip (${(a.initialJsBytes / 1024).toFixed(0)} KB raw, ${a.initialJsFiles.length} files)`);
    lines.push(`App: lesson 1 interactive ${a.lessonInteractiveMs.toFixed(0)} ms after navigation`);
    lines.push(`App: the ${a.reading.seconds} s after that, before "Run all" (Plotly loads when idle): longest task ${a.reading.longestTaskMs.toFixed(0)} ms, ${a.reading.tasksOver50ms} tasks > 50 ms`);
    const t = a.training;
    lines.push(
      `App: "Run all" (${t.epochs} epochs, ${t.backend}) took ${t.seconds.toFixed(1)} s; main thread during it: longest task ${t.longestTaskMs.toFixed(0)} ms, ${t.tasksOver50ms} tasks > 50 ms`,
    );
    lines.push(`App: in the 5 s after training (result charts): longest task ${t.after.longestTaskMs.toFixed(0)} ms, ${t.after.tasksOver50ms} tasks > 50 ms`);
  }
  if (report.inspection) lines.push('', formatInspection(report.inspection));
  lines.push('');
  for (const [name, t] of Object.entries(report.targets)) lines.push(`target ${name}: ${num(t.value, 2)} (target ${t.target}) ${t.met === null ? 'not measured' : t.met ? 'met' : 'NOT met'}`);
  return lines.join('\n');
}

/** The issue's targets, checked against a run. */
export function checkTargets(chromium: BackendResult[], app: AppMetrics | null): BenchReport['targets'] {
  const wasm = chromium.filter((r) => r.lesson === 'dense-ae' && r.backend === 'wasm' && !r.reduced && !r.auto);
  const best = wasm.length > 0 ? Math.min(...wasm.map((r) => r.secondsPerEpoch)) : null;
  return {
    chromiumWasmDenseAeSecondsPerEpoch: { value: best, target: '≤ 2.5 s (stretch: ≤ 0.8 s, 2× PyTorch)', met: best === null ? null : best <= 2.5 },
    longestMainThreadTaskWhileTrainingMs: {
      value: app ? app.training.longestTaskMs : null,
      target: '≤ 50 ms',
      met: app ? app.training.tasksOver50ms === 0 : null,
    },
    initialJsGzipKB: { value: app ? app.initialJsGzipBytes / 1024 : null, target: '≤ 300 KB', met: app ? app.initialJsGzipBytes <= 300 * 1024 : null },
  };
}
