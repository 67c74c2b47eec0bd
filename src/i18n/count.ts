/**
 * "1 epoch", "20 epochs", "29,189 parameters": an English count with its noun,
 * plural unless the count is exactly 1, the number grouped by thousands.
 * `word` is the singular; `plural` defaults to `word + 's'`.
 */
export function countEn(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}
