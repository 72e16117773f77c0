import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';
import { makeEnterprise, makeExpert } from '../docking/innovation.test-helper.js';
import { experts } from '../innovation.schema.js';

describe('[innovation] expert service teams 专家服务团 and visit logs', () => {
  let t: TTestApp;
  let rugao: number;
  let haian: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let memberSession: TSession;
  let outsiderSession: TSession;
  let lead: number;
  let member: number;
  let outsider: number;
  let assigned: number;
  let other: number;
  let haianEnterprise: number;
  let teamId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    haian = await t.orgIdByCode('haian');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    const root = await t.orgIdByCode('root');
    const db = t.database.db;
    lead = await makeExpert(db, root, { name: '顾船舶', isAcademician: true });
    member = await makeExpert(db, root, { name: '施焊接' });
    outsider = await makeExpert(db, root, { name: '钱纺织', industries: ['高端纺织'] });
    assigned = await makeEnterprise(db, rugao, { name: '如皋船用配件有限公司' });
    other = await makeEnterprise(db, rugao, { name: '如皋电机有限公司' });
    haianEnterprise = await makeEnterprise(db, haian, { name: '海安纺织有限公司' });
    memberSession = await t.userAt('root', ['expert']);
    outsiderSession = await t.userAt('root', ['expert']);
    await db.update(experts).set({ userId: memberSession.userId }).where(eq(experts.id, member));
    await db.update(experts).set({ userId: outsiderSession.userId }).where(eq(experts.id, outsider));
  });
  afterAll(() => t.close());

  it('forms a team for a configured cluster; the lead is not repeated among the members', async () => {
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/service-teams',
      payload: { name: '如皋船舶海工专家服务团', cluster: '船舶海工', orgId: rugao, leadExpertId: lead, memberExpertIds: [lead, member, member], enterpriseIds: [assigned] },
    });
    expect(res.statusCode, res.body).toBe(201);
    teamId = res.json().id;
    expect(res.json()).toMatchObject({
      cluster: '船舶海工',
      lead: { id: lead, name: '顾船舶', isAcademician: true },
      memberExpertIds: [member],
      members: [{ id: member, name: '施焊接' }],
      enterprises: [{ id: assigned, name: '如皋船用配件有限公司' }],
      visitCount: 0,
      lastVisitOn: null,
    });
  });

  it('refuses a cluster the city does not configure and unknown experts', async () => {
    const cluster = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/service-teams', payload: { name: '外星产业团', cluster: '外星科技' } });
    expect(cluster.statusCode).toBe(400);
    expect(cluster.json().error.code).toBe('CLUSTER_UNKNOWN');
    const nobody = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/service-teams', payload: { name: '空团', leadExpertId: 999999 } });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.code).toBe('LINK_NOT_FOUND');
    const foreign = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/service-teams', payload: { name: '越界团', enterpriseIds: [haianEnterprise] } });
    expect(foreign.statusCode).toBe(400);
  });

  it('logs a visit and counts it on the team', async () => {
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: `/api/v1/service-teams/${teamId}/visits`,
      payload: { date: '2025-05-20', enterpriseId: assigned, expertIds: [lead, member], summary: '现场诊断焊接变形问题，提出工装改进方案。', problemsSolved: 2 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ teamId, enterprise: { id: assigned }, experts: [{ id: lead }, { id: member }], problemsSolved: 2 });
    // an enterprise of the district that is not (yet) assigned is fine for staff
    const other_ = await t.as(rugaoStaff, {
      method: 'POST',
      url: `/api/v1/service-teams/${teamId}/visits`,
      payload: { date: '2025-07-02', enterpriseId: other, summary: '走访了解电机能效需求。' },
    });
    expect(other_.statusCode, other_.body).toBe(201);
    const team = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/service-teams/${teamId}` })).json();
    expect(team).toMatchObject({ visitCount: 2, problemsSolved: 2, lastVisitOn: '2025-07-02' });
    const log = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/service-teams/${teamId}/visits?from=2025-06-01` })).json();
    expect(log.items.map((v: { date: string }) => v.date)).toEqual(['2025-07-02']);
    const all = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/service-teams/${teamId}/visits` })).json();
    expect(all.totals).toEqual({ visits: 2, problemsSolved: 2 });
  });

  it('refuses visits by non-members, to unreachable enterprises, or in the future', async () => {
    const base = { date: '2025-05-21', enterpriseId: assigned, summary: '走访' };
    const notMember = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/service-teams/${teamId}/visits`, payload: { ...base, expertIds: [outsider] } });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.code).toBe('VISIT_EXPERT_NOT_MEMBER');
    const foreign = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/service-teams/${teamId}/visits`, payload: { ...base, enterpriseId: haianEnterprise } });
    expect(foreign.statusCode).toBe(400);
    const future = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/service-teams/${teamId}/visits`, payload: { ...base, date: '2099-01-01' } });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('VISIT_DATE_FUTURE');
    const all = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/service-teams/${teamId}/visits` })).json();
    expect(all.total).toBe(2);
  });

  it('lets a member expert see the team and log a visit, but not edit the team', async () => {
    const list = (await t.as(memberSession, { method: 'GET', url: '/api/v1/service-teams' })).json();
    expect(list.items.map((x: { id: number }) => x.id)).toEqual([teamId]);
    const visit = await t.as(memberSession, {
      method: 'POST',
      url: `/api/v1/service-teams/${teamId}/visits`,
      payload: { date: '2025-08-08', enterpriseId: assigned, summary: '回访焊接工装使用情况。', problemsSolved: 1 },
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json().expertIds).toEqual([member]); // defaults to the expert themself
    // an expert may only visit the team's assigned enterprises
    const unassigned = await t.as(memberSession, {
      method: 'POST',
      url: `/api/v1/service-teams/${teamId}/visits`,
      payload: { date: '2025-08-08', enterpriseId: other, summary: '走访' },
    });
    expect(unassigned.statusCode).toBe(400);
    const edit = await t.as(memberSession, { method: 'PATCH', url: `/api/v1/service-teams/${teamId}`, payload: { name: '改名' } });
    expect(edit.statusCode).toBe(403);
  });

  it('shows an expert who is not a member nothing', async () => {
    const list = (await t.as(outsiderSession, { method: 'GET', url: '/api/v1/service-teams' })).json();
    expect(list.total).toBe(0);
    expect((await t.as(outsiderSession, { method: 'GET', url: `/api/v1/service-teams/${teamId}` })).statusCode).toBe(404);
    const visit = await t.as(outsiderSession, {
      method: 'POST',
      url: `/api/v1/service-teams/${teamId}/visits`,
      payload: { date: '2025-08-08', enterpriseId: assigned, summary: '冒充走访' },
    });
    expect(visit.statusCode).toBe(404);
  });

  it("hides a district's team from another district", async () => {
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/service-teams' })).json().total).toBe(0);
    for (const [method, url] of [
      ['GET', `/api/v1/service-teams/${teamId}`],
      ['GET', `/api/v1/service-teams/${teamId}/visits`],
      ['DELETE', `/api/v1/service-teams/${teamId}`],
    ]) {
      expect((await t.as(haianStaff, { method, url })).statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('changes the lead (who then leaves the member list), filters by expert, and deletes the team with its log', async () => {
    const res = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/service-teams/${teamId}`, payload: { leadExpertId: member } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ leadExpertId: member, memberExpertIds: [] });
    const byExpert = (await t.as(t.admin, { method: 'GET', url: `/api/v1/service-teams?expertId=${member}` })).json();
    expect(byExpert.total).toBe(1);
    const byCluster = (await t.as(t.admin, { method: 'GET', url: `/api/v1/service-teams?cluster=${encodeURIComponent('高端纺织')}` })).json();
    expect(byCluster.total).toBe(0);
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/service-teams/${teamId}` })).statusCode).toBe(204);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/service-teams/${teamId}/visits` })).statusCode).toBe(404);
    const audit = (await t.as(t.admin, { method: 'GET', url: '/api/v1/audit?entity=service_visit' })).json();
    expect(audit.total).toBe(3);
  });
});
