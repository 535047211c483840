import { launchFirefoxDriver } from './drivers/firefox';
import { runSharedScenarios } from './scenarios';

// The shared scenarios in Firefox ESR, driven over Marionette (tests/e2e/harness/firefox/README.md).
runSharedScenarios('Firefox (MV2 build)', launchFirefoxDriver);
