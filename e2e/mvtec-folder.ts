/**
 * MVTec AD category folders written by a spec itself (the SSIM and
 * metric-learning lessons open them): tiny 32×32 PNGs, a temp dir per spec,
 * and opening one in the page's folder picker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encode } from 'fast-png';
import type { Page } from 'playwright-core';
import { byTestId } from './browser';

/** A 32×32 grey PNG: a seeded weave, or a mask with a 6×6 square. */
function png(seed: number, mask = false): Uint8Array {
  const data = new Uint8Array(32 * 32);
  for (let i = 0; i < data.length; i++) {
    const x = i % 32;
    const y = Math.floor(i / 32);
    data[i] = mask ? (x >= 10 && x < 16 && y >= 10 && y < 16 ? 255 : 0) : Math.round(127 + 60 * Math.sin(x * 0.8 + seed) * Math.cos(y * 0.8) + ((i * 7919 + seed * 31) % 17));
  }
  return encode({ width: 32, height: 32, data, channels: 1, depth: 8 });
}

/** A temp dir for a spec's folders: `writeFolder(name, files)` writes a category (path → bytes) and returns its path; `removeFolders` deletes them all. */
export function tempFolders(prefix: string) {
  const folders = mkdtempSync(join(tmpdir(), prefix));
  return {
    writeFolder(name: string, files: Record<string, Uint8Array>): string {
      const root = join(folders, name);
      for (const [path, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), bytes);
      }
      return root;
    },
    removeFolders: () => rmSync(folders, { recursive: true, force: true }),
  };
}

/** 5 good training images; test: 1 good and 2 cuts, each cut with its mask. */
export function category(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < 5; i++) files[`train/good/00${i}.png`] = png(i);
  files['test/good/000.png'] = png(10);
  files['test/cut/000.png'] = png(11);
  files['test/cut/001.png'] = png(12);
  files['ground_truth/cut/000_mask.png'] = png(0, true);
  files['ground_truth/cut/001_mask.png'] = png(0, true);
  return files;
}

/** Picks `dir` in the folder cell and waits until it is loaded or refused. */
export async function openFolder(page: Page, dir: string): Promise<string> {
  await page.locator(byTestId('mvtec-folder')).setInputFiles(dir);
  await page.waitForFunction((sel) => ['ready', 'error'].includes(document.querySelector(sel)?.getAttribute('data-state') ?? ''), byTestId('mvtec-status'), { timeout: 60_000 });
  return (await page.locator(byTestId('mvtec-status')).getAttribute('data-state')) ?? '';
}

