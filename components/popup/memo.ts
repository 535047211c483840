import { Component, type ComponentChild, type FunctionComponent, h } from 'preact';

/**
 * `memo` without preact/compat (which a popup would otherwise load whole, 5.6 kB minified, for this one
 * function): the component renders again only when a prop changed (shallow `===`, as compat's `memo`).
 * Context changes (the language) still reach it, as they do through compat's.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memoed extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const incoming = next as Record<string, unknown>;
      for (const key in prev) if (!(key in incoming)) return true;
      for (const key in incoming) if (prev[key] !== incoming[key]) return true;
      return false;
    }
    override render(props: P): ComponentChild {
      return h(render, props);
    }
  }
  return Memoed as unknown as FunctionComponent<P>;
}
