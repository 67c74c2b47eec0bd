/**
 * Memory readings of the app for the endurance bench, each after a full
 * garbage collection (Chrome DevTools Protocol):
 *
 * - the page's JavaScript heap (`HeapProfiler.collectGarbage`, then
 *   `Runtime.getHeapUsage().usedSize`) on the page's own session;
 * - the training worker's JavaScript heap, the same two commands sent to the
 *   worker's target through a browser session (`Target.attachToTarget` without
 *   flattening, messages wrapped in `Target.sendMessageToTarget`), because
 *   Playwright offers CDP sessions for pages only;
 * - the worker's tfjs engine (`tf.memory()`: tensors and their bytes, via the
 *   engine tfjs keeps on the global scope) and the size of the WebAssembly
 *   backend's memory, read with `Worker.evaluate`.
 */
import type { Browser, CDPSession, Page, Worker } from 'playwright-core';

/** One reading. Bytes; null where the training worker does not exist (yet). */
export interface MemoryReading {
  pageHeapBytes: number;
  workerHeapBytes: number | null;
  tensors: number | null;
  tensorBytes: number | null;
  /** The WebAssembly backend's linear memory (it only grows), or null on another backend. */
  wasmMemoryBytes: number | null;
}

/** Reads the memory of one page and its training worker; see the module comment. */
export interface MemoryProbe {
  read(): Promise<MemoryReading>;
  close(): Promise<void>;
}

const TRAIN_WORKER = /\/assets\/train-worker-[^/]*\.js$/;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Sends CDP commands to a target through the browser session (non-flattened). */
class TargetChannel {
  private next = 0;
  private readonly waiting = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(
    private readonly browser: CDPSession,
    private readonly sessionId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== this.sessionId) return;
      const reply = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (reply.id !== undefined) this.waiting.get(reply.id)?.(reply);
    });
  }

  static async open(browser: CDPSession, targetId: string): Promise<TargetChannel> {
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    return new TargetChannel(browser, sessionId);
  }

  call<T>(method: string, params: object = {}, timeoutMs = 30_000): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the worker in ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result as T);
      });
      void this.browser.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  }

  detach(): Promise<unknown> {
    return this.browser.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

/** What the training worker's tfjs engine holds; runs inside the worker. */
function engineMemory(): { tensors: number; tensorBytes: number; wasmMemoryBytes: number | null } | null {
  const engine = (globalThis as unknown as { _tfengine?: { memory(): { numTensors: number; numBytes: number }; backendInstance?: { wasm?: { HEAPU8?: Uint8Array } } } })._tfengine;
  if (!engine) return null;
  const m = engine.memory();
  const heap = engine.backendInstance?.wasm?.HEAPU8;
  return { tensors: m.numTensors, tensorBytes: m.numBytes, wasmMemoryBytes: heap ? heap.buffer.byteLength : null };
}

/** Opens the probe for `page` (its page session now, the worker's target at each reading). */
export async function memoryProbe(browser: Browser, page: Page): Promise<MemoryProbe> {
  const pageSession = await page.context().newCDPSession(page);
  const browserSession = await browser.newBrowserCDPSession();
  const channels = new Map<string, TargetChannel>();

  async function workerHeap(): Promise<number | null> {
    const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const workers = targetInfos.filter((t) => t.type === 'worker' && TRAIN_WORKER.test(t.url));
    if (workers.length === 0) return null;
    let used = 0;
    for (const w of workers) {
      let channel = channels.get(w.targetId);
      if (!channel) {
        channel = await TargetChannel.open(browserSession, w.targetId);
        channels.set(w.targetId, channel);
      }
      await channel.call('HeapProfiler.collectGarbage');
      used += (await channel.call<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    }
    return used;
  }

  const trainWorker = (): Worker | undefined => page.workers().find((w) => TRAIN_WORKER.test(w.url()));

  return {
    async read() {
      await pageSession.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await pageSession.send('Runtime.getHeapUsage')) as { usedSize: number };
      const engine = (await trainWorker()?.evaluate(engineMemory).catch(() => null)) ?? null;
      return {
        pageHeapBytes: usedSize,
        workerHeapBytes: await workerHeap(),
        tensors: engine?.tensors ?? null,
        tensorBytes: engine?.tensorBytes ?? null,
        wasmMemoryBytes: engine?.wasmMemoryBytes ?? null,
      };
    },
    async close() {
      for (const c of channels.values()) await c.detach();
      await pageSession.detach().catch(() => undefined);
      await browserSession.detach().catch(() => undefined);
    },
  };
}
