/**
 * `npm run bench`: builds the extension into its own folder (and the background once more without the
 * publishing-tool sources, bench/without-sources.config.ts), measures it, prints one table and writes it
 * with the machine's description to bench/results/latest.json (`--no-build` measures the last builds).
 * Bounded: every wait has a timeout, the fake platform world listens on 127.0.0.1 only and stops with the
 * browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchInBrowser } from './browser';
import type { BundleSize } from './bundle-sizes';
import { benchFirefox } from './firefox';
import { machineInfo } from './machine';
import { benchPostsAtRisk } from './posts-at-risk';
import { sizeRows } from './size-rows';
import { benchSourceSync } from './source-sync';
import { formatSpread, PAGE_RUNS } from './spread';
import { benchStatusEvaluation } from './status-evaluation';
import { benchSteadyState } from './steady-state';
import { formatTable, type Row } from './table';
import { benchToolRequests } from './tool-requests';

/**
 * Issue 11's timing budgets, judged on the median of the runs (the spread beside it says how far to trust
 * one machine's median): the banner after DOMContentLoaded, the popup's first row from navigation start,
 * and the check cycle as a multiple of its ideal.
 */
const TIMING_BUDGETS = { bannerMs: 50, popupFirstRowMs: 100, cycleRatio: 1.15 } as const;
const overTimings: string[] = [];
function timingVerdict(name: string, median: number, budget: number): string {
  if (median <= budget) return 'ok';
  overTimings.push(name);
  return 'OVER';
}

const OUT_DIR = '.output-bench';
/** The background alone, built without the publishing-tool sources (bench/without-sources.config.ts). */
const WITHOUT_SOURCES_DIR = '.output-bench-without-sources';
const RESULTS = resolve('bench/results/latest.json');

function build(outDir: string, extraArgs: string[] = [], target = 'chrome-mv3'): string {
  console.error(`Building into ${outDir}/ …`);
  const result = spawnSync('npx', ['wxt', 'build', ...extraArgs], {
    // vite-node runs this file with NODE_ENV=development, which the build would inherit: Preact's JSX would then
    // keep its development runtime (file names, line numbers) and every page would weigh more than it ships.
    env: { ...process.env, NODE_ENV: 'production', WXT_OUT_DIR: outDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('The build failed');
  }
  return resolve(outDir, target);
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const MB = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

async function main() {
  const machine = machineInfo();
  const reuse = process.argv.includes('--no-build');
  const extensionDir = reuse ? resolve(OUT_DIR, 'chrome-mv3') : build(OUT_DIR);
  const withoutSourcesDir = reuse
    ? resolve(WITHOUT_SOURCES_DIR, 'chrome-mv3')
    : build(WITHOUT_SOURCES_DIR, ['-c', 'bench/without-sources.config.ts', '-e', 'background']);
  // The Firefox build (MV2) into the same folders: .output-bench/firefox-mv2 and the background without sources.
  const firefoxDir = reuse
    ? resolve(OUT_DIR, 'firefox-mv2')
    : build(OUT_DIR, ['-b', 'firefox'], 'firefox-mv2');
  const firefoxWithoutSourcesDir = reuse
    ? resolve(WITHOUT_SOURCES_DIR, 'firefox-mv2')
    : build(
        WITHOUT_SOURCES_DIR,
        ['-b', 'firefox', '-c', 'bench/without-sources.config.ts', '-e', 'background'],
        'firefox-mv2',
      );
  const rows: Row[] = [];

  const { bundles, bareBackground } = sizeRows(rows, extensionDir, withoutSourcesDir, '');
  const firefoxSizes = sizeRows(rows, firefoxDir, firefoxWithoutSourcesDir, ' (Firefox)');

  console.error('Status evaluation …');
  const status = benchStatusEvaluation();
  rows.push({
    measure: `evaluateStatus × ${status.profiles.toLocaleString('en')} profiles`,
    value: formatSpread(
      { runs: status.runs, median: status.medianMs, min: status.minMs, max: status.maxMs },
      ms,
    ),
    target: '',
    verdict: '',
  });

  console.error('Steady state (simulated day) …');
  const steady = benchSteadyState();
  rows.push(
    {
      measure: `steady state: ${steady.healthyProfiles} healthy + 1 failing, ${steady.hours} simulated hours`,
      value: `${steady.totalRequests} requests`,
      target: `${steady.healthyProfiles} × ${steady.hours} + failing's ${steady.failingChecks}`,
      verdict:
        steady.healthyChecks === steady.healthyProfiles * steady.hours &&
        steady.totalRequests === steady.healthyChecks + steady.failingChecks
          ? 'ok'
          : 'CHECK',
    },
    {
      measure: '  periodic passes / retry passes / failing checks (1 + retries)',
      value: `${steady.periodicPasses} / ${steady.retryPasses} / ${steady.failingChecks}`,
      target: `${steady.hours} / retries only / 1 + ${steady.failingRetries}`,
      verdict: '',
    },
  );

  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const bannerBuilt = (manifest.content_scripts ?? []).some((c: { js?: string[] }) =>
    c.js?.some((f) => f.includes('linkedin')),
  );
  console.error('Chromium: import, check cycle, memory, popup, banner …');
  const browser = await benchInBrowser(extensionDir, { bannerBuilt });
  const { cycle, memory, popup, banner } = browser;
  rows.push(
    {
      measure: `import ${cycle.profiles.toLocaleString('en')} profiles with tokens (import message; 1 run: setup)`,
      value: ms(browser.importMs),
      target: '',
      verdict: '',
    },
    {
      measure: `check cycle, ${cycle.profiles.toLocaleString('en')} tokens, +${cycle.latencyMs} ms per answer (check-now)`,
      value: formatSpread(cycle.ms, ms),
      target: `≤ ${TIMING_BUDGETS.cycleRatio}× ideal ${ms(cycle.idealMs)} (${cycle.profiles} ÷ ${cycle.perHostLimit} per host × ${cycle.latencyMs} ms)`,
      verdict: `${timingVerdict('check cycle', cycle.ratio, TIMING_BUDGETS.cycleRatio)}: ${cycle.ratio.toFixed(2)}× ideal (${(cycle.ms.min / cycle.idealMs).toFixed(2)}–${(cycle.ms.max / cycle.idealMs).toFixed(2)})`,
    },
    {
      measure: `  floor: ${cycle.profiles.toLocaleString('en')} bare fetches, ${cycle.perHostLimit} in flight, same worker and endpoint`,
      value: formatSpread(cycle.floorMs, ms),
      target: '',
      verdict: `${(cycle.floorMs.median / cycle.idealMs).toFixed(2)}× ideal; the cycle ${cycle.overFloor.toFixed(2)}× the floor`,
    },
    {
      measure: '  profiles checked / requests / most in flight at once',
      value: `${cycle.checked} / ${cycle.requests} / ${cycle.maxConcurrency}`,
      target: `${cycle.profiles} / ${cycle.profiles} / ≤ ${cycle.perHostLimit}`,
      verdict:
        cycle.checked === cycle.profiles &&
        cycle.requests === cycle.profiles &&
        cycle.maxConcurrency <= cycle.perHostLimit
          ? 'ok'
          : 'CHECK',
    },
    {
      measure: '  background busy after the cycle (until get-state < 1 s)',
      value: formatSpread(cycle.busyAfterMs, ms),
      target: '',
      verdict: '',
    },
    {
      measure: 'service worker heap after the cycle (Runtime.getHeapUsage)',
      value: MB(memory.usedAfterCycle),
      target: `after GC ${MB(memory.usedAfterGc)}`,
      verdict: '',
    },
    {
      measure: `popup: first row, ${cycle.profiles.toLocaleString('en')} profiles`,
      value: formatSpread(popup.firstRowMs, ms),
      target: `≤ ${ms(TIMING_BUDGETS.popupFirstRowMs)} from navigation start`,
      verdict: timingVerdict('popup first row', popup.firstRowMs.median, TIMING_BUDGETS.popupFirstRowMs),
    },
    {
      measure: `popup: row ${cycle.profiles.toLocaleString('en')} rendered`,
      value: formatSpread(popup.allRowsMs, ms),
      target: 'from navigation start',
      verdict: '',
    },
    typeof banner === 'string'
      ? { measure: 'banner visible after DOMContentLoaded', value: banner, target: '', verdict: '' }
      : {
          measure: 'banner visible after DOMContentLoaded',
          value: formatSpread(banner.msAfterDomContentLoaded, ms),
          target: `≤ ${ms(TIMING_BUDGETS.bannerMs)} (linkedin.com fixture page)`,
          verdict: timingVerdict('banner', banner.msAfterDomContentLoaded.median, TIMING_BUDGETS.bannerMs),
        },
  );

  console.error('Firefox: the same profiles, banner …');
  const firefox = await benchFirefox(firefoxDir, PAGE_RUNS);
  rows.push(
    typeof firefox.banner === 'string'
      ? {
          measure: `banner visible after DOMContentLoaded, ${firefox.firefoxVersion}`,
          value: firefox.banner,
          target: '',
          verdict: '',
        }
      : {
          measure: `banner visible after DOMContentLoaded, ${firefox.firefoxVersion}`,
          value: formatSpread(firefox.banner.msAfterDomContentLoaded, ms),
          target: `≤ ${ms(TIMING_BUDGETS.bannerMs)} (as in Chromium)`,
          verdict: timingVerdict(
            'banner (Firefox)',
            firefox.banner.msAfterDomContentLoaded.median,
            TIMING_BUDGETS.bannerMs,
          ),
        },
  );

  console.error('Chromium: Buffer sync of 1,000 channels …');
  const sync = await benchSourceSync(extensionDir);
  rows.push(
    {
      measure: `Buffer connect, ${sync.channels.toLocaleString('en')} channels / ${sync.organizations} organizations: last answer → badge (1 run: a tool connects once)`,
      value: ms(sync.connectLastAnswerToBadgeMs),
      target: '≤ 1.00 s',
      verdict: sync.connectLastAnswerToBadgeMs <= 1000 ? 'ok' : 'OVER',
    },
    {
      measure: '  requests per sync (connect / Sync now)',
      value: `${sync.connectRequests} / ${sync.resyncRequests}`,
      // The broken channels are all in one organization: their posts at risk cost one request more.
      target: `${sync.organizations + 2} (organizations + 1, + 1 for the posts at risk)`,
      verdict:
        sync.connectRequests === sync.organizations + 2 && sync.resyncRequests === sync.organizations + 2
          ? 'ok'
          : 'CHECK',
    },
    {
      measure: '  Sync now (half the broken channels back, then broken again, …): last answer → badge',
      value: formatSpread(sync.resyncLastAnswerToBadgeMs, ms),
      target: '≤ 1.00 s',
      verdict: sync.resyncLastAnswerToBadgeMs.median <= 1000 ? 'ok' : 'OVER',
    },
  );

  console.error('Chromium: posts at risk, 1,000 channels with 10 broken and 500 scheduled posts …');
  const postsAtRisk = await benchPostsAtRisk(extensionDir);
  const postsBadge = Math.max(
    postsAtRisk.connectLastAnswerToBadgeMs,
    postsAtRisk.resyncLastAnswerToBadgeMs.median,
  );
  rows.push(
    {
      measure: `Posts at risk: sync of ${postsAtRisk.channels.toLocaleString('en')} channels, ${postsAtRisk.broken} broken, ${postsAtRisk.posts} scheduled posts: last answer → badge (connect / Sync now)`,
      value: `${ms(postsAtRisk.connectLastAnswerToBadgeMs)} / ${formatSpread(postsAtRisk.resyncLastAnswerToBadgeMs, ms)}`,
      target: '≤ 1.00 s',
      verdict: timingVerdict('posts at risk: last answer → badge', postsBadge, 1000),
    },
    {
      measure: '  requests per sync (connect / Sync now); a broken profile shows',
      value: `${postsAtRisk.connectRequests} / ${postsAtRisk.resyncRequests}; ${postsAtRisk.shownCount} posts`,
      target: '≤ 21 (orgs + 1 + 1 posts page per org); 50',
      verdict: postsAtRisk.connectRequests <= 21 && postsAtRisk.shownCount === 50 ? 'ok' : 'CHECK',
    },
  );
  for (const t of await benchToolRequests()) {
    const fits = t.requests === undefined || t.per15Min === undefined ? undefined : t.requests <= t.per15Min;
    rows.push({
      measure: `  ${t.tool}: requests per sync (1,000 channels, 10 broken${t.posts === undefined ? '' : `, ${t.posts} for posts`})`,
      value: t.requests === undefined ? '—' : String(t.requests),
      target: t.said,
      verdict: fits === undefined ? 'info' : fits ? 'ok' : 'OVER',
    });
  }

  const table = formatTable(rows);
  console.log(table);
  const judged = (sizes: BundleSize[], bare: BundleSize, label: string) =>
    sizes
      .map((b) => (b.kind === 'background' ? bare : b))
      .filter((b) => b.gzip > b.budget)
      .map((b) => `${b.kind === 'background' ? 'background without the sources' : b.entry}${label}`);
  const over = [
    ...judged(bundles, bareBackground, ''),
    ...judged(firefoxSizes.bundles, firefoxSizes.bareBackground, ' (Firefox)'),
  ];
  over.push(...overTimings);
  if (over.length) console.log(`\nOver budget: ${over.join(', ')}`);
  if (!existsSync('bench/results')) mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ machine: { ...machine, chromium: browser.chromiumVersion, firefox: firefox.firefoxVersion }, table: rows, bundles, backgroundWithoutSources: bareBackground, firefoxBundles: firefoxSizes.bundles, firefoxBackgroundWithoutSources: firefoxSizes.bareBackground, status, steady, browser, firefox, sync, postsAtRisk }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
