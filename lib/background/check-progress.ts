import type { WorkProgress } from '../messaging/progress';
import { readMeta, updateMeta, writeMeta } from '../storage/meta-store';
import { listProfiles } from '../storage/profile-repository';
import { crossOff, QUEUE_KEY } from './check-bookkeeping';
import { reportWork } from './progress';

/**
 * How far the check cycle's pass has come, for the progress bar, and how it is stopped. The pass is the
 * cycle's drain: every check it starts joins it. Kept apart from the cycle itself, which only tells it what
 * starts, what is answered and what ends.
 */

/** What a worker that stops mid-pass leaves for the next one: when the pass began and how many it held. */
export const PASS_KEY = 'check-pass';
interface PassRecord {
  startedAt: string;
  total: number;
}
/** A record older than this is not the pass being resumed: it was left by a worker long gone. */
const RECORD_MAX_AGE_MS = 24 * 3_600_000;
/** A single check (Check now on one profile, a new token) shows no bar; a pass of two or more does. */
const SHOWN_FROM = 2;

interface Pass {
  startedAt: string;
  /** Checks counted before this worker took the pass over (a resumed pass). */
  before: number;
  brokenBefore: number;
  /** Profile id → the queue stamp its check answers. */
  stamps: Map<string, string>;
  admitted: Set<string>;
  /** Not admitted when the pass was stopped: their first request never goes out. */
  refused: Set<string>;
  done: number;
  broken: number;
  stopping: boolean;
  recordedTotal: number;
}

let pass: Pass | undefined;
let recording: Promise<void> = Promise.resolve();

function parseRecord(raw: unknown): PassRecord | undefined {
  const r = raw as Partial<PassRecord> | undefined;
  return typeof r?.startedAt === 'string' && Number.isSafeInteger(r.total) ? (r as PassRecord) : undefined;
}

const total = (p: Pass) => p.before + p.stamps.size;

function view(p: Pass, phase: WorkProgress['phase'], now?: Date): WorkProgress {
  const all = total(p);
  return {
    kind: 'check',
    phase,
    done: Math.min(all, p.before + p.done),
    total: all,
    broken: p.brokenBefore + p.broken,
    startedAt: p.startedAt,
    ...(now ? { endedAt: now.toISOString() } : {}),
  };
}

function report(p: Pass): void {
  if (total(p) < SHOWN_FROM) return;
  reportWork(view(p, p.stopping ? 'stopping' : 'running'), stopPass);
}

/**
 * A drain begins. A record left by a worker that stopped mid-pass makes this the same pass: what it held
 * less what is still queued is done, and its broken connections are the ones found since it began.
 */
export async function beginPass(now: Date, queued: number): Promise<void> {
  // The pass before this one may still be clearing its record.
  await recording.catch(() => undefined);
  const record = await readMeta(PASS_KEY, parseRecord);
  const resumed = record && now.getTime() - Date.parse(record.startedAt) < RECORD_MAX_AGE_MS;
  let before = 0;
  let brokenBefore = 0;
  if (resumed) {
    before = Math.max(0, record.total - queued);
    const { profiles } = await listProfiles();
    brokenBefore = profiles.filter(
      (p) => p.lastCheck?.outcome === 'invalid' && p.lastCheck.at >= record.startedAt,
    ).length;
  }
  pass = {
    startedAt: resumed ? record.startedAt : now.toISOString(),
    before,
    brokenBefore,
    stamps: new Map(),
    admitted: new Set(),
    refused: new Set(),
    done: 0,
    broken: 0,
    stopping: false,
    recordedTotal: resumed ? record.total : 0,
  };
}

/** A check starts. Once the pass is stopping, checks that start (a new token) are not counted in it. */
export function joinPass(id: string, stamp: string): void {
  const p = pass;
  if (!p) return;
  // The same profile asked again with a new stamp (a new token) is checked whatever the stop said.
  p.refused.delete(id);
  if (p.stopping || p.stamps.has(id)) return;
  p.stamps.set(id, stamp);
  report(p);
  if (total(p) >= SHOWN_FROM) queueMicrotask(() => void keepRecord(p));
}

/** Writes the record once the checks started together have joined (one write, not one per check). */
function keepRecord(p: Pass): Promise<void> {
  recording = recording
    .catch(() => undefined)
    .then(async () => {
      if (pass !== p || p.stopping || total(p) === p.recordedTotal) return;
      p.recordedTotal = total(p);
      await writeMeta(PASS_KEY, { startedAt: p.startedAt, total: p.recordedTotal } satisfies PassRecord);
    });
  return recording.catch(() => undefined);
}

/** May this check send its first request? Not once the pass that held it was stopped. */
export function admitCheck(id: string): boolean {
  if (pass?.refused.has(id)) return false;
  pass?.admitted.add(id);
  return true;
}

/** A check has its answer (`invalid`: the connection no longer works). */
export function noteAnswer(outcome: string | undefined): void {
  if (pass && outcome === 'invalid') pass.broken++;
}

/** A check of the pass ended with its answer stored or dropped (not one refused by a stop). */
export function checkFinished(id: string): void {
  const p = pass;
  if (!p?.stamps.has(id) || p.refused.has(id)) return;
  p.done++;
  report(p);
}

/** Asked to stop: nothing not yet sent is sent, and it leaves the queue (a later worker must not resume it). */
async function stopPass(): Promise<void> {
  const p = pass;
  if (!p || p.stopping) return;
  p.stopping = true;
  const drop = [...p.stamps].filter(([id]) => !p.admitted.has(id));
  for (const [id] of drop) p.refused.add(id);
  report(p);
  await updateMeta(QUEUE_KEY, (raw) => drop.reduce((q, [id, stamp]) => crossOff(id, stamp).change(q), raw));
  recording = recording.catch(() => undefined).then(() => writeMeta(PASS_KEY, undefined));
  await recording;
}

/** The drain ended: the pass is done, or stopped, and nothing is left to resume. */
export async function endPass(now: Date): Promise<void> {
  const p = pass;
  if (!p) return;
  pass = undefined;
  if (total(p) >= SHOWN_FROM) reportWork(view(p, p.stopping ? 'stopped' : 'done', now));
  if (p.recordedTotal) {
    recording = recording.catch(() => undefined).then(() => writeMeta(PASS_KEY, undefined));
    await recording;
  }
}
