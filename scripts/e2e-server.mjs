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
fs.rmSync(dataDir, { recursive: true, force: true });
// Rebuild when a web source changed since the last build: tests must see the current UI.
const code = await ensureWebBuilt({ ifStale: true });
if (code !== 0) process.exit(code);
execNode(['--import', 'tsx', 'server/main.ts']);
