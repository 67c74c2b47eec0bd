import { useLang } from '../stores/settings-store';
import { formatDuration } from './format-duration';
import { problemsText, problemText } from './settings/problem-text';
import type { Problem } from './settings/problem';
import { TrainPanel } from './train-panel';
import type { TrainingState } from './training-state';
import { stopText } from './training-text';
import { useChartText } from '../i18n/chart-text';
import { useClassroomText } from '../i18n/classroom-text';

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
  /** The problems that block a run (Run is disabled while there are any). */
  problems: Record<string, Problem>;
  /** The lesson's Run and Stop. */
  actions: { train(): Promise<void>; stop(): void };
}

/** A lesson's training progress in the shared train panel, with its blocking problems and a duration estimate. */
export function LessonTrainPanel({ training, epochs, secondsPerEpoch, text: t, showLoss = true, problems, actions }: LessonTrainPanelProps) {
  const lang = useLang();
  const chartText = useChartText();
  const classroom = useClassroomText();
  return (
    <TrainPanel
      {...training}
      message={training.stop ? stopText(training.stop, lang) : null}
      error={training.error ? problemText(training.error, lang) : null}
      trainLoss={showLoss ? training.trainLoss : []}
      valLoss={showLoss ? training.valLoss : []}
      epochs={training.status === 'idle' ? epochs : training.epochs}
      blocked={problemsText(problems, lang)}
      estimate={`≈ ${formatDuration(secondsPerEpoch * epochs)}`}
      labels={{ run: t.run, stop: t.stop, epoch: t.epoch, batch: t.batchWord, elapsed: t.elapsed, remaining: t.remaining, estimate: t.estimate, loss: t.lossCurve, progress: classroom.trainingProgress }}
      onRun={() => void actions.train()}
      onStop={actions.stop}
      chartText={chartText}
    />
  );
}
