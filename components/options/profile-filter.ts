import type { PlatformId } from '@/lib/domain/platform-id';
import type { Status } from '@/lib/domain/token-status';
import type { ProfileView } from '@/lib/messaging/views';

export interface ProfileFilter {
  query: string;
  platform: PlatformId | '';
  status: Status | '';
}

export const NO_FILTER: ProfileFilter = { query: '', platform: '', status: '' };

/** Profiles whose name, handle or publisher contains the query, on the platform and with the status. */
export function filterProfiles<T extends ProfileView>(profiles: readonly T[], filter: ProfileFilter): T[] {
  const query = filter.query.trim().toLocaleLowerCase();
  return profiles.filter(
    (p) =>
      (!filter.platform || p.platform === filter.platform) &&
      (!filter.status || p.status === filter.status) &&
      (!query || [p.name, p.handle, p.publisher].some((field) => field?.toLocaleLowerCase().includes(query))),
  );
}
