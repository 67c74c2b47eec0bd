import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';

/**
 * Test setup shared by the model tests: every test of the calling file runs on
 * `backend` (default the cpu reference) and must leave `tf.memory().numTensors`
 * as it found it. Call once at the top level of a test file.
 */
export function useTestBackend(backend = 'cpu'): void {
  let before = 0;
  beforeAll(async () => {
    await tf.setBackend(backend);
    await tf.ready();
  });
  beforeEach(() => {
    before = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(before);
  });
}

/** Largest |a − b| relative to the largest |b| (relative to 1 when |b| ≤ 1 everywhere); equal lengths expected. */
export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / Math.max(scale, 1);
}
