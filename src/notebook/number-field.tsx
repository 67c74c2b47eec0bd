import './notebook.css';
import { useId, useRef } from 'react';

/** Props of a numeric setting's input. */
export interface NumberFieldProps {
  /** Used for `data-testid="param-<name>"` and `param-error-<name>`. */
  name: string;
  label: string;
  value: number;
  /** Invalid text the learner typed, shown instead of the value. */
  draft?: string;
  /** What is wrong with the draft or the value, already worded. */
  error?: string;
  hint?: string;
  step?: number | 'any';
  disabled?: boolean;
  /** Typed text, and the value the field had when it took the focus (the value to keep if the text ends up invalid). */
  onChange(raw: string, atFocus?: number): void;
}

/**
 * A labelled number input that never loses the last valid value: text that is
 * out of range stays visible with a message, and the setting keeps the value it
 * had when the field took the focus until the text is valid (valid values typed
 * on the way apply as they come).
 */
export function NumberField({ name, label, value, draft, error, hint, step = 'any', disabled, onChange }: NumberFieldProps) {
  const id = useId();
  const atFocus = useRef<number | undefined>(undefined);
  return (
    <div className={`nb-field${error ? ' nb-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        data-testid={`param-${name}`}
        value={draft ?? String(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : hint ? `${id}-hint` : undefined}
        disabled={disabled}
        onFocus={() => {
          atFocus.current = value;
        }}
        onBlur={() => {
          atFocus.current = undefined;
        }}
        onChange={(e) => onChange(e.target.value, atFocus.current)}
      />
      {error ? (
        <span className="nb-field__error" id={`${id}-err`} role="alert" data-testid={`param-error-${name}`}>
          {error}
        </span>
      ) : hint ? (
        <span className="nb-field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
