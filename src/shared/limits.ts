// Message size limits, in a module of their own so the content script can use them without
// bundling the schema library that checks messages in the worker.

/** Longest article text the worker accepts (characters); a 100k-word page is ~650k. */
export const MAX_SCAN_CHARS = 4_000_000;

/** Most cards one request may ask for (a page's entities, or one related entity). */
export const MAX_CARDS_PER_REQUEST = 1_000;
