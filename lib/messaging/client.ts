import { browser } from 'wxt/browser';
import type { RequestOf, RequestType, Response, ResponseMap } from './protocol';
import type { FieldIssue } from './views';

export class RequestError extends Error {
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Sends a typed request to the background and returns its data, or throws a RequestError. */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseMap[T]> {
  const response = (await browser.runtime.sendMessage(request)) as Response<T> | undefined;
  if (!response) throw new RequestError('The background did not answer.');
  if (!response.ok) throw new RequestError(response.error, response.issues);
  return response.data;
}
