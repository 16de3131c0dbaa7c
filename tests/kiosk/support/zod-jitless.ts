// Main's zod schemas run in the shim under the screens' CSP (no eval), unlike in Electron's main process. zod reads
// this when a schema is built, so it must run before any module that builds schemas: import this file first.
import { z } from 'zod';

z.config({ jitless: true });
