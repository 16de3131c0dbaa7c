import { describe, expect, it } from 'vitest';
import { makeService } from '../testing/service-factory.ts';
import { buildScenes } from './scenes.ts';
import { sceneHtml } from './scene-html.ts';

describe('video scenes', () => {
  const service = makeService();
  const scenes = buildScenes(service, { publicOrigin: 'https://hub.sofia.bg' });

  it('are a title card, one scene per step and a closing card', () => {
    expect(scenes.map((s) => s.id)).toEqual(['intro', 'step-1', 'step-2', 'closing']);
    expect(scenes[1]?.narration.bg).toBe('Стъпка 1. Подайте. Подайте заявление.');
    expect(scenes[1]?.narration.en).toBe('Step 1. Apply. Send the application.');
  });

  it('close with the e-service and the guide page, and read the host aloud', () => {
    const closing = scenes.at(-1);
    expect(closing?.card.bg.links?.map((l) => l.url)).toEqual([
      'https://usl.sofia.bg/ePortal',
      'https://hub.sofia.bg/services/test-service',
    ]);
    expect(closing?.card.en.links?.at(-1)?.url).toBe('https://hub.sofia.bg/en/services/test-service');
    expect(closing?.narration.bg).toContain('usl точка sofia точка bg');
  });

  it('escape guide text in the scene HTML', () => {
    const risky = makeService({ stepsBg: [{ title: '<script>', text: 'a & b' }] });
    const html = sceneHtml(buildScenes(risky, { publicOrigin: 'https://hub.sofia.bg' })[1]!, 'bg', 1);
    expect(html).not.toContain('<script>');
    expect(html).toContain('a &#38; b');
  });

  it('refuse a guide without steps', () => {
    expect(() => buildScenes(makeService({ stepsBg: [] }), { publicOrigin: 'https://hub.sofia.bg' })).toThrow(
      /no steps/,
    );
  });
});
