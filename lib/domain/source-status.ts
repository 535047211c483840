import type { Profile } from './profile';
import type { Reason } from './reasons';
import type { Settings } from './settings';
import type { Status } from './token-status';

const DAY_MS = 86_400_000;

export interface SourceStatus {
  status: Status;
  reason?: Reason;
  /** The tool's own expiry; absent when it gave none (it then keeps the connection alive itself). */
  expiresAt?: Date;
  changesAt?: Date;
  /** The tool no longer lists the channel: left out of the badge, banners and notifications. */
  gone: boolean;
}

/**
 * The status a publishing tool's word gives a profile, or `undefined` when no tool speaks for it (no link,
 * or a tool that only lists channels): then dates and live checks decide. The tool's word beats every date
 * guess: a connected channel never turns "expired" by a typed or computed date, only by the tool's own.
 * Pure: `now` is a parameter.
 */
export function sourceStatus(
  profile: Pick<Profile, 'source'>,
  settings: Pick<Settings, 'warnDays'>,
  now: Date,
): SourceStatus | undefined {
  const link = profile.source;
  if (!link || link.state === 'listed') return undefined;
  switch (link.state) {
    case 'gone':
      return { status: 'unknown', reason: 'source-gone', gone: true };
    case 'disconnected':
      return { status: 'disconnected', reason: 'source-disconnected', gone: false };
    case 'connected':
    case 'locked': {
      const notice: Reason | undefined = link.state === 'locked' ? 'source-locked' : undefined;
      if (!link.expiresAt) return { status: 'ok', reason: notice, gone: false };
      const expiresAt = new Date(link.expiresAt);
      const warnFrom = new Date(expiresAt.getTime() - settings.warnDays * DAY_MS);
      if (now >= expiresAt) return { status: 'expired', reason: 'source-expired', expiresAt, gone: false };
      if (now >= warnFrom) {
        return {
          status: 'expiring',
          reason: 'source-expiring',
          expiresAt,
          changesAt: expiresAt,
          gone: false,
        };
      }
      return { status: 'ok', reason: notice, expiresAt, changesAt: warnFrom, gone: false };
    }
  }
}
