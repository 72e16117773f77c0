import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgs } from '../../platform/orgs/org.schema.js';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';
import { makeDemand, makeEnterprise, makeExpert } from './docking/innovation.test-helper.js';
import { INNOVATION_FIGURES } from './innovation.figures.js';
import { statusTransitions } from '../../platform/workflow/workflow.schema.js';
import { dockingEvents, fundedProjects, matches, platforms } from './innovation.schema.js';

// Figures move by exactly the records created: for the city, for the district subtree that holds them,
// and not for the other district; date edges are inclusive and read in China time.

const Y = { from: '2019-01-01', to: '2019-12-31' };
const SUM_COLUMN: Record<string, string> = {
  'innovation.docking.agreements': 'agreements',
  'innovation.docking.contract_value': 'contractValue',
  'innovation.projects.amount': 'amount',
};

describe('[innovation] figures over demands, docking, experts, platforms and projects', () => {
  let t: TTestApp;
  let root: number;
  let rugao: number;
  let haian: number;
  let township: number;
  let cityStaff: TSession;
  let rugaoStaff: TSession;
  const created: Record<string, number> = {};

  const figures = async (s: TSession, org: number, range?: { from: string; to: string }) => {
    const q = new URLSearchParams({ org: String(org), ...(range ?? {}) });
    const res = await t.as(s, { method: 'GET', url: `/api/v1/figures?${q}` });
    expect(res.statusCode, res.body).toBe(200);
    return new Map<string, number>(res.json().items.map((i: { key: string; value: number }) => [i.key, i.value]));
  };
  const rows = async (s: TSession, key: string, org: number, range?: { from: string; to: string }) => {
    const q = new URLSearchParams({ org: String(org), pageSize: '200', ...(range ?? {}) });
    return t.as(s, { method: 'GET', url: `/api/v1/figures/${key}/rows?${q}` });
  };

  let before: Record<string, Map<string, number>>;
  const slices = () => ({
    city: figures(cityStaff, root),
    rugao: figures(cityStaff, rugao),
    haian: figures(cityStaff, haian),
    cityY: figures(cityStaff, root, Y),
    rugaoY: figures(cityStaff, rugao, Y),
    haianY: figures(cityStaff, haian, Y),
  });
  const snapshot = async () => {
    const s = slices();
    const out: Record<string, Map<string, number>> = {};
    for (const [k, p] of Object.entries(s)) out[k] = await p;
    return out;
  };

  beforeAll(async () => {
    t = await createTestApp();
    root = await t.orgIdByCode('root');
    rugao = await t.orgIdByCode('rugao');
    haian = await t.orgIdByCode('haian');
    township = (await t.database.db.query.orgs.findFirst({ where: eq(orgs.parentId, rugao) }))!.id;
    cityStaff = await t.userAt('root', ['city_staff']);
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    before = await snapshot();

    const db = t.database.db;
    const entRugao = await makeEnterprise(db, township);
    const entHaian = await makeEnterprise(db, haian);
    const entRoot = await makeEnterprise(db, root);
    // A: township of 如皋, 卡脖子, later signed; B: 如皋 on the first minute of 2019 (China time);
    // C: 如皋 on 2020-01-01 07:00 China time (still 2019 in UTC) — outside; D: 海安 on the last evening of 2019; E: city.
    created.A = await makeDemand(db, entRugao, township, { category: '卡脖子', status: 'signed', publishedAt: new Date('2019-03-05T02:00:00Z') });
    created.B = await makeDemand(db, entRugao, rugao, { publishedAt: new Date('2018-12-31T16:30:00Z') });
    created.C = await makeDemand(db, entRugao, rugao, { publishedAt: new Date('2019-12-31T23:00:00Z') });
    created.D = await makeDemand(db, entHaian, haian, { publishedAt: new Date('2019-12-31T12:00:00Z') });
    created.E = await makeDemand(db, entRoot, root, { publishedAt: new Date('2019-06-01T02:00:00Z') });
    await makeDemand(db, entHaian, haian, { status: 'pending', publishedAt: null }); // never published
    await db.insert(statusTransitions).values({ entity: 'demand', entityId: created.A, fromStatus: 'docking', toStatus: 'signed', at: new Date('2019-07-01T02:00:00Z') });

    const x1 = await makeExpert(db, root, { name: '甲专家' });
    const x2 = await makeExpert(db, root, { name: '乙专家' });
    await db.insert(matches).values([
      { demandId: created.A, expertId: x1, status: 'accepted', respondedAt: new Date('2019-04-01T02:00:00Z') },
      { demandId: created.B, expertId: x1, status: 'signed', respondedAt: new Date('2019-04-02T02:00:00Z') },
      { demandId: created.D, expertId: x2, status: 'accepted', respondedAt: new Date('2019-05-01T02:00:00Z') },
      { demandId: created.E, expertId: x2, status: 'declined', respondedAt: new Date('2019-05-01T02:00:00Z') },
    ]);

    await db.insert(dockingEvents).values([
      { orgId: township, title: '如皋对接会', date: '2019-05-01', agreementsSigned: 3, contractValue: 120.5 },
      { orgId: haian, title: '海安对接会', date: '2019-05-02', agreementsSigned: 0 },
      { orgId: root, title: '市级对接会', date: '2019-12-31', agreementsSigned: 2, contractValue: 80 },
      { orgId: rugao, title: '如皋新年对接会', date: '2020-01-01', agreementsSigned: 1, contractValue: 10 },
    ]);

    await db.insert(platforms).values([
      { orgId: rugao, kind: 'haizhi_base', level: 'national', name: '如皋国家级海智基地', hostName: '如皋市科协', establishedOn: '2019-02-01' },
      { orgId: haian, kind: 'haizhi_base', level: 'provincial', name: '海安省级海智基地', hostName: '海安市科协', establishedOn: '2019-08-08' },
      { orgId: root, kind: 'academician_center', level: 'provincial', name: '测试院士协同创新中心', hostName: '南通大学', establishedOn: '2019-10-10' },
      { orgId: rugao, kind: 'haizhi_base', level: 'provincial', name: '已撤销海智基地', hostName: 'x', establishedOn: '2019-03-03', status: 'revoked' },
    ]);

    await db.insert(fundedProjects).values([
      { orgId: township, name: '如皋科创江苏项目', programme: '科创江苏专项行动计划', level: 'provincial', year: 2019, status: 'approved', amount: 30 },
      { orgId: haian, name: '海安未立项', programme: '科创江苏专项行动计划', level: 'provincial', year: 2019, status: 'rejected', amount: 5 },
      { orgId: root, name: '市级其他计划', programme: '南通市科技计划', level: 'municipal', year: 2019, status: 'ongoing', amount: 20 },
      { orgId: rugao, name: '如皋2020项目', programme: '科创江苏专项行动计划', level: 'provincial', year: 2020, status: 'approved', amount: 40 },
    ]);
  });
  afterAll(() => t.close());

  it('moves each figure by exactly the records created: city, the district subtree, not the other district', async () => {
    const after = await snapshot();
    const delta = (slice: string, key: string) => (after[slice].get(key) ?? Number.NaN) - (before[slice].get(key) ?? Number.NaN);
    const expected: Array<[string, Record<string, number>]> = [
      // key, then slice → delta   (Y = the year 2019, inclusive at both ends)
      ['innovation.demands.published', { cityY: 4, rugaoY: 2, haianY: 1, city: 5, rugao: 3, haian: 1 }],
      ['innovation.demands.key_problems', { cityY: 1, rugaoY: 1, haianY: 0 }],
      ['innovation.demands.status.published', { city: 4, rugao: 2, haian: 1 }],
      ['innovation.demands.status.pending', { city: 1, rugao: 0, haian: 1 }],
      ['innovation.demands.signed', { cityY: 1, rugaoY: 1, haianY: 0 }],
      ['innovation.docking.events', { cityY: 3, rugaoY: 1, haianY: 1, city: 4, rugao: 2 }],
      ['innovation.docking.agreements', { cityY: 5, rugaoY: 3, haianY: 0, city: 6 }],
      ['innovation.docking.contract_value', { cityY: 200.5, rugaoY: 120.5, haianY: 0, city: 210.5 }],
      ['innovation.experts.engaged', { cityY: 2, rugaoY: 1, haianY: 1 }],
      ['innovation.platforms.haizhi_base', { city: 2, rugao: 1, haian: 1 }],
      ['innovation.platforms.haizhi_base.national', { city: 1, rugao: 1, haian: 0 }],
      ['innovation.platforms.haizhi_base.provincial', { city: 1, rugao: 0, haian: 1 }],
      ['innovation.platforms.academician_center.provincial', { cityY: 1, rugaoY: 0, haianY: 0 }],
      ['innovation.projects.kechuang_jiangsu', { cityY: 1, rugaoY: 1, haianY: 0, city: 2, rugao: 2 }],
      ['innovation.projects.funded', { cityY: 2, rugaoY: 1, haianY: 0 }],
      ['innovation.projects.amount', { cityY: 50, rugaoY: 30, haianY: 0, city: 90 }],
    ];
    for (const [key, slices] of expected)
      for (const [slice, n] of Object.entries(slices)) expect(delta(slice, key), `${key} @ ${slice}`).toBe(n);
  });

  it('lists in the drill-down exactly the rows counted (value == total == rows listed)', async () => {
    for (const f of INNOVATION_FIGURES) {
      for (const [org, range] of [
        [root, undefined],
        [rugao, Y],
        [haian, Y],
      ] as const) {
        const res = await rows(cityStaff, f.key, org, range);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        expect(body.items.length, f.key).toBe(body.total);
        const sumKey = SUM_COLUMN[f.key];
        const listed = sumKey ? body.items.reduce((a: number, r: Record<string, number>) => a + r[sumKey], 0) : body.total;
        expect(body.figure.value, `${f.key} @ ${org}`).toBeCloseTo(listed, 6);
      }
    }
    const published = (await rows(cityStaff, 'innovation.demands.published', rugao, Y)).json();
    expect(published.items.map((r: { id: number }) => r.id).sort()).toEqual([created.A, created.B].sort());
    expect(published.columns.map((c: { label: string }) => c.label)).toContain('需求名称');
  });

  it('keeps another district out: 404 for its figures and rows, own district by default', async () => {
    const own = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/figures?keys=innovation.demands.published' });
    expect(own.json()).toMatchObject({ orgId: rugao, items: [{ key: 'innovation.demands.published', value: 3 }] });
    const other = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/figures?org=${haian}` });
    expect(other.statusCode).toBe(404);
    const otherRows = await rows(rugaoStaff, 'innovation.demands.published', haian);
    expect(otherRows.statusCode).toBe(404);
    expect(otherRows.body).not.toContain('测试企业');
    const city = await rows(rugaoStaff, 'innovation.demands.published', root);
    expect(city.statusCode).toBe(404);
  });
});
