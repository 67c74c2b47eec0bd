/**
 * The inspection metrics as a benchmark workload (Node, plain TypeScript, no
 * backend): exact pixel AUROC + PRO over 200 anomaly maps of 128×128
 * (3,276,800 pixels), as the SSIM-AE lesson scores a test set, and for
 * comparison the general-purpose `rocAuc` of `metrics/roc.ts` on the same
 * pixels.
 */
import { rocAuc } from '../../src/core/metrics/roc';
import { kindTable } from '../../src/core/inspection/kind-table';
import { pixelMetrics } from '../../src/core/inspection/pixel-metrics';
import { collectPixels } from '../../src/core/inspection/pixel-sample';
import { syntheticMaps } from '../../src/core/inspection/synthetic-maps';
import { timeCalls } from './measure';

/** What one run measured (seconds are medians over `repeats` runs after one warm-up). */
export interface InspectionBench {
  images: number;
  side: number;
  pixels: number;
  /** Ground-truth regions and defect pixels in the synthetic set. */
  regions: number;
  defectPixels: number;
  /** Labelling the masks, splitting and radix-sorting the pixels. */
  collectSeconds: number;
  /** The sweep: exact AUROC, PRO up to FPR 0.3, thinned curves. */
  sweepSeconds: number;
  /** Pixel AUROC + PRO from the maps: collect + sweep. */
  pixelAurocProSeconds: number;
  /** The same in CPU seconds (user + system), less sensitive to other load. */
  pixelAurocProCpuSeconds: number;
  /** Bytes held by the sorted pixels (4 per normal pixel, 8 per defect pixel). */
  sampleBytes: number;
  /** `rocAuc` (metrics/roc.ts, Float64 comparison sort) on the same pixels, AUROC only. */
  rocTsAurocSeconds: number;
  /** The per-kind table for two methods (3 kinds, Gaussian σ 4 image score, min-area 20 protocol on 20 validation maps). */
  kindTableSeconds: number;
  kindTableCpuSeconds: number;
  auroc: number;
  pro: number;
  repeats: number;
}

/** Median wall-clock and CPU seconds of `repeats` runs after a warm-up. */
const measure = (fn: () => void, repeats: number) => timeCalls(fn, repeats, 1);

const time = (fn: () => void, repeats: number) => measure(fn, repeats).wall;

/** Runs the workload; `log` gets one progress line. */
export function runInspectionBench(log: (line: string) => void, images = 200, side = 128, repeats = 3): InspectionBench {
  const { maps, masks, kinds } = syntheticMaps(0, images, side, side);
  const sample = collectPixels(maps, masks, side, side);
  const metrics = pixelMetrics(sample);
  const collectSeconds = time(() => collectPixels(maps, masks, side, side), repeats);
  const sweepSeconds = time(() => pixelMetrics(sample), repeats);
  const both = measure(() => pixelMetrics(collectPixels(maps, masks, side, side)), repeats);
  const scores = new Float32Array(images * side * side);
  const labels = new Uint8Array(scores.length);
  maps.forEach((m, k) => scores.set(m, k * m.length));
  masks.forEach((m, k) => labels.set(m, k * m.length));
  const rocTsAurocSeconds = time(() => rocAuc(scores, labels), 1);
  const validation = syntheticMaps(1, 20, side, side, { defectFraction: 0 }).maps;
  const other = maps.map((m) => m.map((v) => Math.sqrt(v)));
  const table = measure(
    () =>
      kindTable({
        width: side,
        height: side,
        kinds,
        masks,
        methods: { a: { validation, test: maps }, b: { validation, test: other } },
        smoothing: { kind: 'gaussian', sigma: 4 },
        rule: { kind: 'min-area', minArea: 20 },
      }),
    1,
  );
  const result: InspectionBench = {
    images,
    side,
    pixels: scores.length,
    regions: metrics.regions,
    defectPixels: metrics.defectPixels,
    collectSeconds,
    sweepSeconds,
    pixelAurocProSeconds: both.wall,
    pixelAurocProCpuSeconds: both.cpu,
    sampleBytes: sample.normalKeys.byteLength + sample.defectKeys.byteLength + sample.defectRegions.byteLength,
    rocTsAurocSeconds,
    kindTableSeconds: table.wall,
    kindTableCpuSeconds: table.cpu,
    auroc: metrics.auroc,
    pro: metrics.pro,
    repeats,
  };
  log(`node inspection: pixel AUROC + PRO on ${images} maps of ${side}×${side}: ${both.wall.toFixed(3)} s (roc.ts AUROC alone ${rocTsAurocSeconds.toFixed(2)} s)`);
  return result;
}

/** One line for the bench table. */
export function formatInspection(b: InspectionBench): string {
  return (
    `Inspection metrics (Node): pixel AUROC + PRO on ${b.images} maps of ${b.side}×${b.side} (${(b.pixels / 1e6).toFixed(2)} M pixels, ${b.regions} regions): ` +
    `${b.pixelAurocProSeconds.toFixed(3)} s, ${b.pixelAurocProCpuSeconds.toFixed(3)} CPU s (collect ${b.collectSeconds.toFixed(3)} s + sweep ${b.sweepSeconds.toFixed(3)} s, ${(b.sampleBytes / 2 ** 20).toFixed(1)} MiB); ` +
    `roc.ts AUROC alone ${b.rocTsAurocSeconds.toFixed(2)} s; per-kind table, 2 methods: ${b.kindTableSeconds.toFixed(2)} s, ${b.kindTableCpuSeconds.toFixed(2)} CPU s`
  );
}
