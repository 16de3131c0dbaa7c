import type { Db } from '../db/client.ts';
import type { RealtimePlugin } from '../realtime/socket-kit.ts';
import { roleAllows } from '../staff/roles.ts';
import { registerAgentHandlers } from './agent-handlers.ts';
import { agentDto } from './agents.ts';
import { registerCitizenHandlers } from './citizen-handlers.ts';
import { agentRoom, type HelpdeskDeps } from './context.ts';
import { PresenceRegistry } from './presence.ts';
import { guardAgentReplies } from './reply-guard.ts';
import { registerTrainingHandlers } from './training-handlers.ts';
import { TrainingEngine } from './training/engine.ts';
import { STAFF_ROOM } from '../realtime/socket-kit.ts';

export interface HelpdeskRuntime {
  plugin: RealtimePlugin;
  presence: PresenceRegistry;
  training: TrainingEngine;
}

/** The help desk's socket events, with the live state they share across connections. */
export function createHelpdeskRealtime(db: Db, deps: HelpdeskDeps): HelpdeskRuntime {
  const presence = new PresenceRegistry();
  const training = new TrainingEngine(db);
  const plugin: RealtimePlugin = (base) => {
    const ctx = { ...base, deps, presence, training };
    const identity = base.socket.data.identity;
    if (identity.kind === 'citizen') return registerCitizenHandlers(ctx, identity.citizenId);
    if (!roleAllows(identity.role, 'agent')) return;
    const agentId = identity.userId;
    void base.socket.join(agentRoom(agentId));
    const firstSocket = presence.statusOf(agentId) === 'offline';
    presence.connect(agentId, base.socket.id);
    if (firstSocket) presence.set(agentId, 'available');
    const announce = () =>
      agentDto(db, presence, agentId, deps.maxConversationsPerAgent).then(
        (dto) => dto && base.io.to(STAFF_ROOM).emit('presence.changed', dto),
        () => undefined,
      );
    void announce();
    base.socket.on('disconnect', () => {
      if (presence.disconnect(agentId, base.socket.id)) void announce();
    });
    guardAgentReplies(ctx, agentId);
    registerAgentHandlers(ctx, agentId, identity.role);
    registerTrainingHandlers(ctx, agentId);
  };
  return { plugin, presence, training };
}
