import type { Browser } from 'wxt/browser';
import { schemaIssueMessage } from '../domain/import-export/import-messages';
import {
  CONTENT_SCRIPT_REQUESTS,
  parseRequest,
  type RequestType,
  type Response,
} from '../messaging/protocol';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { handlers } from './handlers';
import { identifySender } from './sender';
import { translate } from './translate';

type Context = Omit<HandlerContext, 'sender'>;

/**
 * The border: identifies the sender, parses the message with zod, refuses what that sender may not ask,
 * and turns every failure into an error answer. Nothing a page sends can crash the background.
 */
export async function route(
  message: unknown,
  rawSender: Browser.runtime.MessageSender,
  ctx: Context,
): Promise<Response<RequestType>> {
  const sender = identifySender(rawSender);
  if (!sender) return { ok: false, error: translate('i18n_errorUnknownSender') };
  const parsed = parseRequest(message);
  if (!parsed.success) {
    return {
      ok: false,
      error: translate('i18n_errorMalformed'),
      issues: parsed.error.issues.slice(0, 20).map((i) => {
        const field = i.path.join('.') || undefined;
        return { field, text: schemaIssueMessage(i.path.at(-1)?.toString(), i) };
      }),
    };
  }
  const request = parsed.data;
  if (sender.kind === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
    return { ok: false, error: translate('i18n_errorNotFromPage') };
  }
  try {
    const handler = handlers[request.type] as (r: typeof request, c: HandlerContext) => Promise<unknown>;
    const data = await handler(request, { ...ctx, sender });
    return { ok: true, data } as Response<RequestType>;
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: error.message, issues: error.issues };
    // Unexpected failures are logged by name only: their text may quote a request URL, and so a token.
    console.error(
      'Reconnect Radar: request failed',
      request.type,
      error instanceof Error ? error.name : typeof error,
    );
    return { ok: false, error: translate('i18n_errorUnexpected') };
  }
}
