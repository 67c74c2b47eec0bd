import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

describe('index.html', () => {
  it('says why the page is empty without JavaScript in both of the app’s languages', () => {
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain('<p>Anomaly Lab trains its models in your browser, so it needs JavaScript.</p>');
    expect(noscript).toContain('<p lang="ja">Anomaly Lab はブラウザーの中でモデルを学習するため、JavaScript が必要です。</p>');
  });
});
