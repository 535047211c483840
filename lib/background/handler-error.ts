import type { FieldIssue } from '../messaging/views';

/** An error whose message is meant for the person: shown as is by pages. Never holds a token. */
export class HandlerError extends Error {
  constructor(
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}
