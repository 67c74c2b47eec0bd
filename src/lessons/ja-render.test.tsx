/**
 * Every word a learner sees, in Japanese: renders every cell of every ready
 * lesson in 日本語 after a (faked) run and fails on any English phrase of the
 * app's English text tables in the page, its accessible names, its charts'
 * figures or its canvas labels. Units, numbers and proper names are allowed
 * (`LANGUAGE_NEUTRAL`).
 */
import { RUNS_TEXT } from '../notebook/runs/runs-text';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../core/backend/backend-choice';
import { CLASS_NAMES } from '../core/data/dataset-files';
import { problem as coreProblem, ProblemError } from '../core/problem';
import { backendLabel } from '../i18n/backend-text';
import { CHART_TEXT } from '../i18n/chart-text';
import { CLASSROOM_TEXT } from '../i18n/classroom-text';
import { CORE_TEXT } from '../i18n/core-text';
import { englishIn, halfWidthBrackets, localizedPhrases, tablePhrases } from '../i18n/english-phrases';
import { STRINGS } from '../i18n/strings';
import { Cell } from '../notebook/cell-frame';
import type { LessonModule } from '../notebook/lesson-types';
import { IMAGE_DATA_SETTINGS } from '../notebook/settings/image-data-settings';
import { failure, problem, type Problem } from '../notebook/settings/problem';
import { problemText } from '../notebook/settings/problem-text';
import { stopText } from '../notebook/training-text';
import { setLang } from '../stores/settings-store';
import * as denseParams from './dense-ae/params';
import { lesson as denseLesson } from './dense-ae/index';
import { actions as denseActions, denseAe } from './dense-ae/instance';
import { TEXT as DENSE_TEXT } from './dense-ae/text';
import * as capParams from './conv-ae-pca/params';
import { lesson as capLessonModule } from './conv-ae-pca/index';
import { store as capStore } from './conv-ae-pca/instance';
import { en as capEn } from './conv-ae-pca/text-en';
import { ja as capJa } from './conv-ae-pca/text-ja';
import { doneTraining, fakeConvAePca, fakeDenseAe, fakeMetricLearning, fakePatchVae, fakeSsimAe, fakeTimeseries } from './fake-results';
import * as metricParams from './metric-learning/params';
import { lesson as metricLesson } from './metric-learning/index';
import { metric } from './metric-learning/instance';
import { en as metricEn } from './metric-learning/text-en';
import { ja as metricJa } from './metric-learning/text-ja';
import * as patchParams from './patch-vae/params';
import { lesson as patchLesson } from './patch-vae/index';
import { patchVae } from './patch-vae/instance';
import { en as patchEn } from './patch-vae/text-en';
import { ja as patchJa } from './patch-vae/text-ja';
import { LESSONS } from './registry';
import * as ssimParams from './ssim-ae/params';
import { lesson as ssimLesson } from './ssim-ae/index';
import { ssimAe } from './ssim-ae/instance';
import { en as ssimEn } from './ssim-ae/text-en';
import { ja as ssimJa } from './ssim-ae/text-ja';
import * as seriesParams from './timeseries-ae/params';
import { lesson as seriesLesson } from './timeseries-ae/index';
import { actions as seriesActions, timeseriesAe } from './timeseries-ae/instance';
import { en as seriesEn } from './timeseries-ae/text-en';
import { ja as seriesJa } from './timeseries-ae/text-ja';

const plotly = vi.hoisted(() => ({ react: vi.fn((el: HTMLElement) => Promise.resolve(el)), purge: vi.fn(), Plots: { resize: vi.fn() } }));
vi.mock('plotly.js-basic-dist-min', () => ({ default: plotly }));

/** Words drawn on canvases (axis labels of the series overlays). */
const canvasText: string[] = [];

beforeAll(() => {
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => {
      if (key === 'fillText') return (text: string) => void canvasText.push(String(text));
      if (key === 'createImageData') return (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) });
      return target[key] ?? (() => undefined);
    },
    set: (target, key, value) => Reflect.set(target, key, value),
  });
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => ctx });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(480);
  globalThis.ImageData ??= class {
    constructor(
      readonly data: Uint8ClampedArray,
      readonly width: number,
      readonly height: number,
    ) {}
  } as unknown as typeof ImageData;
  setLang('ja');
});

afterAll(() => {
  vi.restoreAllMocks();
  setLang('en');
});

/** Every ready lesson, with its store, a faked run, and a Japanese text its results show. */
const READY: Record<string, { module: LessonModule; run(): Problem[]; shows: () => string; phrases?: () => Set<string> }> = {
  'dense-ae': {
    module: denseLesson,
    run: () => (denseAe.store.setState(fakeDenseAe(denseAe.store.getState())), Object.values(denseActions.problems())),
    shows: () => CHART_TEXT.ja.confusion.caption,
  },
  // Its table's words are looked for in its own page only ("output" and "model" are also core layer and file names other pages show).
  'ssim-ae': {
    module: ssimLesson,
    run: () => (ssimAe.store.setState(fakeSsimAe(ssimAe.store.getState())), []),
    shows: () => ssimJa.tableCaption,
    phrases: () => tablePhrases(ssimEn),
  },
  'conv-ae-pca': {
    module: capLessonModule,
    run: () => (capStore.setState(fakeConvAePca(capStore.getState())), []),
    shows: () => capJa.diff.hardestCaption,
    phrases: () => tablePhrases(capEn),
  },
  'metric-learning': {
    module: metricLesson,
    run: () => (metric.store.setState(fakeMetricLearning(metric.store.getState())), []),
    shows: () => metricJa.ensembleCaption,
    phrases: () => tablePhrases(metricEn),
  },
  'patch-vae': { module: patchLesson, run: () => (patchVae.store.setState(fakePatchVae(patchVae.store.getState())), []), shows: () => patchJa.oldScore },
  'timeseries-ae': {
    module: seriesLesson,
    shows: () => seriesJa.regionCounts,
    run: () => {
      expect(seriesActions.generate()).toBe(true);
      timeseriesAe.store.setState(fakeTimeseries(timeseriesAe.store.getState()));
      return Object.values(seriesActions.problems());
    },
  },
};

/** The English phrases of every text table the lessons, the notebook and the charts use. */
function englishPhrases(): Set<string> {
  const p = new Set<string>();
  tablePhrases(STRINGS.en, p);
  tablePhrases(CHART_TEXT.en, p);
  tablePhrases(DENSE_TEXT.en, p);
  tablePhrases(patchEn, p);
  tablePhrases(seriesEn, p);
  tablePhrases(RUNS_TEXT.en, p);
  tablePhrases(CLASSROOM_TEXT.en, p);
  for (const words of Object.values(CORE_TEXT)) tablePhrases(words.en, p);
  for (const b of BACKENDS) tablePhrases(backendLabel(b, 'en'), p);
  for (const reason of ['completed', 'early-stopped', 'aborted', 'diverged'] as const) {
    for (const restoredBest of [true, false]) {
      tablePhrases(stopText({ reason, epochsRun: 7, heldEpoch: 5, patience: 2, restoredBest }, 'en'), p);
    }
  }
  tablePhrases(CLASS_NAMES.fashion, p);
  localizedPhrases([LESSONS, IMAGE_DATA_SETTINGS, denseParams, patchParams, seriesParams, ssimParams, capParams, metricParams, Object.values(READY).map((l) => l.module.cells)], p);
  return p;
}

/** The phrases of the problems a state shows, worded by the settings' own table. */
function problemPhrases(problems: Problem[], into: Set<string>): void {
  for (const q of problems) tablePhrases(problemText(q, 'en'), into);
}

/** Text nodes and accessible names of the page. */
function pageTexts(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) out.push(walker.currentNode.textContent ?? '');
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out;
}

/** Every word the Plotly figures drawn so far show: trace names, hover texts, titles, tick and annotation texts. */
function figureTexts(): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string') {
      if (['name', 'text', 'hovertemplate', 'ticktext'].includes(key)) out.push(v.replace(/%\{[^}]*\}/g, ' ').replace(/<[^>]+>/g, ' '));
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) for (const [k, x] of Object.entries(v)) walk(x, k === 'title' ? 'text' : k);
  };
  for (const [, data, layout] of plotly.react.mock.calls as unknown as [HTMLElement, unknown, unknown][]) walk({ data, layout });
  return out;
}

async function renderLesson(id: string, module: LessonModule) {
  const view = render(
    <>
      {module.cells.map((cell, i) => (
        <Cell key={cell.id} lessonId={id} cell={cell} index={i + 1} lang="ja" stale={false} proseSource={async () => null} />
      ))}
    </>,
  );
  await waitFor(() => {
    const charts = [...view.container.querySelectorAll('.al-chart__plot')];
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.filter((c) => c.getAttribute('data-status') !== 'ready')).toEqual([]);
  });
  return view;
}

function english(root: HTMLElement, phrases: Set<string>): string[] {
  const found = new Set<string>();
  for (const t of [...pageTexts(root), ...figureTexts(), ...canvasText]) for (const f of englishIn(t, phrases)) found.add(`“${f}” in “${t.trim().slice(0, 80)}”`);
  return [...found];
}

describe('every lesson in Japanese', () => {
  const phrases = englishPhrases();

  it('collects the English phrases of every table', () => {
    for (const p of ['p99 normal', 'Confusion matrix (rows: actual, columns: predicted)', 'Train a model to see this.', 'Trained', 'validation']) expect(phrases).toContain(p);
    expect(phrases).not.toContain('AUC');
  });

  it('has a faked run for every ready lesson', () => {
    expect(LESSONS.filter((l) => l.status === 'ready').map((l) => l.id).sort()).toEqual(Object.keys(READY).sort());
  });

  it.each(Object.keys(READY))('%s: every cell after a run shows no English', async (id) => {
    const { module, run, shows } = READY[id];
    plotly.react.mockClear();
    canvasText.length = 0;
    const own = new Set([...phrases, ...(READY[id].phrases?.() ?? [])]);
    act(() => problemPhrases(run(), own));
    const { container } = await renderLesson(id, module);
    expect(container.querySelectorAll('.cell-error')).toHaveLength(0);
    expect(container.textContent).not.toContain(DENSE_TEXT.ja.noResult);
    expect(container.textContent).toContain(shows());
    expect(figureTexts().length).toBeGreaterThan(3);
    if (id === 'timeseries-ae') expect(canvasText).toContain(`${seriesJa.stepAxis} 99`);
    expect(english(container, own)).toEqual([]);
    expect([...pageTexts(container), ...figureTexts()].flatMap(halfWidthBrackets)).toEqual([]);
    cleanup();
  });

  it('writes brackets around words full-width in the lessons’ Japanese titles and summaries', () => {
    expect(LESSONS.flatMap((l) => [l.title.ja, l.summary.ja]).flatMap(halfWidthBrackets)).toEqual([]);
  });

  it('problems, errors, a running curve and imported files show no English either', async () => {
    plotly.react.mockClear();
    canvasText.length = 0;
    const own = new Set(phrases);
    const shown: Problem[] = [
      failure(new Error(new ProblemError(coreProblem('batch-over-data', { batch: 512, n: 100 })).message)),
      problem('csv-ragged', { line: 2, values: 3, firstLine: 1, length: 4 }),
      problem('csv-header-skipped', { names: 4 }),
      problem('wait-training'),
    ];
    act(() => {
      denseActions.setNumber('latent', '0');
      denseAe.store.setState({ training: { ...doneTraining(), status: 'running', error: shown[0] } });
      timeseriesAe.store.setState({ csv: { ...timeseriesAe.store.getState().csv, status: 'error', error: shown[1], notes: [shown[2]] } });
      ssimAe.store.setState({
        mvtec: {
          ...ssimAe.store.getState().mvtec,
          status: 'error',
          attempt: 'carpet',
          problems: [
            { code: 'mvtec-missing-mask', values: { file: 'carpet/test/cut/000.png', mask: 'carpet/ground_truth/cut/000_mask.png' } },
            { code: 'mvtec-unreadable', values: { file: 'carpet/train/good/001.png', reason: 'corrupt' } },
            { code: 'mvtec-wrong-place', values: { file: 'carpet/train/000.png', expected: 'train/good/*.png' } },
          ],
        },
      });
      patchVae.store.setState({ tryIt: { ...patchVae.store.getState().tryIt, status: 'error', error: shown[3] }, params: { ...patchVae.store.getState().params, dataset: 'fashion', normal: [7], anomaly: [9] } });
    });
    problemPhrases([...shown, ...Object.values(denseActions.problems())], own);
    for (const id of Object.keys(READY)) {
      const { container } = await renderLesson(id, READY[id].module);
      expect(english(container, new Set([...own, ...(READY[id].phrases?.() ?? [])]))).toEqual([]);
      cleanup();
    }
  });
});
