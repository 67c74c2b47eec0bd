import { CaseSafe } from './case-safe';
import { formatNumber } from './format';
import './components.css';

export type BadgeTone = 'neutral' | 'normal' | 'anomaly' | 'accent';

export interface MetricBadgeProps {
  label: string;
  /** Numbers are formatted with `digits`; strings are shown as-is; null → "—". */
  value: number | string | null | undefined;
  digits?: number;
  tone?: BadgeTone;
  /** Longer explanation, shown as a tooltip. */
  title?: string;
}

/** Small labelled number, e.g. "AUC 0.998". */
export function MetricBadge({ label, value, digits = 3, tone = 'neutral', title }: MetricBadgeProps) {
  const text = typeof value === 'string' ? value : formatNumber(value, digits);
  return (
    <span className={`al-c al-badge al-badge--${tone}`} title={title} role="group" aria-label={`${label} ${text}`}>
      <span className="al-badge__label">
        <CaseSafe text={label} />
      </span>
      <span className="al-badge__value">{text}</span>
    </span>
  );
}
