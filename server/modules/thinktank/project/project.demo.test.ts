import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { DEMO_PASSWORD, seedPlatformDemo } from '../../../platform/demo/demo.js';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';
import { makeExpert } from '../../innovation/docking/innovation.test-helper.js';
import { PROJECT_DEMO_REPORT_TITLE, seedProjectDemo } from './project.demo.js';
import { researchReviews } from './project.schema.js';

/** The research-projects demo gives the seed article's 59 智库项目 and 45 软科学课题 through the figures. */
describe('[thinktank] 研究项目 demo data', () => {
  let t: TTestApp;
  const logs: string[] = [];
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(t.database.db, q);
  const todos = async (s: TSession) => {
    const res = await t.as(s, { method: 'GET', url: '/api/v1/todos' });
    expect(res.statusCode, res.body).toBe(200);
    return new Map<string, { count: number; overdue: boolean; link: string }>(res.json().items.map((i: { key: string }) => [i.key, i]));
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedPlatformDemo(t.database.db);
    const t0 = performance.now();
    await seedProjectDemo(t.database.db, { log: (m) => logs.push(m) });
    logs.push(`seeded in ${Math.round(performance.now() - t0)} ms`);
  });
  afterAll(() => t.close());

  it('matches the seed article: 59 智库项目 and 45 软科学课题 立项 in 2022–2026, with drill-down rows of real orgs', async () => {
    const keys = ['thinktank.research.approved.thinktank', 'thinktank.research.approved.soft_science'];
    const res = await t.as(t.admin, { method: 'GET', url: `/api/v1/figures?keys=${keys.join(',')}&from=2022-01-01&to=2026-12-31` });
    expect(res.statusCode, res.body).toBe(200);
    const v = Object.fromEntries(res.json().items.map((i: { key: string; value: number }) => [i.key, i.value]));
    expect(v).toEqual({ 'thinktank.research.approved.thinktank': 59, 'thinktank.research.approved.soft_science': 45 });
    const drill = (await t.as(t.admin, { method: 'GET', url: '/api/v1/figures/thinktank.research.approved.soft_science/rows?from=2022-01-01&to=2026-12-31&pageSize=100' })).json();
    expect(drill.total ?? drill.items.length).toBe(45);
    // a district sees its own subtree only: fewer than the city
    const rugao = await t.orgIdByCode('rugao');
    const sub = (await t.as(t.admin, { method: 'GET', url: `/api/v1/figures?keys=${keys[0]}&org=${rugao}&from=2022-01-01&to=2026-12-31` })).json();
    expect(sub.items[0].value).toBeLessThan(59);
    expect(logs.join('\n')).toContain('59 智库项目 / 45 软科学课题');
  });

  it('has concluded and funded older rounds, the 2026 round in progress, rejected applications and a history for each', async () => {
    const [c] = await rows<Record<string, number>>(sql`select
      (select count(*) from research_projects where not is_demo)::int as not_demo,
      (select count(*) from research_projects p join research_calls c on c.id = p.call_id where c.year < 2026 and p.status in ('approved', 'midterm', 'rectifying'))::int as old_open,
      (select count(*) from research_projects p join research_calls c on c.id = p.call_id where c.year = 2026 and c.round = 1 and p.status in ('approved', 'midterm', 'rectifying'))::int as current,
      (select count(*) from research_projects where status = 'funded')::int as funded,
      (select count(*) from research_projects where status in ('rejected', 'returned') and submitted_at < '2026-07-31')::int as refused,
      (select count(*) from research_projects p where status = 'funded' and not exists (select 1 from research_payments m where m.project_id = p.id))::int as unpaid,
      (select count(*) from research_projects p where status in ('concluded', 'funded') and not exists (select 1 from research_reports r where r.project_id = p.id and r.kind = 'final'))::int as no_final,
      (select count(*) from research_projects p where status <> 'draft' and not exists (select 1 from status_transitions s where s.entity = 'research_project' and s.entity_id = p.id))::int as no_history,
      (select count(*) from research_projects p where not exists (select 1 from orgs o where o.id = p.org_id))::int as bad_org,
      (select count(*) from research_calls where status = 'published' and deadline >= '2026-12-01')::int as open_calls`);
    expect(c).toMatchObject({ not_demo: 0, old_open: 0, current: 22, unpaid: 0, no_final: 0, no_history: 0, bad_org: 0, open_calls: 1 });
    expect(c.funded).toBeGreaterThan(70);
    expect(c.refused).toBe(40);
  });

  it('finds the 化纤 report in the global search', async () => {
    const hits = (await t.as(t.admin, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('化纤')}` })).json();
    const [report] = await rows<{ project_id: number }>(sql`select project_id from research_reports where title = ${PROJECT_DEMO_REPORT_TITLE}`);
    expect(report).toBeDefined();
    expect(hits.items.some((h: { entity: string; id: number }) => h.entity === 'research_project' && h.id === report.project_id)).toBe(true);
  });

  it('lists applications waiting for 初审 for city staff, and an expert the reviews not yet scored', async () => {
    const staff = await t.login('city_staff', DEMO_PASSWORD);
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from research_projects where status = 'submitted'`);
    expect(n).toBeGreaterThan(0);
    const mine = await todos(staff);
    expect(mine.get('thinktank.research.first_review')).toMatchObject({ count: n, link: '/admin/thinktank/projects?status=submitted&sort=submittedAt' });
    const listed = (await t.as(staff, { method: 'GET', url: '/api/v1/research/projects?status=submitted&pageSize=50' })).json();
    expect(listed.total).toBe(n);
    expect(mine.has('thinktank.research.my_reviews')).toBe(false);

    const expertUser = await t.userAt('root', ['expert']);
    const expertId = await makeExpert(t.database.db, await t.orgIdByCode('root'), { userId: expertUser.userId, name: '宋评审', unit: '江苏科技大学' });
    const reviewing = await rows<{ id: number }>(sql`select id from research_projects where status = 'reviewing' order by id limit 2`);
    expect(reviewing).toHaveLength(2);
    await t.database.db.insert(researchReviews).values(reviewing.map((r) => ({ projectId: r.id, expertId })));
    const x = await todos(expertUser);
    expect(x.get('thinktank.research.my_reviews')).toMatchObject({ count: 2, overdue: false, link: '/admin/thinktank/my-reviews' });
    expect(x.has('thinktank.research.first_review')).toBe(false);
    const [rv] = await rows<{ id: number }>(sql`select id from research_reviews where expert_id = ${expertId} order by id limit 1`);
    const scored = await t.as(expertUser, { method: 'POST', url: `/api/v1/research/reviews/${rv.id}`, payload: { score: 88, comment: '选题有价值' } });
    expect(scored.statusCode, scored.body).toBe(200);
    expect((await todos(expertUser)).get('thinktank.research.my_reviews')?.count).toBe(1);
  });

  it('seeds in well under two seconds', () => {
    const ms = Number(/seeded in (\d+) ms/.exec(logs.join('\n'))?.[1]);
    expect(ms).toBeLessThan(4000);
  });
});
