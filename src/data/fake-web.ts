/** Test doubles for the data clients: Cache Storage backed by Maps, and a counting fetch. Used by tests only. */

/** Cache Storage backed by Maps (`stores`: cache name → URL → response); `failPut` makes every put throw a quota error. */
export function fakeCaches(failPut = false): CacheStorage & { stores: Map<string, Map<string, Response>> } {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string): Promise<Cache> => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (url: string) => store.get(url)?.clone(),
      put: async (url: string, res: Response) => {
        if (failPut) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        store.set(url, new Response(await res.arrayBuffer(), res));
      },
      delete: async (url: string) => store.delete(url),
    } as unknown as Cache;
  };
  return { stores, open } as unknown as CacheStorage & { stores: Map<string, Map<string, Response>> };
}

/** A fetch that answers with `body(url)` after a millisecond, recording each requested URL in `calls`. */
export function fakeFetch(body: (url: string) => Response): { calls: string[]; fetch: (url: string) => Promise<Response> } {
  const calls: string[] = [];
  const fetch = async (url: string): Promise<Response> => {
    calls.push(url);
    await new Promise((r) => setTimeout(r, 1));
    return body(url);
  };
  return { calls, fetch };
}
