import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';

const expert = (extra: Record<string, unknown> = {}) => ({
  name: '陈海洋',
  unit: '江苏科技大学',
  title: '教授',
  disciplines: ['船舶与海洋工程'],
  industries: ['船舶海工'],
  keywords: ['焊接', '海工装备'],
  bio: '长期从事船体结构焊接变形控制研究。',
  achievements: [
    { kind: 'patent', title: '一种厚板船体结构焊接变形控制方法', keywords: ['焊接变形'], year: 2023 },
    { kind: 'paper', title: 'Welding distortion of ship hull blocks', abstract: 'Thermal elastic plastic analysis of welding.', year: 2022 },
  ],
  ...extra,
});

describe('experts 专家库', () => {
  let t: TTestApp;
  let rugao: number;
  let haian: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let expertUser: TSession;
  let expertId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    haian = await t.orgIdByCode('haian');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    expertUser = await t.userAt('rugao', ['expert']);
  });
  afterAll(() => t.close());

  const count = async () => (await t.as(t.admin, { method: 'GET', url: '/api/v1/experts?pageSize=1' })).json().total as number;

  it('registers an expert with achievements (201 { id }) in the actor’s org by default', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts', payload: expert() });
    expect(res.statusCode).toBe(201);
    expect(Object.keys(res.json())).toEqual(['id']);
    expertId = res.json().id;
    const got = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts/${expertId}` });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ name: '陈海洋', orgId: rugao, orgName: '如皋市科学技术协会', isPublic: true, canEdit: true, achievementCount: 2 });
    expect(got.json().achievements.map((a: { kind: string }) => a.kind)).toEqual(['patent', 'paper']);
  });

  it('rejects unknown fields, bad achievement kinds and empty names, naming the field', async () => {
    for (const [payload, path] of [
      [expert({ phone: '13800000000' }), 'body'],
      [expert({ achievements: [{ kind: 'book', title: 'x' }] }), 'achievements.0.kind'],
      [expert({ name: '  ' }), 'name'],
    ] as const) {
      const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts', payload });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error.fields)).toContain(path);
    }
  });

  it('lets every staff member read the city-wide pool, but only the owning subtree edit it', async () => {
    const other = await t.as(haianStaff, { method: 'GET', url: `/api/v1/experts/${expertId}` });
    expect(other.statusCode).toBe(200);
    expect(other.json().canEdit).toBe(false);
    const list = await t.as(haianStaff, { method: 'GET', url: '/api/v1/experts' });
    expect(list.json().items.map((e: { id: number }) => e.id)).toContain(expertId);
    expect((await t.as(haianStaff, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { title: '研究员' } })).statusCode).toBe(403);
    expect((await t.as(haianStaff, { method: 'DELETE', url: `/api/v1/experts/${expertId}` })).statusCode).toBe(403);
    const create = await t.as(haianStaff, { method: 'POST', url: '/api/v1/experts', payload: expert({ orgId: rugao }) });
    expect(create.statusCode).toBe(404);
    expect((await t.as(leader, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { title: '研究员' } })).statusCode).toBe(403);
    expect((await t.as(expertUser, { method: 'GET', url: '/api/v1/experts' })).statusCode).toBe(403);
  });

  it('finds experts by pinyin initials, keywords and Chinese words; filters by discipline, industry and org', async () => {
    await t.as(haianStaff, {
      method: 'POST',
      url: '/api/v1/experts',
      payload: { name: '李纺', disciplines: ['纺织科学与工程'], industries: ['高端纺织'], keywords: ['功能纤维'] },
    });
    for (const q of ['chy', '焊接', '江苏科技大学']) {
      const res = await t.as(haianStaff, { method: 'GET', url: `/api/v1/experts?q=${encodeURIComponent(q)}` });
      expect(res.json().items.map((e: { name: string }) => e.name), q).toEqual(['陈海洋']);
    }
    const byIndustry = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts?industry=${encodeURIComponent('高端纺织')}` });
    expect(byIndustry.json().items.map((e: { name: string }) => e.name)).toEqual(['李纺']);
    const byDiscipline = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts?discipline=${encodeURIComponent('船舶与海洋工程')}` });
    expect(byDiscipline.json().total).toBe(1);
    const byOrg = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts?orgId=${haian}` });
    expect(byOrg.json().items.map((e: { name: string }) => e.name)).toEqual(['李纺']);
    const sorted = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/experts?sort=name' });
    expect(sorted.json().items.map((e: { name: string }) => e.name)).toEqual(['陈海洋', '李纺']);
  });

  it('appears in the global search for staff', async () => {
    const res = await t.as(haianStaff, { method: 'GET', url: '/api/v1/search?q=chy' });
    expect(res.json().items).toContainEqual(expect.objectContaining({ entity: 'expert', id: expertId, title: '陈海洋' }));
  });

  it('edits a profile, replaces achievements, re-indexes for matching and audits before/after', async () => {
    const res = await t.as(rugaoStaff, {
      method: 'PATCH',
      url: `/api/v1/experts/${expertId}`,
      payload: { keywords: ['焊接', '激光熔覆'], achievements: [{ kind: 'project', title: '激光熔覆修复船用曲轴', year: 2024 }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().achievements).toHaveLength(1);
    expect(res.json().keywords).toEqual(['焊接', '激光熔覆']);
    const match = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '激光熔覆修复' } });
    expect(match.json().items[0]).toMatchObject({ expertId, name: '陈海洋' });
    const audit = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=expert&entityId=${expertId}` });
    const update = audit.json().items.find((a: { action: string }) => a.action === 'update');
    expect(update.before.keywords).toEqual(['焊接', '海工装备']);
    expect(update.after.keywords).toEqual(['焊接', '激光熔覆']);
  });

  it('shows contacts of the linked person, masked by role, and none outside the person’s scope', async () => {
    const person = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people', payload: { name: '陈海洋', orgId: rugao, phone: '13812345678' } });
    const bad = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { personId: 999999 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('personId');
    await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { personId: person.json().id } });
    const staffView = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts/${expertId}` });
    expect(staffView.json().contact).toEqual({ phone: '138****5678', email: null, piiMasked: true, piiRevealable: true });
    // the full phone: the linked person's audited reveal
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/${person.json().id}/pii` })).json().phone).toBe('13812345678');
    const leaderView = await t.as(leader, { method: 'GET', url: `/api/v1/experts/${expertId}` });
    expect(leaderView.json().contact).toMatchObject({ phone: '138****5678', piiMasked: true });
    const otherDistrict = await t.as(haianStaff, { method: 'GET', url: `/api/v1/experts/${expertId}` });
    expect(otherDistrict.json().contact).toBeNull();
  });

  it('links an expert account, which then reads and edits its own profile only', async () => {
    const notExpert = await t.userAt('rugao', ['liaison']);
    const wrongRole = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { userId: notExpert.userId } });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().error.fields[0]).toMatchObject({ path: 'userId' });
    const link = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { userId: expertUser.userId } });
    expect(link.statusCode).toBe(200);
    expect(link.json().hasAccount).toBe(true);
    const second = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts', payload: expert({ name: '重复关联', userId: expertUser.userId }) });
    expect(second.statusCode).toBe(400);

    const me = await t.as(expertUser, { method: 'GET', url: '/api/v1/experts/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: expertId, canEdit: true });
    const put = await t.as(expertUser, {
      method: 'PUT',
      url: '/api/v1/experts/me',
      payload: { name: '陈海洋', unit: '江苏科技大学海洋装备研究院', keywords: ['焊接', '海工装备', '激光熔覆'] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ unit: '江苏科技大学海洋装备研究院', title: null, orgId: rugao });
    expect(put.json().achievements).toHaveLength(1); // kept: not given
    const escalate = await t.as(expertUser, { method: 'PUT', url: '/api/v1/experts/me', payload: { name: '陈海洋', isAcademician: true } });
    expect(escalate.statusCode).toBe(400);
    expect((await t.as(expertUser, { method: 'PATCH', url: `/api/v1/experts/${expertId}`, payload: { title: '院士' } })).statusCode).toBe(403);
    const others = (await t.as(t.admin, { method: 'GET', url: `/api/v1/experts?q=${encodeURIComponent('李纺')}` })).json().items[0].id;
    expect((await t.as(expertUser, { method: 'GET', url: `/api/v1/experts/${others}` })).statusCode).toBe(404);
    expect((await t.as(expertUser, { method: 'GET', url: `/api/v1/experts/${expertId}` })).statusCode).toBe(200);
    const unlinked = await t.userAt('rugao', ['expert']);
    const none = await t.as(unlinked, { method: 'GET', url: '/api/v1/experts/me' });
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toContain('尚未关联专家档案');
  });

  it('registers a batch in one go and returns the ids in order', async () => {
    const before = await count();
    const items = ['王一', '王二', '王三'].map((name, i) => ({ name, keywords: ['氢能'], achievements: [{ kind: 'paper', title: `制氢论文${i}` }] }));
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts/batch', payload: { items } });
    expect(res.statusCode).toBe(201);
    expect(res.json().ids).toHaveLength(3);
    expect(await count()).toBe(before + 3);
    const second = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts/${res.json().ids[1]}` });
    expect(second.json()).toMatchObject({ name: '王二', achievementCount: 1 });
    const match = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '氢能' } });
    expect(match.json().items.map((m: { expertId: number }) => m.expertId).sort()).toEqual([...res.json().ids].sort());
  });

  it('creates nothing when one batch item is bad, and names the item', async () => {
    const before = await count();
    const invalid = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/experts/batch',
      payload: { items: [{ name: '甲' }, { name: '乙' }, { name: '' }, { name: '丁' }] },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields.map((f: { path: string }) => f.path)).toContain('body.items.2.name');
    const outOfScope = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/experts/batch',
      payload: { items: [{ name: '甲' }, { name: '乙', orgId: haian }, { name: '丙' }] },
    });
    expect(outOfScope.statusCode).toBe(400);
    expect(outOfScope.json().error.fields).toEqual([{ path: 'items.1.orgId', message: expect.any(String) }]);
    const tooMany = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts/batch', payload: { items: Array.from({ length: 1001 }, () => ({ name: '多' })) } });
    expect(tooMany.statusCode).toBe(400);
    expect((await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts/batch', payload: { items: [] } })).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('deletes an expert of its subtree', async () => {
    const { id } = (await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts', payload: { name: '待删除', keywords: ['临时'] } })).json();
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/experts/${id}` })).statusCode).toBe(204);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/experts/${id}` })).statusCode).toBe(404);
    const match = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '临时' } });
    expect(match.json().items).toEqual([]);
    // the matcher's corpus statistics forget it too (document frequencies stay exact)
    const stats = await queryRows<{ n: number; experts: number; temp: number }>(
      t.database.db,
      sql`select (select df from match_term_stats where term = '#n') as n, (select count(*)::int from experts) as experts,
                 (select count(*)::int from match_term_stats where term = '临时') as temp`,
    );
    expect(stats[0].n).toBe(stats[0].experts);
    expect(stats[0].temp).toBe(0);
  });
});
