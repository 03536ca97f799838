import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

interface State {
  failed: boolean;
}

/** Catches rendering errors below it and shows a calm DKFDS alert with a retry instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorAlert onRetry={() => this.setState({ failed: false })} /> : this.props.children;
  }
}
