import { describe, expect, it } from 'vitest';
import { stemBulgarian, stemBulgarianVariants } from './stemmer.ts';

describe('stemBulgarian (Savoy / Lucene rules)', () => {
  it.each([
    // Lucene's own test cases
    ['компютри', 'компютр'],
    ['компютър', 'компютр'],
    ['компютрите', 'компютр'],
    ['компютъра', 'компютр'],
    ['компютърът', 'компютр'],
    ['градове', 'град'],
    ['градовете', 'град'],
    ['градът', 'град'],
    ['вестник', 'вестник'],
    ['вестници', 'вестник'],
    ['вестниците', 'вестник'],
    // municipal vocabulary: singular, plural and definite forms meet
    ['данък', 'данък'],
    ['данъци', 'данък'],
    ['данъкът', 'данък'],
    ['сграда', 'сград'],
    ['сгради', 'сград'],
    ['сградата', 'сград'],
    ['удостоверение', 'удостоверени'],
    ['удостоверения', 'удостоверени'],
    ['удостоверението', 'удостоверени'],
    ['разрешения', 'разрешени'],
    ['регистрация', 'регистрац'],
    ['регистрацията', 'регистрац'],
    ['кола', 'кол'],
    ['колата', 'кол'],
  ])('%s → %s', (word, stem) => {
    expect(stemBulgarian(word)).toBe(stem);
  });

  it('leaves short words alone', () => {
    expect(stemBulgarian('вход')).toBe('вход');
    expect(stemBulgarian('за')).toBe('за');
    expect(stemBulgarian('')).toBe('');
  });
});

describe('stemBulgarianVariants', () => {
  it('adds the reading without palatalisation where Savoy rewrites it', () => {
    expect(stemBulgarianVariants('такси')).toContain(stemBulgarian('такса'));
    expect(stemBulgarianVariants('улици')).toContain(stemBulgarian('улица'));
    expect(stemBulgarianVariants('данъци')).toContain('данък');
  });

  it('gives one stem when no rewrite applies', () => {
    expect(stemBulgarianVariants('сградата')).toEqual(['сград']);
  });
});
