import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveFor,
  parseSettings,
  readSettings,
  siteOf,
  withSiteMode,
} from '../../src/shared/settings';
import { formatDay, rolesOn, toIsoDay } from '../../src/shared/dates';

describe('settings', () => {
  it('falls back to the defaults for missing or corrupt values', () => {
    for (const value of [undefined, null, 'on', [], { version: 2 }]) {
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
    }
  });
  it('resets only the fields it cannot read, and says which', () => {
    const { settings, reset } = readSettings({
      ...DEFAULT_SETTINGS,
      sites: { 'a.example': 'never' },
      hoverDelay: 5000,
      kinds: ['person', 'dragon'],
    });
    expect(reset).toEqual(['hoverDelay', 'kinds']);
    expect(settings.sites).toEqual({ 'a.example': 'never' });
    expect(settings.hoverDelay).toBe(300);
    expect(settings.kinds).toEqual(DEFAULT_SETTINGS.kinds);
    expect(readSettings('garbage').reset).toEqual(['settings']);
    expect(readSettings(undefined).reset).toEqual([]);
  });
  it('upgrades version 1 settings without losing a choice', () => {
    const { settings, reset } = readSettings({
      version: 1,
      enabled: false,
      sites: { 'b.example': 'always' },
    });
    expect(reset).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      sites: { 'b.example': 'always' },
    });
  });
  it('switches a site off and back on, leaving other sites alone', () => {
    const off = withSiteMode(
      withSiteMode(DEFAULT_SETTINGS, 'a.example', 'never'),
      'b.example',
      'never',
    );
    expect(isActiveFor(off, 'a.example')).toBe(false);
    const on = withSiteMode(off, 'a.example', 'auto');
    expect(isActiveFor(on, 'a.example')).toBe(true);
    expect(isActiveFor(on, 'b.example')).toBe(false);
    expect(on.sites).toEqual({ 'b.example': 'never' });
  });
  it('switching everything off wins over a site setting', () => {
    expect(
      isActiveFor(
        { ...DEFAULT_SETTINGS, enabled: false, sites: { 'a.example': 'always' } },
        'a.example',
      ),
    ).toBe(false);
  });
  it('keys sites by host name without www', () => {
    expect(siteOf('https://www.example.com/news/1?x')).toBe('example.com');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('dates', () => {
  const roles = [
    { title: 'Deputy', from: '2015-01-09', to: '2017-01-20' },
    { title: 'Secretary', from: '2021-01-26', to: '2025-01-20' },
    { title: 'Envoy', from: '2004' },
  ];
  it('finds the roles held on a day', () => {
    expect(rolesOn(roles, '2021-12-03').map((r) => r.title)).toEqual(['Secretary', 'Envoy']);
    expect(rolesOn(roles, '2021-01-26').map((r) => r.title)).toEqual(['Secretary', 'Envoy']);
    expect(rolesOn(roles, '2025-01-20').map((r) => r.title)).toEqual(['Secretary', 'Envoy']);
    expect(rolesOn(roles, '2025-01-21').map((r) => r.title)).toEqual(['Envoy']);
    expect(rolesOn(roles, '2005-01-01').map((r) => r.title)).toEqual(['Envoy']);
    expect(rolesOn(roles, '2003-12-31')).toEqual([]);
  });
  // A date known only to the month or year says the change happened somewhere in that period:
  // inside it, the card cannot know which title was held, so it claims neither.
  it('claims no role inside the period a partial start or end date leaves open', () => {
    const president = [
      { title: 'President', from: '2014-12-21', to: '2025' },
      { title: 'Senator', from: '2025-06' },
    ];
    expect(rolesOn(president, '2024-12-31').map((r) => r.title)).toEqual(['President']);
    expect(rolesOn(president, '2025-07-15').map((r) => r.title)).toEqual(['Senator']);
    expect(rolesOn(president, '2025-06-30')).toEqual([]);
    expect(rolesOn(president, '2026-01-01').map((r) => r.title)).toEqual(['Senator']);
    expect(rolesOn(roles, '2004-06-01')).toEqual([]);
  });
  it('reads publication dates as the calendar day the publisher wrote', () => {
    expect(toIsoDay('2021-12-03T23:41:00-05:00')).toBe('2021-12-03');
    expect(toIsoDay('2021-12-03')).toBe('2021-12-03');
    expect(toIsoDay('December 3, 2021')).toMatch(/^2021-12-0[23]$/);
    expect(toIsoDay('soon')).toBeNull();
    expect(toIsoDay(null)).toBeNull();
  });
  it('formats days, months and years', () => {
    expect(formatDay('2021-12-03', 'en-GB')).toBe('3 December 2021');
    expect(formatDay('2004', 'en-GB')).toBe('2004');
  });
});
