import type { CsvLayout } from '../../core/timeseries/csv-series';
import type { SeriesSet } from '../../core/timeseries/generate-series';
import type { StepScaler } from '../../core/timeseries/standardize';
import type { Region } from '../../core/timeseries/two-sided';
import type { LessonState } from '../../notebook/lesson-core';
import type { Problem } from '../../notebook/settings/problem';
import type { RunSummary } from '../../notebook/training-state';
import type { NumberParam, SpecField, TimeseriesParams } from './params';

/** The series the notebook works on: generated from the settings, or read from the learner's CSV. */
export interface DataState {
  status: 'idle' | 'ready' | 'error';
  error: Problem | null;
  source: 'generated' | 'csv';
  set: SeriesSet | null;
  /** Key of what `set` was made from (generated settings, or the CSV's name, size and layout). */
  key: string | null;
}

/** The "bring your own" cell's state. The file is read in the page and never uploaded. */
export interface CsvState {
  layout: CsvLayout;
  status: 'idle' | 'reading' | 'ready' | 'error';
  error: Problem | null;
  /** The file whose series are in use (null before any loaded). */
  fileName: string | null;
  /** The file being read, or the one that failed (null once loaded). */
  attempt: string | null;
  /** What the import assumed (header skipped, windows cut, column used), worded where shown. */
  notes: Problem[];
}

/** A trained model's per-series errors, with the data it scored. Plain data. */
export interface TimeseriesResult extends RunSummary {
  set: SeriesSet;
  /** Per-series MSE in standardised units. */
  mse: Float32Array;
  /** Standardised reconstructions [n, L]. */
  reconstructions: Float32Array;
  scaler: StepScaler;
  output: 'sigmoid' | 'linear';
  pool: TimeseriesParams['pool'];
  nTrain: number;
  nVal: number;
  /** The trained weights (plain data), for reopening and downloading the model. */
  weights?: Float32Array[];
}

/** How the result cells are looked at. Thresholds are MSE values (null = the suggestion). */
export interface ViewState {
  /** Colour series and bars by their ground-truth group (the "reveal"). */
  revealed: boolean;
  low: number | null;
  high: number | null;
  logX: boolean;
  logY: boolean;
  region: Region;
  /** Series index picked in the viewer, or null. */
  selected: number | null;
  units: 'raw' | 'standardised';
}

/** The whole state of one time-series notebook. */
export interface TimeseriesState extends LessonState<TimeseriesParams, NumberParam | SpecField, TimeseriesResult> {
  data: DataState;
  csv: CsvState;
  view: ViewState;
}

/** How the result cells look before the learner changes anything. */
export const INITIAL_VIEW: ViewState = { revealed: false, low: null, high: null, logX: true, logY: false, region: 'high', selected: null, units: 'raw' };
