import type { WalkthroughDto } from '@hub/contract';
import { el } from '../dom.ts';
import type { T } from '../i18n.ts';

export interface WalkthroughData {
  walkthroughId: string;
  guideTitle: string;
  steps: { title: string; text: string }[];
}

export interface WalkthroughView {
  root: HTMLElement;
  /** Shows the server's state (ticks from this tab, another tab, or a re-sync). */
  update(state: WalkthroughDto): void;
}

/**
 * The agent's guided walkthrough as a checklist: one real checkbox per step, labelled by the step's title and
 * described by its text, and a progress line. Ticks go to the server; the agent sees them live.
 */
export function walkthroughView(
  data: WalkthroughData,
  t: T,
  onTick: (step: number, done: boolean) => Promise<WalkthroughDto>,
  announce: (text: string) => void,
): WalkthroughView {
  const id = `hubchat-walk-${data.walkthroughId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const total = data.steps.length;
  const progress = el('p', { class: 'hubchat-walk__progress', id: `${id}-progress` });
  const error = el('p', { class: 'hubchat-walk__error', role: 'alert', hidden: true });
  const boxes: HTMLInputElement[] = [];
  const items: HTMLLIElement[] = [];
  let done = new Set<number>();

  const list = el('ol', { class: 'hubchat-walk__steps' });
  data.steps.forEach((step, index) => {
    const boxId = `${id}-${index}`;
    const box = el('input', {
      type: 'checkbox',
      id: boxId,
      class: 'hubchat-walk__box',
      'aria-describedby': step.text ? `${boxId}-text` : undefined,
    });
    box.addEventListener('change', () => tick(index, box.checked));
    const item = el(
      'li',
      { class: 'hubchat-walk__step' },
      box,
      el(
        'label',
        { for: boxId, class: 'hubchat-walk__label' },
        el('span', { class: 'hubchat-walk__num' }, t('walkStep', { number: index + 1 })),
        step.title,
      ),
      step.text ? el('p', { id: `${boxId}-text`, class: 'hubchat-walk__text' }, step.text) : null,
    );
    boxes.push(box);
    items.push(item);
    list.append(item);
  });

  const root = el(
    'fieldset',
    { class: 'hubchat-walk', 'aria-describedby': `${id}-hint ${id}-progress` },
    el('legend', { class: 'hubchat-walk__title' }, data.guideTitle),
    el('p', { class: 'hubchat-walk__hint', id: `${id}-hint` }, t('walkHint')),
    list,
    progress,
    error,
  );

  function render(): void {
    boxes.forEach((box, i) => {
      box.checked = done.has(i);
      items[i]?.classList.toggle('hubchat-walk__step--done', done.has(i));
    });
    progress.textContent =
      done.size >= total ? t('walkAllDone') : t('walkProgress', { done: done.size, total });
  }

  function tick(step: number, checked: boolean): void {
    error.hidden = true;
    const before = done.size;
    onTick(step, checked).then(
      (state) => {
        update(state);
        if (state.done.length >= total && before < total) announce(t('walkAllDone'));
      },
      () => {
        render(); // back to the last state the server confirmed
        error.textContent = t('walkFailed');
        error.hidden = false;
      },
    );
  }

  function update(state: WalkthroughDto): void {
    done = new Set(state.done.filter((i) => i >= 0 && i < total));
    render();
  }

  render();
  return { root, update };
}
