// The text Backstory would scan for a saved article: a .txt file as it is, or an .html page
// run through the content script's own detection and collection code (on happy-dom).
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { collectText } from '../content/collect';
import { detectArticle } from '../content/detect';

export interface ArticleText {
  text: string;
  /** False when an .html page does not look like an article (nothing would be marked). */
  isArticle: boolean;
  publishedAt: string | null;
}

export async function readArticleText(file: string): Promise<ArticleText> {
  const source = await readFile(file, 'utf8');
  if (!/\.html?$/i.test(file)) return { text: source, isArticle: true, publishedAt: null };
  return articleTextFromHtml(source);
}

export function articleTextFromHtml(
  html: string,
  url = 'http://localhost/article.html',
): ArticleText {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    window.document.write(html);
    // happy-dom's Document implements the DOM interfaces the content script uses.
    const document = window.document as unknown as Document;
    const article = detectArticle(document, 'auto');
    if (!article) return { text: '', isArticle: false, publishedAt: null };
    return {
      text: collectText(article.root).text,
      isArticle: true,
      publishedAt: article.publishedAt,
    };
  } finally {
    void window.happyDOM.close();
  }
}
