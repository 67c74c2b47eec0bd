import type { RunMeta } from '../runs/run-record';
import { addProblemTexts } from '../settings/problem-text';

addProblemTexts({
  'run-mvtec-data': {
    en: 'This run was trained on your own MVTec AD folder, which is not kept: open the same folder in “Bring your own MVTec AD folder” first (at the run’s crop size).',
    ja: 'この実行は自分の MVTec AD フォルダで学習したもので、そのフォルダは保存されていません。先に「自分の MVTec AD フォルダで試す」で同じフォルダを（実行と同じ切り出しサイズで）開いてください。',
  },
  'run-texture-data': {
    en: 'This run was trained on the built-in data, but your MVTec AD folder is in use: go back to the built-in data first.',
    ja: 'この実行は組み込みのデータで学習したものですが、今は自分の MVTec AD フォルダを使っています。先に組み込みのデータに戻してください。',
  },
});

/** What a run keeps of its data in `extra`: the MVTec folder's name, or null for built-in data. */
export function mvtecRunExtra(folder: string | null): { source: 'mvtec' | 'built-in'; folder: string | null } {
  return { source: folder === null ? 'built-in' : 'mvtec', folder };
}

/**
 * Why a run cannot be reopened or run again on the data now in use, or null:
 * a folder run needs the same folder open, a built-in run needs no folder in use.
 * @param inUse the folder in use now, or null
 */
export function mvtecRunProblem(run: Pick<RunMeta, 'extra'>, inUse: string | null): 'run-mvtec-data' | 'run-texture-data' | null {
  if (run.extra?.source === 'mvtec') return inUse !== null && inUse === run.extra.folder ? null : 'run-mvtec-data';
  return inUse !== null ? 'run-texture-data' : null;
}
