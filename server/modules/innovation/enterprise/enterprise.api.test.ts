import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../../shared/validators.js';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';

/** A valid 统一社会信用代码 for a 南通 enterprise (registration 9 / type 1, region 320682, a made-up org code). */
const creditCode = (orgCode: string) => {
  const body = `91320682${orgCode}`;
  return body + creditCodeCheckChar(body);
};

describe('enterprises 企业库', () => {
  let t: TTestApp;
  let rugao: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let entUser: TSession;
  let enterpriseId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    entUser = await t.userAt('rugao', ['enterprise']);
  });
  afterAll(() => t.close());

  const payload = (extra: Record<string, unknown> = {}) => ({
    name: '如皋长江海工装备有限公司',
    creditCode: creditCode('MA1N2C3D4'),
    industry: '铁路、船舶、航空航天和其他运输设备制造业',
    clusters: ['船舶海工'],
    scale: '中型',
    isHighTech: true,
    contactName: '周经理',
    contactPhone: '13912345678',
    ...extra,
  });

  it('registers an enterprise with a valid credit code in the actor’s org', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: payload() });
    expect(res.statusCode).toBe(201);
    enterpriseId = res.json().id;
    expect(res.json()).toMatchObject({ orgId: rugao, orgName: '如皋市科学技术协会', contactPhone: '139****5678', piiMasked: true, demandCount: 0 });
    const full = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/pii` });
    expect(full.json()).toEqual({ id: enterpriseId, contactPhone: '13912345678' });
    expect((await t.as(t.admin, { method: 'GET', url: `/api/v1/audit?entity=enterprise&action=reveal_pii&entityId=${enterpriseId}` })).json().total).toBe(1);
  });

  it('rejects a credit code whose check character is wrong, naming the field', async () => {
    const good = creditCode('MA1N2C3D5');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: payload({ creditCode: wrong, name: '校验位错误公司' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toContain('creditCode');
    const lower = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: payload({ creditCode: good.toLowerCase(), name: '小写代码公司', clusters: ['新材料'] }) });
    expect(lower.statusCode).toBe(201);
    expect(lower.json().creditCode).toBe(good);
  });

  it('refuses a second enterprise with the same credit code (409)', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: payload({ name: '另一家公司' }) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ENTERPRISE_DUPLICATE');
    const other = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?q=${encodeURIComponent('小写代码公司')}` })).json().items[0];
    const patch = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/enterprises/${other.id}`, payload: { creditCode: payload().creditCode } });
    expect(patch.statusCode).toBe(409);
  });

  it("hides one district's enterprises from another district's staff", async () => {
    const list = await t.as(haianStaff, { method: 'GET', url: '/api/v1/enterprises' });
    expect(list.json().total).toBe(0);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).statusCode).toBe(404);
    expect((await t.as(haianStaff, { method: 'PATCH', url: `/api/v1/enterprises/${enterpriseId}`, payload: { scale: '大型' } })).statusCode).toBe(404);
    const create = await t.as(haianStaff, { method: 'POST', url: '/api/v1/enterprises', payload: payload({ creditCode: creditCode('MA1N2C3D6'), orgId: rugao }) });
    expect(create.statusCode).toBe(404);
    const search = await t.as(haianStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('长江海工')}` });
    expect(search.json().items.filter((i: { entity: string }) => i.entity === 'enterprise')).toEqual([]);
    const own = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('长江海工')}` });
    expect(own.json().items).toContainEqual(expect.objectContaining({ entity: 'enterprise', id: enterpriseId }));
  });

  it('masks the contact phone for roles without PII rights', async () => {
    const res = await t.as(leader, { method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ contactPhone: '139****5678', piiMasked: true });
    expect((await t.as(leader, { method: 'PATCH', url: `/api/v1/enterprises/${enterpriseId}`, payload: { scale: '大型' } })).statusCode).toBe(403);
  });

  it('finds enterprises by name, pinyin initials and credit code; filters by cluster', async () => {
    for (const q of ['长江海工', payload().creditCode]) {
      const res = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?q=${encodeURIComponent(q)}` });
      expect(res.json().items[0]?.id, q).toBe(enterpriseId);
    }
    const cluster = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?cluster=${encodeURIComponent('船舶海工')}` });
    expect(cluster.json().items.map((e: { id: number }) => e.id)).toEqual([enterpriseId]);
  });

  it('links an enterprise account, which then sees its own enterprise only, contact unmasked', async () => {
    expect((await t.as(entUser, { method: 'GET', url: '/api/v1/enterprises' })).json().total).toBe(0);
    const staffAccount = await t.userAt('rugao', ['liaison']);
    const wrong = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userId: staffAccount.userId } });
    expect(wrong.statusCode).toBe(400);
    const haianAccount = await t.userAt('haian', ['enterprise']);
    const outside = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userId: haianAccount.userId } });
    expect(outside.statusCode).toBe(400);
    const link = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userId: entUser.userId } });
    expect(link.statusCode).toBe(201);
    expect(link.json().users.map((u: { userId: number }) => u.userId)).toEqual([entUser.userId]);
    const again = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userId: entUser.userId } });
    expect(again.json().users).toHaveLength(1);

    const mine = await t.as(entUser, { method: 'GET', url: '/api/v1/enterprises' });
    expect(mine.json().items.map((e: { id: number }) => e.id)).toEqual([enterpriseId]);
    expect(mine.json().items[0]).toMatchObject({ contactPhone: '13912345678', piiMasked: false });
    const other = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?q=${encodeURIComponent('小写代码公司')}` })).json().items[0];
    expect((await t.as(entUser, { method: 'GET', url: `/api/v1/enterprises/${other.id}` })).statusCode).toBe(404);
    expect((await t.as(entUser, { method: 'PATCH', url: `/api/v1/enterprises/${enterpriseId}`, payload: { scale: '大型' } })).statusCode).toBe(403);

    const cleared = await t.as(rugaoStaff, { method: 'PUT', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userIds: [] } });
    expect(cleared.json().users).toEqual([]);
    expect((await t.as(entUser, { method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).statusCode).toBe(404);
    await t.as(rugaoStaff, { method: 'PUT', url: `/api/v1/enterprises/${enterpriseId}/users`, payload: { userIds: [entUser.userId] } });
    expect((await t.as(entUser, { method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).statusCode).toBe(200);
  });

  it('edits with an audit trail, and refuses to delete an enterprise that has demands', async () => {
    const res = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/enterprises/${enterpriseId}`, payload: { scale: '大型' } });
    expect(res.json().scale).toBe('大型');
    const audit = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=enterprise&entityId=${enterpriseId}` });
    expect(audit.json().items.find((a: { action: string }) => a.action === 'update')).toMatchObject({ before: { scale: '中型' }, after: { scale: '大型' } });
    const demand = await t.as(entUser, {
      method: 'POST',
      url: '/api/v1/demands',
      payload: { title: '深海系泊链焊接', description: '大直径系泊链闪光焊质量不稳定', category: '技术攻关' },
    });
    expect(demand.statusCode).toBe(201);
    const del = await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/enterprises/${enterpriseId}` });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('ENTERPRISE_IN_USE');
    const spare = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?q=${encodeURIComponent('小写代码公司')}` })).json().items[0];
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/enterprises/${spare.id}` })).statusCode).toBe(204);
  });
});
