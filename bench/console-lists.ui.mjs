#!/usr/bin/env node
// Issue 12 §10 "every console list shows within 1 s on the demo": time from navigation to the first table
// row of the console lists, signed in as city_staff, on the e2e server (built web app, demo data, embedded
// database), in Debian's Chromium at 1440×900; screenshots of each list go to test-results/bench/.
// Not part of any test: `node bench/console-lists.ui.mjs` (KEXIE_E2E_PORT picks the port, default 3121).
// coldMs: a full page load to the first row; warmMs: an in-app navigation to the first row; apiMs: the
// list request itself (request sent → response read) during the in-app navigation.
// Prints one JSON document on stdout; progress on stderr.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.KEXIE_E2E_PORT ?? 3121);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Number(process.env.KEXIE_BENCH_ROUNDS ?? 5);
const PAGES = ['/admin/demands', '/admin/experts', '/admin/people', '/admin/enterprises'];
const OUT = path.join('test-results', 'bench');

const server = spawn(process.execPath, ['scripts/e2e-server.mjs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(PORT),
    KEXIE_DATA_DIR: path.join(os.tmpdir(), `kexie-e2e-data-${PORT}`),
    KEXIE_ADMIN_PASSWORD: 'admin12345',
    KEXIE_DEMO: '1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    KEXIE_CITY: 'nantong',
    KEXIE_CITY_FILE: '',
  },
});

async function waitHealthy() {
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let browser;
try {
  await waitHealthy();
  fs.mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByLabel('用户名').fill('city_staff');
  await page.getByLabel('密码').fill('demo12345');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/admin/);
  const results = {};
  for (const url of PAGES) {
    const cold = [];
    const warm = [];
    const api = [];
    const apiPath = `/api/v1/${url.split('/').pop()}?`;
    for (let r = 0; r < ROUNDS; r++) {
      // Cold: a full page load (the app boots, the list is fetched); warm: an in-app navigation from the home page.
      let t0 = performance.now();
      await page.goto(`${BASE}${url}`);
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      cold.push(performance.now() - t0);
      await page.goto(`${BASE}/admin`);
      await page.getByRole('menu').waitFor();
      t0 = performance.now();
      const answered = page.waitForResponse((r) => r.url().includes(apiPath));
      await page.evaluate((u) => {
        window.history.pushState({}, '', u);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, url);
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      warm.push(performance.now() - t0);
      const timing = (await answered).request().timing();
      api.push(timing.responseEnd - timing.requestStart);
    }
    await page.goto(`${BASE}${url}`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.screenshot({ path: path.join(OUT, `${url.split('/').pop()}-1440.png`) });
    results[url] = {
      coldMs: Math.round(median(cold)),
      warmMs: Math.round(median(warm)),
      apiMs: Math.round(median(api)),
      cold: cold.map(Math.round),
      warm: warm.map(Math.round),
      api: api.map(Math.round),
    };
    console.error(url, results[url]);
  }
  console.log(JSON.stringify({ name: 'ui.console_lists_first_row', unit: 'ms', rounds: ROUNDS, viewport: '1440x900', user: 'city_staff', results }, null, 2));
} finally {
  await browser?.close();
  server.kill('SIGTERM');
}
