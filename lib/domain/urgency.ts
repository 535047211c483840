import type { Status } from './token-status';

/** What the urgency order needs to know about a profile. */
export interface UrgencyInput {
  status: Status;
  snoozed: boolean;
  /** ISO date (or the date itself); `null` = does not expire by date; absent = unknown. */
  effectiveExpiresAt?: string | Date | null;
  name: string;
  /**
   * The posts a broken, expiring or paused profile will cost, soonest first (a `PostsAtRiskView` fits):
   * the first one leads the order.
   */
  postsAtRisk?: { items: readonly { dueAt: string }[] };
}

/** Status groups from most to least urgent: broken first, then expiring, unknown, fine. */
const GROUP: Record<Status, number> = {
  expired: 0,
  disconnected: 0,
  expiring: 1,
  unknown: 2,
  ok: 3,
};

/**
 * When the profile's next post at risk goes out; a snoozed profile's posts do not lift it (its owner said
 * "later"), nor does a profile without one.
 */
function postKey(input: UrgencyInput): number {
  if (input.snoozed) return Number.POSITIVE_INFINITY;
  const next = input.postsAtRisk?.items[0]?.dueAt;
  const ms = next ? Date.parse(next) : Number.NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

function expiryKey(value: string | Date | null | undefined): number {
  if (!value) return Number.POSITIVE_INFINITY;
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareNumbers(x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Orders two profiles by urgency: first those with a post at risk, the soonest next post first (what the
 * person stands to lose, and when); then the rest by today's urgency: expired/disconnected first, then
 * expiring, unknown, ok. Inside a group the snoozed ones come after the others, then the soonest expiry
 * first, then by name.
 */
export function compareUrgency(a: UrgencyInput, b: UrgencyInput): number {
  return (
    compareNumbers(postKey(a), postKey(b)) ||
    GROUP[a.status] - GROUP[b.status] ||
    Number(a.snoozed) - Number(b.snoozed) ||
    compareExpiry(a.effectiveExpiresAt, b.effectiveExpiresAt) ||
    collator.compare(a.name, b.name)
  );
}

function compareExpiry(a: UrgencyInput['effectiveExpiresAt'], b: UrgencyInput['effectiveExpiresAt']): number {
  return compareNumbers(expiryKey(a), expiryKey(b));
}

interface Keyed<T> {
  item: T;
  /** When its next post at risk goes out (`postKey`). */
  post: number;
  /** The group, then the snoozed ones after the others inside it. */
  group: number;
  expiry: number;
  name: string;
}

function keyed<T>(item: T, input: UrgencyInput): Keyed<T> {
  return {
    item,
    post: postKey(input),
    group: GROUP[input.status] * 2 + Number(input.snoozed),
    expiry: expiryKey(input.effectiveExpiresAt),
    name: input.name,
  };
}

/** `compareUrgency` on worked-out keys. */
function compareKeyed<T>(a: Keyed<T>, b: Keyed<T>): number {
  return (
    compareNumbers(a.post, b.post) ||
    a.group - b.group ||
    compareNumbers(a.expiry, b.expiry) ||
    collator.compare(a.name, b.name)
  );
}

/**
 * A new array sorted by urgency (the order of `compareUrgency`); the input is left as it was. Each profile's
 * keys are worked out once, not in every comparison: a thousand profiles take some 10,000 comparisons, and
 * reading the expiry dates in each made this 10 ms of a `get-state`.
 */
export function sortByUrgency<T extends UrgencyInput>(profiles: readonly T[]): T[] {
  return profiles
    .map((p) => keyed(p, p))
    .sort(compareKeyed)
    .map((k) => k.item);
}

/**
 * The `count` most urgent of `items`, most urgent first: exactly `sortByUrgency(…).slice(0, count)` (ties
 * keep the input's order, as that sort does), in one pass that keeps the best `count` so far, so a popup's
 * first screen of 1,000 profiles costs some 1,000 comparisons instead of a sort.
 */
export function mostUrgent<T>(items: readonly T[], count: number, input: (item: T) => UrgencyInput): T[] {
  if (count <= 0) return [];
  const best: Keyed<T>[] = [];
  for (const item of items) {
    const k = keyed(item, input(item));
    const last = best[best.length - 1];
    if (best.length === count && last && compareKeyed(k, last) >= 0) continue;
    // After every one it does not beat: an equal one came first in the input.
    let at = best.length;
    while (at > 0 && compareKeyed(k, best[at - 1]!) < 0) at--;
    best.splice(at, 0, k);
    if (best.length > count) best.pop();
  }
  return best.map((k) => k.item);
}
