/**
 * The narrow slice of Electron's API the main-process modules use. Real Electron objects satisfy these
 * interfaces (checked at compile time below); tests pass the typed fakes in testing/fake-electron.ts.
 */
import type {
  ClearStorageDataOptions,
  HandlerDetails,
  IpcMain,
  RenderProcessGoneDetails,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

/** Every permission a page can request, as Electron names them. */
export type PermissionName = Parameters<RequestHandler>[1];
/** Every permission Electron asks the check handler about. */
export type CheckedPermissionName = Parameters<CheckHandler>[1];
/** Every storage type `session.clearStorageData` knows. */
export type StorageType = NonNullable<ClearStorageDataOptions['storages']>[number];

export interface PermissionRequestLike {
  requestingUrl?: string;
}

export interface SessionLike {
  clearStorageData(options?: ClearStorageDataOptions): Promise<void>;
  clearCache(): Promise<void>;
  clearAuthCache(): Promise<void>;
  clearHostResolverCache(): Promise<void>;
  setPermissionRequestHandler(
    handler:
      | ((
          webContents: WebContents,
          permission: PermissionName,
          callback: (granted: boolean) => void,
          details: PermissionRequestLike,
        ) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler:
      | ((
          webContents: WebContents | null,
          permission: CheckedPermissionName,
          requestingOrigin: string,
        ) => boolean)
      | null,
  ): void;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface FrameLike {
  url: string;
}

export interface WebContentsLike {
  readonly id: number;
  readonly mainFrame: FrameLike;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
  reload(): void;
  reloadIgnoringCache(): void;
  forcefullyCrashRenderer(): void;
  close(): void;
  isDestroyed(): boolean;
  print(
    options: { silent?: boolean; printBackground?: boolean },
    callback?: (success: boolean, failureReason: string) => void,
  ): void;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  loadURL(url: string): Promise<void>;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetails) => void,
  ): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'responsive', listener: () => void): unknown;
}

export interface InvokeEventLike {
  sender: { id: number; mainFrame: FrameLike };
  senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

// Compile-time proof that the real objects fit the slices above.
type Fits<T extends U, U> = T;
export type _SessionFits = Fits<Session, SessionLike>;
export type _WebContentsFits = Fits<WebContents, WebContentsLike>;
export type _IpcMainFits = Fits<IpcMain, IpcMainLike>;
