/** The dashboard's look, on top of the shared theme; colours only through the --vouch-* variables. */
export const dashboardCss = `
html, body { margin: 0; }
body { background: var(--vouch-bg, #fff); }
.dashboard { min-height: 100vh; padding: 16px 24px; max-width: 1200px; margin: 0 auto; }
.dashboard-header h1 { margin: 0; font-size: 22px; }
.dashboard-nav { display: flex; gap: 8px; flex-wrap: wrap; margin: 12px 0 16px; }
.dashboard-main h2 { font-size: 18px; margin: 8px 0; }
.dashboard-main h3 { font-size: 15px; margin: 16px 0 6px; }
.dashboard label { display: inline-flex; flex-direction: column; gap: 2px; font-size: 13px; color: var(--vouch-muted); }
.dashboard label.check { flex-direction: row; align-items: center; gap: 6px; color: var(--vouch-fg); }
.dashboard label > input, .dashboard label > select, .dashboard label > textarea { color: var(--vouch-fg); }
.dashboard textarea { width: min(100%, 640px); }
.dashboard fieldset { border: 1px solid var(--vouch-border); border-radius: var(--vouch-radius); margin: 12px 0; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; }
.dashboard legend { font-weight: 600; padding: 0 4px; }
.dashboard .template-fields { flex-direction: column; align-items: stretch; }
.dashboard .template-fields label { display: flex; max-width: 720px; }
.dashboard .template-fields textarea { width: 100%; min-height: 180px; }
.small { font-size: 12px; }
.empty { padding: 24px; text-align: center; color: var(--vouch-muted); border: 1px dashed var(--vouch-border); border-radius: var(--vouch-radius); }
.filters { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 8px; }
.row-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button.link { border: none; background: none; padding: 0; color: var(--vouch-accent); text-decoration: underline; text-align: left; border-radius: 2px; }
button.danger { color: var(--vouch-error); border-color: var(--vouch-error); }
a.button { display: inline-block; border: 1px solid var(--vouch-border); background: var(--vouch-surface); border-radius: 999px; padding: 4px 12px; color: inherit; text-decoration: none; }
a.button.primary { background: var(--vouch-accent); color: var(--vouch-accent-fg); border-color: var(--vouch-accent); }
a { color: var(--vouch-accent); }

.ledger { border: 1px solid var(--vouch-border); border-radius: var(--vouch-radius); overflow: hidden; }
.ledger-scroll { height: min(65vh, 640px); overflow-y: auto; contain: strict; }
.ledger-row { display: grid; grid-template-columns: minmax(180px, 2fr) minmax(120px, 1fr) minmax(110px, 1fr) minmax(160px, 1.5fr) minmax(180px, 2fr); gap: 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid var(--vouch-border); box-sizing: border-box; overflow: hidden; }
.ledger-row > span { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.ledger-head { background: var(--vouch-surface); font-weight: 600; font-size: 13px; }
.ledger-row.due { background: var(--vouch-warn-bg); }
.cell-name { display: flex; flex-direction: column; }
.cell-name .muted { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.status { font-weight: 600; }
.status-you-owe, .status-they-asked { color: var(--vouch-warn); }
.status-mutual { color: var(--vouch-ok); }
.status-declined { color: var(--vouch-muted); }
.badge { margin-left: 6px; font-size: 11px; padding: 1px 6px; border-radius: 999px; background: var(--vouch-warn); color: var(--vouch-bg); }

.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
.card { border: 1px solid var(--vouch-border); border-radius: var(--vouch-radius); padding: 10px 12px; background: var(--vouch-bg); }
.suggestion { max-width: 640px; }
.message, .event-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; }
.message { background: var(--vouch-surface); border-radius: var(--vouch-radius); padding: 8px 10px; }
.clamp { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.undo-bar { display: flex; gap: 8px; align-items: center; padding: 6px 10px; border-radius: var(--vouch-radius); background: var(--vouch-surface); margin: 8px 0; }

.timeline, .notes { list-style: none; padding: 0; margin: 8px 0; }
.timeline > li, .notes > li { border-left: 3px solid var(--vouch-border); padding: 4px 10px; margin-bottom: 8px; }
.event-form fieldset { margin: 8px 0; }

.balance-chart { margin: 12px 0; }
.balance-chart table { border-collapse: collapse; width: 100%; max-width: 760px; }
.balance-chart th { text-align: left; font-weight: 500; padding: 6px 12px 6px 0; width: 200px; vertical-align: top; }
.balance-chart td { padding: 6px 0; }
.bar-line { display: flex; align-items: center; gap: 8px; height: 18px; }
.bar { display: inline-block; height: 12px; border-radius: 3px; }
.bar.received, .swatch.received { background: var(--vouch-accent); }
.bar.given, .swatch.given { background: var(--vouch-ok); }
.bar-value { font-size: 12px; color: var(--vouch-muted); white-space: nowrap; }
.legend { display: flex; align-items: center; gap: 6px; font-size: 13px; margin-bottom: 6px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; }
.file-input { margin: 8px 0; }
progress { width: min(100%, 420px); }
`;
