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

describe('scoresCsv with extra columns', () => {
  it('adds the first row’s extra keys to the header and quotes their values', () => {
    const csv = scoresCsv([
      { id: 0, label: 1, score: 0.5, prediction: 1, extra: { kind: 'scratch-dark', model: 'ssim' } },
      { id: 1, label: 0, score: 0.25, prediction: 0, extra: { kind: 'good, "clean"' } },
    ]);
    expect(csv).toBe('id,label,score,prediction,kind,model\n0,1,0.5,1,scratch-dark,ssim\n1,0,0.25,0,"good, ""clean""",\n');
  });
});
