import { HERO_CARD, SOFIA_CONTENT, type HelpdeskContent, type MessageAttachment } from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { AckError } from '../realtime/socket-kit.ts';
import { citizenText } from './citizen-texts.ts';

export interface Guidance {
  body: string;
  content: HelpdeskContent;
  card: MessageAttachment;
}

function guideOf(kb: KnowledgeBase, slug: string, lang: string) {
  const service = kb.getService(slug);
  const guide = service?.guides[lang === 'en' ? 'en' : 'bg'] ?? service?.guides.bg;
  if (!guide) throw new AckError({ code: 'not_found', message: 'no such guide' });
  return guide;
}

export function guidePath(slug: string, lang: string): string {
  return `${lang === 'en' ? '/en' : ''}/services/${encodeURIComponent(slug)}`;
}

/** "01:30" or "01:02:03" → seconds. */
export function toSeconds(stamp: string): number {
  return stamp.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

/** A guide card, one step or one video chapter, in the citizen's language, with a text fallback. */
export function buildGuidance(
  kb: KnowledgeBase,
  input: { slug: string; lang: string; kind: 'card' | 'step' | 'video'; index: number },
): Guidance {
  const guide = guideOf(kb, input.slug, input.lang);
  const url = guidePath(input.slug, input.lang);
  const open = { type: 'openUrl' as const, title: guide.title.slice(0, 200), value: url };
  if (input.kind === 'card') {
    const data = {
      slug: input.slug,
      title: guide.title,
      summary: guide.summary,
      url,
      onlineUrl: guide.online?.url ?? null,
    };
    return {
      body: `${citizenText('guideCard', input.lang)}: ${guide.title} — ${guide.summary} (${url})`,
      content: { contentType: SOFIA_CONTENT.guideCard, data },
      card: { contentType: HERO_CARD, content: { title: guide.title, text: guide.summary, buttons: [open] } },
    };
  }
  if (input.kind === 'step') {
    const step = guide.steps[input.index];
    if (!step) throw new AckError({ code: 'not_found', message: 'no such step' });
    const label = `${citizenText('step', input.lang)} ${input.index + 1}/${guide.steps.length}`;
    return {
      body: `${label}: ${step.title} — ${step.text}`,
      content: {
        contentType: SOFIA_CONTENT.guideStep,
        data: {
          slug: input.slug,
          guideTitle: guide.title,
          index: input.index,
          total: guide.steps.length,
          title: step.title,
          text: step.text,
        },
      },
      card: {
        contentType: HERO_CARD,
        content: { title: `${label}: ${step.title}`, text: step.text, buttons: [open] },
      },
    };
  }
  const chapter = guide.video?.chapters[input.index];
  if (!guide.video || !chapter)
    throw new AckError({ code: 'not_found', message: 'this guide has no such video chapter' });
  const step = guide.steps[chapter.step - 1];
  const title = step?.title ?? `${citizenText('step', input.lang)} ${chapter.step}`;
  const start = toSeconds(chapter.start);
  const src = guide.video.src
    ? `/media/services/${encodeURIComponent(input.slug)}/${encodeURIComponent(guide.video.src)}`
    : null;
  return {
    body: `${citizenText('video', input.lang)}: ${guide.title} — ${title} (${chapter.start})`,
    content: {
      contentType: SOFIA_CONTENT.videoChapter,
      data: { slug: input.slug, guideTitle: guide.title, src, chapter: input.index, title, start },
    },
    card: {
      contentType: HERO_CARD,
      content: {
        title: `${citizenText('video', input.lang)}: ${title}`,
        subtitle: chapter.start,
        // The guide page starts its video at ?t= (a #t= fragment never reaches the server-rendered page).
        buttons: [{ ...open, value: `${url}?t=${start}#video` }],
      },
    },
  };
}

export function walkthroughSteps(kb: KnowledgeBase, slug: string, lang: string) {
  const guide = guideOf(kb, slug, lang);
  if (guide.steps.length === 0) throw new AckError({ code: 'not_found', message: 'this guide has no steps' });
  return { title: guide.title, steps: guide.steps.map((s) => ({ title: s.title, text: s.text })) };
}
