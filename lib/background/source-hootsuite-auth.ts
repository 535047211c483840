import type { SourceRecord } from '../domain/source-record';
import type { Perform, SourceTool, SyncFailure, SyncResult } from '../sources';
import { type HootsuiteGrant, needsRefresh, openGrant, sealGrant } from '../sources/hootsuite/grant';
import { readTokenAnswer } from '../sources/hootsuite/oauth';
import { refreshRequest } from '../sources/hootsuite/requests';
import { sourceKeyId } from '../storage/source-repository';
import { swapToken } from '../storage/token-swap';
import { openStoredToken } from '../storage/token-vault';

export interface AccessDeps {
  perform: Perform;
  now: () => Date;
  /** True once a stop refused a request of this sync: that request was never sent. */
  refused?: () => boolean;
  /** `false` when the device knows it is offline (a refresh is then not even sent). */
  online?: () => boolean;
}

/**
 * A Hootsuite sync: a live access token, then the profile list. A token refused although it was not yet due
 * for a refresh (a device clock running late, an access token Hootsuite ended early) gets one forced refresh
 * and one more try, never more.
 */
export async function syncHootsuite(
  source: SourceRecord,
  tool: SourceTool,
  deps: AccessDeps,
): Promise<SyncResult> {
  const online = deps.online ?? (() => globalThis.navigator?.onLine !== false);
  const ask = async (force: boolean, before: number): Promise<SyncResult> => {
    const access = await hootsuiteAccess(source, { ...deps, online }, force);
    if (!access.ok) return { ...access, requests: access.requests + before };
    const result = await tool.sync({ key: access.key, perform: deps.perform, now: deps.now() });
    const requests = before + access.requests + result.requests;
    if (!force && access.requests === 0 && !result.ok && result.problem === 'connect-again')
      return ask(true, requests);
    return { ...result, requests };
  };
  return ask(false, 0);
}

/** `requests`: how many were sent to get it (the refresh, or none). */
export type Access = { ok: true; key: string; requests: number } | SyncFailure;

const connectAgain = (detail: string, requests = 0): Access => ({
  ok: false,
  problem: 'connect-again',
  detail,
  requests,
});
const passing = (problem: 'network', detail: string, requests = 0): Access => ({
  ok: false,
  problem,
  detail,
  requests,
});

/**
 * The access token a Hootsuite sync sends, refreshed first when it is about to end. Runs inside the tool's one
 * running sync (`syncSource` shares a run per tool), so two refreshes never race on a single-use refresh token.
 *
 * The rules (docs/publishing-tools.md, Hootsuite): the new pair is stored in ONE vault write, right after the
 * answer, before any other request; an answer lost after the refresh was sent (the old refresh token may be
 * spent) and `invalid_grant` both mean "connect Hootsuite again", and from then on nothing is sent until the
 * person does (never a loop); a refresh not sent (offline, a stopped sync) is only a passing problem.
 */
export async function hootsuiteAccess(
  source: SourceRecord,
  deps: AccessDeps,
  force = false,
): Promise<Access> {
  // The last sync found the grant dead: only signing in again (a new generation, no `lastSync`) revives it.
  if (source.lastSync?.problem === 'connect-again') {
    return connectAgain('Waiting for Hootsuite to be connected again');
  }
  const id = sourceKeyId(source.id);
  let stored: Awaited<ReturnType<typeof openStoredToken>>;
  try {
    stored = await openStoredToken(id);
  } catch {
    stored = undefined;
  }
  const grant = stored?.token === undefined ? undefined : openGrant(stored.token);
  if (!stored || !grant) return connectAgain('The stored Hootsuite sign-in could not be read');
  const now = deps.now();
  if (!force && !needsRefresh(grant, now)) return { ok: true, key: grant.accessToken, requests: 0 };
  if (deps.online?.() === false)
    return passing('network', 'Offline: the Hootsuite sign-in was not refreshed');
  return refresh(id, stored.generation, grant, deps);
}

async function refresh(
  id: string,
  generation: string,
  grant: HootsuiteGrant,
  deps: AccessDeps,
): Promise<Access> {
  let sent: Awaited<ReturnType<Perform>>;
  try {
    sent = await deps.perform(refreshRequest(grant, grant.refreshToken));
  } catch {
    sent = { ok: false, kind: 'network', detail: 'The refresh request failed' };
  }
  if (!sent.ok) {
    // A stop refused it before it left: the sync writes nothing, the old refresh token is still good.
    if (deps.refused?.()) return passing('network', 'Not sent: the sync was stopped');
    return connectAgain(
      sent.kind === 'timeout'
        ? 'The answer to the Hootsuite token refresh never came: the sign-in may be used up'
        : 'The answer to the Hootsuite token refresh was lost: the sign-in may be used up',
      1,
    );
  }
  const answer = readTokenAnswer(sent.response, deps.now());
  if (!answer.ok) return { ...answer, requests: 1 };
  const next = sealGrant({ ...grant, ...answer.tokens });
  // The one write, before anything else is sent. If the person signed in again meanwhile, theirs stays.
  let stored: boolean;
  try {
    stored = await swapToken(id, next, generation, deps.now());
  } catch {
    // The new pair exists only in this answer, and the old refresh token is spent.
    return connectAgain('The new Hootsuite sign-in could not be stored', 1);
  }
  if (!stored) return passing('network', 'Hootsuite was connected again meanwhile', 1);
  return { ok: true, key: answer.tokens.accessToken, requests: 1 };
}
