import type { PlatformId } from '../domain/platform-id';

/** The names almost every tool gives the networks we track (compared in lower case). */
const COMMON: Readonly<Record<string, PlatformId>> = {
  facebook: 'facebook',
  instagram: 'instagram',
  linkedin: 'linkedin',
  twitter: 'x',
  x: 'x',
  threads: 'threads',
  pinterest: 'pinterest',
  tiktok: 'tiktok',
  youtube: 'youtube',
};

/**
 * The tracked platform a tool's service name stands for, or `null`: a network we do not track, kept as a "not
 * tracked" channel, never a failure. Compared in lower case; `spellings` are the tool's own other names
 * (Buffer's `googlebusiness`, Ayrshare's `gmb`…). Own keys only: a service called `constructor` is not tracked.
 */
export function platformOfService(
  service: string,
  spellings: Readonly<Record<string, PlatformId>> = {},
): PlatformId | null {
  const name = service.toLowerCase();
  if (Object.hasOwn(spellings, name)) return spellings[name]!;
  return Object.hasOwn(COMMON, name) ? COMMON[name]! : null;
}
