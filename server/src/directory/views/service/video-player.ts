import type { PageContext } from '../../context.ts';
import type { VideoSources } from '../../deps.ts';
import { html } from '../../html.ts';

/** A media fragment (#t=90) starts the video at a chapter: the help desk links to ?t=90#video. */
function at(src: string, startSeconds: number | undefined): string {
  return startSeconds ? `${src}#t=${startSeconds}` : src;
}

/** The how-to video with both caption tracks (the page's language on by default) and its title-card poster. */
export function videoPlayer(ctx: PageContext, video: VideoSources, startSeconds?: number) {
  const { t, lang } = ctx;
  const label = (l: string) => (l === 'en' ? 'English' : 'Български');
  return html`<video
    class="video"
    controls
    preload="none"
    ${video.poster ? html`poster="${video.poster}"` : ''}
  >
    ${video.sources.map((s) => html`<source src="${at(s.src, startSeconds)}" type="${s.type}" />`)}
    ${video.captions.map(
      (c) =>
        html`<track
          kind="captions"
          src="${c.src}"
          srclang="${c.lang}"
          label="${label(c.lang)}"
          ${c.lang === lang ? html`default` : ''}
        />`,
    )}
    <p>${t('service.videoFallback')}</p>
  </video>`;
}
