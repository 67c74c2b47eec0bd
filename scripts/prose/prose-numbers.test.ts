import { describe, expect, it } from 'vitest';
import { factNumbers, isBacked, quotedNumbers, unbackedNumbers } from './prose-numbers';

describe('quotedNumbers', () => {
  it('finds numbers in text and math, with thousands separators, decimals and lines', () => {
    const q = quotedNumbers('AUC 0.942 on 2,144 images.\nThe loss is $\\approx -88.6$ and $11 \\times 11 = 121$, $259{,}424$.');
    expect(q.map((n) => [n.text, n.value, n.decimals, n.line])).toEqual([
      ['0.942', 0.942, 3, 1],
      ['2,144', 2144, 0, 1],
      ['88.6', 88.6, 1, 2],
      ['11', 11, 0, 2],
      ['11', 11, 0, 2],
      ['121', 121, 0, 2],
      ['259,424', 259424, 0, 2],
    ]);
  });

  it('skips names that hold digits: F1, L2, p99, x_1, post 000, 記事 004, seed 002', () => {
    const q = quotedNumbers('F1 and L2, the p99, $x_1$, post 000, Post 002, 記事 004, 記事000 and seed 002 and posts 000 and 002');
    expect(q).toEqual([]);
  });

  it('reads powers of ten and a·10^k, and marks percentages', () => {
    const [pow, sci] = quotedNumbers('$10^{-10}$ and $3 \\cdot 10^{-4}$');
    expect(pow).toMatchObject({ powerOfTen: true, value: 1e-10 });
    expect(sci).toMatchObject({ powerOfTen: false, decimals: 4 });
    expect(sci.value).toBeCloseTo(3e-4, 12);
    expect(quotedNumbers('about 1 % of normals')[0]).toMatchObject({ value: 1, percent: true });
  });
});

describe('isBacked', () => {
  const facts = factNumbers({ runs: { a: { command: 'npm run eval -- --epochs 77', result: { auc: 0.94213, minSigma2: 1.4e-10, meanMse: 13.38, holdOut: 0.1 } } }, post: { f1: -0.9889 } });

  it('reads every number of a facts file, without sign, but not the command string', () => {
    expect(facts.sort()).toEqual([0.1, 0.94213, 0.9889, 1.4e-10, 13.38].sort());
  });

  const backed = (s: string) => isBacked(quotedNumbers(s)[0], facts);

  it.each(['0.942', '0.94', '0.989', 'about 13', '$10^{-10}$', '10 % held out'])('matches a fact rounded as the prose rounds it: %s', (s) => {
    expect(backed(s)).toBe(true);
  });

  it.each(['0.952', '0.943', '0.98', '77', '$10^{-9}$', '10 epochs'])('rejects a number changed by hand, a wrong rounding or a wrong order of magnitude: %s', (s) => {
    expect(backed(s)).toBe(false);
  });

  it('lists the unbacked numbers of a text', () => {
    expect(unbackedNumbers('new 0.942, old 0.968', facts).map((q) => q.text)).toEqual(['0.968']);
  });
});
