import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { SourceTool, SyncContext, SyncResult } from '../types';
import { readSocialProfiles } from './answers';
import { profilesRequest } from './requests';

/**
 * One request with a live access token (`ctx.key`): the background (lib/background/source-hootsuite-auth.ts)
 * refreshes the token before, inside the tool's one running sync.
 */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const sent = await session.send(profilesRequest(ctx.key));
  if (!sent.ok) return sent.failure;
  const { response } = sent;
  const body = readJson(response);
  // With a token refreshed moments ago, a 401 means the grant was revoked (the app removed, the member
  // gone): only signing in again helps, never "replace the key" (there is none to paste).
  if (response.status === 401) {
    return session.fail(
      'connect-again',
      `HTTP 401, the sign-in was refused: ${bodyMessage(body) ?? 'no message'}`,
      {
        httpStatus: 401,
      },
    );
  }
  const byStatus = session.statusProblem(response, bodyMessage(body));
  if (byStatus) return byStatus;
  const channels = readSocialProfiles(body);
  if (!channels) return session.unreadable(response, 'Hootsuite’s answer was not the expected profile list');
  return session.done(channels);
}

export const hootsuite: SourceTool = {
  ...SOURCE_METADATA.hootsuite,
  // Hootsuite keeps a profile that needs reconnecting listed with `isReauthRequired: 1`, so one that leaves
  // the list was removed.
  vanished: 'gone',
  // Unsourced: no per-profile page is documented; the dashboard is where its owner reconnects.
  reconnectUrl: () => 'https://hootsuite.com/dashboard',
  validate: sync,
  sync,
};
