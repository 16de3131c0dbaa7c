import type { ConversationDetailDto, MessageDto, NoteDto, WalkthroughDto } from '@hub/contract';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { createConversationSync } from './conversation-sync.ts';
import { call, listen, type HubSocket } from './socket.ts';

/** One open conversation with its live updates: messages, notes, walkthrough progress, rating, typing. */
export function useConversation(socket: HubSocket, conversationId: string | null) {
  const [detail, setDetail] = useState<ConversationDetailDto | null>(null);
  const [typing, setTyping] = useState(false);
  const [readSeq, setReadSeq] = useState(0);

  // Messages kept once per id and number, in order; a push that skipped a number is read back (conversation-sync.ts).
  const sync = useMemo(
    () =>
      createConversationSync({
        rejoin: async (afterSeq) =>
          conversationId
            ? (await call(socket, 'conversation.join', { conversationId, afterSeq })).messages
            : [],
        onChange: (messages) => setDetail((d) => (d ? { ...d, messages: [...messages] } : d)),
      }),
    [socket, conversationId],
  );
  useEffect(() => () => sync.dispose(), [sync]);

  const reload = useCallback(async () => {
    if (!conversationId) return setDetail(null);
    const opened = await call(socket, 'helpdesk.open', { conversationId });
    setDetail({ ...opened, messages: [...sync.reset(opened.messages)] });
  }, [socket, conversationId, sync]);

  useEffect(() => {
    setDetail(null);
    setTyping(false);
    setReadSeq(0);
    void reload().catch(() => setDetail(null));
  }, [reload]);

  useEffect(() => {
    if (!conversationId) return;
    const mine = (id: string) => id === conversationId;
    let refetch: ReturnType<typeof setTimeout> | undefined;
    const onMessage = (m: MessageDto) => {
      if (!mine(m.conversationId)) return;
      if (m.authorKind === 'citizen') {
        setTyping(false);
        socket.emit('message.read', { conversationId: m.conversationId, seq: m.seq }, () => undefined);
      }
      // Guide cards, steps, walkthroughs: their help-desk content comes with the conversation detail.
      if (m.content) {
        clearTimeout(refetch);
        refetch = setTimeout(() => void reload().catch(() => undefined), 200);
      }
      sync.receive([m]);
    };
    const onNote = (n: NoteDto) => {
      if (mine(n.conversationId))
        setDetail((d) => (d && !d.notes.some((x) => x.id === n.id) ? { ...d, notes: [...d.notes, n] } : d));
    };
    const onWalk = (w: WalkthroughDto) => {
      if (!mine(w.conversationId)) return;
      setDetail((d) => (d ? { ...d, walkthroughs: [...d.walkthroughs.filter((x) => x.id !== w.id), w] } : d));
    };
    const onStarted = (e: { walkthrough: WalkthroughDto }) => onWalk(e.walkthrough);
    const onCsat = (r: { conversationId: string; rating: number }) => {
      if (mine(r.conversationId)) setDetail((d) => (d ? { ...d, csat: r.rating } : d));
    };
    const onStatus = (s: { conversationId: string }) => {
      if (mine(s.conversationId)) void reload().catch(() => undefined);
    };
    const onTyping = (s: { conversationId: string; authorKind: string; typing: boolean }) => {
      if (mine(s.conversationId) && s.authorKind === 'citizen') setTyping(s.typing);
    };
    const onRead = (r: { conversationId: string; authorKind: string; seq: number }) => {
      if (mine(r.conversationId) && r.authorKind === 'citizen') setReadSeq((s) => Math.max(s, r.seq));
    };
    const unlisten = listen(socket, {
      'message.created': onMessage,
      'note.created': onNote,
      'walkthrough.progressed': onWalk,
      'walkthrough.started': onStarted,
      'csat.submitted': onCsat,
      'conversation.status_changed': onStatus,
      'conversation.transferred': onStatus,
      'typing.changed': onTyping,
      'message.read': onRead,
    });
    // Back after a drop: a resumed socket (connection-state recovery) got what it missed; a new one (another
    // server node, or after the recovery window) re-opens the conversation, which re-joins it and re-reads it.
    const onReconnect = () => {
      if (!socket.recovered) void reload().catch(() => undefined);
    };
    socket.on('connect', onReconnect);
    return () => {
      socket.off('connect', onReconnect);
      clearTimeout(refetch);
      unlisten();
    };
  }, [socket, conversationId, reload, sync]);

  const addMessage = (m: MessageDto) => sync.receive([m]);
  return { detail, reload, addMessage, typing, readSeq };
}
