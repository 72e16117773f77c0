// search.people_100k: 100k generated people, ~200 realistic queries through selectPeople (the API's
// code path, admin scope, page size 20), against a plain indexed `name = $1` lookup of the same strings.
import { eq, sql } from 'drizzle-orm';
import { type TFakePerson, fakePeople } from '../server/modules/people/people.fake.js';
import { insertPeople, personValues, selectPeople } from '../server/modules/people/person.repo.js';
import { people } from '../server/modules/people/person.schema.js';
import type { TPersonQuery } from '../server/modules/people/person.types.js';
import { loadActor } from '../server/platform/auth/auth.service.js';
import { users } from '../server/platform/auth/auth.schema.js';
import { createRng, loadFakeOrgs } from '../server/platform/demo/fake.js';
import { pinyinKeys } from '../server/platform/search/text.js';
import { type TBench, type TBenchContext, type TBenchEntry, measureEach, round, summarize } from './lib.js';
import { type TBenchTarget, openBenchDatabase } from './setup.js';

const CHUNK = 1000;
const PAGE_SIZE = 20;
/** Upper bound on the measured part of one pass set (the query set is fixed; this only guards runaway runs). */
const MAX_MEASURE_MS = 180_000;

type TCategory = 'name' | 'surname' | 'given' | 'initials' | 'pinyin' | 'unit' | 'title' | 'discipline' | 'composite' | 'typo';

interface TQuery {
  category: TCategory;
  text: string;
  /** ID number of the person the query aims at (names, pinyin, typos): for found@20. */
  target?: string;
}

const SURNAMES = ['顾', '陆', '缪', '季', '施', '瞿', '邱', '冒', '陈', '张', '王', '朱', '徐', '欧阳', '钱'];
const SURNAMES_2 = /^(欧阳|诸葛|上官|司马)/;
const UNIT_WORDS = [
  '南通大学', '附属医院', '人民医院', '中天科技', '林洋能源', '通富微电子', '招商局重工', '罗莱', '醋酸纤维', '农业技术推广',
  '农业科学研究院', '卫生院', '高级中学', '职业技术学院', '隆昌化工', '船舶工程', '南通四建', '气象局', '疾病预防控制中心', '中远海运',
];
const TITLE_WORDS = ['教授', '副教授', '主任医师', '高级工程师', '正高级工程师', '研究员', '高级农艺师', '高级教师', '主治医师', '工程师'];
const DISCIPLINE_WORDS = ['临床医学', '纺织', '机械工程', '计算机', '化学工程', '农学', '材料科学', '水产', '电子与通信', '教育学'];
const COMPOSITE = [
  '南通大学教授', '人民医院主任医师', '中天科技高级工程师', '农业技术推广高级农艺师', '南通大学 临床医学',
  '如皋 农学', '海安 纺织', '启东 能源', '通州 土木建筑', '南通大学 计算机',
];
/** Same-sound characters people type by mistake (张晓燕 → 张小燕). */
const HOMOPHONES: Record<string, string> = {
  晓: '小', 伟: '玮', 华: '化', 燕: '艳', 明: '铭', 军: '君', 磊: '蕾', 静: '婧', 丽: '莉', 杰: '洁', 峰: '锋', 斌: '彬',
  红: '宏', 平: '萍', 芳: '方', 俊: '骏', 涛: '韬', 辉: '晖', 刚: '钢', 建: '健', 春: '纯', 霞: '夏', 玲: '琳', 英: '瑛',
  兰: '岚', 琴: '勤', 云: '芸', 敏: '民', 婷: '亭', 海: '还', 林: '琳', 东: '冬', 强: '墙', 勇: '永', 宇: '雨', 鹏: '朋',
};

/** The fixed query set (~200), drawn deterministically from a sample of the generated people. */
function buildQueries(sample: readonly TFakePerson[], seed: number): TQuery[] {
  const rng = createRng(seed + 1);
  const pool = [...sample];
  const take = () => pool.splice(rng.int(0, pool.length - 1), 1)[0];
  const out: TQuery[] = [];
  for (let i = 0; i < 50; i++) {
    const p = take();
    out.push({ category: 'name', text: p.name, target: p.idNumber });
  }
  for (const s of SURNAMES) out.push({ category: 'surname', text: s });
  // Two-character given names ("晓燕"): how people search when they half-remember a name.
  let given = 0;
  while (given < 15 && pool.length > 0) {
    const p = take();
    if ([...p.name].length !== 3 || SURNAMES_2.test(p.name)) continue;
    out.push({ category: 'given', text: p.name.slice(1), target: p.idNumber });
    given++;
  }
  for (let i = 0; i < 25; i++) {
    const p = take();
    out.push({ category: 'initials', text: pinyinKeys(p.name).initials, target: p.idNumber });
  }
  for (let i = 0; i < 20; i++) {
    const p = take();
    out.push({ category: 'pinyin', text: pinyinKeys(p.name).full, target: p.idNumber });
  }
  for (const w of UNIT_WORDS) out.push({ category: 'unit', text: w });
  for (const w of TITLE_WORDS) out.push({ category: 'title', text: w });
  for (const w of DISCIPLINE_WORDS) out.push({ category: 'discipline', text: w });
  for (const w of COMPOSITE) out.push({ category: 'composite', text: w });
  let typos = 0;
  while (typos < 25 && pool.length > 0) {
    const p = take();
    const chars = [...p.name];
    const k = chars.findIndex((c, i) => i > 0 && HOMOPHONES[c]);
    if (k < 0) continue;
    chars[k] = HOMOPHONES[chars[k]];
    out.push({ category: 'typo', text: chars.join(''), target: p.idNumber });
    typos++;
  }
  return out;
}

/** The bound for broad searches (p95). */
const BROAD_P95_TARGET_MS = 300;

async function runOn(ctx: TBenchContext, target: TBenchTarget): Promise<TBenchEntry> {
  const { args, progress } = ctx;
  const database = await openBenchDatabase(target);
  const { db } = database;
  try {
    progress(`  [${database.label}] loading ${args.people} people in chunks of ${CHUNK}`);
    const orgs = await loadFakeOrgs(db);
    const every = Math.max(1, Math.floor(args.people / 400));
    const sample: TFakePerson[] = [];
    let chunk: Parameters<typeof insertPeople>[1] = [];
    let generateMs = 0;
    let insertMs = 0;
    let loaded = 0;
    const flush = async () => {
      const t0 = performance.now();
      await insertPeople(db, chunk);
      insertMs += performance.now() - t0;
      loaded += chunk.length;
      chunk = [];
      if (loaded % 20_000 === 0) progress(`    ${loaded} loaded (${Math.round(generateMs + insertMs)} ms)`);
    };
    const gen = fakePeople(orgs, args.people, { seed: args.seed, dictionary: database.city.dictionary, cityName: database.city.city.name });
    let i = 0;
    for (;;) {
      const t0 = performance.now();
      const next = gen.next();
      if (next.done) break;
      const p = next.value;
      if (i++ % every === 0) sample.push(p);
      chunk.push({ ...personValues(p), isDemo: true, createdAt: p.createdAt, updatedAt: p.updatedAt });
      generateMs += performance.now() - t0;
      if (chunk.length === CHUNK) await flush();
    }
    if (chunk.length > 0) await flush();
    const tAnalyze = performance.now();
    await db.execute(sql`analyze people`);
    const analyzeMs = performance.now() - tAnalyze;
    progress(`    loaded in ${Math.round(generateMs + insertMs)} ms (generate ${Math.round(generateMs)}, insert ${Math.round(insertMs)}), analyze ${Math.round(analyzeMs)} ms`);

    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    const actor = await loadActor(db, admin.id, 'session');
    if (!actor) throw new Error('admin actor not found');

    const queries = buildQueries(sample, args.seed);
    const found = new Map<TQuery, boolean>();
    const hits = new Map<TQuery, number>();
    const search = async (q: TQuery) => {
      const query = { q: q.text, page: 1, pageSize: PAGE_SIZE } as TPersonQuery;
      const res = await selectPeople(db, actor, query, { limit: PAGE_SIZE, offset: 0 });
      hits.set(q, res.total);
      if (q.target) {
        found.set(q, res.items.some((r) => r.idNumber === q.target));
      }
    };
    const lookup = (q: TQuery) =>
      db.select({ id: people.id, name: people.name, unit: people.unit }).from(people).where(eq(people.name, q.text)).limit(PAGE_SIZE);

    // Warm-up: every tenth query (all categories), so caches and plans are warm without a full extra pass.
    const opts = { rounds: args.rounds, maxMs: MAX_MEASURE_MS, warmupInputs: queries.filter((_, k) => k % 10 === 0) };
    progress(`    ${queries.length} queries × ${args.rounds} rounds through selectPeople`);
    const measured = await measureEach(queries, search, opts);
    progress(`    baseline: name = $1 for the same strings`);
    const baseline = await measureEach(queries, lookup, opts);

    const all = summarize(measured.samples);
    const base = summarize(baseline.samples);
    const categories: Record<string, unknown> = {};
    for (const cat of [...new Set(queries.map((q) => q.category))]) {
      const idx = queries.flatMap((q, k) => (q.category === cat ? [k] : []));
      const s = summarize(idx.flatMap((k) => measured.perInput[k]));
      const qs = idx.map((k) => queries[k]);
      const targeted = qs.filter((q) => q.target);
      categories[cat] = {
        queries: qs.length,
        p50ms: s.p50,
        p95ms: s.p95,
        withResults: qs.filter((q) => (hits.get(q) ?? 0) > 0).length,
        medianTotal: summarize(qs.map((q) => hits.get(q) ?? 0)).p50,
        ...(targeted.length > 0 ? { foundInTop20: targeted.filter((q) => found.get(q)).length } : {}),
        example: qs[0]?.text,
      };
    }
    // Broad searches: a title or unit word matching ≥ 5 % of the people (the "~10 % of 100k").
    const broadIdx = queries.flatMap((q, k) => ((hits.get(q) ?? 0) >= loaded * 0.05 ? [k] : []));
    const broad = summarize(broadIdx.flatMap((k) => measured.perInput[k]));
    const slowest = queries
      .map((q, k) => ({ q: q.text, category: q.category, ms: round(Math.max(...measured.perInput[k])) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);

    return {
      name: 'search.people_100k',
      unit: 'ms',
      value: all.p50,
      baseline: base.p50,
      ratio: round(all.p50 / base.p50, 1),
      values: {
        search: { p50: all.p50, p95: all.p95, p99: all.p99, max: all.max, mean: all.mean, n: all.n },
        baseline: { p50: base.p50, p95: base.p95, p99: base.p99, max: base.max, n: base.n },
        ratioP95: round(all.p95 / base.p95, 1),
        broad: {
          queries: broadIdx.length,
          examples: broadIdx.slice(0, 5).map((k) => queries[k].text),
          p50ms: broad.p50,
          p95ms: broad.p95,
          targetP95ms: BROAD_P95_TARGET_MS,
          ratioToTarget: broadIdx.length ? round(broad.p95 / BROAD_P95_TARGET_MS) : null,
          ratioP95ToBaseline: broadIdx.length ? round(broad.p95 / base.p95, 1) : null,
        },
        load: {
          people: loaded,
          totalMs: Math.round(generateMs + insertMs),
          generateMs: Math.round(generateMs),
          insertMs: Math.round(insertMs),
          analyzeMs: Math.round(analyzeMs),
          rowsPerSecond: Math.round(loaded / ((generateMs + insertMs) / 1000)),
        },
        categories,
        slowest,
        truncated: measured.truncated || baseline.truncated,
      },
      params: {
        people: args.people,
        queries: queries.length,
        rounds: args.rounds,
        warmupQueries: opts.warmupInputs.length,
        pageSize: PAGE_SIZE,
        actor: 'admin (whole city)',
        path: 'selectPeople (person.repo.ts): rows + count, as GET /api/v1/people?q=',
        baseline: 'select id, name, unit from people where name = $1 limit 20 (btree people_name_idx)',
        chunk: CHUNK,
        seed: args.seed,
      },
      db: database.label,
    };
  } finally {
    await database.dispose();
  }
}

export const peopleSearchBench: TBench = {
  name: 'search.people_100k',
  description: 'people search over N generated people (--people), ~200 queries via selectPeople vs name = $1; PGlite, and PostgreSQL when KEXIE_BENCH_DATABASE_URL is set',
  async run(ctx) {
    const entries = [await runOn(ctx, { kind: 'pglite' })];
    const serverUrl = process.env.KEXIE_BENCH_DATABASE_URL;
    if (serverUrl) entries.push(await runOn(ctx, { kind: 'postgres', serverUrl }));
    else ctx.progress('  (KEXIE_BENCH_DATABASE_URL not set: PostgreSQL run skipped)');
    return entries;
  },
};
