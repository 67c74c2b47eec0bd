/**
 * Speed of the texture lesson's data layer in Node (`src/core/textures/`):
 * generating carpet and leather, building 10,000 training crops of 32², 64²
 * and 128² (the protocol's default count), and building 400 test crops (half
 * with a defect). Each figure is the median of 5 runs, as wall time and as
 * the process's CPU time (which a loaded machine inflates far less). A
 * benchmark, not a test: it asserts nothing. Run it with
 * `npx tsx scripts/bench/texture-data-bench.ts`; the last line of output is
 * one JSON object with every figure in milliseconds.
 */
import { generateCarpet } from '../../src/core/textures/carpet';
import { generateLeather } from '../../src/core/textures/leather';
import { buildTextureDataset } from '../../src/core/textures/texture-protocol';
import { timeCalls } from './measure';

const RUNS = 5;

/** Median wall and CPU time of `RUNS` calls of `work`, in milliseconds. */
function median(work: () => void): { wallMs: number; cpuMs: number } {
  const { wall, cpu } = timeCalls(work, RUNS);
  return { wallMs: wall * 1000, cpuMs: cpu * 1000 };
}

/** Every figure of the texture data bench. */
export function runTextureDataBench(): Record<string, { wallMs: number; cpuMs: number }> {
  const carpet = generateCarpet(0);
  const result: Record<string, { wallMs: number; cpuMs: number }> = {
    generateCarpet512: median(() => generateCarpet(1)),
    generateLeather512: median(() => generateLeather(1)),
  };
  for (const size of [32, 64, 128]) {
    result[`train10000x${size}`] = median(() =>
      buildTextureDataset(carpet, { cropSize: size, trainCount: 10_000, validationCount: 0, testCount: 0, seed: 1 }),
    );
    result[`test400x${size}`] = median(() => buildTextureDataset(carpet, { cropSize: size, trainCount: 1, validationCount: 0, testCount: 400, seed: 1 }));
  }
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const result = runTextureDataBench();
  for (const [name, t] of Object.entries(result)) {
    console.log(`${name.padEnd(20)} wall ${t.wallMs.toFixed(1).padStart(8)} ms   cpu ${t.cpuMs.toFixed(1).padStart(8)} ms`);
  }
  console.log(JSON.stringify(result));
}
