/** The statuses a profile can have (see `evaluateStatus` in token-status.ts), in no particular order. */
export const STATUSES = ['ok', 'expiring', 'expired', 'disconnected', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** How bad a status is, for sorting, for merging evidence and for ending a snooze early. Higher is worse. */
export const STATUS_SEVERITY: Record<Status, number> = {
  ok: 0,
  unknown: 1,
  expiring: 2,
  disconnected: 3,
  expired: 3,
};
