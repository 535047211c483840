export type { Badge, ChromeAlarm } from './chrome-api';
export { CHROMIUM_PATH, type ExtensionHarness, type LaunchOptions, launchExtension } from './launch';
export { type WaitOptions, waitFor } from './wait-for';
