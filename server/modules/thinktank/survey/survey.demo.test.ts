import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { createTestApp, type TTestApp } from '../../../test/harness.js';
import { SURVEY_DEMO_FINISHED, SURVEY_DEMO_RUNNING, seedSurveyDemo } from './survey.demo.js';

describe('调查 demo', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedSurveyDemo(t.database.db, { log: () => {} });
  });
  afterAll(async () => t?.close());

  it('has a finished survey with assessed stations of every national type and a running one with partial progress', async () => {
    const rows = await queryRows<{ title: string; closed: boolean; types: number; quota: number; answers: number; met: number }>(
      t.database.db,
      sql`select c.title, c.closed_at is not null as closed, count(distinct s.type)::int as types, sum(s.quota)::int as quota,
            (select count(*)::int from tt_survey_answers a where a.campaign_id = c.id) as answers, count(*) filter (where s.quota_met)::int as met
          from tt_survey_campaigns c join tt_survey_stations s on s.campaign_id = c.id group by c.id order by c.opens_on`,
    );
    expect(rows.map((r) => r.title)).toEqual([SURVEY_DEMO_FINISHED, SURVEY_DEMO_RUNNING]);
    expect(rows[0]).toMatchObject({ closed: true, types: 8 });
    expect(rows[0].met).toBeGreaterThan(0);
    expect(rows[1].closed).toBe(false);
    expect(rows[1].answers).toBeGreaterThan(rows[1].quota * 0.2);
    expect(rows[1].answers).toBeLessThan(rows[1].quota);
    const res = await t.as(t.admin, { method: 'GET', url: `/api/v1/surveys/campaigns?pageSize=10` });
    expect(res.json().total).toBe(2);
  });
});
