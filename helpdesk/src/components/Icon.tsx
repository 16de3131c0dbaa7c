/** Line icons drawn inline (no icon font, no emoji font needed on kiosk-grade PCs). */
const PATHS = {
  web: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-9 9h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z',
  chat: 'M4 5h16v11H9l-5 4V5Z',
  viber: 'M7 3h10a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 15h4',
  teams:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5 8c0-3 2.2-5 5-5s5 2 5 5M17 11a2.5 2.5 0 1 0 0-5M16 14c2.4.3 4 2.1 4 5',
  kiosk: 'M5 3h14v12H5zM9 21h6M12 15v6',
  helpdesk: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v5H4zM17 14h3v5h-3z',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5Zm0 16a2 2 0 0 1 2-2h13',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  check: 'M5 12.5 10 17l9-10',
  transfer: 'M4 8h13l-3-3M20 16H7l3 3',
  play: 'M8 5v14l11-7z',
  warn: 'M12 3 2 20h20L12 3Zm0 6v5m0 3v.5',
  list: 'M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2',
  cap: 'M2 9l10-5 10 5-10 5L2 9Zm4 2v5c2 2 10 2 12 0v-5',
  download: 'M12 4v11m0 0-4-4m4 4 4-4M5 20h14',
  bubbles: 'M3 5h12v8H7l-4 3V5Zm6 11h8l4 3v-9h-3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName | string; size?: number }) {
  const d = PATHS[name as IconName] ?? PATHS.chat;
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width={1.8}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  );
}
