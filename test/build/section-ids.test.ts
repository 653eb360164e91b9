import { describe, expect, it } from 'vitest';
import { page } from '../setup/dist';

// These ids are public: they are the anchors (/#id) and the share URLs (/s/id/) people have
// posted. Renaming one breaks those links, so a change here must be deliberate.
const PUBLISHED_IDS = [
  'short-version',
  'the-agreement',
  'the-law',
  'who-is-affected',
  'taxes-paid',
  'workforce',
  'timeline',
  'in-court',
  'the-data',
  'what-it-could-mean',
  'questions',
  'sources-and-methods',
];

describe('section ids', () => {
  // The Spanish edition (/es/) uses the same ids: /es/#in-court, /es/s/in-court/ are published too.
  it.each(['/all/', '/es/all/'])(
    'on %s are exactly the published list, in order, so no shared link breaks silently',
    (home) => {
      const ids = page(home)
        .querySelectorAll('main section.section')
        .map((s) => s.id);
      expect(ids).toEqual(PUBLISHED_IDS);
    },
  );

  it.each(['/s/', '/es/s/'])('each has its share page under %s<id>/', (prefix) => {
    for (const id of PUBLISHED_IDS) expect(() => page(`${prefix}${id}/`), `${prefix}${id}/`).not.toThrow();
  });
});
