import './notebook.css';
import { ActionButton } from '../components/action-button';
import { ImageGrid, type ImageColumn } from '../components/image-grid';
import type { ImageSplit } from '../core/data/class-split';
import { ErrorNotice } from './error-notice';
import type { Lang } from '../i18n/lang';
import type { ImageDataState } from './image-data-loader';
import { problemText } from './settings/problem-text';
import { useChartText } from '../i18n/chart-text';

/** The counts of a loaded image split. */
export type SplitCounts = ImageSplit['counts'];

/** Which counts the row shows, in this order, and their test ids. */
const COUNT_IDS: readonly [keyof SplitCounts, string][] = [
  ['train', 'count-train'],
  ['val', 'count-val'],
  ['testNormal', 'count-test-normal'],
  ['testAnomaly', 'count-test-anomaly'],
];

/** Props of `LoadDataRow`. */
export interface LoadDataRowProps {
  /** The lesson's data: its status, the error of a failed load, and the split whose counts are shown. */
  data: ImageDataState;
  /** The button is disabled while the settings cannot be loaded. */
  blocked: boolean;
  /** The button's words, and a label per count to show (a count without a label is left out). */
  text: { load: string; loading: string; counts: Partial<Record<keyof SplitCounts, string>> };
  lang: Lang;
  onLoad(): unknown;
}

/** "Load data" (`data-testid="data-load"`), the loaded counts (`count-train`, …) and a failed load's error. */
export function LoadDataRow({ data, blocked, text, lang, onLoad }: LoadDataRowProps) {
  const counts = data.split?.counts;
  return (
    <>
      <div className="nb-cell-actions">
        <ActionButton className="btn" data-testid="data-load" data-cell-run="" unavailable={blocked || data.status === 'loading'} onClick={() => void onLoad()}>
          {data.status === 'loading' ? text.loading : text.load}
        </ActionButton>
        {counts ? (
          <dl className="nb-counts">
            {COUNT_IDS.map(([key, testId]) =>
              text.counts[key] === undefined ? null : (
                <div key={key}>
                  <dt>{text.counts[key]}</dt>
                  <dd data-testid={testId}>{counts[key]}</dd>
                </div>
              ),
            )}
          </dl>
        ) : null}
      </div>
      {data.error ? <ErrorNotice>{problemText(data.error, lang)}</ErrorNotice> : null}
    </>
  );
}

/** Props of `SampleGrid`. */
export interface SampleGridProps {
  /** One column per example: a normal image above an anomaly. */
  columns: ImageColumn[];
  /** Side of the square images in pixels. */
  side: number;
  rowLabels: string[];
  caption: string;
}

/** A few test images per group (`data-testid="sample-grid"`). */
export function SampleGrid({ columns, side, rowLabels, caption }: SampleGridProps) {
  const c = useChartText();
  return (
    <figure data-testid="sample-grid">
      <ImageGrid columns={columns} width={side} height={side} rowLabels={rowLabels} scale={2} text={c.grid} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
