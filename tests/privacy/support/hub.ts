// Test support for tests/privacy: the help desk's test hub (on either database) and a citizen in the queue.
import { call, type TestHub } from '../../helpdesk/support/hub.ts';

export { call, next, startTestHub, type Client, type TestHub } from '../../helpdesk/support/hub.ts';

/** A citizen who started a conversation, wrote these messages and asked for a person; with their token. */
export async function citizenInQueue(h: TestHub, bodies: string[]) {
  const { socket, token } = await h.citizenWithToken();
  const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
    channel: 'web',
    lang: 'bg',
  });
  for (const [i, body] of bodies.entries())
    await call(socket, 'message.send', { conversationId, clientMessageId: `m-${i}-${conversationId}`, body });
  const { handoff } = await call<{ handoff: { id: string } }>(socket, 'handoff.request', {
    conversationId,
    serviceSlug: 'property-tax-payment',
  });
  return { socket, token, conversationId, handoffId: handoff.id };
}

/** An agent socket, set available (claims need it). */
export async function availableAgent(h: TestHub, name: string) {
  const socket = await h.agent(name);
  await call(socket, 'helpdesk.presence.set', { status: 'available' });
  return socket;
}
