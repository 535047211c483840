import { describe, expect, it } from 'vitest';
import {
  changelogEntry,
  compareVersions,
  datedChangelog,
  newestRelease,
  parseVersion,
  type Release,
  releaseProblems,
  withLockVersion,
  withPackageVersion,
  withRelease,
} from '../../../scripts/release/plan';

const FIRST: Release = {
  version: '0.1.0',
  commit: '581a060b6dc22a5a52609f5c9426d1d511a8bb63',
  date: '2026-11-26',
};
const CHANGELOG = `# Changelog\n\nIntro.\n\n## 0.2.0 — unreleased\n\n- New: tools.\n\n## 0.1.0 — 2026-11-26\n\nThe first release.\n`;

describe('versions', () => {
  it('reads MAJOR.MINOR.PATCH only (no pre-release, no leading zeros: a manifest version is numbers)', () => {
    expect(parseVersion('0.2.0')).toEqual([0, 2, 0]);
    expect(parseVersion('10.0.12')).toEqual([10, 0, 12]);
    for (const bad of ['0.2', 'v0.2.0', '0.2.0-beta.1', '01.2.0', '0.2.0.1', '']) {
      expect(parseVersion(bad)).toBeUndefined();
    }
  });

  it('compares numerically, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '0.99.99')).toBeGreaterThan(0);
    expect(compareVersions('0.2.0', '0.2.0')).toBe(0);
    expect(compareVersions('0.1.9', '0.2.0')).toBeLessThan(0);
  });

  it('the newest release is the highest version, whatever the order of the list', () => {
    const later = { ...FIRST, version: '0.10.0' };
    expect(newestRelease([later, FIRST, { ...FIRST, version: '0.9.0' }])).toBe(later);
    expect(newestRelease([])).toBeUndefined();
  });
});

describe('the CHANGELOG', () => {
  it('finds the entry under a version heading, up to the next heading', () => {
    expect(changelogEntry(CHANGELOG, '0.2.0')).toBe('- New: tools.');
    expect(changelogEntry(CHANGELOG, '0.1.0')).toBe('The first release.');
    expect(changelogEntry(CHANGELOG, '0.3.0')).toBe('');
    // 0.2.0 is not 0.2.01 nor the start of 0.2.0.1
    expect(changelogEntry('## 0.2.01\n\ntext\n', '0.2.0')).toBe('');
  });

  it('dates the heading of the version being cut and leaves the others', () => {
    const dated = datedChangelog(CHANGELOG, '0.2.0', '2026-12-07');
    expect(dated).toContain('## 0.2.0 — 2026-12-07\n\n- New: tools.');
    expect(dated).toContain('## 0.1.0 — 2026-11-26');
    expect(datedChangelog('## 0.2.0\n\n- x\n', '0.2.0', '2026-12-07')).toBe('## 0.2.0 — 2026-12-07\n\n- x\n');
  });
});

describe('whether a release may be cut', () => {
  const ok = { version: '0.2.0', current: '0.1.0', releases: [FIRST], changelog: CHANGELOG, status: '' };

  it('a clean tree, a higher version and an entry: nothing stands in the way', () => {
    expect(releaseProblems(ok)).toEqual([]);
  });

  it('names every problem at once', () => {
    const problems = releaseProblems({ ...ok, version: '0.1.0', status: ' M README.md\n' });
    expect(problems).toEqual([
      'The working tree has uncommitted changes: commit or stash them first.',
      "0.1.0 is not higher than package.json's version 0.1.0.",
      '0.1.0 is not higher than the newest recorded release 0.1.0.',
    ]);
  });

  it('refuses a version lower than a recorded release even when package.json lags behind', () => {
    const releases = [FIRST, { ...FIRST, version: '0.3.0' }];
    expect(releaseProblems({ ...ok, releases })).toEqual([
      '0.2.0 is not higher than the newest recorded release 0.3.0.',
    ]);
  });

  it('refuses a version without a CHANGELOG entry, or with an empty one', () => {
    expect(releaseProblems({ ...ok, version: '0.3.0' })).toEqual([
      'CHANGELOG.md has no entry for 0.3.0: add "## 0.3.0" with what changed for users.',
    ]);
    expect(releaseProblems({ ...ok, changelog: '## 0.2.0\n\n## 0.1.0\n\nfirst\n' })).toHaveLength(1);
  });

  it('refuses what is not a version before anything else', () => {
    expect(releaseProblems({ ...ok, version: 'v0.2.0' })).toEqual([
      '"v0.2.0" is not a MAJOR.MINOR.PATCH version (e.g. 0.2.0).',
    ]);
  });
});

describe('the files a release writes', () => {
  it("sets package.json's version and keeps every other field in its order", () => {
    const before = '{\n  "name": "reconnect-radar",\n  "version": "0.1.0",\n  "private": true\n}\n';
    expect(withPackageVersion(before, '0.2.0')).toBe(
      '{\n  "name": "reconnect-radar",\n  "version": "0.2.0",\n  "private": true\n}\n',
    );
  });

  it("sets the lock file's own version in both places and no dependency's", () => {
    const lock = {
      name: 'reconnect-radar',
      version: '0.1.0',
      packages: {
        '': { name: 'reconnect-radar', version: '0.1.0' },
        'node_modules/idb': { version: '8.0.3' },
      },
    };
    const after = JSON.parse(withLockVersion(JSON.stringify(lock), '0.2.0'));
    expect(after.version).toBe('0.2.0');
    expect(after.packages[''].version).toBe('0.2.0');
    expect(after.packages['node_modules/idb'].version).toBe('8.0.3');
  });

  it('adds the release to the list in version order, replacing a record of the same version', () => {
    const next = { version: '0.2.0', commit: 'a'.repeat(40), date: '2026-12-07' };
    expect(JSON.parse(withRelease([FIRST], next))).toEqual([FIRST, next]);
    expect(JSON.parse(withRelease([next, FIRST], { ...next, commit: 'b'.repeat(40) }))).toEqual([
      FIRST,
      { ...next, commit: 'b'.repeat(40) },
    ]);
  });
});
