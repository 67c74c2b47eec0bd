import type { ReactElement } from 'react';
import type { Lang } from '../i18n/lang';
import { NumberField } from './number-field';
import type { Draft } from './param-slice';
import { problemText, unbracketed } from './settings/problem-text';
import type { Problem } from './settings/problem';
import type { ChoiceSetting, Setting, SettingsTable } from './settings/settings-table';

const KEEPING: Record<Lang, (v: string) => string> = { en: (v) => ` Still using ${v}.`, ja: (v) => `${v} のままです。` };

/** What a cell's settings read and write: the lesson's table, values, drafts, problems and setters. */
export interface ParamFieldSource<T extends SettingsTable> {
  table: T;
  params: Record<string, unknown>;
  drafts: Partial<Record<string, Draft>>;
  /** Problems keyed by control; a setting's entry shows under its field. */
  problems: Record<string, Problem>;
  lang: Lang;
  setNumber(name: string, raw: string, restore?: number): void;
  /** Sets a choice setting (selects). */
  setChoice?(name: string, value: string): void;
}

/** Choices longer than this many Latin characters (a CJK character counts two) are cut in a one-column select. */
const WIDE_CHOICE = 20;

/** A label's rough width in Latin characters: CJK characters count two. */
export function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

function ChoiceField({ name, setting, value, lang, onChange }: { name: string; setting: ChoiceSetting; value: string; lang: Lang; onChange(v: string): void }) {
  const id = `param-${name}`;
  const wide = setting.options.some((o) => labelWidth(o.label[lang]) > WIDE_CHOICE);
  return (
    <div className={wide ? 'nb-field nb-field--wide' : 'nb-field'}>
      <label htmlFor={id}>{setting.label[lang]}</label>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {setting.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A renderer of fields wired to a lesson store and its settings table:
 * `field('latent')` shows the setting's label in the learner's language, the
 * value or its draft, its problem, and sets it on input. Choice settings
 * render as selects. Whole numbers step by 1, others by any amount.
 */
export function paramFieldRenderer<T extends SettingsTable>(source: ParamFieldSource<T>): (name: keyof T & string) => ReactElement {
  const { table, params, drafts, problems, lang, setNumber, setChoice } = source;
  return (name) => {
    const setting: Setting = table[name];
    if (setting.kind === 'choice') {
      return <ChoiceField name={name} setting={setting} value={String(params[name])} lang={lang} onChange={(v) => setChoice?.(name, v)} />;
    }
    const draft = drafts[name];
    const p = draft?.problem ?? problems[name];
    const error = p ? problemText(p, lang) + (draft ? KEEPING[lang](String(params[name])) : '') : undefined;
    return (
      <NumberField
        name={name}
        label={setting.label[lang]}
        value={Number(params[name])}
        draft={draft?.raw}
        error={error}
        hint={setting.note ? unbracketed(setting.note[lang]) : undefined}
        step={setting.kind === 'int' ? 1 : 'any'}
        onChange={(v, restore) => setNumber(name, v, restore)}
      />
    );
  };
}
