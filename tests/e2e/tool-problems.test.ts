import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeWorld } from '../fake-platforms';
import { type ExtensionHarness, useWorldSession } from './harness';

/** What a tool wants from the person (a bill, a plan) is said on its row, in its words, not "retrying". */

const KEY = 'FAKE-KEY-E2E-tool-problems-1';

let world: FakeWorld;
let h: ExtensionHarness;

function sourceRow(options: Page, label: RegExp) {
  return options
    .getByRole('list', { name: 'Connected publishing tools' })
    .getByRole('listitem')
    .filter({ has: options.getByRole('heading', { name: label }) });
}

async function connectThenOwe(tool: 'ayrshare' | 'postiz', name: string): Promise<Page> {
  world.tools[tool].setKey(KEY);
  world.tools[tool].setChannels([{ id: 'c-1', service: 'facebook', name: 'Example Bakery' }]);
  const options = await h.openOptions();
  await options.getByLabel('Publishing tool', { exact: true }).selectOption({ label: name });
  await options.getByLabel('API key', { exact: true }).fill(KEY);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  const row = sourceRow(options, new RegExp(`^${name}`));
  await expect.poll(() => row.textContent()).toContain('Profiles: 1');
  world.tools[tool].setKey(KEY, 'unpaid');
  await row.getByRole('button', { name: 'Sync now' }).click();
  return options;
}

describe('a tool that wants the person, not a new key', () => {
  const session = useWorldSession({ resetTools: true });
  beforeAll(() => {
    ({ world, h } = session);
  });

  it('Ayrshare’s 402: the row says payment is required', async () => {
    const options = await connectThenOwe('ayrshare', 'Ayrshare');
    const notice = sourceRow(options, /^Ayrshare/).getByRole('status');
    await expect.poll(() => notice.textContent()).toContain('Ayrshare asks for payment');
    expect(await notice.textContent()).not.toContain('retried automatically');
  });

  it('Postiz without a subscription: the row says so, and does not ask for a new key', async () => {
    const options = await connectThenOwe('postiz', 'Postiz');
    const notice = sourceRow(options, /^Postiz/).getByRole('status');
    await expect
      .poll(() => notice.textContent())
      .toContain('Postiz says this account has no active subscription');
    expect(await notice.textContent()).not.toContain('replace it');
  });
});
