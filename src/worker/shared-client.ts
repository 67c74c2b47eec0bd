import { TrainingClient } from './training-client';

/**
 * The app's one training worker, shared by every lesson: it starts with the
 * first run and lives for the page. A run keeps going when the learner
 * switches lessons; a new run from any lesson supersedes it.
 */
export const sharedTrainingClient = new TrainingClient();
