import { platform } from '../platforms';
import type { Profile } from './profile';

/**
 * A profile as its status sees it: without live answers on a platform that has no live check (X, TikTok,
 * YouTube, Google Business Profile). Earlier versions checked those tokens, and their answers proved
 * nothing about the publishing tool's connection (a 1-hour Google token reads "invalid" after its hour),
 * so a stored "disconnected" or "couldn't check" from then must not stay on the profile forever.
 */
export function withoutUncheckedAnswers(profile: Profile): Profile {
  if (platform(profile.platform).liveCheck || (!profile.lastCheck && !profile.lastVerdict)) return profile;
  const { lastCheck: _check, lastVerdict: _verdict, ...rest } = profile;
  return rest;
}
