// Test support: a TCP proxy in front of a real server (PostgreSQL, Redis) that a test can cut and restore, to
// make a dependency unavailable to one hub without stopping the shared server other tests use.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Connections made through the proxy so far. */
  readonly accepted: number;
  /**
   * `refuse`: drop every open connection and refuse new ones (the server is down);
   * `blackhole`: drop open connections and accept new ones that never answer (the network is gone).
   */
  cut(mode?: 'refuse' | 'blackhole'): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let mode: 'up' | 'refuse' | 'blackhole' = 'up';
  let accepted = 0;
  let server: net.Server | undefined;
  let port = 0;

  const onConnection = (client: net.Socket) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (mode === 'blackhole') return; // held open, never answered
    accepted += 1;
    const upstream = net.connect(targetPort, targetHost);
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  };

  async function listen(): Promise<void> {
    server = net.createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.address() as net.AddressInfo).port;
  }
  async function stopListening(): Promise<void> {
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
  const dropAll = () => {
    for (const s of open) s.destroy();
    open.clear();
  };

  await listen();
  return {
    get port() {
      return port;
    },
    get accepted() {
      return accepted;
    },
    async cut(how = 'refuse') {
      mode = how;
      if (how === 'refuse') await Promise.all([stopListening(), Promise.resolve(dropAll())]);
      else dropAll();
    },
    async restore() {
      if (mode === 'blackhole') dropAll();
      mode = 'up';
      if (!server) await listen();
    },
    async close() {
      mode = 'refuse';
      dropAll();
      await stopListening();
    },
  };
}
