import type { Reason } from '../../domain/reasons';
import { bearerGet } from '../bearer-request';
import {
  invalid,
  numberField,
  readJsonObject,
  stringField,
  transientForStatus,
  unexpectedAnswer,
} from '../http-answer';
import type { LiveCheckStep } from '../types';

/** LinkedIn's token errors (docs/platforms.md): classified on `code` first, `serviceErrorCode` second. */
const BY_CODE: Readonly<Record<string, Reason>> = {
  REVOKED_ACCESS_TOKEN: 'token-revoked',
  EXPIRED_ACCESS_TOKEN: 'token-expired',
  INVALID_ACCESS_TOKEN: 'token-invalid',
};
const BY_SERVICE_ERROR: Readonly<Record<number, Reason>> = {
  65601: 'token-revoked',
  65602: 'token-expired',
  65600: 'token-invalid',
};

export const linkedinUserinfoStep: LiveCheckStep = {
  request: bearerGet('https://api.linkedin.com/v2/userinfo'),
  classify(response, now) {
    const body = readJsonObject(response);
    const message = stringField(body, 'message');
    const byStatus = transientForStatus(response, now, message);
    if (byStatus) return byStatus;
    if (!body) return unexpectedAnswer(response, now);
    if (response.status === 200) {
      const sub = stringField(body, 'sub');
      if (!sub) return unexpectedAnswer(response, now, 'The answer lacked the member id');
      const name = stringField(body, 'name');
      return { outcome: 'valid', account: name ? { id: sub, name } : { id: sub } };
    }
    const code = stringField(body, 'code');
    const serviceErrorCode = numberField(body, 'serviceErrorCode');
    const ids = code ? { code } : serviceErrorCode === undefined ? {} : { code: serviceErrorCode };
    const text = message ?? `LinkedIn answered HTTP ${response.status}`;
    const reason =
      (code && BY_CODE[code]) || (serviceErrorCode !== undefined && BY_SERVICE_ERROR[serviceErrorCode]);
    if (reason) return invalid(response, reason, text, ids);
    if (response.status === 403 && (code === 'ACCESS_DENIED' || serviceErrorCode === 100)) {
      // LinkedIn authenticated the token, then found it lacks the read scope of userinfo (`openid`, which
      // a publishing tool's posting token need not have): the token is alive, and says nothing about when
      // it ends. Recorded for an active token: https://github.com/linkedin-developers/linkedin-api-python-client/issues/66
      return { outcome: 'valid' };
    }
    if (response.status === 401) return invalid(response, 'token-invalid', text, ids);
    return unexpectedAnswer(response, now, `Unrecognised answer: ${text}`, ids);
  },
};

export const linkedinLiveCheck: readonly LiveCheckStep[] = [linkedinUserinfoStep];
