import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium, never a downloaded browser; the flags this machine needs (ARCHITECTURE §1).
 * Playwright gives each browser a fresh temporary user-data-dir.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './specs',
  globalSetup: require.resolve('./support/global-setup'),
  outputDir: './artifacts/test-results',
  // Two cores: one worker per core; specs keep their own accounts so files can run side by side.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Budgets for a loaded machine (2 cores shared with other test runs; pages were seen to take 10-25 s to
  // settle at load 12): the tests wait for states, never for times, so a generous budget only costs time when
  // something is really broken. One budget for every test; the longest flow takes ~60 s on an idle machine.
  timeout: 300_000,
  expect: { timeout: 45_000 },
  reporter: [['list'], ['html', { outputFolder: './artifacts/report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 45_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
