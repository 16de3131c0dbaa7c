import type { AssistantEvents, Logger } from './deps.ts';

/** A failing analytics sink must never break a citizen's conversation: errors are logged and swallowed. */
export function safeEvents(events: AssistantEvents, logger: Logger): AssistantEvents {
  const wrap =
    <K extends keyof AssistantEvents>(name: K) =>
    async (event: Parameters<AssistantEvents[K]>[0]): Promise<void> => {
      try {
        await (events[name] as (e: typeof event) => void | Promise<void>)(event);
      } catch (err) {
        logger.error('assistant.event_failed', {
          event: name,
          error: err instanceof Error ? err.name : 'unknown',
        });
      }
    };
  return {
    answered: wrap('answered'),
    unanswered: wrap('unanswered'),
    feedback: wrap('feedback'),
    handoffRequested: wrap('handoffRequested'),
    callbackRequested: wrap('callbackRequested'),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
