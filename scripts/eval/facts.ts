import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * `--facts FILE[#key]`: a lesson's facts file holds the figures its prose quotes
 * (`lessons/<lesson>/facts.json`). A run with this flag stores its settings and
 * result under `runs.<key>`, with the exact command that produced them; the
 * hand-written sections (`post`, `constants`) are kept as they are. Without
 * `#key`, the key is made from the run's other flags ("default" when there are none).
 */
export interface FactsTarget {
  file: string;
  key: string;
}

/** One measured run as stored in a facts file. */
export interface FactsRun {
  command: string;
  measuredAt: string;
  settings: Record<string, unknown>;
  result: Record<string, unknown>;
}

function withoutFacts(argv: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--facts') {
      i += 1;
      continue;
    }
    if (!argv[i].startsWith('--facts=')) kept.push(argv[i]);
  }
  return kept;
}

/** The command line without the `--facts` flag, as `npm run eval -- …` (figures do not depend on where they are written). */
export function evalCommand(argv: string[]): string {
  return ['npm run eval --', ...withoutFacts(argv)].join(' ');
}

/** A key from the flags: `--dataset fashion --seed 1` → "dataset=fashion,seed=1". */
export function keyFromArgv(argv: string[]): string {
  const parts: string[] = [];
  const words = withoutFacts(argv);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.startsWith('--')) continue;
    const [name, inline] = w.slice(2).split('=', 2);
    if (name === 'lesson' || name === 'backend') continue;
    const value = inline ?? (words[i + 1] && !words[i + 1].startsWith('--') ? words[i + 1] : 'true');
    parts.push(`${name}=${value}`);
  }
  return parts.length > 0 ? parts.join(',') : 'default';
}

/** Parses the flag's value; null when the flag is absent. */
export function factsTarget(value: string | undefined, argv: string[]): FactsTarget | null {
  if (value === undefined) return null;
  const hash = value.lastIndexOf('#');
  const file = hash >= 0 ? value.slice(0, hash) : value;
  const key = hash >= 0 ? value.slice(hash + 1) : keyFromArgv(argv);
  if (!file.endsWith('.json')) throw new Error(`--facts takes a .json file, optionally FILE#key (got ${value}).`);
  if (!/^[\w.,=-]+$/.test(key)) throw new Error(`--facts key may hold letters, digits and . , = - _ (got ${key}).`);
  return { file, key };
}

/** Merges one run into the facts file (created when missing), keeping every other section and run. */
export function writeFacts(target: FactsTarget, lesson: string, run: FactsRun): void {
  const facts = existsSync(target.file) ? (JSON.parse(readFileSync(target.file, 'utf8')) as Record<string, unknown>) : { lesson };
  if (facts.lesson !== lesson) throw new Error(`${target.file} holds the facts of ${String(facts.lesson)}, not ${lesson}.`);
  const runs = { ...((facts.runs as Record<string, FactsRun> | undefined) ?? {}), [target.key]: run };
  const sorted = Object.fromEntries(Object.keys(runs).sort().map((k) => [k, runs[k]]));
  writeFileSync(target.file, `${JSON.stringify({ ...facts, runs: sorted }, null, 2)}\n`);
}

/** Stores `result` under the `--facts` target, if any; logs where it went. */
export function recordFacts(
  value: string | undefined,
  lesson: string,
  settings: Record<string, unknown>,
  result: Record<string, unknown>,
  log: (line: string) => void,
  argv: string[] = process.argv.slice(2),
): void {
  const target = factsTarget(value, argv);
  if (!target) return;
  writeFacts(target, lesson, { command: evalCommand(argv), measuredAt: new Date().toISOString().slice(0, 10), settings, result });
  log(`facts: ${target.file} runs.${target.key}`);
}
