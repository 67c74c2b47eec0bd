import { describe, expect, it } from 'vitest';
import { definedEntries, linkedEntries, stripGlossaryLinks } from '../../src/notebook/glossary-links';
import { lessonNotebook } from '../../src/notebook/export/ipynb';
import { renderMarkdown } from '../../src/notebook/markdown';
import { allProseFiles } from './prose-files';

const files = allProseFiles();
const glossary = (lang: 'en' | 'ja') => files.find((f) => f.path === `glossary.${lang}.md`)!.markdown;
const lessons = [...new Set(files.filter((f) => f.path.includes('/')).map((f) => f.path.split('/')[0]))];
const links = (lesson: string, lang: 'en' | 'ja') =>
  new Set(files.filter((f) => f.path.startsWith(`${lesson}/`) && f.path.endsWith(`.${lang}.md`)).flatMap((f) => linkedEntries(f.markdown)));

describe('links from the prose to the glossary', () => {
  it('both glossaries define the same entries, each once, in the same order', () => {
    const en = definedEntries(glossary('en'));
    expect(en.length).toBeGreaterThan(40);
    expect(new Set(en).size).toBe(en.length);
    expect(definedEntries(glossary('ja'))).toEqual(en);
  });

  it.each(lessons)('%s links to glossary entries that exist, the same ones in both languages', (lesson) => {
    const defined = new Set(definedEntries(glossary('en')));
    const en = links(lesson, 'en');
    expect(en.size).toBeGreaterThanOrEqual(8);
    expect([...en].filter((e) => !defined.has(e))).toEqual([]);
    expect([...links(lesson, 'ja')].sort()).toEqual([...en].sort());
  });

  it.each(['en', 'ja'] as const)('every %s entry stands alone, since a card shows it without the page around it', (lang) => {
    const entries = glossary(lang).split('\n').filter((line) => line.includes('{#'));
    expect(entries.length).toBeGreaterThan(40);
    const outOfContext = /\b(the|this|that) example\b|\b(see|shown|as|table|figure) (above|below)\b|上の例|上記|下の例|この例/i;
    expect(entries.filter((line) => outOfContext.test(line))).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f.markdown]))('%s renders with no stray emphasis marks (a bold link is written [**term**](…), which CommonMark closes before kana too)', (_path, markdown) => {
    const text = renderMarkdown(markdown)
      .replace(/<code[\s\S]*?<\/code>/g, '')
      .replace(/<[^>]+>/g, '');
    expect(text.match(/.{0,20}\*\*.{0,20}/g) ?? []).toEqual([]);
  });

  it('renders an entry mark as an empty anchor and a link as a link in the page', () => {
    const html = renderMarkdown('- {#pixel-auroc}**pixel AUROC**: see [PRO](#/glossary/pro).');
    expect(html).toContain('<li><span id="term-pixel-auroc" class="term-anchor"></span><strong>pixel AUROC</strong>: see <a href="#/glossary/pro">PRO</a>.</li>');
  });

  it('a notebook keeps a link’s words and drops the link, which leads into the app', async () => {
    expect(stripGlossaryLinks('The [pixel AUROC](#/glossary/pixel-auroc) and [scikit-image](https://scikit-image.org).')).toBe(
      'The pixel AUROC and [scikit-image](https://scikit-image.org).',
    );
    const json = await lessonNotebook('x', 'en', [{ prose: 'maps' }], async () => 'Each [residual map](#/glossary/residual-map) is a heat map.');
    expect(JSON.parse(json).cells[0].source.join('')).toBe('Each residual map is a heat map.');
  });
});
