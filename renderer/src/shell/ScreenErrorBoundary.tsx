import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { forgetEverything } from '../api/cache';
import { ERROR_TEXT } from './screen-error-text';

const ScreenErrorView = lazy(() => import('./ScreenErrorView'));

interface State {
  error: Error | null;
}

/**
 * A screen that fails while drawing shows what happened in Vietnamese and a way back, instead of
 * leaving a blank window; the rest of the app (menu, other screens) keeps working.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The browser console (and, in the desktop app, the log) keeps the details for support.
    console.error('Màn hình gặp lỗi khi hiển thị', error, info.componentStack);
    forgetEverything();
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const retry = () => this.setState({ error: null });
    // The same words without the icon while its code arrives, or if it cannot (the failure may
    // be that the app's files changed under an open window).
    const plain = <PlainErrorView onRetry={retry} />;
    return (
      <ViewLoadBoundary fallback={plain}>
        <Suspense fallback={plain}>
          <ScreenErrorView onRetry={retry} />
        </Suspense>
      </ViewLoadBoundary>
    );
  }
}

function PlainErrorView({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="screen-error-plain" role="alert">
      <h3 className="plain-title">{ERROR_TEXT.title}</h3>
      <p className="plain-secondary">{ERROR_TEXT.subTitle}</p>
      <button type="button" className="plain-button primary" onClick={onRetry}>
        {ERROR_TEXT.retry}
      </button>
    </div>
  );
}

class ViewLoadBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback : this.props.children;
  }
}
