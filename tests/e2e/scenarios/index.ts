import { describe } from 'vitest';
import type { BrowserDriver, DriverWorld } from '../drivers/driver';
import { bannerScenarios } from './banners';
import { importExportScenarios } from './import-export';
import { notificationScenarios } from './notifications';
import { profileScenarios } from './profiles';
import { publishingToolScenarios } from './publishing-tools';
import { type DriverSession, useDriverSession } from './session';

/**
 * What a person sees, the same in every browser: each test file calls this with its browser's driver
 * (scenarios-chromium.test.ts, scenarios-firefox.test.ts).
 */
export function runSharedScenarios<D extends BrowserDriver>(
  name: string,
  launch: (world: DriverWorld) => Promise<D>,
  /** Tests of what only this browser does, in the same session. */
  own?: (session: DriverSession<D>) => void,
): void {
  describe(name, () => {
    const session = useDriverSession(launch);
    describe('popup, options and live checks', () => profileScenarios(session));
    describe('import and export', () => importExportScenarios(session));
    describe('banners', () => bannerScenarios(session));
    describe('publishing tools', () => publishingToolScenarios(session));
    describe('notifications', () => notificationScenarios(session));
    if (own) describe(`only in ${name}`, () => own(session));
  });
}
