import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evalCommand, factsTarget, keyFromArgv, recordFacts } from './facts';

const argv = ['--lesson', 'patch-vae', '--dataset', 'fashion', '--facts', 'lessons/patch-vae/facts.json#fashion-seed1', '--seed', '1'];

describe('facts flag', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('records the command without the --facts flag', () => {
    expect(evalCommand(argv)).toBe('npm run eval -- --lesson patch-vae --dataset fashion --seed 1');
    expect(evalCommand(['--lesson', 'dense-ae', '--facts=x.json'])).toBe('npm run eval -- --lesson dense-ae');
  });

  it('takes the key after #, or makes one from the other flags', () => {
    expect(factsTarget('lessons/patch-vae/facts.json#fashion-seed1', argv)).toEqual({ file: 'lessons/patch-vae/facts.json', key: 'fashion-seed1' });
    expect(keyFromArgv(argv)).toBe('dataset=fashion,seed=1');
    expect(factsTarget('f.json', ['--lesson', 'dense-ae', '--facts', 'f.json'])).toEqual({ file: 'f.json', key: 'default' });
    expect(factsTarget(undefined, argv)).toBeNull();
    expect(() => factsTarget('facts.txt', argv)).toThrow(/\.json/);
    expect(() => factsTarget('f.json#a b', argv)).toThrow(/key/);
  });

  it('merges a run under its key and keeps the hand-written sections and other runs', () => {
    dir = mkdtempSync(join(tmpdir(), 'facts-'));
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify({ lesson: 'patch-vae', post: { epochs: 10 }, runs: { zeta: { command: 'old' } } }));
    const lines: string[] = [];
    recordFacts(`${file}#alpha`, 'patch-vae', { batch: 128 }, { lesson: 'patch-vae', aucOld: 0.9931 }, (l) => lines.push(l), argv);
    const facts = JSON.parse(readFileSync(file, 'utf8'));
    expect(facts.post).toEqual({ epochs: 10 });
    expect(Object.keys(facts.runs)).toEqual(['alpha', 'zeta']);
    expect(facts.runs.alpha.command).toBe('npm run eval -- --lesson patch-vae --dataset fashion --seed 1');
    expect(facts.runs.alpha.measuredAt).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(facts.runs.alpha.settings).toEqual({ batch: 128 });
    expect(facts.runs.alpha.result.aucOld).toBe(0.9931);
    expect(lines).toEqual([`facts: ${file} runs.alpha`]);
  });

  it("refuses to write into another lesson's facts", () => {
    dir = mkdtempSync(join(tmpdir(), 'facts-'));
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify({ lesson: 'dense-ae' }));
    expect(() => recordFacts(file, 'patch-vae', {}, {}, () => {}, argv)).toThrow(/dense-ae/);
  });
});
