#!/usr/bin/env node
// `npm run dev`: the server under `tsx watch` (restarts on change, port 3000 unless PORT is set) and the
// vite dev server on http://localhost:5173 (hot reload; proxies /api to the server, see vite.config.ts).
// Ctrl-C stops both; when either exits, the other is stopped too.
import { spawn } from 'node:child_process';
import { ROOT, binOf, requireInstalled } from './lib/proc.mjs';

requireInstalled();

const detached = process.platform !== 'win32';
const children = [];
let stopping = false;
let exitCode = 0;

function start(name, args, env = process.env) {
  // Each child leads its own process group, so stopping it also stops what it started (tsx watch runs
  // the server as a grandchild) and a terminal Ctrl-C reaches it once, through us.
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit', detached });
  child.name = name;
  child.on('exit', (code, signal) => {
    child.done = true;
    if (!stopping) {
      console.error(`[dev] ${name} exited (${signal ?? code}); stopping the rest`);
      exitCode = code || 1;
      stopAll('SIGTERM');
    }
    if (children.every((c) => c.done)) process.exit(exitCode);
  });
  children.push(child);
  return child;
}

function signalTree(child, signal) {
  if (child.done) return;
  try {
    if (detached) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    /* already gone */
  }
}

function stopAll(signal) {
  stopping = true;
  for (const c of children) signalTree(c, signal);
  // Anything still running after 10 s is killed.
  setTimeout(() => {
    for (const c of children) signalTree(c, 'SIGKILL');
    process.exit(exitCode || 1);
  }, 10_000).unref();
}

for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => stopAll(s === 'SIGHUP' ? 'SIGTERM' : s));
// Last resort if we die on an uncaught error: do not leave orphans.
process.on('exit', () => {
  for (const c of children) signalTree(c, 'SIGTERM');
});

const serverPort = process.env.PORT ?? '3000';
console.log(`[dev] server on http://127.0.0.1:${serverPort} (tsx watch), web on http://localhost:5173 (vite)`);
start('server', [binOf('tsx'), 'watch', '--clear-screen=false', 'server/main.ts'], { ...process.env, PORT: serverPort });
start('vite', [binOf('vite'), '--port', '5173', '--strictPort']);
