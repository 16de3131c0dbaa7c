// Search and directory traffic: an open loop at a fixed rate (alongside the chats), or a closed loop of
// `concurrency` clients as fast as the server answers (capacity).
import { Samples } from './stats.ts';

const QUERIES = [
  'данък сгради',
  'адресна регистрация',
  'детска градина',
  'паркиране',
  'acte de naissance',
  'danuk kola',
  'смяна на адрес',
  'heirs certificate',
];
const PAGES = [
  '/',
  '/services',
  '/services/property-tax-payment',
  '/en/services/heirs-certificate',
  '/districts',
  '/search?q=%D0%B4%D0%B0%D0%BD%D1%8A%D0%BA',
];

export interface HttpResult {
  kind: 'search' | 'page';
  requests: number;
  errors: number;
  seconds: number;
  latency: Samples;
}

function request(url: string, kind: 'search' | 'page', i: number): Promise<boolean> {
  const path =
    kind === 'search'
      ? `/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}`
      : PAGES[i % PAGES.length]!;
  return fetch(`${url}${path}`).then(
    async (r) => {
      await r.arrayBuffer();
      return r.ok;
    },
    () => false,
  );
}

/** `perSecond` requests of each kind per second, spread over the node URLs, for `seconds`. */
export async function openLoop(urls: string[], perSecond: number, seconds: number): Promise<HttpResult[]> {
  const results: HttpResult[] = (['search', 'page'] as const).map((kind) => ({
    kind,
    requests: 0,
    errors: 0,
    seconds,
    latency: new Samples(),
  }));
  const inFlight: Promise<void>[] = [];
  const total = Math.round(perSecond * seconds);
  const start = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = start + (i / perSecond) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    for (const result of results) {
      const t0 = performance.now();
      inFlight.push(
        request(urls[i % urls.length]!, result.kind, i).then((ok) => {
          result.requests += 1;
          if (!ok) result.errors += 1;
          result.latency.add(performance.now() - t0);
        }),
      );
    }
  }
  await Promise.all(inFlight);
  return results;
}

/** As many requests as `concurrency` clients get answered in `seconds`, per kind (one kind at a time). */
export async function closedLoop(
  urls: string[],
  concurrency: number,
  seconds: number,
): Promise<HttpResult[]> {
  const out: HttpResult[] = [];
  for (const kind of ['search', 'page'] as const) {
    const result: HttpResult = { kind, requests: 0, errors: 0, seconds, latency: new Samples() };
    const end = performance.now() + seconds * 1000;
    let i = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          const n = i++;
          const t0 = performance.now();
          const ok = await request(urls[n % urls.length]!, kind, n);
          result.requests += 1;
          if (!ok) result.errors += 1;
          result.latency.add(performance.now() - t0);
        }
      }),
    );
    out.push(result);
  }
  return out;
}
