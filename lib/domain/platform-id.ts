/** Every platform of the import/export contract (README.md, "Import/export file format"), in display order. */
export const PLATFORM_IDS = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'threads',
  'pinterest',
  'tiktok',
  'youtube',
  'google-business',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}
