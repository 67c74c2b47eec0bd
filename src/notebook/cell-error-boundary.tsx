import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface CellErrorBoundaryProps {
  children: ReactNode;
  /** Shown instead of the children after they throw. */
  message: string;
  retryLabel: string;
  /**
   * Subscribes to changes of the cell's inputs (the lesson store); after a
   * crash, the next change tries the cell again, so a cell recovers by itself
   * once its input is fixed. Returns the unsubscribe.
   */
  subscribe?: (onChange: () => void) => () => void;
}

interface BoundaryState {
  error: Error | null;
}

/** Catches a cell body's render errors so the rest of the notebook keeps working. */
export class CellErrorBoundary extends Component<CellErrorBoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private unsubscribe: (() => void) | null = null;

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Anomaly Lab: a cell crashed', error, info.componentStack);
    this.unsubscribe?.();
    this.unsubscribe = this.props.subscribe?.(this.retry) ?? null;
  }

  componentWillUnmount(): void {
    this.unsubscribe?.();
  }

  private readonly retry = () => {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="cell-error" role="alert">
        <p className="cell-error__message">{this.props.message}</p>
        <pre className="cell-error__detail">{error.message}</pre>
        <button type="button" className="btn btn--small" onClick={this.retry}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
