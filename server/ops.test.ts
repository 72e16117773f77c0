// Operations, as an operator sees them: real server processes (node --import tsx server/main.ts) on a
// data directory — one process per data directory, a crash leaves nothing that blocks the next start,
// bad settings stop the server with a clear message, backups refuse a running server.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface TProc {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first match of `re` in stdout+stderr; rejects if the process exits first. */
  waitFor: (re: RegExp, ms?: number) => Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

function spawnTs(script: string, env: Record<string, string>, args: string[] = []): TProc {
  const base = { ...process.env };
  for (const k of ['DATABASE_URL', 'KEXIE_TEST_DATABASE_URL', 'KEXIE_CITY_FILE', 'HOST', 'PORT']) delete base[k];
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...base, HOST: '127.0.0.1', KEXIE_DEMO: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (b: Buffer) => {
    out += b.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
      for (const l of listeners) l();
    }),
  );
  const waitFor = (re: RegExp, ms = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`timed out waiting for ${re}; output so far:\n${out}`)), ms);
      const check = () => {
        const m = out.match(re);
        if (m) return done(undefined, m);
        if (child.exitCode !== null || child.signalCode !== null) done(new Error(`exited (${child.exitCode ?? child.signalCode}) before ${re}:\n${out}`));
      };
      const done = (err?: Error, m?: RegExpMatchArray) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (err) reject(err);
        else resolve(m as RegExpMatchArray);
      };
      listeners.add(check);
      check();
    });
  return { child, output: () => out, waitFor, exited };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kexie-ops-test-'));
afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

const URL_LINE = /is running: (http:\/\/127\.0\.0\.1:\d+)/;

describe.skipIf(Boolean(process.env.KEXIE_TEST_DATABASE_URL))('one server process per data directory', () => {
  it(
    'refuses a second process, survives a killed one, and releases the directory on a clean stop',
    async () => {
      const dataDir = path.join(tmp, 'data');
      const env = { KEXIE_DATA_DIR: dataDir, PORT: '0', KEXIE_ADMIN_PASSWORD: 'ops-admin-123' };

      const first = spawnTs('server/main.ts', env);
      const url = (await first.waitFor(URL_LINE))[1];
      await first.waitFor(/API docs: /); // the last line of the start banner
      expect(first.output()).toContain('sign in as: admin');
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      const lockFile = path.join(dataDir, 'kexie.lock');
      expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(first.child.pid));

      // A second server on the same directory stops at once, naming the holder.
      const second = spawnTs('server/main.ts', env);
      const secondExit = await second.exited;
      expect(secondExit.code).not.toBe(0);
      expect(second.output()).toContain(`正被另一个进程 (pid ${first.child.pid}) 使用`);
      expect(second.output()).toContain('is in use by another process');
      expect(second.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace

      // So does a backup.
      const backupFile = path.join(tmp, 'backup.sql');
      const refusedBackup = spawnTs('server/cli/backup.ts', env, [backupFile]);
      expect((await refusedBackup.exited).code).not.toBe(0);
      expect(refusedBackup.output()).toContain('is in use by another process');
      expect(fs.existsSync(backupFile)).toBe(false);

      // A killed server leaves its lock file behind; the next start takes it over and finds the data.
      first.child.kill('SIGKILL');
      await first.exited;
      expect(fs.existsSync(lockFile)).toBe(true);
      const third = spawnTs('server/main.ts', env);
      const url3 = (await third.waitFor(URL_LINE))[1];
      await third.waitFor(/API docs: /);
      expect(third.output()).toContain('sign in with your existing account');
      const login = await fetch(`${url3}/api/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'ops-admin-123' }),
      });
      expect(login.status).toBe(200);

      // SIGTERM: a clean stop with exit code 0 that removes the lock.
      third.child.kill('SIGTERM');
      expect(await third.exited).toEqual({ code: 0, signal: null });
      expect(fs.existsSync(lockFile)).toBe(false);

      const backup = spawnTs('server/cli/backup.ts', env, [backupFile]);
      expect((await backup.exited).code).toBe(0);
      expect(backup.output()).toContain('backup written');
      expect(fs.readFileSync(backupFile, 'utf8')).toContain('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    },
    180_000,
  );
});

describe('settings', () => {
  it('stops the server with a clear message naming every bad setting', async () => {
    const dataDir = path.join(tmp, 'never');
    const proc = spawnTs('server/main.ts', { KEXIE_DATA_DIR: dataDir, PORT: 'abc', KEXIE_ADMIN_PASSWORD: 'short' });
    const { code } = await proc.exited;
    expect(code).toBe(2);
    const out = proc.output();
    expect(out).toContain('配置错误 / invalid settings');
    expect(out).toMatch(/^\s+PORT: /m);
    expect(out).toMatch(/^\s+KEXIE_ADMIN_PASSWORD: must be at least 8 characters/m);
    expect(out).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(dataDir)).toBe(false); // nothing was opened
  }, 60_000);

  it('tells the operator to use pg_dump when the data lives on PostgreSQL', async () => {
    const proc = spawnTs('server/cli/backup.ts', { DATABASE_URL: 'postgres://kexie@db.example/kexie' }, ['out.sql']);
    expect((await proc.exited).code).toBe(1);
    expect(proc.output()).toContain('pg_dump --no-owner --no-privileges --file=out.sql "$DATABASE_URL"');
  }, 60_000);
});
