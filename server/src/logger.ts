import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Callers log ids and counts only: never message bodies, search text, names,
 * e-mail addresses, passwords or IP addresses. The redact list is a safety net, not the policy.
 */
export function createLogger(level: pino.LevelWithSilent | string = 'info'): Logger {
  return pino({
    level,
    base: { service: 'hub-server' },
    redact: {
      paths: [
        'password',
        '*.password',
        'body',
        '*.body',
        'email',
        '*.email',
        'query',
        '*.query',
        'req.headers.cookie',
        'req.headers.authorization',
        'ip',
        '*.ip',
      ],
      censor: '[redacted]',
    },
  });
}

/**
 * An error as it may be logged: type, code and stack frames. Prisma's messages quote the query's
 * arguments (message bodies, e-mail addresses), so their text is dropped; other messages are cut short.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const fromPrisma =
    error.name.startsWith('PrismaClient') || error.constructor.name.startsWith('PrismaClient');
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(fromPrisma ? {} : { message: error.message.slice(0, 200) }),
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .slice(0, 10)
      .map((line) => line.trim()),
  };
}
