/**
 * Bad addresses: a lesson link whose settings are not valid (each refused
 * value is named, its setting keeps the default, the link's valid settings
 * apply, the results on screen stay), and paths that are no page.
 */
import { parseHash } from '../app/use-hash-route';
import { STRINGS } from '../i18n/strings';
import { LESSONS } from '../lessons/registry';
import { shown, type BadInputCase, type Shown } from './catalogue';
import { denseWithResults } from './lessons';

/** Opens `#/lesson/dense-ae?<query>` (plus `latent=16`, which must apply) on lesson 1 with results. */
function link(query: string, en: string, ja: string): BadInputCase {
  return {
    area: 'routes',
    input: `#/lesson/dense-ae?${query}`,
    en,
    ja,
    run: () => {
      const { lesson, settings, resultsIntact } = denseWithResults();
      const route = parseHash(`#/lesson/dense-ae?${query}&latent=16`);
      if (route.name !== 'lesson') return { en: route.name, ja: route.name, changed: null };
      settings.applyQuery(route.query);
      const refused = settings.notice.getState()?.refused ?? [];
      const applied = lesson.store.getState().params.latent === 16;
      return shown(refused.length === 1 ? refused[0] : null, () => resultsIntact() ?? (applied ? null : 'the valid latent=16 was not applied'));
    },
  };
}

/** A path that is no page, or a lesson that does not exist: the not-found page's title (as `App` routes it). */
function nowhere(hash: string): BadInputCase {
  return {
    area: 'routes',
    input: hash,
    en: STRINGS.en.notFoundTitle,
    ja: STRINGS.ja.notFoundTitle,
    run: (): Shown => {
      const route = parseHash(hash);
      const missing = route.name === 'not-found' || (route.name === 'lesson' && !LESSONS.some((l) => l.id === route.id));
      return missing ? { en: STRINGS.en.notFoundTitle, ja: STRINGS.ja.notFoundTitle, changed: null } : { en: route.name, ja: route.name, changed: null };
    },
  };
}

export const ROUTE_CASES: BadInputCase[] = [
  link('epochs=abc', 'Epochs (max): “abc” is not valid, so the default is used.', 'エポック数（最大）：「abc」は無効なので既定値を使います。'),
  link('epochs=1e9', 'Epochs (max): “1e9” is not valid, so the default is used.', 'エポック数（最大）：「1e9」は無効なので既定値を使います。'),
  link('hidden=0x10', 'Hidden width: “0x10” is not valid, so the default is used.', '中間層の幅：「0x10」は無効なので既定値を使います。'),
  link('seed=-1', 'Random seed: “-1” is not valid, so the default is used.', '乱数シード：「-1」は無効なので既定値を使います。'),
  link('loss=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Loss: “<script>alert(1)</script>” is not valid, so the default is used.', '損失関数：「<script>alert(1)</script>」は無効なので既定値を使います。'),
  link('normal=1,99', 'Normal class(es): “1,99” is not valid, so the default is used.', '正常クラス：「1,99」は無効なので既定値を使います。'),
  link('anomaly=0b1', 'Anomaly class(es): “0b1” is not valid, so the default is used.', '異常クラス：「0b1」は無効なので既定値を使います。'),
  link('dataset=cifar', 'Dataset: “cifar” is not valid, so the default is used.', 'データセット：「cifar」は無効なので既定値を使います。'),
  link('maxTrain=', 'Training images: “” is not valid, so the default is used.', '学習画像数：「」は無効なので既定値を使います。'),
  link(`lr=${'9'.repeat(60)}`, `Learning rate: “${'9'.repeat(40)}…” is not valid, so the default is used.`, `学習率：「${'9'.repeat(40)}…」は無効なので既定値を使います。`),
  link('evil=1', '“evil” is not a setting of this lesson and was ignored.', '「evil」はこのレッスンの設定ではないため無視しました。'),
  nowhere('#/lesson/no-such-lesson'),
  nowhere('#/lesson/%E0%A4%A'),
  nowhere('#/lessons'),
  nowhere('#/lesson/dense-ae/extra'),
];
