import { SOURCE_METADATA } from '../../domain/source-metadata';
import { SyncSession } from '../session';
import type { ChannelReport, SourceTool, SyncContext, SyncResult } from '../types';
import { graphqlData, readChannels, readOrganizations } from './answers';
import { posts } from './posts';
import { channelsRequest, organizationsRequest } from './requests';

/**
 * Organizations, then the channels of each (no pagination). Any failed request fails the whole sync: a
 * partial list would make the missing channels look removed.
 */
async function sync(ctx: SyncContext): Promise<SyncResult> {
  const session = new SyncSession(ctx);
  const first = await session.send(organizationsRequest(ctx.key));
  if (!first.ok) return first.failure;
  const orgData = graphqlData(session, first.response);
  if (!orgData.ok) return orgData.failure;
  const organizations = readOrganizations(orgData.data);
  if (!organizations) return session.unreadable(first.response, 'Buffer’s organizations could not be read');
  const channels: ChannelReport[] = [];
  for (const organization of organizations) {
    const sent = await session.send(channelsRequest(ctx.key, organization.id));
    if (!sent.ok) return sent.failure;
    const data = graphqlData(session, sent.response);
    if (!data.ok) return data.failure;
    const found = readChannels(data.data, organization);
    if (!found) return session.unreadable(sent.response, 'Buffer’s channels could not be read');
    channels.push(...found);
  }
  return session.done(channels);
}

export const buffer: SourceTool = {
  ...SOURCE_METADATA.buffer,
  // Buffer keeps a broken channel listed (`isDisconnected: true`): one that vanished was removed.
  vanished: 'gone',
  reconnectUrl: () => 'https://account.buffer.com/channels',
  // The organizations query is the first request of the sync: it proves the key.
  validate: sync,
  sync,
  posts,
};
