/** Longest `detail` a check result carries: enough for a platform's sentence, short enough for a tooltip. */
export const DETAIL_MAX = 200;

const REDACTED = '[token]';

/*
 * Runs of token characters (base64/base64url, dots, pipes, percent-escapes) that look like a credential:
 * 20+ characters with both a letter and a digit, or 40+ of any kind. Words, ids and trace ids are shorter.
 */
const TOKEN_LIKE = /[A-Za-z0-9\-_.~+/=|%!]{20,}/g;

function looksLikeToken(run: string): boolean {
  return run.length >= 40 || (/[A-Za-z]/.test(run) && /\d/.test(run));
}

/**
 * A platform's message made safe and short for `detail`: one line, anything token-like replaced by
 * "[token]" (some platforms echo the token they refused), at most {@link DETAIL_MAX} characters.
 */
export function cleanDetail(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const redacted = oneLine.replace(TOKEN_LIKE, (run) => (looksLikeToken(run) ? REDACTED : run));
  return redacted.length > DETAIL_MAX ? `${redacted.slice(0, DETAIL_MAX - 1).trimEnd()}…` : redacted;
}

/**
 * Removes one known token (and its URL-encoded form) from a text. For callers that hold the token, as a
 * second guard on top of {@link cleanDetail}: a token too short or too plain to look like one is caught too.
 */
export function withoutToken(text: string, token: string): string {
  if (token.length === 0) return text;
  return [token, encodeURIComponent(token)].reduce((t, form) => t.split(form).join(REDACTED), text);
}
