// Redis goes away under two nodes (a proxy in front of the shared Redis server is cut): each node keeps serving
// its own clients (HTTP, new sockets, conversations whose people are on that node); when Redis returns the
// nodes reconnect by themselves and messages cross nodes again; nothing stored is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Participant } from '../multinode/support/participant.ts';
import { REDIS_URL, startTestCluster, type TestCluster } from '../multinode/support/cluster.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

let proxy: TcpProxy;
let c: TestCluster;
const people: Participant[] = [];

beforeAll(async () => {
  proxy = await startTcpProxy(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
  c = await startTestCluster(2, { redisUrl: `redis://127.0.0.1:${proxy.port}` });
}, 90_000);

afterAll(async () => {
  for (const p of people) p.close();
  await c?.close();
  await proxy?.close();
});

async function pair(citizenNode: number, agentIndex: number, agentNode: number) {
  const cit = new Participant({
    url: c.url,
    origin: c.url,
    node: citizenNode,
    auth: { citizenToken: await c.citizenToken() },
  });
  people.push(cit);
  await cit.ready();
  const { conversationId } = await cit.call<{ conversationId: string }>('conversation.start', {
    channel: 'web',
    lang: 'bg',
  });
  cit.conversationId = conversationId;
  const { handoff } = await cit.call<{ handoff: { id: string } }>('handoff.request', { conversationId });
  const ag = new Participant({
    url: c.url,
    origin: c.url,
    node: agentNode,
    cookie: await c.login(agentIndex),
  });
  people.push(ag);
  await ag.ready();
  await ag.call('handoff.accept', { handoffId: handoff.id });
  await ag.join(conversationId);
  return { conversationId, cit, ag };
}

describe('Redis unavailable', () => {
  it('keeps each node serving its own clients, and crosses nodes again once Redis is back', async () => {
    const local = await pair(0, 0, 0); // both on node 0
    const cross = await pair(1, 1, 0); // citizen on node 1, agent on node 0
    await cross.cit.send('преди прекъсването');
    await expect.poll(() => cross.ag.lastSeq).toBe(1);

    await proxy.cut('refuse');
    // HTTP still answers on both nodes (shared rate limits let requests through rather than fail them).
    for (let i = 0; i < 4; i += 1) expect((await fetch(`${c.url}/api/openapi.json`)).status).toBe(200);
    expect(await c.citizenToken()).toBeTruthy();
    // A conversation held within one node goes on, both ways.
    const asked = await local.cit.send('по време на прекъсването');
    await expect.poll(() => local.ag.bySeq.get(asked.seq)?.id).toBe(asked.id);
    const answered = await local.ag.send('отговор по време на прекъсването');
    await expect.poll(() => local.cit.bySeq.get(answered.seq)?.id).toBe(answered.id);
    // Across nodes the message is stored (and acknowledged) even if it cannot be pushed now.
    const stranded = await cross.cit.send('през възлите, без Redis');

    await proxy.restore();
    // Once the nodes are back on Redis, pushes cross nodes again (a few tries while they reconnect).
    await expect
      .poll(
        async () => {
          const probe = await cross.cit.send('през възлите, след Redis');
          return (
            cross.ag.bySeq.has(probe.seq) ||
            (await new Promise((r) => setTimeout(r, 100)).then(() => cross.ag.bySeq.has(probe.seq)))
          );
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBe(true);
    // What could not be pushed is read back as soon as a later push shows the gap; nothing was lost.
    await expect.poll(() => cross.ag.bySeq.get(stranded.seq)?.id).toBe(stranded.id);
    const stored = await c.t.db.message.count({ where: { conversationId: cross.conversationId } });
    expect(cross.ag.transcript().map((m) => m.seq)).toEqual(Array.from({ length: stored }, (_, i) => i + 1));
    for (const node of c.nodes) expect(node.child.exitCode).toBeNull();
  }, 60_000);
});
