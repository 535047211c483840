// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ProfileRow } from '@/components/popup/profile-row';
import { ToolWord } from '@/components/tool-word';
import { NOW, profileView, renderWithI18n } from './render';

/** Postiz's refresh failure, dated, where the tools' notices show: the popup row and the options table. */
const notice = { reason: 'source-refresh-failed' as const, tool: 'Postiz', at: '2026-12-05T12:00:00.000Z' };
const link = {
  sourceId: 's1',
  externalId: 'c1',
  tool: 'Postiz',
  state: 'listed' as const,
  notices: ['refresh-failed' as const],
  refreshFailedAt: notice.at,
  reportedAt: NOW.toISOString(),
};
const SAID = 'Postiz could not refresh a LinkedIn channel on Dec 5: check it in Postiz';

describe('the refresh failure Postiz noted', () => {
  it('is a note in the popup row, in words, with its day', () => {
    renderWithI18n(
      <ul>
        <ProfileRow
          profile={profileView({ platform: 'linkedin', sources: [link], notices: [notice] })}
          now={NOW}
          checking={false}
          onCheck={vi.fn()}
          onSnooze={vi.fn()}
          onUnsnooze={vi.fn()}
          onMarkReconnected={vi.fn()}
        />
      </ul>,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toContain(SAID);
    expect(note.textContent).toContain('it cannot say which one');
  });

  it('says the same in the options table', () => {
    renderWithI18n(<ToolWord profile={{ platform: 'linkedin', notices: [notice] }} as="span" />);
    expect(screen.getByRole('note').textContent).toContain(SAID);
  });
});
