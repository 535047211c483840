import { allPlatforms, apiHostPermissions } from '../../lib/platforms';
import { toolHosts } from './tools';

/** Sites whose pages get banners: the fake world serves fixture pages on them. */
export const SITE_HOSTS = [
  'www.facebook.com',
  'facebook.com',
  'www.linkedin.com',
  'linkedin.com',
  'www.instagram.com',
  'instagram.com',
  'x.com',
  'www.threads.net',
  'threads.net',
] as const;

/** The API hosts live checks call, read from the platform registry (so a new platform is mapped too). */
export function apiHosts(): string[] {
  return apiHostPermissions().map((pattern) => new URL(pattern.replace(/\*$/, '')).hostname);
}

/** Hosts of the platforms' manage-access pages (reconnect links open there). */
export function manageAccessHosts(): string[] {
  return allPlatforms().map((p) => new URL(p.manageAccessUrl).hostname);
}

/** Every real hostname the browser under test must reach only through the fake world. */
export function worldHosts(): string[] {
  return [...new Set([...apiHosts(), ...SITE_HOSTS, ...manageAccessHosts(), ...toolHosts()])].sort();
}
