import { describe, expect, it } from 'vitest';
import { allProseFiles, READY_LESSONS, readFacts } from './prose-files';
import { quotableNumbers, unbackedNumbers } from './prose-numbers';

/**
 * Every number a lesson's prose quotes must be in that lesson's facts file
 * (`lessons/<lesson>/facts.json`): copied from the post (`post`), measured by
 * `npm run eval -- … --facts` (`runs`), or a listed setting or piece of
 * arithmetic (`constants`). 0, 1 and 2 (½, squares, "two heads") need no entry.
 * Of each run's result, only the fields listed in QUOTABLE count (see
 * quotableNumbers). The glossaries may quote the facts of any lesson.
 */
const ALWAYS = [0, 1, 2];

/** The measured fields each lesson's prose quotes; add a field here when the prose starts quoting it. */
const QUOTABLE: Record<(typeof READY_LESSONS)[number], string[]> = {
  'dense-ae': ['normal', 'anomaly', 'auc', 'aucL2', 'bestF1', 'bestF1PostRule', 'nTestNormal', 'nTestAnomaly'],
  'timeseries-ae': ['aucHigh', 'aucLow', 'meanMse', 'finalValLoss'],
  'patch-vae': ['normal', 'anomaly', 'aucOld', 'aucNew', 'aucNewRaw', 'aucNewFloorOnly', 'aucOldPerPlace', 'minSigma2', 'finalLoss', 'scoringSeconds', 'windows'],
};

interface Run {
  command: string;
  measuredAt: string;
  settings: object;
  result: Record<string, unknown>;
}

function factsOf(lesson: string): Record<string, unknown> {
  const facts = readFacts(lesson);
  if (!facts) throw new Error(`lessons/${lesson}/facts.json is missing`);
  return facts;
}

const files = allProseFiles();
const allFacts = [...READY_LESSONS.flatMap((l) => quotableNumbers(factsOf(l), QUOTABLE[l])), ...ALWAYS];

describe('facts files', () => {
  it.each(READY_LESSONS)('%s: every run was written by npm run eval with its command', (lesson) => {
    const facts = factsOf(lesson);
    expect(facts.lesson).toBe(lesson);
    expect(facts.post).toBeTypeOf('object');
    const runs = Object.entries((facts.runs ?? {}) as Record<string, Run>);
    expect(runs.length).toBeGreaterThan(0);
    for (const [, run] of runs) {
      expect(run.command).toMatch(new RegExp(`^npm run eval -- --lesson ${lesson}( |$)`));
      expect(run.measuredAt).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(run.result.lesson).toBe(lesson);
      expect(run.result.backend).toBe('wasm');
    }
  });

  it("post 000's worked example follows from its counts", () => {
    const w = (factsOf('dense-ae').post as Record<string, Record<string, unknown>>).post000Worked as Record<string, number> & {
      normalPositive: Record<string, number>;
      anomalyPositive: Record<string, number>;
    };
    const post = (factsOf('dense-ae').post as Record<string, Record<string, number>>).post000;
    expect(w.normalsPassed + w.normalsFlagged).toBe(w.testNormals);
    expect(w.anomaliesPassed + w.anomaliesFlagged).toBe(w.testAnomalies);
    expect(w.calledNormal).toBe(w.normalsPassed + w.anomaliesPassed);
    expect(w.calledAnomaly).toBe(w.anomaliesFlagged + w.normalsFlagged);
    const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / (2 * tp + fp + fn);
    // normal = positive (the post): TP = normals passed, FP = anomalies passed, FN = normals flagged.
    expect(w.normalsPassed / (w.normalsPassed + w.anomaliesPassed)).toBeCloseTo(post.precision, 12);
    expect(w.normalsPassed / w.testNormals).toBeCloseTo(post.recall, 12);
    expect(f1(w.normalsPassed, w.anomaliesPassed, w.normalsFlagged)).toBeCloseTo(post.f1, 12);
    expect(w.normalPositive).toEqual({ precision: post.precision, recall: post.recall, f1: post.f1 });
    // anomaly = positive: TP = anomalies flagged, FP = normals flagged, FN = anomalies passed.
    expect(w.anomalyPositive.precision).toBeCloseTo(w.anomaliesFlagged / (w.anomaliesFlagged + w.normalsFlagged), 12);
    expect(w.anomalyPositive.recall).toBeCloseTo(w.anomaliesFlagged / w.testAnomalies, 12);
    expect(w.anomalyPositive.f1).toBeCloseTo(f1(w.anomaliesFlagged, w.normalsFlagged, w.anomaliesPassed), 12);
    expect(w.tpr).toBeCloseTo(w.anomaliesFlagged / w.testAnomalies, 12);
    expect(w.fpr).toBeCloseTo(w.normalsFlagged / w.testNormals, 12);
    expect(w.tnr).toBeCloseTo(w.normalsPassed / w.testNormals, 12);
  });
});

describe('numbers in the prose', () => {
  for (const lesson of READY_LESSONS) {
    const own = [...quotableNumbers(factsOf(lesson), QUOTABLE[lesson]), ...ALWAYS];
    const prose = files.filter((f) => f.path.startsWith(`${lesson}/`));
    it(`${lesson} has prose in both languages`, () => {
      expect(prose.filter((f) => f.path.endsWith('.en.md')).length).toBeGreaterThan(5);
      expect(prose.filter((f) => f.path.endsWith('.ja.md')).length).toBe(prose.filter((f) => f.path.endsWith('.en.md')).length);
    });
    it.each(prose.map((f) => [f.path, f.markdown]))('%s quotes only numbers from its facts file', (_path, markdown) => {
      const unbacked = unbackedNumbers(markdown, own).map((q) => `line ${q.line}: ${q.text}`);
      expect(unbacked).toEqual([]);
    });
  }

  const shared = files.filter((f) => !f.path.includes('/'));
  it.each(shared.map((f) => [f.path, f.markdown]))('%s (glossary) quotes only numbers from the facts files', (_path, markdown) => {
    expect(unbackedNumbers(markdown, allFacts).map((q) => `line ${q.line}: ${q.text}`)).toEqual([]);
  });

  // A lesson whose prose is still being written: its numbers are checked once it has a facts file.
  const others = [...new Set(files.filter((f) => f.path.includes('/')).map((f) => f.path.split('/')[0]))].filter(
    (l) => !(READY_LESSONS as readonly string[]).includes(l),
  );
  for (const lesson of others) {
    const facts = readFacts(lesson);
    if (!facts) {
      it.todo(`${lesson}: add lessons/${lesson}/facts.json (npm run eval -- … --facts) so its numbers are checked`);
      continue;
    }
    const own = [...quotableNumbers(facts, Object.keys(Object.values((facts.runs ?? {}) as Record<string, { result: object }>)[0]?.result ?? {})), ...ALWAYS];
    it.each(files.filter((f) => f.path.startsWith(`${lesson}/`)).map((f) => [f.path, f.markdown]))('%s quotes only numbers from its facts file', (_path, markdown) => {
      expect(unbackedNumbers(markdown, own).map((q) => `line ${q.line}: ${q.text}`)).toEqual([]);
    });
  }
});
