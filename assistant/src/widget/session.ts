/** What survives a page reload: the anonymous citizen token and the conversation id (never message text). */
export interface Saved {
  token?: string;
  tokenExpiresAt?: string;
  conversationId?: string;
}

export function createSession(hub: string, storage: Storage | undefined) {
  const key = `hub-chat:${hub}`;
  const read = (): Saved => {
    try {
      return JSON.parse(storage?.getItem(key) ?? '{}') as Saved;
    } catch {
      return {};
    }
  };
  return {
    read,
    write(patch: Saved) {
      try {
        storage?.setItem(key, JSON.stringify({ ...read(), ...patch }));
      } catch {
        // Private mode or full storage: the chat still works, it just does not survive a reload.
      }
    },
    forget(field: keyof Saved) {
      const saved = read();
      delete saved[field];
      try {
        storage?.setItem(key, JSON.stringify(saved));
      } catch {
        /* ignored as above */
      }
    },
  };
}
export type Session = ReturnType<typeof createSession>;

export function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
