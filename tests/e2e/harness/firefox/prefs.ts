/**
 * The preferences a test profile of Firefox starts with (written to `user.js`). Marionette adds its own
 * recommended ones (`remote.prefs.recommended`); these are what the tests need on top.
 */
export function firefoxPrefs(options: {
  proxyPort: number;
  addonId: string;
  uuid: string;
  downloadDir: string;
}): Record<string, string | number | boolean> {
  return {
    // A free port chosen by the OS, written to <profile>/MarionetteActivePort.
    'marionette.port': 0,
    // The moz-extension://<uuid>/ address is otherwise random per profile.
    'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: options.uuid }),
    // Every host, localhost included, goes through the CONNECT proxy: it tunnels the fake world's hosts
    // and refuses the rest, so nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'network.http.speculative-parallel-limit': 0,
    // Downloads (the options page's exports) go straight to a folder of the test, without a prompt.
    'browser.download.folderList': 2,
    'browser.download.dir': options.downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    // No first-run pages, telemetry, experiments or remote settings.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'services.settings.server': 'data:,',
    'extensions.getAddons.cache.enabled': false,
  };
}

export function userJs(prefs: Record<string, string | number | boolean>): string {
  const lines = Object.entries(prefs).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  return `${lines.join('\n')}\n`;
}
