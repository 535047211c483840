import { displayName, normaliseHandle } from '../handle';
import { idField, isRecord, textField } from '../json';
import { LIST_ONLY_SPELLINGS } from '../list-only';
import { platformOfService } from '../service-platform';
import type { ChannelReport } from '../types';

const KINDS: Record<string, ChannelReport['kind']> = {
  'linkedin-page': 'page',
  facebook: 'page',
  youtube: 'channel',
};

/**
 * Postiz integrations. Its public answer carries no connection health (its internal `refreshNeeded` and
 * `inBetweenSteps` are not in it, docs/publishing-tools.md), so every channel is `unknown`: a channel that
 * needs reconnecting looks exactly like a healthy one. One Postiz has `disabled` is a notice (posts to it
 * are not sent), never a verdict either way. The `customer` (Postiz's grouping of channels) is the organization.
 */
export function readIntegrations(body: unknown): ChannelReport[] | undefined {
  if (!Array.isArray(body)) return undefined;
  const channels: ChannelReport[] = [];
  for (const entry of body) {
    if (!isRecord(entry)) return undefined;
    const id = idField(entry, 'id');
    if (!id) return undefined;
    const service = textField(entry, 'identifier') ?? 'unknown';
    const handle = normaliseHandle(textField(entry, 'profile'));
    const customer = isRecord(entry.customer) ? entry.customer : undefined;
    const customerId = customer ? idField(customer, 'id') : undefined;
    const kind = KINDS[service.toLowerCase()];
    channels.push({
      externalId: id,
      service,
      platform: platformOfService(service, LIST_ONLY_SPELLINGS),
      name: displayName(textField(entry, 'name') ?? textField(entry, 'profile') ?? id),
      ...(handle ? { handle } : {}),
      ...(kind ? { kind } : {}),
      state: 'unknown',
      ...(entry.disabled === true ? { notices: ['disabled' as const] } : {}),
      ...(customer && customerId
        ? { organization: { id: customerId, name: displayName(textField(customer, 'name') ?? customerId) } }
        : {}),
    });
  }
  return channels;
}
