import type { ImportRow } from '@/lib/domain/import-export';
import type { Profile } from '@/lib/domain/profile';

/** A stored profile as the background would keep it, with the given contract fields. */
export function storedProfile(
  id: string,
  fields: Omit<Profile, 'id' | 'hasToken' | 'createdAt' | 'updatedAt'>,
): Profile {
  return {
    ...fields,
    id,
    hasToken: false,
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-02T09:00:00Z',
  };
}

/** The contract fields of an imported row (drops `row`, which is not part of the file). */
export function contractFields({ row: _row, ...fields }: ImportRow): Omit<ImportRow, 'row'> {
  return fields;
}
