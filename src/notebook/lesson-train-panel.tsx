import { blockingMessage } from './lesson-store';
import { formatDuration } from './format-duration';
import { TrainPanel } from './train-panel';
import type { TrainingState } from './training-state';

/** The words of a Train cell, as every lesson's text object names them. */
export interface TrainPanelText {
  run: string;
  stop: string;
  epoch: string;
  batchWord: string;
  elapsed: string;
  remaining: string;
  estimate: string;
  lossCurve: string;
}

/** Props of `LessonTrainPanel`. */
export interface LessonTrainPanelProps {
  training: TrainingState;
  /** Epochs the settings ask for; shown until a run starts. */
  epochs: number;
  /** Estimated seconds per epoch with the current settings. */
  secondsPerEpoch: number;
  text: TrainPanelText;
  /** Draw the panel's own (log-axis) loss curves (default true). */
  showLoss?: boolean;
  /** The lesson's actions: its blocking problems (Run is disabled while there are any), Run and Stop. */
  actions: { problems(): Record<string, string>; train(): Promise<void>; stop(): void };
}

/** A lesson's training progress in the shared train panel, with its blocking problems and a duration estimate. */
export function LessonTrainPanel({ training, epochs, secondsPerEpoch, text: t, showLoss = true, actions }: LessonTrainPanelProps) {
  return (
    <TrainPanel
      {...training}
      trainLoss={showLoss ? training.trainLoss : []}
      valLoss={showLoss ? training.valLoss : []}
      epochs={training.status === 'idle' ? epochs : training.epochs}
      blocked={blockingMessage(actions.problems())}
      estimate={`≈ ${formatDuration(secondsPerEpoch * epochs)}`}
      labels={{ run: t.run, stop: t.stop, epoch: t.epoch, batch: t.batchWord, elapsed: t.elapsed, remaining: t.remaining, estimate: t.estimate, loss: t.lossCurve }}
      onRun={() => void actions.train()}
      onStop={actions.stop}
    />
  );
}
