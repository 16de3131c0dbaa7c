import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadKnowledgeBase, type KnowledgeBase } from '@hub/knowledge';
import { directoryTestApp } from '../../../server/src/directory/testing/app.ts';
import { fakeDeps } from '../../../server/src/directory/testing/fake-deps.ts';

export interface RunningDirectory {
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the directory on an ephemeral port with the built knowledge base (run `npm run build` first). */
export async function serveDirectory(
  options: { kb?: KnowledgeBase; top?: string[] } = {},
): Promise<RunningDirectory> {
  const app = directoryTestApp(fakeDeps({ kb: options.kb ?? loadKnowledgeBase(), top: options.top ?? [] }));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
