import type { KnowledgeBase } from '@hub/knowledge';
import { describe, expect, it } from 'vitest';
import { createFakeKnowledgeBase } from '../testing/fake-kb.ts';
import { buildGuidance, toSeconds } from './guidance.ts';

function withVideo(): KnowledgeBase {
  const kb = createFakeKnowledgeBase();
  const service = kb.getService('property-tax-payment')!;
  const bg = {
    ...service.guides.bg!,
    steps: [
      { title: 'Влезте в портала', text: 'Отворете портала.' },
      { title: 'Платете', text: 'Изберете задължение.' },
    ],
    video: {
      src: 'how-to.mp4',
      captions: 'bg.vtt',
      chapters: [
        { step: 1, start: '00:00' },
        { step: 2, start: '01:25' },
      ],
    },
  };
  const patched = { ...service, guides: { ...service.guides, bg } };
  return {
    ...kb,
    getService: (slug: string) => (slug === 'property-tax-payment' ? patched : kb.getService(slug)),
  };
}

describe('buildGuidance', () => {
  it('sends the video at a chapter: start in seconds, the step title, a link that seeks', () => {
    const g = buildGuidance(withVideo(), {
      slug: 'property-tax-payment',
      lang: 'bg',
      kind: 'video',
      index: 1,
    });
    expect(g.content).toMatchObject({
      contentType: 'application/vnd.sofia.video-chapter+json',
      data: {
        chapter: 1,
        title: 'Платете',
        start: 85,
        src: '/media/services/property-tax-payment/how-to.mp4',
      },
    });
    expect(g.body).toContain('01:25');
    expect(JSON.stringify(g.card)).toContain('/services/property-tax-payment?t=85#video');
  });

  it('sends one step with its position, in the citizen language', () => {
    const g = buildGuidance(withVideo(), {
      slug: 'property-tax-payment',
      lang: 'bg',
      kind: 'step',
      index: 0,
    });
    expect(g.body).toBe('Стъпка 1/2: Влезте в портала — Отворете портала.');
  });

  it('refuses a chapter or step that does not exist', () => {
    expect(() =>
      buildGuidance(withVideo(), { slug: 'property-tax-payment', lang: 'bg', kind: 'video', index: 5 }),
    ).toThrow(/video chapter/);
    expect(() =>
      buildGuidance(withVideo(), { slug: 'no-such-guide', lang: 'bg', kind: 'card', index: 0 }),
    ).toThrow(/no such guide/);
  });

  it('reads mm:ss and hh:mm:ss', () => {
    expect(toSeconds('01:25')).toBe(85);
    expect(toSeconds('01:00:05')).toBe(3605);
  });
});
