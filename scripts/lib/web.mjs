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

const WEB_INPUTS = ['web/index.html', 'web/src', 'web/public', 'shared', 'package-lock.json', ...VITE_CONFIGS];

/** Newest modification time (ms) of the files under the given repository paths. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') visit(path.join(p, e));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of paths) visit(path.join(ROOT, p));
  return newest;
}

/** True when web/dist is missing or older than a source file of the web app. */
export function isWebStale() {
  if (!fs.existsSync(WEB_INDEX)) return true;
  return newestMtime(WEB_INPUTS) > fs.statSync(WEB_INDEX).mtimeMs;
}

/**
 * Runs `vite build` when web/dist/index.html is missing (or, with `ifStale`, older than its sources). Returns 0 when the web app is ready (or there is
 * none to build: the server then serves the API only), else vite's exit code.
 */
export async function ensureWebBuilt({ ifStale = false } = {}) {
  if (ifStale ? !isWebStale() : fs.existsSync(WEB_INDEX)) return 0;
  if (!hasWebSource()) {
    console.warn('[kexie] no web app in this checkout (no vite.config.ts): serving the API only');
    return 0;
  }
  console.log('[kexie] building the web app (vite build) …');
  const code = await run(process.execPath, [binOf('vite'), 'build']);
  if (code !== 0) console.error(`[kexie] vite build failed (exit ${code})`);
  return code;
}
