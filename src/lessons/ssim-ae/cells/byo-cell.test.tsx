import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { encode } from 'fast-png';
import { afterEach, describe, expect, it } from 'vitest';
import type { DroppedEntry } from '../../../data/mvtec-folder';
import { setLang } from '../../../stores/settings-store';
import { ssimAe } from '../instance';
import { en } from '../text-en';
import { ByoCell } from './byo-cell';
import { DataCell } from './data-cell';

const png = (value: number) => encode({ width: 64, height: 64, data: new Uint8Array(64 * 64).fill(value), channels: 1, depth: 8 });

/** A fake drop entry tree; files hand out an object with `arrayBuffer` (jsdom's File has none). */
function entry(name: string, tree: Record<string, unknown> | Uint8Array): DroppedEntry {
  if (tree instanceof Uint8Array) {
    const file = { arrayBuffer: () => Promise.resolve(tree.slice().buffer) } as unknown as File;
    return { isFile: true, isDirectory: false, name, file: (ok) => ok(file) };
  }
  const children = Object.entries(tree).map(([n, t]) => entry(n, t as Record<string, unknown>));
  return { isFile: false, isDirectory: true, name, createReader: () => ({ readEntries: (ok) => ok(children.splice(0)) }) };
}

/** Fires a drag event on the window with the entries as its items. */
function fire(type: 'dragover' | 'drop', entries: DroppedEntry[]): Event {
  const e = new Event(type, { cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], items: entries.map((x) => ({ webkitGetAsEntry: () => x })) } });
  act(() => void window.dispatchEvent(e));
  return e;
}

afterEach(() => {
  cleanup();
  setLang('en');
});

describe('bring-your-own MVTec folder cell', () => {
  it('opens a folder dropped anywhere on the page and shows what is in use', async () => {
    setLang('en');
    ssimAe.store.setState({ params: { ...ssimAe.store.getState().params, cropSize: '64', seed: 0 } });
    render(<ByoCell />);
    const folder = entry('leather', {
      train: { good: { '000.png': png(40), '001.png': png(41), '002.png': png(42), '003.png': png(43), '004.png': png(44) } },
      test: { good: { '000.png': png(50) }, poke: { '000.png': png(60) } },
      ground_truth: { poke: { '000_mask.png': png(255) } },
    });
    expect(fire('dragover', [folder]).defaultPrevented).toBe(true);
    expect(screen.getByTestId('mvtec-drop').className).toContain('mvtec-drop--over');
    expect(fire('drop', [folder]).defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.getByTestId('mvtec-in-use').textContent).toBe(en.byo.inUse('leather', 4, 1, 2, 1)));
    expect(ssimAe.store.getState().data.dataset?.source).toBe('mvtec');
    expect(screen.getByTestId('mvtec-drop').className).not.toContain('mvtec-drop--over');
  });

  it('shows the folder in use in the data cell instead of "Make the crops", and goes back to the textures', async () => {
    setLang('en');
    render(<DataCell />);
    expect(screen.getByTestId('data-in-use').textContent).toBe(en.byo.inUse('leather', 4, 1, 2, 1));
    expect(screen.queryByTestId('data-load')).toBeNull();
    fireEvent.click(screen.getByTestId('data-back'));
    await waitFor(() => expect(ssimAe.store.getState().data.dataset?.source).toBe('texture'));
    expect(screen.queryByTestId('data-in-use')).toBeNull();
    expect(screen.getByTestId('data-load').textContent).toBe(en.load);
  });

  it('names the file of a dropped folder with a missing mask, in Japanese too', async () => {
    setLang('ja');
    render(<ByoCell />);
    fire('drop', [entry('carpet', { train: { good: { '000.png': png(1), '001.png': png(2) } }, test: { cut: { '000.png': png(3) } } })]);
    await waitFor(() => expect(screen.getByTestId('mvtec-status').getAttribute('data-state')).toBe('error'));
    expect(screen.getAllByTestId('mvtec-problem').map((li) => li.textContent)).toEqual(['carpet/test/cut/000.png のマスクがありません。carpet/ground_truth/cut/000_mask.png が必要です。']);
    expect(screen.getByTestId('mvtec-error-title').textContent).toBe('carpet は開けませんでした。レッスンは今のデータのままです。');
  });
});
