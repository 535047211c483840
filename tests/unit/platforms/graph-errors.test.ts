import { describe, expect, it } from 'vitest';
import { REASON_SEVERITY } from '@/lib/domain/reason-catalogue';
import type { Reason } from '@/lib/domain/reasons';
import { graphReason } from '@/lib/platforms/graph-errors';

/** docs/platforms.md, "Facebook / Instagram error → reason → remedy", row by row. */
describe('Graph error codes map to the reasons of docs/platforms.md', () => {
  it.each<[string, number, number | undefined, Reason]>([
    ['190 without subcode', 190, undefined, 'token-invalid'],
    ['102', 102, undefined, 'token-invalid'],
    ['190/463', 190, 463, 'token-expired'],
    ['190/460', 190, 460, 'password-changed'],
    ['190/458', 190, 458, 'app-removed'],
    ['190/459', 190, 459, 'security-checkpoint'],
    ['190/464', 190, 464, 'account-unconfirmed'],
    ['190/467', 190, 467, 'logged-out'],
    ['190/492', 190, 492, 'admin-role-lost'],
    ['190 with an unlisted subcode', 190, 461, 'token-invalid'],
    ['10', 10, undefined, 'permission-missing'],
    ['200', 200, undefined, 'permission-missing'],
    ['250', 250, undefined, 'permission-missing'],
    ['299', 299, undefined, 'permission-missing'],
    ['368', 368, 1390008, 'spam-block'],
    ['1', 1, undefined, 'platform-error'],
    ['2', 2, undefined, 'platform-error'],
    ['4', 4, undefined, 'rate-limited'],
    ['17', 17, undefined, 'rate-limited'],
    ['32', 32, undefined, 'rate-limited'],
    ['341', 341, undefined, 'rate-limited'],
    ['613', 613, undefined, 'rate-limited'],
    ['80001 (Business Use Case limit)', 80001, undefined, 'rate-limited'],
  ])('%s → %s', (_row, code, subcode, reason) => {
    expect(graphReason(code, subcode)).toBe(reason);
  });

  it.each([100, 300, 803, 2500, 9, 199])('code %s says nothing about the token', (code) => {
    expect(graphReason(code)).toBeUndefined();
  });

  it('a spam block is a notice (warning), not a dead connection', () => {
    expect(REASON_SEVERITY[graphReason(368)!]).toBe('warning');
  });
});
