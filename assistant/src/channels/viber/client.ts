import type { ViberMessage } from './to-viber.ts';

export interface ViberClientOptions {
  apiUrl: string;
  authToken: string;
  botName: string;
  /** Attempts per message, first included (default 4). */
  attempts?: number;
  /** First back-off in ms, doubled each retry (default 300). */
  backoffMs?: number;
  /** Per-request timeout in ms (default 10 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export class ViberApiError extends Error {
  override name = 'ViberApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/**
 * Viber's REST bot API (send_message). Network errors, 429 and 5xx are retried with exponential back-off and
 * jitter, a bounded number of times; a Viber status other than 0 (e.g. the user unsubscribed) is final.
 */
export function createViberClient(options: ViberClientOptions) {
  const attempts = options.attempts ?? 4;
  const backoff = options.backoffMs ?? 300;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const base = options.apiUrl.replace(/\/+$/, '');

  async function once(path: string, body: unknown): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await doFetch(`${base}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Viber-Auth-Token': options.authToken },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new ViberApiError(
        `viber ${path}: ${error instanceof Error ? error.name : 'network error'}`,
        undefined,
        true,
      );
    }
    if (res.status === 429 || res.status >= 500)
      throw new ViberApiError(`viber ${path}: HTTP ${res.status}`, res.status, true);
    if (!res.ok) throw new ViberApiError(`viber ${path}: HTTP ${res.status}`, res.status, false);
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (json.status !== 0)
      throw new ViberApiError(`viber ${path}: status ${String(json.status)}`, res.status, false);
    return json;
  }

  async function call(path: string, body: unknown): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(path, body);
      } catch (error) {
        if (!(error instanceof ViberApiError) || !error.retryable || attempt >= attempts) throw error;
        await sleep(backoff * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
      }
    }
  }

  return {
    sender: { name: options.botName },
    /** Sends messages in order; stops at the first that fails for good. */
    async send(receiver: string, messages: readonly ViberMessage[]): Promise<void> {
      for (const message of messages)
        await call('send_message', { receiver, sender: { name: options.botName }, ...message });
    },
    setWebhook: (url: string) =>
      call('set_webhook', {
        url,
        event_types: ['conversation_started', 'message', 'failed'],
        send_name: false,
      }),
  };
}
export type ViberClient = ReturnType<typeof createViberClient>;
