// The pure parts of npm run draft:leaders: reading the World Factbook's one-line description of a
// head of state or government. The Factbook itself is not part of the project, so these use
// lines as it writes them.
import { describe, expect, it } from 'vitest';
import { newsName, officeTitle, parseHolder } from '../../src/dev/draft-leaders';

describe('reading a Factbook executive line', () => {
  it('splits title, name and the day the post was taken up', () => {
    expect(parseHolder('Prime Minister Sifi GHRIEB (since 28 August 2025)')).toEqual({
      title: 'Prime Minister',
      rawName: 'Sifi GHRIEB',
      since: '2025-08-28',
    });
  });
  it('keeps particles with the name and honorifics out of both', () => {
    expect(
      parseHolder('President Mohamed Ould Cheikh el GHAZOUANI (since 1 August 2019)')?.rawName,
    ).toBe('Mohamed Ould Cheikh el GHAZOUANI');
    expect(parseHolder('President Col. Mamady DOUMBOUYA (since 1 October 2021)')).toMatchObject({
      title: 'President',
      rawName: 'Mamady DOUMBOUYA',
    });
  });
  it('reads only the first person of a line, and nothing from a vacancy', () => {
    expect(
      parseHolder(
        'Prime Minister Shinzo ABE (since 26 December 2012); Deputy Prime Minister Taro ASO (since 26 December 2012)',
      )?.rawName,
    ).toBe('Shinzo ABE');
    expect(parseHolder('President (vacant)')).toBeNull();
  });
  it('writes names as news does, surnames in capitals becoming title case', () => {
    expect(newsName('XI Jinping')).toEqual({ name: 'Xi Jinping', surname: 'Xi' });
    expect(newsName('CHARLES III').name).toBe('Charles III');
    expect(newsName('Voreqe "Frank" BAINIMARAMA')).toEqual({
      name: 'Voreqe Bainimarama',
      surname: 'Bainimarama',
      nickname: 'Frank Bainimarama',
    });
  });
  it('names the post with its country', () => {
    expect(officeTitle('President', 'Benin')).toBe('President of Benin');
    expect(officeTitle('Prime Minister', 'Solomon Islands')).toBe(
      'Prime Minister of the Solomon Islands',
    );
    expect(officeTitle('Chairman of the Cabinet of Ministers', 'Kyrgyzstan')).toBe(
      'Chairman of the Cabinet of Ministers (Kyrgyzstan)',
    );
  });
});
