import type { BackendName } from '../core/backend/backend-choice';
import type { BackendNote, ProbeDetail } from '../core/backend/backend-notes';
import type { Lang } from './lang';

/** The words of each probe detail code. */
const PROBE_TEXT: Record<ProbeDetail, Record<Lang, string>> = {
  'no-webgpu-api': { en: 'this browser does not expose WebGPU', ja: 'このブラウザーは WebGPU を提供していません' },
  'no-adapter': { en: 'no GPU adapter was found', ja: 'GPU アダプターが見つかりません' },
  'device-lost-earlier': { en: 'its device was lost earlier', ja: '以前にデバイスが失われました' },
  'context-lost-earlier': { en: 'its context was lost earlier', ja: '以前にコンテキストが失われました' },
  'no-offscreen-canvas': { en: 'no OffscreenCanvas in workers', ja: 'ワーカーで OffscreenCanvas が使えません' },
  'no-webgl2': { en: 'no WebGL2 context', ja: 'WebGL2 のコンテキストがありません' },
  'no-wasm': { en: 'this browser has no WebAssembly', ja: 'このブラウザーには WebAssembly がありません' },
};

/** Display name of a backend in `lang`. */
export function backendLabel(name: BackendName, lang: Lang = 'en'): string {
  if (name === 'cpu') return lang === 'ja' ? 'JavaScript のみ（cpu）' : 'plain JavaScript (cpu)';
  return { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly' }[name];
}

function detailText(detail: string | undefined, lang: Lang): string {
  if (!detail) return '';
  const known = (PROBE_TEXT as Record<string, Record<Lang, string>>)[detail];
  const text = known ? known[lang] : detail;
  return lang === 'ja' ? `（${text}）` : `: ${text}`;
}

function seconds(s: number, lang: Lang): string {
  const unit = lang === 'ja' ? '秒' : 's';
  return s < 10 ? `${s.toFixed(1)} ${unit}` : `${Math.round(s)} ${unit}`;
}

/** A note as one sentence in `lang`. */
export function noteText(note: BackendNote, lang: Lang = 'en'): string {
  const L = (n: BackendName) => backendLabel(n, lang);
  const ja = lang === 'ja';
  switch (note.kind) {
    case 'measured': {
      const parts = [...note.measured]
        .sort((a, b) => a.secondsPerEpoch - b.secondsPerEpoch)
        .map((m) => `${L(m.name)} ${m.complete === false ? '> ' : ''}${seconds(m.secondsPerEpoch, lang)}${ja ? '/エポック' : '/epoch'}`);
      return ja ? `この端末での実測：${parts.join('、')}。` : `Measured on this device: ${parts.join(', ')}.`;
    }
    case 'unavailable':
      if (note.requested) return ja ? `${L(note.name)} が指定されましたが使えません${detailText(note.detail, lang)}。` : `${L(note.name)} was requested but is unavailable${detailText(note.detail, lang)}.`;
      return ja ? `${L(note.name)} は使えません${detailText(note.detail, lang)}。` : `${L(note.name)} is unavailable${detailText(note.detail, lang)}.`;
    case 'software':
      return ja
        ? `${L(note.name)} はここではソフトウェアでエミュレートされており（GPU なし）、WebAssembly より遅くなります。`
        : `${L(note.name)} runs in software emulation here (no GPU), which is slower than WebAssembly.`;
    case 'init-failed':
      return ja
        ? `${L(note.name)} の初期化に失敗しました${detailText(note.detail, lang)}。次のバックエンドを試します。`
        : `${L(note.name)} failed to initialise${note.detail ? ` (${note.detail})` : ''}; trying the next backend.`;
    case 'threads':
      if (note.threads > 1) return ja ? `WebAssembly は ${note.threads} スレッドで動いています。` : `WebAssembly runs on ${note.threads} threads.`;
      if (note.why === 'small-steps')
        return ja
          ? 'WebAssembly は 1 スレッドで動いています（このモデルの 1 ステップは小さく、スレッド間の受け渡しのほうが高くつきます）。'
          : 'WebAssembly runs on 1 thread (this model’s steps are small: handing work to other threads would cost more than it saves).';
      if (note.why === 'not-isolated')
        return ja ? 'WebAssembly は 1 スレッドで動いています（マルチスレッドにはクロスオリジン分離されたページが必要です）。' : 'WebAssembly runs on 1 thread (multi-threading needs a cross-origin isolated page).';
      if (note.why === 'requested') return ja ? 'WebAssembly は指定どおり 1 スレッドで動いています。' : 'WebAssembly runs on 1 thread, as requested.';
      return ja ? 'WebAssembly は 1 スレッドで動いています（コアが 1 つです）。' : 'WebAssembly runs on 1 thread (one core).';
    case 'device-lost':
      return ja
        ? `GPU デバイスが失われました（${note.reason}）。${L(note.now)} に切り替えて学習をやり直しました。`
        : `The GPU device was lost (${note.reason}); switched to ${L(note.now)} and restarted training.`;
  }
}
