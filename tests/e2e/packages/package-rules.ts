import { MIXPOST_HOST } from '../../fake-platforms/tools';

/**
 * Addresses only the tests use: the fake world listens on 127.0.0.1, and its self-hosted tool and the
 * hostile pages of the tests live under reserved test names (RFC 2606: `.test`, `.example`, `.invalid`).
 * `example.com`, the UI's own placeholder address, is not one of them.
 */
const FIXTURE_HOSTS = [
  '127.0.0.1',
  'localhost',
  MIXPOST_HOST,
  '.example.test',
  'example.test',
  'evil.example',
  '.invalid/',
];

/** Names that only test code carries: the test runners, the fakes and the harness. */
const TEST_MARKERS = [
  'vitest',
  'playwright',
  'fake-platforms',
  'fake-indexeddb',
  'fakeBrowser',
  'happy-dom',
  'startWorld',
  'launchExtension',
];

const TEXT = /\.(js|mjs|html|css|json|txt|svg)$/;

/**
 * What must not be in a package a store receives: source maps (and any pointer to one), files of the
 * repository's tests, fixture hosts, and test code bundled in. One line per problem, empty when clean.
 */
export function packageProblems(files: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [name, data] of files) {
    if (name.endsWith('.map')) problems.push(`${name}: a source map`);
    if (/(^|\/)(tests?|__tests__|fixtures)\//.test(name) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(name))
      problems.push(`${name}: a test file`);
    if (/\.[cm]?tsx?$/.test(name)) problems.push(`${name}: TypeScript source`);
    if (!TEXT.test(name)) continue;
    const text = data.toString('utf8');
    if (text.includes('sourceMappingURL')) problems.push(`${name}: points at a source map`);
    for (const host of FIXTURE_HOSTS)
      if (text.includes(host)) problems.push(`${name}: names the fixture host ${host}`);
    for (const marker of TEST_MARKERS)
      if (text.includes(marker)) problems.push(`${name}: carries test code (${marker})`);
  }
  return problems;
}
