import type { Marionette } from './marionette';

/**
 * Headless Firefox has no desktop to show a notification on: its alerts service closes each one at once
 * (`notifications.onClosed` fires immediately and `notifications.getAll()` stays empty, measured on 153 ESR).
 * This replaces the system alerts service (contract `@mozilla.org/alerts-service;1`, the one
 * `notifications.create` hands each notification to) with one that keeps it open until it is cleared, as a
 * desktop would, so that the tests see what Firefox shows.
 */
export async function keepNotificationsOpen(m: Marionette): Promise<void> {
  await m.send('Marionette:SetContext', { value: 'chrome' });
  try {
    await m.send('WebDriver:ExecuteScript', {
      script: `
        const open = new Map();
        const service = {
          QueryInterface: ChromeUtils.generateQI(['nsIAlertsService']),
          showAlert(alert, listener) {
            open.set(alert.name, { alert, listener });
            listener?.observe(null, 'alertshow', alert.cookie);
          },
          closeAlert(name) {
            const shown = open.get(name);
            open.delete(name);
            shown?.listener?.observe(null, 'alertfinished', shown.alert.cookie);
          },
        };
        const factory = {
          QueryInterface: ChromeUtils.generateQI(['nsIFactory']),
          createInstance: (iid) => service.QueryInterface(iid),
        };
        Components.manager.QueryInterface(Ci.nsIComponentRegistrar).registerFactory(
          Components.ID('{6d3a3f1e-2f0c-4b6e-9d55-6d0c2b7f0a11}'), 'Alerts kept open for tests',
          '@mozilla.org/alerts-service;1', factory);`,
      args: [],
    });
  } finally {
    await m.send('Marionette:SetContext', { value: 'content' });
  }
}
