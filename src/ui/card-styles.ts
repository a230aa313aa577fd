// Styles for the card inside the overlay's shadow root. `all: initial` on the host keeps the
// page's CSS out; nothing here leaks back into the page.
export const CARD_STYLES = `
:host {
  all: initial;
  position: fixed;
  inset: 0 auto auto 0;
  z-index: 2147483647;
}
.frame { position: fixed; top: 0; left: 0; width: max-content; }
.card {
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
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
@media (prefers-color-scheme: dark) {
  .card { background: #1f242d; color: #e8ebf0; border-color: #3a414d; }
  .kind, dt, footer, .description, .close, .roles .note { color: #a7afbd; }
  .close:hover, .close:focus-visible { background: #2d3440; color: #e8ebf0; }
  footer { border-color: #3a414d; }
  footer a { color: #8fb3ff; }
}
`;
