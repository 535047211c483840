import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/storage/db';
import {
  deleteAllTokens,
  deleteToken,
  getToken,
  openStoredToken,
  putToken,
  sealToken,
  TokenVaultError,
  tokenGeneration,
  tokenInfo,
} from '@/lib/storage/token-vault';

const NOW = new Date('2026-11-02T10:00:00Z');
const TOKEN = 'EAAB-FAKE-vault-test-token-0123456789abcdef';

function bytesOf(value: Uint8Array | ArrayBuffer): number[] {
  return [...new Uint8Array(value)];
}

/** Every byte the database holds for a record, whatever shape it has. */
function serialise(record: unknown): string {
  return JSON.stringify(record, (_key, value: unknown) =>
    value instanceof ArrayBuffer || value instanceof Uint8Array ? bytesOf(value) : value,
  );
}

function containsSequence(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

async function expectVaultError(promise: Promise<unknown>, kind: TokenVaultError['kind']) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenVaultError);
  expect((error as TokenVaultError).kind).toBe(kind);
  expect(String((error as Error).message)).not.toContain(TOKEN);
  return error as TokenVaultError;
}

describe('token vault', () => {
  it('reads back exactly the token that was written', async () => {
    await putToken('p1', TOKEN, NOW);
    expect(await getToken('p1')).toBe(TOKEN);
  });

  it('keeps tokens of different profiles apart, including non-ASCII text', async () => {
    await putToken('p1', TOKEN, NOW);
    await putToken('p2', 'tök€n-ü-2', NOW);
    expect(await getToken('p1')).toBe(TOKEN);
    expect(await getToken('p2')).toBe('tök€n-ü-2');
  });

  it('answers undefined for a profile without a token', async () => {
    expect(await getToken('nobody')).toBeUndefined();
    expect(await tokenInfo('nobody')).toBeUndefined();
  });

  it('stores no byte sequence of the token in the record', async () => {
    await putToken('p1', TOKEN, NOW);
    const db = await openDatabase();
    const record = await db.get('tokens', 'p1');
    const stored = serialise(record);
    expect(stored).not.toContain(TOKEN);
    const tokenBytes = new TextEncoder().encode(TOKEN);
    expect(containsSequence(new Uint8Array(record!.data), tokenBytes)).toBe(false);
    expect(containsSequence(new TextEncoder().encode(stored), tokenBytes)).toBe(false);
  });

  it('uses a fresh IV and ciphertext for every write of the same token', async () => {
    const db = await openDatabase();
    await putToken('p1', TOKEN, NOW);
    const first = await db.get('tokens', 'p1');
    await putToken('p1', TOKEN, NOW);
    const second = await db.get('tokens', 'p1');
    expect(first!.iv.byteLength).toBe(12);
    expect(bytesOf(second!.iv)).not.toEqual(bytesOf(first!.iv));
    expect(bytesOf(second!.data)).not.toEqual(bytesOf(first!.data));
    expect(await getToken('p1')).toBe(TOKEN);
  });

  it('keeps one non-extractable AES-GCM key that cannot be exported', async () => {
    await putToken('p1', TOKEN, NOW);
    await putToken('p2', TOKEN, NOW);
    const db = await openDatabase();
    const key = await db.get('meta', 'vault-key');
    expect(key).toBeInstanceOf(CryptoKey);
    const cryptoKey = key as CryptoKey;
    expect(cryptoKey.extractable).toBe(false);
    expect(cryptoKey.algorithm.name).toBe('AES-GCM');
    await expect(crypto.subtle.exportKey('raw', cryptoKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', cryptoKey)).rejects.toThrow();
  });

  it('two contexts creating the key at the same moment end up sharing one key', async () => {
    vi.resetModules();
    const other = await import('@/lib/storage/token-vault');
    await Promise.all([putToken('p1', TOKEN, NOW), other.putToken('p2', 'EAAB-FAKE-other-context', NOW)]);
    expect(await getToken('p1')).toBe(TOKEN);
    expect(await getToken('p2')).toBe('EAAB-FAKE-other-context');
    expect(await other.getToken('p1')).toBe(TOKEN);
  });

  it('gives every stored token a new generation, even the same text again; a record older than generations uses its date', async () => {
    await putToken('p1', TOKEN, NOW);
    const first = (await openStoredToken('p1'))?.generation;
    await putToken('p1', TOKEN, NOW);
    const second = (await openStoredToken('p1'))?.generation;
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
    expect((await openStoredToken('nobody'))?.generation).toBeUndefined();
    const db = await openDatabase();
    const { generation: _g, ...legacy } = (await db.get('tokens', 'p1'))!;
    await db.put('tokens', legacy);
    expect((await openStoredToken('p1'))?.generation).toBe('stored-2026-11-02T10:00:00.000Z');
    expect(tokenGeneration(legacy)).toBe('stored-2026-11-02T10:00:00.000Z');
  });

  it('seals a token without storing it (for writes that must land in one transaction)', async () => {
    const sealed = await sealToken('p1', TOKEN, NOW);
    expect(await getToken('p1')).toBeUndefined();
    expect(serialise(sealed)).not.toContain(TOKEN);
    const db = await openDatabase();
    await db.put('tokens', sealed);
    expect(await getToken('p1')).toBe(TOKEN);
  });

  it('records when a token was stored, and a new token replaces token and date', async () => {
    await putToken('p1', TOKEN, NOW);
    expect(await tokenInfo('p1')).toEqual({ storedAt: '2026-11-02T10:00:00.000Z' });
    const later = new Date('2026-11-20T08:30:00Z');
    await putToken('p1', 'EAAB-FAKE-refreshed', later);
    expect(await getToken('p1')).toBe('EAAB-FAKE-refreshed');
    expect(await tokenInfo('p1')).toEqual({ storedAt: '2026-11-20T08:30:00.000Z' });
  });

  it('leaves the old token in place when a replacement cannot be stored', async () => {
    await putToken('p1', TOKEN, NOW);
    await expectVaultError(putToken('p1', '', NOW), 'empty-token');
    expect(await getToken('p1')).toBe(TOKEN);
  });

  it('deletes one token, or all of them', async () => {
    await putToken('p1', TOKEN, NOW);
    await putToken('p2', TOKEN, NOW);
    await putToken('p3', TOKEN, NOW);
    await deleteToken('p1');
    expect(await getToken('p1')).toBeUndefined();
    expect(await getToken('p2')).toBe(TOKEN);
    await deleteToken('p1'); // deleting twice is harmless
    await deleteAllTokens();
    expect(await getToken('p2')).toBeUndefined();
    expect(await tokenInfo('p3')).toBeUndefined();
  });

  describe('a damaged record gives a clear error, never the token', () => {
    it.each([
      [
        'flipped ciphertext byte',
        (r: Record<string, unknown>) => {
          const data = new Uint8Array((r.data as ArrayBuffer).slice(0));
          data[0] = (data[0] ?? 0) ^ 0xff;
          return { ...r, data: data.buffer };
        },
      ],
      ['wrong IV', (r: Record<string, unknown>) => ({ ...r, iv: new Uint8Array(12) })],
      ['short IV', (r: Record<string, unknown>) => ({ ...r, iv: new Uint8Array(4) })],
      ['missing data', (r: Record<string, unknown>) => ({ ...r, data: undefined })],
      ['data as a string', (r: Record<string, unknown>) => ({ ...r, data: 'not bytes' })],
      ['truncated data', (r: Record<string, unknown>) => ({ ...r, data: new ArrayBuffer(8) })],
    ])('%s', async (_name, damage) => {
      await putToken('p1', TOKEN, NOW);
      const db = await openDatabase();
      const record = (await db.get('tokens', 'p1')) as unknown as Record<string, unknown>;
      // biome-ignore lint/suspicious/noExplicitAny: writing a deliberately malformed record
      await db.put('tokens', damage(record) as any);
      const error = await expectVaultError(getToken('p1'), 'corrupt');
      expect(error.message).toContain('p1');
    });

    it('a record moved to another profile does not open', async () => {
      await putToken('p1', TOKEN, NOW);
      const db = await openDatabase();
      const record = await db.get('tokens', 'p1');
      await db.put('tokens', { ...record!, profileId: 'p2' });
      await expectVaultError(getToken('p2'), 'corrupt');
    });

    it('a lost vault key makes stored tokens unreadable, with a clear error', async () => {
      await putToken('p1', TOKEN, NOW);
      const db = await openDatabase();
      await db.delete('meta', 'vault-key');
      const error = await expectVaultError(getToken('p1'), 'corrupt');
      expect(error.message).toMatch(/key/);
    });
  });
});
