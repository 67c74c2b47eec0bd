import { useBackendReport } from '../stores/backend-store';
import type { BatchSpeedMemory, EpochEstimate, FlopSpeedMemory, SpeedMemory } from './speed-memory';

/** Seconds per epoch of `nSamples` in batches of `batch` on the current backend, from a lesson's batch-speed memory. */
export function useBatchEstimate(memory: BatchSpeedMemory, nSamples: number, batch: number): EpochEstimate {
  const backend = useBackendReport()?.backend ?? null;
  return memory.estimateEpochSeconds(nSamples, batch, memory.read(), backend);
}

/** Seconds per epoch of `flopsPerEpoch` on the current backend, from a lesson's FLOP-speed memory. */
export function useFlopEstimate(memory: FlopSpeedMemory, flopsPerEpoch: number): EpochEstimate {
  const backend = useBackendReport()?.backend ?? null;
  return memory.estimateEpochSeconds(flopsPerEpoch, memory.read(), backend);
}

/** Seconds for `work` on the current backend, from a lesson's speed memory. */
export function useSpeedEstimate(memory: SpeedMemory, work: number): EpochEstimate {
  const backend = useBackendReport()?.backend ?? null;
  return memory.estimate(work, memory.read(), backend);
}
