// A small benchmark framework: fixed iteration counts or bounded durations, warm-up, percentiles, and
// one JSON entry per measurement. Progress goes to stderr; run.ts prints the JSON document to stdout.

/** One measurement in the JSON document. `ratio` = value / baseline when a baseline is given. */
export interface TBenchEntry {
  name: string;
  unit: string;
  value?: number;
  values?: Record<string, unknown>;
  baseline?: number;
  ratio?: number;
  params: Record<string, unknown>;
  db: string;
}

export interface TBenchContext {
  args: TBenchArgs;
  progress(message: string): void;
}

export interface TBench {
  name: string;
  /** What the entry measures, one line (shown by --list). */
  description: string;
  run(ctx: TBenchContext): Promise<TBenchEntry[]>;
}

export interface TBenchArgs {
  only: string[];
  /** People for search.people_100k. */
  people: number;
  /** People in the demo data behind http.people_list_vs_health. */
  demoPeople: number;
  /** Seconds per HTTP phase. */
  duration: number;
  concurrency: number;
  /** Measured passes over the search query set. */
  rounds: number;
  seed: number;
  list: boolean;
}

/**
 * Options from argv (`--people=100000`, `--only=a,b`) over env (`KEXIE_BENCH_PEOPLE`, `KEXIE_BENCH_ONLY`)
 * over defaults.
 */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): TBenchArgs {
  const flags = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a} (expected --name=value)`);
    flags.set(m[1], m[2] ?? 'true');
  }
  const get = (name: string) => flags.get(name) ?? env[`KEXIE_BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const num = (name: string, dflt: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined || raw === '') return dflt;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number in [${min}, ${max}]`);
    return n;
  };
  const only = (get('only') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    only,
    people: Math.round(num('people', 100_000, 100, 5_000_000)),
    demoPeople: Math.round(num('demo-people', 3000, 10, 200_000)),
    duration: num('duration', 5, 0.5, 120),
    concurrency: Math.round(num('concurrency', 16, 1, 256)),
    rounds: Math.round(num('rounds', 1, 1, 20)),
    seed: Math.round(num('seed', 20211201, 0, 2 ** 32 - 1)),
    list: get('list') === 'true',
  };
}

/** Value at quantile p (0–1) of ascending samples, linear interpolation between ranks. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

const round = (x: number, digits = 3) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export interface TSummary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Percentile summary of latency samples (ms, rounded to µs). */
export function summarize(samples: readonly number[]): TSummary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    min: round(s[0] ?? Number.NaN),
    p50: round(percentile(s, 0.5)),
    p95: round(percentile(s, 0.95)),
    p99: round(percentile(s, 0.99)),
    max: round(s[s.length - 1] ?? Number.NaN),
    mean: round(mean),
  };
}

/** Milliseconds an async call takes (high-resolution clock). */
export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

/**
 * Runs `fn(input)` unmeasured for the warm-up inputs (default: all), then `rounds` measured passes over
 * all inputs, one call at a time; stops measuring early when `maxMs` is spent (samples so far are kept).
 */
export async function measureEach<I>(
  inputs: readonly I[],
  fn: (input: I) => Promise<unknown>,
  opts: { rounds: number; maxMs: number; warmupInputs?: readonly I[] },
): Promise<{ samples: number[]; perInput: number[][]; truncated: boolean }> {
  for (const input of opts.warmupInputs ?? inputs) await fn(input);
  const samples: number[] = [];
  const perInput: number[][] = inputs.map(() => []);
  const deadline = performance.now() + opts.maxMs;
  for (let r = 0; r < opts.rounds; r++) {
    for (const [k, input] of inputs.entries()) {
      if (performance.now() > deadline) return { samples, perInput, truncated: true };
      const t0 = performance.now();
      await fn(input);
      const ms = performance.now() - t0;
      samples.push(ms);
      perInput[k].push(ms);
    }
  }
  return { samples, perInput, truncated: false };
}

export interface TLoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  latency: TSummary;
}

/**
 * Closed-loop load: `concurrency` loops each call `fn` back to back for `durationMs` after a
 * `warmupMs` warm-up (not measured); at most `maxCalls` measured calls in all. `fn` returns false
 * (or throws) for an error.
 */
export async function closedLoop(
  fn: () => Promise<boolean>,
  opts: { concurrency: number; durationMs: number; warmupMs: number; maxCalls: number },
): Promise<TLoadResult> {
  const run = async (ms: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    let calls = 0;
    const end = performance.now() + ms;
    const loop = async () => {
      while (performance.now() < end && (!record || calls < opts.maxCalls)) {
        calls++;
        const t0 = performance.now();
        let ok = false;
        try {
          ok = await fn();
        } catch {
          ok = false;
        }
        if (record) latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: opts.concurrency }, loop));
    return { latencies, errors, seconds: (performance.now() - t0) / 1000 };
  };
  if (opts.warmupMs > 0) await run(opts.warmupMs, false);
  const { latencies, errors, seconds } = await run(opts.durationMs, true);
  return { requests: latencies.length, errors, seconds: round(seconds), perSecond: round(latencies.length / seconds, 1), latency: summarize(latencies) };
}

export { round };
