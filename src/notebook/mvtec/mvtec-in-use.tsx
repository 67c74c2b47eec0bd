import type { Lang } from '../../i18n/lang';
import { MVTEC_TEXT } from './mvtec-text';

/** How many images of each part the folder in use gave. */
export interface MvtecCounts {
  train: number;
  validation: number;
  test: number;
  defective: number;
}

/** Props of `MvtecInUse`. */
export interface MvtecInUseProps {
  name: string;
  counts: MvtecCounts;
  lang: Lang;
  /** Prefix of the notice's and the button's test ids (`<id>-in-use`, `<id>-back`). */
  testId: string;
  onBack(): void;
}

/** While a learner's MVTec folder is the lesson's data: which folder, how many images of each part, and a button back to the built-in data. */
export function MvtecInUse({ name, counts: c, lang, testId, onBack }: MvtecInUseProps) {
  const b = MVTEC_TEXT[lang].byo;
  return (
    <div className="nb-cell-actions">
      <p className="nb-notice" data-testid={`${testId}-in-use`}>
        {b.inUse(name, c.train, c.validation, c.test, c.defective)}
      </p>
      <button type="button" className="btn btn--small" data-testid={`${testId}-back`} onClick={onBack}>
        {b.back}
      </button>
    </div>
  );
}
