/**
 * Bad `npm run eval` flags: refused by the app's own settings tables and
 * messages before any data is read or any model trained (`validateFlags`
 * throws, so `scripts/eval.ts` stops there), and nothing else is refused.
 */
import { flagProblems, validateFlags } from '../../scripts/eval/validate-flags';
import { shown, type BadInputCase } from './catalogue';

function flag(lesson: string, name: string, value: string, en: string, ja: string): BadInputCase {
  return {
    area: 'flags',
    input: `npm run eval -- --lesson ${lesson} --${name} ${JSON.stringify(value)}`,
    en,
    ja,
    run: () => {
      const args = { lesson, epochs: '2', seed: '0', [name]: value };
      const found = flagProblems(lesson, args);
      let stopped = false;
      try {
        validateFlags(lesson, args);
      } catch {
        stopped = true;
      }
      const only = found.length === 1 && found[0].flag === name;
      return shown(only ? found[0].problem : null, () => (stopped ? null : 'the evaluation would have started'));
    },
  };
}

export const FLAG_CASES: BadInputCase[] = [
  flag('dense-ae', 'normal', '', '“” is not a list of classes 0–9.', '「」は 0–9 のクラスの並びではありません。'),
  flag('dense-ae', 'anomaly', '10', '“10” is not a list of classes 0–9.', '「10」は 0–9 のクラスの並びではありません。'),
  flag('dense-ae', 'seed', '1e20', 'Must be between 0–2,147,483,647.', '0–2,147,483,647 の範囲で入力してください。'),
  flag('dense-ae', 'hidden', '1e9', 'Must be between 1–2,048.', '1–2,048 の範囲で入力してください。'),
  flag('dense-ae', 'max-train', '-5', 'Must be between 0–60,000 (0 = all).', '0–60,000（0 = すべて） の範囲で入力してください。'),
  flag('dense-ae', 'lr', '0x1', '“0x1” is not a number (0.00001–1).', '「0x1」は数値ではありません（0.00001–1）。'),
  flag('dense-ae', 'loss', 'ssim', '“ssim” is not one of mse, bce, l1.', '「ssim」は mse, bce, l1 のいずれでもありません。'),
  flag('patch-vae', 'stride', '0', 'Must be between 1–24.', '1–24 の範囲で入力してください。'),
  flag('timeseries-ae', 'activation', 'relu', '“relu” is not one of sigmoid, linear.', '「relu」は sigmoid, linear のいずれでもありません。'),
  flag('ssim-ae', 'texture', 'marble', '“marble” is not one of carpet, leather, grass, gravel, brick.', '「marble」は carpet, leather, grass, gravel, brick のいずれでもありません。'),
];
