import './notebook.css';
import type { ReactNode } from 'react';
import { layerTable, parameterCount, type DenseAeConfig } from '../core/model/dense-ae-architecture';

/** One layer as the learner sees it. */
export interface LayerTableRow {
  name: string;
  /** "784 → 392", or an output shape such as "4×4×16". */
  shape: ReactNode;
  /** Shown only when the table has an activation column. */
  activation?: string;
  params: number;
}

/** Column headings of a layer table (a lesson's text object has them). */
export interface LayerTableText {
  layer: string;
  shape: string;
  params: string;
  total: string;
}

/** The words that name a layer's part and role (`NOTEBOOK_TEXT`'s `layerWords`). */
export interface LayerWords {
  encoder: string;
  decoder: string;
  dense: string;
  latent: string;
  output: string;
  headMu: string;
  headSigma2: string;
  sharedSigma2: string;
}

/** Props of `LayerTable`. */
export interface LayerTableProps {
  rows: readonly LayerTableRow[];
  text: LayerTableText;
  /** Heading of the activation column; without it the table has none. */
  activationLabel?: string;
  /** The total in the footer (default: the sum of the rows). */
  total?: number;
}

/** A model's layers with their parameter counts and the total (`data-testid="layer-table"`, `param-count`). */
export function LayerTable({ rows, text, activationLabel, total }: LayerTableProps) {
  const withActivation = activationLabel !== undefined;
  const sum = total ?? rows.reduce((s, r) => s + r.params, 0);
  return (
    <table className="nb-layer-table" data-testid="layer-table">
      <thead>
        <tr>
          <th>{text.layer}</th>
          <th>{text.shape}</th>
          {withActivation ? <th>{activationLabel}</th> : null}
          <th className="nb-num">{text.params}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{r.name}</td>
            <td>{r.shape}</td>
            {withActivation ? <td>{r.activation}</td> : null}
            <td className="nb-num">{r.params.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={withActivation ? 3 : 2}>{text.total}</td>
          <td className="nb-num" data-testid="param-count">
            {sum.toLocaleString('en-US')}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The layer table of a dense autoencoder: in → out sizes, activations and parameters. */
export function DenseLayerTable({ config, text }: { config: DenseAeConfig; text: LayerTableText & { activation: string; layerWords: LayerWords } }) {
  const w = text.layerWords;
  const rows = layerTable(config).map((r) => ({
    name: `${w[r.part]} · ${r.role === 'dense' ? `${w.dense} ${r.index}` : w[r.role]}`,
    shape: (
      <>
        {r.inputs} → {r.outputs}
      </>
    ),
    activation: r.activation,
    params: r.params,
  }));
  return <LayerTable rows={rows} text={text} activationLabel={text.activation} total={parameterCount(config)} />;
}
