// The knowledge-gap loop end to end, without a restart: citizens ask the bot and search something no guide
// answers; the questions show up grouped in the gaps view; an editor fixes the guide in the editor, a second
// editor publishes it; the same questions are then answered by search and by the bot.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botInbox, citizenSocket, type Client } from '../assistant-channels/support/hub.ts';
import { publishChange, startEditorHub, withBgAliases, ORIGIN, type EditorHub } from './support.ts';

const SLUG = 'property-tax-declaration';
const QUESTIONS = ['басейн в двора', 'данък за басейн в двора', 'басейн в двора данък'];

let h: EditorHub;
const sockets: Client[] = [];
beforeAll(async () => {
  h = await startEditorHub();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await h?.close();
});

let n = 0;
/** Asks the bot in a new web conversation; resolves with its reply to the question. */
async function askBot(question: string) {
  const socket = await citizenSocket(h.hub.url);
  sockets.push(socket);
  const inbox = botInbox(socket);
  const started = await socket.emitWithAck('conversation.start', { channel: 'chat', lang: 'bg' });
  if (!started.ok) throw new Error(started.error.code);
  const conversationId = started.data.conversationId;
  await inbox.until(() => true); // the greeting
  const before = inbox.seen.length;
  const sent = await socket.emitWithAck('message.send', {
    conversationId,
    clientMessageId: `gap-question-${++n}`,
    body: question,
  });
  expect(sent.ok).toBe(true);
  const reply = await inbox.until((m) => inbox.seen.indexOf(m) >= before);
  socket.disconnect();
  return reply;
}

/** Searches as the directory does, and reports the search the way the web and kiosk surfaces report it. */
async function searchAndReport(question: string) {
  const found = (
    await request(h.hub.url)
      .get(`/api/search?q=${encodeURIComponent(question)}`)
      .expect(200)
  ).body;
  await request(h.hub.url)
    .post('/api/events')
    .set('origin', ORIGIN)
    .send({
      type: 'search',
      channel: 'web',
      lang: 'bg',
      query: question,
      resultCount: found.results.length,
      match: found.match,
    })
    .expect((res) => expect(res.status).toBeLessThan(300));
  return found;
}

describe('the knowledge-gap loop through the guide editor', () => {
  it('groups unanswered questions, and after the fix search and the bot answer them without a restart', async () => {
    for (const q of QUESTIONS) {
      const found = await searchAndReport(q);
      expect(found.match === 'confident' && found.results[0]?.slug === SLUG).toBe(false);
      const reply = await askBot(q);
      expect(reply.content?.slug).not.toBe(SLUG);
    }

    const [eva, emil] = [await h.as('eva'), await h.as('emil')];
    const gaps = await request(h.hub.url)
      .get('/api/analytics/gaps?days=7')
      .set('cookie', eva.cookie)
      .expect(200);
    const group = gaps.body.groups.find((g: { examples: string[] }) => g.examples.includes(QUESTIONS[0]!));
    expect(group, JSON.stringify(gaps.body.groups)).toBeTruthy();
    expect(group.volume).toBeGreaterThanOrEqual(QUESTIONS.length * 2);
    expect(QUESTIONS.every((q) => group.examples.includes(q))).toBe(true);

    await publishChange(eva, emil, SLUG, (s) => ({
      ...s,
      bg: withBgAliases(s.bg, ['басейн в двора', 'данък за басейн']),
    }));

    for (const q of QUESTIONS) {
      const found = (
        await request(h.hub.url)
          .get(`/api/search?q=${encodeURIComponent(q)}`)
          .expect(200)
      ).body;
      expect(found.results[0]?.slug, q).toBe(SLUG);
      expect(found.match, q).toBe('confident');
      const reply = await askBot(q);
      expect(reply.content?.slug, q).toBe(SLUG);
    }
  });
});
