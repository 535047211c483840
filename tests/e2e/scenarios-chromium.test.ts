import { launchChromiumDriver } from './drivers/chromium';
import { runSharedScenarios } from './scenarios';

// The shared scenarios in Chromium, over the Playwright harness (tests/e2e/harness/README.md).
runSharedScenarios('Chromium (MV3 build)', launchChromiumDriver);
