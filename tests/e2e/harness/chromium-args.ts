/** Kept free of vitest so that the benchmark script can launch Chromium the same way. */

/** docs/architecture.md, "Toolchain facts": the flags that load an unpacked extension in headless Debian Chromium. */
export function chromiumArgs(extensionDir: string, port: number, hosts: readonly string[]): string[] {
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // ignoreHTTPSErrors covers pages only; the service worker's fetches to the fake world need this.
    '--ignore-certificate-errors',
    `--host-resolver-rules=${[...rules, 'EXCLUDE localhost'].join(', ')}`,
  ];
}
