/**
 * Vouch's look, as CSS text: every feature exports its CSS as a string, and each page (the side
 * panel, the dashboard) puts the ones it shows in one style element, light and dark alike.
 */
export const themeCss = `
.vouch-theme {
  --vouch-bg: #ffffff;
  --vouch-surface: #f4f6f8;
  --vouch-fg: #1d2226;
  --vouch-muted: #5e6b74;
  --vouch-border: #d5dbe0;
  --vouch-accent: #0a66c2;
  --vouch-accent-fg: #ffffff;
  --vouch-ok: #1f7a3d;
  --vouch-warn: #8a5a00;
  --vouch-warn-bg: #fff4d6;
  --vouch-error: #b3261e;
  --vouch-error-bg: #fde7e6;
  --vouch-info: #335f8a;
  --vouch-focus: #5b9bd5;
  --vouch-radius: 8px;
  --vouch-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .vouch-theme:not([data-theme="light"]) {
    --vouch-bg: #1b1f23; --vouch-surface: #24292e; --vouch-fg: #e8eaed; --vouch-muted: #a3acb5;
    --vouch-border: #3a4148; --vouch-accent: #70b5f9; --vouch-accent-fg: #0b1520; --vouch-ok: #6fcf8e;
    --vouch-warn: #f2c14e; --vouch-warn-bg: #3a3114; --vouch-error: #ff8a80; --vouch-error-bg: #3b1d1b;
    --vouch-info: #8cb8e2; color-scheme: dark;
  }
}
.vouch-theme[data-theme="dark"] {
  --vouch-bg: #1b1f23; --vouch-surface: #24292e; --vouch-fg: #e8eaed; --vouch-muted: #a3acb5;
  --vouch-border: #3a4148; --vouch-accent: #70b5f9; --vouch-accent-fg: #0b1520; --vouch-ok: #6fcf8e;
  --vouch-warn: #f2c14e; --vouch-warn-bg: #3a3114; --vouch-error: #ff8a80; --vouch-error-bg: #3b1d1b;
  --vouch-info: #8cb8e2; color-scheme: dark;
}
.vouch-theme, .vouch-panel {
  font: 14px/1.45 var(--vouch-font); color: var(--vouch-fg); background: var(--vouch-bg);
}
.vouch-panel *, .vouch-theme * { box-sizing: border-box; }
button, select, input, textarea { font: inherit; color: inherit; }
button {
  border: 1px solid var(--vouch-border); background: var(--vouch-surface); border-radius: 999px;
  padding: 4px 12px; cursor: pointer;
}
button.primary { background: var(--vouch-accent); color: var(--vouch-accent-fg); border-color: var(--vouch-accent); }
button:disabled { opacity: .55; cursor: not-allowed; }
:focus-visible { outline: 2px solid var(--vouch-focus); outline-offset: 2px; }
input, select, textarea {
  border: 1px solid var(--vouch-border); border-radius: 6px; background: var(--vouch-bg); padding: 4px 8px;
}
.muted { color: var(--vouch-muted); }
.notice { border-radius: var(--vouch-radius); padding: 8px 10px; margin: 8px 0; }
.notice.warn { background: var(--vouch-warn-bg); color: var(--vouch-warn); }
.notice.error { background: var(--vouch-error-bg); color: var(--vouch-error); }
.notice.info { background: var(--vouch-surface); color: var(--vouch-info); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
