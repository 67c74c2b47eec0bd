import { useSyncExternalStore } from 'react';
import { useBackendReport } from '../stores/backend-store';
import { rememberedCount, subscribeSpeeds, type BatchSpeedMemory, type EpochEstimate, type FlopSpeedMemory, type SpeedMemory } from './speed-memory';

/** The current backend, and a redraw whenever a run's speed is remembered (a run that just ended changes the estimate). */
function useBackendAndSpeeds(): string | null {
  useSyncExternalStore(subscribeSpeeds, rememberedCount);
  return useBackendReport()?.backend ?? null;
}

/** Seconds per epoch of `nSamples` in batches of `batch` on the current backend, from a lesson's batch-speed memory. */
export function useBatchEstimate(memory: BatchSpeedMemory, nSamples: number, batch: number): EpochEstimate {
  const backend = useBackendAndSpeeds();
  return memory.estimateEpochSeconds(nSamples, batch, memory.read(), backend);
}

/** Seconds per epoch of `flopsPerEpoch` on the current backend, from a lesson's FLOP-speed memory. */
export function useFlopEstimate(memory: FlopSpeedMemory, flopsPerEpoch: number): EpochEstimate {
  const backend = useBackendAndSpeeds();
  return memory.estimateEpochSeconds(flopsPerEpoch, memory.read(), backend);
}

/** Seconds for `work` on the current backend, from a lesson's speed memory. */
export function useSpeedEstimate(memory: SpeedMemory, work: number): EpochEstimate {
  const backend = useBackendAndSpeeds();
  return memory.estimate(work, memory.read(), backend);
}
