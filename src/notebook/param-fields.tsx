import type { ReactElement } from 'react';
import { NumberField } from './number-field';
import type { Draft } from './param-slice';

/** What a cell's numeric settings read and write: the lesson's values, drafts, problems and `setNumber` action. */
export interface ParamFieldSource<N extends string> {
  params: NoInfer<Record<N, number>>;
  drafts: NoInfer<Partial<Record<N, Draft>>>;
  /** Problems keyed by control; a setting's entry shows under its field. */
  problems: Record<string, string>;
  setNumber(name: N, raw: string): void;
}

/**
 * A renderer of `NumberField`s wired to a lesson store: `field('latent', t.latent)`
 * shows the value or its draft, the setting's problem, and sets it on input.
 * Whole numbers step by 1 unless told otherwise.
 */
export function paramFieldRenderer<N extends string>(source: ParamFieldSource<N>): (name: N, label: string, step?: number | 'any') => ReactElement {
  const { params, drafts, problems, setNumber } = source;
  return (name, label, step = 1) => (
    <NumberField name={name} label={label} value={params[name]} draft={drafts[name]} crossError={problems[name]} step={step} onChange={(v) => setNumber(name, v)} />
  );
}
