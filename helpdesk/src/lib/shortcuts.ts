import { useEffect, useRef } from 'preact/hooks';

export interface ShortcutActions {
  claimOldest(): void;
  move(step: 1 | -1): void;
  focusSearch(): void;
  focusComposer(): void;
  transfer(): void;
  close(): void;
  help(): void;
}

/** Alt+letter so typing in the composer never triggers them; the list is in ShortcutHelp. */
export const SHORTCUTS: { keys: string; action: keyof ShortcutActions | 'send' | 'note' }[] = [
  { keys: 'Alt+C', action: 'claimOldest' },
  { keys: 'Alt+↓ / Alt+↑', action: 'move' },
  { keys: 'Alt+R', action: 'focusComposer' },
  { keys: 'Ctrl+Enter', action: 'send' },
  { keys: 'Alt+N', action: 'note' },
  { keys: 'Alt+K', action: 'focusSearch' },
  { keys: 'Alt+T', action: 'transfer' },
  { keys: 'Alt+X', action: 'close' },
  { keys: '?', action: 'help' },
];

export function useShortcuts(actions: ShortcutActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = ref.current;
      const inField = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (e.key === '?' && !inField) {
        e.preventDefault();
        return a.help();
      }
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const map: Record<string, () => void> = {
        c: a.claimOldest,
        ArrowDown: () => a.move(1),
        ArrowUp: () => a.move(-1),
        r: a.focusComposer,
        k: a.focusSearch,
        t: a.transfer,
        x: a.close,
      };
      const fn =
        map[e.key.length === 1 ? e.key.toLowerCase() : e.key] ??
        map[e.code.replace(/^Key/, '').toLowerCase()];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
