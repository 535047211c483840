import type { Locator, Page } from 'playwright-core';

/**
 * What a person does on the options page and reads in the popup, through roles and labels only.
 * Shared by the e2e files so that a change of wording is fixed in one place.
 */

/** `YYYY-MM-DD` for a day relative to today, in local time (what `<input type="date">` takes). */
export function localDate(daysFromToday: number): string {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface ProfileFormInput {
  /** The platform's display name as the select shows it ("Facebook", "LinkedIn"…). */
  platform: string;
  name: string;
  /** The kind's label ("Page", "Personal profile"…). */
  kind?: string;
  handle?: string;
  /** `YYYY-MM-DD`; see `localDate`. */
  connectedOn?: string;
  expiresOn?: string;
  token?: string;
}

/** Fills in and submits "Add a profile", and waits for "Added NAME." */
export async function addProfile(options: Page, input: ProfileFormInput): Promise<void> {
  await options.getByRole('button', { name: 'Add profile', exact: true }).first().click();
  const form = options.getByRole('form', { name: 'Add a profile' });
  await form.getByLabel('Platform').selectOption({ label: input.platform });
  await form.getByLabel('Name', { exact: true }).fill(input.name);
  if (input.kind) await form.getByLabel('Kind').selectOption({ label: input.kind });
  if (input.handle) await form.getByLabel('Handle').fill(input.handle);
  if (input.connectedOn) await form.getByLabel('Connected on').fill(input.connectedOn);
  if (input.expiresOn) await form.getByLabel('Expires on').fill(input.expiresOn);
  if (input.token) await form.getByLabel('Access token').fill(input.token);
  await form.getByRole('button', { name: 'Add profile', exact: true }).click();
  await options
    .getByRole('status')
    .filter({ hasText: `Added ${input.name}.` })
    .waitFor();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A button whose visible label is followed by a screen-reader-only ", NAME" (the accessible name reads
 * "Remove , Acme Coffee"): `actionButton(page, 'Remove', 'Acme Coffee')`.
 */
export function actionButton(scope: Page | Locator, action: string, name: string): Locator {
  return scope.getByRole('button', {
    name: new RegExp(`^${escapeRegExp(action)}\\s*,\\s*${escapeRegExp(name)}$`),
  });
}

/** Removes a profile from the options page's table, confirming, and waits for "Removed NAME." */
export async function removeProfile(options: Page, name: string): Promise<void> {
  await actionButton(options, 'Remove', name).click();
  await options.getByRole('button', { name: 'Yes, remove' }).click();
  await options
    .getByRole('status')
    .filter({ hasText: `Removed ${name}.` })
    .waitFor();
}

/** An ISO date-time `days` from now (negative: in the past), for import files. */
export function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** Imports a file (JSON given as an object is serialised) and waits for "Imported …". */
export async function importFile(options: Page, fileName: string, content: unknown): Promise<void> {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  await options.getByLabel('Choose a JSON or CSV file').setInputFiles({
    name: fileName,
    mimeType: fileName.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await options
    .getByRole('status')
    .filter({ hasText: /^Imported \d+ profiles?/ })
    .waitFor();
}

/** The popup's row (list item) for a profile, found by its name heading. */
export function popupRow(popup: Page, name: string): Locator {
  return popup
    .getByRole('list', { name: 'Profiles, most urgent first' })
    .getByRole('listitem')
    .filter({ has: popup.getByRole('heading', { name, exact: true }) });
}

/** The popup's one-line summary ("1 needs reconnecting · 1 expiring"). */
export function popupSummary(popup: Page): Locator {
  return popup.locator('header').getByRole('status');
}

/** The status word a popup row shows ("OK", "Expiring soon", "Expired", "Disconnected", "Unknown"). */
export async function rowStatus(row: Locator): Promise<string | undefined> {
  return (await row.locator('.status').first().textContent())?.trim();
}
