import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../../shared/validators.js';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';

const creditCode = (orgCode: string) => `91320682${orgCode}${creditCodeCheckChar(`91320682${orgCode}`)}`;

const demandBody = (extra: Record<string, unknown> = {}) => ({
  title: '大型船体分段焊接变形控制',
  description: '企业建造 30 万吨级散货船，厚板船体分段焊接后变形超差，火工矫正工时占比高，需要焊接变形预测与控制工艺。',
  category: '卡脖子',
  cluster: '船舶海工',
  keywords: ['焊接变形', '海工装备'],
  industries: ['船舶制造'],
  budgetMin: 50,
  budgetMax: 200,
  deadline: '2027-06-30',
  confidentiality: 'public',
  ...extra,
});

/**
 * The demand ↔ expert flow end to end (issue 3 acceptance, server side): an enterprise posts a demand,
 * staff review it, matching ranks experts with reasons, staff invite one, the expert accepts, staff run
 * the docking to a contract and close the demand — and every illegal step is refused with no change.
 */
describe('technical demands 技术需求 and invitations', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let entUser: TSession;
  let otherEntUser: TSession;
  let expertUser: TSession;
  let enterpriseId: number;
  let otherEnterpriseId: number;
  let weldingExpert: number;
  let textileExpert: number;
  let privateExpert: number;
  let demandId: number;
  let matchId: number;

  const demand = async (who: TSession, id = demandId) => (await t.as(who, { method: 'GET', url: `/api/v1/demands/${id}` })).json();
  const move = (who: TSession, to: string, reason?: string, id = demandId) =>
    t.as(who, { method: 'POST', url: `/api/v1/demands/${id}/transitions`, payload: { to, ...(reason ? { reason } : {}) } });

  beforeAll(async () => {
    t = await createTestApp();
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    entUser = await t.userAt('rugao', ['enterprise']);
    otherEntUser = await t.userAt('rugao', ['enterprise']);
    expertUser = await t.userAt('chongchuan', ['expert']);

    const ent = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: { name: '如皋长江船舶重工有限公司', creditCode: creditCode('MA1N2C3D4'), clusters: ['船舶海工'] } });
    enterpriseId = ent.json().id;
    await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userId: entUser.userId } });
    const other = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: { name: '如皋纺织科技有限公司', creditCode: creditCode('MA1N2C3D5') } });
    otherEnterpriseId = other.json().id;
    await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/enterprises/${otherEnterpriseId}/users`, payload: { userId: otherEntUser.userId } });

    const mk = async (body: Record<string, unknown>) => (await t.as(t.admin, { method: 'POST', url: '/api/v1/experts', payload: body })).json().id as number;
    weldingExpert = await mk({
      name: '陈海洋',
      unit: '江苏科技大学',
      title: '教授',
      industries: ['船舶海工'],
      keywords: ['焊接变形', '船体建造', '海工装备'],
      achievements: [
        { kind: 'patent', title: '一种厚板船体分段焊接变形控制方法', year: 2024 },
        { kind: 'patent', title: '船体焊接变形预测系统', year: 2023 },
      ],
      userId: expertUser.userId,
    });
    textileExpert = await mk({ name: '王纺', industries: ['高端纺织'], keywords: ['功能纤维', '印染'] });
    privateExpert = await mk({ name: '保密专家', industries: ['船舶海工'], keywords: ['焊接变形'], isPublic: false });
  });
  afterAll(() => t.close());

  it('lets an enterprise user post a draft for its own enterprise', async () => {
    const res = await t.as(entUser, { method: 'POST', url: '/api/v1/demands', payload: demandBody() });
    expect(res.statusCode).toBe(201);
    demandId = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'draft',
      statusLabel: '草稿',
      enterpriseId,
      enterpriseName: '如皋长江船舶重工有限公司',
      orgName: '如皋市科学技术协会',
      budgetMin: 50,
      budgetMax: 200,
      deadline: '2027-06-30',
      canEdit: true,
      canSeeMatches: false,
      allowedTransitions: ['pending', 'closed'],
    });
    const foreign = await t.as(entUser, { method: 'POST', url: '/api/v1/demands', payload: demandBody({ enterpriseId: otherEnterpriseId }) });
    expect(foreign.statusCode).toBe(403);
    const budget = await t.as(entUser, { method: 'POST', url: '/api/v1/demands', payload: demandBody({ budgetMin: 300 }) });
    expect(budget.statusCode).toBe(400);
    const category = await t.as(entUser, { method: 'POST', url: '/api/v1/demands', payload: demandBody({ category: '其他' }) });
    expect(category.statusCode).toBe(400);
  });

  it('keeps drafts to the enterprise: not other enterprises, not staff', async () => {
    expect((await t.as(otherEntUser, { method: 'GET', url: `/api/v1/demands/${demandId}` })).statusCode).toBe(404);
    expect((await t.as(otherEntUser, { method: 'GET', url: '/api/v1/demands' })).json().total).toBe(0);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${demandId}` })).statusCode).toBe(404);
    expect((await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/demands' })).json().total).toBe(0);
    const mine = await t.as(entUser, { method: 'GET', url: '/api/v1/demands?mine=true' });
    expect(mine.json().items.map((d: { id: number; status: string }) => [d.id, d.status])).toEqual([[demandId, 'draft']]);
  });

  it('refuses draft → signed with a 409 naming both states, and changes nothing', async () => {
    const before = await demand(entUser);
    const res = await move(entUser, 'signed');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DEMAND_TRANSITION_INVALID');
    expect(res.json().error.message).toContain('草稿');
    expect(res.json().error.message).toContain('已签约');
    const after = await demand(entUser);
    expect(after.status).toBe('draft');
    expect(after.transitions).toEqual([]);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('hides recommended experts from the enterprise until the demand is published', async () => {
    const res = await t.as(entUser, { method: 'GET', url: `/api/v1/demands/${demandId}/matches` });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('发布后');
  });

  it('submits (draft → pending); the enterprise cannot approve its own demand', async () => {
    expect((await move(entUser, 'pending')).json().status).toBe('pending');
    const approve = await move(entUser, 'published');
    expect(approve.statusCode).toBe(403);
    expect(approve.json().error.message).toContain('企业不能审核');
    expect((await demand(entUser)).status).toBe('pending');
    const edit = await t.as(entUser, { method: 'PATCH', url: `/api/v1/demands/${demandId}`, payload: { title: '改标题' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('DEMAND_NOT_EDITABLE');
  });

  it("keeps pending demands from another district's staff", async () => {
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/demands/${demandId}` })).statusCode).toBe(404);
    expect((await move(haianStaff, 'published')).statusCode).toBe(404);
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/demands' })).json().total).toBe(0);
    expect((await demand(entUser)).status).toBe('pending');
    const list = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/demands?status=pending' });
    expect(list.json().items.map((d: { id: number }) => d.id)).toEqual([demandId]);
  });

  it('returns with a required reason; the enterprise edits and resubmits', async () => {
    const noReason = await move(rugaoStaff, 'returned');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('reason');
    expect((await demand(entUser)).status).toBe('pending');
    const returned = await move(rugaoStaff, 'returned', '请补充板厚与焊接工艺参数');
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请补充板厚与焊接工艺参数' });
    const edited = await t.as(entUser, {
      method: 'PATCH',
      url: `/api/v1/demands/${demandId}`,
      payload: { description: `${demandBody().description} 板厚 40–60 mm，埋弧焊与气体保护焊。` },
    });
    expect(edited.statusCode).toBe(200);
    const resubmitted = await move(entUser, 'pending');
    expect(resubmitted.json()).toMatchObject({ status: 'pending', returnReason: null });
  });

  it('is approved by staff of its district (pending → published) and shown with its history', async () => {
    const res = await move(rugaoStaff, 'published');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('published');
    expect(res.json().publishedAt).not.toBeNull();
    const history = res.json().transitions.map((x: { from: string; to: string }) => `${x.from}→${x.to}`);
    expect(history).toEqual(['draft→pending', 'pending→returned', 'returned→pending', 'pending→published']);
    const returnStep = res.json().transitions[1];
    expect(returnStep).toMatchObject({ fromLabel: '待审核', toLabel: '退回', reason: '请补充板厚与焊接工艺参数' });
    // Who made each move, and for which org (issue 12 §2): the enterprise's account, then the district's staff.
    const who = res.json().transitions.map((x: { actorName: string | null; actorOrgName: string | null }) => [x.actorName, x.actorOrgName]);
    expect(who[0][0]).toMatch(/^测试/);
    expect(who[1]).toEqual([expect.stringMatching(/^测试/), '如皋市科学技术协会']);
    expect(who[0][0]).not.toBe(who[1][0]);
    expect((await demand(leader)).status).toBe('published');
    expect((await move(leader, 'docking')).statusCode).toBe(403);
    const audit = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=demand&entityId=${demandId}&action=transition` });
    expect(audit.json().total).toBe(4);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/audit?entity=demand&entityId=${demandId}` })).json().total).toBe(0);
  });

  it('ranks experts for the demand with reasons; the enterprise sees public profiles only', async () => {
    const staff = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${demandId}/matches?limit=10` });
    expect(staff.statusCode).toBe(200);
    const items = staff.json().items as Array<{ expertId: number; score: number; reasons: Array<{ kind: string; detail: string }> }>;
    const ids = items.map((i) => i.expertId);
    expect(ids).toContain(weldingExpert);
    expect(ids).toContain(privateExpert);
    expect(ids).not.toContain(textileExpert);
    expect(items[0].expertId).toBe(weldingExpert);
    expect(items[0].reasons.length).toBeGreaterThan(0);
    expect(items[0].reasons.map((r) => r.detail).join(' ')).toContain('焊接');
    for (let i = 1; i < items.length; i++) expect(items[i].score).toBeLessThanOrEqual(items[i - 1].score);
    for (const i of items) {
      expect(i.score).toBeGreaterThan(0);
      expect(i.score).toBeLessThanOrEqual(1);
    }

    const ent = await t.as(entUser, { method: 'GET', url: `/api/v1/demands/${demandId}/matches` });
    expect(ent.statusCode).toBe(200);
    const entIds = ent.json().items.map((i: { expertId: number }) => i.expertId);
    expect(entIds).toContain(weldingExpert);
    expect(entIds).not.toContain(privateExpert);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/demands/${demandId}/matches` })).statusCode).toBe(404);
  });

  it('records an enterprise’s docking request for staff to see', async () => {
    const priv = await t.as(entUser, { method: 'POST', url: `/api/v1/demands/${demandId}/docking-requests`, payload: { expertId: privateExpert } });
    expect(priv.statusCode).toBe(400);
    const res = await t.as(entUser, {
      method: 'POST',
      url: `/api/v1/demands/${demandId}/docking-requests`,
      payload: { expertId: weldingExpert, note: '希望下周到厂交流' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'recommended', expertId: weldingExpert });
    expect(res.json().note).toContain('希望下周到厂交流');
    expect((await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/docking-requests`, payload: { expertId: weldingExpert } })).statusCode).toBe(403);
    const audit = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/audit?entity=match&action=docking-request' });
    expect(audit.json().items[0].note).toContain('申请与专家「陈海洋」对接');
    const list = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${demandId}/invitations` });
    expect(list.json().items.map((i: { expertId: number; status: string }) => [i.expertId, i.status])).toEqual([[weldingExpert, 'recommended']]);
    // The reviewing staff of the demand's district are notified; another district's are not.
    const bell = (await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/notifications' })).json();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: 'match.docking-request', link: `/admin/demands/${demandId}`, readAt: null });
    expect(bell.items[0].body).toContain('陈海洋');
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/notifications' })).json()).toMatchObject({ total: 0, unread: 0 });
    expect((await t.as(entUser, { method: 'GET', url: '/api/v1/notifications' })).json().total).toBe(0);
  });

  it('lets staff invite the expert, with the matcher’s score and reasons as a snapshot', async () => {
    expect((await t.as(entUser, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId: weldingExpert } })).statusCode).toBe(403);
    expect((await t.as(haianStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId: weldingExpert } })).statusCode).toBe(404);
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: `/api/v1/demands/${demandId}/invitations`,
      payload: { expertId: weldingExpert, note: '请评估技术可行性' },
    });
    expect(res.statusCode).toBe(200); // the docking request's engagement moves on: 推荐 → 已联系
    matchId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'contacted', statusLabel: '已联系', expertName: '陈海洋', demandTitle: demandBody().title });
    expect(res.json().score).toBeGreaterThan(0);
    expect(res.json().reasons.length).toBeGreaterThan(0);
    expect(res.json().note).toContain('希望下周到厂交流');
    expect(res.json().note).toContain('请评估技术可行性');
    const inbox = (await t.as(expertUser, { method: 'GET', url: '/api/v1/notifications' })).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'match.invited', title: `对接邀请：${demandBody().title}`, link: '/admin/me/expert' });
    expect((await t.as(haianStaff, { method: 'POST', url: `/api/v1/notifications/${inbox.items[0].id}/read` })).statusCode).toBe(404);
    const read = await t.as(expertUser, { method: 'POST', url: `/api/v1/notifications/${inbox.items[0].id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await t.as(expertUser, { method: 'GET', url: '/api/v1/notifications' })).json().unread).toBe(0);
    const textile = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId: textileExpert } });
    expect(textile.statusCode).toBe(201);
    expect(textile.json().score).toBeNull();
    const missing = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId: 999999 } });
    expect(missing.statusCode).toBe(400);
    const matches = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${demandId}/matches` });
    const row = matches.json().items.find((i: { expertId: number }) => i.expertId === weldingExpert);
    expect(row.invitation).toEqual({ id: matchId, status: 'contacted', statusLabel: '已联系' });
  });

  it('shows the invitation to the expert, who accepts it once', async () => {
    const inbox = await t.as(expertUser, { method: 'GET', url: '/api/v1/experts/me/invitations' });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().items).toHaveLength(1);
    expect(inbox.json().items[0]).toMatchObject({ id: matchId, status: 'contacted', demand: { id: demandId, enterpriseName: '如皋长江船舶重工有限公司', statusLabel: '已发布' } });
    expect((await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/matches/${matchId}/respond`, payload: { accept: true } })).statusCode).toBe(403);
    expect((await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/matches/${matchId}/transitions`, payload: { to: 'accepted' } })).statusCode).toBe(403);
    const res = await t.as(expertUser, { method: 'POST', url: `/api/v1/matches/${matchId}/respond`, payload: { accept: true, note: '可以，下周三到厂' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', statusLabel: '专家接受' });
    // The staff member who invited hears the answer.
    const staffBell = (await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/notifications?unread=true' })).json();
    expect(staffBell.items.map((n: { kind: string }) => n.kind)).toEqual(['match.accepted', 'match.docking-request']);
    expect((await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/notifications/read-all' })).json()).toEqual({ updated: 2 });
    expect((await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/notifications' })).json()).toMatchObject({ total: 2, unread: 0 });
    expect(res.json().respondedAt).not.toBeNull();
    const again = await t.as(expertUser, { method: 'POST', url: `/api/v1/matches/${matchId}/respond`, payload: { accept: false } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MATCH_TRANSITION_INVALID');
    const reinvite = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId: weldingExpert } });
    expect(reinvite.statusCode).toBe(409);
  });

  it('does not let another expert answer someone else’s invitation', async () => {
    const stranger = await t.userAt('chongchuan', ['expert']);
    await t.as(t.admin, { method: 'POST', url: '/api/v1/experts', payload: { name: '另一位专家', userId: stranger.userId } });
    const textileMatch = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${demandId}/invitations` })).json().items.find(
      (i: { expertId: number }) => i.expertId === textileExpert,
    );
    expect((await t.as(stranger, { method: 'POST', url: `/api/v1/matches/${textileMatch.id}/respond`, payload: { accept: true } })).statusCode).toBe(404);
    expect((await t.as(stranger, { method: 'GET', url: '/api/v1/experts/me/invitations' })).json().items).toEqual([]);
  });

  it('runs the engagement to docking (the demand follows) and to a contract', async () => {
    const skip = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/matches/${matchId}/transitions`, payload: { to: 'signed' } });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toContain('专家接受');
    expect((await t.as(haianStaff, { method: 'POST', url: `/api/v1/matches/${matchId}/transitions`, payload: { to: 'docking' } })).statusCode).toBe(404);
    const docking = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/matches/${matchId}/transitions`, payload: { to: 'docking', note: '5 月 8 日到厂对接' } });
    expect(docking.json().status).toBe('docking');
    const d = await demand(entUser);
    expect(d.status).toBe('docking');
    expect(d.transitions.at(-1)).toMatchObject({ from: 'published', to: 'docking', reason: '专家「陈海洋」开始对接' });
    const signed = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/matches/${matchId}/transitions`, payload: { to: 'signed' } });
    expect(signed.json().status).toBe('signed');
    // The engagement's moves are in the one transitions table, with who made them.
    const { queryRows } = await import('../../../db/client.js');
    const { sql } = await import('drizzle-orm');
    const history = await queryRows<{ from_status: string; to_status: string; actor_id: number }>(
      t.database.db,
      sql`select from_status, to_status, actor_id from status_transitions where entity = 'match' and entity_id = ${matchId} order by id`,
    );
    expect(history.map((h) => `${h.from_status}→${h.to_status}`)).toEqual(['recommended→contacted', 'contacted→accepted', 'accepted→docking', 'docking→signed']);
    expect(history.map((h) => h.actor_id)).toEqual([rugaoStaff.userId, expertUser.userId, rugaoStaff.userId, rugaoStaff.userId]);
  });

  it('is signed and closed by staff; nothing moves a closed demand', async () => {
    expect((await move(entUser, 'signed')).statusCode).toBe(403);
    expect((await move(rugaoStaff, 'signed')).json().status).toBe('signed');
    const closed = await move(rugaoStaff, 'closed', '合同已签订，需求关闭');
    expect(closed.json()).toMatchObject({ status: 'closed', statusLabel: '已关闭', allowedTransitions: [] });
    expect(closed.json().closedAt).not.toBeNull();
    expect(closed.json().transitions.map((x: { to: string }) => x.to)).toEqual(['pending', 'returned', 'pending', 'published', 'docking', 'signed', 'closed']);
    const reopen = await move(rugaoStaff, 'published');
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.message).toBe('需求不能从「已关闭」变更为「已发布」');
    expect((await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/demands/${demandId}`, payload: { title: 'x' } })).statusCode).toBe(409);
  });

  it('recommends open public demands to the expert, never staff-only ones', async () => {
    const post = async (extra: Record<string, unknown>) => {
      const id = (await t.as(entUser, { method: 'POST', url: '/api/v1/demands', payload: demandBody(extra) })).json().id as number;
      await move(entUser, 'pending', undefined, id);
      await move(rugaoStaff, 'published', undefined, id);
      return id;
    };
    const open = await post({ title: '海工平台桩腿焊接变形控制' });
    const secret = await post({ title: '军品船体焊接变形控制', confidentiality: 'staff' });
    const res = await t.as(expertUser, { method: 'GET', url: '/api/v1/experts/me/recommended-demands' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((i: { demandId: number }) => i.demandId);
    expect(ids).toContain(open);
    expect(ids).not.toContain(secret);
    expect(ids).not.toContain(demandId); // closed
    expect(res.json().items[0]).toMatchObject({ enterpriseName: '如皋长江船舶重工有限公司', category: '卡脖子' });
    expect((await t.as(entUser, { method: 'GET', url: '/api/v1/experts/me/recommended-demands' })).statusCode).toBe(403);
  });

  it('lets the enterprise withdraw (close) its own demand, but not another enterprise’s', async () => {
    const id = (await t.as(entUser, { method: 'POST', url: '/api/v1/demands', payload: demandBody({ title: '撤回测试' }) })).json().id;
    expect((await move(otherEntUser, 'closed', undefined, id)).statusCode).toBe(404);
    expect((await move(entUser, 'closed', '需求已自行解决', id)).json().status).toBe('closed');
  });

  it('filters, searches and pages the list', async () => {
    const all = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/demands?pageSize=50' });
    expect(all.json().items.every((d: { status: string }) => d.status !== 'draft')).toBe(true);
    const closed = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/demands?status=closed' });
    expect(closed.json().items.map((d: { id: number }) => d.id)).toContain(demandId);
    const staffOnly = await t.as(entUser, { method: 'GET', url: '/api/v1/demands?confidentiality=staff' });
    expect(staffOnly.json().total).toBe(1);
    const q = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands?q=${encodeURIComponent('桩腿')}` });
    expect(q.json().items.map((d: { title: string }) => d.title)).toEqual(['海工平台桩腿焊接变形控制']);
    const paged = await t.as(entUser, { method: 'GET', url: '/api/v1/demands?sort=createdAt&pageSize=2&page=2' });
    expect(paged.json().total).toBe(4);
    expect(paged.json().items.map((d: { title: string }) => d.title)).toEqual(['军品船体焊接变形控制', '撤回测试']);
    const search = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('桩腿')}` });
    expect(search.json().items).toContainEqual(expect.objectContaining({ entity: 'demand', title: '海工平台桩腿焊接变形控制' }));
    const otherSearch = await t.as(haianStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('桩腿')}` });
    expect(otherSearch.json().items.filter((i: { entity: string }) => i.entity === 'demand')).toEqual([]);
  });

  it('matches free text for staff (POST /api/v1/match/experts contract)', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '船体焊接变形', limit: 2 } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(2);
    for (const item of res.json().items) expect(Object.keys(item).sort()).toEqual(['expertId', 'name', 'reasons', 'score']);
    const filtered = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/match/experts',
      payload: { text: '焊接变形', filters: { cluster: '高端纺织' } },
    });
    expect(filtered.json().items.map((i: { expertId: number }) => i.expertId)).not.toContain(weldingExpert);
    expect((await t.as(entUser, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '焊接' } })).statusCode).toBe(403);
    expect((await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '焊接', limit: 1001 } })).statusCode).toBe(400);
    expect((await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: {} })).statusCode).toBe(400);
  });
});
