import type { Presence } from '@hub/contract';

interface Entry {
  status: Presence;
  sockets: Set<string>;
}

/**
 * Who is signed in to the console and whether they take new conversations. Live state, kept in memory
 * (one process); an agent with no open socket is offline. With several nodes, `presence-share.ts` fills in
 * `remoteStatus` (agents whose sockets are on other nodes) and listens to `changed`.
 */
export class PresenceRegistry {
  private readonly agents = new Map<string, Entry>();
  /** The agent's status on other nodes, if any is online there. */
  remoteStatus?: (agentId: string) => Presence | undefined;
  /** Called after a local change of the agent's sockets or status. */
  changed?: (agentId: string) => void;

  connect(agentId: string, socketId: string): void {
    const entry = this.agents.get(agentId) ?? { status: 'away' as Presence, sockets: new Set<string>() };
    entry.sockets.add(socketId);
    this.agents.set(agentId, entry);
    this.changed?.(agentId);
  }

  /** True when this was the agent's last socket. */
  disconnect(agentId: string, socketId: string): boolean {
    const entry = this.agents.get(agentId);
    if (!entry) return false;
    entry.sockets.delete(socketId);
    this.changed?.(agentId);
    return entry.sockets.size === 0;
  }

  set(agentId: string, status: Presence): void {
    const entry = this.agents.get(agentId) ?? { status, sockets: new Set<string>() };
    entry.status = status;
    this.agents.set(agentId, entry);
    this.changed?.(agentId);
  }

  /** On this node, else on another node, else offline. */
  statusOf(agentId: string): Presence | 'offline' {
    const local = this.localStatusOf(agentId);
    return local === 'offline' ? (this.remoteStatus?.(agentId) ?? 'offline') : local;
  }

  localStatusOf(agentId: string): Presence | 'offline' {
    const entry = this.agents.get(agentId);
    if (!entry || entry.sockets.size === 0) return 'offline';
    return entry.status;
  }

  /** Agents with a socket on this node. */
  onlineIds(): string[] {
    return [...this.agents].filter(([, e]) => e.sockets.size > 0).map(([id]) => id);
  }
}
