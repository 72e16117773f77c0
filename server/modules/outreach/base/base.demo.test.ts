import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { seedPlatformDemo } from '../../../platform/demo/demo.js';
import { loadCityConfig } from '../../../platform/orgs/city-config.js';
import { createTestApp, type TTestApp } from '../../../test/harness.js';
import { BASE_DEMO_COUNTS, seedBaseDemo } from './base.demo.js';

const city = loadCityConfig({ city: 'nantong' });

/** The 科普阵地 demo gives the seed article's counts through the registered figures. */
describe('[outreach] 科普阵地 demo data', () => {
  let t: TTestApp;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedPlatformDemo(t.database.db);
    await seedBaseDemo(t.database.db, { city, log: (m) => logs.push(m) });
  });
  afterAll(() => t.close());

  it('matches the seed article: 9 national and 40 provincial bases, 9 + 28 provincial schools, 崇川·通州·海门', async () => {
    const keys = [
      'outreach.bases.education.national',
      'outreach.bases.education.provincial',
      'outreach.bases.schools.model.provincial',
      'outreach.bases.schools.featured.provincial',
      'outreach.bases.counties.national',
      'outreach.bases.screens',
      'outreach.bases.galleries',
      'outreach.bases.review_due',
    ];
    const res = (await t.as(t.admin, { method: 'GET', url: `/api/v1/figures?keys=${keys.join(',')}` })).json();
    const v = Object.fromEntries(res.items.map((i: { key: string; value: number }) => [i.key, i.value]));
    expect(v).toMatchObject({
      'outreach.bases.education.national': 9,
      'outreach.bases.education.provincial': 40,
      'outreach.bases.schools.model.provincial': 9,
      'outreach.bases.schools.featured.provincial': 28,
      'outreach.bases.counties.national': 3,
      'outreach.bases.screens': BASE_DEMO_COUNTS.screens,
      'outreach.bases.galleries': BASE_DEMO_COUNTS.galleries,
    });
    expect(v['outreach.bases.review_due']).toBeGreaterThan(0);
    const counties = (await t.as(t.admin, { method: 'GET', url: '/api/v1/figures/outreach.bases.counties.national/rows' })).json();
    expect(counties.items.map((r: { name: string }) => r.name).sort()).toEqual(['崇川区', '海门区', '通州区'].sort());
    const national = (await t.as(t.admin, { method: 'GET', url: '/api/v1/figures/outreach.bases.education.national/rows?pageSize=20' })).json();
    expect(national.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['南通博物苑', '南通科技馆', '狼山国家森林公园']));
    expect(logs.join('\n')).toContain('国家级 9 / 省级 40');
  });

  it('puts every base inside 南通, flags it as demo, and spreads the recognitions over 2017–2026 with a history', async () => {
    const [s] = await queryRows<{ n: number; demo: number; outside: number; first: string; last: string; pipeline: number; history: number }>(
      t.database.db,
      sql`select count(*)::int as n, count(*) filter (where is_demo)::int as demo,
                 count(*) filter (where lng is null or lng < 120 or lng > 122 or lat < 31.5 or lat > 32.8)::int as outside,
                 min(recognized_on)::text as first, max(recognized_on)::text as last,
                 count(*) filter (where status in ('recommended', 'applied', 'under_review'))::int as pipeline,
                 (select count(*)::int from status_transitions where entity = 'outreach_base') as history
          from outreach_bases`,
    );
    expect(s.demo).toBe(s.n);
    expect(s.outside).toBe(0);
    expect(s.first.slice(0, 4)).toBe('2017');
    expect(Number(s.last.slice(0, 4))).toBeGreaterThanOrEqual(2025);
    expect(s.pipeline).toBeGreaterThan(0);
    expect(s.history).toBeGreaterThan(s.n * 2);
    const map = (await t.as(null, { method: 'GET', url: '/api/v1/public/bases' })).json();
    expect(map.total).toBeGreaterThan(200);
    expect(Object.keys(map.totals.byDistrict)).toHaveLength(7);
  });
});
