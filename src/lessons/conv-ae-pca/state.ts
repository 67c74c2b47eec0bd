import type { ConvAePcaJobResult, FaceData } from '../../core/pipeline/conv-ae-pca-types';
import type { DataStatus } from '../../notebook/builtin-data-loader';
import type { LessonState } from '../../notebook/lesson-core';
import type { TrainingState } from '../../notebook/training-state';
import type { FolderState } from '../../notebook/folder-request';
import type { FaceFolderProblem } from './celeba-split';
import type { ConvAePcaParams } from './params';

/** The faces the notebook works on and the data key they were made for. */
export interface DataState extends DataStatus {
  faces: FaceData | null;
}

/** The fitted PCA (and trained AE, unless PCA was fitted alone), the faces they were scored on and the settings' key. */
export interface ConvAePcaResults {
  key: string;
  data: FaceData;
  job: ConvAePcaJobResult;
  /** The settings it was made with (k and latent of the comparison). */
  params: ConvAePcaParams;
}

/** How the result cells are looked at. */
export interface ViewState {
  /** Components of the PCA cell's reconstructions; null = the settings' k. */
  k: number | null;
  /** The method whose difference images the Difference cell shows. */
  method: 'pca' | 'ae';
  /** First anomaly shown in the Difference cell. */
  offset: number;
}

/** Progress of a run: which part of the job runs. */
export interface ConvAePcaTraining extends TrainingState {
  phase: 'pca' | 'training' | 'ae-scoring' | 'metrics';
}

/** The whole state of one PCA → conv-AE notebook. */
export interface ConvAePcaState extends LessonState<ConvAePcaParams, keyof ConvAePcaParams & string, ConvAePcaResults, ConvAePcaTraining> {
  data: DataState;
  /** The learner's face folder, if one was opened. */
  /** The "bring your own faces" folder. */
  folder: FolderState<FaceFolderProblem>;
  view: ViewState;
}
