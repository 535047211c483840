/**
 * The fictional agency of the store screenshots: Harbor Lane Studio, which posts for a bike shop, a dental
 * practice, a yoga studio and a bakery. Every name, handle and token here is made up.
 */
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Imported profiles (the README's import format). Tokens are the fake world's, set up by the test. */
export const STORE_PROFILES = [
  {
    platform: 'facebook',
    name: 'Kestrel Cycles',
    kind: 'page',
    handle: 'kestrelcycles',
    publisher: 'Circleboom Publish',
    connectedAt: inDays(-50),
    expiresAt: inDays(10),
    accessToken: 'EAAB-STORE-KESTREL',
  },
  {
    platform: 'instagram',
    name: 'Kestrel Cycles',
    kind: 'business',
    handle: 'kestrel.cycles',
    publisher: 'Circleboom Publish',
    connectedAt: inDays(-55),
    expiresAt: inDays(5),
  },
  {
    platform: 'facebook',
    name: 'Marigold Dental',
    kind: 'page',
    handle: 'marigolddental',
    publisher: 'Hootsuite',
    connectedAt: inDays(-62),
    expiresAt: inDays(-2),
  },
  {
    platform: 'threads',
    name: 'Northwind Yoga',
    kind: 'user',
    handle: 'northwind.yoga',
    publisher: 'Circleboom Publish',
    connectedAt: inDays(-22),
    expiresAt: inDays(38),
    accessToken: 'THQW-STORE-NORTHWIND',
  },
  {
    platform: 'pinterest',
    name: 'Northwind Yoga',
    kind: 'business',
    publisher: 'Hootsuite',
    connectedAt: inDays(-8),
    expiresAt: inDays(52),
  },
  {
    platform: 'linkedin',
    name: 'Harbor Lane Studio',
    kind: 'organization',
    handle: 'harbor-lane-studio',
    connectedAt: inDays(-36),
    expiresAt: inDays(24),
  },
] as const;

export const STORE_KEY = 'BUFFER-STORE-SCREENSHOT-KEY';

/** The studio's Buffer channels: the bakery's Facebook page broken in Buffer, the rest fine. */
export const STORE_CHANNELS = [
  {
    id: 'ch-lindenhof-fb',
    service: 'facebook',
    name: 'Lindenhof Bakery',
    handle: 'lindenhofbakery',
    state: 'disconnected',
  },
  { id: 'ch-lindenhof-ig', service: 'instagram', name: 'Lindenhof Bakery', handle: 'lindenhof.bakery' },
  { id: 'ch-marigold-li', service: 'linkedin', name: 'Marigold Dental', handle: 'marigold-dental' },
] as const;
