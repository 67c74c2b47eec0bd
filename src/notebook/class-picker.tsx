import './notebook.css';
import type { ReactNode } from 'react';
import type { ClassSelection } from '../core/data/class-split';
import type { DatasetName } from '../core/data/dataset-files';
import { classNames } from '../i18n/class-names';
import { useLang } from '../stores/settings-store';
import { toggleAnomaly, toggleNormal } from './class-selection';
import { ErrorNotice } from './error-notice';

/** Props of `ClassPicker`. */
export interface ClassPickerProps {
  /** The dataset whose class names label the chips. */
  dataset: DatasetName;
  selection: ClassSelection;
  /** Legends of the two groups, and the hint on an anomaly chip whose class is already normal. */
  text: { normalClasses: string; anomalyClasses: string; alreadyNormal: string };
  /** What is wrong with the selection (`data-testid="param-error-selection"`), if anything. */
  error?: string;
  /** Receives the changed groups: both after a normal chip, the anomalies after an anomaly chip. */
  onChange(patch: Partial<ClassSelection>): void;
  /** Shown after the anomaly chips, e.g. shortcut buttons. */
  children?: ReactNode;
}

/** One group of toggle chips, `data-testid="<group>-digit-<class>"`. */
function ChipGroup(p: {
  group: 'normal' | 'anomaly';
  legend: string;
  names: readonly string[];
  chosen: readonly number[];
  /** Classes that cannot be chosen here, with the reason as the chip's title. */
  locked?: { classes: readonly number[]; reason: string };
  onToggle(c: number): void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="nb-digit-picker">
      <legend>{p.legend}</legend>
      {p.names.map((name, c) => {
        const locked = p.locked?.classes.includes(c);
        return (
          <button
            key={c}
            type="button"
            className={`nb-chip nb-chip--${p.group}`}
            data-testid={`${p.group}-digit-${c}`}
            aria-pressed={p.chosen.includes(c)}
            disabled={p.locked ? locked : undefined}
            title={locked ? p.locked?.reason : undefined}
            onClick={() => p.onToggle(c)}
          >
            {name}
          </button>
        );
      })}
      {p.children}
    </fieldset>
  );
}

/**
 * Two rows of toggle chips: the normal classes (`normal-digit-<c>`) and the
 * anomaly classes (`anomaly-digit-<c>`), then the selection's problem. A class
 * cannot be both: choosing it as normal removes it from the anomalies, and its
 * anomaly chip is disabled.
 */
export function ClassPicker({ dataset, selection, text, error, onChange, children }: ClassPickerProps) {
  const names = classNames(dataset, useLang());
  return (
    <>
      <ChipGroup group="normal" legend={text.normalClasses} names={names} chosen={selection.normal} onToggle={(c) => onChange(toggleNormal(selection, c))} />
      <ChipGroup
        group="anomaly"
        legend={text.anomalyClasses}
        names={names}
        chosen={selection.anomaly}
        locked={{ classes: selection.normal, reason: text.alreadyNormal }}
        onToggle={(c) => onChange(toggleAnomaly(selection, c))}
      >
        {children}
      </ChipGroup>
      {error ? <ErrorNotice testId="param-error-selection">{error}</ErrorNotice> : null}
    </>
  );
}
