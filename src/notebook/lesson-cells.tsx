import { Fragment, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { EpochEstimate } from './epoch-estimate';
import { LessonTrainPanel, type TrainPanelText } from './lesson-train-panel';
import type { NotebookText } from './notebook-text';
import { PresetRow, type Preset } from './preset-row';
import type { Problem } from './settings/problem';
import type { EpochEstimate as Estimate } from './speed-memory';
import type { TrainingState } from './training-state';
import { useChangedWhileRunning } from './use-changed-while-running';
import { KeptRunsHint } from './runs/kept-runs-hint';

/** The fields of `names`, in a grid (or a row), from a lesson's `useFields().field`. */
export function FieldGrid<K extends string>({ names, field, row = false }: { names: readonly K[]; field(name: K): ReactElement; row?: boolean }) {
  return <div className={row ? 'nb-field-row' : 'nb-field-grid'}>{names.map((n) => <Fragment key={n}>{field(n)}</Fragment>)}</div>;
}

/** Props of `ModelCellBody`. */
export interface ModelCellBodyProps<P, K extends string> {
  text: Pick<NotebookText, 'presets' | 'estimateNote' | 'epoch'>;
  presets: readonly Preset<P>[];
  onPick(params: Partial<P>): void;
  /** The settings shown as fields, in order. */
  names: readonly K[];
  field(name: K): ReactElement;
  /** Estimated seconds per epoch and the backend it is based on. */
  estimate: Estimate;
  epochs: number;
  /** The lesson's layer table and anything else between the fields and the estimate. */
  children?: ReactNode;
}

/** A Model cell: presets, the settings' fields, the lesson's layer table, and how long training should take. */
export function ModelCellBody<P, K extends string>({ text: t, presets, onPick, names, field, estimate, epochs, children }: ModelCellBodyProps<P, K>) {
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={presets} onPick={onPick} />
      <FieldGrid names={names} field={field} />
      {children}
      <EpochEstimate secondsPerEpoch={estimate.seconds} epochs={epochs} basis={estimate.basis} note={t.estimateNote} epochWord={t.epoch} extraSeconds={estimate.extraSeconds} />
    </div>
  );
}

/** Seconds a run of `epochs` should take: its epochs, and what it does once after them (`extraSeconds`, e.g. scoring). */
export function runSeconds(estimate: Estimate, epochs: number): number {
  return estimate.seconds * epochs + (estimate.extraSeconds ?? 0);
}

/** The parts of a lesson instance a Train cell reads. */
export interface TrainCellSource<S> {
  /** The lesson's store: its kept runs, if it has them, are found by it. */
  store?: object;
  useLesson<V>(select: (s: S) => V): V;
  useFields(): { problems: Record<string, Problem> };
  actions: { train(): Promise<void>; stop(): void };
}

/** What a lesson adds to its Train cell: its own lines above or below the panel, and whether the panel draws the loss. */
export interface TrainCellExtras<P extends { epochs: number } = { epochs: number }> {
  Before?: ComponentType;
  After?: ComponentType;
  /** Draw the panel's own (log-axis) loss curves: always (default), never, or only while a run trains. */
  showLoss?: boolean | 'while-training';
  /**
   * How many epochs a run counts in all, from the settings (default: their epochs): e.g. an
   * ensemble that trains its models one after the other counts epochs × models, as its progress does.
   */
  runEpochs?: (params: P) => number;
}

/**
 * A lesson's Train cell: Run / Stop, progress with time estimates and live loss
 * curves in the shared panel, from the lesson's instance, words and estimate.
 */
export function createTrainCell<S extends { training: TrainingState; params: { epochs: number } }>(
  lesson: TrainCellSource<S>,
  useText: () => TrainPanelText & Pick<NotebookText, 'changedWhileRunning'>,
  useEstimate: () => Estimate,
  { Before, After, showLoss = true, runEpochs = (p) => p.epochs }: TrainCellExtras<S['params']> = {},
): ComponentType {
  return function TrainCell() {
    const t = useText();
    const { problems } = lesson.useFields();
    const training = lesson.useLesson((s) => s.training);
    const epochs = lesson.useLesson((s) => s.params.epochs);
    const total = lesson.useLesson((s) => runEpochs(s.params));
    const est = useEstimate();
    const changed = useChangedWhileRunning(lesson.useLesson((s) => s.params), training.status === 'running');
    return (
      <div className="nb-cell-body">
        <KeptRunsHint store={lesson.store} idle={training.status === 'idle'} />
        {Before ? <Before /> : null}
        <LessonTrainPanel training={training} epochs={total} secondsPerEpoch={runSeconds(est, epochs) / total} text={t} showLoss={showLoss} problems={problems} actions={lesson.actions} />
        {changed ? (
          <p className="nb-notice" role="status" data-testid="settings-changed-while-running">
            {t.changedWhileRunning}
          </p>
        ) : null}
        {After ? <After /> : null}
      </div>
    );
  };
}
