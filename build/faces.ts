/**
 * Node-only renderer of the built-in faces (`src/core/faces/face-files.ts`
 * describes the file). DiceBear draws each identity from its seed twice, with
 * glasses off and on: the random stream is the same, so the two faces differ
 * only where the glasses are. `@resvg/resvg-js` rasterises each SVG at
 * 64×64 on white; grey = round(0.299 R + 0.587 G + 0.114 B).
 *
 * The "hard" variant adds a small shift per identity (the same for both
 * faces), lets every hair style in, and blends the glasses in at 35–70 %
 * contrast (thin, faint frames). Identities whose glasses end up hidden (under
 * hair) are re-drawn with the next seed, so every face with glasses shows them.
 *
 * Used by the dataset plugin (dev server and build) and by `npm run eval`, so
 * both get the same bytes. A set takes ~10 s to render; results are memoised
 * in memory and cached on disk under `node_modules/.cache/anomaly-lab-faces/`
 * (keyed by {@link FACE_RENDER_VERSION} and the DiceBear version).
 * Licences: see `data/faces/README.md`.
 */
import { createAvatar, type Style } from '@dicebear/core';
import * as lorelei from '@dicebear/lorelei';
import * as notionists from '@dicebear/notionists';
import * as openPeeps from '@dicebear/open-peeps';
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FACE_FILE_BYTES, FACE_GLASSES, FACE_IDENTITIES, FACE_PIXELS } from '../src/core/faces/face-files';
import { FACE_SIZE, type FaceStyle, type FaceVariant } from '../src/core/pipeline/conv-ae-pca-types';
import { createRng } from '../src/core/random/rng';

/** Bump when the drawing changes, so caches re-render. */
export const FACE_RENDER_VERSION = 1;
/** Fewest pixels a visible pair of glasses changes. */
const MIN_MASK_PIXELS = 24;

const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/anomaly-lab-faces/', import.meta.url));
const DICEBEAR_VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/@dicebear/core/package.json', import.meta.url)), 'utf8')) as { version: string }).version;

type Options = Record<string, unknown>;

interface StyleSpec {
  style: Style<Options>;
  /** Options that turn glasses off / on. */
  glasses: (on: boolean) => Options;
  /** Options of the normal variant (fewer hair styles, no props over the face). */
  normal: Options;
  /** Options of the hard variant. */
  hard: Options;
}

const variants = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

const STYLES: Record<FaceStyle, StyleSpec> = {
  lorelei: {
    style: lorelei as unknown as Style<Options>,
    glasses: (on) => ({ glassesProbability: on ? 100 : 0 }),
    normal: { hair: variants('variant', 12), hairAccessoriesProbability: 0, earringsProbability: 0 },
    hard: {},
  },
  notionists: {
    style: notionists as unknown as Style<Options>,
    glasses: (on) => ({ glassesProbability: on ? 100 : 0 }),
    normal: { hair: variants('variant', 16), gestureProbability: 0, bodyIconProbability: 0 },
    hard: {},
  },
  'open-peeps': {
    style: openPeeps as unknown as Style<Options>,
    glasses: (on) => ({ accessories: ['glasses', 'glasses2', 'glasses3', 'glasses4', 'glasses5'], accessoriesProbability: on ? 100 : 0 }),
    normal: { head: ['short1', 'short2', 'short3', 'short4', 'short5', 'bangs', 'bun', 'medium1', 'medium2', 'medium3', 'long', 'pomp'], maskProbability: 0 },
    hard: { maskProbability: 0 },
  },
};

/** One face as 64×64 grey levels. */
function rasterise(svg: string): Uint8Array {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: FACE_SIZE }, background: 'white' }).render();
  if (image.width !== FACE_SIZE || image.height !== FACE_SIZE) throw new Error(`face rendered at ${image.width}×${image.height}`);
  const rgba = image.pixels;
  const grey = new Uint8Array(FACE_PIXELS);
  for (let p = 0; p < FACE_PIXELS; p++) grey[p] = Math.round(0.299 * rgba[4 * p] + 0.587 * rgba[4 * p + 1] + 0.114 * rgba[4 * p + 2]);
  return grey;
}

/** Pixels where two faces differ. */
function changed(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let p = 0; p < a.length; p++) if (a[p] !== b[p]) n++;
  return n;
}

/** The face of identity `i` without glasses and, when asked, with them (re-drawn until the glasses show), 64×64 grey levels each. */
export function renderIdentity(style: FaceStyle, variant: FaceVariant, i: number, withGlasses: boolean): { plain: Uint8Array; glasses: Uint8Array | null } {
  const spec = STYLES[style];
  const hard = variant === 'hard';
  for (let attempt = 0; ; attempt++) {
    const seed = `${style}-${variant}-${i}${attempt > 0 ? `-${attempt}` : ''}`;
    const rng = createRng(i * 7919 + attempt * 104729 + (hard ? 1 : 0));
    const shift = hard ? { translateX: rng.int(11) - 5, translateY: rng.int(11) - 5 } : {};
    const base = { seed, ...(hard ? spec.hard : spec.normal), ...shift };
    const plain = rasterise(createAvatar(spec.style, { ...base, ...spec.glasses(false) }).toString());
    if (!withGlasses) return { plain, glasses: null };
    const full = rasterise(createAvatar(spec.style, { ...base, ...spec.glasses(true) }).toString());
    const contrast = hard ? 0.35 + 0.35 * rng.next() : 1;
    const glasses = full.map((v, p) => Math.round(plain[p] + contrast * (v - plain[p])));
    if (changed(plain, glasses) >= MIN_MASK_PIXELS || attempt >= 20) return { plain, glasses };
  }
}

/** Renders a whole face file ({@link FACE_FILE_BYTES} bytes), without caches. */
export function renderFaceSet(style: FaceStyle, variant: FaceVariant): Uint8Array {
  const out = new Uint8Array(FACE_FILE_BYTES);
  const firstGlasses = FACE_IDENTITIES - FACE_GLASSES;
  for (let i = 0; i < FACE_IDENTITIES; i++) {
    const { plain, glasses } = renderIdentity(style, variant, i, i >= firstGlasses);
    out.set(plain, i * FACE_PIXELS);
    if (glasses) out.set(glasses, (FACE_IDENTITIES + i - firstGlasses) * FACE_PIXELS);
  }
  return out;
}

const memo = new Map<string, Promise<Uint8Array>>();

/**
 * A face file's bytes: from memory, else from the disk cache, else rendered
 * (then cached). Shared between callers: do not mutate.
 */
export function loadFaceBytes(style: FaceStyle, variant: FaceVariant): Promise<Uint8Array> {
  const key = `${style}-${variant}`;
  let entry = memo.get(key);
  if (!entry) {
    entry = Promise.resolve().then(() => cachedOrRendered(style, variant));
    memo.set(key, entry);
    entry.catch(() => memo.delete(key));
  }
  return entry;
}

function cachedOrRendered(style: FaceStyle, variant: FaceVariant): Uint8Array {
  const file = `${CACHE_DIR}${style}-${variant}-r${FACE_RENDER_VERSION}-d${DICEBEAR_VERSION}.u8`;
  try {
    const bytes = new Uint8Array(readFileSync(file));
    if (bytes.length === FACE_FILE_BYTES) return bytes;
  } catch {
    // Not cached yet.
  }
  const bytes = renderFaceSet(style, variant);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    // A read-only tree: keep the render in memory only.
  }
  return bytes;
}
