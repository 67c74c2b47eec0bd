import './notebook.css';
import type { BackendName } from '../core/backend/backend-choice';
import { backendLabel } from '../i18n/backend-text';
import { useLang } from '../stores/settings-store';
import { formatDuration, formatShortDuration } from './format-duration';

/** Props of `EpochEstimate`. */
export interface EpochEstimateProps {
  secondsPerEpoch: number;
  epochs: number;
  /** The backend the estimate is based on ("wasm", "webgl", …). */
  basis: string;
  /** The lesson's sentence: (total duration, epochs, backend label) → text. */
  note(total: string, epochs: number, backend: string): string;
  /** The word after the per-epoch time, e.g. "epoch". */
  epochWord: string;
  /** Seconds the run spends once besides its epochs (e.g. scoring), counted in the total. */
  extraSeconds?: number;
}

/**
 * "≈ 45 s for 20 epochs on WebAssembly (2 s / epoch)", "≈ 45 秒：WebAssembly で 20 エポック（1 エポックあたり 2 秒）" under a Model
 * cell's settings (`data-testid="estimate"`); an epoch under 10 s to a tenth of a second ("(0.4 s / epoch)").
 */
export function EpochEstimate({ secondsPerEpoch, epochs, basis, note, epochWord, extraSeconds = 0 }: EpochEstimateProps) {
  const lang = useLang();
  return (
    <p className="nb-estimate" data-testid="estimate">
      ≈ {note(formatDuration(secondsPerEpoch * epochs + extraSeconds, lang), epochs, backendLabel(basis as BackendName, lang) ?? basis)}
      {lang === 'ja' ? `（1 ${epochWord}あたり ${formatShortDuration(secondsPerEpoch, lang)}）` : ` (${formatShortDuration(secondsPerEpoch, lang)} / ${epochWord})`}
    </p>
  );
}
