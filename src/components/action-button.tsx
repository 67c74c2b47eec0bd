import type { ButtonHTMLAttributes } from 'react';

/** Props of `ActionButton`: a button's, plus whether it can act right now. */
export interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'type'> {
  /** The button cannot act now (busy, or blocked): it says so (`aria-disabled`) and ignores clicks. */
  unavailable?: boolean;
}

/**
 * A button that stays focusable while it cannot act. A natively `disabled`
 * button drops the keyboard focus to the page body the moment it is disabled
 * (Train while training runs, Stop once it stopped); this one keeps the focus
 * on the control that started the action and announces itself as unavailable.
 */
export function ActionButton({ unavailable = false, onClick, ...rest }: ActionButtonProps) {
  return (
    <button
      type="button"
      {...rest}
      aria-disabled={unavailable || undefined}
      onClick={(e) => {
        if (unavailable) e.preventDefault();
        else onClick?.(e);
      }}
    />
  );
}
