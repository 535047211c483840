/** Small inline icons. Decorative: the text beside them always says the same thing. */
const PATHS = {
  ok: 'M6.2 11.2 2.8 7.8l-1.4 1.4 4.8 4.8 8.4-8.4-1.4-1.4z',
  expiring:
    'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 3a5 5 0 1 1 0 10A5 5 0 0 1 8 3zm-.75 1.5h1.5v3.2l2.2 1.3-.75 1.3-2.95-1.75z',
  expired: 'M8 1.5 15 14H1zm-.8 4.5v4h1.6V6zm0 5.2v1.6h1.6v-1.6z',
  disconnected:
    'M3.3 2.2 2.2 3.3l2.3 2.3-2 2a3 3 0 0 0 4.2 4.3l2-2 2.5 2.4 1.1-1.1zm3.6 8.5a1.5 1.5 0 0 1-2.1-2.1l2-2 2.1 2.1zm6.6-3.3-2 2-1.1-1.1 2-2a1.5 1.5 0 0 0-2.1-2.1l-2 2-1.1-1.1 2-2a3 3 0 0 1 4.3 4.3z',
  unknown:
    'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zm.8 10.3H7.2v-1.5h1.6zm1.6-5.1c-.3.6-.8.9-1.2 1.2-.4.3-.4.4-.4.9H7.2c0-1 .3-1.4.9-1.9.4-.3.7-.5.7-.9s-.4-.8-.9-.8-.9.4-.9.9H5.4a2.6 2.6 0 0 1 5.2-.1c0 .3 0 .5-.2.7z',
  stale: 'M8 1.5 15 14H1zm-.8 4.5v4h1.6V6zm0 5.2v1.6h1.6v-1.6z',
  snoozed: 'M9.5 1.5a6.5 6.5 0 1 0 5 10.7A5.5 5.5 0 0 1 9.5 1.5z',
  external: 'M9 2h5v5h-1.5V4.6L7.6 9.5 6.5 8.4l4.9-4.9H9zM3 4h4v1.5H3.5v7h7V9H12v5H2V4z',
  refresh: 'M13.5 3v4h-4l1.6-1.6A4 4 0 1 0 12 9.5h1.5A5.5 5.5 0 1 1 12.2 4.3z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg
      class={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" fill-rule="evenodd" d={PATHS[name]} />
    </svg>
  );
}
