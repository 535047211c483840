import type { Marionette } from './marionette';

async function inChrome<T>(m: Marionette, script: string, args: unknown[] = []): Promise<T> {
  await m.send('Marionette:SetContext', { value: 'chrome' });
  try {
    return await m.value<T>('WebDriver:ExecuteScript', { script, args });
  } finally {
    await m.send('Marionette:SetContext', { value: 'content' });
  }
}

/**
 * Headless Firefox has no desktop to show a notification on: its alerts service closes each one at once
 * (`notifications.onClosed` fires immediately and `notifications.getAll()` stays empty, measured on 153 ESR).
 * This replaces the system alerts service (contract `@mozilla.org/alerts-service;1`, the one
 * `notifications.create` hands each notification to) with one that keeps it open until it is cleared, as a
 * desktop would, so that the tests see what Firefox shows. It also keeps every alert's title, text and action
 * buttons (`shownAlerts`), and can click one as a person would on the desktop (`clickAlert`).
 */
export async function keepNotificationsOpen(m: Marionette): Promise<void> {
  await inChrome(
    m,
    `
        const open = new Map();
        const shown = [];
        Services.wm.getMostRecentWindow('navigator:browser').__rrAlerts = { open, shown };
        const service = {
          QueryInterface: ChromeUtils.generateQI(['nsIAlertsService']),
          showAlert(alert, listener) {
            open.set(alert.name, { alert, listener });
            shown.push({ name: alert.name, title: alert.title, text: alert.text, actions: (alert.actions || []).length });
            listener?.observe(null, 'alertshow', alert.cookie);
          },
          closeAlert(name) {
            const one = open.get(name);
            open.delete(name);
            one?.listener?.observe(null, 'alertfinished', one.alert.cookie);
          },
        };
        const factory = {
          QueryInterface: ChromeUtils.generateQI(['nsIFactory']),
          createInstance: (iid) => service.QueryInterface(iid),
        };
        Components.manager.QueryInterface(Ci.nsIComponentRegistrar).registerFactory(
          Components.ID('{6d3a3f1e-2f0c-4b6e-9d55-6d0c2b7f0a11}'), 'Alerts kept open for tests',
          '@mozilla.org/alerts-service;1', factory);`,
  );
}

export interface ShownAlert {
  /** The notification's id as the extension gave it. */
  name: string;
  title: string;
  text: string;
  /** How many action buttons it had (Firefox's notifications have none). */
  actions: number;
}

/** Every notification Firefox was asked to show so far, oldest first (closed ones too). */
export function shownAlerts(m: Marionette): Promise<ShownAlert[]> {
  return inChrome(m, `return Services.wm.getMostRecentWindow('navigator:browser').__rrAlerts.shown.slice();`);
}

/** Clicks a notification that is open (by the id the extension gave it), as on the desktop. */
export async function clickAlert(m: Marionette, id: string): Promise<void> {
  const clicked = await inChrome<boolean>(
    m,
    `const one = Services.wm.getMostRecentWindow('navigator:browser').__rrAlerts.open.get(arguments[0]);
     one?.listener?.observe(null, 'alertclickcallback', one.alert.cookie);
     return !!one;`,
    [id],
  );
  if (!clicked) throw new Error(`No open notification "${id}" to click`);
}
