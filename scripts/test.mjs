#!/usr/bin/env node
// `npm test`: every test there is.
//   1. vitest run — server and web projects, the server on embedded PGlite
//   2. vitest run --project server again on PostgreSQL, when KEXIE_TEST_DATABASE_URL is set
//      (a server URL whose user may CREATE DATABASE; the harness makes a fresh database per test file)
//   2b. vitest run --project server on PGlite under another Node binary, when KEXIE_TEST_OTHER_NODE names one
//       (CI: Node 24 LTS installed from the npm registry's `node` package)
//   3. playwright test — browser tests in Debian's /usr/bin/chromium (required when CI is set)
// Prints one summary line per step and a final "total: N passed, M failed" line; exits non-zero if any
// step failed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { binOf, requireInstalled, run } from './lib/proc.mjs';

requireInstalled();

const CHROMIUM = '/usr/bin/chromium';
const isCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kexie-test-'));
const results = [];
/** One line or a few per failed test, printed again just above the summary (CI shows only the tail of the log). */
const failures = [];
/** Browser tests that failed once and passed on their retry (CI retries once): listed, not failed. */
const flaky = [];

const stripAnsi = (text) => stripVTControlCharacters(String(text ?? ''));
/** The first lines of an error message that say what went wrong (not the stack). */
function firstLines(message, n = 4) {
  return stripAnsi(message)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !/^\s+at /.test(l))
    .slice(0, n)
    .map((l) => `      ${l.slice(0, 240)}`)
    .join('\n');
}

/** Reads a JSON report; undefined when the runner died before writing it. */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// vitest runs (cores - 1) files at a time: one on a 2-core machine such as CI's. The API tests wait on
// the embedded database as much as they compute, so two at a time finish sooner there (measured: ~30%).
const workerArgs = os.availableParallelism() <= 2 && !process.env.VITEST_MAX_WORKERS ? ['--maxWorkers=2'] : [];

async function vitestStep(name, args, env, node = process.execPath) {
  const out = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const t0 = Date.now();
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  const code = await run(node, [binOf('vitest'), 'run', ...args, ...workerArgs, ...reporters], { env });
  const report = readJson(out);
  const counts = report
    ? {
        passed: report.numPassedTests ?? 0,
        // A file that failed outside any test (import error, failing beforeAll) counts as one failure.
        failed:
          (report.numFailedTests ?? 0) +
          (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length,
        skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      }
    : { passed: 0, failed: 0, skipped: 0 };
  for (const file of report?.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) failures.push(`  ${name} › ${path.relative(process.cwd(), file.name)} › ${a.fullName}\n${firstLines((a.failureMessages ?? []).join('\n'))}`);
    if (file.status === 'failed' && failed.length === 0) failures.push(`  ${name} › ${path.relative(process.cwd(), file.name)}\n${firstLines(file.message)}`);
  }
  // A crash, or an error outside any test (vitest's "unhandled errors"), still fails the step: count it once.
  const ok = code === 0 && counts.failed === 0;
  let note = report ? '' : `(no report, exit ${code})`;
  if (!ok && counts.failed === 0) {
    counts.failed = 1;
    if (report) note = `(exit ${code}: errors outside the tests, see above)`;
  }
  results.push({ name, ok, ...counts, seconds: (Date.now() - t0) / 1000, note });
}

async function playwrightStep() {
  const name = 'e2e (playwright, chromium)';
  if (!fs.existsSync(CHROMIUM)) {
    if (isCI) {
      console.error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install chromium)`);
      results.push({ name, ok: false, passed: 0, failed: 1, skipped: 0, seconds: 0, note: `(${CHROMIUM} missing)` });
    } else {
      console.log(`skipping browser tests: install chromium (apt-get install chromium provides ${CHROMIUM})`);
      results.push({ name, ok: true, passed: 0, failed: 0, skipped: 0, seconds: 0, note: '(skipped: no chromium)' });
    }
    return;
  }
  const out = path.join(tmp, 'playwright.json');
  const t0 = Date.now();
  const code = await run(process.execPath, [binOf('@playwright/test', 'playwright'), 'test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out, KEXIE_TEST_DATABASE_URL: '' },
  });
  const json = readJson(out);
  const stats = json?.stats;
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const result = (test.results ?? []).find((r) => r.error || r.errors?.length) ?? {};
        const message = result.error?.message ?? result.errors?.[0]?.message ?? result.status;
        const at = result.error?.location ? ` (${path.relative(process.cwd(), result.error.location.file)}:${result.error.location.line})` : '';
        const line = `  ${name} › ${[...trail, spec.title].filter(Boolean).join(' › ')}${at}\n${firstLines(message, 8)}`;
        (test.status === 'flaky' ? flaky : failures).push(line);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const suite of json?.suites ?? []) walk(suite, [suite.title]);
  const counts = stats
    ? { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 }
    : { passed: 0, failed: 0, skipped: 0 };
  const ok = code === 0 && counts.failed === 0;
  if (!ok && counts.failed === 0) counts.failed = 1;
  const note = stats ? (stats.flaky ? `(${stats.flaky} flaky: passed on the retry, listed above)` : '') : `(no report, exit ${code})`;
  results.push({ name, ok, ...counts, seconds: (Date.now() - t0) / 1000, note });
}

/** Runs a step; a step that cannot even start (a broken install) is a failed step, not a crash. */
async function guarded(name, step) {
  try {
    await step(name);
  } catch (err) {
    console.error(`${name}: ${err instanceof Error ? err.message : err}`);
    results.push({ name, ok: false, passed: 0, failed: 1, skipped: 0, seconds: 0, note: '(could not run)' });
  }
}

// 1. PGlite: make sure a PostgreSQL URL in the environment does not leak into this run.
await guarded('vitest (server + web, PGlite)', (name) => vitestStep(name, [], { ...process.env, KEXIE_TEST_DATABASE_URL: '', DATABASE_URL: '' }));

// 2. PostgreSQL.
if (process.env.KEXIE_TEST_DATABASE_URL) {
  await guarded('vitest (server, PostgreSQL)', (name) => vitestStep(name, ['--project', 'server'], { ...process.env, DATABASE_URL: '' }));
} else {
  console.log('\nskipping the PostgreSQL run: set KEXIE_TEST_DATABASE_URL=postgres://user@host:port/postgres to include it');
}

// 2b. Another Node (CI: Node 24 from the npm registry's `node` package), server tests on PGlite.
const otherNode = process.env.KEXIE_TEST_OTHER_NODE;
if (otherNode) {
  let version = '?';
  try {
    version = execFileSync(otherNode, ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  await guarded(`vitest (server, PGlite, node ${version})`, (name) =>
    vitestStep(name, ['--project', 'server'], { ...process.env, KEXIE_TEST_DATABASE_URL: '', DATABASE_URL: '', KEXIE_TEST_OTHER_NODE: '' }, otherNode),
  );
}

// 3. Browser.
await guarded('e2e (playwright, chromium)', () => playwrightStep());

fs.rmSync(tmp, { recursive: true, force: true });

if (flaky.length) {
  console.log('\n──── flaky tests (failed, then passed on the retry) ────');
  for (const f of flaky) console.log(f);
}
if (failures.length) {
  console.log('\n──── failed tests ────');
  for (const f of failures.slice(0, 20)) console.log(f);
  if (failures.length > 20) console.log(`  … and ${failures.length - 20} more (above)`);
}
console.log('\n──── test summary ────');
for (const r of results) {
  const status = r.ok ? 'ok  ' : 'FAIL';
  console.log(`${status} ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${r.seconds.toFixed(1)} s ${r.note}`.trimEnd());
}
const sum = (k) => results.reduce((n, r) => n + r[k], 0);
console.log(`total: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
