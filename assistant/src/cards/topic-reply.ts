import type { District, Guide, Lang } from '@hub/knowledge';
import type { Translate } from '../i18n/i18n.ts';
import type { Topic } from '../recognizers/topics.ts';
import { bullets, deadlineLines, feeLines, numbered } from './format.ts';
import { guideUrl } from './links.ts';
import { whereLines } from './where-reply.ts';

/** The answer to a follow-up question, taken only from the current guide. */
export function topicReply(
  topic: Topic,
  guide: Guide,
  lang: Lang,
  t: Translate,
  baseUrl: string,
  district?: District,
): string {
  const body = topicBody(topic, guide, lang, t, district);
  const title = t(`topic.${topic}`, { title: guide.title });
  if (!body) return t('topic.notInGuide', { title: guide.title, url: guideUrl(baseUrl, guide.slug, lang) });
  return `${title}\n${body}`;
}

function topicBody(topic: Topic, guide: Guide, lang: Lang, t: Translate, district?: District): string {
  switch (topic) {
    case 'fee':
      return feeLines(guide, lang, t).join('\n');
    case 'documents':
      return bullets(guide.documents);
    case 'duration':
      return deadlineLines(guide, t).join('\n');
    case 'where':
      return whereLines(guide, lang, t, district).join('\n');
    case 'online':
      return guide.online
        ? [t('online.link', { label: guide.online.label, url: guide.online.url }), guide.online.note ?? '']
            .filter(Boolean)
            .join('\n')
        : t('online.none');
    case 'steps':
      return numbered(guide.steps.map((s) => `${s.title}: ${s.text}`));
  }
}
