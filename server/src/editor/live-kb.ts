import type { KnowledgeBase } from '@hub/knowledge';

const LIVE = Symbol('liveKnowledgeBase');

/**
 * The knowledge base every module of a node reads through. It forwards to the current instance, which the
 * guide editor replaces when a guide is published (here or on another node), so the directory, the API,
 * the bot and the help desk see the new guide without a restart and without being handed a new object.
 */
export interface LiveKnowledgeBase extends KnowledgeBase {
  readonly [LIVE]: true;
  current(): KnowledgeBase;
  /** Swaps in a new instance; `revisions` records which published revision each replaced slug now shows. */
  replace(next: KnowledgeBase, revisions?: Record<string, string>): void;
  /** The published revision a slug shows on this node (undefined = the repository file). */
  appliedRevision(slug: string): string | undefined;
}

export function isLive(kb: KnowledgeBase): kb is LiveKnowledgeBase {
  return (kb as Partial<LiveKnowledgeBase>)[LIVE] === true;
}

/** Wraps a knowledge base once; a live one is returned as it is. */
export function liveKnowledgeBase(initial: KnowledgeBase): LiveKnowledgeBase {
  if (isLive(initial)) return initial;
  let kb = initial;
  const applied = new Map<string, string>();
  return {
    [LIVE]: true,
    get builtAt() {
      return kb.builtAt;
    },
    get services() {
      return kb.services;
    },
    get districts() {
      return kb.districts;
    },
    get categories() {
      return kb.categories;
    },
    get lifeEvents() {
      return kb.lifeEvents;
    },
    getService: (slug) => kb.getService(slug),
    search: (query, options) => kb.search(query, options),
    current: () => kb,
    replace(next, revisions = {}) {
      kb = isLive(next) ? next.current() : next;
      for (const [slug, id] of Object.entries(revisions)) applied.set(slug, id);
    },
    appliedRevision: (slug) => applied.get(slug),
  };
}
