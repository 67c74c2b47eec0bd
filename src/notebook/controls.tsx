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
