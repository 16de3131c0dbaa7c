import type {
  Ack,
  ClientToServerEvents,
  HelpdeskContent,
  LevelOfAssurance,
  MessageDto,
  ServerToClientEvents,
  WalkthroughDto,
} from '@hub/contract';
import { io, type Socket } from 'socket.io-client';
import type { DeviceInfo, KioskLang } from '../../shared/kiosk-api.ts';
import type { Fetch } from '../data/api-catalog.ts';
import { freshCitizenToken, requestPhoneHandover } from '../phone/handover.ts';

export type StaffPhase = 'connecting' | 'waiting' | 'connected' | 'failed' | 'closed';

/** A guided walkthrough an agent started: a checklist the visitor ticks on the kiosk (the agent sees it). */
export interface KioskWalkthrough {
  id: string;
  messageId: string;
  guideTitle: string;
  steps: { title: string; text: string }[];
  done: number[];
}

export interface StaffChatState {
  phase: StaffPhase;
  messages: { id: string; seq: number; author: MessageDto['authorKind']; body: string }[];
  walkthroughs: KioskWalkthrough[];
  /** An agent asked the visitor to sign in with eAuth at this level (shown as a sign-in-on-your-phone QR). */
  identityLevel?: LevelOfAssurance | null;
}

export type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Connect = (serverUrl: string, citizenToken: string) => HubSocket;

export const connectSocket: Connect = (serverUrl, citizenToken) =>
  io(serverUrl, { auth: { citizenToken }, transports: ['websocket'], reconnectionAttempts: 5 });

function ackOf<T>(resolve: (v: T) => void, reject: (e: Error) => void) {
  return (res: Ack<T>) => (res.ok ? resolve(res.data) : reject(new Error(res.error.code)));
}

/**
 * "Call staff": an anonymous citizen conversation tagged with the kiosk's district and location, handed off to the
 * help desk at once. Everything lives in memory and ends with the visitor's session.
 */
export function createStaffChat(o: {
  device: DeviceInfo;
  lang: KioskLang;
  serviceSlug?: string;
  fetch: Fetch;
  connect: Connect;
  onChange(state: StaffChatState): void;
}) {
  let state: StaffChatState = { phase: 'connecting', messages: [], walkthroughs: [] };
  let socket: HubSocket | null = null;
  let conversationId: string | null = null;
  let citizenToken: string | null = null;
  const set = (next: Partial<StaffChatState>) => {
    state = { ...state, ...next };
    o.onChange(state);
  };
  const add = (m: MessageDto) => {
    if (state.messages.some((x) => x.seq === m.seq)) return;
    set({
      messages: [...state.messages, { id: m.id, seq: m.seq, author: m.authorKind, body: m.body }].sort(
        (a, b) => a.seq - b.seq,
      ),
    });
  };

  const progressed = (w: WalkthroughDto) => {
    if (w.conversationId !== conversationId) return;
    set({ walkthroughs: state.walkthroughs.map((x) => (x.id === w.id ? { ...x, done: w.done } : x)) });
  };
  const walkthroughStarted = (w: WalkthroughDto, content: HelpdeskContent) => {
    if (
      w.conversationId !== conversationId ||
      content.contentType !== 'application/vnd.sofia.walkthrough+json'
    )
      return;
    if (state.walkthroughs.some((x) => x.id === w.id)) return progressed(w);
    const steps = content.data.steps.slice(0, 50);
    set({
      walkthroughs: [
        ...state.walkthroughs,
        { id: w.id, messageId: w.messageId, guideTitle: content.data.guideTitle, steps, done: w.done },
      ],
    });
  };

  const start = async () => {
    try {
      const token = await freshCitizenToken({ serverUrl: o.device.serverUrl, fetch: o.fetch });
      citizenToken = token;
      const s = o.connect(o.device.serverUrl, token);
      socket = s;
      s.on('walkthrough.started', (w) => walkthroughStarted(w.walkthrough, w.content));
      s.on('walkthrough.progressed', progressed);
      s.on('identity.updated', (v) => {
        if (v.conversationId === conversationId)
          set({ identityLevel: v.state === 'requested' ? (v.request?.level ?? null) : null });
      });
      s.on('message.created', (m) => {
        if (m.conversationId === conversationId) add(m);
      });
      s.on('handoff.accepted', (h) => {
        if (h.conversationId === conversationId) set({ phase: 'connected' });
      });
      s.on('conversation.status_changed', (c) => {
        if (c.conversationId === conversationId && c.status === 'closed') set({ phase: 'closed' });
      });
      const started = await new Promise<{ conversationId: string }>((resolve, reject) =>
        s.emit(
          'conversation.start',
          { channel: 'kiosk', lang: o.lang, district: o.device.district },
          ackOf(resolve, reject),
        ),
      );
      conversationId = started.conversationId;
      const reason = `Kiosk ${o.device.deviceId}${o.device.location ? ` (${o.device.location})` : ''}`.slice(
        0,
        200,
      );
      await new Promise((resolve, reject) =>
        s.emit(
          'handoff.request',
          {
            conversationId: started.conversationId,
            reason,
            ...(o.serviceSlug ? { serviceSlug: o.serviceSlug } : {}),
          },
          ackOf(resolve, reject),
        ),
      );
      if (state.phase === 'connecting') set({ phase: 'waiting' });
    } catch {
      set({ phase: 'failed' });
    }
  };

  return {
    start,
    async send(body: string): Promise<boolean> {
      const text = body.trim();
      if (!socket || !conversationId || !text) return false;
      const s = socket;
      const id = conversationId;
      try {
        const result = await new Promise<{ message: MessageDto }>((resolve, reject) =>
          s.emit(
            'message.send',
            { conversationId: id, clientMessageId: crypto.randomUUID(), body: text.slice(0, 4000) },
            ackOf(resolve, reject),
          ),
        );
        add(result.message);
        return true;
      } catch {
        return false;
      }
    },
    /** Ticks or unticks a step; the agent sees it at once. */
    async tick(walkthroughId: string, step: number, done: boolean): Promise<boolean> {
      const s = socket;
      if (!s) return false;
      try {
        const result = await new Promise<{ walkthrough: WalkthroughDto }>((resolve, reject) =>
          s.emit('walkthrough.tick', { walkthroughId, step, done }, ackOf(resolve, reject)),
        );
        progressed(result.walkthrough);
        return true;
      } catch {
        return false;
      }
    },
    /** A single-use address for the QR code that lets the visitor's phone continue this conversation. */
    handover() {
      if (!citizenToken || !conversationId) return Promise.reject(new Error('no conversation yet'));
      return requestPhoneHandover({
        serverUrl: o.device.serverUrl,
        fetch: o.fetch,
        lang: o.lang,
        citizenToken,
        conversationId,
        serviceSlug: o.serviceSlug,
      });
    },
    /** The visitor is gone (closed the panel, finished, or the kiosk cleared itself): leave the conversation. */
    end() {
      // keepalive: the request outlives the screens' reload that follows an idle reset.
      if (citizenToken && conversationId)
        void o
          .fetch(`${o.device.serverUrl}/api/kiosk/visitor-left`, {
            method: 'POST',
            credentials: 'omit',
            keepalive: true,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ citizenToken, conversationId }),
          })
          .catch(() => undefined);
      socket?.disconnect();
      socket = null;
      citizenToken = null;
    },
  };
}
