import type { KnowledgeBase } from '@hub/knowledge';
import type { RealtimeContext } from '../realtime/socket-kit.ts';
import type { PresenceRegistry } from './presence.ts';
import type { TrainingEngine } from './training/engine.ts';

export interface HelpdeskDeps {
  kb: KnowledgeBase;
  /** Simultaneous conversations per agent. */
  maxConversationsPerAgent: number;
}

/** What each help-desk handler module gets per connection. */
export interface HelpdeskContext extends RealtimeContext {
  deps: HelpdeskDeps;
  presence: PresenceRegistry;
  training: TrainingEngine;
}

export const agentRoom = (agentId: string) => `agent:${agentId}`;
