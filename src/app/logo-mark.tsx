/** The Anomaly Lab mark: a cluster of normal points and one outlier (same art as the favicon). */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--logo-bg, #0b5d52)" />
      <g fill="#e8f6f2">
        <circle cx="9" cy="19" r="2.1" />
        <circle cx="13.5" cy="22.5" r="2.1" />
        <circle cx="12.5" cy="16" r="2.1" />
        <circle cx="17" cy="20" r="2.1" />
        <circle cx="8.5" cy="24.5" r="1.6" />
      </g>
      <circle cx="23.5" cy="9" r="3.4" fill="none" stroke="#ff9a4d" strokeWidth="1.6" />
      <circle cx="23.5" cy="9" r="1.7" fill="#ff9a4d" />
    </svg>
  );
}
