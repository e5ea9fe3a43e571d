/** The side panel's frame: the browser gives it the whole height and a narrow width. */
export const sidePanelCss = `
html, body { margin: 0; }
.vouch-side { min-height: 100vh; padding: 12px 14px; }
.vouch-panel-header { display: flex; justify-content: space-between; gap: 8px; align-items: flex-start; }
.vouch-panel-actions { display: flex; gap: 6px; flex-shrink: 0; }
.vouch-brand { color: var(--vouch-accent); }
.vouch-subtitle { font-size: 12px; }
.vouch-panel-body { margin-top: 8px; }
`;
