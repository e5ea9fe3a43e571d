import { Component, useState, type ReactNode } from 'react';

interface FrameProps {
  title: string;
  subtitle?: string;
  notice?: string | null;
  onPause?: () => void;
  /** Where a feature's crash is reported (the background's log); the page never sees it. */
  onError?: (error: unknown) => void;
  children: ReactNode;
}

/** The panel's chrome: title, collapse, one-click pause, and a notice line above the feature. */
export function PanelFrame({ title, subtitle, notice, onPause, onError, children }: FrameProps) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <section className="vouch-panel" aria-label={`Vouch: ${title}`} data-collapsed={collapsed || undefined}>
      <header className="vouch-panel-header">
        <div>
          <strong className="vouch-brand">Vouch</strong> <span className="vouch-title">{title}</span>
          {subtitle ? <div className="muted vouch-subtitle">{subtitle}</div> : null}
        </div>
        <div className="vouch-panel-actions">
          <button type="button" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
            {collapsed ? 'Show' : 'Hide'}
          </button>
          {onPause ? (
            <button type="button" onClick={onPause} title="Remove Vouch from LinkedIn until you resume it in the dashboard">
              Pause Vouch
            </button>
          ) : null}
        </div>
      </header>
      {notice ? (
        <p className="notice warn" role="status">
          {notice}
        </p>
      ) : null}
      {collapsed ? null : (
        <FeatureBoundary onError={onError}>
          <div className="vouch-panel-body">{children}</div>
        </FeatureBoundary>
      )}
    </section>
  );
}

/** A feature that breaks shows a notice; LinkedIn's page and the other features keep working. */
export class FeatureBoundary extends Component<{ children: ReactNode; onError?: (e: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }
  override render() {
    if (this.state.failed) {
      return (
        <p className="notice error" role="alert">
          Vouch can't read this part of the page, so this feature is switched off here. LinkedIn itself is not affected.
        </p>
      );
    }
    return this.props.children;
  }
}

export const panelFrameCss = `
:host { all: initial; }
.vouch-panel {
  position: fixed; top: 72px; right: 16px; z-index: 2147483000; width: 380px; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 96px); overflow: auto; border: 1px solid var(--vouch-border);
  border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px;
}
.vouch-panel[data-collapsed] { width: auto; }
.vouch-panel-header { display: flex; justify-content: space-between; gap: 8px; align-items: flex-start; }
.vouch-panel-actions { display: flex; gap: 6px; flex-shrink: 0; }
.vouch-brand { color: var(--vouch-accent); }
.vouch-subtitle { font-size: 12px; }
.vouch-panel-body { margin-top: 8px; }
`;
