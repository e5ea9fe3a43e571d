/** The request composer's look, as CSS text for the content script's shadow root. */
export const requestComposerCss = `
.vouch-composer { display: grid; gap: 10px; }
.vouch-composer .vouch-field { display: grid; gap: 4px; }
.vouch-composer label, .vouch-composer legend { font-weight: 600; font-size: 13px; }
.vouch-composer .vouch-row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
.vouch-composer textarea { width: 100%; resize: vertical; min-height: 8em; line-height: 1.45; }
.vouch-composer select, .vouch-composer input { min-width: 0; }
.vouch-tabs { display: flex; gap: 4px; flex-wrap: wrap; border-bottom: 1px solid var(--vouch-border); padding-bottom: 6px; }
.vouch-tabs [role="tab"][aria-selected="true"] {
  background: var(--vouch-accent); color: var(--vouch-accent-fg); border-color: var(--vouch-accent);
}
.vouch-tabpanel { display: grid; gap: 10px; }
.vouch-points { border: 1px solid var(--vouch-border); border-radius: var(--vouch-radius); padding: 8px 10px; display: grid; gap: 6px; }
.vouch-chips { list-style: none; margin: 0; padding: 0; display: flex; gap: 6px; flex-wrap: wrap; }
.vouch-chip {
  display: inline-flex; align-items: center; gap: 4px; background: var(--vouch-surface);
  border: 1px solid var(--vouch-border); border-radius: 999px; padding: 2px 4px 2px 10px;
}
.vouch-chip button { padding: 0 6px; border: 0; background: transparent; }
.vouch-suggestions button.vouch-chip { padding: 2px 10px; border-style: dashed; cursor: pointer; color: inherit; font: inherit; }
.vouch-subhead { font-size: 14px; margin: 4px 0 0; }
.vouch-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.vouch-finding { border-left: 4px solid var(--vouch-info); background: var(--vouch-surface); border-radius: 6px; padding: 6px 10px; }
.vouch-finding.warning { border-left-color: var(--vouch-warn); }
.vouch-finding.error { border-left-color: var(--vouch-error); background: var(--vouch-error-bg); }
.vouch-finding p { margin: 2px 0; }
.vouch-severity { font-size: 12px; font-weight: 600; color: var(--vouch-muted); text-transform: uppercase; letter-spacing: .03em; }
.vouch-suggestion { font-style: italic; }
.vouch-marked { white-space: pre-wrap; background: var(--vouch-surface); padding: 8px; border-radius: 6px; max-height: 160px; overflow: auto; margin: 0 0 6px; }
.vouch-marked mark { background: var(--vouch-warn-bg); color: var(--vouch-warn); border-bottom: 2px solid var(--vouch-warn); }
.vouch-marked mark[data-mark="pressure"], .vouch-marked mark[data-mark="too-long"] { background: var(--vouch-error-bg); color: var(--vouch-error); border-color: var(--vouch-error); }
.vouch-findings-clear { color: var(--vouch-ok); margin: 0; }
.vouch-editor { border: 1px dashed var(--vouch-border); border-radius: var(--vouch-radius); padding: 8px 10px; display: grid; gap: 6px; }
.vouch-editor h3 { margin: 0; font-size: 14px; }
.vouch-actions { padding-top: 4px; }
`;
