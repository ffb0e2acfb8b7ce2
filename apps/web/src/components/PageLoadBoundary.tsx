import { Component, type ReactNode } from "react";

interface Props {
  /** What to show when a page's script could not load (it offers to reload). */
  fallback: ReactNode;
  /** Changes with the address: a new page gets a new try. */
  path: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/** What browsers throw when `import()` cannot fetch or run a module (Chromium, Firefox, Safari). */
const LOAD_FAILED = /dynamically imported module|Importing a module script failed/i;

/**
 * A page comes as its own script (see App.tsx): when that script cannot load (the server is out
 * of reach, or was updated since this tab opened and the old script is gone), the page says so
 * and offers to reload, instead of leaving a blank screen. Any other error is not this
 * boundary's to hide.
 */
export class PageLoadBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.path !== this.props.path && this.state.failed) {
      this.setState({ error: null, failed: false });
    }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { error } = this.state;
    if (error instanceof Error && LOAD_FAILED.test(error.message)) return this.props.fallback;
    throw error;
  }
}
