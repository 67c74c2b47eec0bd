export { validateScoresLabels } from './validate';
export {
  buildSweep,
  countsAt,
  confusionAt,
  type Confusion,
  type ThresholdSweep,
} from './threshold-sweep';
export { rocCurve, rocAuc, type RocCurve } from './roc';
export { prCurve, type PrCurve } from './pr';
export { binaryStats, type BinaryStats, type PositiveClass } from './binary-stats';
export { bestF1, type BestF1 } from './best-f1';
export { quantile } from './quantile';
export { histogramEdges, histogramCounts } from './histogram';
