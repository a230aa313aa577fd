import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/content/detect';

// The vitest root is the repository (tests/vitest.config.ts); happy-dom rewrites import.meta.url.
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/pages', name), 'utf8');

function load(html: string): Document {
  // The page's own stylesheet and script play no part in detection; don't let happy-dom fetch them.
  html = html.replace(/<link [^>]*>|<script src=[^>]*><\/script>/g, '');
  document.open();
  document.write(html);
  document.close();
  return document;
}

const longParagraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i}: the foreign ministers met for a second day of talks on the security situation in the region, and officials said a statement would follow once the delegations had reviewed the final text together.</p>`,
).join('');

describe('detectArticle', () => {
  it('finds the sample article, its <article> root and its publication day', () => {
    const info = detectArticle(load(fixture('seed-article.html')), 'auto');
    expect(info?.root.localName).toBe('article');
    expect(info?.publishedAt).toBe('2021-12-03');
  });

  it.each(['home.html', 'search.html', 'form.html'])('says %s is not an article', (name) => {
    expect(detectArticle(load(fixture(name)), 'auto')).toBeNull();
  });

  it('accepts a plain <article> page without metadata when it reads like an article', () => {
    const info = detectArticle(
      load(`<html><body><nav>Home</nav><article>${longParagraphs}</article></body></html>`),
      'auto',
    );
    expect(info?.root.localName).toBe('article');
    expect(info?.publishedAt).toBeNull();
  });

  it('reads the story when the articleBody marker is a <meta> holding no text', () => {
    // Some sites put the microdata on a <meta content="..."> (issue 14: a regional paper's
    // article got no marks at all); the story is then in the page's <article>.
    const info = detectArticle(
      load(
        `<html><head><meta property="og:type" content="article"></head><body><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="articleBody" content="A summary."><article><h1>Talks resume</h1>${longParagraphs}</article></div></body></html>`,
      ),
      'auto',
    );
    expect(info?.root.localName).toBe('article');
  });

  it('prefers the marked-up article body', () => {
    const info = detectArticle(
      load(
        `<html><head><meta property="og:type" content="article"></head><body><div itemprop="articleBody">${longParagraphs}</div></body></html>`,
      ),
      'auto',
    );
    expect(info?.root.getAttribute('itemprop')).toBe('articleBody');
  });

  it('reads the date from JSON-LD, then article:published_time, then <time>', () => {
    const page = (head: string, body = '') =>
      load(
        `<html><head>${head}</head><body><article>${body}${longParagraphs}</article></body></html>`,
      );
    const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(
      detectArticle(
        page(
          ld({
            '@graph': [
              { '@type': 'WebPage' },
              { '@type': ['NewsArticle'], datePublished: '2020-05-01T08:00:00+02:00' },
            ],
          }),
        ),
        'auto',
      )?.publishedAt,
    ).toBe('2020-05-01');
    expect(
      detectArticle(
        page(
          '<meta property="og:type" content="article"><meta property="article:published_time" content="2019-02-03">',
        ),
        'auto',
      )?.publishedAt,
    ).toBe('2019-02-03');
    expect(
      detectArticle(page('', '<time datetime="2018-07-08T10:00:00Z">8 July</time>'), 'auto')
        ?.publishedAt,
    ).toBe('2018-07-08');
  });

  it('survives broken JSON-LD', () => {
    const info = detectArticle(
      load(
        `<html><head><script type="application/ld+json">{ nope</script></head><body><article>${longParagraphs}</article></body></html>`,
      ),
      'auto',
    );
    expect(info).not.toBeNull();
  });

  it('marks any page when the site is set to always, and none when set to never', () => {
    expect(detectArticle(load(fixture('home.html')), 'always')).not.toBeNull();
    expect(detectArticle(load(fixture('seed-article.html')), 'never')).toBeNull();
  });
});
