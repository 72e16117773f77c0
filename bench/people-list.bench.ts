// http.people_list_vs_health: the real app on loopback, demo data seeded; requests/s and latency of the
// authenticated people list against the health check (the cost of routing + JSON alone).
import { buildApp } from '../server/app.js';
import { setReadCacheEnabled } from '../server/db/read-cache.js';
import { seedPeopleDemo } from '../server/modules/people/people.demo.js';
import { seedPlatformDemo } from '../server/platform/demo/demo.js';
import { MemoryFileStore } from '../server/platform/files/file-store.js';
import { type TBench, type TLoadResult, closedLoop, round } from './lib.js';
import { BENCH_ADMIN_PASSWORD, openBenchDatabase } from './setup.js';

const LIST_PATH = '/api/v1/people?page=1&pageSize=20';
const HEALTH_PATH = '/api/health';
/** Upper bound on measured requests per phase, whatever the duration. */
const MAX_REQUESTS = 500_000;

const brief = (r: TLoadResult) => ({
  perSecond: r.perSecond,
  requests: r.requests,
  errors: r.errors,
  seconds: r.seconds,
  p50ms: r.latency.p50,
  p95ms: r.latency.p95,
  p99ms: r.latency.p99,
});

export const peopleListBench: TBench = {
  name: 'http.people_list_vs_health',
  description: `GET ${LIST_PATH} (signed in as admin) vs GET ${HEALTH_PATH}: req/s and latency over loopback; the list again with the read cache off (values.uncached)`,
  async run({ args, progress }) {
    const database = await openBenchDatabase({ kind: 'pglite' });
    const app = await buildApp(
      {
        db: database.db,
        dbKind: database.kind,
        env: { KEXIE_SESSION_HOURS: 12, KEXIE_SECURE_COOKIES: '0', KEXIE_MAX_UPLOAD_MB: 5 },
        city: database.city,
        files: new MemoryFileStore(),
      },
      { serveWeb: false, logger: false },
    );
    try {
      await seedPlatformDemo(database.db);
      const seeded = await seedPeopleDemo(database.db, database.city, { people: args.demoPeople, seed: args.seed });
      progress(`  demo seeded: ${seeded.people} people in ${seeded.ms} ms`);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as { port: number };
      const base = `http://127.0.0.1:${port}`;

      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
      });
      const sid = login.headers.getSetCookie().find((c) => c.startsWith('kexie_sid='));
      if (!login.ok || !sid) throw new Error(`admin sign-in failed: ${login.status} ${await login.text()}`);
      const cookie = sid.split(';')[0];

      // Sanity: the list answers with the seeded people before we time it.
      const check = await fetch(`${base}${LIST_PATH}`, { headers: { cookie } });
      const body = (await check.json()) as { items?: unknown[]; total?: number };
      if (!check.ok || body.items?.length !== 20 || body.total !== seeded.people)
        throw new Error(`people list not as expected: ${check.status} total=${body.total}`);

      const get = (path: string, headers: Record<string, string> = {}) => async () => {
        const res = await fetch(`${base}${path}`, { headers });
        await res.arrayBuffer();
        return res.status === 200;
      };
      const load = { concurrency: args.concurrency, durationMs: args.duration * 1000, warmupMs: Math.min(1000, args.duration * 200), maxCalls: MAX_REQUESTS };
      progress(`  GET ${HEALTH_PATH}: ${args.concurrency} loops × ${args.duration} s`);
      const health = await closedLoop(get(HEALTH_PATH), load);
      progress(`    ${health.perSecond} req/s, p50 ${health.latency.p50} ms`);
      progress(`  GET ${LIST_PATH}: ${args.concurrency} loops × ${args.duration} s`);
      const list = await closedLoop(get(LIST_PATH, { cookie }), load);
      progress(`    ${list.perSecond} req/s, p50 ${list.latency.p50} ms`);
      // The same page with the read cache off: what every request costs right after a write.
      progress(`  GET ${LIST_PATH}, read cache off: ${args.concurrency} loops × ${args.duration} s`);
      setReadCacheEnabled(false);
      const uncached = await closedLoop(get(LIST_PATH, { cookie }), load).finally(() => setReadCacheEnabled(true));
      progress(`    ${uncached.perSecond} req/s, p50 ${uncached.latency.p50} ms`);

      return [
        {
          name: 'http.people_list_vs_health',
          unit: 'req/s',
          value: list.perSecond,
          baseline: health.perSecond,
          ratio: round(list.perSecond / health.perSecond),
          values: {
            list: brief(list),
            health: brief(health),
            p50LatencyRatio: round(list.latency.p50 / health.latency.p50),
            listP50ms: list.latency.p50,
            // Every request loading from the database (read cache off): the cost after each write.
            uncached: { ...brief(uncached), ratio: round(uncached.perSecond / health.perSecond) },
            // The module-kit issue's bounds: list throughput ≥ 50 % of health's, list p50 ≤ 20 ms at 16 loops.
            targets: { ratio: 0.5, listP50ms: 20 },
          },
          params: {
            concurrency: args.concurrency,
            durationSeconds: args.duration,
            warmupMs: load.warmupMs,
            demoPeople: seeded.people,
            list: LIST_PATH,
            baseline: HEALTH_PATH,
            transport: 'HTTP/1.1 keep-alive over 127.0.0.1 (fetch)',
          },
          db: database.label,
        },
      ];
    } finally {
      await app.close();
      await database.dispose();
    }
  },
};
