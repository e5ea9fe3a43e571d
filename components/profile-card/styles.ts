/** The profile card's look, as text for the content script's shadow root; colours come from the theme. */
export const profileCardCss = `
.vouch-card {
  font: 14px/1.45 var(--vouch-font); color: var(--vouch-fg); background: var(--vouch-bg);
  border: 1px solid var(--vouch-border); border-radius: var(--vouch-radius); padding: 12px 14px; max-width: 560px;
}
.vouch-card h2.vouch-card-title { font-size: 16px; margin: 0 0 6px; }
.vouch-card h3 { font-size: 13px; margin: 12px 0 4px; color: var(--vouch-muted); text-transform: uppercase; letter-spacing: .03em; }
.vouch-card p { margin: 4px 0; }
.vouch-status { font-size: 15px; }
.vouch-status[data-status="you-owe"], .vouch-status[data-status="they-asked"] { color: var(--vouch-warn); }
.vouch-status[data-status="mutual"] { color: var(--vouch-ok); }
.vouch-next { background: var(--vouch-surface); border-radius: var(--vouch-radius); padding: 6px 10px; }
.vouch-next-lead { font-weight: 600; }
.vouch-next a, .vouch-people a { color: var(--vouch-accent); }
.vouch-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.vouch-note { display: grid; gap: 4px; margin: 4px 0 8px; }
.vouch-note textarea { width: 100%; resize: vertical; }
.vouch-settings { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 6px 0; }
.vouch-check { display: inline-flex; align-items: center; gap: 4px; }
.vouch-history ul, .vouch-people, .vouch-counts { list-style: none; margin: 0; padding: 0; }
.vouch-history li { padding: 4px 0; border-bottom: 1px solid var(--vouch-border); }
.vouch-history li:last-child { border-bottom: 0; }
.vouch-history-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.vouch-link-button { border: 0; background: none; padding: 0 4px; color: var(--vouch-accent); text-decoration: underline; border-radius: 4px; }
.vouch-counts li { display: inline-block; margin: 0 12px 4px 0; }
.vouch-people li { padding: 2px 0; }
.vouch-undo { min-height: 1.5em; margin-top: 8px; color: var(--vouch-info); }
`;
