import { invalid, readJsonObject, stringField, transientForStatus, unexpectedAnswer } from './http-answer';
import type { LiveCheckStep } from './types';

/**
 * Google's tokeninfo for YouTube and Business Profile tokens. It answers 200 with the token's scopes and
 * 400 `{"error":"invalid_token"}` for a token Google no longer accepts.
 *
 * The answer's `expires_in` is deliberately not reported as `expiresAt`: a Google access token lives one
 * hour while the publisher's refresh token keeps the connection alive, so that date is not the end of the
 * connection (PLATFORMS.md, lifetimes).
 */
export function googleTokenInfoStep(requiredScopes: {
  prefixes: readonly string[];
  label: string;
}): LiveCheckStep {
  return {
    request(token) {
      return {
        method: 'GET',
        url: `https://oauth2.googleapis.com/tokeninfo?access_token=${encodeURIComponent(token)}`,
      };
    },
    classify(response, now) {
      const body = readJsonObject(response);
      const error = stringField(body, 'error');
      const description = stringField(body, 'error_description');
      const byStatus = transientForStatus(response, now, description ?? error);
      if (byStatus) return byStatus;
      if (!body) return unexpectedAnswer(response, now);
      if (error === 'invalid_token') {
        return invalid(
          response,
          'token-invalid',
          `invalid_token: ${description ?? 'Google no longer accepts it'}`,
          {
            code: error,
          },
        );
      }
      const scope = stringField(body, 'scope');
      if (response.status !== 200 || error || !scope) {
        return unexpectedAnswer(
          response,
          now,
          error ? `Unrecognised answer: ${error}` : 'The answer lacked the token’s scopes',
        );
      }
      const scopes = scope.split(/\s+/);
      if (!scopes.some((s) => requiredScopes.prefixes.some((p) => s.startsWith(p)))) {
        return invalid(
          response,
          'permission-missing',
          `The token has no ${requiredScopes.label} permission.`,
        );
      }
      const id = stringField(body, 'sub') ?? stringField(body, 'azp');
      const name = stringField(body, 'email');
      return { outcome: 'valid', ...(id ? { account: name ? { id, name } : { id } } : {}) };
    },
  };
}
