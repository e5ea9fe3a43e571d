import { Component, type ReactNode } from 'react';

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
