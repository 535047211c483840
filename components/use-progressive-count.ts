import { useEffect, useState } from 'preact/hooks';

type IdleHandle = number;
const requestIdle: (cb: () => void) => IdleHandle =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 300 })
    : (cb) => setTimeout(cb, 16) as unknown as number;
const cancelIdle: (handle: IdleHandle) => void =
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;

/**
 * How many items of a long list to render: the first `first` at once, then `step` more whenever the
 * browser is idle, so a long list opens fast and is complete a moment later. `atLeast` forces more
 * at once (to reach an item that must be shown now).
 */
export function useProgressiveCount(total: number, first = 100, step = 300, atLeast = 0): number {
  const [count, setCount] = useState(Math.max(first, atLeast));
  const wanted = Math.max(count, atLeast);
  useEffect(() => {
    if (wanted >= total) return;
    const handle = requestIdle(() => setCount(Math.min(total, wanted + step)));
    return () => cancelIdle(handle);
  }, [wanted, total, step]);
  return Math.min(total, wanted);
}
