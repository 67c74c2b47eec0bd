import type { ReactNode } from 'react';

/** Props of `RangeField`. */
export interface RangeFieldProps {
  label: ReactNode;
  /** The value as the learner reads it, beside the label. */
  shown: ReactNode;
  /** `data-testid` of the slider; the value beside the label is `${testId}-value`. */
  testId: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange(value: number): void;
}

/** A labelled slider of a view option, its current value shown after the label. */
export function RangeField({ label, shown, testId, min, max, step, value, onChange }: RangeFieldProps) {
  return (
    <label className="nb-field">
      <span>
        {label} <output data-testid={`${testId}-value`}>{shown}</output>
      </span>
      <input type="range" data-testid={testId} min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}
