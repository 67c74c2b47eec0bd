import './notebook.css';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ClassSelection } from '../core/data/class-split';
import type { DatasetName } from '../core/data/dataset-files';
import { classNames } from '../i18n/class-names';
import { useLang } from '../stores/settings-store';
import { moveChip, type ChipSpot } from './class-picker-keys';
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

const GROUPS = ['normal', 'anomaly'] as const;

/** One group of toggle chips, `data-testid="<group>-digit-<class>"`; only the picker's one tab stop has tabIndex 0. */
function ChipGroup(p: {
  group: 0 | 1;
  legend: string;
  names: readonly string[];
  chosen: readonly number[];
  /** Classes that cannot be chosen here, with the reason as the chip's title. */
  locked?: { classes: readonly number[]; reason: string };
  /** The picker's tab stop. */
  stop: ChipSpot;
  onToggle(c: number): void;
  onKey(e: KeyboardEvent<HTMLButtonElement>, c: number): void;
  onFocusChip(c: number): void;
  children?: ReactNode;
}) {
  const name = GROUPS[p.group];
  return (
    <fieldset className="nb-digit-picker">
      <legend>{p.legend}</legend>
      {p.names.map((label, c) => {
        const locked = p.locked?.classes.includes(c);
        return (
          <button
            key={c}
            type="button"
            className={`nb-chip nb-chip--${name}`}
            data-testid={`${name}-digit-${c}`}
            data-chip={`${p.group}-${c}`}
            aria-pressed={p.chosen.includes(c)}
            disabled={p.locked ? locked : undefined}
            title={locked ? p.locked?.reason : undefined}
            tabIndex={p.stop.group === p.group && p.stop.c === c ? 0 : -1}
            onClick={() => p.onToggle(c)}
            onKeyDown={(e) => p.onKey(e, c)}
            onFocus={() => p.onFocusChip(c)}
          >
            {label}
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
 * anomaly chip is disabled. For the keyboard both rows are one composite with
 * one tab stop: the arrow keys move between chips (`moveChip`), Space toggles.
 */
export function ClassPicker({ dataset, selection, text, error, onChange, children }: ClassPickerProps) {
  const names = classNames(dataset, useLang());
  const root = useRef<HTMLDivElement>(null);
  const enabled = (s: ChipSpot) => s.c >= 0 && s.c < names.length && !(s.group === 1 && selection.normal.includes(s.c));
  const [focused, setFocused] = useState<ChipSpot | null>(null);
  // The tab stop: the chip last focused, else the first chosen normal class, else the first chip.
  const stop: ChipSpot = focused && enabled(focused) ? focused : { group: 0, c: selection.normal[0] ?? 0 };
  const onKey = (group: 0 | 1) => (e: KeyboardEvent<HTMLButtonElement>, c: number) => {
    const next = moveChip({ group, c }, e.key, names.length, enabled);
    if (!next) return;
    e.preventDefault();
    setFocused(next);
    root.current?.querySelector<HTMLButtonElement>(`[data-chip="${next.group}-${next.c}"]`)?.focus();
  };
  return (
    <div className="nb-class-picker" ref={root}>
      <ChipGroup
        group={0}
        legend={text.normalClasses}
        names={names}
        chosen={selection.normal}
        stop={stop}
        onToggle={(c) => onChange(toggleNormal(selection, c))}
        onKey={onKey(0)}
        onFocusChip={(c) => setFocused({ group: 0, c })}
      />
      <ChipGroup
        group={1}
        legend={text.anomalyClasses}
        names={names}
        chosen={selection.anomaly}
        locked={{ classes: selection.normal, reason: text.alreadyNormal }}
        stop={stop}
        onToggle={(c) => onChange(toggleAnomaly(selection, c))}
        onKey={onKey(1)}
        onFocusChip={(c) => setFocused({ group: 1, c })}
      >
        {children}
      </ChipGroup>
      {error ? <ErrorNotice testId="param-error-selection">{error}</ErrorNotice> : null}
    </div>
  );
}
