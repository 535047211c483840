/** The statuses a profile can have (see `evaluateStatus` in token-status.ts), in no particular order. */
export const STATUSES = ['ok', 'expiring', 'expired', 'disconnected', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];
