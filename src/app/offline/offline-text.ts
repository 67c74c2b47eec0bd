import type { OfflineFailure, OfflineProgress } from '../../data/offline-cache';
import type { Lang } from '../../i18n/lang';
import { useLang } from '../../stores/settings-store';

/** Every word of the "Make available offline" button, in one language. */
export interface OfflineText {
  button: string;
  /** The button once everything is stored. */
  stored: string;
  /** The button's tooltip: what it stores, and how much when known. */
  hint: (totalBytes: number | null) => string;
  progressLabel: string;
  saving: (p: OfflineProgress) => string;
  /** Everything is stored; `lessons` ready lessons. */
  done: (p: OfflineProgress, lessons: number) => string;
  /** The service worker does not control this page yet. */
  reloadOnce: string;
  failed: (f: OfflineFailure, p: OfflineProgress | null) => string;
  dismiss: string;
}

const nf = (lang: Lang) => new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
/** Bytes as megabytes (10⁶ bytes) with one decimal. */
export const megabytes = (bytes: number, lang: Lang): string => nf(lang).format(bytes / 1e6);
const percent = (p: OfflineProgress) => (p.totalBytes > 0 ? Math.floor((100 * p.doneBytes) / p.totalBytes) : 100);

const en: OfflineText = {
  button: 'Make available offline',
  stored: 'Available offline',
  hint: (total) =>
    `Store every lesson, its text in English and Japanese and all bundled data (MNIST, Fashion-MNIST, texture photos) in this browser${total === null ? '' : ` (${megabytes(total, 'en')} MB)`}, so it works without a network`,
  progressLabel: 'Saving for offline use',
  saving: (p) => `Saving for offline use: ${megabytes(p.doneBytes, 'en')} of ${megabytes(p.totalBytes, 'en')} MB (${percent(p)} %)…`,
  done: (p, lessons) =>
    `Available offline: all ${lessons} lessons in English and Japanese, with MNIST, Fashion-MNIST and the texture photos (${megabytes(p.totalBytes, 'en')} MB, ${p.totalFiles} files). This browser now opens and trains them without a network.`,
  reloadOnce: 'Reload this page once while still online so that it also opens without a network.',
  failed: (f, p) => {
    const kept = p ? ` ${megabytes(p.doneBytes, 'en')} of ${megabytes(p.totalBytes, 'en')} MB are stored; press the button again to continue.` : '';
    switch (f.code) {
      case 'insecure':
        return 'The browser stores apps only at a secure address: open Anomaly Lab at https://… or at localhost, not at plain http:// from another computer.';
      case 'no-cache-storage':
        return 'This browser cannot store the app for offline use here (it has no Cache Storage; a private window may be the reason).';
      case 'manifest-failed':
        return `Could not read the list of files to store (${f.detail}). Check the connection and try again.`;
      case 'quota':
        return `Not enough storage: ${megabytes(f.neededBytes, 'en')} MB are needed, but the browser allows only ${megabytes(f.freeBytes, 'en')} MB more. Free some space and try again.${kept}`;
      case 'download-failed':
        return `Downloading ${f.path || 'the page'} failed (${f.detail}).${kept}`;
      case 'store-failed':
        return `The browser refused to store ${f.path || 'the page'} (${f.detail}).${kept}`;
    }
  },
  dismiss: 'Close',
};

const ja: OfflineText = {
  button: 'オフラインで使えるようにする',
  stored: 'オフラインで使えます',
  hint: (total) =>
    `すべてのレッスン、英語と日本語の本文、同梱のデータ（MNIST、Fashion-MNIST、テクスチャ写真）をこのブラウザに保存し${total === null ? '' : `（${megabytes(total, 'ja')} MB）`}、ネットワークなしで使えるようにします`,
  progressLabel: 'オフライン用に保存中',
  saving: (p) => `オフライン用に保存中：${megabytes(p.totalBytes, 'ja')} MB のうち ${megabytes(p.doneBytes, 'ja')} MB（${percent(p)} %）…`,
  done: (p, lessons) =>
    `オフラインで使えます：${lessons} つのレッスンすべてを英語と日本語で、MNIST、Fashion-MNIST、テクスチャ写真とともに保存しました（${megabytes(p.totalBytes, 'ja')} MB、${p.totalFiles} ファイル）。このブラウザはネットワークなしで開いて学習できます。`,
  reloadOnce: 'ネットワークなしでも開けるよう、オンラインのうちにこのページを一度再読み込みしてください。',
  failed: (f, p) => {
    const kept = p ? `${megabytes(p.totalBytes, 'ja')} MB のうち ${megabytes(p.doneBytes, 'ja')} MB は保存済みです。もう一度ボタンを押すと続きから保存します。` : '';
    switch (f.code) {
      case 'insecure':
        return 'ブラウザがアプリを保存できるのは安全なアドレスだけです。別のコンピュータの http:// ではなく、https://… か localhost で Anomaly Lab を開いてください。';
      case 'no-cache-storage':
        return 'このブラウザではオフライン用に保存できません（Cache Storage がありません。プライベートウィンドウが原因かもしれません）。';
      case 'manifest-failed':
        return `保存するファイルの一覧を読み込めませんでした（${f.detail}）。接続を確認して、もう一度試してください。`;
      case 'quota':
        return `保存領域が足りません。${megabytes(f.neededBytes, 'ja')} MB 必要ですが、ブラウザが使わせてくれるのはあと ${megabytes(f.freeBytes, 'ja')} MB です。空きを作ってから、もう一度試してください。${kept}`;
      case 'download-failed':
        return `${f.path || 'ページ'} のダウンロードに失敗しました（${f.detail}）。${kept}`;
      case 'store-failed':
        return `ブラウザが ${f.path || 'ページ'} の保存を拒否しました（${f.detail}）。${kept}`;
    }
  },
  dismiss: '閉じる',
};

/** The button's words in every language. */
export const OFFLINE_TEXT: Record<Lang, OfflineText> = { en, ja };

/** The button's words in the current language. */
export function useOfflineText(): OfflineText {
  return OFFLINE_TEXT[useLang()];
}
