import { mvtecRunExtra, mvtecRunProblem } from '../../notebook/mvtec/mvtec-runs';
import type { RunMeta } from '../../notebook/runs/run-record';
import { problem, type Problem } from '../../notebook/settings/problem';
import { addProblemTexts } from '../../notebook/settings/problem-text';
import { mvtecInUse } from './mvtec-source';
import type { MetricResult, MetricState } from './state';

addProblemTexts({
  'run-backbone': (v) => ({
    en: `This run was trained on the pretrained backbone ${String(v.name)}, which is not kept: open it again in the Model cell first.`,
    ja: `この実行は学習済みバックボーン ${String(v.name)} の上で学習したもので、それは保存されていません。先にモデルのセルでもう一度開いてください。`,
  }),
  'run-no-backbone': {
    en: 'This run was trained on the built-in backbone, but a pretrained backbone is open: stop using it first.',
    ja: 'この実行は組み込みのバックボーンで学習したものですが、今は学習済みバックボーンを開いています。先にその使用をやめてください。',
  },
});

/** What a kept run records of where it trained: the MVTec folder (or built-in data) and the pretrained backbone's name (or null). */
export function runSource(r: Pick<MetricResult, 'folder' | 'backbone'>): NonNullable<RunMeta['extra']> {
  return { ...mvtecRunExtra(r.folder), backbone: r.backbone?.name ?? null };
}

/**
 * Why a run cannot be run again on the data and backbone now in use, or null:
 * a folder run needs that folder open, a run on a pretrained backbone needs
 * it open (neither is kept), and a run on built-in data or the built-in
 * backbone needs neither, or it would silently train on something else.
 */
export function runSourceProblem(run: Pick<RunMeta, 'extra'>, s: Pick<MetricState, 'data' | 'mvtec' | 'backbone'>): Problem | null {
  const data = mvtecRunProblem(run, mvtecInUse(s) ? s.mvtec.name : null);
  if (data) return problem(data);
  const wanted = run.extra?.backbone ?? null;
  if (wanted !== null && s.backbone.name !== wanted) return problem('run-backbone', { name: String(wanted) });
  return wanted === null && s.backbone.name !== null ? problem('run-no-backbone') : null;
}
