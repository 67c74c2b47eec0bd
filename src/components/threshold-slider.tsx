import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type CSSProperties, type KeyboardEvent } from 'react';
import { cancelFrame, nextFrame } from './frame';
import type { ChartText } from './chart-text';
import { SliderMarks, type SliderMark } from './slider-marks';
import { roundToDigits, thresholdDigits } from './format';
import './components.css';

export interface ThresholdSliderProps {
  value: number;
  min: number;
  max: number;
  /**
   * Default: one unit of the last shown decimal (10^−digits, about a thousandth of the range), on a
   * grid of whole steps around [min, max], so the range input's own value is the number shown.
   */
  step?: number;
  /** Called at most once per animation frame while dragging; immediately on commit/mark click. */
  onChange: (value: number) => void;
  label?: string;
  marks?: SliderMark[];
  /** Decimals shown in the number box (default: derived from step, else `thresholdDigits(min, max)`). A dragged or stepped value is rounded to them, so the value sent is the number shown. */
  digits?: number;
  disabled?: boolean;
  /**
   * Which side of the threshold is flagged, coloured as anomalies on the track:
   * 'above' (default: a high score is anomalous) or 'below' (a lower threshold, e.g. a two-sided rule).
   */
  anomalySide?: 'above' | 'below';
  /** Default label, accessible names and the messages of a clamped value. */
  text: ChartText['slider'];
}

export type ClampResult = { value: number; reason: string | null };

/** Parses a typed value and clamps it into [min, max], explaining any change in the words of `t`. */
export function clampTyped(text: string, min: number, max: number, fallback: number, fmt: (v: number) => string, t: ChartText['slider']): ClampResult {
  const trimmed = text.trim().replace(',', '.');
  const parsed = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(parsed)) return { value: fallback, reason: t.notNumber(text, fmt(fallback)) };
  if (parsed < min) return { value: min, reason: t.belowMin(trimmed, fmt(min)) };
  if (parsed > max) return { value: max, reason: t.aboveMax(trimmed, fmt(max)) };
  return { value: parsed, reason: null };
}

function decimalsFor(step: number): number {
  return Math.min(8, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** Range input + exact number box + clickable marks for the decision threshold. */
export function ThresholdSlider(props: ThresholdSliderProps) {
  const { value, min, max, onChange, marks = [], disabled = false, anomalySide = 'above', text } = props;
  const label = props.label ?? text.label;
  const span = max - min;
  const digits = props.digits ?? (props.step === undefined ? thresholdDigits(min, max) : decimalsFor(props.step));
  const step = props.step ?? (span > 0 ? 10 ** -digits : 1);
  // The range input's grid: whole steps from just below min to just above max (a moved value is clamped back).
  const onGrid = props.step === undefined && span > 0;
  const rangeMin = onGrid ? roundToDigits(Math.floor(min / step) * step, digits) : min;
  const rangeMax = onGrid ? roundToDigits(Math.ceil(max / step) * step, digits) : max;
  const fmt = useCallback((v: number) => v.toFixed(digits), [digits]);
  const id = useId();
  const [shown, setShown] = useState(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const pending = useRef<number | null>(null);
  const frame = useRef(0);
  const onChangeRef = useRef(onChange);

  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Back to the parent's value once nothing is pending or typed: the parent may have kept another
  // value than the one sent (two thresholds that must not cross), and then its prop may not change at all.
  // A value set from outside (a preset button) also drops the box's last message, which was about another value.
  useEffect(() => {
    if (pending.current !== null || draft !== null || shown === value) return;
    setShown(value);
    setMessage(null);
  });

  useEffect(() => () => cancelFrame(frame.current), []);

  /** Throttled: the thumb moves immediately, the parent hears about it once per frame. */
  const emitThrottled = useCallback((v: number) => {
    setShown(v);
    pending.current = v;
    if (frame.current) return;
    frame.current = nextFrame(() => {
      frame.current = 0;
      const latest = pending.current;
      pending.current = null;
      if (latest !== null) onChangeRef.current(latest);
    });
  }, []);

  const emitNow = useCallback((v: number) => {
    cancelFrame(frame.current);
    frame.current = 0;
    pending.current = null;
    setShown(v);
    onChangeRef.current(v);
  }, []);

  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  /** A dragged or stepped value as shown: rounded to the shown decimals, kept in [min, max]. */
  const snap = (v: number) => clamp(roundToDigits(v, digits));

  const onRange = (e: ChangeEvent<HTMLInputElement>) => {
    setMessage(null);
    setDraft(null);
    emitThrottled(snap(Number(e.target.value)));
  };

  const onType = (e: ChangeEvent<HTMLInputElement>) => {
    const typed = e.target.value;
    setDraft(typed);
    const { value: v, reason } = clampTyped(typed, min, max, shown, fmt, text);
    if (reason === null) {
      setMessage(null);
      emitThrottled(v);
    }
  };

  const commit = () => {
    if (draft === null) return;
    const { value: v, reason } = clampTyped(draft, min, max, shown, fmt, text);
    setDraft(null);
    setMessage(reason);
    if (v !== shown || pending.current !== null) emitNow(v);
  };

  const onBoxKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') {
      setDraft(null);
      setMessage(null);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const big = e.shiftKey ? 10 : 1;
      setDraft(null);
      setMessage(null);
      emitNow(snap(shown + (e.key === 'ArrowUp' ? step : -step) * big));
    }
  };

  const pickMark = (v: number) => {
    setDraft(null);
    setMessage(null);
    emitNow(clamp(v));
  };

  const fraction = span > 0 ? (clamp(shown) - rangeMin) / (rangeMax - rangeMin) : 0;
  const inactive = disabled || !(span > 0);
  return (
    <div className={anomalySide === 'below' ? 'al-c al-slider al-slider--below' : 'al-c al-slider'} data-anomaly-side={anomalySide} style={{ '--fill': fraction.toFixed(5) } as CSSProperties}>
      <div className="al-slider__row">
        <label className="al-slider__label" htmlFor={`${id}-range`}>{label}</label>
        <input
          id={`${id}-box`}
          className="al-slider__box"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={text.exactValue(label)}
          aria-describedby={`${id}-msg`}
          aria-invalid={message !== null}
          disabled={inactive}
          value={draft ?? fmt(shown)}
          onChange={onType}
          onBlur={commit}
          onKeyDown={onBoxKey}
        />
      </div>
      <input
        id={`${id}-range`}
        className="al-slider__range"
        data-testid="threshold-slider"
        type="range"
        min={rangeMin}
        max={rangeMax}
        step={step}
        value={onGrid ? roundToDigits(clamp(shown), digits) : clamp(shown)}
        aria-valuetext={fmt(shown)}
        disabled={inactive}
        onChange={onRange}
      />
      <SliderMarks marks={marks} min={rangeMin} max={rangeMax} format={fmt} onPick={pickMark} jumpTo={text.jumpTo} />
      <div className="al-slider__foot">
        <span aria-hidden="true">{fmt(min)}</span>
        <span id={`${id}-msg`} className="al-slider__msg" role="status">{message}</span>
        <span aria-hidden="true">{fmt(max)}</span>
      </div>
    </div>
  );
}
