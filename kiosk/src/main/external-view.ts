import { EXTERNAL_BAR_HEIGHT, type KioskEvent } from '../shared/kiosk-api.ts';
import type { WebContentsLike } from './electron-types.ts';
import type { Logger } from './logger.ts';
import { guardExternalContents } from './navigation-guard.ts';
import type { NavigationRules } from './navigation-policy.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ViewLike {
  webContents: WebContentsLike;
  setBounds(bounds: Rect): void;
}

export interface ExternalViewDeps {
  /** new WebContentsView({ webPreferences: externalWebPreferences() }) */
  createView(): ViewLike;
  attach(view: ViewLike): void;
  detach(view: ViewLike): void;
  contentSize(): { width: number; height: number };
  notifyScreens(event: KioskEvent): void;
  rules: NavigationRules;
  logger: Logger;
}

export interface ExternalViews {
  open(url: string): void;
  close(): void;
  isOpen(): boolean;
  /** Call when the window is resized. */
  layout(): void;
}

/**
 * One e-service at a time, drawn below the screens' "back to the kiosk" bar (the screens stay visible above it,
 * so a visitor can always get back).
 */
export function createExternalViews(deps: ExternalViewDeps): ExternalViews {
  let current: ViewLike | null = null;

  const layout = () => {
    if (!current) return;
    const { width, height } = deps.contentSize();
    current.setBounds({
      x: 0,
      y: EXTERNAL_BAR_HEIGHT,
      width,
      height: Math.max(0, height - EXTERNAL_BAR_HEIGHT),
    });
  };

  return {
    open(url) {
      if (!current) {
        current = deps.createView();
        guardExternalContents(current.webContents, deps.rules, deps.logger);
        deps.attach(current);
        layout();
      }
      void current.webContents.loadURL(url).catch(() => deps.logger.warn('external page failed to load'));
      deps.notifyScreens({ type: 'external-opened', host: new URL(url).host });
    },
    close() {
      if (!current) return;
      const view = current;
      current = null;
      deps.detach(view);
      if (!view.webContents.isDestroyed()) view.webContents.close();
      deps.notifyScreens({ type: 'external-closed' });
    },
    isOpen: () => current !== null,
    layout,
  };
}
