import { SOURCE_METADATA } from '../../domain/source-metadata';
import { instanceBase } from '../base-url';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type {
  ChannelReport,
  SourceRequest,
  SourceResponse,
  SourceTool,
  SyncContext,
  SyncResult,
} from '../types';
import { readAccounts, readList, readWorkspaces, type Workspace } from './answers';
import { accountsRequest, nextPageRequest, workspacesRequest } from './requests';

/** Pages one list may take before we call the answer unreadable (a link loop must not be a request storm). */
const MAX_PAGES = 20;

type SyncFailure = Extract<SyncResult, { ok: false }>;
type ListResult = { ok: true; items: unknown[] } | { ok: false; failure: SyncFailure };

/** Every page of one list; any failed page fails the sync (a partial list makes accounts look removed). */
async function readAllPages(
  session: SyncSession,
  key: string,
  base: string,
  first: SourceRequest,
): Promise<ListResult> {
  const items: unknown[] = [];
  let request: SourceRequest | undefined = first;
  for (let page = 0; request; page += 1) {
    if (page === MAX_PAGES)
      return { ok: false, failure: session.fail('unreadable', `Mixpost sent more than ${MAX_PAGES} pages`) };
    const sent = await session.send(request);
    if (!sent.ok) return sent;
    const response: SourceResponse = sent.response;
    const body = readJson(response);
    const byStatus = session.statusProblem(response, bodyMessage(body));
    if (byStatus) return { ok: false, failure: byStatus };
    const list = readList(body);
    if (!list)
      return {
        ok: false,
        failure: session.unreadable(response, 'Mixpost’s answer was not the expected list'),
      };
    items.push(...list.items);
    request = list.next ? nextPageRequest(key, base, list.next) : undefined;
    if (list.next && !request) {
      return { ok: false, failure: session.unreadable(response, 'Mixpost linked to a next page elsewhere') };
    }
  }
  return { ok: true, items };
}

/**
 * The workspaces to read: the one the person named, else Mixpost's list. Mixpost Pro 4 has no list route
 * (its 404 means "give the workspace's UUID", not a wrong address: docs/publishing-tools.md, Mixpost).
 */
async function workspacesOf(
  session: SyncSession,
  ctx: SyncContext,
  base: string,
): Promise<{ ok: true; workspaces: Workspace[] } | { ok: false; failure: SyncFailure }> {
  if (ctx.workspace) return { ok: true, workspaces: [{ id: ctx.workspace, name: ctx.workspace }] };
  const listed = await readAllPages(session, ctx.key, base, workspacesRequest(ctx.key, base));
  if (!listed.ok) {
    if (listed.failure.httpStatus !== 404) return listed;
    const failure = session.fail(
      'no-workspace-list',
      'HTTP 404 on the workspace list: this Mixpost has none, enter the workspace’s UUID',
      { httpStatus: 404 },
    );
    return { ok: false, failure };
  }
  const workspaces = readWorkspaces(listed.items);
  if (!workspaces)
    return { ok: false, failure: session.fail('unreadable', 'Mixpost’s workspaces could not be read') };
  return { ok: true, workspaces };
}

/** Workspaces, then the accounts of each; `authorized` is Mixpost's word on the connection. */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const base = instanceBase(ctx.baseUrl, '/mixpost');
  if (!base)
    return session.fail(
      'bad-address',
      'The Mixpost address must be an https address, like https://social.example.com',
    );
  const found = await workspacesOf(session, ctx, base);
  if (!found.ok) return found.failure;
  const { workspaces } = found;
  const channels: ChannelReport[] = [];
  for (const workspace of workspaces) {
    const accounts = await readAllPages(session, ctx.key, base, accountsRequest(ctx.key, base, workspace.id));
    if (!accounts.ok) return accounts.failure;
    const read = readAccounts(accounts.items, workspace);
    if (!read) return session.fail('unreadable', 'Mixpost’s accounts could not be read');
    channels.push(...read);
  }
  return session.done(channels);
}

export const mixpost: SourceTool = {
  ...SOURCE_METADATA.mixpost,
  // Mixpost keeps a broken account listed (`authorized: false`): one that vanished was removed.
  vanished: 'gone',
  reconnectUrl: (baseUrl) => {
    const base = instanceBase(baseUrl, '/mixpost');
    return base ?? 'https://docs.mixpost.app/';
  },
  validate: sync,
  sync,
};
