// The one node Backstory adds to a page: <backstory-overlay>, attached to <html> the first time
// a card opens, holding an open shadow root with the card. Removed again on teardown.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import { Card } from '../ui/Card';
import { CARD_STYLES } from '../ui/card-styles';
import type { EntityCard } from '../glossary/types';
import { OVERLAY_TAG } from './collect';

export interface OverlayEvents {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onClose: () => void;
}

export class Overlay {
  private host: HTMLElement | null = null;
  private frame: HTMLDivElement | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(private readonly events: OverlayEvents) {}

  /** Shows the card for `entity` beside the reference (a mention's line box, kept up to date). */
  show(entity: EntityCard, publishedAt: string | null, reference: () => DOMRect, anchor: Element) {
    const frame = this.ensureFrame();
    const today = new Date().toISOString().slice(0, 10);
    render(h(Card, { entity, publishedAt, today, onClose: this.events.onClose }), frame);
    frame.hidden = false;
    this.stopFollowing?.();
    const virtual = { getBoundingClientRect: reference, contextElement: anchor };
    // Follows the mention while the page scrolls or resizes, flipping to stay in view.
    this.stopFollowing = autoUpdate(virtual, frame, () => {
      void computePosition(virtual, frame, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        frame.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.frame) {
      render(null, this.frame);
      this.frame.hidden = true;
    }
  }

  get isOpen(): boolean {
    return this.frame !== null && !this.frame.hidden;
  }

  /** Whether an event happened inside the overlay: outside the shadow tree it is retargeted to the host. */
  contains(event: Event): boolean {
    return (
      this.host !== null && (event.target === this.host || event.composedPath().includes(this.host))
    );
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.frame = null;
  }

  private ensureFrame(): HTMLDivElement {
    if (this.frame && this.host?.isConnected) return this.frame;
    const host = document.createElement(OVERLAY_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_STYLES;
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.addEventListener('pointerenter', this.events.onPointerEnter);
    frame.addEventListener('pointerleave', this.events.onPointerLeave);
    shadow.append(style, frame);
    document.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    return frame;
  }
}
