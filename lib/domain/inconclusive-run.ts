import type { InconclusiveRun, LastCheck, Profile } from './profile';

/** The same can't-tell answer this many times in a row becomes a visible notice. */
export const NOTICE_AFTER_SAME = 3;
/** Can't-tell answers for this long (any of them) become a visible notice too. */
export const NOTICE_AFTER_MS = 24 * 3_600_000;

const fingerprint = (check: LastCheck) =>
  [check.httpStatus ?? '', check.code ?? '', check.subcode ?? '', check.detail ?? ''].join('|').slice(0, 800);

/**
 * The run of can't-tell answers after `check`. A valid or invalid answer ends it; a check that got no
 * answer at all (transient) neither grows nor ends it; a can't-tell answer grows it (or starts it), counting
 * how often the latest answer came in a row. Pure.
 */
export function nextInconclusiveRun(
  run: InconclusiveRun | undefined,
  check: LastCheck,
): InconclusiveRun | undefined {
  if (check.outcome === 'transient') return run;
  if (check.outcome !== 'inconclusive') return undefined;
  const answer = fingerprint(check);
  const detail = (check.detail ?? '').slice(0, 500);
  if (!run) return { since: check.at, same: 1, answer, detail };
  return { since: run.since, same: run.answer === answer ? run.same + 1 : 1, answer, detail };
}

/** The latest check read an answer that proves nothing either way: the status shown is the last known one. */
export function isCantTell(profile: Pick<Profile, 'lastCheck'>): boolean {
  return profile.lastCheck?.outcome === 'inconclusive';
}

/**
 * What the platform keeps answering, once can't-tell has gone on too long to stay quiet about (the same
 * answer {@link NOTICE_AFTER_SAME} times in a row, or {@link NOTICE_AFTER_MS} of them): a dead token must
 * never hide behind "can't tell". `undefined` while there is nothing to say; `''` when the platform's answer
 * carried no message of its own to quote (the page then says so in its own words).
 */
export function keepsAnswering(profile: Pick<Profile, 'inconclusiveRun'>, now: Date): string | undefined {
  const run = profile.inconclusiveRun;
  if (!run) return undefined;
  const long = now.getTime() - Date.parse(run.since) >= NOTICE_AFTER_MS;
  return run.same >= NOTICE_AFTER_SAME || long ? run.detail : undefined;
}
