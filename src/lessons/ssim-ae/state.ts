import type { ConvAeLoss } from '../../core/model/conv-ae';
import type { SsimAeJobResult } from '../../core/pipeline/ssim-ae-job';
import type { InspectionData } from '../../core/textures/inspection-data';
import type { DataStatus } from '../../notebook/builtin-data-loader';
import type { LessonState } from '../../notebook/lesson-core';
import type { TrainingState } from '../../notebook/training-state';
import type { FolderState } from '../../notebook/folder-request';
import type { MvtecProblem } from '../../notebook/mvtec/mvtec-request';
import type { SsimAeParams } from './params';

/** The crops the notebook works on and what they were made from. */
export interface DataState extends DataStatus {
  dataset: InspectionData | null;
}

/** One trained model's maps and run facts. Plain data. */
export type ModelResult = Omit<SsimAeJobResult, 'weights'> & { weights: Float32Array[]; loss: ConvAeLoss };

/** The models of the last run, by loss, and the settings they were trained with. */
export interface SsimAeResults {
  key: string;
  /** The crops the models were trained and scored on (the data may have changed since). */
  data: InspectionData;
  models: Partial<Record<ConvAeLoss, ModelResult>>;
}

/** How a model's residual maps are scored: divided by the normal residual at each pixel (default), or raw as in the paper. */
export type MapScoring = 'position' | 'raw';

/** How the result cells are looked at. */
export interface ViewState {
  /** The maps every result cell scores with. */
  scoring: MapScoring;
  /** Residual threshold of the segmentation, per method; null = the protocol's. */
  threshold: Partial<Record<ConvAeLoss, number | null>>;
  /** The method whose map and segmentation the Maps cell shows. */
  method: ConvAeLoss;
  /** First test crop shown in the Maps cell, counted from the first defective crop (0 = open on it; see `mapsPageStart`). */
  offset: number;
}

/** Progress of a run: which model of the run is training. */
export interface SsimAeTraining extends TrainingState {
  loss: ConvAeLoss | null;
  /** The models the run trains, in order (its epochs, progress and clock count all of them). */
  losses: ConvAeLoss[];
  phase: 'training' | 'scoring';
}

/** The whole state of one SSIM-autoencoder notebook. */
export interface SsimAeState extends LessonState<SsimAeParams, keyof SsimAeParams & string, SsimAeResults, SsimAeTraining> {
  data: DataState;
  /** The learner's MVTec AD folder, if one was opened. */
  mvtec: FolderState<MvtecProblem>;
  view: ViewState;
}
