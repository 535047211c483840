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

/**
 * API hosts the product no longer calls (no live check means anything there: docs/platforms.md). The world
 * still answers them as the platforms would, so that a check made by mistake would show, and be logged.
 */
export const UNCHECKED_API_HOSTS = ['api.x.com', 'open.tiktokapis.com', 'oauth2.googleapis.com'] as const;

/** Every real hostname the browser under test must reach only through the fake world. */
export function worldHosts(): string[] {
  return [
    ...new Set([
      ...apiHosts(),
      ...UNCHECKED_API_HOSTS,
      ...SITE_HOSTS,
      ...manageAccessHosts(),
      ...toolHosts(),
    ]),
  ].sort();
}
