// npm run scan -- FILE [--json]: the mentions Backstory would mark in a .txt or .html article,
// found by the same glossary, matcher and resolver the extension runs.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileEntriesDir, entriesDir } from '../glossary/load-entries';
import { createScanner } from '../glossary/scanner';
import { readArticleText } from './article-text';

const ENTRIES = entriesDir();

export async function scanFile(file: string) {
  const article = await readArticleText(file);
  const glossary = compileEntriesDir(ENTRIES);
  const { mentions, entities } = createScanner(glossary)(article.text);
  return {
    isArticle: article.isArticle,
    publishedAt: article.publishedAt,
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: article.text.slice(m.start, m.end),
      entityId: m.entityId,
      name: entities[m.entityId]!.name,
      kind: entities[m.entityId]!.kind,
    })),
  };
}

async function main(args: string[]) {
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run scan -- FILE.txt|FILE.html [--json]');
    process.exit(2);
  }
  const result = await scanFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  if (json) {
    console.log(JSON.stringify({ mentions: result.mentions }, null, 2));
    return;
  }
  if (!result.isArticle) {
    console.log(`${file}: not an article; Backstory marks nothing here.`);
    return;
  }
  for (const m of result.mentions) {
    console.log(
      `${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.text.padEnd(28)} → ${m.name} (${m.kind})`,
    );
  }
  const distinct = new Set(result.mentions.map((m) => m.entityId)).size;
  console.log(
    `${result.mentions.length} mentions of ${distinct} entities${result.publishedAt ? `; published ${result.publishedAt}` : ''}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
