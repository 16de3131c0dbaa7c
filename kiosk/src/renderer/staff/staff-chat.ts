import type { Ack, ClientToServerEvents, MessageDto, ServerToClientEvents } from '@hub/contract';
import { io, type Socket } from 'socket.io-client';
import type { DeviceInfo, KioskLang } from '../../shared/kiosk-api.ts';
import type { Fetch } from '../data/api-catalog.ts';

export type StaffPhase = 'connecting' | 'waiting' | 'connected' | 'failed' | 'closed';

export interface StaffChatState {
  phase: StaffPhase;
  messages: { seq: number; author: MessageDto['authorKind']; body: string }[];
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
  let state: StaffChatState = { phase: 'connecting', messages: [] };
  let socket: HubSocket | null = null;
  let conversationId: string | null = null;
  const set = (next: Partial<StaffChatState>) => {
    state = { ...state, ...next };
    o.onChange(state);
  };
  const add = (m: MessageDto) => {
    if (state.messages.some((x) => x.seq === m.seq)) return;
    set({
      messages: [...state.messages, { seq: m.seq, author: m.authorKind, body: m.body }].sort(
        (a, b) => a.seq - b.seq,
      ),
    });
  };

  const start = async () => {
    try {
      const res = await o.fetch(`${o.device.serverUrl}/api/citizen-token`, {
        method: 'POST',
        credentials: 'omit',
      });
      if (!res.ok) throw new Error(`token ${res.status}`);
      const { token } = (await res.json()) as { token: string };
      const s = o.connect(o.device.serverUrl, token);
      socket = s;
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
    end() {
      socket?.disconnect();
      socket = null;
    },
  };
}
