import type { CSSProperties } from 'react';

export interface SliderMark {
  value: number;
  /** Short text, e.g. "best F1" or "p99 normal". */
  label: string;
}

export interface SliderMarksProps {
  marks: SliderMark[];
  min: number;
  max: number;
  format: (v: number) => string;
  onPick: (value: number) => void;
  /** Accessible name of a mark's button: (mark, value) → text. */
  jumpTo: (mark: string, value: string) => string;
}

interface PlacedMark extends SliderMark {
  fraction: number;
  lane: 0 | 1;
}

/** In-range marks sorted by value; a label too close to its left neighbour drops to a second lane. */
export function placeMarks(marks: SliderMark[], min: number, max: number, minGap = 0.18): PlacedMark[] {
  const span = max - min;
  if (!(span > 0)) return [];
  const lastInLane = [-Infinity, -Infinity];
  return marks
    .filter((m) => Number.isFinite(m.value) && m.value >= min && m.value <= max)
    .sort((a, b) => a.value - b.value)
    .map((m) => {
      const fraction = (m.value - min) / span;
      const lane: 0 | 1 = fraction - lastInLane[0] >= minGap || fraction - lastInLane[1] < minGap ? 0 : 1;
      lastInLane[lane] = fraction;
      return { ...m, fraction, lane };
    });
}

/** Small clickable ticks under the slider track; clicking jumps the threshold there. */
export function SliderMarks({ marks, min, max, format, onPick, jumpTo }: SliderMarksProps) {
  const placed = placeMarks(marks, min, max);
  if (placed.length === 0) return null;
  return (
    <div className={`al-slider__marks${placed.some((m) => m.lane === 1) ? ' al-slider__marks--two-lanes' : ''}`}>
      {placed.map((m) => (
        <button
          key={`${m.label}-${m.value}`}
          type="button"
          className={`al-slider__mark al-slider__mark--lane${m.lane}`}
          style={{ '--pos': m.fraction.toFixed(5) } as CSSProperties}
          onClick={() => onPick(m.value)}
          aria-label={jumpTo(m.label, format(m.value))}
          title={`${m.label}: ${format(m.value)}`}
        >
          <span className="al-slider__tick" aria-hidden="true" />
          <span className="al-slider__mark-label">{m.label}</span>
        </button>
      ))}
    </div>
  );
}
