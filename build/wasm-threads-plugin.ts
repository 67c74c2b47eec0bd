/**
 * Vite plugin that makes tfjs-backend-wasm's multi-threaded build work after bundling.
 *
 * tfjs-backend-wasm 4.22 starts its pthread workers with a Blob holding
 * `"var WasmBackendModuleThreadedSimd = " + wasmFactoryThreadedSimd.toString()`.
 * Once the factory is bundled and minified, its source refers to renamed
 * module-scope names, so every pthread dies with "ReferenceError: e is not
 * defined". This plugin emits Emscripten's original, unbundled factory script
 * (`wasm-out/tfjs-backend-wasm-threaded-simd.js`) as an asset and passes its
 * absolute URL as `mainScriptUrlOrBlob`; the pthread bootstrap then
 * `importScripts` the untouched file. Build only: the dev server pre-bundles the
 * package without minifying, where the Blob still works.
 */
import type { Plugin } from 'vite';

/** The module of tfjs-backend-wasm that creates the threaded wasm module. */
const TARGET = /[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]dist[\\/]backend_wasm\.js$/;

/** The Blob assignment in tfjs-backend-wasm 4.22's `init()`. */
const BLOB_ASSIGNMENT =
  /factoryConfig\.mainScriptUrlOrBlob\s*=\s*new Blob\(\[`var WasmBackendModuleThreadedSimd = `\s*\+\s*wasmFactoryThreadedSimd\.toString\(\)\],\s*\{\s*type:\s*'text\/javascript'\s*\}\);/;

const URL_IMPORT = "import __threadedSimdScriptUrl from '../wasm-out/tfjs-backend-wasm-threaded-simd.js?url';\n";
const URL_ASSIGNMENT = 'factoryConfig.mainScriptUrlOrBlob = new URL(__threadedSimdScriptUrl, self.location.href).href;';

/**
 * Rewrites `source` (the text of `backend_wasm.js`) to load pthreads from the
 * emitted script. Throws when the expected code is missing, e.g. after a tfjs
 * upgrade, so a broken threaded build fails the build instead of the page.
 */
export function patchBackendWasm(source: string): string {
  if (!BLOB_ASSIGNMENT.test(source)) {
    throw new Error('wasm-threads plugin: tfjs-backend-wasm no longer builds its pthread script as expected; check backend_wasm.js.');
  }
  return URL_IMPORT + source.replace(BLOB_ASSIGNMENT, URL_ASSIGNMENT);
}

/** Creates the plugin. Add it to `plugins` in `vite.config.ts` (and to worker plugins). */
export function wasmThreadsPlugin(): Plugin {
  return {
    name: 'anomaly-lab:wasm-threads',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!TARGET.test(id.split('?')[0])) return null;
      return { code: patchBackendWasm(code), map: null };
    },
  };
}
