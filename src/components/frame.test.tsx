import { describe, expect, it } from 'vitest';
import { cancelQueuedFrame, nextFrame, queueFrame } from './frame';

const frame = () => new Promise<void>((resolve) => nextFrame(resolve));

describe('queueFrame', () => {
  it('runs queued callbacks one per frame, in order, skipping cancelled ones', async () => {
    const ran: string[] = [];
    queueFrame(() => ran.push('a'));
    const b = queueFrame(() => ran.push('b'));
    queueFrame(() => ran.push('c'));
    cancelQueuedFrame(b);
    await frame();
    expect(ran).toEqual(['a']);
    await frame();
    expect(ran).toEqual(['a', 'c']);
  });
});
