import { launchFirefoxDriver } from './drivers/firefox';
import { runSharedScenarios } from './scenarios';
import { firefoxNotificationScenarios } from './scenarios/firefox-notifications';

// The shared scenarios in Firefox ESR, driven over Marionette (tests/e2e/harness/firefox/README.md), and what
// only the Firefox build does (notifications without buttons).
runSharedScenarios('Firefox (MV2 build)', launchFirefoxDriver, firefoxNotificationScenarios);
