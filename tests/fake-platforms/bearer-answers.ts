import type { PlatformId } from '../../lib/domain/platform-id';
import type { FakeAnswer } from './answer';
import { json } from './answer';
import type { TokenSpec, TokenState } from './tokens';

/** "Who am I" answers of the platforms that take a Bearer token (and Google's tokeninfo, still answered though no longer called), from docs/platforms.md. */

function linkedin(state: TokenState, spec?: TokenSpec): FakeAnswer {
  const denied = (message: string) =>
    json(403, { status: 403, serviceErrorCode: 100, code: 'ACCESS_DENIED', message });
  const unauthorized = (serviceErrorCode: number, code: string, message: string) =>
    json(401, { status: 401, serviceErrorCode, code, message });
  switch (state) {
    case 'valid':
      return json(200, {
        sub: spec?.account?.id ?? 'fAkEsUb042',
        email_verified: true,
        name: spec?.account?.name ?? 'Fake Person',
        locale: { country: 'US', language: 'en' },
        given_name: 'Fake',
        family_name: 'Person',
      });
    case 'revoked':
      return unauthorized(
        65601,
        'REVOKED_ACCESS_TOKEN',
        'The token used in the request has been revoked by the user',
      );
    case 'expired':
      return unauthorized(65602, 'EXPIRED_ACCESS_TOKEN', 'The token used in the request has expired');
    case 'permission-missing':
      // The token works but lacks the read scope of userinfo: an alive token (docs/platforms.md).
      return denied('Not enough permissions to access: userinfo.GET.NO_VERSION');
    default:
      return unauthorized(65600, 'INVALID_ACCESS_TOKEN', 'Invalid access token');
  }
}

function x(state: TokenState, spec?: TokenSpec): FakeAnswer {
  const v1Error = (code: number, message: string) => json(403, { errors: [{ code, message }] });
  switch (state) {
    case 'valid':
      return json(200, {
        data: {
          id: spec?.account?.id ?? '1500000000000000042',
          name: spec?.account?.name ?? 'Fake Account',
          username: spec?.account?.username ?? 'fakeaccount',
        },
      });
    case 'suspended':
      return v1Error(64, 'Your account is suspended and is not permitted to access this feature');
    case 'locked':
      return v1Error(
        326,
        'To protect our users from spam and other malicious activity, this account is temporarily locked.',
      );
    default:
      return json(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
  }
}

function pinterest(state: TokenState, spec?: TokenSpec): FakeAnswer {
  if (state !== 'valid') return json(401, { code: 2, message: 'Authentication failed.' });
  return json(200, {
    account_type: 'BUSINESS',
    username: spec?.account?.username ?? 'fakeaccount',
    profile_image: '',
    website_url: '',
  });
}

function tiktok(state: TokenState, spec?: TokenSpec): FakeAnswer {
  const error = (code: string, message: string) => ({ code, message, log_id: '20261126000000FAKE' });
  if (state === 'valid') {
    return json(200, {
      data: {
        user: { open_id: spec?.account?.id ?? 'fake-open-id', display_name: spec?.account?.name ?? 'Fake' },
      },
      error: error('ok', ''),
    });
  }
  if (state === 'permission-missing') {
    return json(401, {
      data: {},
      error: error('scope_not_authorized', 'The user did not authorize the scope required.'),
    });
  }
  return json(401, {
    data: {},
    error: error('access_token_invalid', 'The access token is invalid or not found in the request.'),
  });
}

function google(product: PlatformId, state: TokenState, spec: TokenSpec | undefined, now: Date): FakeAnswer {
  if (state !== 'valid') return json(400, { error: 'invalid_token', error_description: 'Invalid Value' });
  const exp = spec?.expiresAt ?? new Date(now.getTime() + 3_600_000);
  const seconds = Math.max(0, Math.floor((exp.getTime() - now.getTime()) / 1000));
  return json(200, {
    azp: '100000000001-fake.apps.googleusercontent.com',
    aud: '100000000001-fake.apps.googleusercontent.com',
    sub: spec?.account?.id ?? '100000000000000000042',
    scope:
      product === 'google-business'
        ? 'https://www.googleapis.com/auth/business.manage'
        : 'https://www.googleapis.com/auth/youtube.readonly',
    exp: String(Math.floor(exp.getTime() / 1000)),
    expires_in: String(seconds),
    access_type: 'offline',
  });
}

export function bearerMe(
  platform: PlatformId,
  state: TokenState,
  spec: TokenSpec | undefined,
  now: Date,
): FakeAnswer {
  switch (platform) {
    case 'linkedin':
      return linkedin(state, spec);
    case 'x':
      return x(state, spec);
    case 'pinterest':
      return pinterest(state, spec);
    case 'tiktok':
      return tiktok(state, spec);
    default:
      return google(platform, state, spec, now);
  }
}
