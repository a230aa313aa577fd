// Styles for the card inside the overlay's shadow root. `all: initial` on the host keeps the
// page's CSS out; nothing here leaks back into the page.
export const CARD_STYLES = `
:host {
  all: initial;
  position: fixed;
  inset: 0 auto auto 0;
  z-index: 2147483647;
  /* A popover in the top layer: no box of its own, only the fixed card inside. */
  display: block;
  width: 0;
  height: 0;
  overflow: visible;
}
:host::backdrop { display: none; }
.frame { position: fixed; top: 0; left: 0; width: max-content; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #2457b5; }
.card {
  box-sizing: border-box;
  /* --backstory-viewport: the viewport without its scrollbar (set by the overlay). */
  width: min(360px, calc(var(--backstory-viewport, 100vw) - 16px));
  max-height: min(70vh, 480px);
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid #c9ced6;
  border-radius: 8px;
  background: #ffffff;
  color: #1d2330;
  box-shadow: 0 6px 24px rgba(20, 30, 50, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start;
}
header { display: flex; justify-content: space-between; align-items: center; }
.kind { font-size: 11px; letter-spacing: 0.06em; text-transform: uppercase; color: #5a6372; }
.close {
  border: 0; background: none; color: #5a6372; font-size: 18px; line-height: 1;
  cursor: pointer; padding: 2px 4px; border-radius: 4px;
}
.close:hover, .close:focus-visible { background: #eef1f5; color: #1d2330; }
h2 { margin: 2px 0 0; font-size: 17px; font-weight: 650; line-height: 1.25; }
.description { margin: 2px 0 8px; color: #4a5261; }
dl { margin: 0 0 8px; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
dt { color: #5a6372; font-size: 12px; padding-top: 1px; }
dd { margin: 0; }
.roles dd { font-weight: 550; }
.roles .note { grid-column: 1 / -1; font-weight: 400; font-size: 12px; color: #5a6372; }
.summary { margin: 0 0 8px; }
footer { font-size: 12px; color: #5a6372; border-top: 1px solid #e3e6eb; padding-top: 6px; }
footer a { color: #2457b5; }
footer .more-sources { margin: 2px 0 0; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; }
.chips-label { font-size: 12px; color: #5a6372; margin: 0 0 3px; }
.chip {
  font: inherit; font-size: 12px; border: 1px solid #c9ced6; border-radius: 999px;
  background: #f5f7fa; color: #1d2330; padding: 1px 8px; cursor: pointer;
}
.chip:hover, .chip:focus-visible { border-color: #2457b5; color: #2457b5; }
.back {
  font: inherit; font-size: 12px; border: 0; background: none; color: #2457b5;
  cursor: pointer; padding: 0; margin-right: 8px;
}
button:focus-visible, a:focus-visible { outline: 2px solid #2457b5; outline-offset: 1px; }
/* The page's own background decides (see pageLooksDark), not only the OS theme. */
.dark .card { background: #1f242d; color: #e8ebf0; border-color: #3a414d; }
.dark .kind, .dark dt, .dark footer, .dark .description, .dark .close, .dark .roles .note,
.dark .chips-label { color: #a7afbd; }
.dark .close:hover, .dark .close:focus-visible { background: #2d3440; color: #e8ebf0; }
.dark footer { border-color: #3a414d; }
.dark footer a, .dark .back { color: #8fb3ff; }
.dark .chip { background: #2d3440; color: #e8ebf0; border-color: #3a414d; }
@media (forced-colors: active) {
  .card { border: 1px solid CanvasText; background: Canvas; color: CanvasText; box-shadow: none; }
  .chip, .close, .back { border: 1px solid ButtonText; color: ButtonText; background: ButtonFace; }
  footer a { color: LinkText; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: backstory-in 120ms ease-out; }
  @keyframes backstory-in { from { opacity: 0; transform: translateY(2px); } }
}
`;
