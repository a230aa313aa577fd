// The one message protocol between Backstory's contexts. Every message crossing a boundary is
// validated against these schemas at runtime; anything else is dropped.
import * as v from 'valibot';
import type { EntitySummary } from '../glossary/scanner';
import type { EntityCard, EntityKind } from '../glossary/types';

import { MAX_CARDS_PER_REQUEST, MAX_SCAN_CHARS } from './limits';

export { MAX_CARDS_PER_REQUEST, MAX_SCAN_CHARS };

export const ScanRequestSchema = v.strictObject({
  type: v.literal('scan'),
  text: v.pipe(v.string(), v.maxLength(MAX_SCAN_CHARS)),
});
/**
 * Cards by id: a page's cards, asked for once its marks are shown, and related entities opened
 * from another card.
 */
export const CardsRequestSchema = v.strictObject({
  type: v.literal('cards'),
  ids: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
    v.maxLength(MAX_CARDS_PER_REQUEST),
  ),
});
/** How many entities a tab shows now: the toolbar badge. */
export const PageCountRequestSchema = v.strictObject({
  type: v.literal('page-count'),
  count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
});

/** Messages the background worker answers (from content scripts). */
export const BackgroundRequestSchema = v.variant('type', [
  ScanRequestSchema,
  CardsRequestSchema,
  PageCountRequestSchema,
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type ScanRequest = v.InferOutput<typeof ScanRequestSchema>;
export type CardsRequest = v.InferOutput<typeof CardsRequestSchema>;
export type PageCountRequest = v.InferOutput<typeof PageCountRequestSchema>;
/**
 * The mentions to mark, and the id, name and kind of each entity mentioned; no cards yet. Flat
 * numbers rather than an object per mention: a long page has thousands, and the content script
 * pays on its main thread for every object the message carries.
 */
export interface ScanResponse {
  entities: ScanEntity[];
  /** start, end and the position in `entities`, per mention, in text order. */
  spans: number[];
}
export interface ScanEntity extends EntitySummary {
  id: string;
}
/** The cards asked for, by id; unknown ids are left out. */
export type CardsResponse = Record<string, EntityCard>;

/** Messages a content script answers (from the popup). */
export interface PageStateRequest {
  type: 'page-state';
}
export const COMMANDS = ['next-mention', 'previous-mention', 'toggle-overlays'] as const;
export type CommandName = (typeof COMMANDS)[number];
/** A keyboard command (manifest `commands`), forwarded by the worker to the active tab. */
export interface CommandRequest {
  type: 'command';
  command: CommandName;
}

/** Scroll to an entity's first mention and open its card. */
export interface ShowEntityRequest {
  type: 'show-entity';
  id: string;
}
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
