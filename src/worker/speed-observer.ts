import type { CalibrationWorkload } from '../core/backend/calibrate';
import { recordObservedSpeed } from './backend-calibration';
import type { FromWorker } from './protocol';

/**
 * Wraps the worker's `post` so every training run also teaches 'auto': the
 * seconds per step of each epoch after the first (the first pays for kernel
 * compilation) are remembered for the backend the run reported.
 */
export function observeSpeeds(post: (msg: FromWorker) => void, workload: CalibrationWorkload): (msg: FromWorker) => void {
  let backend: Extract<FromWorker, { type: 'backend' }>['report']['backend'] | null = null;
  let batchesPerEpoch = 0;
  return (msg) => {
    post(msg);
    if (msg.type === 'backend') backend = msg.report.backend;
    if (msg.type !== 'event') return;
    const e = msg.event;
    if (e.type === 'start') batchesPerEpoch = e.batchesPerEpoch;
    if (e.type === 'epoch' && e.epoch > 1 && backend && batchesPerEpoch > 0) void recordObservedSpeed(backend, workload, e.seconds / batchesPerEpoch);
  };
}
