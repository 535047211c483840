import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { reconcile } from '@/lib/background/reconcile';
import { PLATFORM_IDS } from '@/lib/domain/platform-id';
import { BANNER_SITES, DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { CONTENT_SCRIPT_REQUESTS, parseRequest, type RequestType } from '@/lib/messaging/protocol';
import { openDatabase } from '@/lib/storage/db';
import { deleteAllData } from '@/lib/storage/profile-repository';
import { getToken } from '@/lib/storage/token-vault';
import { backgroundFor, EXTENSION_PAGE, testClock } from '../background/context';
import { fakeBuffer } from '../sources-fake-buffer';
import { dumpDatabase } from './database-dump';

const clock = testClock('2026-11-26T12:00:00Z');
/** Every request type; the record makes a new type a compile error here until it is listed. */
const REQUEST_TYPES = Object.keys({
  'get-state': 1,
  'save-profile': 1,
  'delete-profile': 1,
  'save-settings': 1,
  'check-now': 1,
  snooze: 1,
  unsnooze: 1,
  'mark-reconnected': 1,
  'set-token': 1,
  'remove-token': 1,
  import: 1,
  export: 1,
  'delete-all': 1,
  'get-history': 1,
  'banner-state': 1,
  'banner-snooze': 1,
  'banner-dismiss': 1,
  'open-popup': 1,
  'source-list': 1,
  'source-connect': 1,
  'source-sync': 1,
  'source-replace-key': 1,
  'source-disconnect': 1,
  'source-remove-gone': 1,
  'hootsuite-connect': 1,
  'stop-work': 1,
} satisfies Record<RequestType, 1>) as RequestType[];
const EXTENSION_ID = EXTENSION_PAGE.id;

/** Every token that was ever stored during a test: no answer may contain one (exports with tokens aside). */
const storedTokens = new Set<string>();
let seededIds: string[] = [];
/** Request types that got a correct answer at least once: the random requests must reach every handler. */
const accepted = new Set<RequestType>();

type Bg = ReturnType<typeof backgroundFor>;

/** Four profiles, three with tokens, one of them expired (so banners have something to say). */
async function seed(bg: Bg): Promise<void> {
  const profiles = [
    { platform: 'facebook', name: 'Acme Coffee', kind: 'page', expiresAt: '2026-11-20T00:00:00Z' },
    { platform: 'linkedin', name: 'Acme Ltd', handle: 'acme', expiresAt: '2026-11-29T00:00:00Z' },
    { platform: 'instagram', name: 'acme.gram', connectedAt: '2026-10-01T00:00:00Z' },
    { platform: 'x', name: 'Acme on X', notes: 'no token' },
  ] as const;
  seededIds = [];
  for (const [i, profile] of profiles.entries()) {
    const { profile: saved } = await bg.data({ type: 'save-profile', profile });
    seededIds.push(saved.id);
    if (i < 3) {
      const token = `SEEDTOKEN-${i}-${saved.id}`;
      storedTokens.add(token);
      await bg.data({ type: 'set-token', id: saved.id, token });
    }
  }
  // Settle what a first reconcile writes (notification memory), so a refused request has nothing to write.
  await bg.data({ type: 'get-state' });
}

/** Puts the seed back when accepted requests (delete-all, delete-profile, remove-token) took it away. */
async function ensureSeed(bg: Bg): Promise<void> {
  const db = await openDatabase();
  if ((await db.count('tokens')) >= 3 && (await db.count('profiles')) >= 4) return;
  await deleteAllData();
  await seed(bg);
}

const facebookTab = { id: EXTENSION_ID, url: 'https://www.facebook.com/acme', tab: { id: 7 }, frameId: 0 };
const linkedinTab = { id: EXTENSION_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 8 }, frameId: 0 };

const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' };

/**
 * Senders as a browser reports them: ours, our content scripts, another extension, and random web pages
 * and frames. (Node gives every URL outside http(s) the origin "null", fakeBrowser's chrome-extension://
 * URL included, so a random non-web URL would pass for ours here, though never in a browser.)
 */
const sender = fc.oneof(
  { weight: 4, arbitrary: fc.constant(EXTENSION_PAGE) },
  { weight: 2, arbitrary: fc.constantFrom(facebookTab, linkedinTab, otherExtension) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.constant(EXTENSION_ID), fc.string({ maxLength: 40 })),
        url: fc.oneof(
          fc.webUrl({ validSchemes: ['https', 'http'] }),
          fc.constantFrom(
            `chrome-extension://${EXTENSION_ID}/popup.html`,
            'https://evil.example/?https://www.facebook.com/',
            'http://www.facebook.com/',
            'https://facebook.com.evil.example/',
            'https://www.threads.net/@acme',
          ),
          fc.string({ maxLength: 60 }).filter((s) => !URL.canParse(s)),
        ),
        tab: fc.record({ id: fc.integer({ min: -1, max: 1000 }) }),
        frameId: fc.integer({ min: -1, max: 5 }),
        origin: fc.string({ maxLength: 30 }),
      },
      { requiredKeys: [] },
    ),
  },
);

/** `$seedN` stands for the N-th seeded profile's id, filled in when sent (the seed is remade after a wipe). */
const SEED_REF = /^\$seed(\d)$/;
/** `$source` stands for the first connected publishing tool's id, looked up when sent. */
async function resolveSourceRef(message: unknown): Promise<unknown> {
  if (typeof message !== 'object' || message === null || !('id' in message) || message.id !== '$source') {
    return message;
  }
  const [first] = (await (await openDatabase()).getAllKeys('sources')) as string[];
  return { ...message, id: first ?? 'no-source' };
}

/** The key the fake Buffer accepts; like tokens, it must never appear in an answer. */
const BUFFER_KEY = 'GOODKEY-buffer-example-1';

function resolveSeedRef(message: unknown): unknown {
  if (typeof message !== 'object' || message === null || !('id' in message)) return message;
  const ref = typeof message.id === 'string' ? SEED_REF.exec(message.id) : null;
  return ref ? { ...message, id: seededIds[Number(ref[1])] } : message;
}

const id = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }).map((i) => `$seed${i}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
);
const tokenText = fc.stringMatching(/^[A-Za-z0-9._-]{4,40}$/).map((s) => `NEWTOKEN-${s}`);
const profileInput = fc.record(
  {
    platform: fc.oneof(fc.constantFrom(...PLATFORM_IDS), fc.string({ maxLength: 12 })),
    name: fc.string({ maxLength: 220 }),
    kind: fc.constantFrom('user', 'page', 'organization', 'group', ''),
    handle: fc.string({ maxLength: 30 }),
    reconnectUrl: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '')),
    connectedAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string({ maxLength: 25 }),
    ),
    expiresAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('2026-02-30T00:00:00Z', 'tomorrow'),
    ),
    notes: fc.string({ maxLength: 2100 }),
  },
  { requiredKeys: [] },
);
const site = fc.oneof(fc.constantFrom(...BANNER_SITES), fc.string({ maxLength: 10 }));
const sourceId = fc.oneof(fc.constant('$source'), fc.string({ maxLength: 120 }));
const sourceKey = fc.oneof(fc.constant(BUFFER_KEY), tokenText, fc.string({ maxLength: 9 }));

/** Requests of every type, mostly well-formed, with ids that often exist and values near the limits. */
const shapedRequest = fc.oneof(
  fc.constant({ type: 'get-state' }),
  fc.record({
    type: fc.constant('save-profile'),
    id: fc.option(id, { nil: undefined }),
    profile: profileInput,
  }),
  fc.record({ type: fc.constant('delete-profile'), id }),
  fc.record({
    type: fc.constant('save-settings'),
    settings: fc.record({
      warnDays: fc.integer({ min: -1, max: 61 }),
      checkIntervalMinutes: fc.integer({ min: 14, max: 1441 }),
      notifications: fc.boolean(),
      bannerDays: fc.integer({ min: -1, max: 31 }),
      banners: fc.constant(DEFAULT_SETTINGS.banners),
      timelineDays: fc.constantFrom(30, 60, 90, 45),
      weeklyDigest: fc.boolean(),
    }),
  }),
  fc.record({ type: fc.constant('check-now'), id: fc.option(id, { nil: undefined }) }),
  fc.record({ type: fc.constant('snooze'), id, days: fc.constantFrom(1, 7, 3, 0, '1') }),
  fc.record({ type: fc.constant('unsnooze'), id }),
  fc.record({ type: fc.constant('mark-reconnected'), id }),
  fc.record({ type: fc.constant('set-token'), id, token: fc.oneof(tokenText, fc.string({ maxLength: 9 })) }),
  fc.record({ type: fc.constant('remove-token'), id }),
  fc.record({
    type: fc.constant('export'),
    includeTokens: fc.oneof(fc.boolean(), fc.constant('yes')),
  }),
  fc.record({ type: fc.constant('delete-all'), confirm: fc.constantFrom(true, false, 'yes', 1) }),
  fc.record({ type: fc.constant('get-history'), id }),
  fc.record({ type: fc.constant('stop-work'), kind: fc.constantFrom('check', 'sync', 'import', 'all') }),
  fc.record({ type: fc.constantFrom('banner-state', 'banner-dismiss', 'open-popup'), site }),
  fc.record({ type: fc.constant('banner-snooze'), site, days: fc.constantFrom(1, 7) }),
  fc.constant({ type: 'source-list' }),
  fc.record(
    {
      type: fc.constant('source-connect'),
      tool: fc.constantFrom('buffer', 'ayrshare', 'mixpost', 'hootsuite'),
      key: sourceKey,
      baseUrl: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', '')),
    },
    { requiredKeys: ['type', 'tool', 'key'] },
  ),
  fc.record({ type: fc.constant('source-sync'), id: sourceId }),
  fc.record({ type: fc.constant('source-replace-key'), id: sourceId, key: sourceKey }),
  fc.record({ type: fc.constant('source-disconnect'), id: sourceId, removeProfiles: fc.boolean() }),
  fc.record({ type: fc.constant('source-remove-gone'), id: sourceId }),
  fc.record(
    { type: fc.constant('hootsuite-connect'), clientId: sourceKey, clientSecret: sourceKey, id: sourceId },
    { requiredKeys: ['type', 'clientId', 'clientSecret'] },
  ),
);

/** A known or near-known type with arbitrary extra, missing or wrongly typed fields. */
const malformedRequest = fc
  .tuple(
    fc.oneof(fc.constantFrom(...REQUEST_TYPES), fc.constantFrom('GET-STATE', '', '__proto__', 'toString')),
    fc.dictionary(
      fc.constantFrom(
        'id',
        'profile',
        'settings',
        'token',
        'rows',
        'format',
        'site',
        'days',
        'tool',
        'key',
        'baseUrl',
        'removeProfiles',
        'x',
      ),
      fc.anything({ maxDepth: 2 }),
    ),
  )
  .map(([type, fields]) => ({ ...fields, type }));

const anyMessage = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

function isOwnPage(s: { id?: unknown; url?: unknown }): boolean {
  return (
    s.id === EXTENSION_ID &&
    typeof s.url === 'string' &&
    s.url.startsWith(`chrome-extension://${EXTENSION_ID}/`)
  );
}

/** What an accepted request must have done: its answer agrees with the database afterwards. */
async function expectCorrectAnswer(
  type: RequestType,
  // biome-ignore lint/suspicious/noExplicitAny: the switch narrows by `type`; each case reads that request's fields
  request: any,
  // biome-ignore lint/suspicious/noExplicitAny: likewise the answer of that type
  data: any,
  before: ProfilesBefore,
) {
  const db = await openDatabase();
  switch (type) {
    case 'get-state':
      expect(data.profiles).toHaveLength(await db.count('profiles'));
      break;
    case 'save-profile':
      expect((await db.get('profiles', data.profile.id)) as { name: string }).toMatchObject({
        name: request.profile.name.trim(),
        platform: request.profile.platform,
      });
      break;
    case 'delete-profile':
      expect(data.deleted).toBe(before.ids.has(request.id));
      expect(await db.get('profiles', request.id)).toBeUndefined();
      expect(await db.get('tokens', request.id)).toBeUndefined();
      break;
    case 'save-settings':
      expect(data).toEqual(request.settings);
      expect(await db.get('meta', 'settings')).toEqual(request.settings);
      break;
    case 'check-now':
      expect(data.checked).toBeGreaterThanOrEqual(0);
      break;
    case 'snooze':
    case 'unsnooze':
      expect(data.profile.id).toBe(request.id);
      if (type === 'unsnooze') expect(data.profile.snooze).toBeUndefined();
      break;
    case 'mark-reconnected':
      expect(data.profile).toMatchObject({ id: request.id, connectedAt: clock.now().toISOString() });
      expect(data.profile.snooze).toBeUndefined();
      break;
    case 'set-token':
      expect(data.profile).toMatchObject({ id: request.id, hasToken: true });
      expect(await getToken(request.id)).toBe(request.token.trim());
      break;
    case 'remove-token':
      expect(data.profile).toMatchObject({ id: request.id, hasToken: false });
      expect(await getToken(request.id)).toBeUndefined();
      break;
    case 'export':
      expect(data.profiles).toHaveLength(before.ids.size);
      if (!request.includeTokens) expect(data.tokens).toBeUndefined();
      break;
    case 'delete-all':
      expect(data.deleted).toBe(before.ids.size);
      expect(await db.count('profiles')).toBe(0);
      expect(await db.count('tokens')).toBe(0);
      break;
    case 'source-connect':
    case 'source-replace-key':
      if (data.source) {
        expect(await db.get('sources', data.source.id)).toMatchObject({ id: data.source.id });
        expect(await getToken(`source:${data.source.id}`)).toBe(request.key.trim());
      } else {
        expect(data.refused.problem).toBeTypeOf('string');
      }
      break;
    case 'source-list':
      expect(data.sources).toHaveLength(await db.count('sources'));
      break;
    case 'source-disconnect':
      expect(await db.get('sources', request.id)).toBeUndefined();
      expect(await db.get('tokens', `source:${request.id}`)).toBeUndefined();
      break;
    case 'banner-state':
      if (data.banner) {
        expect(data.banner.rows.length).toBeLessThanOrEqual(3);
        for (const row of data.banner.rows) {
          expect(Object.keys(row).filter((k) => !BANNER_ROW_KEYS.includes(k))).toEqual([]);
        }
      }
      break;
    default:
      expect(data).toBeTypeOf('object');
  }
}
/** All a banner row may carry (`reconnectUrl` only when there is one). */
const BANNER_ROW_KEYS = ['id', 'name', 'status', 'meta', 'reasonTitle', 'reconnectUrl', 'reconnectLabel'];

interface ProfilesBefore {
  ids: Set<string>;
}

async function sendAndCheck(bg: Bg, generated: unknown, from: object): Promise<void> {
  await ensureSeed(bg);
  const message = await resolveSourceRef(resolveSeedRef(generated));
  const before = await dumpDatabase();
  const ids = new Set((await (await openDatabase()).getAllKeys('profiles')) as string[]);
  const response = await bg.request(message as never, from);
  const text = JSON.stringify(response);
  const parsed = parseRequest(message);
  const type = parsed.success ? parsed.data.type : undefined;
  const tokensWanted =
    type === 'export' && parsed.success && (parsed.data as { includeTokens: boolean }).includeTokens;

  expect(typeof response.ok).toBe('boolean');
  if (!response.ok) {
    expect(response.error).toBeTypeOf('string');
    expect(response.error.length).toBeGreaterThan(0);
    expect(await dumpDatabase()).toBe(before);
  } else {
    expect(type).toBeDefined();
    if (!CONTENT_SCRIPT_REQUESTS.has(type!)) expect(isOwnPage(from as never)).toBe(true);
    else expect((from as { id?: unknown }).id).toBe(EXTENSION_ID);
    await expectCorrectAnswer(type!, parsed.data, response.data, { ids });
    accepted.add(type!);
    if (type === 'set-token') storedTokens.add((parsed.data as { token: string }).token.trim());
  }
  if (!tokensWanted) for (const token of storedTokens) expect(text).not.toContain(token);
}

// Thousands of requests, each against a database dumped before and after: seconds, not milliseconds.
const ONE_GOOD_REQUEST_EACH: [unknown, object][] = [
  [{ type: 'get-state' }, EXTENSION_PAGE],
  [{ type: 'save-profile', profile: { platform: 'x', name: 'Example' } }, EXTENSION_PAGE],
  [{ type: 'save-settings', settings: DEFAULT_SETTINGS }, EXTENSION_PAGE],
  [{ type: 'check-now' }, EXTENSION_PAGE],
  [{ type: 'snooze', id: '$seed0', days: 1 }, EXTENSION_PAGE],
  [{ type: 'unsnooze', id: '$seed0' }, EXTENSION_PAGE],
  [{ type: 'mark-reconnected', id: '$seed1' }, EXTENSION_PAGE],
  [{ type: 'set-token', id: '$seed3', token: 'NEWTOKEN-example-1' }, EXTENSION_PAGE],
  [{ type: 'export', includeTokens: false }, EXTENSION_PAGE],
  [{ type: 'banner-state', site: 'facebook' }, facebookTab],
  [{ type: 'banner-snooze', site: 'facebook', days: 1 }, facebookTab],
  [{ type: 'banner-dismiss', site: 'linkedin' }, linkedinTab],
  [{ type: 'open-popup', site: 'linkedin' }, linkedinTab],
  [{ type: 'remove-token', id: '$seed1' }, EXTENSION_PAGE],
  [{ type: 'delete-profile', id: '$seed2' }, EXTENSION_PAGE],
  [{ type: 'source-list' }, EXTENSION_PAGE],
  [{ type: 'source-connect', tool: 'buffer', key: BUFFER_KEY }, EXTENSION_PAGE],
  [{ type: 'source-sync', id: '$source' }, EXTENSION_PAGE],
  [{ type: 'source-replace-key', id: '$source', key: BUFFER_KEY }, EXTENSION_PAGE],
  [{ type: 'source-remove-gone', id: '$source' }, EXTENSION_PAGE],
  [{ type: 'hootsuite-connect', clientId: 'FAKE-client-1', clientSecret: 'FAKE-secret-1' }, EXTENSION_PAGE],
  [{ type: 'source-disconnect', id: '$source', removeProfiles: false }, EXTENSION_PAGE],
  [{ type: 'delete-all', confirm: true }, EXTENSION_PAGE],
];

describe('the message border under random input', { timeout: 60_000 }, () => {
  let bg: Bg;
  beforeEach(async () => {
    storedTokens.clear();
    storedTokens.add(BUFFER_KEY);
    const buffer = fakeBuffer(BUFFER_KEY);
    buffer.world.channels = [
      {
        id: 'ch-1',
        organizationId: 'org-1',
        service: 'facebook',
        name: 'acmecoffee',
        displayName: 'Acme Coffee',
      },
      { id: 'ch-2', organizationId: 'org-1', service: 'linkedin', name: 'acme', isDisconnected: true },
    ];
    const sources = {
      now: clock.now,
      perform: buffer.perform,
      onSynced: () => reconcile(clock.now),
      notifyProblem: async () => undefined,
    };
    bg = backgroundFor(clock, async (ids) => ids.length, sources);
    await seed(bg);
  });

  it('answers any value at all with an error, from any sender, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, sender, async (message, from) => {
        const response = await bg.request(message as never, from);
        expect(response.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
    // Not one of those thousand touched the seed.
    expect(JSON.parse(await dumpDatabase()).profiles).toHaveLength(4);
  });

  it('refuses malformed requests with an error and the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(malformedRequest, sender, (message, from) => sendAndCheck(bg, message, from)),
      { numRuns: 500 },
    );
  });

  it('gives every well-shaped request a correct answer or an error with nothing half-written, never a token', async () => {
    await fc.assert(
      fc.asyncProperty(shapedRequest, sender, (message, from) => sendAndCheck(bg, message, from)),
      // One good request of each type first, so every handler is reached whatever the random seed.
      { numRuns: 800, examples: ONE_GOOD_REQUEST_EACH },
    );
    expect([...accepted].sort()).toEqual(REQUEST_TYPES.filter((t) => t !== 'import').sort());
  });

  it('a refused request leaves the database byte for byte as it was, also after a failure mid-handler', async () => {
    // A handler error after validation: the profile does not exist / has no token.
    for (const message of [
      { type: 'check-now', id: seededIds[3] },
      { type: 'snooze', id: 'missing', days: 1 },
      { type: 'set-token', id: 'missing', token: 'NEWTOKEN-abcdefgh' },
      { type: 'save-profile', id: 'missing', profile: { platform: 'x', name: 'A' } },
      { type: 'banner-state', site: 'linkedin' },
    ]) {
      const before = await dumpDatabase();
      const response = await bg.request(
        message as never,
        message.type === 'banner-state' ? facebookTab : EXTENSION_PAGE,
      );
      expect(response).toMatchObject({ ok: false });
      expect(await dumpDatabase()).toBe(before);
    }
  });
});
