import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a failed boundary tries its children again. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey?: string;
}

/** Catches rendering errors below it and shows a calm DKFDS alert with a retry instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorAlert onRetry={() => this.setState({ failed: false })} /> : this.props.children;
  }
}
