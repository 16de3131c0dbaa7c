import { presenceSchema, type Presence } from '@hub/contract';
import type { Cluster } from '../cluster/index.ts';
import type { PresenceRegistry } from './presence.ts';

const TOPIC = 'helpdesk.presence';
/** Each node repeats its agents this often; an entry not repeated for TTL (a node that died) is forgotten. */
export const PRESENCE_HEARTBEAT_MS = 10_000;
const TTL_MS = 3 * PRESENCE_HEARTBEAT_MS;

interface Report {
  node: string;
  agents: Record<string, Presence | 'offline'>;
}

function parseReport(payload: unknown): Report | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { node, agents } = payload as { node?: unknown; agents?: unknown };
  if (typeof node !== 'string' || typeof agents !== 'object' || agents === null) return undefined;
  const out: Report['agents'] = {};
  for (const [id, status] of Object.entries(agents as Record<string, unknown>).slice(0, 10_000))
    if (status === 'offline') out[id] = 'offline';
    else if (presenceSchema.safeParse(status).success) out[id] = status as Presence;
  return { node, agents: out };
}

/**
 * Presence across nodes over the cluster bus: every local change is published, every node repeats its online
 * agents every 10 s, and an agent counts as online (best status wins) while some node reported them within 30 s.
 * Returns a stop function. With the in-process cluster this is a no-op in effect (only this node reports).
 */
export function sharePresence(presence: PresenceRegistry, cluster: Cluster): () => void {
  const remote = new Map<string, Map<string, { status: Presence; until: number }>>();
  const publish = (agents: Report['agents']) =>
    void cluster.bus.publish(TOPIC, { node: cluster.nodeId, agents } satisfies Report).catch(() => undefined);

  presence.changed = (agentId) => publish({ [agentId]: presence.localStatusOf(agentId) });
  presence.remoteStatus = (agentId) => {
    const now = Date.now();
    let best: Presence | undefined;
    for (const [node, entry] of remote.get(agentId) ?? []) {
      if (entry.until <= now) remote.get(agentId)!.delete(node);
      else if (!best || entry.status === 'available') best = entry.status;
    }
    return best;
  };
  const off = cluster.bus.subscribe(TOPIC, (payload) => {
    const report = parseReport(payload);
    if (!report || report.node === cluster.nodeId) return;
    for (const [agentId, status] of Object.entries(report.agents)) {
      const nodes = remote.get(agentId) ?? new Map<string, { status: Presence; until: number }>();
      if (status === 'offline') nodes.delete(report.node);
      else nodes.set(report.node, { status, until: Date.now() + TTL_MS });
      if (nodes.size) remote.set(agentId, nodes);
      else remote.delete(agentId);
    }
  });
  const heartbeat = setInterval(() => {
    const agents: Report['agents'] = {};
    for (const id of presence.onlineIds()) agents[id] = presence.localStatusOf(id);
    if (Object.keys(agents).length) publish(agents);
  }, PRESENCE_HEARTBEAT_MS);
  heartbeat.unref();
  return () => {
    clearInterval(heartbeat);
    off();
    presence.changed = undefined;
    presence.remoteStatus = undefined;
  };
}
