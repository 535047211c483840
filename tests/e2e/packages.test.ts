import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { packageProblems } from './packages/package-rules';
import { readZip } from './packages/read-zip';

const run = promisify(execFile);
/** Its own output folder, so that the packages are made exactly as `npm run zip` makes them without
 * touching the build the other browser tests load from `.output`. */
const OUT = resolve('.output-packages');
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') =>
  join(OUT, `${pkg.name}-${pkg.version}-${kind}.zip`);

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
}

/**
 * The environment of a build made from here, without what vitest adds: under `NODE_ENV=test` (which vitest
 * sets) Vite builds other chunks than `npm run zip` does from a shell, so the packages checked would not be
 * the ones shipped.
 */
function shellEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST)$|^VITEST/.test(key),
    ),
  );
  return { ...env, ...extra };
}

let packages: Record<'chrome' | 'firefox' | 'sources', Map<string, Buffer>>;
const manifestOf = (files: Map<string, Buffer>) =>
  JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as Manifest;

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  const env = shellEnv({ WXT_OUT_DIR: OUT });
  await run('npm', ['run', 'zip'], { env });
  await run('npm', ['run', 'zip:firefox'], { env });
  packages = {
    chrome: await readZip(zipPath('chrome')),
    firefox: await readZip(zipPath('firefox')),
    sources: await readZip(zipPath('sources')),
  };
}, 240_000);

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
});

it('the package check finds what it looks for (so that a clean answer means something)', () => {
  const bad = new Map([
    [
      'background.js',
      Buffer.from('fetch("https://127.0.0.1:4431/x");\n//# sourceMappingURL=background.js.map'),
    ],
    ['background.js.map', Buffer.from('{}')],
    ['tests/e2e/harness/index.js', Buffer.from('')],
    ['chunks/a.js', Buffer.from('import "vitest"; const host = "social.example.test";')],
  ]);
  expect(packageProblems(bad)).toEqual([
    'background.js: points at a source map',
    'background.js: names the fixture host 127.0.0.1',
    'background.js.map: a source map',
    'tests/e2e/harness/index.js: a test file',
    'chunks/a.js: names the fixture host social.example.test',
    'chunks/a.js: names the fixture host .example.test',
    'chunks/a.js: names the fixture host example.test',
    'chunks/a.js: carries test code (vitest)',
  ]);
});

describe.each(['chrome', 'firefox'] as const)('the %s package', (kind) => {
  it('holds the built extension and nothing of the tests', () => {
    const files = packages[kind];
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'background.js',
        'popup.html',
        'options.html',
        ...['en', 'es', 'de', 'fr', 'pt_BR'].map((l) => `_locales/${l}/messages.json`),
      ]),
    );
    expect(packageProblems(files)).toEqual([]);
  });

  it("carries package.json's version, and loads no code from elsewhere", () => {
    const files = packages[kind];
    expect(manifestOf(files).version).toBe(pkg.version);
    for (const [name, data] of files) {
      if (!/\.(js|html)$/.test(name)) continue;
      const text = data.toString('utf8');
      // Only the extension's own files run: no script from an address, no eval of fetched text.
      expect.soft(text, name).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect.soft(text, name).not.toMatch(/\bimport\(\s*["'`]https?:|\beval\(|new Function\(/);
    }
  });
});

it('docs/store/permissions.md justifies every permission, host and content-script site the package asks for', async () => {
  const doc = await readFile('docs/store/permissions.md', 'utf8');
  const manifest = manifestOf(packages.chrome);
  const asked = [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
  ];
  expect(asked.length).toBeGreaterThan(10);
  expect(asked.filter((p) => !doc.includes(`\`${p}\``))).toEqual([]);
});

it('the Firefox package declares its data transmission for AMO and passes web-ext lint', async () => {
  const gecko = manifestOf(packages.firefox).browser_specific_settings?.gecko;
  expect(gecko?.id).toBeTruthy();
  expect(gecko?.data_collection_permissions).toEqual({ required: ['authenticationInfo'] });
  const dir = await mkdtemp(join(tmpdir(), 'rr-firefox-package-'));
  try {
    for (const [name, data] of packages.firefox) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), data);
    }
    const lint = await run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{}' }));
    const report = JSON.parse(lint.stdout) as {
      summary: { errors: number };
      errors: { code: string; message: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(report.warnings.filter((w) => w.file === 'manifest.json').map((w) => w.message)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('the sources package for AMO holds what the build reads, and nothing installed, built or only for tests', async () => {
  const names = [...packages.sources.keys()];
  const { stdout } = await run('git', ['ls-files', 'entrypoints', 'lib', 'components', 'public']);
  const needed = [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'tsconfig.json',
    ...stdout.split('\n'),
  ];
  expect(needed.filter((f) => f && !packages.sources.has(f))).toEqual([]);
  expect(
    names.filter(
      (n) => /^(node_modules|\.output|\.wxt|\.git|tests|bench)\//.test(n) || /(^|\/)\.env/.test(n),
    ),
  ).toEqual([]);
});

it("the sources package builds the very files of the Firefox package (what AMO's reviewers check)", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rr-sources-'));
  try {
    for (const [name, data] of packages.sources) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), data);
    }
    // The installed dependencies stand in for `npm ci` (same lockfile), so the test needs no network.
    await symlink(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const env = shellEnv({ WXT_OUT_DIR: '.output' });
    await run('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir, env });
    const built = join(dir, '.output', 'firefox-mv2');
    const differing: string[] = [];
    for (const [name, data] of packages.firefox) {
      const rebuilt = await readFile(join(built, name)).catch(() => undefined);
      if (!rebuilt?.equals(data)) differing.push(name);
    }
    expect(differing).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 180_000);
