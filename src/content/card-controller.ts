// Decides when which card shows. Resting the pointer on a marked name opens its card after a
// short intent delay; the pointer may travel into the card; leaving both closes it. A click or
// tap on a name opens its card at once and pins it until Esc, the close button or a click
// elsewhere. Scrolling with a finger never opens a card: only taps (clicks) do.
import type { CardCache } from './card-cache';
import { hitTest, lineBoxes, type Hit } from './hit-test';
import type { Marks, MarkedMention } from './marks';
import { Overlay } from './overlay';

/** How long the card stays after the pointer leaves, so it can travel into the card (ms). */
export const CLOSE_GRACE = 300;
/** How far the pointer may drift (px) while it rests on a name before its card opens. */
const REST_RADIUS = 8;

export interface CardController {
  /** Scrolls to the entity's first mention and opens its card, pinned. */
  showEntity(id: string): boolean;
  /** Moves to the next (1) or previous (-1) mention: scrolls to it, highlights it, opens its card. */
  step(direction: 1 | -1): boolean;
  /** The page's text changed and was marked afresh: hit-test these marks from now on. */
  setMarks(next: Marks, publishedAt: string | null): void;
}

/** The keyboard's current mention: a second highlight, so the page's text stays untouched. */
export const FOCUS_HIGHLIGHT = 'backstory-focus';

export function controlCards(
  initialMarks: Marks,
  cards: CardCache,
  publishedAt: string | null,
  /** How long the pointer must rest on a name before its card opens (ms; a setting). */
  hoverDelay: number,
  signal: AbortSignal,
): CardController {
  let marks = initialMarks;
  let openTimer = 0;
  let closeTimer = 0;
  let pending: MarkedMention | null = null;
  // Where the pointer was when the wait for `pending` began.
  let restX = 0;
  let restY = 0;
  // A mention asked to open while its card was still being read; a click's (pinned) survives
  // the pointer moving away, a hover's does not.
  let awaiting: { mention: MarkedMention; pin: boolean } | null = null;
  let shown: MarkedMention | null = null;
  let pinned = false;
  let focused = -1; // index of the keyboard's mention, -1 when none
  let frameRequested = false;
  let movedSinceHitTest = false;
  const afterFrame = () => {
    if (!movedSinceHitTest) {
      frameRequested = false;
      return;
    }
    movedSinceHitTest = false;
    onPoint();
    requestAnimationFrame(afterFrame);
  };
  // Null while the pointer is over the card: a hit-test queued just before it got there is void.
  let lastPoint: { x: number; y: number } | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pending = null;
    if (!awaiting?.pin) awaiting = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const close = () => {
    awaiting = null;
    cancelOpen();
    cancelClose();
    shown = null;
    pinned = false;
    focused = -1;
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    overlay.hide();
  };
  const scheduleClose = () => {
    if (!shown || pinned) return;
    cancelClose();
    closeTimer = window.setTimeout(close, CLOSE_GRACE);
  };

  const overlay = new Overlay({
    onPointerEnter: cancelClose,
    onPointerLeave: scheduleClose,
    onClose: close,
    loadCard: (id) => cards.load(id),
  });

  const open = (hit: Hit, pin: boolean, viaKeyboard = false) => {
    if (signal.aborted) return;
    const entity = cards.get(hit.mention.entityId);
    if (!entity) {
      // Still being read (the page's cards are asked for once its marks show): open it when it
      // arrives, unless the reader has moved on meanwhile.
      const request = { mention: hit.mention, pin };
      awaiting = request;
      void cards.load(hit.mention.entityId).then((card) => {
        if (card && awaiting === request) open(hit, pin, viaKeyboard);
      });
      return;
    }
    awaiting = null;
    cancelOpen();
    cancelClose();
    pinned = pin;
    if (shown === hit.mention) return;
    shown = hit.mention;
    // Measured afresh on every placement, so the card follows the hovered line as the page scrolls.
    const reference = () => {
      const boxes = lineBoxes(hit.mention);
      return boxes[hit.line] ?? boxes[0] ?? new DOMRect();
    };
    overlay.show(
      entity,
      publishedAt,
      reference,
      hit.mention.range.startContainer.parentElement ?? document.body,
      viaKeyboard,
    );
  };

  const onPoint = () => {
    if (!lastPoint) return;
    const hit = hitTest(marks, lastPoint.x, lastPoint.y);
    if (hit && hit.mention === shown) {
      cancelClose();
      cancelOpen();
      return;
    }
    if (!hit) {
      cancelOpen();
      scheduleClose();
      return;
    }
    if (pinned) return; // a pinned card stays until dismissed
    // Intent: the pointer must come to rest on the name. Passing across it, or still
    // travelling along it, restarts the wait.
    const point = lastPoint;
    if (hit.mention !== pending || Math.hypot(point.x - restX, point.y - restY) > REST_RADIUS) {
      cancelOpen();
      pending = hit.mention;
      restX = point.x;
      restY = point.y;
      openTimer = window.setTimeout(() => open(hit, false), hoverDelay);
    }
  };

  const listen = { capture: true, passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (overlay.contains(event)) {
        lastPoint = null;
        cancelClose();
        cancelOpen();
        return;
      }
      lastPoint = { x: event.clientX, y: event.clientY };
      // Hit-test at once when the pointer arrives (the wait for intent starts then, not a
      // frame later), and then at most once per frame however fast it moves.
      if (frameRequested) {
        movedSinceHitTest = true;
        return;
      }
      frameRequested = true;
      onPoint();
      requestAnimationFrame(afterFrame);
    },
    listen,
  );
  // Clicks and taps: never prevented, so a name inside a link still follows the link.
  document.addEventListener(
    'click',
    (event) => {
      if (overlay.contains(event)) return;
      const hit = hitTest(marks, event.clientX, event.clientY);
      if (hit) open(hit, true);
      else if (shown) close();
    },
    listen,
  );
  document.documentElement.addEventListener(
    'pointerleave',
    () => {
      cancelOpen();
      scheduleClose();
    },
    { signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && overlay.isOpen) close();
    },
    { capture: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      cancelOpen();
      cancelClose();
      CSS.highlights.delete(FOCUS_HIGHLIGHT);
      overlay.destroy();
    },
    { once: true },
  );

  return {
    setMarks(next, nextPublishedAt) {
      marks = next;
      publishedAt = nextPublishedAt;
      // A card whose name is no longer on the page (replaced text) closes; others stay open.
      if (shown && !shown.range.startContainer.isConnected) close();
      cancelOpen();
    },
    step(direction) {
      const count = marks.mentions.length;
      if (count === 0) return false;
      const from =
        focused !== -1
          ? focused
          : shown
            ? marks.mentions.indexOf(shown)
            : direction > 0
              ? -1
              : count;
      focused = (from + direction + count) % count;
      const mention = marks.mentions[focused]!;
      CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
      mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const index = focused;
      requestAnimationFrame(() => {
        shown = null; // reopen even if this mention's card was showing
        open({ mention, line: 0 }, true, true);
        focused = index;
      });
      return true;
    },
    showEntity(id) {
      const mention = marks.mentions.find((m) => m.entityId === id);
      const element = mention?.range.startContainer.parentElement;
      if (!mention || !element) return false;
      element.scrollIntoView({ block: 'center' });
      // Open once the scroll has been laid out, beside the mention's first line.
      requestAnimationFrame(() => open({ mention, line: 0 }, true));
      return true;
    },
  };
}
