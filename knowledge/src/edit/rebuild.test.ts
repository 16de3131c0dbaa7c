import { describe, expect, it } from 'vitest';
import { withService } from './rebuild.ts';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';

describe('withService', () => {
  it('makes a new alias searchable at once and leaves the old instance unchanged', () => {
    const kb = loadKnowledgeBase();
    const query = 'данък басейн в двора';
    expect(kb.search(query).results[0]?.slug).not.toBe('property-tax-declaration');
    const service = kb.getService('property-tax-declaration')!;
    const updated = {
      ...service,
      guides: {
        ...service.guides,
        bg: { ...service.guides.bg, aliases: [...service.guides.bg.aliases, 'данък басейн в двора'] },
      },
    };
    const next = withService(kb, updated);
    expect(next.search(query).results[0]?.slug).toBe('property-tax-declaration');
    expect(next.services).toHaveLength(102);
    expect(kb.search(query).results[0]?.slug).not.toBe('property-tax-declaration');
  });
});
