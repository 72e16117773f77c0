import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';
import { seedCompetitionDemo } from './competition.demo.js';

/** The demo matches what the seed article prints about competitions, literacy and programmes. */
describe('competition demo data', () => {
  let t: TTestApp;
  let city: TSession;
  let rootId: number;

  beforeAll(async () => {
    t = await createTestApp();
    await seedCompetitionDemo(t.database.db);
    rootId = await t.orgIdByCode('root');
    city = await t.userAt('root', ['city_staff']);
  });
  afterAll(() => t.close());

  const figure = async (key: string, org: number, from = '2022-01-01', to = '2026-12-31') =>
    (await t.as(city, { method: 'GET', url: `/api/v1/figures?keys=${key}&org=${org}&from=${from}&to=${to}` })).json().items[0].value as number;

  it('has 100余项 provincial-or-above youth awards over five years, the city being the districts’ sum', async () => {
    const total = await figure('outreach.competitions.youth_awards_provincial', rootId);
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThan(110);
    let sum = 0;
    for (const code of ['chongchuan', 'tongzhou', 'haimen', 'rudong', 'qidong', 'rugao', 'haian'])
      sum += await figure('outreach.competitions.youth_awards_provincial', await t.orgIdByCode(code));
    expect(sum).toBe(total);
  });

  it('has the city’s literacy rate at 14% in 2025, 5.5 points above 2015', async () => {
    expect(await figure('outreach.literacy.rate', rootId, '2025-01-01', '2025-12-31')).toBe(14);
    expect(await figure('outreach.literacy.rate', rootId, '2015-01-01', '2015-12-31')).toBe(8.5);
    const list = (await t.as(city, { method: 'GET', url: '/api/v1/literacy-rates?fromYear=2021' })).json();
    expect(list.orgs).toHaveLength(8);
    expect(list.years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('has the 民生实事 programmes 15000 + 150 with partial progress', async () => {
    const { items } = (await t.as(city, { method: 'GET', url: '/api/v1/programmes?isLivelihood=true' })).json();
    const byName = new Map(items.map((p: { name: string }) => [p.name, p]));
    expect(byName.get('培育高素质农民')).toMatchObject({ targetCount: 15000 });
    expect(byName.get('乡村科技人才培养')).toMatchObject({ targetCount: 150 });
    for (const p of items as Array<{ percent: number }>) {
      expect(p.percent).toBeGreaterThan(50);
      expect(p.percent).toBeLessThan(100);
    }
  });

  it('publishes results by county-level district, never by township, and without names', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/v1/public/competition-results?pageSize=200' });
    const districts = new Set(res.json().items.map((i: { district: string }) => i.district));
    expect([...districts].every((d) => /^(南通市|崇川区|通州区|海门区|如东县|启东市|如皋市|海安市)科协$/.test(String(d)))).toBe(true);
    expect(res.body).not.toContain('participants');
  });
});
