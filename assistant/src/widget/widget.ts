import type { MessageDto, QueueUpdated } from '@hub/contract';
// The module itself, not the package index: the index pulls all of zod into the embeddable widget.
import { createGapFill } from '@hub/contract/src/sequence.ts';
import { createConnection } from './connection.ts';
import { el } from './dom.ts';
import { createHelpdeskUi } from './helpdesk/controller.ts';
import { createHistory } from './history.ts';
import { translator } from './i18n.ts';
import type { WidgetOptions } from './options.ts';
import { createSession, localStore } from './session.ts';
import type { PostAction } from './view/card.ts';
import { announcement, messageItem } from './view/message.ts';
import { myDataControls } from './view/my-data.ts';
import { buildPanel } from './view/panel.ts';
import { mountIdentity, takeLoginOutcome } from './view/identity.ts';
import { suggestionButtons } from './view/suggestions.ts';

const OPEN_KEY = 'hubchat-open';
const TYPING_IDLE_MS = 4000;

/** Mounts the chat: launcher, dialog, messages, quick replies, typing and queue status. */
export function mountWidget(host: HTMLElement, options: WidgetOptions): void {
  const t = translator(options.lang);
  const ui = buildPanel(t);
  ui.root.lang = options.lang;
  host.append(ui.root);
  const history = createHistory();
  const session = createSession(options.hub, localStore());
  // "Your data": download or delete the conversation; after a delete the widget forgets it too.
  const myData = myDataControls({
    hub: options.hub,
    lang: options.lang,
    t,
    token: () => session.read().token,
    erased() {
      connection.reset();
      session.forget('conversationId');
      session.forget('token');
      session.forget('tokenExpiresAt');
      history.clear();
      ui.log.replaceChildren();
      ui.choices.replaceChildren();
      waiting = withAgent = false;
      queue = typingFrom = undefined;
      renderStatus();
    },
  });
  ui.live.before(myData.root);
  const base = options.hub;
  let typingFrom: string | undefined;
  let queue: QueueUpdated | undefined;
  let waiting = false;
  /** A person has the conversation (accepted, or has written since the handoff). */
  let withAgent = false;
  let online = true;
  let initialLoad = true;

  const helpdesk = createHelpdeskUi({
    log: ui.log,
    t,
    actions: {
      tick: (walkthroughId, step, done) => connection.tick(walkthroughId, step, done),
      rate: (conversationId, rating, comment) => connection.rate(conversationId, rating, comment),
    },
    announce,
  });

  const connection = createConnection({
    hub: options.hub,
    lang: options.lang,
    session,
    lastSeq: () => history.contiguousSeq,
    on: {
      message: addMessage,
      walkthroughStarted: (w, how) => helpdesk.walkthroughStarted(w, how),
      walkthroughProgressed: (w) => helpdesk.walkthroughProgressed(w),
      csatRequested: (r) => helpdesk.csatRequested(r),
      typing(change) {
        if (change.authorKind === 'citizen') return;
        typingFrom = change.typing ? change.authorKind : undefined;
        renderStatus();
      },
      queue(q) {
        queue = q;
        renderStatus();
      },
      status(status) {
        waiting = status === 'handoff';
        if (!waiting) {
          queue = undefined;
          withAgent = false;
        }
        renderStatus();
      },
      accepted() {
        withAgent = true;
        renderStatus();
      },
      online(value) {
        online = value;
        renderStatus();
      },
    },
  });

  // A push that skipped a number (lost while connected): read the conversation again from the last contiguous one.
  const gaps = createGapFill({
    contiguous: () => history.contiguousSeq,
    highest: () => history.lastSeq,
    fill: (afterSeq) => connection.rejoin(afterSeq),
  });

  function renderStatus(): void {
    const lines: string[] = [];
    if (!online) lines.push(t('offline'));
    const queued = waiting && !withAgent;
    if (queued && queue)
      lines.push(
        t('queue', {
          position: queue.position,
          minutes: Math.max(1, Math.round(queue.estimatedWaitSeconds / 60)),
        }),
      );
    else if (queued) lines.push(t('waiting'));
    if (typingFrom) lines.push(t(typingFrom === 'agent' ? 'typingAgent' : 'typingBot'));
    ui.status.textContent = lines.join(' ');
    ui.status.hidden = lines.length === 0;
  }

  function onAction(action: PostAction): void {
    ui.choices.replaceChildren();
    connection.act(action).then(addMessage, failed);
  }

  function addMessage(message: MessageDto): void {
    if (!history.add(message)) return;
    gaps.check();
    if (message.authorKind === typingFrom) typingFrom = undefined;
    if (message.authorKind === 'agent') withAgent = true;
    const item = messageItem(message, t, base, onAction);
    const next = history.nextAfter(message.seq);
    const before = next === undefined ? null : ui.log.querySelector(`[data-seq="${next}"]`);
    ui.log.insertBefore(item, before);
    helpdesk.messageAdded(item, message);
    if (message.seq === history.lastSeq) {
      const actions = message.authorKind === 'bot' ? (message.content?.suggestedActions ?? []) : [];
      ui.choices.replaceChildren(...(actions.length ? [suggestionButtons(actions, t, onAction)] : []));
    }
    if (message.authorKind !== 'citizen') {
      renderStatus();
      if (!initialLoad) announce(announcement(message, t));
      if (isOpen()) connection.read(history.lastSeq);
    }
    reveal(item);
  }

  /** Says something once in the polite live region (the last three stay). */
  function announce(text: string): void {
    ui.live.append(el('p', {}, text));
    while (ui.live.childNodes.length > 3) ui.live.firstChild?.remove();
  }

  /** Shows a new message from its start: a long card is read from its title, not from its last button. */
  function reveal(item: HTMLElement): void {
    const fits = item.offsetHeight <= ui.log.clientHeight;
    ui.log.scrollTop = fits ? ui.log.scrollHeight : item.offsetTop - 8;
  }

  function failed(): void {
    ui.status.textContent = t('sendFailed');
    ui.status.hidden = false;
  }

  const isOpen = () => !ui.panel.hidden;

  function setOpen(open: boolean, focus = true): void {
    ui.panel.hidden = !open;
    ui.root.dataset.open = String(open);
    ui.launcher.setAttribute('aria-expanded', String(open));
    try {
      window.sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
    } catch {
      /* storage unavailable: the panel simply starts closed next time */
    }
    if (open) {
      ui.status.textContent = history.lastSeq ? ui.status.textContent : t('connecting');
      ui.status.hidden = false;
      connection.connect().then(
        () => {
          initialLoad = false;
          renderStatus();
          connection.read(history.lastSeq);
          identity.refresh();
        },
        () => {
          online = false;
          renderStatus();
        },
      );
      if (focus) ui.input.focus();
    } else if (focus) {
      ui.launcher.focus();
    }
  }

  ui.launcher.addEventListener('click', () => setOpen(true));
  ui.close.addEventListener('click', () => setOpen(false));
  ui.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(false);
  });

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  ui.input.addEventListener('input', () => {
    if (!typingTimer) connection.typing(true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
  });
  function stopTyping(): void {
    if (typingTimer) connection.typing(false);
    clearTimeout(typingTimer);
    typingTimer = undefined;
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = ui.input.value.trim();
    if (!body) return;
    stopTyping();
    ui.input.value = '';
    ui.choices.replaceChildren();
    connection.send(body).then(addMessage, () => {
      ui.input.value = body;
      failed();
    });
  });

  // eAuth step-up (view/identity.ts); a login that just came back reopens the same conversation.
  const loginOutcome = takeLoginOutcome();
  const identity = mountIdentity({
    ui,
    connection,
    session: createSession(options.hub, localStore()),
    hub: base,
    lang: options.lang,
    outcome: loginOutcome,
  });
  let reopen = false;
  try {
    reopen = window.sessionStorage.getItem(OPEN_KEY) === '1';
  } catch {
    reopen = false;
  }
  if (reopen || loginOutcome) setOpen(true, false);
}
