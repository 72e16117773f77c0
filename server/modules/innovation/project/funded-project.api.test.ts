import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';
import { makeEnterprise } from '../docking/innovation.test-helper.js';

describe('[innovation] funded projects 科创江苏 立项', () => {
  let t: TTestApp;
  let rugao: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let enterprise: number;
  let projectId: number;

  const project = (extra: Record<string, unknown> = {}) => ({
    name: '高性能纺织纤维棉花培育与产业化',
    programme: '科创江苏专项行动计划',
    level: 'provincial',
    year: 2022,
    orgId: rugao,
    leadUnit: '如皋市科协',
    enterpriseId: enterprise,
    amount: 50,
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    enterprise = await makeEnterprise(t.database.db, rugao, { name: '如皋棉纺科技有限公司' });
  });
  afterAll(() => t.close());

  it('registers a project (approved by default) and refuses the same one twice', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/funded-projects', payload: project() });
    expect(res.statusCode, res.body).toBe(201);
    projectId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'approved', enterprise: { id: enterprise, name: '如皋棉纺科技有限公司' }, amount: 50, orgName: '如皋市科学技术协会' });
    const dup = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/funded-projects', payload: project() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PROJECT_DUPLICATE');
    const badYear = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/funded-projects', payload: project({ year: 20222 }) });
    expect(badYear.statusCode).toBe(400);
    expect((await t.as(leader, { method: 'POST', url: '/api/v1/funded-projects', payload: project({ name: '领导项目' }) })).statusCode).toBe(403);
  });

  it('counts a programme year with amounts, and keeps districts apart', async () => {
    for (const [name, year, amount] of [
      ['新能源材料专利转化', 2022, 30],
      ['城市地下空间开发与利用', 2022, 20],
      ['海工装备智能焊接', 2023, 80],
    ] as const)
      await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/funded-projects', payload: project({ name, year, amount, enterpriseId: null }) });
    const y2022 = (await t.as(leader, { method: 'GET', url: `/api/v1/funded-projects?year=2022&programme=${encodeURIComponent('科创江苏专项行动计划')}` })).json();
    expect(y2022.totals).toEqual({ projects: 3, amount: 100 });
    const sorted = (await t.as(leader, { method: 'GET', url: '/api/v1/funded-projects?sort=-amount&pageSize=2' })).json();
    expect(sorted.items.map((p: { amount: number }) => p.amount)).toEqual([80, 50]);
    expect(sorted.total).toBe(4);
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/funded-projects' })).json().total).toBe(0);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/funded-projects/${projectId}` })).statusCode).toBe(404);
  });

  it('moves a project through its status and deletes it, audited', async () => {
    const res = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/funded-projects/${projectId}`, payload: { status: 'completed' } });
    expect(res.json().status).toBe('completed');
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/funded-projects/${projectId}` })).statusCode).toBe(204);
    const audit = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=funded_project&entityId=${projectId}` })).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['delete', 'update', 'create']);
  });
});
