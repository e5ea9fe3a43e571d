export const dashboardCss = `
html, body { margin: 0; }
.dashboard { min-height: 100vh; padding: 16px 24px; }
.dashboard-header h1 { margin: 0; font-size: 22px; }
.dashboard-nav { display: flex; gap: 8px; flex-wrap: wrap; margin: 12px 0 16px; }
.dashboard-main h2 { font-size: 18px; margin: 8px 0; }
`;
