import { classifyGraphError, graphErrorOf, readGraphError } from '../graph-errors';
import {
  invalid,
  isRecord,
  numberField,
  readJsonObject,
  stringField,
  transientForStatus,
  unexpectedAnswer,
} from '../http-answer';
import type { LiveCheckResponse, LiveCheckResult, LiveCheckStep } from '../types';
import { GRAPH } from './graph-version';

/** Unix seconds → ISO; 0 means "never" (`null`); absent or not a number means "not said". */
function isoFromUnix(seconds: number | undefined): string | null | undefined {
  if (seconds === undefined) return undefined;
  return seconds === 0 ? null : new Date(seconds * 1000).toISOString();
}

/**
 * Step 1: `debug_token`, inspecting the token with itself. It gives the expiry and the data-access expiry,
 * but Facebook refuses it for tokens whose owner is not a developer of the app: any error about the call
 * itself (not code 190, not a temporary one) hands over to `/me`.
 */
export const debugTokenStep: LiveCheckStep = {
  request(token) {
    // `input_token` (the token inspected) is a query parameter by the API's design and cannot be moved
    // (https://developers.facebook.com/docs/graph-api/reference/debug_token/); the call's own access
    // token, the same one, goes in the Authorization header so that it is not in the URL twice.
    return {
      method: 'GET',
      url: `${GRAPH}/debug_token?input_token=${encodeURIComponent(token)}`,
      headers: { Authorization: `Bearer ${token}` },
    };
  },
  classify(response, now) {
    const body = readJsonObject(response);
    const error = graphErrorOf(body);
    const byStatus = transientForStatus(response, now, error?.message);
    if (byStatus) return byStatus;
    if (!body) return unexpectedAnswer(response, now);
    if (error) {
      const result = classifyGraphError(response, error, now);
      // 190 is about the access_token, which is the token itself; a transient answer is worth waiting for.
      const aboutToken = error.code === 190 || result.outcome === 'transient';
      return aboutToken && result.reason !== 'unexpected-answer' ? result : 'next';
    }
    const data = isRecord(body.data) ? body.data : undefined;
    if (data?.is_valid === true) return validDebugData(response, data, now);
    if (data?.is_valid === false) return invalidDebugData(response, data, now);
    return unexpectedAnswer(response, now, 'The answer lacked data.is_valid');
  },
};

function validDebugData(
  response: LiveCheckResponse,
  data: Record<string, unknown>,
  now: Date,
): LiveCheckResult {
  const expiresAt = isoFromUnix(numberField(data, 'expires_at'));
  const dataAccessExpiresAt = isoFromUnix(numberField(data, 'data_access_expires_at'));
  if (dataAccessExpiresAt && Date.parse(dataAccessExpiresAt) <= now.getTime()) {
    return invalid(
      response,
      'data-access-expired',
      `Data access expired on ${dataAccessExpiresAt.slice(0, 10)} (90 days without the user being active).`,
    );
  }
  // A Page token names the Page in profile_id; a user token only has user_id.
  const id = stringField(data, 'profile_id') ?? stringField(data, 'user_id');
  return {
    outcome: 'valid',
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(dataAccessExpiresAt === undefined ? {} : { dataAccessExpiresAt }),
    ...(id ? { account: { id } } : {}),
  };
}

/** `is_valid: false` is Facebook's verdict, even when the error inside is one we do not know. */
function invalidDebugData(
  response: LiveCheckResponse,
  data: Record<string, unknown>,
  now: Date,
): LiveCheckResult {
  const error = readGraphError(data.error);
  if (error) {
    const result = classifyGraphError(response, error, now);
    if (result.outcome === 'invalid') return result;
    const { code, subcode } = error;
    return invalid(
      response,
      'token-invalid',
      error.message,
      subcode === undefined ? { code } : { code, subcode },
    );
  }
  const expiresAt = numberField(data, 'expires_at');
  if (expiresAt && expiresAt * 1000 <= now.getTime()) {
    return invalid(response, 'token-expired', 'debug_token: the token is no longer valid (past its expiry).');
  }
  return invalid(response, 'token-invalid', 'debug_token: the token is no longer valid.');
}
