import type { LessonStatus } from '../notebook/lesson-types';
import { useT } from '../i18n/strings';

/** Ready / in progress / planned. */
export function StatusChip({ status }: { status: LessonStatus }) {
  const t = useT();
  return (
    <span className={`chip chip--${status}`} data-status={status}>
      {t.status[status]}
    </span>
  );
}
