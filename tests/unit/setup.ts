import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDatabase } from '@/lib/storage/db';
import { translator } from './i18n/catalogue';

const english = translator('en');

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake has no message catalogue: the background reads the English one, as a browser in English does.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    english(key as Parameters<typeof english>[0], subs)) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  await closeDatabase();
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});
