import type { ReactNode } from 'react';

/** Props of `OptionList`. */
export interface OptionListProps<V extends string | number> {
  /** The options' values, in order. */
  values: readonly V[];
  /** What the option of `value` shows. */
  label(value: V): ReactNode;
}

/** The `<option>`s of a `<select>`: one per value, keyed and valued by it. */
export function OptionList<V extends string | number>({ values, label }: OptionListProps<V>) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </>
  );
}
