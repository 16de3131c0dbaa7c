// `npm run cluster`: N server nodes sharing PostgreSQL and Redis behind a local balancer, on this machine.
//   DATABASE_URL=postgresql://… [REDIS_URL=redis://127.0.0.1:6379] [CLUSTER_NODES=3] [PORT=3000] npm run cluster
// The balancer listens on PORT; node i listens on PORT+1+i. Ctrl-C stops everything.
import { startBalancer } from './balancer.ts';
import { clusterEnv, startNodes, type NodeProcess } from './nodes.ts';

const databaseUrl = process.env.DATABASE_URL ?? '';
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  process.stderr.write(
    'npm run cluster: set DATABASE_URL to a postgresql:// URL. Several nodes need one shared database;\n' +
      'SQLite (the default) belongs to one process.\n',
  );
  process.exit(78);
}
const count = Number(process.env.CLUSTER_NODES ?? 3);
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(count) || count < 1 || count > 16) {
  process.stderr.write('npm run cluster: CLUSTER_NODES must be a whole number from 1 to 16\n');
  process.exit(78);
}
const publicOrigin = process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
const env = clusterEnv({
  databaseUrl,
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  publicOrigin,
  prefix: process.env.REDIS_PREFIX ?? 'hub:',
});
// Secrets given in the environment win; otherwise one generated pair for all nodes of this run.
for (const key of ['SESSION_SECRET', 'ANON_TOKEN_SECRET', 'DATA_DIR'] as const)
  if (process.env[key]) env[key] = process.env[key];

const ports = Array.from({ length: count }, (_, i) => port + 1 + i);
let nodes: NodeProcess[] = [];
try {
  nodes = await startNodes(ports, env, (i, line) => {
    // The nodes' JSON logs are for log collectors; the first-run admin notice is for the operator.
    if (!line.startsWith('{')) process.stdout.write(`[node ${i}] ${line}\n`);
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const balancer = await startBalancer(
  ports.map((p) => ({ host: '127.0.0.1', port: p })),
  port,
  '0.0.0.0',
);
process.stdout.write(
  `Cluster up: ${count} node(s) on ports ${ports.join(', ')}, balancer on ${publicOrigin} (sticky cookie, WebSocket piped).\n`,
);
for (const node of nodes)
  void node.exited.then((code) => process.stdout.write(`node ${node.index} exited (${String(code)})\n`));

const stop = async () => {
  await balancer.close();
  await Promise.all(nodes.map((n) => n.kill('SIGTERM')));
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
