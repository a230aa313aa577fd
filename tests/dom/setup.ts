// The browser's i18n API as extension pages see it, serving the English messages, so components
// render the strings a reader with an English browser sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const messages = JSON.parse(
  readFileSync(join(process.cwd(), 'src/_locales/en/messages.json'), 'utf8'),
) as Messages;

function getMessage(key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

(globalThis as { chrome?: unknown }).chrome = {
  i18n: { getMessage, getUILanguage: () => 'en-US' },
};

// Build-time constants that esbuild defines in the real bundles.
Object.assign(globalThis, { __VERSION__: '0.0.0-test', __BROWSER__: 'chrome', __BENCH__: false });

// happy-dom has neither StaticRange nor the CSS Custom Highlight API. In browsers a StaticRange
// is a plain record of its four boundary fields and a Highlight is a set of ranges.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};
(globalThis as { Highlight?: unknown }).Highlight ??= class extends Set<AbstractRange> {};
