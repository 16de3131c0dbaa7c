// Several server processes behind the balancer, sharing PostgreSQL and Redis: citizens and agents on different
// nodes, clients that move between nodes, and a node killed (SIGKILL) in the middle of two conversations.
// Every participant must end with every message of its conversation exactly once, in order, and both
// conversations must go on after the crash.
import type { MessageDto } from '@hub/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Participant } from './support/participant.ts';
import { startTestCluster, type TestCluster } from './support/cluster.ts';

let c: TestCluster;
const people: Participant[] = [];

beforeAll(async () => {
  c = await startTestCluster(3);
}, 90_000);

afterAll(async () => {
  for (const p of people) p.close();
  await c?.close();
});

async function citizen(node: number): Promise<Participant> {
  const p = new Participant({
    url: c.url,
    origin: c.url,
    node,
    auth: { citizenToken: await c.citizenToken() },
  });
  people.push(p);
  await p.ready();
  return p;
}

async function agent(index: number, node: number): Promise<Participant> {
  const p = new Participant({ url: c.url, origin: c.url, node, cookie: await c.login(index) });
  people.push(p);
  await p.ready();
  return p;
}

/** A citizen on `citizenNode` talking to agent `agentIndex` on `agentNode`, after a handoff. */
async function conversation(citizenNode: number, agentIndex: number, agentNode: number) {
  const cit = await citizen(citizenNode);
  const { conversationId } = await cit.call<{ conversationId: string }>('conversation.start', {
    channel: 'web',
    lang: 'bg',
  });
  cit.conversationId = conversationId;
  await cit.send('Здравейте, искам да говоря с човек');
  const { handoff } = await cit.call<{ handoff: { id: string } }>('handoff.request', { conversationId });
  const ag = await agent(agentIndex, agentNode);
  await ag.call('handoff.accept', { handoffId: handoff.id });
  await ag.join(conversationId);
  return { conversationId, cit, ag };
}

async function stored(conversationId: string): Promise<MessageDto['id'][]> {
  const rows = await c.t.db.message.findMany({ where: { conversationId }, orderBy: { seq: 'asc' } });
  return rows.map((r) => r.id);
}

describe('multi-node delivery', () => {
  it('delivers every message once and in order across nodes, moves and a killed node', async () => {
    // Citizen 1 on node 0 with agent 0 on node 2; citizen 2 on node 2 with agent 1 on node 1.
    const one = await conversation(0, 0, 2);
    const two = await conversation(2, 1, 1);

    const talk = async (round: number) => {
      await Promise.all([
        one.cit.send(`гражданин 1, реплика ${round}`),
        two.cit.send(`гражданин 2, реплика ${round}`),
      ]);
      await Promise.all([
        one.ag.send(`служител 0, отговор ${round}`),
        two.ag.send(`служител 1, отговор ${round}`),
      ]);
    };
    await talk(1);

    // Citizen 1 loses its connection and comes back on node 1 (connection-state recovery through Redis).
    await one.cit.moveTo(1);
    await talk(2);

    // Node 1 dies without a word while agent 1 is on it and messages are in flight; citizen 1 also is there.
    const inFlight = Promise.all([
      two.cit.send('гражданин 2, докато възелът пада'),
      one.ag.send('служител 0, докато възелът пада'),
    ]);
    await c.nodes[1]!.kill('SIGKILL');
    await inFlight;
    await Promise.all([two.ag.ready(), one.cit.ready()]);
    await talk(3);

    // Agent 0 moves from node 2 to node 0 mid-conversation; the talk goes on.
    await one.ag.moveTo(0);
    await talk(4);

    for (const { conversationId, cit, ag } of [one, two]) {
      const ids = await stored(conversationId);
      // 1 opening + 4 rounds × 2 + 1 sent while the node fell = 10 messages, each stored once.
      expect(ids).toHaveLength(10);
      for (const p of [cit, ag]) {
        await expect.poll(() => p.lastSeq, { timeout: 10_000 }).toBe(ids.length);
        const shown = p.transcript();
        expect(shown.map((m) => m.seq)).toEqual(ids.map((_, i) => i + 1));
        expect(shown.map((m) => m.id)).toEqual(ids);
        expect(p.conflicts).toEqual([]);
      }
    }
    // The move onto a live node resumed the socket's session from Redis; after the crash there was none to
    // resume (the node could not save it), and the clients caught up by re-joining instead.
    expect(one.cit.recoveries[0]).toBe(true);
    expect(two.ag.recoveries[0]).toBe(false);
    expect(c.balancer.counts.every((n) => n > 0)).toBe(true);
  }, 60_000);
});
