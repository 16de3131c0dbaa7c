import { describe, expect, it } from 'vitest';
import { shortCode, shortLink } from './short-link.ts';
import type { CampaignTarget } from './target.ts';

const target = { path: '/services/heirs-certificate' } as CampaignTarget;

describe('short links', () => {
  it('are deterministic: the same campaign, placement and target give the same code', () => {
    expect(shortCode('spring', 'tram 5', target.path)).toBe(shortCode('spring', 'tram 5', target.path));
  });

  it('differ by placement, campaign and target and use an unambiguous alphabet', () => {
    const codes = new Set([
      shortCode('spring', 'tram 5', '/services/a'),
      shortCode('spring', 'tram 6', '/services/a'),
      shortCode('autumn', 'tram 5', '/services/a'),
      shortCode('spring', 'tram 5', '/services/b'),
    ]);
    expect(codes.size).toBe(4);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
  });

  it('build the URL on the public origin only', () => {
    const link = shortLink('https://hub.sofia.bg/some/path', 'spring', 'tram 5', target);
    expect(link.url).toBe(`https://hub.sofia.bg/s/${link.code}`);
    expect(link).toMatchObject({
      campaign: 'spring',
      placement: 'tram 5',
      target: '/services/heirs-certificate',
    });
  });
});
