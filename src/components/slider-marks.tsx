import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { observeSize } from './observe-size';

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

/**
 * In-range marks sorted by value; a label too close to its left neighbour drops to a second lane.
 * An infinite mark sits at that end of the track, with the end's value: a best F1 that flags
 * nothing (threshold +∞) is drawn at the top of the range, where a clamped threshold goes.
 */
export function placeMarks(marks: SliderMark[], min: number, max: number, minGap = 0.18): PlacedMark[] {
  const span = max - min;
  if (!(span > 0)) return [];
  const lastInLane = [-Infinity, -Infinity];
  return marks
    .map((m) => (m.value === Infinity ? { ...m, value: max } : m.value === -Infinity ? { ...m, value: min } : m))
    .filter((m) => Number.isFinite(m.value) && m.value >= min && m.value <= max)
    .sort((a, b) => a.value - b.value)
    .map((m) => {
      const fraction = (m.value - min) / span;
      const lane: 0 | 1 = fraction - lastInLane[0] >= minGap || fraction - lastInLane[1] < minGap ? 0 : 1;
      lastInLane[lane] = fraction;
      return { ...m, fraction, lane };
    });
}

/** Where a measured label goes: its tick's centre and its label's left edge (px), and its lane (0 = top). */
export interface MarkSpot {
  center: number;
  left: number;
  lane: number;
}

/**
 * Lays labels out by their measured pixel widths: each label is centred on its
 * tick but kept inside the track, and takes the first lane where it clears the
 * previous label by `gap` px, so no two labels overlap ("F1 (anomaly +)" and
 * "p99 normal" never merge). With more than `maxLanes` crowded labels the last
 * lane is shared by the label that ends first. Lanes are also filled from the
 * right, a label slides sideways off a tick from a lower lane where it can, and
 * the layout where fewer ticks run through a label above their own is kept (a
 * "post 0.1" tick through the "gap" label beside it).
 */
export function layoutMarks(fractions: readonly number[], widths: readonly number[], track: number, thumb: number, gap = 8, maxLanes = 3): MarkSpot[] {
  const centers = fractions.map((f) => thumb / 2 + f * (track - thumb));
  const lefts = centers.map((c, i) => Math.min(Math.max(0, c - widths[i] / 2), Math.max(0, track - widths[i])));
  const ends: number[] = [];
  const forward = lefts.map((left, i) => {
    let lane = ends.findIndex((end) => left >= end + gap);
    if (lane < 0) lane = ends.length < maxLanes ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = left + widths[i];
    return lane;
  });
  const starts: number[] = [];
  const backward: number[] = [];
  for (let i = lefts.length - 1; i >= 0; i--) {
    const right = lefts[i] + widths[i];
    let lane = starts.findIndex((start) => right + gap <= start);
    if (lane < 0) lane = starts.length < maxLanes ? starts.length : starts.indexOf(Math.max(...starts));
    starts[lane] = lefts[i];
    backward[i] = lane;
  }
  const [a, b] = [slideClear(centers, lefts, widths, forward, track, gap), slideClear(centers, lefts, widths, backward, track, gap)];
  return crossings(b, widths) < crossings(a, widths) ? b : a;
}

/** Pairs (tick, label) where a tick runs through a label on a lane above its own. */
function crossings(spots: readonly MarkSpot[], widths: readonly number[]): number {
  return spots.reduce((n, s) => n + spots.filter((o, j) => o.lane < s.lane && s.center >= o.left - 1 && s.center <= o.left + widths[j] + 1).length, 0);
}

/**
 * Slides a label sideways off a tick from a lower lane that runs through it, when it can stay inside
 * the track, over its own tick (`inset` px in from its edges) and clear of its lane's other labels.
 */
function slideClear(centers: readonly number[], lefts: readonly number[], widths: readonly number[], lanes: readonly number[], track: number, gap: number, inset = 8): MarkSpot[] {
  const spots = centers.map((center, i) => ({ center, left: lefts[i], lane: lanes[i] }));
  const fits = (j: number, left: number) =>
    left >= 0 &&
    left + widths[j] <= track &&
    centers[j] >= left + inset &&
    centers[j] <= left + widths[j] - inset &&
    spots.every((o, k) => k === j || o.lane !== spots[j].lane || left >= o.left + widths[k] + gap || left + widths[j] + gap <= o.left);
  spots.forEach((s) =>
    spots.forEach((o, j) => {
      if (o.lane >= s.lane || s.center < o.left - 1 || s.center > o.left + widths[j] + 1) return;
      const left = s.center < centers[j] ? s.center + 2 : s.center - 2 - widths[j];
      if (fits(j, left)) o.left = left;
    }),
  );
  return spots;
}

/** Height of one lane of labels, and of the tick above the first, in px. */
const LANE = 21;
const TICK = 8;
/** The slider thumb's width in px (`--thumb` in components.css). */
const THUMB = 18;

/** Measures the labels after each render and lays them out without overlaps (null until measured). */
function useMarkLayout(placed: PlacedMark[]): { ref: React.RefObject<HTMLDivElement | null>; spots: MarkSpot[] | null } {
  const ref = useRef<HTMLDivElement>(null);
  const [spots, setSpots] = useState<MarkSpot[] | null>(null);
  const key = placed.map((m) => `${m.label}@${m.fraction.toFixed(4)}`).join('|');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const labels = [...el.querySelectorAll<HTMLElement>('.al-slider__mark')];
      const widths = labels.map((l) => l.offsetWidth);
      if (el.clientWidth === 0 || widths.some((w) => w === 0)) return setSpots(null);
      const next = layoutMarks(placed.map((m) => m.fraction), widths, el.clientWidth, THUMB);
      setSpots((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    return observeSize([el], measure);
    // `key` stands for `placed`: a new array every render, the same marks most of the time.
  }, [key]);
  return { ref, spots: spots && spots.length === placed.length ? spots : null };
}

/** Small clickable ticks under the slider track; clicking jumps the threshold there. Labels never overlap. */
export function SliderMarks({ marks, min, max, format, onPick, jumpTo }: SliderMarksProps) {
  const placed = placeMarks(marks, min, max);
  const { ref, spots } = useMarkLayout(placed);
  if (placed.length === 0) return null;
  const lanes = spots ? Math.max(...spots.map((s) => s.lane)) + 1 : placed.some((m) => m.lane === 1) ? 2 : 1;
  return (
    <div
      ref={ref}
      className={`al-slider__marks${spots ? ' al-slider__marks--measured' : lanes > 1 ? ' al-slider__marks--two-lanes' : ''}`}
      style={spots ? { height: TICK + lanes * LANE + 2 } : undefined}
    >
      {spots
        ? spots.map((s, i) => (
            <span
              key={`tick-${placed[i].label}`}
              className="al-slider__tick al-slider__tick--measured"
              style={{ left: s.center - 1, height: TICK + s.lane * LANE }}
              aria-hidden="true"
            />
          ))
        : null}
      {placed.map((m, i) => {
        const spot = spots?.[i];
        const lane = spot ? spot.lane : m.lane;
        return (
          <button
            key={`${m.label}-${m.value}`}
            type="button"
            className={`al-slider__mark al-slider__mark--lane${lane}`}
            style={{ '--pos': m.fraction.toFixed(5), ...(spot ? { left: spot.left, top: TICK + spot.lane * LANE, transform: 'none' } : {}) } as CSSProperties}
            onClick={() => onPick(m.value)}
            aria-label={jumpTo(m.label, format(m.value))}
            title={`${m.label}: ${format(m.value)}`}
          >
            {spot ? null : <span className="al-slider__tick" aria-hidden="true" />}
            <span className="al-slider__mark-label">{m.label}</span>
          </button>
        );
      })}
    </div>
  );
}
