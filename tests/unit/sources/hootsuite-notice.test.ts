import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifySourceProblem } from '@/lib/background/source-notice';
import type { SourceRecord } from '@/lib/domain/source-record';

const source = (problem: string): SourceRecord => ({
  id: 's-hs',
  tool: 'hootsuite',
  label: 'Hootsuite',
  createdAt: '2026-11-26T12:00:00Z',
  generation: 0,
  counts: { profiles: 2, notTracked: 0 },
  lastSync: { at: '2026-11-26T13:00:00Z', outcome: 'refused', problem, detail: 'lost' },
});

describe('the one notification of a Hootsuite sign-in that is gone', () => {
  it('says to connect it again, never to replace a key', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    await notifySourceProblem(source('connect-again'), 'Hootsuite');
    const options = (create.mock.calls[0] as unknown[])[1] as { title: string; message: string };
    expect(options.title).toBe('Connect Hootsuite again');
    expect(options.message).toContain('connect it again on the options page');
    expect(`${options.title} ${options.message}`).not.toMatch(/key/i);
  });
});
