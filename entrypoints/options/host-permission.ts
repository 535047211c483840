import { browser } from 'wxt/browser';
import { selfHostedOrigin } from '@/lib/domain/source-origin';

export type HostPermission = 'not-needed' | 'granted' | 'refused';

/**
 * Asks for access to a self-hosted tool's address (an optional host permission). Must be called straight
 * from the click that connects, before any other await: browsers only show the prompt inside the user's
 * gesture. A prompt that fails to open counts as refused, so the page says so instead of waiting.
 */
export async function askHostPermission(
  baseUrl: string | undefined,
  fixedHosts: readonly string[],
): Promise<HostPermission> {
  const origin = selfHostedOrigin(baseUrl, fixedHosts);
  if (!origin) return 'not-needed';
  try {
    return (await browser.permissions.request({ origins: [origin] })) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
