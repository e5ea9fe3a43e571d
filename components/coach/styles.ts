/** The coach panel's look, as CSS text for the content script's shadow root. */
export const coachCss = `
.coach-panel { padding: 12px; border: 1px solid var(--vouch-border); border-radius: var(--vouch-radius); max-width: 380px; }
.coach-panel h2 { font-size: 16px; margin: 0 0 8px; }
.coach-panel h3 { font-size: 14px; margin: 12px 0 4px; }
.coach-panel h4 { font-size: 13px; margin: 8px 0 2px; font-weight: 600; }
.coach-panel ul { list-style: none; margin: 0; padding: 0; }
.coach-meter meter { width: 100%; height: 8px; }
.coach-meter ul { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 4px; }
.coach-meter li { padding: 2px 8px; border-radius: 999px; background: var(--vouch-surface); color: var(--vouch-muted); }
.coach-meter li[data-present="true"] { color: var(--vouch-ok); font-weight: 600; }
.coach-count, .coach-length { margin: 4px 0; }
.coach-count.ok { color: var(--vouch-ok); }
.coach-length.warn { color: var(--vouch-warn); }
.coach-highlight { white-space: pre-wrap; background: var(--vouch-surface); padding: 8px; border-radius: 6px; max-height: 160px; overflow: auto; }
.coach-highlight mark { background: var(--vouch-warn-bg); color: var(--vouch-warn); border-bottom: 2px solid var(--vouch-warn); }
.coach-highlight mark[data-kind="cliche"] { background: transparent; color: inherit; border-bottom: 2px dotted var(--vouch-warn); }
.coach-highlight mark[data-part] { background: var(--vouch-surface); color: var(--vouch-ok); border-bottom: 2px solid var(--vouch-ok); }
.coach-meter li[data-present="true"] { cursor: default; }
.coach-meter li[data-present="true"]:focus-visible { outline: 2px solid var(--vouch-ok); }
.coach-highlight mark[data-kind="unprofessional"] { background: var(--vouch-error-bg); color: var(--vouch-error); border-color: var(--vouch-error); }
.coach-findings li { display: flex; flex-direction: column; gap: 2px; padding: 6px 0; border-bottom: 1px solid var(--vouch-border); }
.coach-findings q { font-style: italic; }
.coach-clean { color: var(--vouch-ok); }
.coach-preview p:first-of-type { background: var(--vouch-surface); padding: 8px; border-radius: 6px; white-space: pre-wrap; }
.coach-starters li { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; padding: 3px 0; }
.coach-notes form { display: flex; flex-direction: column; gap: 4px; margin-top: 6px; }
.coach-notes li { padding: 2px 0; }
.coach-green-light textarea { width: 100%; }
.coach-actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
`;
