// Rasterises scripts/icon.svg into the PNG sizes the manifest uses, with Debian's Chromium.
// Run once after changing the SVG: `node scripts/render-icons.mjs`; commit the PNGs.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = await readFile(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const out = new URL(`../public/icon/${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path: out, omitBackground: true });
    await page.close();
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
}
