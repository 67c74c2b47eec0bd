import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SETTINGS as CONV_AE_PCA } from '../../src/lessons/conv-ae-pca/params';
import { SETTINGS as DENSE_AE } from '../../src/lessons/dense-ae/params';
import { SETTINGS as METRIC_LEARNING } from '../../src/lessons/metric-learning/params';
import { SETTINGS as PATCH_VAE } from '../../src/lessons/patch-vae/params';
import { SETTINGS as SSIM_AE } from '../../src/lessons/ssim-ae/params';
import { SETTINGS as TIMESERIES_AE } from '../../src/lessons/timeseries-ae/params';
import { parseNumberSetting, parseSetting, type NumberRule } from '../../src/notebook/settings/parse-setting';
import { problemText } from '../../src/notebook/settings/problem-text';
import type { Problem } from '../../src/notebook/settings/problem';
import type { SettingsTable } from '../../src/notebook/settings/settings-table';

/** Flags an evaluation takes beyond its lesson's settings table, with their ranges. */
const EVAL_ONLY: Record<string, NumberRule> = {
  patience: { kind: 'int', min: 0, max: 1000 },
  'max-train': { kind: 'int', min: 0, max: 60000 },
  'clip-norm': { kind: 'float', min: 0, max: 1e6 },
  'hold-out': { kind: 'float', min: 0, max: 0.9 },
  'score-floor': { kind: 'float', min: 0, max: 1 },
  'n-normal': { kind: 'int', min: 1, max: 200_000 },
};

/** Each lesson's settings table, by `--lesson` name. */
export const EVAL_TABLES: Record<string, SettingsTable> = { 'dense-ae': DENSE_AE, 'patch-vae': PATCH_VAE, 'timeseries-ae': TIMESERIES_AE, 'ssim-ae': SSIM_AE, 'conv-ae-pca': CONV_AE_PCA, 'metric-learning': METRIC_LEARNING };

/** `max-train` → `maxTrain`. */
function settingName(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function check(flag: string, raw: string, table: SettingsTable): Problem | null {
  const key = flag === 'activation' ? 'output' : settingName(flag);
  const setting = Object.hasOwn(table, key) ? table[key] : undefined;
  if (setting) {
    if (setting.kind === 'classes' && raw.trim() === 'rest') return null;
    // `--hidden 300-100` gives several layers: each must be a valid width.
    const parts = key === 'hidden' && setting.kind !== 'choice' ? raw.split('-') : [raw];
    for (const part of parts) {
      const parsed = parseSetting(part, setting);
      if (!parsed.ok) return parsed.problem;
    }
    return null;
  }
  const rule = EVAL_ONLY[flag];
  if (!rule) return null;
  const parsed = parseNumberSetting(raw, rule);
  return parsed.ok ? null : parsed.problem;
}

/** A flag the app's rules refuse, with its problem (code and values, worded by `problemText` in either language). */
export interface FlagProblem {
  flag: string;
  value: string;
  problem: Problem;
}

/** Every flag of `args` that `lesson`'s settings table (or `EVAL_ONLY`) refuses, in the order given. */
export function flagProblems(lesson: string, args: Record<string, string | boolean | undefined>): FlagProblem[] {
  const table = EVAL_TABLES[lesson];
  if (!table) return [];
  const out: FlagProblem[] = [];
  for (const [flag, value] of Object.entries(args)) {
    if (typeof value !== 'string' || flag === 'lesson') continue;
    const p = check(flag, value, table);
    if (p) out.push({ flag, value, problem: p });
  }
  return out;
}

/**
 * Checks every flag before any data is loaded or any training starts, with the
 * app's own rules and messages: a flag that names a setting of the lesson's
 * table is parsed by that row (range, whole number, choices, class lists), the
 * evaluation's own numbers by `EVAL_ONLY`, and `--dump`'s folder must exist.
 * Throws one Error naming every bad flag.
 */
export function validateFlags(lesson: string, args: Record<string, string | boolean | undefined>): void {
  const table = EVAL_TABLES[lesson];
  if (!table) throw new Error(`Unknown --lesson ${lesson}; known: ${Object.keys(EVAL_TABLES).join(', ')}.`);
  const bad = flagProblems(lesson, args).map(({ flag, value, problem }) => `--${flag} ${JSON.stringify(value)}: ${problemText(problem, 'en')}`);
  for (const flag of ['dump', 'facts']) {
    const path = args[flag];
    if (typeof path !== 'string') continue;
    const dir = dirname(resolve(path.split('#')[0]));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) bad.push(`--${flag} ${JSON.stringify(path)}: the folder ${dir} does not exist.`);
  }
  if (args.backend !== undefined && !['wasm', 'cpu'].includes(String(args.backend))) bad.push(`--backend ${JSON.stringify(args.backend)}: must be wasm or cpu.`);
  if (bad.length > 0) throw new Error(bad.join('\n'));
}
