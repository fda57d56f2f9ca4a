import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** What is shown instead of the children once they threw; `retry` draws them again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** A new value (the next document, say) draws the children again: the failure may be gone. */
  resetKey?: unknown;
  onError?: (error: unknown) => void;
};

type State = { error: unknown; failed: boolean; resetKey: unknown };

/** Catches what its children throw while drawing, so one broken part never blanks the whole editor. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the user sees the fallback.
    console.error(error, info.componentStack);
    this.props.onError?.(error);
  }

  private retry = () => this.setState({ error: undefined, failed: false });

  render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}

/** The error's own words, short: enough for a bug report, not a stack trace. */
export function getErrorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
