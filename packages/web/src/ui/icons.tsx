/** A handful of line icons, drawn inline (no icon font, no network). Decorative: always aria-hidden. */
const PATHS = {
  contract: 'M7 3h7l5 5v13H7z M14 3v5h5 M10 13h6 M10 17h4',
  status: 'M5 21V4 M5 4h11l-2 4 2 4H5',
  session: 'M4 5h16v10H9l-5 4z',
  phone: 'M6 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z',
  message: 'M4 4h16v12H8l-4 4z M8 9h8 M8 12h5',
  email: 'M3 6h18v12H3z M3 6l9 7 9-7',
  meeting: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M2 20c0-3 3-5 6-5s6 2 6 5 M12 15.5c1-.3 2.3-.5 4-.5 3 0 6 2 6 5',
  feedback: 'M9 14l-5-5 5-5 M4 9h10a6 6 0 0 1 0 12h-3',
  learning: 'M9 18h6 M10 21h4 M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
  lock: 'M6 11h12v10H6z M8.5 11V7.5a3.5 3.5 0 0 1 7 0V11',
  warning: 'M12 3l10 18H2z M12 10v5 M12 18v.5',
  calendar: 'M4 6h16v15H4z M4 10h16 M8 3v5 M16 3v5',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z M20 20l-4.8-4.8',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = 'icon' }: { name: IconName; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
