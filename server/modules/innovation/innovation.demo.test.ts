import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCreditCode } from '../../../shared/validators.js';
import { openDatabase, queryRows } from '../../db/client.js';
import { seedPlatformDemo } from '../../platform/demo/demo.js';
import { loadCityConfig } from '../../platform/orgs/city-config.js';
import { applyCityConfig } from '../../platform/orgs/org.service.js';
import { type TTestApp, createTestApp } from '../../test/harness.js';
import { seedPeopleDemo } from '../people/people.demo.js';
import { DEMAND_TRANSITIONS } from './demand/demand.workflow.js';
import { INNOVATION_DEMO_DEFAULTS, type TSeedInnovationResult, seedInnovationDemo } from './innovation.demo.js';
import { DEMAND_STATUSES } from './innovation.schema.js';

const city = loadCityConfig({ city: 'nantong' });

describe('[innovation] demo data 科创演示数据', () => {
  let t: TTestApp;
  let result: TSeedInnovationResult;
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(t.database.db, q);

  beforeAll(async () => {
    t = await createTestApp();
    await seedPlatformDemo(t.database.db);
    await seedPeopleDemo(t.database.db, city, { people: 100 });
    result = await seedInnovationDemo(t.database.db, city);
  });
  afterAll(() => t.close());

  it('loads thousands of experts with achievements, hundreds of enterprises and demands, all flagged as demo', async () => {
    expect(result.seeded).toBe(true);
    expect(result.counts).toMatchObject(INNOVATION_DEMO_DEFAULTS);
    const [c] = await rows<Record<string, number>>(sql`select
      (select count(*) from experts where not is_demo)::int as experts,
      (select count(*) from enterprises where not is_demo)::int as enterprises,
      (select count(*) from demands where not is_demo)::int as demands,
      (select count(*) from platforms where not is_demo)::int as platforms,
      (select count(*) from experts e where not exists (select 1 from expert_achievements a where a.expert_id = e.id))::int as without_achievements,
      (select count(*) from expert_achievements where year < 2018 or year > extract(year from now()))::int as odd_years,
      (select count(*) from experts where name ~ '^[A-Za-z]')::int as english`);
    expect(c).toMatchObject({ experts: 0, enterprises: 0, demands: 0, platforms: 0, without_achievements: 0, odd_years: 0 });
    expect(c.english).toBeGreaterThan(30);
    const named = await rows<{ name: string; is_academician: boolean }>(sql`select name, is_academician from experts where name in ('蒋士成', '顾晓松')`);
    expect(named).toEqual(expect.arrayContaining([{ name: '蒋士成', is_academician: true }, { name: '顾晓松', is_academician: true }]));
    const clusters = await rows<{ c: string }>(sql`select distinct unnest(industries) c from experts`);
    for (const k of ['船舶海工', '高端纺织', '新材料', '新能源', '氢能', '生物医药', '高端装备', '5G', '物联网']) expect(clusters.map((r) => r.c)).toContain(k);
  });

  it('gives every enterprise a valid, unique 统一社会信用代码 of a 南通 district', async () => {
    const codes = await rows<{ credit_code: string }>(sql`select credit_code from enterprises`);
    const adcodes = new Set(['320613', '320612', '320614', '320623', '320681', '320682', '320685']);
    for (const { credit_code } of codes) {
      expect(isValidCreditCode(credit_code), credit_code).toBe(true);
      expect(adcodes.has(credit_code.slice(2, 8)), credit_code).toBe(true);
    }
    expect(new Set(codes.map((c) => c.credit_code)).size).toBe(codes.length);
  });

  it('has the platforms the seed article names, with yearly assessments', async () => {
    const p = await rows<{ name: string; kind: string; level: string; academicians: string[]; host: string | null }>(
      sql`select p.name, p.kind, p.level, p.academicians, coalesce(p.host_name, e.name) as host from platforms p left join enterprises e on e.id = p.host_enterprise_id`,
    );
    const byName = (n: string) => p.find((x) => x.name === n);
    expect(byName('江苏纺织产业院士协同创新中心')).toMatchObject({ kind: 'academician_center', academicians: ['蒋士成'] });
    expect(byName('江苏新能源制氢产业院士协同创新中心')).toMatchObject({ kind: 'academician_center', academicians: ['蒋士成'] });
    expect(byName('中国脊髓损伤修复与功能重建创新联盟')).toMatchObject({ academicians: ['顾晓松'] });
    expect(byName('隆昌化工院士工作站')).toMatchObject({ kind: 'demo_station', level: 'national', host: '江苏隆昌化工有限公司' });
    const haizhi = p.filter((x) => x.kind === 'haizhi_base');
    expect(haizhi.filter((x) => x.level === 'national')).toHaveLength(1);
    expect(haizhi.filter((x) => x.level === 'provincial')).toHaveLength(3);
    expect(p.filter((x) => x.kind === 'academician_workstation').length).toBeGreaterThan(10);
    const [a] = await rows<{ n: number; dup: number }>(sql`select count(*)::int n, (count(*) - count(distinct (platform_id, year)))::int dup from platform_assessments`);
    expect(a.n).toBeGreaterThan(50);
    expect(a.dup).toBe(0);
  });

  it('has demands in every state, each with a legal transition history', async () => {
    const ds = await rows<{ id: number; status: string; published_at: Date | null; closed_at: Date | null; confidentiality: string }>(
      sql`select id, status, published_at, closed_at, confidentiality from demands`,
    );
    expect(new Set(ds.map((d) => d.status))).toEqual(new Set(DEMAND_STATUSES));
    expect(ds.filter((d) => d.confidentiality === 'staff').length).toBeGreaterThan(10);
    const ts = await rows<{ demand_id: number; from_status: string; to_status: string; at: Date; actor_name: string | null; actor_org_name: string | null }>(
      sql`select entity_id as demand_id, from_status, to_status, at, actor_name, actor_org_name from status_transitions where entity = 'demand' order by entity_id, at, id`,
    );
    // Every demo move names a person and the org (or enterprise) they acted for, not 系统 (issue 12 §2).
    expect(ts.length).toBeGreaterThan(0);
    expect(ts.filter((tr) => !tr.actor_name || !tr.actor_org_name)).toEqual([]);
    expect(ts.find((tr) => tr.to_status === 'published')?.actor_org_name).toMatch(/科学技术协会|科协/);
    // Engagements past 推荐 have their moves too, ending in their state.
    const ms = await rows<{ id: number; status: string; last: string | null; n: number }>(
      sql`select m.id, m.status, (select t.to_status from status_transitions t where t.entity = 'match' and t.entity_id = m.id order by t.id desc limit 1) as last,
                 (select count(*)::int from status_transitions t where t.entity = 'match' and t.entity_id = m.id and t.actor_name is null) as n
          from matches m where m.status <> 'recommended'`,
    );
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect([m.last, m.n], `match ${m.id}`).toEqual([m.status, 0]);
    const byDemand = new Map<number, typeof ts>();
    for (const tr of ts) byDemand.set(tr.demand_id, [...(byDemand.get(tr.demand_id) ?? []), tr]);
    for (const d of ds) {
      const chain = byDemand.get(d.id) ?? [];
      let at = 'draft';
      for (const tr of chain) {
        expect(tr.from_status, `demand ${d.id}`).toBe(at);
        expect(DEMAND_TRANSITIONS[at as 'draft'][tr.to_status as 'pending'], `${at} → ${tr.to_status}`).toBeDefined();
        at = tr.to_status;
      }
      expect(at, `demand ${d.id}`).toBe(d.status);
      expect(d.published_at !== null, `demand ${d.id} publishedAt`).toBe(chain.some((tr) => tr.to_status === 'published'));
      expect(d.closed_at !== null).toBe(d.status === 'closed');
    }
  });

  it('has docking events, service teams with visits, and the six 2022 科创江苏 projects', async () => {
    const [c] = await rows<Record<string, number>>(sql`select
      (select count(*) from docking_events)::int as events,
      (select count(*) from docking_events where agreements_signed > 0 and contract_value > 0)::int as with_outcomes,
      (select count(*) from service_teams)::int as teams,
      (select count(*) from service_visits)::int as visits,
      (select count(*) from service_visits where date > current_date)::int as future_visits,
      (select count(*) from funded_projects where programme = '科创江苏专项行动计划' and year = 2022)::int as kcjs2022`);
    expect(c.events).toBeGreaterThan(50);
    expect(c.with_outcomes).toBeGreaterThan(20);
    expect(c.teams).toBeGreaterThanOrEqual(5);
    expect(c.visits).toBeGreaterThan(100);
    expect(c.future_visits).toBe(0);
    expect(c.kcjs2022).toBe(6);
    const teams = (await t.as(t.admin, { method: 'GET', url: `/api/v1/service-teams?cluster=${encodeURIComponent('船舶海工')}` })).json();
    expect(teams.items[0].visitCount).toBeGreaterThan(0);
    const events = (await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events?pageSize=1' })).json();
    expect(events.totals.contractValue).toBeGreaterThan(1000);
  });

  it('shows only public, published demands in the public demand hall', async () => {
    const [expected] = await rows<{ n: number }>(
      sql`select count(*)::int n from demands where confidentiality = 'public' and status in ('published', 'docking', 'signed', 'solved')`,
    );
    const hidden = new Set(
      (await rows<{ id: number }>(sql`select id from demands where confidentiality = 'staff' or status not in ('published', 'docking', 'signed', 'solved')`)).map(
        (r) => r.id,
      ),
    );
    const seen: number[] = [];
    for (let page = 1; ; page++) {
      const res = (await t.as(null, { method: 'GET', url: `/api/v1/public/demands?pageSize=50&view=all&page=${page}` })).json();
      expect(res.total).toBe(expected.n);
      seen.push(...res.items.map((d: { id: number }) => d.id));
      if (res.items.length < 50) break;
    }
    expect(seen).toHaveLength(expected.n);
    expect(seen.filter((id) => hidden.has(id))).toEqual([]);
    const hall = (await t.as(null, { method: 'GET', url: `/api/v1/public/demands?q=${encodeURIComponent('焊接')}` })).json();
    expect(hall.total).toBeGreaterThanOrEqual(0);
    const showcase = (await t.as(null, { method: 'GET', url: '/api/v1/public/experts?academician=true' })).json();
    expect(showcase.items.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['蒋士成', '顾晓松']));
  });

  it('links the demo accounts and does not seed twice', async () => {
    const [ent] = await rows<{ name: string }>(
      sql`select e.name from enterprise_users eu join enterprises e on e.id = eu.enterprise_id join users u on u.id = eu.user_id where u.username = 'enterprise_demo'`,
    );
    expect(ent?.name).toBe('江苏中天科技股份有限公司');
    const [exp] = await rows<{ unit: string }>(sql`select x.unit from experts x join users u on u.id = x.user_id where u.username = 'expert_demo'`);
    expect(exp?.unit).toBe('南通大学');
    const again = await seedInnovationDemo(t.database.db, city);
    expect(again.seeded).toBe(false);
    const [n] = await rows<{ n: number }>(sql`select count(*)::int n from experts`);
    expect(n.n).toBe(INNOVATION_DEMO_DEFAULTS.experts);
  });
  it("prints the seed article's innovation figures through the figures registry, each with its drill-down", async () => {
    const get = async (url: string) => {
      const res = await t.as(t.admin, { method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const value = async (key: string, range = '') =>
      (await get(`/api/v1/figures?keys=${key}${range}`)).items[0] as { value: number; rowsUrl: string };
    // 南通6个项目获2022年度“科创江苏”专项行动计划立项
    const kcjs = await value('innovation.projects.kechuang_jiangsu', '&from=2022-01-01&to=2022-12-31');
    expect(kcjs.value).toBe(6);
    const kcjsRows = await get(`${kcjs.rowsUrl}&pageSize=50`);
    expect(kcjsRows.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['新能源材料专利转化', '城市地下空间开发与利用']));
    // 国家级海智基地1家、省级海智基地3家
    expect((await value('innovation.platforms.haizhi_base.national')).value).toBe(1);
    expect((await value('innovation.platforms.haizhi_base.provincial')).value).toBe(3);
    // “江苏纺织产业”“江苏新能源制氢产业”院士协同创新中心
    const centers = await value('innovation.platforms.academician_center.provincial');
    expect(centers.value).toBe(2);
    expect((await get(centers.rowsUrl)).items.map((r: { name: string }) => r.name).sort()).toEqual(
      ['江苏新能源制氢产业院士协同创新中心', '江苏纺织产业院士协同创新中心'].sort(),
    );
    // 隆昌化工院士工作站获评全国首批示范工作站
    const demo = await value('innovation.platforms.demo_station.national');
    expect(demo.value).toBe(1);
    expect((await get(demo.rowsUrl)).items[0]).toMatchObject({ name: '隆昌化工院士工作站', host: '江苏隆昌化工有限公司' });
  });
});

describe('[innovation] demo data is deterministic', () => {
  it('gives the same rows for the same seed and date', async () => {
    const now = new Date('2026-06-30T00:00:00Z');
    const snapshot = async () => {
      const database = await openDatabase({});
      try {
        await applyCityConfig(database.db, city);
        await seedInnovationDemo(database.db, city, { experts: 60, enterprises: 40, demands: 30, now, rebuildIndex: false });
        return await queryRows<{ f: string }>(
          database.db,
          sql`select md5(string_agg(credit_code || name, ',' order by id)) || md5((select string_agg(name || coalesce(bio, ''), ',' order by id) from experts))
            || md5((select string_agg(title || status, ',' order by id) from demands)) as f from enterprises`,
        );
      } finally {
        await database.close();
      }
    };
    const [a, b] = await Promise.all([snapshot(), snapshot()]);
    expect(a).toEqual(b);
  });
});
