// Building the web app (vite) when web/dist is missing.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, binOf, run } from './proc.mjs';

export const WEB_INDEX = path.join(ROOT, 'web', 'dist', 'index.html');

const VITE_CONFIGS = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'];

/** True when the repository has a web app to build (a vite config at the root). */
export function hasWebSource() {
  return VITE_CONFIGS.some((f) => fs.existsSync(path.join(ROOT, f)));
}

/**
 * Runs `vite build` unless web/dist/index.html exists. Returns 0 when the web app is ready (or there is
 * none to build: the server then serves the API only), else vite's exit code.
 */
export async function ensureWebBuilt({ force = false } = {}) {
  if (!force && fs.existsSync(WEB_INDEX)) return 0;
  if (!hasWebSource()) {
    console.warn('[kexie] no web app in this checkout (no vite.config.ts): serving the API only');
    return 0;
  }
  console.log('[kexie] building the web app (vite build; once, until web/dist is deleted) …');
  const code = await run(process.execPath, [binOf('vite'), 'build']);
  if (code !== 0) console.error(`[kexie] vite build failed (exit ${code})`);
  return code;
}
