import type { PlatformId } from './platform-id';
import type { Status, StatusVerdict } from './token-status';
import {
  addDays,
  type CivilDate,
  civilDate,
  dateKey,
  daysBetween,
  isoWeekday,
  mondayOf,
  startOfDay,
} from './zoned-time';

/**
 * The layout of the options page's "Coming up" timeline: which day each profile's connection ends on,
 * in the person's own time zone, where today and the warning window lie, and the same profiles grouped
 * by week for the list. Pure: statuses and expiry dates come from `evaluateStatus` (the caller's
 * verdicts), never derived again here.
 */

const DAY_MS = 86_400_000;

export interface TimelineProfile {
  id: string;
  name: string;
  platform: PlatformId;
  verdict: Pick<StatusVerdict, 'status' | 'expiresAt' | 'snoozed'>;
}

export interface TimelineInput {
  now: Date;
  /** How many days the timeline shows, today included (the 30/60/90 setting). */
  days: number;
  /** The warning setting: a connection inside this many days of its end is "expiring". */
  warnDays: number;
  /** IANA zone the days are counted in (the browser's own). */
  timeZone: string;
  profiles: readonly TimelineProfile[];
  /** Marks stacked on one day before the rest are counted as "+N". */
  maxLanes?: number;
}

export interface TimelineDay {
  index: number;
  date: CivilDate;
  key: string;
  /** The day's first instant in the zone. */
  start: Date;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  firstOfMonth: boolean;
}

export interface TimelineMark {
  id: string;
  name: string;
  platform: PlatformId;
  status: Status;
  snoozed: boolean;
  /** When the connection ends; absent for a broken profile whose end date is unknown. */
  expiresAt?: Date;
  /** The day column (0 = today). Broken profiles sit on today: they need reconnecting now. */
  day: number;
  /** 0 = bottom row of that day's stack. */
  lane: number;
}

export interface TimelineWeek {
  /** Monday of the week. */
  monday: CivilDate;
  key: string;
  marks: TimelineMark[];
}

export interface TimelineLayout {
  days: TimelineDay[];
  /** Where now is, in day columns from the start of today (2.5 = noon the day after tomorrow). */
  nowAt: number;
  /** Where the warning window ends, in day columns (it starts at `nowAt`); capped at the range. */
  warningEndsAt: number;
  /** Marks drawn on the chart (lane < maxLanes), soonest first. */
  marks: TimelineMark[];
  /** Marks that did not fit on their day's stack, per day column. */
  overflow: { day: number; count: number }[];
  /** Highest lane count on any day (at most maxLanes): the chart's height. */
  lanes: number;
  /** Expired or disconnected: already broken, listed first. */
  broken: TimelineMark[];
  /** Ends within the range, by week (weeks with nothing are left out). */
  weeks: TimelineWeek[];
  /** Ends after the range. */
  later: TimelineMark[];
  /** Does not end by date (X, or a tool that says the connection is fine with no end). */
  noEndDate: TimelineProfile[];
  /** No date known at all. */
  unknownDate: TimelineProfile[];
}

const isBroken = (s: Status) => s === 'expired' || s === 'disconnected';

function byTimeThenName(a: TimelineMark, b: TimelineMark): number {
  const ta = a.expiresAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const tb = b.expiresAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return ta - tb || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const { now, timeZone } = input;
  const rangeDays = Math.max(1, Math.floor(input.days));
  const maxLanes = input.maxLanes ?? 6;
  const today = civilDate(now, timeZone);

  const days: TimelineDay[] = [];
  for (let index = 0; index < rangeDays; index++) {
    const date = addDays(today, index);
    days.push({
      index,
      date,
      key: dateKey(date),
      start: startOfDay(date, timeZone),
      weekday: isoWeekday(date),
      firstOfMonth: date.day === 1,
    });
  }

  /** Day columns from the start of today to `instant`, the fraction by the real length of its day. */
  const position = (instant: Date): number => {
    const date = civilDate(instant, timeZone);
    const start = startOfDay(date, timeZone).getTime();
    const length = startOfDay(addDays(date, 1), timeZone).getTime() - start;
    return daysBetween(today, date) + (instant.getTime() - start) / length;
  };

  const inRange: TimelineMark[] = [];
  const broken: TimelineMark[] = [];
  const later: TimelineMark[] = [];
  const noEndDate: TimelineProfile[] = [];
  const unknownDate: TimelineProfile[] = [];
  for (const p of input.profiles) {
    const { status, expiresAt, snoozed } = p.verdict;
    const mark = (day: number): TimelineMark => ({
      id: p.id,
      name: p.name,
      platform: p.platform,
      status,
      snoozed,
      expiresAt: expiresAt ?? undefined,
      day,
      lane: 0,
    });
    if (isBroken(status)) broken.push(mark(0));
    else if (expiresAt === null) noEndDate.push(p);
    else if (expiresAt === undefined) unknownDate.push(p);
    else {
      // A date already past is the status's business (it says expired); never draw it before today.
      const day = Math.max(0, daysBetween(today, civilDate(expiresAt, timeZone)));
      if (day < rangeDays) inRange.push(mark(day));
      else later.push(mark(day));
    }
  }
  broken.sort(byTimeThenName);
  inRange.sort(byTimeThenName);
  later.sort(byTimeThenName);
  const byName = (a: TimelineProfile, b: TimelineProfile) =>
    a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  noEndDate.sort(byName);
  unknownDate.sort(byName);

  // Broken profiles first on today's stack: they are the most urgent.
  const stacks = new Map<number, number>();
  const marks: TimelineMark[] = [];
  const overflowByDay = new Map<number, number>();
  for (const m of [...broken, ...inRange]) {
    const lane = stacks.get(m.day) ?? 0;
    stacks.set(m.day, lane + 1);
    m.lane = lane;
    if (lane < maxLanes) marks.push(m);
    else overflowByDay.set(m.day, (overflowByDay.get(m.day) ?? 0) + 1);
  }
  const lanes = Math.min(maxLanes, Math.max(0, ...stacks.values()));

  const weeks: TimelineWeek[] = [];
  for (const m of inRange) {
    const monday = mondayOf(addDays(today, m.day));
    const key = dateKey(monday);
    const last = weeks[weeks.length - 1];
    if (last?.key === key) last.marks.push(m);
    else weeks.push({ monday, key, marks: [m] });
  }

  const nowAt = position(now);
  const warningEndsAt = Math.min(rangeDays, position(new Date(now.getTime() + input.warnDays * DAY_MS)));
  return {
    days,
    nowAt,
    warningEndsAt,
    marks,
    overflow: [...overflowByDay].map(([day, count]) => ({ day, count })),
    lanes,
    broken,
    weeks,
    later,
    noEndDate,
    unknownDate,
  };
}
