import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';

describe('研究项目 application rules', () => {
  let t: TTestApp;
  let liaison: TSession;
  let callId: number;
  let lastCallId: number;
  let n = 0;
  const member = (i: number) => ({ name: `成员${i}`, unit: '南通大学' });
  const apply = (extra: Record<string, unknown> = {}) =>
    t.as(liaison, {
      method: 'POST',
      url: '/api/v1/research/projects',
      payload: { callId, title: `南通产业研究${++n}`, leadName: `负责人${n}`, leadUnit: '南通大学', leadPhone: `1390000${String(n).padStart(4, '0')}`, submit: true, ...extra },
    });
  const mkCall = async (year: number) => {
    const r = await t.as(t.admin, {
      method: 'POST',
      url: '/api/v1/research/calls',
      payload: { type: 'thinktank', year, title: `${year}年科技创新智库项目指南`, deadline: '2099-12-31', budgetKey: 30000, budgetGeneral: 10000, status: 'published' },
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as number;
  };
  const move = (id: number, url: string, payload: unknown) => t.as(t.admin, { method: 'POST', url: `/api/v1/research/projects/${id}/${url}`, payload });

  beforeAll(async () => {
    t = await createTestApp();
    liaison = await t.userAt('rugao', ['liaison']);
    lastCallId = await mkCall(2090);
    callId = await mkCall(2091);
  });
  afterAll(() => t.close());

  it('accepts exactly 6 team members and refuses 7, naming the rule', async () => {
    const ok = await apply({ team: [1, 2, 3, 4, 5, 6].map(member) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'submitted', statusLabel: '已提交' });
    expect(ok.json().leadPhone).toContain('*');
    const tooMany = await apply({ team: [1, 2, 3, 4, 5, 6, 7].map(member) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.code).toBe('RESEARCH_TEAM_TOO_LARGE');
  });

  it('blocks a second open project of the same lead; a rejected one does not block', async () => {
    const first = await apply({ leadName: '周明', leadPhone: '13912345678' });
    expect(first.statusCode, first.body).toBe(201);
    const second = await apply({ leadName: '周明', leadPhone: '13912345678' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'RESEARCH_LEAD_HAS_OPEN_PROJECT' });
    expect(second.json().error.message).toContain('周明');
    const id = first.json().id;
    expect((await move(id, 'transitions', { to: 'reviewing' })).statusCode).toBe(200);
    const rej = await move(id, 'grade', { grade: 'none' });
    expect(rej.json().status).toBe('rejected');
    const again = await apply({ leadName: '周明', leadPhone: '13912345678' });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('blocks a lead whose project of the last round is unfinished', async () => {
    const old = await t.as(liaison, {
      method: 'POST',
      url: '/api/v1/research/projects',
      payload: { callId: lastCallId, title: '上一批项目', leadName: '陈立', leadUnit: '南通职业大学', leadPhone: '13800001111', submit: true },
    });
    const id = old.json().id;
    await move(id, 'transitions', { to: 'reviewing' });
    const g = await move(id, 'grade', { grade: 'key' });
    expect(g.json()).toMatchObject({ status: 'approved', budgetApproved: 30000 });
    const r = await apply({ leadName: '陈立', leadUnit: '南通职业大学', leadPhone: '13800001111' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('RESEARCH_LEAD_LAST_ROUND_UNFINISHED');
  });

  it('excludes a conflicted reviewer with the reason and takes a project to funded', async () => {
    const p = (await apply({ leadName: '王芳', leadUnit: '南通市委党校', team: [{ name: '李强' }] })).json();
    await move(p.id, 'transitions', { to: 'reviewing' });
    const same = (await t.as(t.admin, { method: 'POST', url: '/api/v1/experts', payload: { name: '赵专家', unit: '南通市委党校' } })).json();
    const free = (await t.as(t.admin, { method: 'POST', url: '/api/v1/experts', payload: { name: '钱专家', unit: '江苏工程职业技术学院' } })).json();
    const c = (await t.as(t.admin, { method: 'GET', url: `/api/v1/research/reviewer-candidates?projectId=${p.id}` })).json();
    const row = c.items.find((x: { id: number }) => x.id === same.id);
    expect(row.excluded).toBe(true);
    expect(row.reasons[0].code).toBe('same_unit');
    expect((await move(p.id, 'reviews', { expertIds: [same.id] })).json().error.code).toBe('RESEARCH_REVIEWER_CONFLICT');
    expect((await move(p.id, 'reviews', { expertIds: [free.id] })).statusCode).toBe(200);
    expect((await move(p.id, 'grade', { grade: 'general' })).json().status).toBe('approved');
    expect((await move(p.id, 'midterm', { title: '中期报告', result: 'passed' })).json().status).toBe('midterm');
    expect((await move(p.id, 'final', { title: '结题报告', score: 88, result: 'passed' })).json().status).toBe('concluded');
    const paid = (await move(p.id, 'payments', { amount: 10000, paidOn: '2026-11-01' })).json();
    expect(paid).toMatchObject({ status: 'funded', paid: 10000 });
    expect(paid.transitions.map((x: { to: string }) => x.to)).toEqual(['submitted', 'reviewing', 'approved', 'midterm', 'concluded', 'funded']);
    await move(p.id, 'deliverables', { title: '南通化纤产业高质量发展研究', body: '化纤产业集群发展路径与对策建议' });
    const rows = (await t.as(t.admin, { method: 'GET', url: '/api/v1/figures/thinktank.research.concluded/rows' })).json();
    expect(rows.items.map((r: { id: number }) => r.id)).toContain(p.id);
    const hits = (await t.as(t.admin, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('化纤产业')}` })).json();
    expect(hits.items.some((h: { entity: string; id: number }) => h.entity === 'research_project' && h.id === p.id)).toBe(true);
  });
});
