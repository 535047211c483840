import { bearerGet } from '../bearer-request';
import { invalid, readJsonObject, stringField, transientForStatus, unexpectedAnswer } from '../http-answer';
import type { LiveCheckStep } from '../types';

/** Pinterest API v5: errors are `{code, message}`; 401 = authentication failed, 403 = not authorised. */
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
    if (response.status === 401) return invalid(response, 'token-invalid', text, code);
    if (response.status === 403) return invalid(response, 'permission-missing', text, code);
    const username = stringField(body, 'username');
    if (response.status !== 200 || !username) {
      return unexpectedAnswer(
        response,
        now,
        response.status === 200 ? 'The answer lacked the username' : text,
      );
    }
    const name = stringField(body, 'business_name') ?? username;
    return { outcome: 'valid', account: { id: stringField(body, 'id') ?? username, name } };
  },
};

export const pinterestLiveCheck: readonly LiveCheckStep[] = [pinterestUserAccountStep];
