import type { Translate } from '../i18n.ts';
import type { KioskWalkthrough } from './staff-chat.ts';

/** An agent's guided walkthrough as a checklist with large touch targets; each tick reaches the agent at once. */
export function WalkthroughChecklist({
  walkthrough,
  onTick,
  t,
}: {
  walkthrough: KioskWalkthrough;
  onTick(step: number, done: boolean): void;
  t: Translate;
}) {
  const headingId = `walk-${walkthrough.id}`;
  const doneCount = walkthrough.done.length;
  return (
    <section class="walkthrough" aria-labelledby={headingId} data-walkthrough={walkthrough.id}>
      <h3 id={headingId}>{t('walk.title', { title: walkthrough.guideTitle })}</h3>
      <p class="walk-progress">{t('walk.progress', { done: doneCount, total: walkthrough.steps.length })}</p>
      <ol class="walk-steps">
        {walkthrough.steps.map((step, index) => {
          const done = walkthrough.done.includes(index);
          const id = `${headingId}-${index}`;
          return (
            <li key={index} class={done ? 'walk-step walk-done' : 'walk-step'}>
              <input
                id={id}
                type="checkbox"
                class="walk-check"
                checked={done}
                data-step={index}
                onChange={(e) => onTick(index, (e.target as HTMLInputElement).checked)}
              />
              <label for={id}>
                <span class="walk-step-title">{step.title}</span>
                {step.text && <span class="walk-step-text">{step.text}</span>}
              </label>
            </li>
          );
        })}
      </ol>
      {doneCount === walkthrough.steps.length && walkthrough.steps.length > 0 && (
        <p class="walk-finished" role="status">
          {t('walk.finished')}
        </p>
      )}
    </section>
  );
}
