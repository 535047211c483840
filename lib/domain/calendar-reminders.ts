import type { CalendarEvent } from './ics';
import type { PlatformId } from './platform-id';
import { platform } from './platform-metadata';
import type { Reason } from './reasons';
import type { Status } from './token-status';

/** What a reminder needs of a profile: its verdict from `evaluateStatus`, and where to reconnect it. */
export interface ReminderProfile {
  id: string;
  name: string;
  platform: PlatformId;
  status: Status;
  reason?: Reason;
  /** The effective expiry (ISO); `null` or absent: nothing to remind of. */
  expiresAt?: string | null;
  reconnectTarget: string;
  updatedAt?: string;
}

/** The page's words (through browser.i18n), so that the file reads in the person's language. */
export interface ReminderText {
  title(name: string, platformName: string): string;
  /** A reason's title, explanation and remedy in the reader's language. */
  reason(reason: Reason): { title: string; explanation: string; remedy: string };
  description(reason: string, remedy: string, link: string): string;
}

/** The domain part of every UID: the UID stays the same for a profile from one export to the next. */
export const UID_DOMAIN = 'reconnect-radar.extension';

/**
 * One event per connection that ends on a known date still ahead. Connections already broken are left
 * out: they need reconnecting now, not a date in the calendar (the badge and popup say so).
 */
export function reminderEvents(
  profiles: readonly ReminderProfile[],
  warnDays: number,
  now: Date,
  text: ReminderText,
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const p of profiles) {
    if (!p.expiresAt || p.status === 'expired' || p.status === 'disconnected') continue;
    const start = new Date(p.expiresAt);
    if (Number.isNaN(start.getTime()) || start <= now) continue;
    // A profile that is fine has no reason yet: the reminder is about its lifetime running out.
    const copy = text.reason(p.reason ?? 'lifetime-ending');
    events.push({
      uid: `${p.id}@${UID_DOMAIN}`,
      start,
      durationMinutes: 30,
      summary: text.title(p.name, platform(p.platform).displayName),
      description: text.description(`${copy.title}: ${copy.explanation}`, copy.remedy, p.reconnectTarget),
      url: p.reconnectTarget,
      modified: p.updatedAt ? new Date(p.updatedAt) : undefined,
      alarmDaysBefore: warnDays,
    });
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}
