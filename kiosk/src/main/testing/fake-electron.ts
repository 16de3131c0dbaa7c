/** Typed doubles of the Electron objects the main-process modules use (see ../electron-types.ts). */
import type { HandlerDetails, RenderProcessGoneDetails, WindowOpenHandlerResponse } from 'electron';
import type {
  FrameLike,
  InvokeEventLike,
  IpcMainLike,
  PermissionRequestLike,
  SessionLike,
  WebContentsLike,
} from '../electron-types.ts';
import type { Timers } from '../timers.ts';

type Listener = (...args: never[]) => unknown;

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebContents implements WebContentsLike {
  readonly id = nextId++;
  readonly mainFrame: FrameLike;
  readonly calls: string[] = [];
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly loaded: string[] = [];
  destroyed = false;
  private listeners = new Map<string, Listener[]>();
  private openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  constructor(url = 'app://kiosk/index.html') {
    this.mainFrame = { url };
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  reload(): void {
    this.calls.push('reload');
  }
  reloadIgnoringCache(): void {
    this.calls.push('reloadIgnoringCache');
  }
  forcefullyCrashRenderer(): void {
    this.calls.push('forcefullyCrashRenderer');
  }
  close(): void {
    this.calls.push('close');
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  print(_options: object, callback?: (success: boolean, failureReason: string) => void): void {
    this.calls.push('print');
    callback?.(true, '');
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  // ---- test helpers ----
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
  /** Simulates a navigation attempt; true when it was allowed to proceed. */
  navigate(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const event = new FakeEvent();
    this.emit(kind, event, url);
    return !event.defaultPrevented;
  }
  attachWebview(): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event);
    return !event.defaultPrevented;
  }
  openWindow(url: string): WindowOpenHandlerResponse {
    if (!this.openHandler) return { action: 'allow' };
    return this.openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'no-referrer' },
      postBody: undefined,
    } as unknown as HandlerDetails);
  }
  crash(reason: RenderProcessGoneDetails['reason'], exitCode = 1): void {
    this.emit('render-process-gone', {}, { reason, exitCode });
  }
}

type RequestHandler = Parameters<SessionLike['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SessionLike['setPermissionCheckHandler']>[0];

export class FakeSession implements SessionLike {
  readonly calls: { method: string; args: unknown[] }[] = [];
  requestHandler: RequestHandler = null;
  checkHandler: CheckHandler = null;
  failClearStorage = false;

  clearStorageData(options?: object): Promise<void> {
    this.calls.push({ method: 'clearStorageData', args: [options] });
    return this.failClearStorage ? Promise.reject(new Error('disk')) : Promise.resolve();
  }
  clearCache(): Promise<void> {
    this.calls.push({ method: 'clearCache', args: [] });
    return Promise.resolve();
  }
  clearAuthCache(): Promise<void> {
    this.calls.push({ method: 'clearAuthCache', args: [] });
    return Promise.resolve();
  }
  clearHostResolverCache(): Promise<void> {
    this.calls.push({ method: 'clearHostResolverCache', args: [] });
    return Promise.resolve();
  }
  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler;
  }

  /** Asks the request handler as Electron would; resolves with its answer. */
  request(permission: Parameters<NonNullable<RequestHandler>>[1], requestingUrl: string): Promise<boolean> {
    return new Promise((resolve) => {
      const handler = this.requestHandler;
      if (!handler) return resolve(true); // Electron's default grants everything.
      const contents = new FakeWebContents(requestingUrl);
      const details: PermissionRequestLike = { requestingUrl };
      handler(contents as never, permission, resolve, details);
    });
  }
  check(permission: Parameters<NonNullable<CheckHandler>>[1], origin: string): boolean {
    return this.checkHandler ? this.checkHandler(null, permission, origin) : true;
  }
}

export class FakeIpcMain implements IpcMainLike {
  private handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  channels(): string[] {
    return [...this.handlers.keys()];
  }
  /** Calls a handler as ipcRenderer.invoke would (a thrown error becomes a rejection). */
  async invoke(event: InvokeEventLike, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

/** An invoke event from the given contents' top frame (or from a sub-frame with another URL). */
export function invokeEventFrom(contents: FakeWebContents, subFrameUrl?: string): InvokeEventLike {
  return {
    sender: contents,
    senderFrame: subFrameUrl === undefined ? contents.mainFrame : { url: subFrameUrl },
  };
}

/** A manual clock: advance() runs due timers in order. */
export class FakeTimers implements Timers {
  private time = 0;
  private seq = 0;
  private pending = new Map<number, { at: number; fn: () => void; every?: number }>();

  constructor(start = 0) {
    this.time = start;
  }
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.pending.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  setInterval(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.pending.set(id, { at: this.time + ms, fn, every: ms });
    return id;
  }
  clearInterval(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.pending.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, t] = due;
      this.time = t.at;
      if (t.every) t.at += t.every;
      else this.pending.delete(id);
      t.fn();
    }
    this.time = end;
  }
  pendingCount(): number {
    return this.pending.size;
  }
}
