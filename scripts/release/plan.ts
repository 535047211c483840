/**
 * The pure parts of `npm run release -- X.Y.Z` (scripts/release/cut.ts runs git and writes the files):
 * which version may be cut, what the files become. Kept free of I/O so that tests can hold them.
 */

export interface Release {
  version: string;
  /** The full hash of the commit the release was cut from. */
  commit: string;
  /** `YYYY-MM-DD` (UTC) of the cut. */
  date: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A plain `MAJOR.MINOR.PATCH` (https://semver.org/; no pre-release: Chrome's manifest version is numbers only). */
export function parseVersion(version: string): [number, number, number] | undefined {
  const m = SEMVER.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Negative when `a` is older than `b`, 0 when equal, positive when newer. Both must parse. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [parseVersion(a), parseVersion(b)];
  if (!pa || !pb) throw new Error(`Not a MAJOR.MINOR.PATCH version: ${pa ? b : a}`);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** The newest recorded release (by version), if any. */
export function newestRelease(releases: readonly Release[]): Release | undefined {
  return [...releases].sort((a, b) => compareVersions(b.version, a.version))[0];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `## 0.2.0` at the start of a line, then the end of the line or a separator (`## 0.2.0 — unreleased`). */
const headingOf = (version: string) => new RegExp(`^## ${escapeRegExp(version)}(?=\\s|$)(.*)$`, 'm');

/** The text under the CHANGELOG's heading for `version`, up to the next `## `, trimmed ('' when there is none). */
export function changelogEntry(changelog: string, version: string): string {
  const m = headingOf(version).exec(changelog);
  if (!m) return '';
  const rest = changelog.slice(m.index + m[0].length);
  const next = rest.search(/^## /m);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}

export interface ReleaseInput {
  version: string;
  /** package.json's version now. */
  current: string;
  releases: readonly Release[];
  changelog: string;
  /** `git status --porcelain`: empty when the tree is clean. */
  status: string;
}

/** Every reason the release cannot be cut now (empty: go ahead). */
export function releaseProblems({ version, current, releases, changelog, status }: ReleaseInput): string[] {
  if (!parseVersion(version)) return [`"${version}" is not a MAJOR.MINOR.PATCH version (e.g. 0.2.0).`];
  const problems: string[] = [];
  if (status.trim()) problems.push('The working tree has uncommitted changes: commit or stash them first.');
  if (compareVersions(version, current) <= 0) {
    problems.push(`${version} is not higher than package.json's version ${current}.`);
  }
  const newest = newestRelease(releases);
  if (newest && compareVersions(version, newest.version) <= 0) {
    problems.push(`${version} is not higher than the newest recorded release ${newest.version}.`);
  }
  if (!changelogEntry(changelog, version)) {
    problems.push(
      `CHANGELOG.md has no entry for ${version}: add "## ${version}" with what changed for users.`,
    );
  }
  return problems;
}

/** The CHANGELOG with the version's heading dated: `## 0.2.0 — unreleased` becomes `## 0.2.0 — 2026-12-07`. */
export function datedChangelog(changelog: string, version: string, date: string): string {
  return changelog.replace(headingOf(version), `## ${version} — ${date}`);
}

/** package.json's text with its version set, everything else as it was. */
export function withPackageVersion(packageJson: string, version: string): string {
  return `${JSON.stringify({ ...JSON.parse(packageJson), version }, null, 2)}\n`;
}

/** package-lock.json's text with the project's own version set (top level and the root package entry). */
export function withLockVersion(lockJson: string, version: string): string {
  const lock = JSON.parse(lockJson);
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** The release list with this one added (oldest first), as docs/releases.json holds it. */
export function withRelease(releases: readonly Release[], release: Release): string {
  const all = [...releases.filter((r) => r.version !== release.version), release];
  all.sort((a, b) => compareVersions(a.version, b.version));
  return `${JSON.stringify(all, null, 2)}\n`;
}
