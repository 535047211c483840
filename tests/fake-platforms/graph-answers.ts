import type { FakeAnswer } from './answer';
import { json } from './answer';
import type { TokenSpec, TokenState } from './tokens';

/**
 * Graph-style answers (Facebook, and Instagram/Threads which share the error shape), from docs/platforms.md.
 * Used until (and where) no recorded fixture in tests/fixtures/api/ covers a case.
 */
const GRAPH_ERRORS: Partial<Record<TokenState, { code: number; subcode?: number; message: string }>> = {
  invalid: { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' },
  revoked: {
    code: 190,
    message: 'Error validating access token: The session has been invalidated.',
  },
  expired: {
    code: 190,
    subcode: 463,
    message: 'Error validating access token: Session has expired on Thursday, 01-Oct-26 09:00:00 PDT.',
  },
  'password-changed': {
    code: 190,
    subcode: 460,
    message:
      'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
  },
  'app-removed': {
    code: 190,
    subcode: 458,
    message: 'Error validating access token: The user has not authorized application 100000000000001.',
  },
  checkpoint: {
    code: 190,
    subcode: 459,
    message:
      'Error validating access token: You cannot access the app till you log in to www.facebook.com and follow the instructions given.',
  },
  'admin-role-lost': {
    code: 190,
    subcode: 492,
    message:
      'Error validating access token: The session is invalid because the user has no role on the Page.',
  },
  'permission-missing': {
    code: 200,
    message: '(#200) Requires pages_read_engagement permission to manage the object',
  },
  'spam-block': {
    code: 368,
    message:
      "It looks like you were misusing this feature by going too fast. You've been temporarily blocked from using it.",
  },
};

let trace = 0;
const fbtraceId = () => `AFakeTrace${(++trace).toString(36).padStart(6, '0')}`;

export function graphError(state: TokenState): FakeAnswer {
  const e = GRAPH_ERRORS[state] ?? GRAPH_ERRORS.invalid!;
  const status = e.code === 190 ? 400 : 403;
  return json(status, {
    error: {
      message: e.message,
      type: 'OAuthException',
      code: e.code,
      ...(e.subcode ? { error_subcode: e.subcode } : {}),
      fbtrace_id: fbtraceId(),
    },
  });
}

export function graphMe(
  state: TokenState,
  spec: TokenSpec | undefined,
  style: 'name' | 'username',
): FakeAnswer {
  if (state !== 'valid') return graphError(state);
  const id = spec?.account?.id ?? '100000000000042';
  return style === 'name'
    ? json(200, { id, name: spec?.account?.name ?? 'Fake Page' })
    : json(200, { id, username: spec?.account?.username ?? 'fake.account' });
}

const epoch = (date: Date | null | undefined, fallback: number) =>
  date === null ? 0 : date ? Math.floor(date.getTime() / 1000) : fallback;

/** `debug_token` with the token as its own access token: refused unless the spec says the owner is a developer. */
export function graphDebugToken(state: TokenState, spec: TokenSpec | undefined, now: Date): FakeAnswer {
  if (state === 'invalid' || !spec) return graphError('invalid');
  if ((spec.debugToken ?? 'refuse') === 'refuse') {
    if (state !== 'valid') return graphError(state);
    return json(400, {
      error: {
        message:
          '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app',
        type: 'OAuthException',
        code: 100,
        fbtrace_id: fbtraceId(),
      },
    });
  }
  const nowS = Math.floor(now.getTime() / 1000);
  const base = {
    app_id: '100000000000001',
    type: 'PAGE',
    application: 'Fake Publisher',
    data_access_expires_at: nowS + 90 * 86_400,
    expires_at: epoch(spec.expiresAt, 0),
    scopes: ['pages_show_list', 'pages_manage_posts', 'pages_read_engagement'],
    user_id: spec.account?.id ?? '100000000000042',
  };
  if (state === 'valid') return json(200, { data: { ...base, is_valid: true } });
  const e = GRAPH_ERRORS[state] ?? GRAPH_ERRORS.invalid!;
  return json(200, {
    data: {
      ...base,
      is_valid: false,
      error: { code: e.code, message: e.message, ...(e.subcode ? { subcode: e.subcode } : {}) },
      scopes: [],
    },
  });
}
