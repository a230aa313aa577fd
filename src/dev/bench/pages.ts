// Benchmark pages: an ~800-word article from the corpus, and a seeded 100,000-word article with
// headings, links, nested inline elements and lists, both in the sample article's page template.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function page(title: string, body: string): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2023-05-04',
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<script type="application/ld+json">${ld}</script><link rel="stylesheet" href="/news.css"></head>
<body><header class="masthead"><a class="logo" href="/">The Daily Ledger</a></header>
<main><article><h1>${escape(title)}</h1>${body}</article></main></body></html>`;
}

function corpusTexts(root: string): string[] {
  const dir = join(root, 'tests/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function mediumArticle(root: string): string {
  const [a, b] = corpusTexts(root);
  const paragraphs = `${a}\n\n${b}`.split(/\n\n+/).slice(1);
  return page('Two stories, one page', paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n'));
}

export function hugeArticle(root: string, words = 100_000, seed = 11): string {
  let s = seed;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const vocabulary = corpusTexts(root).join(' ').split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count % 2000 === 0) parts.push(`<h2>Section ${++section}</h2>`);
    const length = 40 + Math.floor(next() * 80);
    const start = Math.floor(next() * (vocabulary.length - length));
    const ws = vocabulary.slice(start, start + length).map(escape);
    // Nested inline elements and links in the middle of sentences, as real pages have.
    if (ws.length > 12) {
      ws[3] = `<a href="/x/${count}">${ws[3]} ${ws[4]}</a>`;
      ws[4] = '';
      ws[8] = `<b>${ws[8]} <i>${ws[9]}</i></b>`;
      ws[9] = '';
    }
    const text = ws.filter(Boolean).join(' ');
    parts.push(next() < 0.1 ? `<ul><li>${text}</li></ul>` : `<p>${text}</p>`);
    count += length;
  }
  return page('A very long page', parts.join('\n'));
}
