// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ToolWord } from '@/components/tool-word';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { planSync } from '@/lib/domain/source-matching';
import type { SourceLink } from '@/lib/domain/source-record';
import { evaluateStatus } from '@/lib/domain/token-status';
import { renderWithI18n } from '../components/render';
import { NOW, profile } from './profiles';

const link = (over: Partial<SourceLink>): SourceLink => ({
  sourceId: 'src-zernio',
  externalId: 'acc-1',
  tool: 'Zernio',
  state: 'disconnected',
  reportedAt: NOW.toISOString(),
  ...over,
});

describe("a tool's own words about a connection (Zernio's issues)", () => {
  it('a sync keeps them on the link, cut to 200 characters', () => {
    const plan = planSync(
      [],
      {
        id: 'src-zernio',
        toolName: 'Zernio',
        reconnectUrl: 'https://zernio.com/dashboard',
        vanished: 'gone',
      },
      [{ externalId: 'acc-1', platform: 'x', name: 'Acme', state: 'disconnected', said: 'x'.repeat(300) }],
      NOW,
      () => 'p1',
    );
    expect(plan.put[0]?.sources?.[0]?.said).toBe('x'.repeat(200));
  });

  it('are quoted with the tool whose word decides the status, and never decide it themselves', () => {
    const broken = evaluateStatus(
      profile({ sources: [link({ said: 'Token expired' })] }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(broken).toMatchObject({
      status: 'disconnected',
      reasonTool: 'Zernio',
      reasonSaid: 'Token expired',
    });

    // The same words on a link the tool calls connected: the status stays the tool's "connected".
    const fine = evaluateStatus(
      profile({ sources: [link({ state: 'connected', said: 'Token expires soon' })] }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(fine.status).toBe('ok');

    // Another tool's word decides: the first tool's remark is not pinned to it.
    const other = evaluateStatus(
      profile({
        sources: [
          link({ state: 'connected', said: 'Token expires soon' }),
          link({ sourceId: 'src-buffer', externalId: 'b-1', tool: 'Buffer', state: 'disconnected' }),
        ],
      }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(other).toMatchObject({ status: 'disconnected', reasonTool: 'Buffer' });
    expect(other.reasonSaid).toBeUndefined();
  });

  it('the popup and the options show them as the tool said them, named', () => {
    renderWithI18n(
      <ToolWord
        profile={{
          platform: 'x',
          reason: 'source-disconnected',
          reasonTool: 'Zernio',
          reasonSaid: 'Token expired',
        }}
      />,
    );
    expect(screen.getByText('Zernio says: “Token expired”')).toBeTruthy();
  });
});
