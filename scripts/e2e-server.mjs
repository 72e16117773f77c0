#!/usr/bin/env node
// The server Playwright starts (playwright.config.ts webServer): build the web app if needed, start
// from an empty data directory, then run server/main.ts with the environment Playwright passes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execNode, requireInstalled } from './lib/proc.mjs';
import { ensureWebBuilt } from './lib/web.mjs';

requireInstalled();
const dataDir = process.env.KEXIE_DATA_DIR;
// Guard against wiping a real data directory: only a throwaway dir under the system temp dir.
if (!dataDir || !path.resolve(dataDir).startsWith(path.resolve(os.tmpdir()) + path.sep)) {
  console.error(`e2e-server: KEXIE_DATA_DIR must be a directory under ${os.tmpdir()} (got ${dataDir ?? 'nothing'})`);
  process.exit(2);
}
// Never delete a directory under a running server (another checkout's e2e run on the same port).
const holder = lockHolder(dataDir);
if (holder) {
  console.error(
    `e2e-server: ${dataDir} is in use by a running server (pid ${holder}): another e2e run on this port? ` +
      'Wait for it, or pick another port with KEXIE_E2E_PORT.',
  );
  process.exit(2);
}
fs.rmSync(dataDir, { recursive: true, force: true });
// Rebuild when a web source changed since the last build: tests must see the current UI.
const code = await ensureWebBuilt({ ifStale: true });
if (code !== 0) process.exit(code);
execNode(['--import', 'tsx', 'server/main.ts']);

/** Pid of the live process holding the data-dir lock (server/db/lock.ts), if any. */
function lockHolder(dir) {
  let pid;
  try {
    pid = Number.parseInt(fs.readFileSync(path.join(dir, 'kexie.lock'), 'utf8'), 10);
  } catch {
    return undefined;
  }
  if (!Number.isFinite(pid)) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return err.code === 'EPERM' ? pid : undefined;
  }
}
