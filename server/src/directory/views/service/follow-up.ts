import type { PageContext } from '../../context.ts';
import { html, safeHref } from '../../html.ts';
import type { Guide } from '../../kb.ts';
import { renderMarkdown, splitLeadingHeading } from '../../markdown.ts';
import { mediaPath } from '../../paths.ts';
import type { GuideSection } from './section.ts';
import { videoPlayer } from './video-player.ts';
import type { VideoSources } from '../../deps.ts';

/** What happens next, the how-to video and the guide's own "good to know" notes. */
export function followUpSections(
  ctx: PageContext,
  guide: Guide,
  served?: { video: VideoSources; startSeconds?: number },
): GuideSection[] {
  const { t, lang } = ctx;
  const sections: GuideSection[] = [];
  if (guide.afterwards) {
    sections.push({
      id: 'afterwards',
      title: t('service.afterwardsTitle'),
      body: html`<p>${guide.afterwards}</p>`,
    });
  }
  const video = guide.video;
  if (served) {
    sections.push({
      id: 'video',
      title: t('service.videoTitle'),
      body: videoPlayer(ctx, served.video, served.startSeconds),
    });
  } else if (video?.src) {
    sections.push({
      id: 'video',
      title: t('service.videoTitle'),
      body: html`<video class="video" controls preload="none" src="${mediaPath(guide.slug, video.src)}">
        <track
          kind="captions"
          src="${mediaPath(guide.slug, video.captions)}"
          srclang="${lang}"
          label="${t('site.languageName')}"
          default
        />
        <p>${t('service.videoFallback')}</p>
      </video>`,
    });
  }
  if (guide.body.trim()) {
    // A body that opens with its own heading titles its section; otherwise it is "Good to know".
    const { heading, rest } = splitLeadingHeading(guide.body);
    sections.push({ id: 'more', title: heading ?? t('service.moreInfoTitle'), body: renderMarkdown(rest) });
  }
  return sections;
}

export function sourcesSection(ctx: PageContext, guide: Guide): GuideSection {
  return {
    id: 'sources',
    title: ctx.t('service.sourcesTitle'),
    body: html`<ul class="sources">
      ${guide.sources.map((s) => html`<li><a href="${safeHref(s.url)}" rel="noopener">${s.title}</a></li>`)}
    </ul>`,
  };
}
