import './notebook.css';
import type { ReactNode } from 'react';

/** An error the learner must see, announced to screen readers (`role="alert"`). */
export function ErrorNotice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="nb-notice nb-notice--error" role="alert" data-testid={testId}>
      {children}
    </p>
  );
}
