import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../providers/i18n';

interface State {
  error: Error | null;
}

/**
 * A page that throws while rendering shows an error card inside the layout instead of a blank screen.
 * A failed lazy import (the build was replaced on the server) is the common case: reloading fixes it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page crashed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title={i18n.t('errors.pageCrashed')}
        subTitle={i18n.t('errors.pageCrashedHint')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {i18n.t('buttons.reload')}
          </Button>
        }
      />
    );
  }
}
