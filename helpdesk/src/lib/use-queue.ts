import type { AgentDto, QueueCounts, QueueItemDto, QueueView } from '@hub/contract';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from './i18n.ts';
import { chime, desktopNotify } from './notify.ts';
import { call, type HubSocket } from './socket.ts';

/** The queue view, the counts of all views, the agents; refreshed (debounced) when the server says the queue changed. */
export function useQueue(socket: HubSocket, myId: string, t: Translate) {
  const [view, setView] = useState<QueueView>('waiting');
  const [items, setItems] = useState<QueueItemDto[]>([]);
  const [counts, setCounts] = useState<QueueCounts>({ waiting: 0, active: 0, unanswered: 0 });
  const [agents, setAgents] = useState<AgentDto[]>([]);
  const [now, setNow] = useState(Date.now());
  const viewRef = useRef(view);
  viewRef.current = view;

  const refresh = useCallback(async () => {
    const v = viewRef.current;
    const res = await call(socket, 'helpdesk.queue.list', {
      view: v,
      mine: v === 'active' || v === 'history',
      limit: 100,
    });
    if (viewRef.current !== v) return;
    setItems(res.items);
    setCounts(res.counts);
    setNow(Date.now());
  }, [socket]);

  useEffect(() => {
    void refresh().catch(() => undefined);
  }, [view, refresh]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Several changes in a burst (a colleague claims, the bot hands over) make one request.
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh().catch(() => undefined), 250);
    };
    const loadAgents = () =>
      void call(socket, 'helpdesk.agents.list', {}).then(
        (r) => setAgents(r.agents),
        () => undefined,
      );
    const onConnect = () => {
      onChange();
      loadAgents();
    };
    const onRequested = () => {
      onChange();
      chime();
      desktopNotify(t('queue.newHandoff'), t('queue.newHandoffBody'));
    };
    const onPresence = (a: AgentDto) =>
      setAgents((list) =>
        list.some((x) => x.id === a.id) ? list.map((x) => (x.id === a.id ? a : x)) : [...list, a],
      );
    socket.on('queue.changed', onChange);
    socket.on('handoff.requested', onRequested);
    socket.on('presence.changed', onPresence);
    socket.on('connect', onConnect);
    if (socket.connected) loadAgents();
    const tick = setInterval(() => setNow(Date.now()), 15_000);
    return () => {
      clearTimeout(timer);
      socket.off('queue.changed', onChange);
      socket.off('handoff.requested', onRequested);
      socket.off('presence.changed', onPresence);
      socket.off('connect', onConnect);
      clearInterval(tick);
    };
  }, [socket, refresh, t]);

  const me = agents.find((a) => a.id === myId) ?? null;
  return { view, setView, items, counts, agents, me, now, refresh };
}
