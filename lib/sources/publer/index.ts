import { SOURCE_METADATA } from '../../domain/source-metadata';
import { bodyMessage, readJson } from '../json';
import { SyncSession } from '../session';
import type { ChannelReport, SourceTool, SyncContext, SyncResult } from '../types';
import { readAccounts, readWorkspaces } from './answers';
import { posts } from './posts';
import { accountsRequest, workspacesRequest } from './requests';

/** Workspaces, then the accounts of each (`Publer-Workspace-Id`). A list only: Publer says nothing of health. */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const first = await session.send(workspacesRequest(ctx.key));
  if (!first.ok) return first.failure;
  const listed = readJson(first.response);
  const refused = session.statusProblem(first.response, bodyMessage(listed));
  if (refused) return refused;
  const workspaces = readWorkspaces(listed);
  if (!workspaces) return session.unreadable(first.response, 'Publer’s workspaces could not be read');
  const channels: ChannelReport[] = [];
  for (const workspace of workspaces) {
    const sent = await session.send(accountsRequest(ctx.key, workspace.id));
    if (!sent.ok) return sent.failure;
    const body = readJson(sent.response);
    const byStatus = session.statusProblem(sent.response, bodyMessage(body));
    if (byStatus) return byStatus;
    const found = readAccounts(body, workspace);
    if (!found) return session.unreadable(sent.response, 'Publer’s accounts could not be read');
    channels.push(...found);
  }
  return session.done(channels);
}

export const publer: SourceTool = {
  ...SOURCE_METADATA.publer,
  // A list only: a channel that vanished was removed from Publer.
  vanished: 'gone',
  reconnectUrl: () => 'https://app.publer.com/',
  validate: sync,
  sync,
  posts,
};
