import type { PlatformId } from './platform-id';
import type { Profile } from './profile';

/** What matching needs of a reported channel. */
interface ChannelIdentity {
  platform?: PlatformId;
  name: string;
  handle?: string;
}

/** Case-, accent- and `@`-insensitive, spaces collapsed: "Café  Acme" and "cafe acme" are the same. */
export function matchKey(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/^@/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export type Match = { profile: Profile } | { tie: number } | undefined;
export type KeyOf = (p: Profile) => { handle: string; name: string };

/** A profile's match keys, worked out once per sync (an answer of 100 channels over 1,000 profiles). */
export function matchKeys(): KeyOf {
  const known = new WeakMap<Profile, { handle: string; name: string }>();
  return (p) => {
    const kept = known.get(p);
    if (kept) return kept;
    const keys = { handle: matchKey(p.handle), name: matchKey(p.name) };
    known.set(p, keys);
    return keys;
  };
}

/**
 * The profile a new channel is, among those of its platform: by handle, else by display name, else by the
 * channel's handle as a name (a profile typed with only a name). A profile whose handle differs from the
 * channel's is another account and never matches by name. Two or more at the first key that finds any: a
 * tie, and none is linked (linking the wrong one would move notes and dates to another account).
 */
export function findMatch(profiles: Iterable<Profile>, channel: ChannelIdentity, keyOf: KeyOf): Match {
  const handle = matchKey(channel.handle);
  const same = [...profiles].filter((p) => p.platform === channel.platform);
  const keys: ((p: Profile) => boolean)[] = [];
  if (handle) keys.push((p) => keyOf(p).handle === handle);
  const free = (p: Profile) => !handle || !keyOf(p).handle;
  const name = matchKey(channel.name);
  keys.push((p) => free(p) && keyOf(p).name === name);
  if (handle) keys.push((p) => free(p) && keyOf(p).name === handle);
  for (const key of keys) {
    const found = same.filter(key);
    if (found.length === 1) return { profile: found[0]! };
    if (found.length > 1) return { tie: found.length };
  }
  return undefined;
}
