import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configurePiiRevealRoles } from '../../platform/auth/policy.js';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';

/** 个人信息保护: phones and ID numbers masked everywhere by default; allowed roles reveal one record, audited. */
describe('people: personal data', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let cityStaff: TSession;
  let leader: TSession;
  let id: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    cityStaff = await t.userAt('root', ['city_staff']);
    leader = await t.userAt('root', ['leader']);
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: '隐私测', phone: '13912340001', idNumber: '320602197801011239', orgId: await t.orgIdByCode('rugao') },
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
  });
  afterEach(() => configurePiiRevealRoles(undefined));
  afterAll(() => t.close());

  it('masks the list and the detail for every role, admin included', async () => {
    for (const who of [t.admin, cityStaff, rugaoStaff, leader]) {
      const list = await t.as(who, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('隐私测')}` });
      expect(list.statusCode).toBe(200);
      expect(list.json().items[0]).toMatchObject({ id, phone: '139****0001', idNumber: '3206**********1239', piiMasked: true });
      const one = await t.as(who, { method: 'GET', url: `/api/v1/people/${id}` });
      expect(one.json()).toMatchObject({ phone: '139****0001', piiMasked: true });
    }
  });

  it('reveals one record to an allowed role and writes who saw it in the audit log', async () => {
    const res = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/${id}/pii` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id, phone: '13912340001', idNumber: '320602197801011239' });
    const audit = await t.as(t.admin, { method: 'GET', url: `/api/v1/audit?entity=person&action=reveal_pii&entityId=${id}` });
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0]).toMatchObject({ actorId: rugaoStaff.userId });
    expect(audit.json().items[0].note).toContain('隐私测');
  });

  it('refuses the reveal to a role the configuration does not allow, and outside the scope, auditing nothing', async () => {
    const before = (await t.as(t.admin, { method: 'GET', url: `/api/v1/audit?entity=person&action=reveal_pii&entityId=${id}` })).json().total;
    const denied = await t.as(leader, { method: 'GET', url: `/api/v1/people/${id}/pii` });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    expect((await t.as(leader, { method: 'GET', url: `/api/v1/people/${id}` })).json().piiRevealable).toBe(false);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/people/${id}/pii` })).statusCode).toBe(404);
    const after = (await t.as(t.admin, { method: 'GET', url: `/api/v1/audit?entity=person&action=reveal_pii&entityId=${id}` })).json().total;
    expect(after).toBe(before);
  });

  it('follows the configured roles: with only admin allowed, district staff are refused', async () => {
    configurePiiRevealRoles(['admin']);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/${id}/pii` })).statusCode).toBe(403);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/${id}` })).json().piiRevealable).toBe(false);
    expect((await t.as(t.admin, { method: 'GET', url: `/api/v1/people/${id}/pii` })).statusCode).toBe(200);
  });
});
