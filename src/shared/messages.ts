// The one message protocol between Backstory's contexts. Every message crossing a boundary is
// validated against these schemas at runtime; anything else is dropped.
import * as v from 'valibot';
import type { EntityKind } from '../glossary/types';
import type { ScanResult } from '../glossary/scanner';

/** Longest article text the worker accepts (characters); a 100k-word page is ~650k. */
export const MAX_SCAN_CHARS = 4_000_000;

export const ScanRequestSchema = v.strictObject({
  type: v.literal('scan'),
  text: v.pipe(v.string(), v.maxLength(MAX_SCAN_CHARS)),
});
export const PageStateRequestSchema = v.strictObject({ type: v.literal('page-state') });

/** Messages the background worker answers (from content scripts). */
export const BackgroundRequestSchema = v.variant('type', [ScanRequestSchema]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type ScanRequest = v.InferOutput<typeof ScanRequestSchema>;
export type ScanResponse = ScanResult;

/** Messages a content script answers (from the popup). */
export type PageStateRequest = v.InferOutput<typeof PageStateRequestSchema>;
export interface PageEntity {
  id: string;
  name: string;
  kind: EntityKind;
  count: number;
}
export interface PageState {
  site: string;
  /** Whether the page was detected as an article (or the site is set to always). */
  article: boolean;
  /** Whether overlays are showing on this page now. */
  active: boolean;
  entities: PageEntity[];
}

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  const result = v.safeParse(BackgroundRequestSchema, message);
  return result.success ? result.output : null;
}
