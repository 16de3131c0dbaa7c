// Test support: a real cluster of server processes on a fresh PostgreSQL database and a fresh Redis prefix,
// behind the local balancer of scripts/cluster, with agent accounts.
import { startBalancer, type Balancer } from '../../../scripts/cluster/balancer.ts';
import { clusterEnv, freePort, startNodes, type NodeProcess } from '../../../scripts/cluster/nodes.ts';
import { createTestDatabase, type TestDatabase } from '../../../server/src/db/testing.ts';
import { createLocalUser } from '../../../server/src/staff/users.ts';
import { createClient } from 'redis';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestCluster {
  t: TestDatabase;
  nodes: NodeProcess[];
  balancer: Balancer;
  /** The balancer's URL = the hub's public origin. */
  url: string;
  prefix: string;
  agents: { name: string; email: string; password: string; id: string }[];
  citizenToken(): Promise<string>;
  login(agent: number): Promise<string>;
  close(): Promise<void>;
}

export async function startTestCluster(
  size: number,
  options: {
    extraEnv?: Record<string, string>;
    agents?: number;
    redisUrl?: string;
    databaseUrl?: string;
  } = {},
): Promise<TestCluster> {
  const t = await createTestDatabase('postgresql');
  const agents: TestCluster['agents'] = [];
  for (let i = 0; i < (options.agents ?? 2); i += 1) {
    const email = `agent${i}@hub.local`;
    const password = `agent-${i}-password-123`;
    const user = await createLocalUser(t.db, { email, displayName: `Агент ${i}`, role: 'agent', password });
    agents.push({ name: `agent${i}`, email, password, id: user.id });
  }
  const balancerPort = await freePort();
  const url = `http://127.0.0.1:${balancerPort}`;
  const env = clusterEnv({
    databaseUrl: options.databaseUrl ?? t.url,
    redisUrl: options.redisUrl ?? REDIS_URL,
    publicOrigin: url,
    extra: { ASSISTANT: 'false', RATE_LIMIT_PER_MINUTE: '100000', ...options.extraEnv },
  });
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  let nodes: NodeProcess[] = [];
  try {
    nodes = await startNodes(ports, env);
  } catch (error) {
    await t.drop();
    throw error;
  }
  const balancer = await startBalancer(
    nodes.map((n) => ({ host: '127.0.0.1', port: n.port })),
    balancerPort,
  );
  return {
    t,
    nodes,
    balancer,
    url,
    prefix: env.REDIS_PREFIX,
    agents,
    async citizenToken() {
      const res = await fetch(`${url}/api/citizen-token`, { method: 'POST' });
      if (res.status !== 201) throw new Error(`citizen token: ${res.status}`);
      return ((await res.json()) as { token: string }).token;
    },
    async login(agent) {
      const a = agents[agent]!;
      const res = await fetch(`${url}/api/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ email: a.email, password: a.password }),
      });
      if (res.status !== 200) throw new Error(`login: ${res.status}`);
      return String(res.headers.get('set-cookie'))
        .split(/,(?=[^;]+=)/)
        .map((c) => c.split(';')[0]!.trim())
        .filter((c) => !c.startsWith('hub_node='))
        .join('; ');
    },
    async close() {
      await balancer.close();
      await Promise.all(nodes.map((n) => n.kill('SIGKILL')));
      await dropRedisPrefix(env.REDIS_PREFIX);
      await t.drop();
    },
  };
}

/** Removes every key of one test run (its socket.io stream, sessions, counters, locks). */
export async function dropRedisPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length) await client.del(keys);
  } finally {
    await client.close();
  }
}
