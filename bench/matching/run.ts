// Matching benchmark (科创服务 demand ↔ expert): offline quality on the hand-judged set, score
// calibration (short vs long demand texts), and speed at city scale on PGlite — and on PostgreSQL when
// KEXIE_BENCH_DATABASE_URL is set. `npx tsx bench/matching/run.ts` prints one JSON document;
// `npm run bench` includes it as the entry `matching`.
//
// Options (env): KEXIE_BENCH_MATCH_EXPERTS (default 100000), KEXIE_BENCH_MATCH_DEMANDS (20000),
// KEXIE_BENCH_MATCH_QUERIES (200), KEXIE_BENCH_MATCH_SKIP=quality,speed,pglite (comma-separated).
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { TBench, TBenchEntry } from '../lib.js';
import { runQuality } from './quality.js';
import { runSpeed } from './speed.js';

export interface TMatchingBenchOptions {
  experts: number;
  demands: number;
  queries: number;
  skip: string[];
  serverUrl?: string;
  log(message: string): void;
}

function optionsFromEnv(log: (m: string) => void): TMatchingBenchOptions {
  const num = (name: string, dflt: number) => {
    const raw = process.env[name];
    const n = raw ? Number(raw.replace(/_/g, '')) : dflt;
    if (!Number.isFinite(n) || n < 1) throw new Error(`${name} must be a positive number`);
    return Math.round(n);
  };
  return {
    experts: num('KEXIE_BENCH_MATCH_EXPERTS', 100_000),
    demands: num('KEXIE_BENCH_MATCH_DEMANDS', 20_000),
    queries: num('KEXIE_BENCH_MATCH_QUERIES', 200),
    skip: (process.env.KEXIE_BENCH_MATCH_SKIP ?? '').split(',').filter(Boolean),
    serverUrl: process.env.KEXIE_BENCH_DATABASE_URL || undefined,
    log,
  };
}

/** Runs everything and returns the matching report (one JSON-able object). */
export async function runMatchingBench(opts: TMatchingBenchOptions) {
  const report: Record<string, unknown> = {
    params: { experts: opts.experts, demands: opts.demands, queries: opts.queries },
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
  if (!opts.skip.includes('quality')) {
    opts.log('matching: quality on bench/matching/judgments.json');
    report.quality = await runQuality();
  }
  if (!opts.skip.includes('speed')) {
    opts.log(`matching: speed on PGlite, ${opts.experts} experts + ${opts.demands} demands`);
    const speed: Record<string, unknown> = {};
    if (!opts.skip.includes('pglite'))
      speed.pglite = await runSpeed({ experts: opts.experts, demands: opts.demands, queries: opts.queries, log: opts.log });
    if (opts.serverUrl) {
      opts.log('matching: speed on PostgreSQL');
      speed.postgres = await runSpeed({ experts: opts.experts, demands: opts.demands, queries: opts.queries, serverUrl: opts.serverUrl, log: opts.log });
    }
    report.speed = speed;
  }
  report.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  return report;
}

/** The entry for bench/run.ts (`npm run bench`). */
export const matchingBench: TBench = {
  name: 'matching',
  description:
    'demand→expert matcher: nDCG@10/P@5/MRR vs ts_rank and BM25 baselines on the judged set, short/long calibration, matchExperts p50/p95 at 100k experts + 20k demands (PGlite, PostgreSQL with KEXIE_BENCH_DATABASE_URL)',
  async run(ctx) {
    const opts = optionsFromEnv(ctx.progress);
    const report = await runMatchingBench(opts);
    const entries: TBenchEntry[] = [];
    const speed = (report.speed ?? {}) as Record<string, Awaited<ReturnType<typeof runSpeed>>>;
    for (const [db, s] of Object.entries(speed))
      entries.push({
        name: 'matching.match_experts_100k',
        unit: 'ms p95',
        value: s.matchExpertsMs.p95,
        baseline: s.baselineTsRankMs.p95,
        ratio: s.ratioToBaseline.p95,
        values: s as unknown as Record<string, unknown>,
        params: report.params as Record<string, unknown>,
        db,
      });
    if (report.quality) {
      const q = report.quality as Awaited<ReturnType<typeof runQuality>>;
      entries.push({
        name: 'matching.quality_ndcg10',
        unit: 'nDCG@10',
        value: q.metrics.all.matcher.ndcg10,
        baseline: q.metrics.all.baselineTsRank.ndcg10,
        ratio: Math.round((q.metrics.all.matcher.ndcg10 / Math.max(q.metrics.all.baselineTsRank.ndcg10, 1e-6)) * 1000) / 1000,
        values: { metrics: q.metrics, calibration: q.calibration, pool: q.pool },
        params: {},
        db: 'pglite',
      });
    }
    return entries;
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const log = (m: string) => process.stderr.write(`${m}\n`);
  // Keep stdout for the JSON document.
  console.log = (...parts: unknown[]) => console.error(...parts);
  runMatchingBench(optionsFromEnv(log))
    .then((report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`))
    .catch((err) => {
      log(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    });
}
