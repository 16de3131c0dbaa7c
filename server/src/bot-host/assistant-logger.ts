import type { Logger as AssistantLogger } from '@hub/assistant';
import type { Logger } from '../logger.ts';

/** The assistant's structured logger (event name + ids) on top of the server's pino logger. */
export function assistantLogger(logger: Logger): AssistantLogger {
  const child = logger.child({ module: 'assistant' });
  return {
    info: (event, fields) => child.debug(fields ?? {}, event),
    warn: (event, fields) => child.warn(fields ?? {}, event),
    error: (event, fields) => child.error(fields ?? {}, event),
  };
}
