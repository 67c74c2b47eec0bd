/**
 * Messages between the bench page and its conv-AE worker (no worker code, so
 * Node can import the types).
 */
import type { ConvAeBenchResult } from '../conv-ae-workload';

/** The page's one request. */
export interface ConvAeWorkerRequest {
  threads: number;
  epochs: number;
  /** Train only the lesson default's two cases (SSIM and L2 at 64², width 0.5), not every size. */
  defaultOnly?: boolean;
}

/** Progress lines, then the result or why it failed. */
export type ConvAeWorkerMessage = { type: 'log'; line: string } | { type: 'done'; result: ConvAeBenchResult } | { type: 'failed'; reason: string };

/** What the page returns to `npm run bench`. */
export interface ConvAeCaseResult {
  log: string[];
  result: ConvAeBenchResult | null;
  reason?: string;
}
