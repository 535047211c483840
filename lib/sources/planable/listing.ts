import { bodyMessage, readJson } from '../json';
import type { SyncFailure, SyncSession } from '../session';
import type { SourceRequest } from '../types';
import { type Listing, readListing } from './answers';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE } from './requests';

export type Read<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

/** Sends one request and reads its JSON; any HTTP failure is the tool's problem, never a verdict. */
export async function readBody(session: SyncSession, request: SourceRequest): Promise<Read<unknown>> {
  const sent = await session.send(request);
  if (!sent.ok) return sent;
  const body = readJson(sent.response);
  // Planable's errors: `{ error: { code, message, requestId } }`; the status says which problem it is.
  const byStatus = session.statusProblem(sent.response, bodyMessage(body));
  if (byStatus) return { ok: false, failure: byStatus };
  if (body === undefined)
    return { ok: false, failure: session.unreadable(sent.response, 'Planable’s answer was not JSON') };
  return { ok: true, value: body };
}

/**
 * Pages of Planable's lists. They are asked `PAGE_SIZE` at a time; the reference declares no maximum for
 * `/pages` and `/posts`, so a 400 (Planable's `VALIDATION_ERROR`) to that size is asked once more at
 * Planable's default size, which is then kept for the rest of the sync.
 */
export class Lister {
  private size: number | undefined = PAGE_SIZE;

  constructor(private readonly session: SyncSession) {}

  async page(
    build: (offset: number, size?: number) => SourceRequest,
    offset: number,
    what: string,
  ): Promise<Read<Listing>> {
    let read = await readBody(this.session, build(offset, this.size));
    if (!read.ok && read.failure.httpStatus === 400 && this.size !== undefined) {
      this.size = undefined;
      read = await readBody(this.session, build(offset));
    }
    if (!read.ok) return read;
    const listing = readListing(read.value, this.size ?? DEFAULT_PAGE_SIZE);
    if (!listing) return { ok: false, failure: this.fail(`Planable’s ${what} could not be read`) };
    return { ok: true, value: listing };
  }

  /** An answer whose list is there but not readable. */
  fail(detail: string): SyncFailure {
    return this.session.fail('unreadable', detail);
  }
}
