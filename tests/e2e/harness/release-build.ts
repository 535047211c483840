import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Release } from '../../../scripts/release/plan';

/**
 * Builds an earlier release of the extension from this repository's own history: `git archive <commit>` into
 * `.output-releases/<commit>/src` (git-ignored; not under node_modules, whose path turns off WXT's auto-imports),
 * then `wxt build` there. The build is kept per commit, so each release is built once per checkout.
 * The release's own dependencies are this checkout's node_modules when its package-lock.json pins no package at
 * another version than ours does (true from 0.1.0 on: since then packages were only added); otherwise `npm ci`.
 */

const CACHE = resolve('.output-releases');

/** docs/releases.json: every release and the commit it was cut from, oldest first. */
export function recordedReleases(): Release[] {
  return JSON.parse(readFileSync(resolve('docs/releases.json'), 'utf8')) as Release[];
}

/** Packages the old lock pins at a version ours does not have (empty: our node_modules serves it). */
export function lockDifferences(oldLock: string, ourLock: string): string[] {
  const ours = JSON.parse(ourLock).packages as Record<string, { version?: string }>;
  const theirs = JSON.parse(oldLock).packages as Record<string, { version?: string }>;
  return Object.entries(theirs)
    .filter(([path, p]) => path !== '' && ours[path]?.version !== p.version)
    .map(([path, p]) => `${path}@${p.version}`);
}

function git(args: string[], options: { input?: Buffer } = {}): Buffer {
  return execFileSync('git', args, {
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...options,
  });
}

/** The built Chromium extension of `commit` (its `chrome-mv3` folder), building it on first use. */
export async function releaseBuild(commit: string): Promise<string> {
  const home = join(CACHE, commit);
  const built = join(home, 'out', 'chrome-mv3');
  if (existsSync(join(built, 'manifest.json'))) return built;
  try {
    git(['cat-file', '-e', `${commit}^{commit}`], {});
  } catch {
    throw new Error(
      `Commit ${commit} (a recorded release) is not in this clone: the update test builds releases from the ` +
        "repository's history, which a shallow clone lacks (git fetch --unshallow).",
    );
  }
  const src = join(home, 'src');
  await rm(home, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  execFileSync('tar', ['-x', '-C', src], { input: git(['archive', '--format=tar', commit]) });
  const differences = lockDifferences(
    await readFile(join(src, 'package-lock.json'), 'utf8'),
    await readFile(resolve('package-lock.json'), 'utf8'),
  );
  // Vitest's NODE_ENV=test would leak into the build (a development build of Preact and zod).
  const env = { ...process.env, NODE_ENV: 'production', WXT_OUT_DIR: join(home, 'building') };
  if (differences.length === 0) await symlink(resolve('node_modules'), join(src, 'node_modules'), 'dir');
  else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: src, env, stdio: 'ignore' });
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: src, env, stdio: 'pipe' });
  } catch (error) {
    const out = (error as { stdout?: Buffer; stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Building the release of ${commit} failed:\n${out.slice(-2000)}`);
  }
  // Renamed into place only when whole: a build cut short is not taken for a cached one.
  await rename(join(home, 'building'), join(home, 'out'));
  return built;
}

/** The manifest's version (1 to 4 dot-separated numbers), compared number by number. */
export function manifestVersionAbove(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

/**
 * Replaces the extension in `dir` with the build in `from`, as a store update does: the same folder, the new
 * files, a higher manifest version. When today's version is not above the old one (no release cut since), the
 * copy's manifest says `<old>.1`, which Chrome orders above `<old>`.
 */
export async function replaceWithBuild(dir: string, from: string): Promise<string> {
  const old = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).version as string;
  await rm(dir, { recursive: true, force: true });
  await cp(from, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  if (!manifestVersionAbove(manifest.version, old)) manifest.version = `${old}.1`;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return manifest.version;
}
