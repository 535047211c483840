import type { Status } from '@/lib/domain/token-status';

/**
 * Each status has its own shape as well as its own colour, so the chart reads without colour:
 * circle OK, triangle expiring, square expired, diamond disconnected, dashed circle unknown.
 * Drawn centred on (0, 0), `size` across.
 */
export function StatusShape({ status, size }: { status: Status; size: number }) {
  const r = size / 2;
  const cls = `tl-shape tl-shape--${status}`;
  switch (status) {
    case 'expiring':
      return <polygon class={cls} points={`0,${-r} ${r},${r * 0.8} ${-r},${r * 0.8}`} />;
    case 'expired':
      return <rect class={cls} x={-r * 0.85} y={-r * 0.85} width={r * 1.7} height={r * 1.7} />;
    case 'disconnected':
      return <polygon class={cls} points={`0,${-r} ${r},0 0,${r} ${-r},0`} />;
    case 'unknown':
      return <circle class={`${cls} tl-shape--dashed`} r={r * 0.9} />;
    default:
      return <circle class={cls} r={r * 0.9} />;
  }
}

/** The shape on its own, inline with text (legend, list). Decorative: words beside it say the same. */
export function InlineShape({ status }: { status: Status }) {
  return (
    <svg
      class="tl-inline-shape"
      viewBox="-8 -8 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <StatusShape status={status} size={14} />
    </svg>
  );
}
