/**
 * The HTTP headers the app is served with: cross-origin isolation (wasm
 * threads), a strict Content-Security-Policy and hardening headers. `npm run
 * preview` sends `productionHeaders()`, as a deployment should (README,
 * "Deploying"); `npm start` sends the same with the few sources the dev server
 * needs on top (`devContentSecurityPolicy`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/** Cross-origin isolation lets the wasm backend use SharedArrayBuffer threads. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Powerful features the app never uses, denied to it and to anything it could
 * embed. Only names Chromium knows: an unknown one is logged as a console
 * warning (Chromium 14x does not know `bluetooth`).
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * The production policy, one directive per source the app needs:
 * - `script-src 'self' 'wasm-unsafe-eval'`: the bundle, and compiling the
 *   tfjs WebAssembly binaries (no `eval`, no inline script: index.html has none).
 * - `worker-src 'self' blob:`: the training and CSV module workers and the
 *   service worker are files of the app; the wasm backend starts its pthread
 *   workers from a `blob:` URL that tfjs builds in the training worker.
 * - `style-src 'self' 'unsafe-inline'`: KaTeX lays formulas out with `style`
 *   attributes in the HTML it returns, which only 'unsafe-inline' allows (hashes
 *   cover `<style>` elements, not attributes). Styles cannot run script, and with
 *   images, fonts and connections limited to the app's origin they cannot send
 *   data away either.
 * - `img-src 'self' data:`: the select arrow is an inline SVG in the CSS.
 * - `font-src`, `connect-src`, everything else: the app's origin only;
 *   `object-src`, `base-uri`, `form-action`, `frame-ancestors`: none.
 */
export const PRODUCTION_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** A policy object as a header value. */
export function serializeCsp(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Every header of a production deployment. */
export function productionHeaders(): Record<string, string> {
  return {
    ...ISOLATION_HEADERS,
    'Content-Security-Policy': serializeCsp(PRODUCTION_CSP),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
  };
}

/** `'sha256-…'` of an inline script's text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline `<script>` (one without `src`) in `html`. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs)).map(([, , text]) => text);
}

/**
 * The dev server's policy: the production one plus
 * - the hash of each inline script Vite writes into index.html (React Refresh's
 *   preamble), so no 'unsafe-inline';
 * - `blob:` in `script-src`: without the build's wasm-threads plugin, tfjs
 *   hands its pthread workers the wasm factory as a Blob to `importScripts`.
 * Hot reload's websocket goes to the page's own origin, which 'self' covers.
 */
export function devContentSecurityPolicy(inlineScriptHashes: string[]): string {
  return serializeCsp({ ...PRODUCTION_CSP, 'script-src': [...PRODUCTION_CSP['script-src'], ...inlineScriptHashes, 'blob:'] });
}

async function devPolicy(server: ViteDevServer): Promise<string> {
  const html = await server.transformIndexHtml('/', await readFile(join(server.config.root, 'index.html'), 'utf8'));
  return devContentSecurityPolicy(inlineScripts(html).map(scriptHash));
}

/**
 * Sends the headers: `preview.headers` for `npm run preview`, and on the dev
 * server the same headers with the dev policy, set on every response before
 * Vite's own middlewares run.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'anomaly-lab:security-headers',
    config: () => {
      const headers = productionHeaders();
      const devHeaders = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'Content-Security-Policy'));
      return { server: { headers: devHeaders }, preview: { headers } };
    },
    configureServer(server) {
      let policy: Promise<string> | null = null;
      server.middlewares.use((_req, res, next) => {
        policy ??= devPolicy(server);
        policy.then(
          (value) => {
            res.setHeader('Content-Security-Policy', value);
            next();
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
