import type { KnowledgeBase } from '@hub/knowledge';
import type { Db } from '../db/client.ts';
import { createHelpdeskRealtime, type HelpdeskRuntime } from './plugin.ts';

/** Simultaneous conversations per agent unless configured. */
export const DEFAULT_MAX_CONVERSATIONS = 3;

const runtimes = new WeakMap<Db, HelpdeskRuntime>();

/**
 * The help desk's shared live state (presence, practice sessions) for one database: the REST routes
 * (app.ts) and the socket plugin (http-server.ts) are wired separately and must see the same instance.
 */
export function helpdeskRuntime(
  db: Db,
  kb: KnowledgeBase,
  options: { maxConversationsPerAgent?: number } = {},
): HelpdeskRuntime {
  let runtime = runtimes.get(db);
  if (!runtime) {
    runtime = createHelpdeskRealtime(db, {
      kb,
      maxConversationsPerAgent: options.maxConversationsPerAgent ?? DEFAULT_MAX_CONVERSATIONS,
    });
    runtimes.set(db, runtime);
  }
  return runtime;
}
