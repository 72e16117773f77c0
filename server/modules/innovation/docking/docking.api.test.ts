import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';
import { makeDemand, makeEnterprise, makeExpert } from './innovation.test-helper.js';

describe('[innovation] docking events 产学研对接', () => {
  let t: TTestApp;
  let rugao: number;
  let haian: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let rugaoEnterprise: number;
  let haianEnterprise: number;
  let expert: number;
  let demand: number;
  let eventId: number;

  const event = (extra: Record<string, unknown> = {}) => ({
    title: '如皋市船舶海工产学研对接会',
    date: '2025-06-18',
    place: '如皋市科技会堂',
    organizer: '如皋市科协、江苏科技大学',
    orgId: rugao,
    demandIds: [demand],
    expertIds: [expert],
    enterpriseIds: [rugaoEnterprise],
    agreementsSigned: 3,
    contractValue: 860.5,
    summary: '现场签约3项，意向合作5项。',
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    haian = await t.orgIdByCode('haian');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    const db = t.database.db;
    rugaoEnterprise = await makeEnterprise(db, rugao, { name: '江苏如皋海工装备有限公司' });
    haianEnterprise = await makeEnterprise(db, haian, { name: '海安纺织机械有限公司' });
    expert = await makeExpert(db, await t.orgIdByCode('root'), { name: '周海工' });
    demand = await makeDemand(db, rugaoEnterprise, rugao);
  });
  afterAll(() => t.close());

  it('records an event with its demands, experts, enterprises and outcomes, and audits it', async () => {
    const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event() });
    expect(res.statusCode, res.body).toBe(201);
    eventId = res.json().id;
    expect(res.json()).toMatchObject({
      title: '如皋市船舶海工产学研对接会',
      orgName: '如皋市科学技术协会',
      demands: [{ id: demand, title: '海工平台厚板焊接变形控制' }],
      experts: [{ id: expert, name: '周海工' }],
      enterprises: [{ id: rugaoEnterprise, name: '江苏如皋海工装备有限公司' }],
      agreementsSigned: 3,
      contractValue: 860.5,
    });
    const audit = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=docking_event&entityId=${eventId}` });
    expect(audit.json().items.map((a: { action: string }) => a.action)).toEqual(['create']);
  });

  it("refuses links to missing records and to another district's enterprise, creating nothing", async () => {
    const before = (await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events' })).json().total;
    const missing = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event({ expertIds: [expert, 999999] }) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'LINK_NOT_FOUND', fields: [{ path: 'expertIds' }] });
    expect(missing.json().error.message).toContain('999999');
    const foreign = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event({ enterpriseIds: [haianEnterprise] }) });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].path).toBe('enterpriseIds');
    const badDate = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event({ date: '2025-02-30' }) });
    expect(badDate.statusCode).toBe(400);
    const negative = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event({ contractValue: -1 }) });
    expect(negative.statusCode).toBe(400);
    const otherOrg = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event({ orgId: haian }) });
    expect(otherOrg.statusCode).toBe(404);
    expect((await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events' })).json().total).toBe(before);
  });

  it("hides one district's events from another district, while the city sees them", async () => {
    const list = await t.as(haianStaff, { method: 'GET', url: '/api/v1/docking-events' });
    expect(list.json()).toMatchObject({ total: 0, items: [], totals: { events: 0, agreements: 0, contractValue: 0 } });
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const res = await t.as(haianStaff, { method, url: `/api/v1/docking-events/${eventId}`, payload: method === 'PATCH' ? { summary: '改' } : undefined });
      expect(res.statusCode, method).toBe(404);
    }
    const city = await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events' });
    expect(city.json().items.map((e: { id: number }) => e.id)).toContain(eventId);
  });

  it('lets a leader read but not write', async () => {
    expect((await t.as(leader, { method: 'GET', url: `/api/v1/docking-events/${eventId}` })).statusCode).toBe(200);
    const write = await t.as(leader, { method: 'POST', url: '/api/v1/docking-events', payload: event() });
    expect(write.statusCode).toBe(403);
  });

  it('filters by date range, org and linked demand; totals cover every match, not only the page', async () => {
    await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/docking-events', payload: event({ title: '春季对接会', date: '2024-03-10', contractValue: 100, agreementsSigned: 1, demandIds: [] }) });
    await t.as(haianStaff, {
      method: 'POST',
      url: '/api/v1/docking-events',
      payload: { title: '海安纺织对接会', date: '2025-09-01', enterpriseIds: [haianEnterprise], agreementsSigned: 2, contractValue: 40 },
    });
    const all = (await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events?pageSize=1' })).json();
    expect(all.items).toHaveLength(1);
    expect(all.totals).toEqual({ events: 3, agreements: 6, contractValue: 1000.5 });
    expect(all.items[0].date).toBe('2025-09-01'); // newest first
    const in2025 = (await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events?from=2025-01-01&to=2025-12-31' })).json();
    expect(in2025.total).toBe(2);
    const rugaoOnly = (await t.as(t.admin, { method: 'GET', url: `/api/v1/docking-events?orgId=${rugao}` })).json();
    expect(rugaoOnly.totals).toEqual({ events: 2, agreements: 4, contractValue: 960.5 });
    const byDemand = (await t.as(t.admin, { method: 'GET', url: `/api/v1/docking-events?demandId=${demand}` })).json();
    expect(byDemand.items.map((e: { id: number }) => e.id)).toEqual([eventId]);
    const byValue = (await t.as(t.admin, { method: 'GET', url: '/api/v1/docking-events?sort=contractValue' })).json();
    expect(byValue.items.map((e: { contractValue: number }) => e.contractValue)).toEqual([40, 100, 860.5]);
    const q = (await t.as(t.admin, { method: 'GET', url: `/api/v1/docking-events?q=${encodeURIComponent('科技会堂')}` })).json();
    expect(q.total).toBe(2);
  });

  it('edits outcomes and records before/after', async () => {
    const res = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/docking-events/${eventId}`, payload: { agreementsSigned: 4, contractValue: null } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ agreementsSigned: 4, contractValue: null, title: '如皋市船舶海工产学研对接会', demandIds: [demand] });
    const audit = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/audit?entity=docking_event&entityId=${eventId}&action=update` });
    expect(audit.json().items[0].before.agreementsSigned).toBe(3);
    expect(audit.json().items[0].after.agreementsSigned).toBe(4);
    const empty = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/docking-events/${eventId}`, payload: {} });
    expect(empty.statusCode).toBe(400);
    const unknown = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/docking-events/${eventId}`, payload: { hacked: true } });
    expect(unknown.statusCode).toBe(400);
  });

  it('deletes an event', async () => {
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/docking-events/${eventId}` })).statusCode).toBe(204);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/docking-events/${eventId}` })).statusCode).toBe(404);
  });
});
