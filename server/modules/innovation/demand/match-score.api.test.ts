import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';
import { makeDemand, makeEnterprise } from '../docking/innovation.test-helper.js';

// Issue 12 §3: one score per pair. The 智能匹配 ranking and the 对接专家 table of a demand show the same
// number for the same expert, even after the corpus has moved since the invitation (the score recorded
// then is kept apart as scoreAtInvite).

describe('[innovation] one match score per demand–expert pair', () => {
  let t: TTestApp;
  let staff: TSession;
  let demandId: number;
  let expertId: number;

  const mkExpert = async (body: Record<string, unknown>) => {
    const res = await t.as(t.admin, { method: 'POST', url: '/api/v1/experts', payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const views = async () => {
    const ranking = (await t.as(staff, { method: 'GET', url: `/api/v1/demands/${demandId}/matches?limit=50` })).json();
    const table = (await t.as(staff, { method: 'GET', url: `/api/v1/demands/${demandId}/invitations` })).json();
    return {
      ranked: ranking.items.find((i: { expertId: number }) => i.expertId === expertId) as { score: number; reasons: Array<{ detail: string }> },
      engaged: table.items.find((i: { expertId: number }) => i.expertId === expertId) as { score: number; scoreAtInvite: number; reasons: Array<{ detail: string }> },
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const rugao = await t.orgIdByCode('rugao');
    staff = await t.userAt('rugao', ['district_staff']);
    expertId = await mkExpert({ name: '陈海洋', industries: ['船舶海工'], keywords: ['焊接变形', '在线监测', '海工装备'], bio: '船体焊接变形控制与在线监测。' });
    await mkExpert({ name: '王纺', industries: ['高端纺织'], keywords: ['功能纤维', '印染'] });
    const ent = await makeEnterprise(t.database.db, rugao);
    demandId = await makeDemand(t.database.db, ent, rugao, {
      title: '海工平台厚板焊接变形控制',
      description: '大型海工平台厚板焊接后变形大，需要工艺优化与在线监测方案。',
    });
  });
  afterAll(() => t.close());

  it('shows the same score in the ranking and in the engagement table, before and after the corpus changes', async () => {
    const invited = await t.as(staff, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId } });
    expect(invited.statusCode, invited.body).toBe(201);
    const atInvite = invited.json().score as number;
    let v = await views();
    expect(v.engaged.score).toBe(v.ranked.score);
    expect(v.engaged.scoreAtInvite).toBe(atInvite);

    // Many experts now say 在线监测: its IDF falls, and so does this pair's current score.
    for (let i = 0; i < 6; i++) await mkExpert({ name: `监测专家${i}`, keywords: ['在线监测', '传感器'] });
    v = await views();
    expect(v.engaged.score).toBe(v.ranked.score);
    expect(v.engaged.reasons).toEqual(v.ranked.reasons);
    expect(v.engaged.score).not.toBe(atInvite); // the stored snapshot would have disagreed
    expect(v.engaged.scoreAtInvite).toBe(atInvite);
  });
});
