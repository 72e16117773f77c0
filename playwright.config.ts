import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Browser tests drive the real server (built web app + API) on its own port and a throwaway data
// directory, in Debian's Chromium (never `playwright install`: no browser downloads here).
// KEXIE_E2E_PORT lets two runs share a machine (each gets its own port and data directory).
const PORT = Number(process.env.KEXIE_E2E_PORT ?? 3101);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Deleted and recreated by scripts/e2e-server.mjs before every run. */
export const E2E_DATA_DIR = path.join(os.tmpdir(), `kexie-e2e-data-${PORT}`);
export const E2E_ADMIN_PASSWORD = 'admin12345';

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  // CI: a test that fails is run once more; one that then passes is reported as flaky (npm test lists
  // it by name with its first error under "flaky tests"), so a flake is seen without failing the run.
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // Whole user flows (a demand from filing to 已签约) take 20 s on a quiet machine and nearly 60 s on a
  // loaded 2-core one: the limit leaves room for that, the per-step expect timeout stays short.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // Builds the web app if web/dist is missing, empties the data dir, then starts server/main.ts.
    command: 'node scripts/e2e-server.mjs',
    url: `${BASE_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      KEXIE_DATA_DIR: E2E_DATA_DIR,
      KEXIE_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      KEXIE_DEMO: '1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '', // always the embedded database
      KEXIE_CITY: 'nantong',
      KEXIE_CITY_FILE: '',
    },
  },
});
