// A deterministic fuzz test of the search and chat input: thousands of generated hostile inputs through the
// public search API, the directory's search page, the search library, the socket boundary and the assistant.
// Prints how many were tried; asserts no 5xx, no crash, no leak of internals and no unescaped echo into HTML.
import { messageDtoSchema, messageSendSchema } from '@hub/contract';
import { parse } from '../../server/src/realtime/socket-kit.ts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage, startConversation } from '../../server/src/conversations/store.ts';
import { call, type Client } from '../helpdesk/support/hub.ts';
import { fuzzInput, leaks, seeded } from './support/fuzz.ts';
import { startSecurityHub, type SecurityHub } from './support/hub.ts';
import { figure } from './support/report.ts';

const SEED = 20261128;
let h: SecurityHub;

beforeAll(async () => {
  h = await startSecurityHub();
});
afterAll(async () => {
  await h?.close();
});

/** Worth checking for a verbatim echo only when the input carries markup characters. */
const markup = (s: string) => /[<>"]/.test(s);

describe('fuzz: search and chat input', () => {
  it('search: the API, the directory page and the library', async () => {
    const random = seeded(SEED);
    const problems: string[] = [];
    let api = 0;
    let pages = 0;
    let library = 0;
    for (let i = 0; i < 200; i += 1) {
      const q = fuzzInput(random);
      const lang = random() < 0.5 ? 'bg' : 'en';
      const res = await request(h.hub.url)
        .get('/api/search')
        .query({ q, lang, limit: 1 + Math.floor(random() * 20) });
      api += 1;
      if (res.status >= 500 || leaks(res.text))
        problems.push(`api #${i} ${JSON.stringify(q)}: ${res.status}`);
      if (i % 4 === 0) {
        const page = await request(h.hub.url)
          .get(lang === 'en' ? '/en/search' : '/search')
          .query({ q });
        pages += 1;
        if (page.status >= 500 || leaks(page.text))
          problems.push(`page #${i} ${JSON.stringify(q)}: ${page.status}`);
        if (markup(q) && q.trim().length > 1 && page.text.includes(q.trim()))
          problems.push(`page #${i} echoes ${JSON.stringify(q)} unescaped`);
      }
    }
    for (let i = 0; i < 1200; i += 1) {
      const q = fuzzInput(random);
      try {
        h.kb.search(q, { limit: 10, ...(random() < 0.5 ? { lang: 'en' as const } : {}) });
        library += 1;
      } catch (error) {
        problems.push(`library #${i} ${JSON.stringify(q)}: ${String(error)}`);
      }
    }
    figure(
      `fuzz search (seed ${SEED}): ${api} API queries, ${pages} directory pages, ${library} library queries`,
    );
    expect(problems).toEqual([]);
  }, 90_000);

  it('chat: the socket boundary and the assistant’s turns', async () => {
    const random = seeded(SEED + 1);
    const problems: string[] = [];
    const host = h.hub.hub.botHost!;
    let boundary = 0;
    let turns = 0;
    let replies = 0;
    let conversation = await startConversation(h.t.db, {
      citizenId: 'fuzz-citizen',
      channel: 'web',
      lang: 'bg',
    });
    for (let i = 0; i < 110; i += 1) {
      const body = fuzzInput(random);
      boundary += 1;
      let parsed: { body: string };
      try {
        // The socket boundary's own validation (lone surrogates repaired, then the contract's schema).
        parsed = parse(messageSendSchema, {
          conversationId: conversation.id,
          clientMessageId: `fuzz-${i}-0000`,
          body,
        });
      } catch {
        continue;
      }
      // A fresh conversation now and then, so a handoff the fuzz asked for does not silence the bot.
      if (i % 30 === 0)
        conversation = await startConversation(h.t.db, {
          citizenId: 'fuzz-citizen',
          channel: 'web',
          lang: random() < 0.5 ? 'bg' : 'en',
        });
      try {
        const { message } = await appendMessage(h.t.db, {
          conversationId: conversation.id,
          clientMessageId: `fuzz-${i}-0000`,
          authorKind: 'citizen',
          body: parsed.body,
        });
        if (/8001010008|4111 1111 1111 1111/.test(message.body))
          problems.push(`#${i} stored a personal number: ${JSON.stringify(message.body).slice(0, 160)}`);
        const out = await host.citizenMessage(conversation, { text: message.body });
        turns += 1;
        for (const reply of out) {
          replies += 1;
          const checked = messageDtoSchema.safeParse(reply);
          if (!checked.success) problems.push(`#${i} reply does not match the contract`);
          const links = (reply.content?.attachments ?? []).flatMap((a) =>
            a.contentType === 'application/vnd.microsoft.card.hero'
              ? (a.content.buttons ?? [])
              : (a.content.actions ?? []),
          );
          for (const l of links)
            if (l.type === 'openUrl' && !/^(https?:\/\/|\/)/.test(l.value))
              problems.push(`#${i} unsafe link ${l.value}`);
          if (/8001010008|4111 1111 1111 1111/.test(reply.body))
            problems.push(`#${i} reply repeats a personal number`);
          if (leaks(reply.body)) problems.push(`#${i} reply leaks internals`);
        }
      } catch (error) {
        problems.push(`#${i} ${JSON.stringify(body)}: ${String(error).slice(0, 200)}`);
      }
    }
    // And through real sockets: a handful of citizens (the flood limit is per citizen).
    let sent = 0;
    const sockets: Client[] = [];
    for (let c = 0; c < 4; c += 1) {
      const socket = await h.citizen();
      sockets.push(socket);
      const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
        channel: 'web',
        lang: 'bg',
      });
      for (let k = 0; k < 15; k += 1) {
        const body = fuzzInput(random);
        const res = await socket.emitWithAck('message.send', {
          conversationId,
          clientMessageId: `sock-${c}-${k}-000`,
          body,
        });
        sent += 1;
        if (!res.ok && !['invalid_request', 'rate_limited'].includes(res.error.code))
          problems.push(`socket ${JSON.stringify(body)}: ${res.error.code}`);
        if (!res.ok && leaks(res.error.message)) problems.push(`socket error leaks internals`);
      }
    }
    for (const s of sockets) s.disconnect();
    await request(h.hub.url).get('/healthz').expect(200);
    figure(
      `fuzz chat (seed ${SEED + 1}): ${boundary} inputs at the boundary, ${turns} assistant turns, ${replies} replies checked, ${sent} over sockets`,
    );
    expect(turns).toBeGreaterThan(80);
    expect(problems).toEqual([]);
  }, 90_000);
});
