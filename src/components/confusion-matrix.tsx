import type { CSSProperties } from 'react';
import type { ChartText } from './chart-text';
import { formatPercent } from './format';
import './components.css';

export interface ConfusionMatrixProps {
  /** Anomalies flagged as anomalies (anomaly = positive class). */
  tp: number;
  /** Normals flagged as anomalies (false alarms). */
  fp: number;
  /** Normals passed as normal. */
  tn: number;
  /** Anomalies missed (passed as normal). */
  fn: number;
  /** Caption, headers and cell names. */
  text: ChartText['confusion'];
  /** Default: the text's caption. */
  caption?: string;
}

interface Cell {
  count: number;
  /** Fraction of its actual-class row. */
  fraction: number | undefined;
  name: string;
  correct: boolean;
  /** Short id (tp, fp, tn, fn), used as `data-testid="cm-<id>"`. */
  id: 'tp' | 'fp' | 'tn' | 'fn';
}

function row(a: number, b: number, names: [string, string], ids: [Cell['id'], Cell['id']], correctIndex: 0 | 1): [Cell, Cell] {
  const total = a + b;
  const frac = (n: number) => (total > 0 ? n / total : undefined);
  return [
    { count: a, fraction: frac(a), name: names[0], id: ids[0], correct: correctIndex === 0 },
    { count: b, fraction: frac(b), name: names[1], id: ids[1], correct: correctIndex === 1 },
  ];
}

/** Row-normalised confusion matrix. Rows = actual class, columns = predicted class. */
export function confusionRows({ tp, fp, tn, fn, text: t }: Pick<ConfusionMatrixProps, 'tp' | 'fp' | 'tn' | 'fn' | 'text'>): [[Cell, Cell], [Cell, Cell]] {
  return [row(tn, fp, [t.tn, t.fp], ['tn', 'fp'], 0), row(fn, tp, [t.fn, t.tp], ['fn', 'tp'], 1)];
}

const ROW_CLASSES = ['normal', 'anomaly'] as const;

export function ConfusionMatrix({ tp, fp, tn, fn, text, caption = text.caption }: ConfusionMatrixProps) {
  const rows = confusionRows({ tp, fp, tn, fn, text });
  const rowHeads = [text.actualNormal, text.actualAnomaly];
  return (
    <table className="al-c al-cm">
      <caption className="al-cm__caption">{caption}</caption>
      <thead>
        <tr>
          <td className="al-cm__corner" />
          <th scope="col" className="al-cm__head al-cm__head--normal">{text.predictedNormal}</th>
          <th scope="col" className="al-cm__head al-cm__head--anomaly">{text.predictedAnomaly}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={ROW_CLASSES[r]}>
            <th scope="row" className={`al-cm__head al-cm__head--${ROW_CLASSES[r]}`}>{rowHeads[r]}</th>
            {cells.map((cell) => (
              <td
                key={cell.id}
                className={`al-cm__cell ${cell.correct ? 'al-cm__cell--correct' : 'al-cm__cell--error'}`}
                style={{ '--frac': (cell.fraction ?? 0).toFixed(4) } as CSSProperties}
                data-fraction={cell.fraction ?? ''}
                data-testid={`cm-${cell.id}`}
                data-count={cell.count}
              >
                <span className="al-cm__count">{cell.count.toLocaleString('en-US')}</span>
                <span className="al-cm__pct">{formatPercent(cell.fraction)}</span>
                <span className="al-cm__name">{cell.name}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
