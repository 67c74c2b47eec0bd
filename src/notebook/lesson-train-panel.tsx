import { useEffect } from 'react';
import { loadPlotly } from '../components/plotly-chart';
import { whenIdle } from '../components/when-idle';
import { useLang } from '../stores/settings-store';
import { formatDuration } from './format-duration';
import { problemsText, problemText } from './settings/problem-text';
import type { Problem } from './settings/problem';
import { TrainPanel } from './train-panel';
import { starredEpoch, type TrainingState } from './training-state';
import { stillImprovingText, stopText } from './training-text';
import { stillImproving } from '../core/train/still-improving';
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
  /** The words before the duration estimate, punctuation included: "estimated: ", "見込み：". */
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
  /** Draw the panel's own (log-axis) loss curves: always (default), never, or only while a run trains (the lesson draws its own after). */
  showLoss?: boolean | 'while-training';
  /** The problems that block a run (Run is disabled while there are any). */
  problems: Record<string, Problem>;
  /** The lesson's Run and Stop. */
  actions: { train(): Promise<void>; stop(): void };
}

/**
 * How long a lesson is left alone before Plotly is loaded for its result charts.
 * Plotly's first evaluation blocks the page for 0.7–1.5 s on the bench machine:
 * better while the learner reads than when a run's results arrive.
 */
export const PLOTLY_PRELOAD_DELAY_MS = 1500;

/** A lesson's training progress in the shared train panel, with its blocking problems and a duration estimate. */
export function LessonTrainPanel({ training, epochs, secondsPerEpoch, text: t, showLoss = true, problems, actions }: LessonTrainPanelProps) {
  const lang = useLang();
  const chartText = useChartText();
  const classroom = useClassroomText();
  const running = training.status === 'running';
  const drawLoss = showLoss === true || (showLoss === 'while-training' && running);
  const learning = training.stop && (training.stop.reason === 'completed' || training.stop.reason === 'aborted') ? stillImproving(training.trainLoss, training.valLoss) : null;
  useEffect(() => (running ? undefined : whenIdle(() => void loadPlotly().catch(() => undefined), PLOTLY_PRELOAD_DELAY_MS)), [running]);
  return (
    <TrainPanel
      {...training}
      message={training.stop ? stopText(training.stop, lang) : null}
      hint={learning ? stillImprovingText(learning, lang) : null}
      error={training.error ? problemText(training.error, lang) : null}
      bestEpoch={starredEpoch(training.bestEpoch, training.stop, running)}
      trainLoss={drawLoss ? training.trainLoss : []}
      valLoss={drawLoss ? training.valLoss : []}
      epochs={training.status === 'idle' ? epochs : training.epochs}
      blocked={problemsText(problems, lang)}
      estimate={`≈ ${formatDuration(secondsPerEpoch * epochs, lang)}`}
      duration={(seconds) => formatDuration(seconds, lang)}
      labels={{ run: t.run, stop: t.stop, epoch: t.epoch, batch: t.batchWord, elapsed: t.elapsed, remaining: t.remaining, estimate: t.estimate, loss: t.lossCurve, progress: classroom.trainingProgress }}
      onRun={() => void actions.train()}
      onStop={actions.stop}
      chartText={chartText}
    />
  );
}
