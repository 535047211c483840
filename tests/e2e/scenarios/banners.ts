import { expect, it } from 'vitest';
import { importProfilesRequest } from '../../import-request';
import type { DriverSession } from './session';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

/** One site per platform with banners, and the profile of that platform its banner must name. */
const SITES = [
  { url: 'https://www.facebook.com/', platform: 'facebook', name: 'Acme Coffee FB' },
  { url: 'https://www.instagram.com/', platform: 'instagram', name: 'Acme Coffee IG' },
  { url: 'https://www.linkedin.com/feed/', platform: 'linkedin', name: 'Acme Coffee Ltd' },
  { url: 'https://x.com/home', platform: 'x', name: 'Acme Coffee on X' },
  { url: 'https://www.threads.net/', platform: 'threads', name: 'Acme Coffee Threads' },
] as const;

/** The content scripts' banners, read inside their closed shadow roots on the real hostnames. */
export function bannerScenarios(s: DriverSession): void {
  it('each site shows a banner naming only its own platform’s profiles; Dismiss removes one', async () => {
    const { browser } = s;
    await browser.send(
      importProfilesRequest(
        SITES.map((site) => ({ platform: site.platform, name: site.name, expiresAt: yesterday() })),
      ),
    );
    for (const site of SITES) {
      const page = await browser.openPage(site.url);
      await expect
        .poll(async () => (await page.banner())?.text ?? '', { timeout: 15_000 })
        .toContain(site.name);
      const banner = (await page.banner())!;
      // Facebook's and Instagram's banners name both (one Meta login); no other site names another's.
      const meta = ['facebook', 'instagram'];
      const others = SITES.filter(
        (o) => o !== site && !(meta.includes(o.platform) && meta.includes(site.platform)),
      );
      for (const other of others) expect(banner.text).not.toContain(other.name);
      expect(banner.controls).toContain('Dismiss');
      if (site.platform === 'threads') {
        await page.clickInBanner('Dismiss');
        await expect.poll(() => page.banner()).toBeUndefined();
      }
      await page.close();
    }
  });
}
