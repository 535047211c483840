import { bearerGet } from '../bearer-request';
import { invalid, readJsonObject, stringField, transientForStatus, unexpectedAnswer } from '../http-answer';
import type { LiveCheckStep } from '../types';

/**
 * Pinterest API v5: errors are `{code, message}`. 401 code 2 "Authentication failed." is a dead token; 401
 * code 3 "Your token does not have sufficient permissions…" means Pinterest read the token and found a scope
 * missing (user_accounts:read, which a posting token need not hold): the token is alive. The same code 3 came,
 * from the retired v1 API, with "Authorization failed.", a token not accepted: so code 3 is alive only with
 * the permissions message, and otherwise decided as any other answer of its status. Recorded:
 * https://github.com/pinterest/pinterest-python-generated-api-client/issues/31 (code 2),
 * https://github.com/pinterest/api-quickstart/issues/97 (v5 code 3),
 * https://github.com/pinterest/ios-pdk/issues/98 (v1 code 3).
 */
const SCOPE_MISSING = 3;
const PERMISSIONS_MESSAGE = /sufficient permissions|scope/i;

export const pinterestUserAccountStep: LiveCheckStep = {
  request: bearerGet('https://api.pinterest.com/v5/user_account'),
  classify(response, now) {
    const body = readJsonObject(response);
    const message = stringField(body, 'message');
    const byStatus = transientForStatus(response, now, message);
    if (byStatus) return byStatus;
    if (!body) return unexpectedAnswer(response, now);
    const code = typeof body.code === 'number' ? { code: body.code } : {};
    const text = message ?? `Pinterest answered HTTP ${response.status}`;
    const scopeMissing = code.code === SCOPE_MISSING && PERMISSIONS_MESSAGE.test(message ?? '');
    if ((response.status === 401 || response.status === 403) && scopeMissing) {
      return { outcome: 'valid' };
    }
    if (response.status === 401) return invalid(response, 'token-invalid', text, code);
    const username = stringField(body, 'username');
    if (response.status !== 200 || !username) {
      return unexpectedAnswer(
        response,
        now,
        response.status === 200 ? 'The answer lacked the username' : `Unrecognised answer: ${text}`,
        code,
      );
    }
    const name = stringField(body, 'business_name') ?? username;
    return { outcome: 'valid', account: { id: stringField(body, 'id') ?? username, name } };
  },
};

export const pinterestLiveCheck: readonly LiveCheckStep[] = [pinterestUserAccountStep];
