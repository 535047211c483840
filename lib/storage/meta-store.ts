import { openDatabase } from './db';

/** Small named records the background keeps between worker lives (check queue, notification memory…). */
export async function readMeta<T>(key: string, parse: (raw: unknown) => T): Promise<T> {
  const db = await openDatabase();
  return parse(await db.get('meta', key));
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  const db = await openDatabase();
  await db.put('meta', value, key);
}
