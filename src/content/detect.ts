// Is this page a news article, and if so which element holds its text and when was it
// published? Cheap signals first, so a page that is not an article costs almost nothing.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { toIsoDay } from '../shared/dates';
import type { SiteMode } from '../shared/settings';

export interface ArticleInfo {
  root: Element;
  /** YYYY-MM-DD, or null when the page does not say. */
  publishedAt: string | null;
}

interface JsonLdArticle {
  datePublished: string | null;
}

export function detectArticle(doc: Document, mode: SiteMode): ArticleInfo | null {
  // A page in design mode is all editable: nothing on it is the reader's to mark.
  if (mode === 'never' || !doc.body || doc.designMode === 'on') return null;
  const jsonLd = findJsonLdArticle(doc);
  const ogArticle = metaContent(doc, 'meta[property="og:type"]') === 'article';
  const root = findArticleRoot(doc);
  const isArticle =
    mode === 'always' ||
    jsonLd !== null ||
    ogArticle ||
    (root !== null && isProbablyReaderable(doc));
  if (!isArticle) return null;
  return {
    root: root ?? doc.querySelector('main') ?? doc.body,
    publishedAt: findPublishedAt(doc, jsonLd, root),
  };
}

const ARTICLE_TYPE = /(^|[^a-z])(\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

function findJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A page's broken metadata is its own business.
    }
    for (const item of flattenJsonLd(data)) {
      const types = ([] as unknown[]).concat(item['@type']);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) {
        const date = item['datePublished'];
        return { datePublished: typeof date === 'string' ? date : null };
      }
    }
  }
  return null;
}

function flattenJsonLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (!data || typeof data !== 'object') return [];
  const item = data as Record<string, unknown>;
  return [item, ...flattenJsonLd(item['@graph'])];
}

/**
 * The element that holds the story: the marked-up article body, else the one <article> that
 * clearly dominates the page (a home page has many teaser <article>s of similar size).
 */
function findArticleRoot(doc: Document): Element | null {
  // The marker must hold the story's text: some pages put it on a <meta content="..."> or an
  // empty container, and reading that would mark nothing at all.
  for (const body of doc.querySelectorAll('[itemprop="articleBody"]')) {
    if (body.localName !== 'meta' && textLengthUpTo(body, 200) >= 200) return body;
  }
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length === 0) return null;
  const outer = articles.filter((a) => !articles.some((other) => other !== a && other.contains(a)));
  // One article: it only has to hold a story's worth of text. Counting up to that, not the
  // whole text, keeps a very long article as cheap as a short one.
  if (outer.length === 1) return textLengthUpTo(outer[0]!, 500) >= 500 ? outer[0]! : null;
  const sized = outer
    .map((element) => ({ element, length: element.textContent?.length ?? 0 }))
    .sort((a, b) => b.length - a.length);
  const total = sized.reduce((sum, a) => sum + a.length, 0);
  const top = sized[0]!;
  return top.length >= 500 && top.length >= 0.6 * total ? top.element : null;
}

function textLengthUpTo(element: Element, enough: number): number {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node && length < enough; node = walker.nextNode()) {
    length += (node as Text).data.length;
  }
  return length;
}

function findPublishedAt(
  doc: Document,
  jsonLd: JsonLdArticle | null,
  root: Element | null,
): string | null {
  return (
    toIsoDay(jsonLd?.datePublished) ??
    toIsoDay(metaContent(doc, 'meta[property="article:published_time"]')) ??
    toIsoDay(metaContent(doc, 'meta[itemprop="datePublished"]')) ??
    toIsoDay((root ?? doc).querySelector('time[datetime]')?.getAttribute('datetime')) ??
    null
  );
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? null;
}
