/** The preload of the kiosk screens (bundled to CommonJS, runs sandboxed). */
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskApi } from './create-api.ts';

contextBridge.exposeInMainWorld('kiosk', createKioskApi(ipcRenderer));
