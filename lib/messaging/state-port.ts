/**
 * The port pages and content scripts open to hear that the state changed. Kept apart from protocol.ts so that
 * importing it does not pull zod into the popup or a content script.
 */
export const STATE_PORT = 'state-changes';

export interface StateChangedEvent {
  type: 'state-changed';
}
