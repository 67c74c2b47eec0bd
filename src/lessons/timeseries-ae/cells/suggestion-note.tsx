import { formatCompact } from '../../../components/chart-summary';
import type { MissedGap } from '../derived';
import { useText } from '../text';

/** The outer fraction of the errors the suggestion searches for a gap (`suggestThresholds`' default tail), in per cent. */
const TAIL_PERCENT = 5;

/**
 * Beside the suggestion: why it may sit inside a cluster. Shown for each side that uses the suggestion
 * (`low`, `high`) and has a clear gap further in than the suggestion looked (`missed`, derived `missedGaps`).
 */
export function SuggestionNote({ missed, low, high }: { missed: MissedGap[]; low: boolean; high: boolean }) {
  const t = useText();
  const shown = missed.filter((m) => (m.side === 'low' ? low : high));
  if (shown.length === 0) return null;
  return (
    <p className="nb-muted nb-small" data-testid="suggestion-note">
      {[t.missedGap.lead(TAIL_PERCENT), ...shown.map((m) => t.missedGap[m.side](formatCompact(m.at), Math.round(m.fraction * 100)))].join(t.missedGap.join)}
    </p>
  );
}
