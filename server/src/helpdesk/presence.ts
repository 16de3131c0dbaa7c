import type { Presence } from '@hub/contract';

interface Entry {
  status: Presence;
  sockets: Set<string>;
}

/**
 * Who is signed in to the console and whether they take new conversations. Live state, kept in memory
 * (one process); an agent with no open socket is offline.
 */
export class PresenceRegistry {
  private readonly agents = new Map<string, Entry>();

  connect(agentId: string, socketId: string): void {
    const entry = this.agents.get(agentId) ?? { status: 'away' as Presence, sockets: new Set<string>() };
    entry.sockets.add(socketId);
    this.agents.set(agentId, entry);
  }

  /** True when this was the agent's last socket. */
  disconnect(agentId: string, socketId: string): boolean {
    const entry = this.agents.get(agentId);
    if (!entry) return false;
    entry.sockets.delete(socketId);
    return entry.sockets.size === 0;
  }

  set(agentId: string, status: Presence): void {
    const entry = this.agents.get(agentId) ?? { status, sockets: new Set<string>() };
    entry.status = status;
    this.agents.set(agentId, entry);
  }

  statusOf(agentId: string): Presence | 'offline' {
    const entry = this.agents.get(agentId);
    if (!entry || entry.sockets.size === 0) return 'offline';
    return entry.status;
  }

  onlineIds(): string[] {
    return [...this.agents].filter(([, e]) => e.sockets.size > 0).map(([id]) => id);
  }
}
