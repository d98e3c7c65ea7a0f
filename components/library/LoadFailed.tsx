'use client';

import { Component, type ReactNode } from 'react';

export interface LoadFailedProps {
  /**
   * Shown instead of `children` if they throw (a chunk that could not be fetched, offline); a
   * function gets what was thrown.
   */
  fallback: ReactNode | ((error: unknown) => ReactNode);
  children: ReactNode;
}

/**
 * Keeps a part whose code is fetched on demand (React.lazy) from taking the page down with it
 * when the fetch fails: the page goes on without that part (`fallback`) instead of showing the
 * site's error page. React has error boundaries as classes only.
 */
export class LoadFailed extends Component<LoadFailedProps, { failed: { error: unknown } | null }> {
  override state: { failed: { error: unknown } | null } = { failed: null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: { error } };
  }

  override render() {
    const { failed } = this.state;
    if (!failed) return this.props.children;
    const { fallback } = this.props;
    return typeof fallback === 'function' ? fallback(failed.error) : fallback;
  }
}
