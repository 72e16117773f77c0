// A read cache for the embedded database whose invalidation is exact: every statement that may write
// (anything but a plain SELECT) moves a counter, before and after it runs, and an entry is only served
// while the counter is where it was when the entry's read began. One process owns a PGlite database
// (the data dir is locked), so no write can reach it around this wrapper. On PostgreSQL (other
// processes may write) nothing is cached.
import type { PGlite, Transaction } from '@electric-sql/pglite';

interface TVersion {
  /** Moves before and after every write. */
  n: number;
  cache: Map<string, { version: number; value: unknown }>;
}

const versions = new WeakMap<object, TVersion>();

/** SELECT / WITH statements without a writing keyword; anything else counts as a write (misses are cheap, stale reads are not). */
const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|merge|into|truncate|nextval|setval|lock|copy|call|do|notify|refresh|vacuum|analyze|alter|create|drop|grant|revoke|set|reset|discard|prepare|execute)\b/i;

export function mayWrite(text: unknown): boolean {
  if (typeof text !== 'string') return true;
  return !READ_ONLY.test(text) || WRITES.test(text);
}

type TRunner = Pick<PGlite, 'query' | 'exec'>;

function wrapRunner<T extends TRunner>(target: T, version: TVersion): T {
  const run =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!mayWrite(args[0])) return fn(...args);
      version.n++;
      try {
        return await fn(...args);
      } finally {
        version.n++;
      }
    };
  const q = target.query.bind(target);
  const e = target.exec.bind(target);
  Object.assign(target, { query: run(q), exec: run(e) });
  return target;
}

/**
 * Counts the writes through a PGlite instance (query, exec, transactions); call once, before handing the
 * instance to drizzle. `db` (the drizzle database over it) becomes the key for readThrough.
 */
export function trackWrites(client: PGlite, db: object): void {
  const version: TVersion = { n: 0, cache: new Map() };
  versions.set(db, version);
  wrapRunner(client, version);
  const transaction = client.transaction.bind(client);
  client.transaction = (async <R>(cb: (tx: Transaction) => Promise<R>) => {
    // The transaction counts as one write, whole (its statements run through tx, not the wrapped methods).
    version.n++;
    try {
      return await transaction(cb);
    } finally {
      version.n++;
    }
  }) as PGlite['transaction'];
}

const MAX_ENTRIES = 500;
let enabled = true;

/** Benchmarks only: measure the uncached path (every readThrough loads). */
export function setReadCacheEnabled(on: boolean) {
  enabled = on;
}

/**
 * `load()`, or its result from an earlier call with the same key when nothing was written since that
 * call began. Always loads on PostgreSQL and inside a transaction (`db` is then not a tracked database).
 * The value is shared between callers: treat it as read-only.
 */
export async function readThrough<T>(db: object, key: string, load: () => Promise<T>): Promise<T> {
  const version = versions.get(db);
  if (!version || !enabled) return load();
  const { cache } = version;
  const hit = cache.get(key);
  if (hit && hit.version === version.n) return hit.value as T;
  const at = version.n;
  const value = await load();
  // Only when no write began or ended while loading: the value is then exactly the data at `at`.
  if (version.n === at) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { version: at, value });
  }
  return value;
}
