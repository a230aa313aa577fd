import { describe, expect, it } from 'vitest';
import {
  beyondListing,
  listingKind,
  rejectedSource,
  REJECTED_HOSTS,
} from '../../src/glossary/source-policy';

describe('source policy', () => {
  it('lists bare host names, one rule each', () => {
    for (const host of Object.keys(REJECTED_HOSTS)) {
      expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(host.startsWith('www.')).toBe(false);
    }
  });

  it.each([
    ['https://wikimili.com/en/Treaty_on_Open_Skies', 'copy of an encyclopedia'],
    ['https://www.wikiwand.com/en/articles/Morena', 'copy of an encyclopedia'],
    ['https://en.m.wiki.x.io/wiki/Islamic_State_%E2%80%93_Khorasan_Province', 'copy'],
    ['https://kiwix.lema.org/content/wikipedia/A/Home_Office', 'copy of an encyclopedia'],
    ['https://kids.kiddle.co/Hassan_Rouhani', "children's"],
    ['https://simple.wikipedia.org/wiki/Sejm', "children's or simplified"],
    ['https://simple.m.wikipedia.org/wiki/Sejm', "children's or simplified"],
    ['https://en.m.wikipedia.org/wiki/Kerch_Strait', 'copy of an encyclopedia'],
    ['https://sco.m.wikipedia.org/wiki/Omar_al-Bashir', 'not a reference'],
    ['https://kids.britannica.com/students/article/x', "children's"],
    ['https://www.devdiscourse.com/article/politics/1', 'aggregator'],
    ['https://allafrica.com/stories/202601060224.html', 'aggregator'],
    ['https://fr.allafrica.com/stories/202601060224.html', 'aggregator'],
    ['https://grokipedia.com/page/Galab_Donev', 'AI-written or partisan'],
    ['https://www.vajiramias.com/current-affairs/x', 'not a reference'],
  ])('rejects %s', (url, why) => {
    expect(rejectedSource(url)).toContain(why);
  });

  it.each([
    'https://en.wikipedia.org/wiki/Antony_Blinken',
    'https://de.wikipedia.org/wiki/Pawlo_Klimkin',
    'https://www.britannica.com/biography/Antony-Blinken',
    'https://www.reuters.com/world/some-story-2026-03-19/',
    'https://apnews.com/article/thailand-parliament',
    'https://press.un.org/en/2026/sga2000.doc.htm',
    'https://en.wikisource.org/wiki/Charter_of_the_United_Nations',
    'https://www.gutenberg.org/ebooks/1',
    // A host that only ends with a rejected name is another site.
    'https://notwikimili.com/x',
  ])('accepts the original page %s', (url) => {
    expect(rejectedSource(url)).toBeNull();
  });

  it('tells gazetteers and membership lists from pages that describe', () => {
    expect(listingKind('https://www.geonames.org/415189')).toBe('gazetteer');
    expect(listingKind('https://worldometers.info/united-nations')).toBe('membership list');
    expect(
      listingKind('https://fr.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/3'),
    ).toBe('membership list');
    expect(listingKind('https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations')).toBe(
      'membership list',
    );
    expect(listingKind('https://www.worldometers.info/world-population/')).toBeNull();
    expect(listingKind('https://en.wikipedia.org/wiki/Aden')).toBeNull();
  });

  describe('a card whose every source only locates or lists it', () => {
    const aden = {
      summary: 'Aden is a port city in southern Yemen on the Gulf of Aden.',
      roles: [],
      facts: { country: 'Yemen', type: 'port city', governorate: 'Aden Governorate' },
      sources: ['https://www.geonames.org/415189'],
    };

    it('may say where it is in one sentence', () => {
      expect(beyondListing(aden)).toBeNull();
    });

    it('may not say more', () => {
      expect(
        beyondListing({ ...aden, summary: `${aden.summary} It was a British colony until 1967.` }),
      ).toBe('a summary of more than one sentence');
      expect(beyondListing({ ...aden, facts: { ...aden.facts, founded: 'antiquity' } })).toBe(
        'facts (founded)',
      );
      expect(
        beyondListing({
          ...aden,
          sources: ['https://worldometers.info/united-nations'],
          facts: { headOfState: 'Someone' },
        }),
      ).toBe('facts (headOfState)');
    });

    it('may say more once another source backs it', () => {
      expect(
        beyondListing({
          ...aden,
          summary: `${aden.summary} It was a British colony until 1967.`,
          sources: ['https://en.wikipedia.org/wiki/Aden', ...aden.sources],
        }),
      ).toBeNull();
    });
  });
});

describe('a malformed source URL', () => {
  it('is reported, never thrown', () => {
    const broken = 'https://www.geonames.org/%E0%A4%A';
    expect(() => listingKind(broken)).not.toThrow();
    expect(listingKind(broken)).toBeNull();
    expect(rejectedSource('not a url')).toBe('is not a URL');
  });
});
