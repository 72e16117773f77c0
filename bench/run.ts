// `npm run bench`: runs the benchmarks and prints ONE JSON document to stdout; progress goes to stderr.
// Options (argv or env KEXIE_BENCH_*): --only=name[,name] --people=100000 --demo-people=3000
// --duration=5 (s per HTTP phase) --concurrency=16 --rounds=2 --seed=N --list
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { type TBench, type TBenchEntry, parseArgs } from './lib.js';
import { matchingBench } from './matching/run.js';
import { peopleListBench } from './people-list.bench.js';
import { peopleSearchBench } from './people-search.bench.js';

const BENCHES: TBench[] = [peopleListBench, peopleSearchBench, matchingBench];

const progress = (message: string) => process.stderr.write(`${message}\n`);

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2), process.env);
  if (args.list) {
    for (const b of BENCHES) progress(`${b.name}\n    ${b.description}`);
    return;
  }
  const unknown = args.only.filter((n) => !BENCHES.some((b) => b.name === n));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  const selected = args.only.length > 0 ? BENCHES.filter((b) => args.only.includes(b.name)) : BENCHES;

  // Keep stdout for the JSON document: anything the code under test logs goes to stderr.
  console.log = (...parts: unknown[]) => console.error(...parts);
  console.info = console.log;

  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const entries: TBenchEntry[] = [];
  const errors: Array<{ name: string; error: string }> = [];
  for (const bench of selected) {
    progress(`▶ ${bench.name}`);
    const t0 = performance.now();
    try {
      entries.push(...(await bench.run({ args, progress })));
      progress(`✓ ${bench.name} (${Math.round((performance.now() - t0) / 1000)} s)`);
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      errors.push({ name: bench.name, error });
      progress(`✗ ${bench.name}: ${error}`);
    }
  }
  const cpus = os.cpus();
  const doc = {
    tool: 'kexie bench',
    commit: gitCommit(),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpu: cpus[0]?.model ?? 'unknown',
      cpus: cpus.length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      // Other work on the machine skews the numbers: compare runs with similar load only.
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    args,
    entries,
    errors,
  };
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

main().catch((err) => {
  progress(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
});
