/**
 * What pages hear about long work while it runs (a pass of live checks, a sync of the publishing tools, an
 * import): the background owns it and pushes it on `PROGRESS_PORT`; a page that opens the port is told at
 * once how things stand, so a popup reopened mid-pass shows the same bar. No zod here: the popup's bundle
 * stays small, so pages read the event with `readProgressEvent`, and the background checks every event it
 * sends against `progressEventSchema` (progress-schema.ts).
 */
export const PROGRESS_PORT = 'progress';

export const WORK_KINDS = ['check', 'sync', 'import'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * `running`: requests are being made. `stopping`: asked to stop; no request starts, the ones under way
 * finish and their answers are stored. `stopped` / `done`: over.
 */
export const WORK_PHASES = ['running', 'stopping', 'stopped', 'done'] as const;
export type WorkPhase = (typeof WORK_PHASES)[number];

export interface WorkProgress {
  kind: WorkKind;
  phase: WorkPhase;
  /** Checks answered, tools synced, rows imported. */
  done: number;
  /** How many the work holds (a pass grows when requests join it). */
  total: number;
  /** Checks only: answers so far that found a connection no longer working. */
  broken: number;
  startedAt: string;
  endedAt?: string;
}

export interface ProgressEvent {
  type: 'progress';
  /** At most one entry per kind: the work running now, or the last one that ended. */
  work: WorkProgress[];
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function readWork(raw: unknown): WorkProgress | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const w = raw as Record<string, unknown>;
  if (!WORK_KINDS.includes(w.kind as WorkKind) || !WORK_PHASES.includes(w.phase as WorkPhase))
    return undefined;
  if (!isCount(w.done) || !isCount(w.total) || !isCount(w.broken) || w.done > w.total) return undefined;
  if (!isIso(w.startedAt) || (w.endedAt !== undefined && !isIso(w.endedAt))) return undefined;
  const { kind, phase, done, total, broken, startedAt, endedAt } = w as unknown as WorkProgress;
  return { kind, phase, done, total, broken, startedAt, ...(endedAt ? { endedAt } : {}) };
}

/** A progress event as a page may trust it, or `undefined`; the same rules as `progressEventSchema`. */
export function readProgressEvent(raw: unknown): ProgressEvent | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, work } = raw as Record<string, unknown>;
  if (type !== 'progress' || !Array.isArray(work) || work.length > WORK_KINDS.length) return undefined;
  const read = work.map(readWork);
  if (read.some((w) => !w)) return undefined;
  return { type: 'progress', work: read as WorkProgress[] };
}
