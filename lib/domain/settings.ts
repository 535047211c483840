import { z } from 'zod/mini';

export const BANNER_SITES = ['facebook', 'linkedin', 'instagram', 'x', 'threads'] as const;
export type BannerSite = (typeof BANNER_SITES)[number];

const wholeNumber = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const TIMELINE_RANGES = [30, 60, 90] as const;

/**
 * One on/off per banner site, every site and no other: what `z.record(z.enum(BANNER_SITES), …)` checks, as
 * a strict object (zod's record code would cost every bundle that parses settings 2 kB more).
 */
const bannerSwitches = z.strictObject(
  Object.fromEntries(BANNER_SITES.map((site) => [site, z.boolean()])) as Record<
    BannerSite,
    z.ZodMiniBoolean<boolean>
  >,
);

export const settingsSchema = z.object({
  /** Days before expiry when a profile counts as expiring (docs/platforms.md: peers use 7). */
  warnDays: wholeNumber(1, 60),
  /** Minutes between periodic checks. */
  checkIntervalMinutes: wholeNumber(15, 24 * 60),
  notifications: z.boolean(),
  /** Banners also show profiles that expire within this many days. */
  bannerDays: wholeNumber(0, 30),
  banners: bannerSwitches,
  /** Days the options page's timeline looks ahead. A default, so a page that predates it still saves. */
  timelineDays: z._default(z.literal(TIMELINE_RANGES), 60),
  /** A Monday-morning notification of what ends this week and what is broken. Off unless asked for. */
  weeklyDigest: z._default(z.boolean(), false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  warnDays: 7,
  checkIntervalMinutes: 60,
  notifications: true,
  bannerDays: 3,
  banners: { facebook: true, linkedin: true, instagram: true, x: true, threads: true },
  timelineDays: 60,
  weeklyDigest: false,
};

/** Reads stored settings, keeping every valid field and falling back to defaults for the rest. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const input = raw as Record<string, unknown>;
  const result: Settings = { ...DEFAULT_SETTINGS, banners: { ...DEFAULT_SETTINGS.banners } };
  const keys = [
    'warnDays',
    'checkIntervalMinutes',
    'notifications',
    'bannerDays',
    'timelineDays',
    'weeklyDigest',
  ] as const;
  for (const key of keys) {
    // Absent fields are left to the defaults above (a `_default` schema would fill them in as well).
    if (input[key] === undefined) continue;
    const field = settingsSchema.shape[key].safeParse(input[key]);
    if (field.success) Object.assign(result, { [key]: field.data });
  }
  const banners = input.banners;
  if (typeof banners === 'object' && banners !== null) {
    for (const site of BANNER_SITES) {
      const value = (banners as Record<string, unknown>)[site];
      if (typeof value === 'boolean') result.banners[site] = value;
    }
  }
  return result;
}
