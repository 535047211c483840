import { type BundleSize, measureBundles } from './bundle-sizes';
import type { Row } from './table';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The size rows of one build (`label` names it, e.g. " (Firefox)"): every entry against its budget, and the
 * background as built, without the publishing-tool sources (the figure the budget holds) and what they add.
 */
export function sizeRows(
  rows: Row[],
  extensionDir: string,
  withoutSourcesDir: string,
  label: string,
): { bundles: BundleSize[]; bareBackground: BundleSize } {
  const bundles = measureBundles(extensionDir);
  const bareBackground = measureBundles(withoutSourcesDir).find((b) => b.kind === 'background');
  if (!bareBackground) throw new Error(`No background in ${withoutSourcesDir}`);
  for (const b of bundles) {
    if (b.kind === 'background') {
      // The budget holds the background without the publishing-tool sources (BUDGETS); both are shown.
      rows.push(
        { measure: `gzip size${label}: ${b.entry}, as built`, value: kB(b.gzip), target: '', verdict: '' },
        {
          measure: '  without the publishing-tool sources',
          value: kB(bareBackground.gzip),
          target: `≤ ${kB(bareBackground.budget)}`,
          verdict: bareBackground.gzip <= bareBackground.budget ? 'ok' : 'OVER',
        },
        {
          measure: '  what the sources add',
          value: kB(b.gzip - bareBackground.gzip),
          target: 'as built − without',
          verdict: '',
        },
      );
      continue;
    }
    rows.push({
      measure: `gzip size${label}: ${b.entry}`,
      value: kB(b.gzip),
      target: `≤ ${kB(b.budget)}`,
      verdict: b.gzip <= b.budget ? 'ok' : 'OVER',
    });
  }

  return { bundles, bareBackground };
}
