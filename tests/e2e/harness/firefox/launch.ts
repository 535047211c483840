import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from '../wait-for';
import { keepNotificationsOpen } from './alerts';
import { type ConnectProxy, startConnectProxy } from './connect-proxy';
import { Marionette } from './marionette';
import { firefoxPrefs, userJs } from './prefs';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); `RR_FIREFOX` names another binary. */
export const FIREFOX_PATH = process.env.RR_FIREFOX ?? '/usr/bin/firefox-esr';
/** The extension's address is fixed in advance (pref `extensions.webextensions.uuids`). */
export const EXTENSION_UUID = 'b9a5e3c1-7d44-4c3e-9f0a-2b6d1e8c4f57';

export interface FirefoxLaunchOptions {
  /** The built MV2 extension; default `$RR_FIREFOX_EXTENSION_DIR`, else `.output/firefox-mv2`. */
  extensionDir?: string;
  /** Where each hostname goes: a local port (the fake world), or `undefined` to refuse it. */
  route?: (host: string) => number | undefined;
  /** More environment for Firefox. */
  env?: Record<string, string>;
}

export interface FirefoxSession {
  marionette: Marionette;
  /** e.g. `firefox 153.8.0` */
  version: string;
  extensionDir: string;
  addonId: string;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** Where downloads land (exports). */
  downloadDir: string;
  /** Tunnels the proxy refused (hosts the fake world does not play). */
  refusedHosts(): readonly string[];
  /** Quits Firefox (killed after 10 s), stops the proxy and removes the profile; never throws. */
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox headless on a new temporary profile with Marionette on a free port, every https
 * host sent through a CONNECT proxy (`route`), certificates accepted (`acceptInsecureCerts` also covers the
 * background's fetches), and the built extension installed as a temporary add-on. On any failure everything
 * started so far is stopped before the error is thrown.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: run apt-get install -y firefox-esr`);
  }
  const extensionDir = resolve(
    options.extensionDir ?? process.env.RR_FIREFOX_EXTENSION_DIR ?? join('.output', 'firefox-mv2'),
  );
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${extensionDir}: run npx wxt build -b firefox first`);
  }
  const gecko = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko;
  const addonId: string = gecko.id;

  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  let marionette: Marionette | undefined;
  const cleanUp = async () => {
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => {});
    cleanups.length = 0;
  };
  try {
    const proxy: ConnectProxy = await startConnectProxy(options.route ?? (() => undefined));
    cleanups.push(() => proxy.close());
    const profile = await mkdtemp(join(tmpdir(), 'rr-firefox-'));
    cleanups.push(() => rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
    const downloadDir = join(profile, 'downloads');
    await mkdir(downloadDir);
    const prefs = firefoxPrefs({ proxyPort: proxy.port, addonId, uuid: EXTENSION_UUID, downloadDir });
    await writeFile(join(profile, 'user.js'), userJs(prefs));

    const child = startProcess(profile, options.env);
    cleanups.push(() => stopProcess(child.process, marionette));
    const portFile = join(profile, 'MarionetteActivePort');
    const port = await waitFor(
      async () => {
        if (child.process.exitCode !== null)
          throw new Error(`Firefox exited: ${child.output().slice(-2000)}`);
        return existsSync(portFile) && Number(await readFile(portFile, 'utf8'));
      },
      { timeout: 30_000, interval: 100, message: `Firefox's Marionette port (${portFile})` },
    );
    marionette = await Marionette.connect(port);
    const session = (await marionette.send('WebDriver:NewSession', {
      acceptInsecureCerts: true,
      timeouts: { script: 30_000, pageLoad: 30_000, implicit: 0 },
    })) as { capabilities: { browserName: string; browserVersion: string } };
    const installed = await marionette.value<string>('Addon:Install', {
      path: extensionDir,
      temporary: true,
    });
    if (installed !== addonId) throw new Error(`Addon:Install installed ${installed}, expected ${addonId}`);
    await keepNotificationsOpen(marionette);
    const m = marionette;
    return {
      marionette: m,
      version: `${session.capabilities.browserName} ${session.capabilities.browserVersion}`,
      extensionDir,
      addonId,
      extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
      downloadDir,
      refusedHosts: () => proxy.refused,
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function startProcess(profile: string, env: Record<string, string> = {}) {
  const args = [
    '--headless',
    '--marionette',
    '--remote-allow-system-access',
    '--no-remote',
    '--profile',
    profile,
  ];
  const child = spawn(FIREFOX_PATH, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      MOZ_CRASHREPORTER_DISABLE: '1',
      MOZ_HEADLESS_WIDTH: '1280',
      MOZ_HEADLESS_HEIGHT: '900',
      ...env,
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(String(chunk));
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // If this process dies first (a test timed out, Ctrl-C), Firefox must not outlive it.
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  child.once('exit', () => process.off('exit', onExit));
  return { process: child, output: () => output.join('') };
}

async function stopProcess(child: ChildProcess, marionette: Marionette | undefined): Promise<void> {
  const exited = new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(undefined);
    else child.once('exit', done);
  });
  if (marionette) {
    await Promise.race([
      marionette.send('Marionette:Quit', {}, 10_000).catch(() => {}),
      new Promise((done) => setTimeout(done, 10_000)),
    ]);
    marionette.close();
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((done) => (timer = setTimeout(done, 10_000)))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
  // Firefox's helper processes can hold the inherited pipes open a while after it exits.
  child.stdout?.destroy();
  child.stderr?.destroy();
}
