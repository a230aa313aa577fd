// The pure parts of npm run draft:leaders and draft:institutions: reading the World Factbook's
// one-line description of a head of state or government, and its legislatures and courts. The Factbook itself is not part of the project, so these use
// lines as it writes them.
import { describe, expect, it } from 'vitest';
import { newsName, officeTitle, parseHolder } from '../../src/dev/draft-leaders';
import {
  electionDay,
  partiesOf,
  seatsOf,
  splitCourts,
  splitName,
} from '../../src/dev/draft-institutions';

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

describe('reading Factbook legislatures and courts', () => {
  it('splits the English name from the name in the country’s language', () => {
    expect(splitName('National Assembly (Assemblée nationale)')).toEqual({
      english: 'National Assembly',
      local: 'Assemblée nationale',
    });
    expect(splitName('Grand National Assembly (Türkiye Büyük Millet Meclisi (T.B.M.M))')).toEqual({
      english: 'Grand National Assembly',
      local: 'Türkiye Büyük Millet Meclisi',
    });
    expect(splitName('Parlement - Parliament')?.english).toBe('Parliament');
  });
  it('reads the seats as a number', () => {
    expect(seatsOf('109 (all directly elected)')).toBe('109');
    expect(seatsOf('varies')).toBeNull();
  });
  it('lists each highest court, without acronyms or notes', () => {
    expect(
      splitCourts(
        'Supreme Federal Court or Supremo Tribunal Federal (consists of 11 justices); note - the court sits in Brasília',
      ),
    ).toEqual([
      {
        english: 'Supreme Federal Court',
        local: 'Supremo Tribunal Federal',
      },
    ]);
    expect(splitCourts('Supreme Court or SCU (consists of up to 200 judges)')[0]?.local).toBeNull();
    expect(
      splitCourts("Libya's judicial system consists of a supreme court, central high courts"),
    ).toEqual([]);
  });
});

describe('reading Factbook election results', () => {
  it('lists the parties by seats, without "Other", independents or broken items', () => {
    expect(
      partiesOf(
        'Workers\' Party (PT) (69); Liberal Party (PL) (99); Independents (13); Chile Podemos (Empowering Chile", CP +) (53); Other (106)',
      ),
    ).toEqual([
      { name: 'Liberal Party', acronym: 'PL', seats: 99 },
      { name: "Workers' Party", acronym: 'PT', seats: 69 },
    ]);
  });
  it('reads a single election day and nothing else', () => {
    expect(electionDay('10/2/2022')).toBe('2 October 2022');
    expect(electionDay('4/19/2024 to 6/1/2024')).toBeNull();
  });
});
