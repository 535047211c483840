import { z } from 'zod/mini';

export const BANNER_SITES = ['facebook', 'linkedin', 'instagram', 'x', 'threads'] as const;
export type BannerSite = (typeof BANNER_SITES)[number];

const wholeNumber = (min: number, max: number) =>
  z
    .int({ error: `Must be a whole number from ${min} to ${max}` })
    .check(z.gte(min, `Too small: at least ${min}`), z.lte(max, `Too large: at most ${max}`));

export const settingsSchema = z.object({
  /** Days before expiry when a profile counts as expiring (PLATFORMS.md: peers use 7). */
  warnDays: wholeNumber(1, 60),
  /** Minutes between periodic checks. */
  checkIntervalMinutes: wholeNumber(15, 24 * 60),
  notifications: z.boolean(),
  /** Banners also show profiles that expire within this many days. */
  bannerDays: wholeNumber(0, 30),
  banners: z.record(z.enum(BANNER_SITES), z.boolean()),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  warnDays: 7,
  checkIntervalMinutes: 60,
  notifications: true,
  bannerDays: 3,
  banners: { facebook: true, linkedin: true, instagram: true, x: true, threads: true },
};

/** Reads stored settings, keeping every valid field and falling back to defaults for the rest. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const input = raw as Record<string, unknown>;
  const result: Settings = { ...DEFAULT_SETTINGS, banners: { ...DEFAULT_SETTINGS.banners } };
  for (const key of ['warnDays', 'checkIntervalMinutes', 'notifications', 'bannerDays'] as const) {
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
