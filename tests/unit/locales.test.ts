import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'src/_locales');
type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const read = (locale: string) =>
  JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8')) as Messages;

describe('_locales', () => {
  const en = read('en');
  const locales = readdirSync(dir);

  it('ships English and at least one more complete locale', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it.each(locales.filter((l) => l !== 'en'))(
    '%s translates every message, with the same placeholders',
    (locale) => {
      const messages = read(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(messages)) {
        const used = (text: string) => [...text.matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort();
        expect(used(entry.message), key).toEqual(used(en[key]!.message));
        expect(entry.message.trim(), key).not.toBe('');
      }
    },
  );
});
