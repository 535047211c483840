export type { Badge, ChromeAlarm } from './chrome-api';
export { CHROMIUM_PATH, type ExtensionHarness, type LaunchOptions, launchExtension } from './launch';
export {
  actionButton,
  addProfile,
  importFile,
  localDate,
  type ProfileFormInput,
  popupRow,
  popupSummary,
  removeProfile,
} from './ui';
export { type WaitOptions, waitFor } from './wait-for';
