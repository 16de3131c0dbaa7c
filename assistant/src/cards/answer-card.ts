import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { Guide, Lang } from '@hub/knowledge';
import type { Translate } from '../i18n/i18n.ts';
import { feedbackValue } from '../recognizers/feedback-value.ts';
import { bullets, deadlineLines, feeLines } from './format.ts';
import { guideUrl, videoUrl } from './links.ts';
import { serviceChannelData } from './service-activity.ts';

const MAX_DOCUMENTS = 5;

/** The answer to a service question: a hero card every channel can render (Viber and web map it). */
export function answerCard(guide: Guide, lang: Lang, t: Translate, baseUrl: string): Partial<Activity> {
  const sections = [guide.summary, `${t('answer.feeTitle')}\n${feeLines(guide, lang, t).join('\n')}`];
  const deadlines = deadlineLines(guide, t);
  if (deadlines.length) sections.push(`${t('answer.deadlineTitle')}\n${deadlines.join('\n')}`);
  if (guide.documents.length) {
    const shown = guide.documents.slice(0, MAX_DOCUMENTS);
    const more = guide.documents.length - shown.length;
    sections.push(
      [t('answer.documentsTitle'), bullets(shown), more > 0 ? t('answer.moreDocuments', { count: more }) : '']
        .filter(Boolean)
        .join('\n'),
    );
  }
  const buttons: CardAction[] = [];
  if (guide.online)
    buttons.push({ type: ActionTypes.OpenUrl, title: t('actions.eService'), value: guide.online.url });
  if (guide.video?.src)
    buttons.push({
      type: ActionTypes.OpenUrl,
      title: t('actions.video'),
      value: videoUrl(baseUrl, guide.slug, lang),
    });
  buttons.push({
    type: ActionTypes.OpenUrl,
    title: t('actions.fullGuide'),
    value: guideUrl(baseUrl, guide.slug, lang),
  });
  buttons.push({
    type: ActionTypes.PostBack,
    title: t('actions.thumbsUp'),
    value: feedbackValue(guide.slug, 'up'),
  });
  buttons.push({
    type: ActionTypes.PostBack,
    title: t('actions.thumbsDown'),
    value: feedbackValue(guide.slug, 'down'),
  });

  const card = CardFactory.heroCard(guide.title, sections.join('\n\n'), undefined, buttons);
  const activity = MessageFactory.attachment(card, t('answer.intro'));
  activity.channelData = serviceChannelData(guide.slug);
  return activity;
}
