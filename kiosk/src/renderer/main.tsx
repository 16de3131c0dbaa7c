import { render } from 'preact';
import type { KnowledgeData } from '@hub/knowledge';
import { App } from './app.tsx';
import { createAnalytics } from './data/analytics.ts';
import { createApiCatalog } from './data/api-catalog.ts';
import type { Catalog } from './data/catalog.ts';
import { createConnectivityMonitor } from './data/connectivity.ts';
import { createResilientCatalog } from './data/resilient-catalog.ts';
import { createSnapshotCatalog } from './data/snapshot-catalog.ts';
import { connectSocket } from './staff/staff-chat.ts';

/** Entry of the kiosk screens: device info from main (or the test shim), then the app. */
async function start(): Promise<void> {
  const device = await window.kiosk.deviceInfo();
  const fetchImpl = (url: string, init?: RequestInit) => fetch(url, init);
  const connectivity = createConnectivityMonitor(device.serverUrl, fetchImpl);
  let snapshot: Promise<Catalog> | null = null;
  const offline = () =>
    (snapshot ??= fetch('snapshot.json')
      .then((res) => {
        if (!res.ok) throw new Error(`snapshot ${res.status}`);
        return res.json() as Promise<KnowledgeData>;
      })
      .then(createSnapshotCatalog)
      .catch((err: unknown) => {
        snapshot = null;
        throw err;
      }));
  const catalog = createResilientCatalog(
    createApiCatalog(device.serverUrl, fetchImpl),
    offline,
    connectivity,
  );
  // Load the snapshot while the server is still there to compare with, so going offline later is instant.
  void offline().catch(() => undefined);
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <App
      device={device}
      catalog={catalog}
      connectivity={connectivity}
      track={createAnalytics(device.serverUrl, device.district, fetchImpl)}
      fetch={fetchImpl}
      connect={connectSocket}
    />,
    root,
  );
}

void start();
