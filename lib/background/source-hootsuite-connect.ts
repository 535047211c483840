import { browser } from 'wxt/browser';
import type { SourceRecord } from '../domain/source-record';
import type { RequestOf, ResponseMap } from '../messaging/protocol';
import type { SourceRefusal } from '../messaging/source-views';
import { sourceTool } from '../sources';
import { openGrant, sealGrant } from '../sources/hootsuite/grant';
import { readAuthorizeRedirect, readTokenAnswer } from '../sources/hootsuite/oauth';
import { authorizeUrl, codeExchangeRequest, type HootsuiteClient } from '../sources/hootsuite/requests';
import { getSource, putSource, sourceKeyId, updateSource } from '../storage/source-repository';
import { getToken, putToken } from '../storage/token-vault';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { sourceDeps, sourceViewOf } from './source-handlers';
import { syncSource } from './source-sync';
import { translate } from './translate';

type Answer = ResponseMap['hootsuite-connect'];

function refusal(problem: string, detail: string): Answer {
  return { refused: { tool: 'hootsuite', toolName: 'Hootsuite', problem, detail } satisfies SourceRefusal };
}

/** 128 random bits as hex: the `state` nonce that ties the sign-in's answer to this very request. */
function nonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The app a connected Hootsuite was connected with (read in the background, never sent to a page). */
async function storedClient(source: SourceRecord | undefined): Promise<HootsuiteClient | undefined> {
  if (!source) return undefined;
  let stored: string | undefined;
  try {
    stored = await getToken(sourceKeyId(source.id));
  } catch {
    return undefined;
  }
  const grant = stored === undefined ? undefined : openGrant(stored);
  return grant && { clientId: grant.clientId, clientSecret: grant.clientSecret };
}

async function identityAllowed(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['identity'] });
  } catch {
    return false;
  }
}

/** The browser's sign-in window: the address it was sent back to, or `undefined` when it was closed or failed. */
async function signIn(url: string): Promise<string | undefined> {
  try {
    return await browser.identity.launchWebAuthFlow({ url, interactive: true });
  } catch {
    return undefined;
  }
}

/**
 * Connects Hootsuite, or connects it again (`id`): the person signs in through their own app in the browser's
 * sign-in window, the code comes back to the extension's redirect URL with our `state`, and the code is
 * exchanged here, in the background: the client secret and the tokens never reach a page. The grant is stored
 * in the vault (one record), then the first sync runs. A refusal stores nothing.
 */
export async function connectHootsuite(
  { clientId, clientSecret, id }: RequestOf<'hootsuite-connect'>,
  ctx: HandlerContext,
): Promise<Answer> {
  const existing = id ? await getSource(id) : undefined;
  if (id && existing?.tool !== 'hootsuite') throw new HandlerError(translate('i18n_errorToolGone'));
  const client = clientId && clientSecret ? { clientId, clientSecret } : await storedClient(existing);
  if (!client) return refusal('client-missing', 'No client id and secret for the Hootsuite app');
  // Asked for by the page, at the click; without it there is no sign-in window to open.
  if (!(await identityAllowed())) {
    return refusal('identity-refused', 'The browser did not allow the sign-in window');
  }
  const redirectUri = browser.identity.getRedirectURL();
  const state = nonce();
  const redirected = await signIn(authorizeUrl(client.clientId, redirectUri, state));
  if (!redirected) return refusal('sign-in-closed', 'The sign-in window was closed or failed');
  const back = readAuthorizeRedirect(redirected, { state, redirectUri });
  if (!back.ok) return refusal(back.reason, `The sign-in came back unusable (${back.reason})`);
  const deps = sourceDeps(ctx);
  // Sent once: a code used twice makes Hootsuite revoke what the first use gave.
  const sent = await deps.perform(codeExchangeRequest(client, back.code, redirectUri));
  if (!sent.ok) return refusal(sent.kind, `No answer from Hootsuite for the sign-in (${sent.kind})`);
  const answer = readTokenAnswer(sent.response, deps.now());
  if (!answer.ok) {
    // At connect, a refused grant is the app's id or secret (or a code that expired): say so.
    return refusal(answer.problem === 'connect-again' ? 'client-refused' : answer.problem, answer.detail);
  }
  const now = deps.now();
  const grant = sealGrant({ ...client, ...answer.tokens });
  const sourceId = existing ? existing.id : crypto.randomUUID();
  // The grant first: a record without it would be a broken tool.
  await putToken(sourceKeyId(sourceId), grant, now);
  if (existing) {
    // A new generation: a sync in flight with the old grant writes nothing. The last sync's problem goes
    // with the old grant (a "connect again" would otherwise keep the new one from being used).
    const bumped = await updateSource(sourceId, ({ retry: _r, lastSync: _l, ...s }) => ({
      ...s,
      generation: s.generation + 1,
    }));
    if (!bumped) throw new HandlerError(translate('i18n_errorToolGone'));
  } else {
    const source: SourceRecord = {
      id: sourceId,
      tool: 'hootsuite',
      label: sourceTool('hootsuite').displayName,
      createdAt: now.toISOString(),
      generation: 0,
      counts: { profiles: 0, notTracked: 0 },
    };
    await putSource(source);
  }
  await syncSource(sourceId, deps, 'now');
  return { source: await sourceViewOf(sourceId) };
}
