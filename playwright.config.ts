import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The production build on its own port and a fresh data folder (never ./data: one process per
// PGlite folder). Set once here; Playwright's workers inherit the environment.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-e2e-'));
// The server's output, kept where a spec can read it (the fault spec looks for its reference).
process.env.E2E_SERVER_LOG ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-e2e-log-')), 'server.log');
const port = Number(process.env.E2E_PORT || 3100);
export const e2eAdmin = { email: 'chief@zebian.test', password: 'e2e-admin-password' };
export const e2eDemoPassword = 'e2e-demo-password';

const chromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    locale: 'zh-TW',
    timezoneId: 'Asia/Shanghai',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: fs.existsSync(chromium)
          ? {
              executablePath: chromium,
              args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1 2>&1 | tee -a '${process.env.E2E_SERVER_LOG}'`,
    url: `http://127.0.0.1:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: '',
      // The single server with its in-memory caches (CI exports REDIS_URL for the Redis tests).
      REDIS_URL: '',
      ADMIN_EMAIL: e2eAdmin.email,
      ADMIN_PASSWORD: e2eAdmin.password,
      DEMO_PASSWORD: e2eDemoPassword,
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // Opens /dashboard/fault-probe, whose page and action fail on purpose (e2e only).
      FAULT_PROBE: '1',
    },
  },
});
