/**
 * Finding English left in a Japanese page: the English phrases of the app's
 * text tables, and where they occur in rendered text. Used by the test that
 * renders every lesson in Japanese.
 */

/** Words that are the same in every language: proper names, acronyms, units and maths. */
export const LANGUAGE_NEUTRAL = new Set(
  [
    'AUC', 'ROC', 'PR', 'AP', 'MNIST', 'Fashion', 'F1', 'L1', 'L2', 'MSE', 'BCE', 'SSIM', 'LOF', 'kNN', 'lrd', 'SGD', 'ImageNet', 'MobileNetV2', 'PCA', 'VAE', 'KL', 'CSV', 'TP', 'FP', 'FN', 'TN',
    'TPR', 'TNR', 'FPR', 'WebGPU', 'WebGL', 'WebGL2', 'WebAssembly', 'JavaScript', 'OffscreenCanvas', 'GPU', 'CPU', 'cpu', 'wasm', 'webgl', 'webgpu',
    'PRO', 'AUROC', 'Keras', 'PyTorch', 'Adam', 'NaN', 'sin', 'cos', 'sigmoid', 'ReLU', 'relu', 'log', 'min', 'MB', 'px', 'ms',
  ].map((w) => w.toLowerCase()),
);

/** A phrase worth looking for: it holds a word of two or more Latin letters that is not language-neutral. */
export function isEnglishPhrase(phrase: string): boolean {
  return (phrase.match(/[A-Za-z]{2,}/g) ?? []).some((w) => !LANGUAGE_NEUTRAL.has(w.toLowerCase()));
}

/**
 * The pieces of a text between its numbers, trimmed: "Seed 002 as written: 100
 * epochs" → "Seed", "as written:", "epochs". Digits inside a word (F1, p99) stay.
 */
export function fragments(text: string): string[] {
  return text
    .split(/(?<![A-Za-z0-9])\d+(?:[.,]\d+)*(?![A-Za-z0-9])/)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

/** Values a table's functions are called with: numbers, and an object whose every field is a number. */
const SAMPLE_NUMBERS = [7, 0];
const SAMPLE_VALUES = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? () => 7 : 7) });

function outputs(f: (...args: unknown[]) => unknown): string[] {
  const calls = [...SAMPLE_NUMBERS.map((n) => () => f(...Array.from({ length: Math.max(1, f.length) }, () => n))), () => f(SAMPLE_VALUES, 'en')];
  const out: string[] = [];
  for (const call of calls) {
    try {
      const v = call();
      if (typeof v === 'string' && !/undefined|\[object/.test(v)) out.push(v);
    } catch {
      // This function wants other arguments; another call covers it.
    }
  }
  return out;
}

function add(en: string, into: Set<string>): void {
  for (const f of fragments(en)) if (isEnglishPhrase(f)) into.add(f);
}

/**
 * The English phrases of a text table: its strings, nested tables, arrays, and
 * the results of its functions (called with sample values), split at numbers.
 * Phrases made only of language-neutral words are left out; an English phrase
 * copied into a Japanese table is still one.
 */
export function tablePhrases(en: unknown, into = new Set<string>()): Set<string> {
  if (typeof en === 'string') add(en, into);
  else if (typeof en === 'function') for (const s of outputs(en as (...args: unknown[]) => unknown)) add(s, into);
  else if (en && typeof en === 'object') for (const v of Object.values(en)) tablePhrases(v, into);
  return into;
}

/** The English phrases of every `{ en, ja }` text found anywhere inside `value` (settings tables, presets, registry). */
export function localizedPhrases(value: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!value || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.en === 'string') add(o.en, into);
  for (const v of Object.values(o)) localizedPhrases(v, into, seen);
  return into;
}

/**
 * The phrases of `phrases` that occur in `text` as whole words (not inside a
 * longer word or identifier such as `z_mean`, nor part of a file path or name
 * such as `train/good/000.png` or `model.json`: those are the same in every language).
 */
export function englishIn(text: string, phrases: Iterable<string>): string[] {
  const found: string[] = [];
  for (const p of phrases) {
    let at = text.indexOf(p);
    while (at >= 0) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + p.length] ?? ' ';
      const startsWord = /\w/.test(p[0]) && /\w/.test(before);
      const endsWord = /\w/.test(p[p.length - 1]) && /\w/.test(after);
      const inPath = before === '/' || after === '/' || (after === '.' && /[A-Za-z]/.test(text[at + p.length + 1] ?? ''));
      if (!startsWord && !endsWord && !inPath) {
        found.push(p);
        break;
      }
      at = text.indexOf(p, at + 1);
    }
  }
  return found;
}

/** A half-width bracket pair around words only (no maths such as `(x − x̂)²`, `(0, 1]`, `(x, y)`), with what comes before it. */
const BRACKETED = /(\S?)\s?\(([\p{L}\p{N}\s・ー%.]+)\)/gu;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;

/**
 * The half-width brackets around words in a Japanese text that should be
 * full-width: after a Japanese character, or around Japanese words
 * ("しきい値 (SSIM)", "1 (正常)"); Japanese writes （SSIM）. Brackets of maths are left alone.
 */
export function halfWidthBrackets(text: string): string[] {
  return [...text.matchAll(BRACKETED)].filter(([, before, inside]) => JAPANESE.test(before) || JAPANESE.test(inside)).map(([m]) => m.trim());
}
