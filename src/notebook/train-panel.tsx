import './notebook.css';
import { ActionButton } from '../components/action-button';
import { LiveLossCurve } from '../components/live-loss-curve';
import { LossCurve } from '../components/loss-curve';
import type { ChartText } from '../components/chart-text';
import { formatDuration } from './format-duration';
import { useRunClock } from './use-run-clock';

/** Plain-data view of a training run, shared by every lesson's Train cell. */
export interface TrainPanelProps {
  status: 'idle' | 'running' | 'done' | 'error';
  epoch: number;
  epochs: number;
  batch: number;
  batchesPerEpoch: number;
  elapsedSeconds: number;
  trainLoss: number[];
  valLoss: number[];
  bestEpoch: number | null;
  message: string | null;
  /** A second note under `message`: the loss was still falling at the end. */
  hint?: string | null;
  error: string | null;
  /** Text of the blocking problems; Run is disabled while there are any. */
  blocked: string | null;
  /** Shown before a run: "≈ 45 s". */
  estimate: string | null;
  labels: { run: string; stop: string; epoch: string; batch: string; elapsed: string; remaining: string; estimate: string; loss: string; progress: string };
  /** The loss curves' words. */
  chartText: Pick<ChartText, 'loss' | 'chart' | 'summary'>;
  /** A duration in the page's language ("45 s", "45 秒"); English when left out. */
  duration?: (seconds: number) => string;
  onRun(): void;
  onStop(): void;
}

/**
 * Run / Stop, a progress bar with epoch, batch, elapsed and remaining time, and live loss curves.
 * Run and Stop keep the keyboard focus when they become unavailable (`ActionButton`). Elapsed
 * time keeps counting between progress events (a job scoring after its last batch); the remaining
 * time shows only while batches remain.
 */
export function TrainPanel(p: TrainPanelProps) {
  const running = p.status === 'running';
  const total = p.epochs * p.batchesPerEpoch;
  const done = Math.max(0, (p.epoch - 1) * p.batchesPerEpoch + p.batch);
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const elapsed = useRunClock(running, p.elapsedSeconds);
  const remaining = done > 0 && done < total ? (p.elapsedSeconds / done) * (total - done) : NaN;
  return (
    <div className="nb-train-panel">
      <div className="nb-train-panel__actions">
        <ActionButton className="btn btn--primary" data-testid="train-run" data-cell-run="" unavailable={running || Boolean(p.blocked)} onClick={p.onRun}>
          {p.labels.run}
        </ActionButton>
        <ActionButton className="btn" data-testid="train-stop" unavailable={!running} onClick={p.onStop}>
          {p.labels.stop}
        </ActionButton>
        {p.estimate && !running ? (
          <span className="nb-train-panel__estimate">
            {p.labels.estimate}
            {p.estimate}
          </span>
        ) : null}
      </div>
      {p.blocked ? (
        <p className="nb-notice nb-notice--error" role="alert">
          {p.blocked}
        </p>
      ) : null}
      <div className="nb-train-panel__status" data-testid="train-status" data-state={p.status}>
        <div className="nb-progress" role="progressbar" aria-label={p.labels.progress} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
          <div className="nb-progress__bar" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
        </div>
        <div className="nb-train-panel__numbers">
          <span>
            {p.labels.epoch} {p.epoch}/{p.epochs || '—'}
          </span>
          {p.status === 'idle' || p.batchesPerEpoch > 0 ? (
            // A run reopened from the runs table has no batch count: nothing rather than "batch 0/—".
            <span>
              {p.labels.batch} {p.batch}/{p.batchesPerEpoch || '—'}
            </span>
          ) : null}
          {p.status !== 'idle' ? (
            <span data-testid="train-elapsed">
              {p.labels.elapsed} {(p.duration ?? formatDuration)(elapsed)}
            </span>
          ) : null}
          {running && Number.isFinite(remaining) ? (
            <span>
              {p.labels.remaining} ≤ {(p.duration ?? formatDuration)(remaining)}
            </span>
          ) : null}
        </div>
      </div>
      {p.message ? (
        <p className="nb-notice" role="status">
          {p.message}
        </p>
      ) : null}
      {p.hint ? (
        <p className="nb-notice" data-testid="train-still-learning">
          {p.hint}
        </p>
      ) : null}
      {p.error ? (
        <p className="nb-notice nb-notice--error" role="alert">
          {p.error}
        </p>
      ) : null}
      {p.trainLoss.length > 0 ? (
        // While training, a plain-SVG curve: a Plotly re-render per epoch would block the page for 100–200 ms.
        running ? (
          <LiveLossCurve train={p.trainLoss} val={p.valLoss} bestEpoch={p.bestEpoch !== null ? p.bestEpoch - 1 : null} aria-label={p.labels.loss} logY text={p.chartText} />
        ) : (
          <LossCurve train={p.trainLoss} val={p.valLoss} bestEpoch={p.bestEpoch !== null ? p.bestEpoch - 1 : null} aria-label={p.labels.loss} logY text={p.chartText} />
        )
      ) : null}
    </div>
  );
}
