import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';
import { makeEnterprise, makeExpert } from '../docking/innovation.test-helper.js';

describe('[innovation] platforms 院士工作站 / 海智基地 and yearly assessments', () => {
  let t: TTestApp;
  let rugao: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let cityStaff: TSession;
  let longchang: number;
  let academician: number;
  let stationId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    cityStaff = await t.userAt('root', ['city_staff']);
    longchang = await makeEnterprise(t.database.db, rugao, { name: '江苏隆昌化工有限公司' });
    academician = await makeExpert(t.database.db, await t.orgIdByCode('root'), { name: '钱旭红', isAcademician: true });
  });
  afterAll(() => t.close());

  it('registers an academician workstation hosted by an enterprise', async () => {
    const res = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/platforms',
      payload: {
        kind: 'academician_workstation',
        name: '隆昌化工院士工作站',
        level: 'national',
        orgId: rugao,
        hostEnterpriseId: longchang,
        expertIds: [academician],
        academicians: ['钱旭红', '钱旭红'],
        establishedOn: '2012-05-10',
        validUntil: '2027-05-09',
        description: '全国首批示范院士专家工作站',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    stationId = res.json().id;
    expect(res.json()).toMatchObject({
      hostEnterprise: { id: longchang, name: '江苏隆昌化工有限公司' },
      hostName: '江苏隆昌化工有限公司',
      experts: [{ id: academician, isAcademician: true }],
      academicians: ['钱旭红'],
      status: 'active',
      isExpired: false,
      assessments: [],
    });
  });

  it('needs a host, consistent dates and a unique name per kind', async () => {
    const base = { kind: 'haizhi_base', name: '南通海智工作基地', level: 'national' };
    const noHost = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/platforms', payload: base });
    expect(noHost.json().error.code).toBe('PLATFORM_HOST_REQUIRED');
    const dates = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/platforms',
      payload: { ...base, hostName: '南通市科协', establishedOn: '2020-01-01', validUntil: '2019-01-01' },
    });
    expect(dates.json().error.code).toBe('PLATFORM_DATES');
    const dup = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/platforms',
      payload: { kind: 'academician_workstation', name: '隆昌化工院士工作站', level: 'municipal', hostName: '别的单位' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PLATFORM_DUPLICATE');
    const kind = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/platforms', payload: { ...base, kind: 'lab', hostName: 'x' } });
    expect(kind.statusCode).toBe(400);
  });

  it('records one assessment per year (city staff), newest first, and refuses repeats and impossible years', async () => {
    const url = `/api/v1/platforms/${stationId}/assessments`;
    const a = await t.as(cityStaff, { method: 'POST', url, payload: { year: 2023, rating: '优秀', score: 95.5, note: '成果转化突出' } });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ year: 2023, rating: '优秀', score: 95.5 });
    await t.as(cityStaff, { method: 'POST', url, payload: { year: 2024, rating: '良好' } });
    const again = await t.as(cityStaff, { method: 'POST', url, payload: { year: 2023, rating: '合格' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ASSESSMENT_EXISTS');
    const early = await t.as(cityStaff, { method: 'POST', url, payload: { year: 2010, rating: '合格' } });
    expect(early.json().error.code).toBe('ASSESSMENT_YEAR_INVALID');
    const future = await t.as(cityStaff, { method: 'POST', url, payload: { year: 2099, rating: '合格' } });
    expect(future.statusCode).toBe(400);
    const rating = await t.as(cityStaff, { method: 'POST', url, payload: { year: 2022, rating: '很好' } });
    expect(rating.statusCode).toBe(400);
    const district = await t.as(rugaoStaff, { method: 'POST', url, payload: { year: 2022, rating: '合格' } });
    expect(district.statusCode).toBe(403);
    const got = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/platforms/${stationId}` })).json();
    expect(got.assessments.map((x: { year: number; rating: string }) => [x.year, x.rating])).toEqual([
      [2024, '良好'],
      [2023, '优秀'],
    ]);
    const audit = (await t.as(t.admin, { method: 'GET', url: `/api/v1/audit?entity=platform&entityId=${stationId}&action=assess` })).json();
    expect(audit.total).toBe(2);
  });

  it('lists by kind, level and org with counts; hides other districts', async () => {
    await t.as(cityStaff, {
      method: 'POST',
      url: '/api/v1/platforms',
      payload: { kind: 'haizhi_base', name: '中国科协海智计划南通工作基地', level: 'national', hostName: '南通市科协', establishedOn: '2019-09-01' },
    });
    await t.as(cityStaff, {
      method: 'POST',
      url: '/api/v1/platforms',
      payload: { kind: 'academician_center', name: '江苏纺织产业院士协同创新中心', level: 'provincial', hostName: '南通大学', academicians: ['蒋士成'], validUntil: '2020-12-31' },
    });
    const all = (await t.as(t.admin, { method: 'GET', url: '/api/v1/platforms' })).json();
    expect(all.total).toBe(3);
    expect(all.totals.byLevel).toEqual({ national: 2, provincial: 1 });
    expect(all.items.find((p: { name: string }) => p.name.startsWith('江苏纺织')).isExpired).toBe(true);
    const national = (await t.as(t.admin, { method: 'GET', url: '/api/v1/platforms?level=national&kind=haizhi_base' })).json();
    expect(national.items.map((p: { name: string }) => p.name)).toEqual(['中国科协海智计划南通工作基地']);
    const byAcademician = (await t.as(t.admin, { method: 'GET', url: `/api/v1/platforms?q=${encodeURIComponent('蒋士成')}` })).json();
    expect(byAcademician.total).toBe(1);
    const mine = (await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/platforms' })).json();
    expect(mine.items.map((p: { id: number }) => p.id)).toEqual([stationId]);
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/platforms' })).json().total).toBe(0);
    expect((await t.as(haianStaff, { method: 'GET', url: `/api/v1/platforms/${stationId}` })).statusCode).toBe(404);
    const due = (await t.as(t.admin, { method: 'GET', url: '/api/v1/platforms?validBefore=2021-01-01' })).json();
    expect(due.total).toBe(1);
  });

  it('edits status and deletes a platform with its assessments', async () => {
    const res = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/platforms/${stationId}`, payload: { status: 'suspended', hostName: '隆昌化工' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', hostName: '隆昌化工', assessments: [{ year: 2024 }, { year: 2023 }] });
    const clearHost = await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/platforms/${stationId}`, payload: { hostEnterpriseId: null, hostName: null } });
    expect(clearHost.json().error.code).toBe('PLATFORM_HOST_REQUIRED');
    expect((await t.as(rugaoStaff, { method: 'DELETE', url: `/api/v1/platforms/${stationId}` })).statusCode).toBe(204);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/platforms/${stationId}` })).statusCode).toBe(404);
  });
});
