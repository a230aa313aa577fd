// The one node Backstory adds to a page: <backstory-overlay>, attached to <html> the first time
// a card opens (inside the fullscreen element while the page has one), holding an open shadow
// root with the card. Removed again on teardown.
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
  /** A related entity's card, from the worker (null if it has none). */
  loadCard: (id: string) => Promise<EntityCard | null>;
}

export class Overlay {
  private host: HTMLElement | null = null;
  private frame: HTMLDivElement | null = null;
  private stopFollowing: (() => void) | null = null;
  /** The cards shown, the mentioned entity first; related entities open on top of it. */
  private stack: EntityCard[] = [];
  private publishedAt: string | null = null;
  private live: HTMLElement | null = null;
  /** Where focus was before a keyboard-opened card took it; it returns there on close. */
  private returnFocus: HTMLElement | null = null;

  /** Set when the page makes a card impossible (see ensureFrame): cards stay closed. */
  private unavailable = false;

  constructor(private readonly events: OverlayEvents) {}

  /** Shows the card for `entity` beside the reference (a mention's line box, kept up to date). */
  show(
    entity: EntityCard,
    publishedAt: string | null,
    reference: () => DOMRect,
    anchor: Element,
    viaKeyboard = false,
  ) {
    const frame = this.ensureFrame();
    if (!frame) return;
    this.stack = [entity];
    this.publishedAt = publishedAt;
    frame.classList.toggle('dark', pageLooksDark(anchor));
    this.renderCard();
    frame.hidden = false;
    this.raise();
    if (viaKeyboard) {
      // Keyboard readers hear the card and can Tab through it; pointer readers are left alone,
      // so screen readers are not flooded while the mouse wanders over the text.
      this.live!.textContent = `${entity.name}: ${entity.description}`;
      this.returnFocus ??=
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      frame.querySelector<HTMLElement>('[data-backstory-card]')?.focus({ preventScroll: true });
    }
    this.stopFollowing?.();
    const virtual = { getBoundingClientRect: reference, contextElement: anchor };
    // Follows the mention while the page scrolls or resizes, flipping to stay in view.
    this.stopFollowing = autoUpdate(virtual, frame, () => {
      // 100vw counts a classic scrollbar; the card must fit beside it.
      frame.style.setProperty(
        '--backstory-viewport',
        `${document.documentElement.clientWidth || window.innerWidth}px`,
      );
      void computePosition(virtual, frame, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        frame.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  private renderCard(): void {
    const entity = this.stack.at(-1);
    if (!this.frame || !entity) return;
    const today = new Date().toISOString().slice(0, 10);
    render(
      h(Card, {
        entity,
        publishedAt: this.publishedAt,
        today,
        onClose: this.events.onClose,
        onOpen: (id: string) => void this.openRelated(id),
        ...(this.stack.length > 1 ? { onBack: () => this.back() } : {}),
      }),
      this.frame,
    );
  }

  /** Opens a related entity's card in place; Back returns to the previous one. */
  private async openRelated(id: string): Promise<void> {
    const card = await this.events.loadCard(id);
    if (!card || !this.isOpen) return;
    this.stack.push(card);
    this.renderCard();
  }

  private back(): void {
    if (this.stack.length > 1) this.stack.pop();
    this.renderCard();
  }

  hide(): void {
    this.stack = [];
    if (this.live) this.live.textContent = '';
    if (this.returnFocus && this.host?.matches(':focus-within')) {
      this.returnFocus.focus({ preventScroll: true });
    }
    this.returnFocus = null;
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.frame) {
      render(null, this.frame);
      this.frame.hidden = true;
    }
    if (this.host?.matches(':popover-open')) this.host.hidePopover();
  }

  /**
   * Puts the host in the browser's top layer (as a manual popover: no light dismiss, no focus
   * trap), so the card shows above the page's own stacking and above a fullscreen element.
   * Called again when the page enters or leaves fullscreen: the newest top-layer element is on
   * top, and while an element is fullscreen the browser makes everything outside it inert, so
   * the host moves inside it (and back to <html> after), or the card could not be clicked.
   */
  private raise(): void {
    const host = this.host;
    if (!host) return;
    const fullscreen = document.fullscreenElement;
    // A shadow host would not render a light-DOM child; media elements render no children.
    const container =
      fullscreen && !fullscreen.shadowRoot && !(fullscreen instanceof HTMLMediaElement)
        ? fullscreen
        : document.documentElement;
    if (host.parentNode !== container) container.append(host);
    if (typeof host.showPopover !== 'function') return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // Not connected, or the page replaced our element's popover state: the card still shows
      // at the top of the page's own stacking.
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

  private readonly onFullscreenChange = () => {
    if (this.isOpen) this.raise();
    else if (this.host && this.host.parentNode !== document.documentElement) {
      document.documentElement.append(this.host); // back where it lives outside fullscreen
    }
  };

  destroy(): void {
    this.hide();
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.host?.remove();
    this.host = null;
    this.frame = null;
    this.live = null;
  }

  /** The card's frame, made on first use; null when the page makes an overlay impossible. */
  private ensureFrame(): HTMLDivElement | null {
    if (this.unavailable) return null;
    if (this.frame && this.host?.isConnected) return this.frame;
    const host = document.createElement(OVERLAY_TAG);
    host.setAttribute('popover', 'manual');
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch (error) {
      // The page has claimed the element's name for a shadow host of its own: no overlay then,
      // rather than one the page controls.
      console.debug('Backstory: no card on this page', error);
      this.unavailable = true;
      return null;
    }
    const style = document.createElement('style');
    style.textContent = CARD_STYLES;
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.addEventListener('pointerenter', this.events.onPointerEnter);
    frame.addEventListener('pointerleave', this.events.onPointerLeave);
    const live = document.createElement('div');
    live.className = 'live';
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, frame, live);
    this.live = live;
    document.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    return frame;
  }
}

/**
 * Dark cards on dark pages: the first opaque background behind the mention decides, whatever the
 * OS theme says; a page with no background of its own follows the OS.
 */
function pageLooksDark(from: Element): boolean {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const rgba = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?/.exec(
      getComputedStyle(el).backgroundColor,
    );
    if (!rgba || Number(rgba[4] ?? 1) < 0.5) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map((c) => Number(c) / 255);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.45;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
