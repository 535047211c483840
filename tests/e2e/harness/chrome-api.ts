/**
 * The few `chrome.*` calls the harness makes inside the extension (functions passed to `evaluate` run
 * there, not here). Declared by hand: the project has no @types/chrome, and these are all it needs.
 */
export interface ChromeApi {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
    getTitle(details: object): Promise<string>;
  };
  alarms: { getAll(): Promise<ChromeAlarm[]> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; id: string };
}

export interface ChromeAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface Badge {
  text: string;
  /** '#RRGGBB', upper case (compare with BADGE_RED / BADGE_AMBER). */
  color: string;
  title: string;
}
