/**
 * Composition root of the Electron main process: reads the device configuration and wires the policies in
 * this folder to the real Electron API. Decisions live in the modules it imports (each unit-tested).
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, net, powerMonitor, protocol, session, WebContentsView } from 'electron';
import { io } from 'socket.io-client';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CHANNELS,
  type DeviceInfo,
  type KioskEvent,
} from '../shared/kiosk-api.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { attachCrashRecovery } from './crash-recovery.ts';
import { securityHeaders } from './csp.ts';
import { scheduleDailyRestart } from './daily-restart.ts';
import { loadDeviceConfig, type DeviceConfig } from './device-config.ts';
import { connectDeviceSocket, type ConnectDevice } from './device-socket.ts';
import { readKioskEnv } from './env.ts';
import { createExternalViews } from './external-view.ts';
import { countingErrors, createHeartbeat } from './heartbeat.ts';
import { createIdleMonitor } from './idle-monitor.ts';
import { isTrustedSender, registerIpc } from './ipc.ts';
import { createJsonLogger } from './logger.ts';
import { guardAppContents } from './navigation-guard.ts';
import { rulesFor } from './navigation-policy.ts';
import { installPermissionHandlers } from './permissions.ts';
import { createPrivacyReset } from './privacy-reset.ts';
import { createRemoteControl } from './remote-control.ts';
import { refreshSnapshot } from './snapshot-refresh.ts';
import { realTimers } from './timers.ts';
import { EXTERNAL_PARTITION, externalWebPreferences } from './web-preferences.ts';
import { kioskWindowOptions } from './window-options.ts';

const here = import.meta.dirname;
const env = readKioskEnv();
const errors = countingErrors(createJsonLogger((line) => process.stderr.write(line)));
const logger = errors.logger;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.exit(0);

// Nothing may open a window or embed a <webview> unless a guard below says so.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

function relaunch(): void {
  app.relaunch();
  app.exit(0);
}

async function start(): Promise<void> {
  const loaded = loadDeviceConfig(env.configPath, (p) => fs.readFileSync(p, 'utf8'));
  if (!loaded.ok) {
    for (const problem of loaded.problems) logger.error('device configuration invalid', { problem });
    app.exit(78);
    return;
  }
  // Staff may change some settings at run time (remote-control.ts); everything below reads the current ones.
  let config: DeviceConfig = loaded.config;
  const rules = rulesFor(config);
  const appSession = session.defaultSession;
  const externalSession = session.fromPartition(EXTERNAL_PARTITION);
  for (const s of [appSession, externalSession]) installPermissionHandlers(s, APP_ORIGIN);

  const deviceSnapshot = path.join(app.getPath('userData'), 'snapshot.json');
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: path.join(here, 'renderer'),
      snapshotPaths: [deviceSnapshot, path.join(here, 'snapshot.json')],
      headers: securityHeaders(config.serverUrl),
      readFile: (file) => fs.promises.readFile(file),
    }),
  );

  const win = new BrowserWindow(kioskWindowOptions(path.join(here, 'preload.cjs'), env.developer));
  const contents = win.webContents;
  const send = (event: KioskEvent) => {
    if (!contents.isDestroyed()) contents.send(CHANNELS.event, event);
  };
  const external = createExternalViews({
    createView: () => new WebContentsView({ webPreferences: externalWebPreferences() }),
    attach: (view) => win.contentView.addChildView(view as WebContentsView),
    detach: (view) => win.contentView.removeChildView(view as WebContentsView),
    contentSize: () => {
      const [width = 0, height = 0] = win.getContentSize();
      return { width, height };
    },
    notifyScreens: send,
    rules,
    logger,
  });
  win.on('resize', () => external.layout());
  guardAppContents(contents, rules, (url) => external.open(url), logger);

  const appUrl = `${APP_ORIGIN}/index.html`;
  const privacy = createPrivacyReset({
    sessions: () => [appSession, externalSession],
    closeExternalViews: () => external.close(),
    notifyScreens: (reason) => send({ type: 'reset', reason }),
    reloadScreens: () => {
      contents.navigationHistory.clear();
      void contents.loadURL(appUrl);
    },
    now: () => new Date(),
    logger,
  });

  const deviceInfo = (): DeviceInfo => ({
    deviceId: config.deviceId,
    serverUrl: config.serverUrl,
    district: config.district,
    location: config.location,
    lang: config.lang,
    idleTimeoutSeconds: config.idleTimeoutSeconds,
    idleWarningSeconds: config.idleWarningSeconds,
    eServiceHosts: config.eServiceHosts,
    version: app.getVersion(),
    notices: remote.notices(),
  });

  registerIpc(
    ipcMain,
    (event) => isTrustedSender(event, () => (contents.isDestroyed() ? null : contents.id), APP_ORIGIN),
    {
      deviceInfo,
      print: () =>
        new Promise((resolve) => {
          contents.print({ silent: true, printBackground: true }, (ok, reason) => {
            if (!ok) logger.warn('print failed', { reason });
            resolve({ ok });
          });
        }),
      reset: (reason) => privacy.reset(reason),
      closeExternal: () => external.close(),
    },
    logger,
  );

  const idleMonitor = () =>
    createIdleMonitor({
      timeoutSeconds: config.idleTimeoutSeconds,
      warningSeconds: config.idleWarningSeconds,
      getIdleSeconds: () => powerMonitor.getSystemIdleTime(),
      onWarning: (secondsLeft) => send({ type: 'idle-warning', secondsLeft }),
      onCancel: () => send({ type: 'idle-cancelled' }),
      onIdle: () => void privacy.reset('idle'),
      timers: realTimers,
    });
  let idle = idleMonitor();
  attachCrashRecovery({ webContents: contents, relaunch, timers: realTimers, logger });
  scheduleDailyRestart({
    hour: config.dailyRestartHour,
    timers: realTimers,
    isIdle: () => powerMonitor.getSystemIdleTime() >= config.idleTimeoutSeconds,
    restart: () => {
      void privacy.reset('restart').finally(relaunch);
    },
  });
  const startedAt = Date.now();
  const remote = createRemoteControl({
    config: () => config,
    notifyScreens: send,
    logger,
    apply: (next) => {
      const before = config;
      config = next;
      if (
        next.idleTimeoutSeconds !== before.idleTimeoutSeconds ||
        next.idleWarningSeconds !== before.idleWarningSeconds
      ) {
        idle.stop();
        idle = idleMonitor();
        idle.start();
      }
      if (next.heartbeatSeconds !== before.heartbeatSeconds) {
        heartbeat.stop();
        heartbeat = heartbeatFor(next);
        heartbeat.start();
      }
      send({ type: 'config', device: deviceInfo() });
    },
  });
  const heartbeatFor = (c: DeviceConfig) =>
    createHeartbeat({
      url: `${c.serverUrl}/api/kiosk/heartbeat`,
      token: c.deviceToken,
      intervalMs: c.heartbeatSeconds * 1000,
      fetch: (input, init) => net.fetch(input instanceof URL ? input.href : (input as string), init),
      timers: realTimers,
      logger,
      onAnswer: (body) => remote.handleAnswer(body),
      payload: () => ({
        deviceId: c.deviceId,
        version: app.getVersion(),
        district: c.district,
        location: c.location,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        lastResetAt: privacy.lastResetAt()?.toISOString() ?? null,
        errorsSinceLastHeartbeat: errors.take(),
        heartbeatSeconds: c.heartbeatSeconds,
        pushAfter: remote.pushAfter(),
      }),
    });
  let heartbeat = heartbeatFor(config);
  heartbeat.start();
  connectDeviceSocket({
    serverUrl: config.serverUrl,
    token: config.deviceToken,
    connect: io as unknown as ConnectDevice,
    onPushed: () => void heartbeat.beat(),
    logger,
  });

  const snapshotCache: { etag?: string } = {};
  const refresh = () =>
    void refreshSnapshot({
      cache: snapshotCache,
      url: `${config.serverUrl}/api/kiosk/snapshot`,
      target: deviceSnapshot,
      fetch: (input, init) => net.fetch(input instanceof URL ? input.href : (input as string), init),
      writeFile: (file, data) => fs.promises.writeFile(file, data),
      rename: (from, to) => fs.promises.rename(from, to),
      logger,
    });
  refresh();
  realTimers.setInterval(refresh, 6 * 3_600_000);

  win.once('ready-to-show', () => win.show());
  await contents.loadURL(appUrl);
  idle.start();
  logger.info('kiosk started', { deviceId: config.deviceId, host: APP_HOST });
}

app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (err: unknown) => {
  logger.error('kiosk failed to start', { error: err instanceof Error ? err.message : String(err) });
  app.exit(1);
});
