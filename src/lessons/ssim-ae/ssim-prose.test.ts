import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const prose = (lang: 'en' | 'ja') => readFileSync(resolve(`lessons/ssim-ae/ssim.${lang}.md`), 'utf8');
/** The sentence of cell 01 that says what the maps show: the one naming $1 - l$. */
const mapsSentence = (text: string) => text.split(/(?<=[.。])\s*/).find((s) => s.includes('$1 - l') || s.includes('1 - l,'))!;

describe('the SSIM cell’s prose: the maps sentence', () => {
  it('keeps its punctuation inside the formula, so no line can start with the comma after it, in both languages', () => {
    const en = mapsSentence(prose('en'));
    const ja = mapsSentence(prose('ja'));
    expect(en).toBe('Bright means different in the maps, whose rows show $1 - \\text{SSIM},\\ 1 - l,\\ 1 - c$ and $1 - s$ at each pixel.');
    expect(ja).toBe('マップの行は各画素での $1 - \\text{SSIM},\\ 1 - l,\\ 1 - c,\\ 1 - s$ を示しているので、明るいほど違いが大きいことを表します。');
    for (const s of [en, ja]) expect(s.match(/\$[,.;:、。）)]/g)).toBeNull();
  });
});
