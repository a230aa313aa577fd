// Opens a card when the pointer rests on a marked name, keeps it open while the pointer travels
// into the card, and closes it when the pointer leaves both or the reader presses Esc.
import type { EntityCard } from '../glossary/types';
import { hitTest, lineBoxes, type Hit } from './hit-test';
import type { Marks, MarkedMention } from './marks';
import { Overlay } from './overlay';

/** How long the pointer must rest on a name before its card opens (ms). */
export const INTENT_DELAY = 300;
/** How long the card stays after the pointer leaves, so it can travel into the card (ms). */
export const CLOSE_GRACE = 300;

export function watchHover(
  marks: Marks,
  entities: Record<string, EntityCard>,
  publishedAt: string | null,
  signal: AbortSignal,
): void {
  let openTimer = 0;
  let closeTimer = 0;
  let pending: MarkedMention | null = null;
  let shown: MarkedMention | null = null;
  let frameRequested = false;
  // Null while the pointer is over the card: a hit-test queued just before it got there is void.
  let lastPoint: { x: number; y: number } | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pending = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const close = () => {
    cancelOpen();
    cancelClose();
    shown = null;
    overlay.hide();
  };
  const scheduleClose = () => {
    if (!shown) return;
    cancelClose();
    closeTimer = window.setTimeout(close, CLOSE_GRACE);
  };

  const overlay = new Overlay({
    onPointerEnter: cancelClose,
    onPointerLeave: scheduleClose,
    onClose: close,
  });

  const open = (hit: Hit) => {
    const entity = entities[hit.mention.entityId];
    if (!entity || signal.aborted) return;
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
    );
  };

  const onPoint = () => {
    frameRequested = false;
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
    if (hit.mention !== pending) {
      cancelOpen();
      pending = hit.mention;
      openTimer = window.setTimeout(() => {
        pending = null;
        cancelClose();
        open(hit);
      }, INTENT_DELAY);
    }
  };

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
      // Hit-test at most once per frame however fast the pointer moves.
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(onPoint);
      }
    },
    { capture: true, passive: true, signal },
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
      overlay.destroy();
    },
    { once: true },
  );
}
