import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { createTestApp, type TTestApp } from '../../../test/harness.js';
import { ACTIVITY_DEMO_COUNT, ACTIVITY_DEMO_UPCOMING, seedActivityDemo } from './activity.demo.js';

describe('科普活动 demo data', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedActivityDemo(t.database.db);
  });
  afterAll(() => t.close());

  it('spreads five years of activities with upcoming public ones on the calendar', async () => {
    const [c] = await queryRows<{ n: number; demo: number; years: number; upcoming: number; overdue: number; summarized: number }>(
      t.database.db,
      sql`select count(*)::int as n, count(*) filter (where is_demo)::int as demo, count(distinct extract(year from start_date))::int as years,
            count(*) filter (where start_date > ${todayInChina()}::date and is_public and status = 'filed')::int as upcoming,
            count(*) filter (where status in ('filed','held') and end_date + 7 < ${todayInChina()}::date)::int as overdue,
            count(*) filter (where status = 'summarized')::int as summarized
          from outreach_activities`,
    );
    expect(c.n).toBeGreaterThan(ACTIVITY_DEMO_COUNT * 0.95);
    expect(c.upcoming).toBeGreaterThan(ACTIVITY_DEMO_UPCOMING / 3);
    expect(c.demo).toBe(c.n);
    expect(c.years).toBeGreaterThanOrEqual(5); // 2022–2026, and the coming 90 days
    expect(c.upcoming).toBeGreaterThan(10);
    expect(c.overdue).toBeGreaterThan(0);
    expect(c.summarized).toBeGreaterThan(c.n / 2);
    const pub = (await t.as(null, { method: 'GET', url: '/api/v1/public/activities?pageSize=5' })).json();
    expect(pub.total).toBeGreaterThan(10);
  });
});
