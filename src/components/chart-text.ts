/**
 * Every word the shared charts and widgets show, in one language. Components
 * take it as a prop (callers pass the learner's language, see
 * `src/i18n/chart-text.ts`); they never read a store.
 */
export interface ChartText {
  /** Placeholder of a Plotly chart before it draws. */
  chart: {
    loading: (label: string) => string;
    failed: (label: string) => string;
    /** Accessible name of a chart's download button, e.g. format "PNG". */
    download: (label: string, format: string) => string;
    /** Plotly's own words (toolbar buttons, the zoom hint) by their English text; empty keeps Plotly's English. */
    plotly: Record<string, string>;
    /** A legend or hover name with a detail in brackets: "ROC (AUC 0.93)", "ROC（AUC 0.93）". */
    paren: (name: string, detail: string) => string;
  };
  loss: {
    title: string;
    /** Axis and hover word, e.g. "epoch". */
    epoch: string;
    loss: string;
    /** Appended to an axis title on a log scale, e.g. "(log)". */
    log: string;
    train: string;
    validation: string;
    /** A loss drawn on the chart's top edge because it is far above the rest. */
    offChart: string;
    best: (epoch: number) => string;
  };
  histogram: {
    normal: string;
    anomaly: string;
    /** Hover word of a bin's score range. */
    score: string;
    /** Default x-axis title. */
    axis: string;
    count: string;
    /** Appended to the count axis title on a log scale. */
    log: string;
    threshold: string;
  };
  roc: { title: string; chance: string; fpr: string; tpr: string };
  pr: {
    title: string;
    chance: string;
    precision: string;
    recall: string;
    /** Shown for a precision of nothing flagged (0/0), which has no value: "—". */
    none: string;
  };
  confusion: {
    caption: string;
    predictedNormal: string;
    predictedAnomaly: string;
    actualNormal: string;
    actualAnomaly: string;
    tn: string;
    fp: string;
    fn: string;
    tp: string;
  };
  slider: {
    /** Default label of the threshold slider. */
    label: string;
    /** Accessible name of the number box. */
    exactValue: (label: string) => string;
    /** Accessible name of a mark's button. */
    jumpTo: (mark: string, value: string) => string;
    notNumber: (text: string, kept: string) => string;
    belowMin: (text: string, min: string) => string;
    aboveMax: (text: string, max: string) => string;
  };
  grid: {
    /** Accessible name of one image: its row's label and its column's title. */
    image: (row: string, column: string) => string;
    /** Column title of an untitled example. */
    example: (id: string | number) => string;
    /** Accessible name of a row's colour bar, from its lowest to its highest value. */
    colourScale: (min: string, max: string) => string;
    /** Name of a grid without a caption. */
    region: string;
    /** Name of a grid that scrolls sideways: its caption, and that it scrolls. */
    scrolls: (name: string) => string;
    /** Shown under a grid that scrolls sideways. */
    scrollHint: string;
  };
  /**
   * One-sentence summaries shown under the charts and updated with them, so a
   * chart can be read without seeing it (numbers come formatted).
   */
  summary: {
    roc: (auc: string, at: { threshold: string; normalsPass: string; anomaliesCaught: string } | null) => string;
    pr: (ap: string, at: { precision: string; recall: string } | null) => string;
    histogram: (counts: { normal: string; anomaly: string }, at: { threshold: string; normalsAbove: string; anomaliesAbove: string } | null) => string;
    loss: (epochs: number, last: { train: string; validation: string | null }, best: number | null) => string;
  };
}

/** An axis word and its note, e.g. "loss (log)"; no space before a note in full-width brackets ("損失（対数）"). */
export function withNote(word: string, note: string): string {
  return note.startsWith('（') ? `${word}${note}` : `${word} ${note}`;
}

/** Upper-cases the first letter (axis titles from the same words as legends; Japanese is unchanged). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
