import { useId } from 'react';
import { OptionList } from '../components/option-list';
import { BACKENDS, type BackendPreference } from '../core/backend/backend-choice';
import { useT } from '../i18n/strings';
import { setBackendPreference, useBackendPreference } from '../stores/settings-store';

const OPTIONS: readonly BackendPreference[] = ['auto', ...BACKENDS];

/** Which tfjs backend the next training run should use (remembered). */
export function BackendSelect() {
  const t = useT();
  const value = useBackendPreference();
  const id = useId();
  return (
    <label className="field" htmlFor={id} title={t.backendNextRun}>
      <span className="field__label">{t.backendLabel}</span>
      <select
        id={id}
        className="field__select"
        data-testid="backend-select"
        value={value}
        aria-description={t.backendNextRun}
        onChange={(e) => setBackendPreference(e.target.value as BackendPreference)}
      >
        <OptionList values={OPTIONS} label={(o) => t.backendOptions[o]} />
      </select>
    </label>
  );
}
