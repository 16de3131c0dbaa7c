import type { AgentDto } from '@hub/contract';
import type { Db } from '../db/client.ts';
import type { PresenceRegistry } from './presence.ts';

/** Staff who can take conversations, with presence and load; online first. */
export async function listAgents(db: Db, presence: PresenceRegistry, limit: number): Promise<AgentDto[]> {
  const users = await db.staffUser.findMany({
    where: { active: true, role: { in: ['agent', 'supervisor', 'admin'] } },
    select: { id: true, displayName: true, role: true },
    orderBy: { displayName: 'asc' },
  });
  const loads = await db.handoffRequest.groupBy({
    by: ['agentId'],
    where: { state: 'accepted' },
    _count: { _all: true },
  });
  const loadOf = new Map(loads.map((l) => [l.agentId, l._count._all]));
  const rank = { available: 0, away: 1, offline: 2 } as const;
  return users
    .map((u) => ({
      id: u.id,
      displayName: u.displayName,
      role: u.role,
      status: presence.statusOf(u.id),
      load: loadOf.get(u.id) ?? 0,
      limit,
    }))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}

export async function agentDto(
  db: Db,
  presence: PresenceRegistry,
  id: string,
  limit: number,
): Promise<AgentDto | null> {
  return (await listAgents(db, presence, limit)).find((a) => a.id === id) ?? null;
}
