import './notebook.css';
import type { Localized } from '../i18n/lang';
import { useLang } from '../stores/settings-store';

/** One-click settings: a stable id (for `data-testid="preset-<id>"`), a label and the settings it applies. */
export interface Preset<P> {
  id: string;
  label: Localized;
  params: Partial<P>;
}

/** Props of `PresetRow`. */
export interface PresetRowProps<P> {
  /** The row's heading and its group's accessible name, e.g. "Presets". */
  label: string;
  presets: readonly Preset<P>[];
  onPick(params: Partial<P>): void;
}

/** A labelled row of small buttons, one per preset, labelled in the current language. */
export function PresetRow<P>({ label, presets, onPick }: PresetRowProps<P>) {
  const lang = useLang();
  return (
    <div className="nb-preset-row" role="group" aria-label={label}>
      <span className="nb-preset-row__label">{label}</span>
      {presets.map((preset) => (
        <button key={preset.id} type="button" className="btn btn--small" data-testid={`preset-${preset.id}`} onClick={() => onPick(preset.params)}>
          {preset.label[lang]}
        </button>
      ))}
    </div>
  );
}
