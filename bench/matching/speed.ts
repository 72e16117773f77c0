import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client.js';
import { insertFixtureDemands, insertFixtureEnterprise, insertFixtureExperts } from '../../server/modules/innovation/matching/match.fixtures.js';
import { matchDemandsForExpert, matchExperts, rebuildMatchIndex, reindexExpert } from '../../server/modules/innovation/matching/match.service.js';
import type { TActor } from '../../server/platform/auth/policy.js';
import { baselineTsRank, fillBaselineSearchText, profileText } from './baseline.js';
import { openBenchDatabase } from '../setup.js';
import { orgIdsByCode } from './dataset.js';
import { generateCorpus } from './generate.js';
import { percentile } from './metrics.js';

const STAFF: TActor = {
  userId: 0,
  username: 'bench',
  displayName: 'bench',
  roles: ['city_staff'],
  orgId: 1,
  orgPath: '/1/',
  department: null,
  locale: 'zh-CN',
  via: 'token',
};

const ms = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function timings(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: ms(percentile(s, 50)), p95: ms(percentile(s, 95)), max: ms(s[s.length - 1] ?? 0), mean: ms(s.reduce((a, b) => a + b, 0) / Math.max(s.length, 1)) };
}

const cpuSamples = new WeakMap<number[], number[]>();

/** Wall-clock ms per call; the CPU ms of each call are kept aside (cpuOf). */
async function timeEach<T>(items: T[], fn: (x: T) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  const cpu: number[] = [];
  for (const x of items) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn(x);
    out.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpuSamples.set(out, cpu);
  return out;
}

const cpuOf = (wall: number[]) => timings(cpuSamples.get(wall) ?? []);

export interface TSpeedOptions {
  experts: number;
  demands: number;
  queries?: number;
  /** PostgreSQL server URL (a fresh database is created on it); undefined = in-memory PGlite. */
  serverUrl?: string;
  log?: (msg: string) => void;
}

export async function runSpeed(opts: TSpeedOptions) {
  const log = opts.log ?? (() => {});
  const database = await openBenchDatabase(opts.serverUrl ? { kind: 'postgres', serverUrl: opts.serverUrl } : { kind: 'pglite' });
  try {
    const orgIds = await orgIdsByCode(database);
    const t0 = performance.now();
    const corpus = generateCorpus({ experts: opts.experts, demands: opts.demands, queries: opts.queries ?? 200 });
    const generateMs = performance.now() - t0;

    const t1 = performance.now();
    const expertIds: number[] = [];
    for (let i = 0; i < corpus.experts.length; i += 5000) {
      const chunk = corpus.experts.slice(i, i + 5000).map((e) => ({ ...e, orgId: orgIds.get(e.district)! }));
      expertIds.push(...(await insertFixtureExperts(database.db, chunk)));
      log(`experts ${Math.min(i + 5000, corpus.experts.length)}/${corpus.experts.length}`);
    }
    const enterpriseByDistrict = new Map<string, number>();
    for (const [code, id] of orgIds)
      if (['chongchuan', 'tongzhou', 'haimen', 'rudong', 'qidong', 'rugao', 'haian'].includes(code))
        enterpriseByDistrict.set(code, await insertFixtureEnterprise(database.db, id, `南通${code}示范企业有限公司`));
    await insertFixtureDemands(
      database.db,
      corpus.demands.map((d) => ({ ...d, orgId: orgIds.get(d.district)!, enterpriseId: enterpriseByDistrict.get(d.district)! })),
    );
    const loadMs = performance.now() - t1;
    log('loaded; building index');

    const t2 = performance.now();
    const built = await rebuildMatchIndex(database.db, {
      onProgress: (done, total) => {
        if (done % 20_000 === 0 || done === total) log(`index ${done}/${total}`);
      },
    });
    const indexMs = performance.now() - t2;

    const t3 = performance.now();
    await fillBaselineSearchText(
      database.db,
      corpus.experts.map((e, i) => ({
        id: expertIds[i],
        text: profileText({
          name: e.name,
          unit: e.unit ?? null,
          title: e.title ?? null,
          disciplines: e.disciplines ?? [],
          industries: e.industries ?? [],
          keywords: e.keywords ?? [],
          bio: e.bio ?? null,
          achievements: (e.achievements ?? []).map((a) => ({ kind: a.kind, title: a.title, abstract: a.abstract ?? null, keywords: a.keywords ?? [], year: a.year ?? null })),
        }),
      })),
    );
    const baselineIndexMs = performance.now() - t3;
    await database.db.execute(sql`analyze`);
    const [size] = await queryRows<{ rows: number; bytes: string }>(
      database.db,
      sql`select (select count(*)::int from expert_terms) as rows, pg_size_pretty(pg_total_relation_size('expert_terms')) as bytes`,
    );
    log('timing');

    const texts = corpus.queries;
    // Warm-up: first calls load pages and cache the corpus average length.
    for (const t of texts.slice(0, 10)) {
      await matchExperts(database.db, STAFF, { text: t });
      await baselineTsRank(database.db, t, 20);
    }
    const matcher = await timeEach(texts, (text) => matchExperts(database.db, STAFF, { text, limit: 20 }));
    const baseline = await timeEach(texts, (text) => baselineTsRank(database.db, text, 20));
    const filtered = await timeEach(texts.slice(0, 50), (text) =>
      matchExperts(database.db, STAFF, { text, limit: 20, filters: { cluster: '新材料' } }),
    );
    const withSignals = await timeEach(texts.slice(0, 50), (text) =>
      matchExperts(database.db, STAFF, { text, limit: 20, demand: { cluster: '船舶海工', orgId: orgIds.get('rugao') } }),
    );
    const big = await timeEach(texts.slice(0, 20), (text) => matchExperts(database.db, STAFF, { text, limit: 1000 }));
    const sampleExperts = Array.from({ length: 50 }, (_, i) => expertIds[(i * 7919) % expertIds.length]);
    const reverse = await timeEach(sampleExperts, (id) => matchDemandsForExpert(database.db, STAFF, id, { limit: 20 }));
    const reindex = await timeEach(sampleExperts.slice(0, 20), (id) => database.db.transaction((tx) => reindexExpert(tx, id)));

    const m = timings(matcher);
    const b = timings(baseline);
    return {
      database: database.label,
      experts: built.experts,
      demands: corpus.demands.length,
      expertTermRows: size?.rows,
      expertTermsSize: size?.bytes,
      setupSeconds: {
        generate: ms(generateMs / 1000),
        load: ms(loadMs / 1000),
        rebuildMatchIndex: ms(indexMs / 1000),
        baselineTsvector: ms(baselineIndexMs / 1000),
      },
      matchExpertsMs: m,
      matchExpertsCpuMs: cpuOf(matcher),
      baselineTsRankMs: b,
      baselineTsRankCpuMs: cpuOf(baseline),
      ratioToBaseline: { p50: r3(m.p50 / Math.max(b.p50, 0.01)), p95: r3(m.p95 / Math.max(b.p95, 0.01)) },
      matchExpertsClusterFilterMs: timings(filtered),
      matchExpertsWithSignalsMs: timings(withSignals),
      matchExpertsLimit1000Ms: timings(big),
      matchDemandsForExpertMs: timings(reverse),
      reindexExpertMs: timings(reindex),
      targets: {
        p95Ms: database.kind === 'pglite' ? 100 : 50,
        met: m.p95 <= (database.kind === 'pglite' ? 100 : 50),
      },
      note: 'wall-clock latency in this process; cpuMs is the CPU time the process spent per call (PGlite runs in-process), less sensitive to other load on the machine',
    };
  } finally {
    await database.dispose();
  }
}
