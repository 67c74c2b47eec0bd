import { describe, expect, it } from 'vitest';
import { scoresCsv } from './scores-csv';

describe('scoresCsv', () => {
  it('writes a header and one line per sample, quoting ids that need it', () => {
    const csv = scoresCsv([
      { id: 0, label: 0, score: 12.5, prediction: 0 },
      { id: 'a,"b"', label: 1, score: Math.fround(0.1), prediction: 1 },
      { id: 2, label: 1, score: NaN, prediction: 0 },
    ]);
    expect(csv).toBe(`id,label,score,prediction\n0,0,12.5,0\n"a,""b""",1,${Math.fround(0.1)},1\n2,1,,0\n`);
  });
});
