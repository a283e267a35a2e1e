import { defineConfig } from '@playwright/test';
import type { AppFixtureOptions } from './e2e/fixtures.js';
import { findChromium } from './e2e/support/chromium-path.js';

const chromiumArgs = ['--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const jsonOutput = process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'];
const chromium = findChromium();

/**
 * Two modes of the same specs: `chromium` serves the built renderer on 127.0.0.1 and binds the real services
 * into the page; `electron` launches the built app, and reports its tests as skipped where no Electron binary
 * is installed.
 */
export default defineConfig<AppFixtureOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ...(jsonOutput === undefined ? [] : [['json', { outputFile: jsonOutput }] as ['json', { outputFile: string }]])],
  use: {
    launchOptions: { ...(chromium === undefined ? {} : { executablePath: chromium }), args: chromiumArgs },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 860 },
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', use: { mode: 'chromium' } },
    { name: 'electron', use: { mode: 'electron' } },
  ],
});
