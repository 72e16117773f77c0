// Process helpers shared by start.mjs, dev.mjs, test.mjs and e2e-server.mjs (plain Node, no dependencies).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (scripts/lib/../..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A package's CLI entry (run with `node`, so it works without a shell and on Windows). */
export function binOf(pkg, bin = pkg) {
  const dir = path.join(ROOT, 'node_modules', pkg);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!rel) throw new Error(`${pkg} has no "${bin}" binary: run npm ci`);
  return path.join(dir, rel);
}

/** Fails with a clear line when `npm ci` has not been run. */
export function requireInstalled() {
  if (!fs.existsSync(path.join(ROOT, 'node_modules', 'tsx', 'package.json'))) {
    console.error('node_modules is missing: run `npm ci` first (依赖未安装：请先运行 npm ci)');
    process.exit(1);
  }
}

/** Runs a command to completion with inherited stdio; resolves to its exit code (128+n for a signal). */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
    child.on('error', (err) => {
      console.error(`cannot run ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? signalNumber(signal) : 1)));
  });
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };
function signalNumber(signal) {
  return SIGNALS[signal] ?? 1;
}

const EXIT_WITH_PARENT = path.join(ROOT, 'scripts', 'lib', 'exit-with-parent.mjs');

/**
 * Runs a long-lived Node program "as if exec'd": signals sent to this process (Ctrl-C, SIGTERM from a
 * service manager or Playwright) reach the child exactly once, and this process exits with the child's
 * code. The child gets its own process group so a terminal Ctrl-C is not delivered twice (the server
 * shuts down on the first signal; a second one would kill it mid-shutdown). If this process is killed
 * outright, the child notices through the IPC channel and shuts itself down.
 */
export function execNode(nodeArgs, opts = {}) {
  const child = spawn(process.execPath, ['--import', pathToFileURL(EXIT_WITH_PARENT).href, ...nodeArgs], {
    cwd: ROOT,
    env: opts.env ?? process.env,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: process.platform !== 'win32',
  });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  // The server handles SIGINT and SIGTERM (clean close of the database); a hang-up becomes SIGTERM.
  for (const s of signals) process.on(s, () => forward(s === 'SIGHUP' ? 'SIGTERM' : s));
  child.on('error', (err) => {
    console.error(`cannot start node: ${err.message}`);
    process.exit(127);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.removeAllListeners(s);
    if (signal) {
      // Die of the same signal so a supervisor sees what happened.
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(128 + signalNumber(signal)), 100);
      return;
    }
    process.exit(code ?? 1);
  });
  return child;
}
