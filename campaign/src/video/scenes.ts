import type { Lang, ServiceRecord } from '@hub/knowledge';
import { translator } from '../i18n.ts';

export type SceneKind = 'intro' | 'step' | 'closing';

/** One scene of a how-to video: what the card shows and what the narrator (and the captions) say. */
export interface Scene {
  /** intro, step-1 … step-n, closing: also the file name of a recorded voice override. */
  id: string;
  kind: SceneKind;
  /** 1-based step number for step scenes. */
  step?: number;
  chapter: Record<Lang, string>;
  narration: Record<Lang, string>;
  card: Record<Lang, SceneCard>;
}

export interface SceneCard {
  kicker: string;
  title: string;
  text?: string;
  /** Closing card: the e-service and the full guide. */
  links?: { label: string; url: string }[];
}

export interface SceneContext {
  publicOrigin: string;
}

/** Hosts read aloud: "usl точка sofia точка bg" rather than a spelled-out dot. */
function spokenHost(url: string, lang: Lang): string {
  const host = new URL(url).host.replace(/^www\./, '');
  return host.split('.').join(` ${translator(lang)('speech.dot')} `);
}

function guideUrl(origin: string, slug: string, lang: Lang): string {
  return `${new URL(origin).origin}${lang === 'en' ? '/en' : ''}/services/${slug}`;
}

function perLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return { bg: make('bg'), en: make('en') };
}

/** Title card, one scene per step, closing card with the e-service link. */
export function buildScenes(service: ServiceRecord, ctx: SceneContext): Scene[] {
  const { guides } = service;
  const steps = guides.bg.steps;
  if (steps.length === 0) throw new Error(`${service.slug}: the guide has no steps to film`);
  const total = steps.length;
  const intro: Scene = {
    id: 'intro',
    kind: 'intro',
    chapter: perLang((lang) => translator(lang)('video.chapter.intro')),
    narration: perLang((lang) =>
      translator(lang)('video.narration.intro', {
        title: guides[lang].title,
        summary: guides[lang].summary,
        count: total,
      }),
    ),
    card: perLang((lang) => ({
      kicker: translator(lang)('video.intro.kicker'),
      title: guides[lang].title,
      text: translator(lang)('video.intro.steps', { count: total }),
    })),
  };
  const stepScenes = steps.map((_, i): Scene => {
    const n = i + 1;
    const step = (lang: Lang) => guides[lang].steps[i] ?? { title: '', text: '' };
    return {
      id: `step-${n}`,
      kind: 'step',
      step: n,
      chapter: perLang((lang) => `${n}. ${step(lang).title}`),
      narration: perLang((lang) =>
        translator(lang)('video.narration.step', { n, title: step(lang).title, text: step(lang).text }),
      ),
      card: perLang((lang) => ({
        kicker: translator(lang)('video.step.label', { n, total }),
        title: step(lang).title,
        text: step(lang).text,
      })),
    };
  });
  const online = guides.bg.online;
  const closing: Scene = {
    id: 'closing',
    kind: 'closing',
    chapter: perLang((lang) => translator(lang)('video.chapter.closing')),
    narration: perLang((lang) =>
      online
        ? translator(lang)('video.narration.closingOnline', { host: spokenHost(online.url, lang) })
        : translator(lang)('video.narration.closingOffline'),
    ),
    card: perLang((lang) => {
      const t = translator(lang);
      const links = [
        { label: t('video.closing.guide'), url: guideUrl(ctx.publicOrigin, service.slug, lang) },
      ];
      const e = guides[lang].online;
      if (e) links.unshift({ label: t('video.closing.online'), url: e.url });
      return { kicker: t('org.name'), title: t('video.closing.title'), links };
    }),
  };
  return [intro, ...stepScenes, closing];
}
