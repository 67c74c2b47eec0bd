import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's `lessons/` folder. */
export const LESSONS_DIR = join(import.meta.dirname, '..', '..', 'lessons');

/** Lessons whose prose is written and whose figures come from a facts file. */
export const READY_LESSONS = ['dense-ae', 'timeseries-ae', 'patch-vae'] as const;

/** One prose file: its path under lessons/ and its Markdown. */
export interface ProseFile {
  path: string;
  markdown: string;
}

/** Every `.md` under lessons/ (prose of every lesson, glossaries), sorted by path. */
export function allProseFiles(): ProseFile[] {
  const out: ProseFile[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (entry.name.endsWith('.md')) out.push({ path, markdown: readFileSync(join(dir, entry.name), 'utf8') });
    }
  };
  walk(LESSONS_DIR, '');
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** A lesson's facts file, parsed; null when it has none. */
export function readFacts(lesson: string): Record<string, unknown> | null {
  const file = join(LESSONS_DIR, lesson, 'facts.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
}
