import type { ComponentType } from 'react';
import type { Localized } from '../i18n/lang';
import type { LessonSettings } from './settings/lesson-settings';

/** Whether a lesson can be opened yet. */
export type LessonStatus = 'ready' | 'in-progress' | 'planned';

/** One cell of a lesson notebook, read top to bottom. */
export interface CellDef {
  /** Stable id, also the prose file name: `lessons/<lesson>/<id>.<lang>.md`. */
  id: string;
  title: Localized;
  /** The cell's controls and outputs. Reads and writes the lesson's store itself. */
  Body: ComponentType;
}

/** A loaded lesson: its cells and a reset for its store. */
export interface LessonModule {
  cells: CellDef[];
  /**
   * Cell ids → whether that cell's output is stale (its inputs changed since it
   * last ran). A React hook reading the lesson store.
   */
  useStale: () => Record<string, boolean>;
  /** Runs the notebook top to bottom. */
  runAll: () => Promise<void>;
  /** True while "Run all" or a cell runs. A React hook. */
  useBusy: () => boolean;
  /** The same, read now (not a hook). */
  isBusy?: () => boolean;
  /** The lesson's settings in storage and in the address (links restore them). */
  settings: LessonSettings;
  /** Calls `onChange` after every change of the lesson's state; returns the unsubscribe. */
  subscribe?: (onChange: () => void) => () => void;
}

/** A lesson as the home page lists it; the module loads lazily when opened. */
export interface LessonEntry {
  id: string;
  title: Localized;
  summary: Localized;
  /** Which seed document the lesson teaches, e.g. "000". */
  seed: string;
  status: LessonStatus;
  load?: () => Promise<LessonModule>;
}
