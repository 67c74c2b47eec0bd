import type { ReactNode } from 'react';

/** Props of `Check`. */
export interface CheckProps {
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  testId?: string;
  /** A radio button of group `radio` instead of a checkbox. */
  radio?: string;
}

/** A labelled checkbox (or radio button), as the notebook's view options show them. */
export function Check({ label, checked, onChange, testId, radio }: CheckProps) {
  return (
    <label className="nb-check">
      <input type={radio ? 'radio' : 'checkbox'} name={radio} data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** Props of `Select`. */
export interface SelectProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  testId?: string;
}

/** A labelled drop-down of view options (settings use their table's fields instead). */
export function Select<V extends string>({ id, label, value, options, onChange, testId }: SelectProps<V>) {
  return (
    <div className="nb-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One chip of `Chips`. */
export interface Chip<V> {
  value: V;
  label: ReactNode;
  testId: string;
}

/** Props of `Chips`. */
export interface ChipsProps<V> {
  chips: readonly Chip<V>[];
  /** The pressed chip's value (compared with `===`). */
  value: V;
  onPick(value: V): void;
  /** The group's accessible name; with `legend`, a fieldset with that visible legend instead. */
  label?: string;
  legend?: string;
  testId?: string;
}

/** A row of toggle chips, one pressed: the notebook's segmented choices of a view. */
export function Chips<V>({ chips, value, onPick, label, legend, testId }: ChipsProps<V>) {
  const buttons = chips.map((c) => (
    <button key={c.testId} type="button" className="nb-chip" data-testid={c.testId} aria-pressed={c.value === value} onClick={() => onPick(c.value)}>
      {c.label}
    </button>
  ));
  if (legend === undefined) {
    return (
      <div className="nb-segmented" role="group" aria-label={label} data-testid={testId}>
        {buttons}
      </div>
    );
  }
  return (
    <fieldset className="nb-digit-picker" data-testid={testId}>
      <legend>{legend}</legend>
      {buttons}
    </fieldset>
  );
}
