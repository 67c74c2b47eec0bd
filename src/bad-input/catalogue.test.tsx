/**
 * Runs the bad-input catalogue (`catalogue.ts`): every case's exact message in
 * English and Japanese, and its results left as they were.
 */
import { describe, expect, it } from 'vitest';
import type { Area, BadInputCase } from './catalogue';
import { CSV_CASES, CSV_NOTE_CASE } from './cases-csv';
import { FIELD_CASES } from './cases-fields';
import { FLAG_CASES } from './cases-flags';
import { ROUTE_CASES } from './cases-routes';
import { STORAGE_CASES } from './cases-storage';
import { TRAINING_CASES } from './cases-training';

const CASES: BadInputCase[] = [...FIELD_CASES, ...CSV_CASES, CSV_NOTE_CASE, ...ROUTE_CASES, ...STORAGE_CASES, ...FLAG_CASES, ...TRAINING_CASES];

describe('bad-input catalogue', () => {
  it.each(CASES.map((c) => [c.area, c.input, c] as const))('%s: %s', async (_area, _input, c) => {
    const said = await c.run();
    expect(said).toEqual({ en: c.en, ja: c.ja, changed: null });
  });

  it('covers fields, CSV, routes, storage and CLI flags with at least 40 cases', () => {
    const count = (area: Area) => CASES.filter((c) => c.area === area).length;
    const areas: Area[] = ['fields', 'csv', 'routes', 'storage', 'flags', 'training'];
    console.log(`bad-input catalogue: ${CASES.length} cases (${areas.map((a) => `${a} ${count(a)}`).join(', ')})`);
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const a of areas.slice(0, 5)) expect(count(a)).toBeGreaterThanOrEqual(5);
  });
});
