import type { DirectoryDeps, DirectoryEvent } from '../deps.ts';
import type { KnowledgeBase } from '../kb.ts';
import { fakeKnowledgeBase } from './fake-knowledge.ts';

export interface FakeDeps extends DirectoryDeps {
  events: DirectoryEvent[];
}

/** Deps that remember every recorded event; `top` is what topServices returns. */
export function fakeDeps(
  options: { kb?: KnowledgeBase; top?: string[]; failRecording?: boolean } = {},
): FakeDeps {
  const events: DirectoryEvent[] = [];
  return {
    kb: options.kb ?? fakeKnowledgeBase(),
    events,
    topServices: async (limit) => (options.top ?? []).slice(0, limit),
    recordEvent: async (e) => {
      if (options.failRecording) throw new Error('analytics store is down');
      events.push(e);
    },
  };
}
