import { Component, type ReactNode } from 'react';
import { t } from '@/components/i18n/t';

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
          {t('panel.featureOff')}
        </p>
      );
    }
    return this.props.children;
  }
}
