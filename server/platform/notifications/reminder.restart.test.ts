// A reminder that falls due while the server is stopped fires once after the restart, and never again
// on later restarts: real server processes (as in server/ops.test.ts) on a temporary PGlite data dir.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { users } from '../auth/auth.schema.js';
import { scheduleReminder } from './reminder.service.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kexie-reminder-test-'));
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `server/main.ts` and resolves with its URL and a stop() that sends SIGTERM and waits. */
async function startServer(env: Record<string, string>) {
  const base = { ...process.env };
  for (const k of ['DATABASE_URL', 'KEXIE_TEST_DATABASE_URL', 'KEXIE_CITY_FILE', 'HOST', 'PORT']) delete base[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...base, HOST: '127.0.0.1', PORT: '0', KEXIE_DEMO: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  for (let i = 0; i < 600 && !/API docs: /.test(out); i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${out}`);
    await sleep(100);
  }
  const url = out.match(/is running: (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
  if (!url) throw new Error(`server did not start:\n${out}`);
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
  };
}

async function notificationsOf(url: string, password: string) {
  const login = await fetch(`${url}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${url}/api/v1/notifications`, { headers: { authorization: `Bearer ${token}` } });
  return (await res.json()) as { total: number; items: Array<{ kind: string; title: string }> };
}

describe('durable reminders', () => {
  it('fire once after a restart when they fell due while the server was stopped', async () => {
    const password = 'reminder-admin-123';
    const env = { KEXIE_DATA_DIR: path.join(tmp, 'data'), KEXIE_ADMIN_PASSWORD: password, KEXIE_REMINDER_POLL_SECONDS: '1' };
    await (await startServer(env)).stop(); // creates the database and the admin account

    // While no server runs: a reminder due in one second.
    const database = await openDatabase({ dataDir: env.KEXIE_DATA_DIR });
    const [admin] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    await database.db.transaction((tx) =>
      scheduleReminder(tx, {
        kind: 'notify',
        dueAt: new Date(Date.now() + 1000),
        payload: { userIds: [admin.id], kind: 'test.reminder', title: '停机期间到期的提醒', titleEn: 'Due while stopped' },
        dedupeKey: 'test:restart',
      }),
    );
    await database.close();
    await sleep(1500);

    const second = await startServer(env);
    let seen = await notificationsOf(second.url, password);
    for (let i = 0; i < 50 && seen.total === 0; i++) {
      await sleep(200);
      seen = await notificationsOf(second.url, password);
    }
    await sleep(2500); // two more polling rounds
    seen = await notificationsOf(second.url, password);
    expect(seen.items.map((n) => [n.kind, n.title])).toEqual([['test.reminder', '停机期间到期的提醒']]);
    await second.stop();

    const third = await startServer(env);
    await sleep(2500);
    expect((await notificationsOf(third.url, password)).total).toBe(1);
    await third.stop();
  }, 180_000);
});
