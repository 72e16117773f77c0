import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseUsers, matches } from './innovation.schema.js';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';
import { makeDemand, makeEnterprise, makeExpert } from './docking/innovation.test-helper.js';

// The home page's to-do list (issue 12 §11): counts per role, in the actor's subtree, moving with the work.

describe('[innovation] to-do list GET /api/v1/todos', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let expertUser: TSession;
  let entUser: TSession;
  let pendingRugao: number[];

  const todos = async (s: TSession) => {
    const res = await t.as(s, { method: 'GET', url: '/api/v1/todos' });
    expect(res.statusCode, res.body).toBe(200);
    return new Map<string, { count: number; overdue: boolean; link: string; label: string }>(res.json().items.map((i: { key: string }) => [i.key, i]));
  };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const rugao = await t.orgIdByCode('rugao');
    const haian = await t.orgIdByCode('haian');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    expertUser = await t.userAt('rugao', ['expert']);
    entUser = await t.userAt('rugao', ['enterprise']);
    const entRugao = await makeEnterprise(db, rugao);
    const entHaian = await makeEnterprise(db, haian);
    await db.insert(enterpriseUsers).values({ enterpriseId: entRugao, userId: entUser.userId });
    pendingRugao = [
      await makeDemand(db, entRugao, rugao, { status: 'pending', publishedAt: null }),
      await makeDemand(db, entRugao, rugao, { status: 'pending', publishedAt: null, updatedAt: new Date(Date.now() - 9 * 86400_000) }),
    ];
    await makeDemand(db, entHaian, haian, { status: 'pending', publishedAt: null });
    await makeDemand(db, entRugao, rugao, { status: 'returned', publishedAt: null, returnReason: '请补充预算' });
    await makeDemand(db, entRugao, rugao, { deadline: '2020-01-01' }); // published, deadline long past
    const open = await makeDemand(db, entRugao, rugao, {});
    const expert = await makeExpert(db, rugao, { userId: expertUser.userId });
    await db.insert(matches).values({ demandId: open, expertId: expert, status: 'contacted', invitedAt: new Date(Date.now() - 10 * 86400_000) });
  });
  afterAll(() => t.close());

  it("shows a district reviewer the demands waiting in its subtree, not another district's, and moves when one is approved", async () => {
    const mine = await todos(rugaoStaff);
    expect(mine.get('innovation.demands.pending')).toMatchObject({ count: 2, overdue: true, link: expect.stringContaining('status=pending') });
    expect(mine.get('innovation.demands.expired')).toMatchObject({ count: 1, overdue: true });
    expect(mine.get('innovation.invitations.unanswered')).toMatchObject({ count: 1 });
    expect(mine.has('innovation.invitations.mine')).toBe(false);
    expect((await todos(haianStaff)).get('innovation.demands.pending')).toMatchObject({ count: 1, overdue: false });

    const res = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${pendingRugao[1]}/transitions`, payload: { to: 'published' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await todos(rugaoStaff)).get('innovation.demands.pending')).toMatchObject({ count: 1, overdue: false });
    expect((await todos(haianStaff)).get('innovation.demands.pending')?.count).toBe(1);
  });

  it('shows an expert the invitations waiting for an answer, and an enterprise its returned demands', async () => {
    const x = await todos(expertUser);
    expect(x.get('innovation.invitations.mine')).toMatchObject({ count: 1, overdue: true, link: '/admin/me/expert?tab=invitations' });
    expect(x.has('innovation.demands.pending')).toBe(false);
    const e = await todos(entUser);
    expect(e.get('innovation.demands.returned')).toMatchObject({ count: 1, label: '被退回待修改的需求' });
    expect(e.has('innovation.demands.pending')).toBe(false);
    expect((await t.as(null, { method: 'GET', url: '/api/v1/todos' })).statusCode).toBe(401);
  });
});
