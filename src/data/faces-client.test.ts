import { describe, expect, it } from 'vitest';
import { FACE_FILE_BYTES } from '../core/faces/face-files';
import { ProblemError } from '../core/problem';
import { fakeFetch } from './fake-web';
import { createFacesClient } from './faces-client';

const PAGE = 'https://lab.test/app/index.html';
const file = (bytes: number): Response => new Response(new Uint8Array(bytes).fill(51), { headers: { 'Content-Type': 'application/octet-stream' } });

describe('faces client', () => {
  it('downloads {base}data/faces/{style}-{variant}.u8 once and splits it', async () => {
    const net = fakeFetch(() => file(FACE_FILE_BYTES));
    const client = createFacesClient({ fetch: net.fetch, baseUrl: '/app/', pageUrl: PAGE });
    const [a] = await Promise.all([client.fetchFaceData('notionists', 'hard', { nTrain: 3, nTestNormal: 1, nTestAnomaly: 1 }), client.fetchFaceBytes('notionists', 'hard')]);
    expect(net.calls).toEqual(['https://lab.test/app/data/faces/notionists-hard.u8']);
    expect(a.train.length).toBe(3 * 4096);
    expect(a.train[0]).toBeCloseTo(0.2, 7);
    expect(Array.from(a.testLabels)).toEqual([0, 1]);
  });

  it('names the URL when the file has the wrong size', async () => {
    const net = fakeFetch(() => file(10));
    const client = createFacesClient({ fetch: net.fetch, baseUrl: '/', pageUrl: PAGE });
    const error = await client.fetchFaceBytes('lorelei', 'normal').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toEqual({ code: 'download-failed', values: { url: 'https://lab.test/data/faces/lorelei-normal.u8', detail: '10 B' } });
  });
});
