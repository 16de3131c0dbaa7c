// Starting real server processes (node + tsx, server/src/main.ts) for `npm run cluster`, the multi-node and
// fault tests, and the load test. Each is one OS process that can be killed with SIGKILL like a crashed node.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface NodeProcess {
  index: number;
  port: number;
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process ended. */
  exited: Promise<number | string | null>;
  /** The last lines the process wrote (for a test's failure message). */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ClusterEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_PREFIX: string;
  SESSION_SECRET: string;
  ANON_TOKEN_SECRET: string;
  PUBLIC_ORIGIN: string;
  DATA_DIR: string;
  [key: string]: string;
}

/** The environment every node of one cluster shares: one database, one Redis prefix, the same secrets. */
export function clusterEnv(options: {
  databaseUrl: string;
  redisUrl: string;
  publicOrigin: string;
  prefix?: string;
  extra?: Record<string, string>;
}): ClusterEnv {
  return {
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: options.prefix ?? `hub-${randomBytes(4).toString('hex')}:`,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    ANON_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    PUBLIC_ORIGIN: options.publicOrigin,
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'hub-node-')),
    // Behind one balancer on this machine: the client's address is in X-Forwarded-For.
    TRUST_PROXY: '1',
    // No background how-to videos on short-lived test and demo nodes (server/src/campaign autogen).
    MEDIA_AUTOGEN: 'off',
    ...options.extra,
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts one node on `port` and resolves once it logged that it listens (or rejects with its output if it
 * exited first). `node --import tsx` rather than the tsx wrapper: a signal reaches the server itself.
 */
export function startNode(
  index: number,
  port: number,
  env: Record<string, string>,
  echo?: (line: string) => void,
): Promise<NodeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const node: NodeProcess = {
    index,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    output: () => lines.join('\n'),
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        lines.push(line);
        echo?.(line);
        if (lines.length > 200) lines.shift();
        if (line.includes('"hub server listening"')) resolve(node);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    // Quieter nodes (LOG_LEVEL above info, e.g. under load) do not log the line: ask /healthz instead.
    if (['warn', 'error', 'fatal', 'silent'].includes(env.LOG_LEVEL ?? ''))
      void pollHealth(node.url, () => child.exitCode !== null || child.signalCode !== null).then(() =>
        resolve(node),
      );
    void exited.then((code) =>
      reject(new Error(`node ${index} exited (${String(code)}) before listening:\n${lines.join('\n')}`)),
    );
  });
}

/**
 * N nodes of one cluster on the given ports. The first starts alone (it migrates the database and may create
 * the first administrator), then the others together.
 */
export async function startNodes(
  ports: number[],
  env: Record<string, string>,
  echo?: (index: number, line: string) => void,
): Promise<NodeProcess[]> {
  const first = await startNode(0, ports[0]!, env, echo && ((line) => echo(0, line)));
  const rest = await Promise.all(
    ports.slice(1).map((port, i) => startNode(i + 1, port, env, echo && ((line) => echo(i + 1, line)))),
  );
  return [first, ...rest];
}

async function pollHealth(url: string, gone: () => boolean): Promise<void> {
  while (!gone()) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
