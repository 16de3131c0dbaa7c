/** Log lines carry ids and reasons, never what a visitor typed or read. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** JSON lines on a writable stream (stderr in production). */
export function createJsonLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const log =
    (level: string) =>
    (message: string, fields: LogFields = {}) =>
      write(
        `${JSON.stringify({ at: now().toISOString(), level, component: 'kiosk', message, ...fields })}\n`,
      );
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export function createMemoryLogger(): Logger & {
  lines: { level: string; message: string; fields: LogFields }[];
} {
  const lines: { level: string; message: string; fields: LogFields }[] = [];
  const log =
    (level: string) =>
    (message: string, fields: LogFields = {}) => {
      lines.push({ level, message, fields });
    };
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}
