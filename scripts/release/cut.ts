/**
 * `npm run release -- 0.2.0`: cuts a release from a clean tree. It checks the version and the CHANGELOG entry
 * (scripts/release/plan.ts), sets the version in package.json and package-lock.json (WXT writes it into the
 * manifest), dates the CHANGELOG heading, commits "Release 0.2.0" and tags it v0.2.0; then records that commit
 * in docs/releases.json in a second commit (a commit cannot hold its own hash). Nothing is pushed.
 * `--dry-run` only reports what it would do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  datedChangelog,
  type Release,
  releaseProblems,
  withLockVersion,
  withPackageVersion,
  withRelease,
} from './plan';

const RELEASES = 'docs/releases.json';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const read = (path: string) => readFileSync(path, 'utf8');

function main(args: string[]): number {
  const dryRun = args.includes('--dry-run');
  const version = args.find((a) => !a.startsWith('--')) ?? '';
  const releases = JSON.parse(read(RELEASES)) as Release[];
  const problems = releaseProblems({
    version,
    current: JSON.parse(read('package.json')).version,
    releases,
    changelog: read('CHANGELOG.md'),
    status: git('status', '--porcelain'),
  });
  if (git('tag', '--list', `v${version}`)) problems.push(`The tag v${version} exists already.`);
  if (problems.length) {
    console.error(`Cannot cut ${version || '(no version given)'}:\n- ${problems.join('\n- ')}`);
    console.error('Usage: npm run release -- X.Y.Z [--dry-run]');
    return 1;
  }
  const date = new Date().toISOString().slice(0, 10);
  if (dryRun) {
    console.log(`Would cut ${version} on ${date} from ${git('rev-parse', 'HEAD')} (tag v${version}).`);
    return 0;
  }
  writeFileSync('package.json', withPackageVersion(read('package.json'), version));
  writeFileSync('package-lock.json', withLockVersion(read('package-lock.json'), version));
  writeFileSync('CHANGELOG.md', datedChangelog(read('CHANGELOG.md'), version, date));
  git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
  git('commit', '-m', `Release ${version}`);
  git('tag', '-a', `v${version}`, '-m', `Reconnect Radar ${version}`);
  const commit = git('rev-parse', 'HEAD');
  writeFileSync(RELEASES, withRelease(releases, { version, commit, date }));
  git('add', RELEASES);
  git('commit', '-m', `Releases: ${version} was cut from ${commit.slice(0, 7)}`);
  console.log(
    `Cut ${version} from ${commit} (tag v${version}), recorded in ${RELEASES}. Push with --follow-tags.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
