import { Fragment } from 'react';
import './components.css';

/** Characters that mark math: combining accents (x̂), Greek, ², ³, ¹, ½, super/subscripts, math operators (−, ≥, …). */
const MATH_CHAR = '[\\u0300-\\u036f\\u0370-\\u03ff\\u00b2\\u00b3\\u00b9\\u00bd\\u2070-\\u209f\\u2200-\\u22ff]';
/** A run of words that each hold a math character, with the spaces between them: "Σ(x − μ)²". */
const MATH_RUN = new RegExp(`\\S*${MATH_CHAR}\\S*(?:\\s+\\S*${MATH_CHAR}\\S*)*`, 'gu');

/** `text` split into plain parts and math runs, in order. */
export function mathRuns(text: string): { text: string; math: boolean }[] {
  const out: { text: string; math: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(MATH_RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), math: false });
    out.push({ text: m[0], math: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), math: false });
  return out;
}

/**
 * A label whose math keeps its case: math runs are wrapped in
 * `<span class="al-math-text">` (`text-transform: none`), so a label styled in
 * capitals shows "AUC OLD: Σ(x − μ)²", not "Σ(X − M)²".
 */
export function CaseSafe({ text }: { text: string }) {
  return (
    <>
      {mathRuns(text).map((part, i) =>
        part.math ? (
          <span key={i} className="al-math-text">
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
