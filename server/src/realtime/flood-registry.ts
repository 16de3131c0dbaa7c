import { createFloodGuard } from './flood-guard.ts';

/**
 * One flood bucket per key (a citizen) shared by all of that key's sockets on this node, so opening more
 * tabs or sockets does not multiply the allowance. The bucket is dropped with the key's last socket.
 */
export function sharedFloodGuards(capacity: number, perSecond: number, now: () => number = Date.now) {
  const guards = new Map<string, { allow: () => boolean; holders: number }>();
  return {
    acquire(key: string): { allow: () => boolean; release: () => void } {
      let entry = guards.get(key);
      if (!entry) {
        entry = { allow: createFloodGuard(capacity, perSecond, now), holders: 0 };
        guards.set(key, entry);
      }
      entry.holders += 1;
      const held = entry;
      let released = false;
      return {
        allow: held.allow,
        release() {
          if (released) return;
          released = true;
          held.holders -= 1;
          if (held.holders <= 0 && guards.get(key) === held) guards.delete(key);
        },
      };
    },
    get size() {
      return guards.size;
    },
  };
}
