import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../db/client.js';
import { can, scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import type { TTodoItem } from '../../../platform/module/module.types.js';

/** Days before the close date when a station behind its pace shows on the to-do list. */
export const PACE_WARNING_DAYS = 7;

/**
 * Stations of open campaigns closing within PACE_WARNING_DAYS whose answers lag the pace: below the share
 * of the quota that the days elapsed call for (a straight line from the open date to the close date).
 */
export async function stationsBehindPace(db: Db, actor: TActor, today = todayInChina()) {
  return queryRows<{ id: number; campaignId: number; name: string; quota: number; answers: number }>(
    db,
    sql`select s.id, s.campaign_id as "campaignId", s.name, s.quota, (select count(*)::int from tt_survey_answers a where a.station_id = s.id) as answers
        from tt_survey_stations s join tt_survey_campaigns c on c.id = s.campaign_id
        where c.closed_at is null and c.opens_on <= ${today}::date and c.closes_on >= ${today}::date
          and c.closes_on - ${today}::date <= ${PACE_WARNING_DAYS} and s.quota > 0 and ${scopeCondition(actor, sql`s.org_id`)}
          and (select count(*) from tt_survey_answers a where a.station_id = s.id)
              < s.quota * least(1.0, (${today}::date - c.opens_on + 1)::float8 / (c.closes_on - c.opens_on + 1))
        order by c.closes_on, s.id`,
  );
}

export async function surveyTodos(db: Db, actor: TActor): Promise<TTodoItem[]> {
  if (!can(actor, 'surveys:codes')) return [];
  const rows = await stationsBehindPace(db, actor);
  const first = rows[0];
  return [
    {
      key: 'thinktank.surveys.behind_pace',
      label: '临近截止、进度落后于配额的调查站点',
      labelEn: 'Survey stations behind their quota near the close date',
      count: rows.length,
      link: first ? `/admin/thinktank/surveys/campaigns/${first.campaignId}?tab=progress` : '/admin/thinktank/surveys/campaigns',
      overdue: rows.length > 0,
    },
  ];
}
