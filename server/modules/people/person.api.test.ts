import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';

const person = (orgId: number, extra: Record<string, unknown> = {}) => ({
  name: '张三丰',
  gender: '男',
  birthYear: 1978,
  unit: '南通大学',
  title: '教授',
  education: '博士研究生',
  disciplines: ['机械工程'],
  phone: '13812345678',
  idNumber: '320602197801011239',
  orgId,
  ...extra,
});

describe('people registry', () => {
  let t: TTestApp;
  let rugao: number;
  let haian: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let rugaoPersonId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    haian = await t.orgIdByCode('haian');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
  });
  afterAll(() => t.close());

  it('registers a person and shows it in the list with the org name', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people', payload: person(rugao) });
    expect(res.statusCode).toBe(201);
    rugaoPersonId = res.json().id;
    expect(res.json()).toMatchObject({ name: '张三丰', orgName: '如皋市科学技术协会', phone: '138****5678', piiMasked: true, piiRevealable: true });
    const list = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/people' });
    expect(list.json().items.map((p: { id: number }) => p.id)).toContain(rugaoPersonId);
  });

  it('rejects an ID number whose check digit is wrong, naming the field', async () => {
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/people',
      payload: person(rugao, { idNumber: '320602197801011236', phone: '13900000000' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toContain('idNumber');
  });

  it("hides one district's people from another district's staff", async () => {
    const list = await t.as(haianStaff, { method: 'GET', url: '/api/v1/people' });
    expect(list.json().items.map((p: { id: number }) => p.id)).not.toContain(rugaoPersonId);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/people/${rugaoPersonId}` })).statusCode).toBe(404);
    const patch = await t.as(haianStaff, { method: 'PATCH', url: `/api/v1/people/${rugaoPersonId}`, payload: { title: '研究员' } });
    expect(patch.statusCode).toBe(404);
    expect((await t.as(haianStaff, { method: 'DELETE', url: `/api/v1/people/${rugaoPersonId}` })).statusCode).toBe(404);
    const create = await t.as(haianStaff, { method: 'POST', url: '/api/v1/people', payload: person(rugao, { idNumber: null, phone: null }) });
    expect(create.statusCode).toBe(404);
  });

  it('masks phone and ID number for a leader, who may not edit', async () => {
    const res = await t.as(leader, { method: 'GET', url: `/api/v1/people/${rugaoPersonId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phone: '138****5678', idNumber: '3206**********1239', piiMasked: true });
    const write = await t.as(leader, { method: 'PATCH', url: `/api/v1/people/${rugaoPersonId}`, payload: { title: '研究员' } });
    expect(write.statusCode).toBe(403);
  });

  it('finds a person by pinyin initials, full pinyin, Chinese words and a typo', async () => {
    for (const q of ['zsf', 'zhangsan', '南通大学', '张三峰']) {
      const res = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent(q)}` });
      expect(res.json().items.map((p: { name: string }) => p.name), q).toContain('张三丰');
    }
    const none = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('李四')}` });
    expect(none.json().total).toBe(0);
  });

  it('global search returns the person to its district and not to another district', async () => {
    const mine = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/search?q=zsf' });
    expect(mine.json().items).toContainEqual(expect.objectContaining({ entity: 'person', id: rugaoPersonId }));
    const other = await t.as(haianStaff, { method: 'GET', url: '/api/v1/search?q=zsf' });
    expect(other.json().items.filter((i: { entity: string }) => i.entity === 'person')).toEqual([]);
  });

  it('edits a person and records before/after in the audit log', async () => {
    const res = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/people/${rugaoPersonId}`, payload: { title: '研究员' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().title).toBe('研究员');
    const audit = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=person&entityId=${rugaoPersonId}` });
    const update = audit.json().items.find((a: { action: string }) => a.action === 'update');
    expect(update.before.title).toBe('教授');
    expect(update.after.title).toBe('研究员');
    const other = await t.as(haianStaff, { method: 'GET', url: `/api/v1/audit?entity=person&entityId=${rugaoPersonId}` });
    expect(other.json().total).toBe(0);
  });

  it('refuses a second person with the same ID number', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people', payload: person(rugao, { phone: '13700000000' }) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PERSON_DUPLICATE');
  });

  it('filters, sorts and pages', async () => {
    await t.as(haianStaff, { method: 'POST', url: '/api/v1/people', payload: person(haian, { name: '李红', gender: '女', birthYear: 1990, idNumber: null, phone: null }) });
    await t.as(haianStaff, { method: 'POST', url: '/api/v1/people', payload: person(haian, { name: '王强', birthYear: 1965, idNumber: null, phone: null }) });
    const res = await t.as(t.admin, { method: 'GET', url: '/api/v1/people?sort=birthYear&pageSize=2&page=1' });
    expect(res.json().total).toBe(3);
    expect(res.json().items.map((p: { birthYear: number }) => p.birthYear)).toEqual([1965, 1978]);
    const women = await t.as(t.admin, { method: 'GET', url: `/api/v1/people?gender=${encodeURIComponent('女')}` });
    expect(women.json().items.map((p: { name: string }) => p.name)).toEqual(['李红']);
    const byOrg = await t.as(t.admin, { method: 'GET', url: `/api/v1/people?orgId=${haian}` });
    expect(byOrg.json().total).toBe(2);
  });

  it('a list page asked again follows every edit and delete, and each scope gets its own page', async () => {
    const url = '/api/v1/people?page=1&pageSize=20';
    const names = async (who: TSession) => (await t.as(who, { method: 'GET', url })).json() as { items: Array<{ id: number; title: string }>; total: number };
    const first = await names(rugaoStaff);
    expect(await names(rugaoStaff)).toEqual(first);
    // Same query, other scope: the district staff do not get the admin's (or the other district's) page.
    expect((await names(t.admin)).total).toBeGreaterThan(first.total);
    expect((await names(haianStaff)).items.map((p) => p.id)).not.toContain(rugaoPersonId);

    await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/people/${rugaoPersonId}`, payload: { title: '高级工程师' } });
    expect((await names(rugaoStaff)).items.find((p) => p.id === rugaoPersonId)?.title).toBe('高级工程师');
    await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/people/${rugaoPersonId}`, payload: { title: '研究员' } });

    const made = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people', payload: person(rugao, { name: '赵六', idNumber: null, phone: null }) });
    expect((await names(rugaoStaff)).total).toBe(first.total + 1);
    expect((await names(rugaoStaff)).items.map((p) => p.id)).toContain(made.json().id);
    await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/people/${made.json().id}` });
    const after = await names(rugaoStaff);
    expect([after.total, after.items.map((p) => p.id)]).toEqual([first.total, first.items.map((p) => p.id)]);
  });

  it('deletes a person', async () => {
    const res = await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/people/${rugaoPersonId}` });
    expect(res.statusCode).toBe(204);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/${rugaoPersonId}` })).statusCode).toBe(404);
  });
});
