// `npm run load`: a bounded load run against this machine (loopback), for 1 node and for 3 nodes.
// Each scenario: fresh PostgreSQL database (+ a fresh Redis prefix for 3 nodes), N citizen chats and M agent
// sockets connected, then LOAD_SECONDS of chat + search + directory traffic, then a short capacity run of
// search and page requests. Prints one table; stops by itself (well under five minutes with the defaults).
//   LOAD_CHATS=2000 LOAD_AGENTS=100 LOAD_SECONDS=40 LOAD_INTERVAL_MS=15000 LOAD_HTTP_RATE=25 npm run load
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { dropRedisPrefix } from '../../tests/multinode/support/cluster.ts';
import { createTestDatabase } from '../../server/src/db/testing.ts';
import { createLocalUser } from '../../server/src/staff/users.ts';
import { clusterEnv, freePort, startNodes } from '../cluster/nodes.ts';
import { startChatLoad } from './chat.ts';
import { closedLoop, openLoop, type HttpResult } from './http.ts';
import { cpuSecondsOf, fmt, rssOf } from './stats.ts';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CHATS = num('LOAD_CHATS', 2000);
const AGENTS = num('LOAD_AGENTS', 100);
const SECONDS = num('LOAD_SECONDS', 40);
const INTERVAL_MS = num('LOAD_INTERVAL_MS', 15_000);
const HTTP_RATE = num('LOAD_HTTP_RATE', 25);
const CAPACITY_SECONDS = num('LOAD_CAPACITY_SECONDS', 6);
const RAMP_SECONDS = num('LOAD_RAMP_SECONDS', 60);
const NODE_COUNTS = (process.env.LOAD_NODES ?? '1,3').split(',').map(Number);
const STAFF_USERS = 20;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const fdLimit = Number(spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim());
if (Number.isFinite(fdLimit) && fdLimit < CHATS + AGENTS + 500) {
  process.stderr.write(
    `ulimit -n is ${fdLimit}; ${CHATS + AGENTS} connections need more. Run \`ulimit -n 65536\` first.\n`,
  );
  process.exit(1);
}

interface Row {
  nodes: number;
  connections: number;
  connectSeconds: number;
  memoryPerConnectionKb: number;
  rssMb: number;
  messages: number;
  p50: number;
  p95: number;
  p99: number;
  chatErrors: number;
  mixed: HttpResult[];
  capacity: HttpResult[];
  repliesSkipped: number;
  errorDetail: string;
  deliveryDetail: string;
  latencyDetail: string;
  /** The load generator's own event-loop delay while talking (ms): it adds to every measured latency. */
  lagP50: number;
  lagP99: number;
  lagMax: number;
  /** CPU used while talking, in % of one core: the generator, and the server nodes together. */
  generatorCpu: number;
  serverCpu: number;
}

async function scenario(size: number): Promise<Row> {
  const t = await createTestDatabase('postgresql');
  const cookies: string[] = [];
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  const origin = `http://127.0.0.1:${ports[0]}`;
  const env = clusterEnv({
    databaseUrl: t.url,
    redisUrl: REDIS_URL,
    publicOrigin: origin,
    extra: {
      ASSISTANT: 'false',
      RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
    },
  });
  const single = size === 1;
  if (single) delete (env as Record<string, string>).REDIS_URL;
  for (let i = 0; i < STAFF_USERS; i += 1)
    await createLocalUser(t.db, {
      email: `load${i}@hub.local`,
      displayName: `Агент ${i}`,
      role: 'agent',
      password: `load-password-${i}-xyz`,
    });
  const nodes = await startNodes(ports, env);
  const urls = nodes.map((n) => n.url);
  try {
    for (let i = 0; i < STAFF_USERS; i += 1) {
      const res = await fetch(`${urls[i % urls.length]}/api/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ email: `load${i}@hub.local`, password: `load-password-${i}-xyz` }),
      });
      cookies.push(String(res.headers.get('set-cookie')).split(';')[0]!);
    }
    const rss = async () =>
      (await Promise.all(nodes.map((n) => rssOf(n.child.pid)))).reduce((a, b) => a + b, 0);
    const before = await rss();
    const started = performance.now();
    const chat = await startChatLoad({
      urls,
      origin,
      chats: CHATS,
      agentSockets: AGENTS,
      cookies,
      rampUpSeconds: RAMP_SECONDS,
    });
    const connectSeconds = (performance.now() - started) / 1000;
    const connections = chat.citizens.length + chat.agents.length;
    const after = await rss();
    process.stdout.write(
      `  ${size} node(s): ${connections} connections in ${fmt(connectSeconds)} s; talking for ${SECONDS} s…\n`,
    );
    const serverCpuSeconds = async () =>
      (await Promise.all(nodes.map((n) => cpuSecondsOf(n.child.pid)))).reduce((a, b) => a + b, 0);
    const lag = monitorEventLoopDelay({ resolution: 1 });
    const cpuBefore = { own: process.cpuUsage(), server: await serverCpuSeconds(), at: performance.now() };
    lag.enable();
    const [, mixed] = await Promise.all([
      chat.talk(SECONDS, INTERVAL_MS),
      openLoop(urls, HTTP_RATE, SECONDS),
    ]);
    lag.disable();
    const wallSeconds = (performance.now() - cpuBefore.at) / 1000;
    const own = process.cpuUsage(cpuBefore.own);
    const generatorCpu = ((own.user + own.system) / 1e6 / wallSeconds) * 100;
    const serverCpu = (((await serverCpuSeconds()) - cpuBefore.server) / wallSeconds) * 100;
    const peak = await rss();
    process.stdout.write(`  ${size} node(s): capacity run (${CAPACITY_SECONDS} s per kind)…\n`);
    const capacity = await closedLoop(urls, 16, CAPACITY_SECONDS);
    const c = { ...chat.counters };
    chat.close();
    return {
      nodes: size,
      connections,
      connectSeconds,
      memoryPerConnectionKb: (after - before) / connections / 1024,
      rssMb: peak / 1024 / 1024,
      messages: chat.latency.count,
      p50: chat.latency.percentile(50),
      p95: chat.latency.percentile(95),
      p99: chat.latency.percentile(99),
      chatErrors: c.connectErrors + c.ackErrors + c.disconnects,
      mixed,
      capacity,
      repliesSkipped: c.repliesSkipped,
      // The histogram holds each 1 ms timer's whole interval: the delay is what exceeds the 1 ms.
      lagP50: Math.max(0, lag.percentile(50) / 1e6 - 1),
      lagP99: Math.max(0, lag.percentile(99) / 1e6 - 1),
      lagMax: Math.max(0, lag.max / 1e6 - 1),
      generatorCpu,
      serverCpu,
      latencyDetail: (
        [
          ['send → ack', chat.ackLatency],
          ['citizen → agent', chat.toAgent],
          ['agent → citizen', chat.toCitizen],
        ] as const
      )
        .map(
          ([name, x]) => `${name} p50/p95/p99 ${[50, 95, 99].map((q) => fmt(x.percentile(q))).join('/')} ms`,
        )
        .join('; '),
      deliveryDetail:
        `sent ${c.sent}, acknowledged ${c.acked}, delivered ${c.received}, ` +
        `acknowledged but not delivered ${Math.max(0, c.acked - c.received)}, duplicate deliveries ${c.duplicates}`,
      errorDetail: `connect ${c.connectErrors}, acks ${c.ackErrors}, disconnects ${c.disconnects} ${JSON.stringify(c.codes)}`,
    };
  } finally {
    await Promise.all(nodes.map((n) => n.kill('SIGTERM')));
    await t.drop();
    if (!single) await dropRedisPrefix(env.REDIS_PREFIX, REDIS_URL);
  }
}

const began = performance.now();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `Load run: ${CHATS} chats + ${AGENTS} agent sockets, a message per chat every ${INTERVAL_MS / 1000} s, ` +
    `${HTTP_RATE} searches/s + ${HTTP_RATE} page views/s for ${SECONDS} s\n` +
    `Machine: ${os.cpus().length} × ${cpu}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, Node ${process.version}\n`,
);
const rows: Row[] = [];
for (const size of NODE_COUNTS) rows.push(await scenario(size));

const rate = (r: HttpResult) => r.requests / r.seconds;
const kind = (list: HttpResult[], k: 'search' | 'page') => list.find((r) => r.kind === k)!;
const lines = [
  '| nodes | connections | connect s | memory / connection | RSS total | messages | p50 ms | p95 ms | p99 ms | chat errors | search req/s (p95 ms) | page req/s (p95 ms) | HTTP errors | search capacity req/s | page capacity req/s |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => {
    const s = kind(r.mixed, 'search');
    const p = kind(r.mixed, 'page');
    const httpErrors = [...r.mixed, ...r.capacity].reduce((a, x) => a + x.errors, 0);
    return `| ${r.nodes} | ${r.connections} | ${fmt(r.connectSeconds)} | ${fmt(r.memoryPerConnectionKb)} KB | ${fmt(r.rssMb, 0)} MB | ${r.messages} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.chatErrors} | ${fmt(rate(s), 0)} (${fmt(s.latency.percentile(95))}) | ${fmt(rate(p), 0)} (${fmt(p.latency.percentile(95))}) | ${httpErrors} | ${fmt(rate(kind(r.capacity, 'search')), 0)} | ${fmt(rate(kind(r.capacity, 'page')), 0)} |`;
  }),
];
process.stdout.write(`\n${lines.join('\n')}\n\n`);
const skipped = rows.map((r) => r.repliesSkipped).join(' / ');
for (const r of rows) process.stdout.write(`Chat errors, ${r.nodes} node(s): ${r.errorDetail}\n`);
for (const r of rows) process.stdout.write(`Chat delivery, ${r.nodes} node(s): ${r.deliveryDetail}\n`);
for (const r of rows) process.stdout.write(`Chat latency, ${r.nodes} node(s): ${r.latencyDetail}\n`);
for (const r of rows)
  process.stdout.write(
    `Load generator, ${r.nodes} node(s): event-loop delay p50 ${fmt(r.lagP50)} ms, p99 ${fmt(r.lagP99)} ms, ` +
      `max ${fmt(r.lagMax)} ms (included in the latencies above); CPU while talking: generator ` +
      `${fmt(r.generatorCpu, 0)} %, server node(s) ${fmt(r.serverCpu, 0)} % of one core\n`,
  );
process.stdout.write(`Agent replies skipped by the load generator's own pacing (not errors): ${skipped}\n`);
process.stdout.write(
  `Finished in ${fmt((performance.now() - began) / 1000, 0)} s; load average now ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
process.exit(0);
