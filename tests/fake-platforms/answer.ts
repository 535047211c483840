/** One HTTP answer of the fake world. A string body is sent as is; anything else as JSON. */
export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Do the work, then destroy the socket instead of answering (an answer lost on the way back). */
  drop?: true;
}

/** What a request asked for, in the platform's own terms. */
export type Endpoint = 'me' | 'debug-token';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8', ...headers }, body };
}
