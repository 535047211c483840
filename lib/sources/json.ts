import type { SourceResponse } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as JSON (any value), or `undefined` when it is empty or not JSON. */
export function readJson(response: SourceResponse): unknown {
  if (response.body.trim() === '') return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}

/** A non-empty string, or a finite number written as text (ids come as either). */
export function idField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

export function textField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A message the tool put in its error body (`message`, `error`, `errors[0]`…), for the detail. */
export function bodyMessage(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return bodyMessage(value[0]);
  if (!isRecord(value)) return undefined;
  for (const key of ['message', 'msg', 'error', 'errors', 'detail']) {
    const found = bodyMessage(value[key]);
    if (found) return found;
  }
  return undefined;
}
