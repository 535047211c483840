import { parseSettings, type Settings, settingsSchema } from '../domain/settings';
import { openDatabase } from './db';

/** The settings, with defaults for anything missing or invalid in what is stored. */
export async function getSettings(): Promise<Settings> {
  const db = await openDatabase();
  return parseSettings(await db.get('meta', 'settings'));
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  const db = await openDatabase();
  await db.put('meta', valid, 'settings');
  return valid;
}
