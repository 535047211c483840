export type { Badge, ChromeAlarm } from './chrome-api';
export { ageStoredTokens, backgroundState, checkHistory, type StoredHistoryEntry } from './extension-storage';
export { CHROMIUM_PATH, type ExtensionHarness, type LaunchOptions, launchExtension } from './launch';
export {
  actionButton,
  addProfile,
  importFile,
  isoDaysFromNow,
  localDate,
  type ProfileFormInput,
  popupRow,
  popupSummary,
  removeProfile,
  rowStatus,
} from './ui';
export { type WaitOptions, waitFor } from './wait-for';
export { useWorldSession, type WorldSession } from './world-session';
