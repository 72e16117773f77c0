import { type SQL, sql } from 'drizzle-orm';
import { STATION_TYPE_LABELS, STATION_TYPES } from '../../../../shared/thinktank-survey.js';
import { defineCountFigure } from '../../../platform/figures/figure.define.js';
import type { TFigure } from '../../../platform/figures/figure.types.js';

// 调查's figures: answers collected (survey completion), quota, campaigns run, stations. Answers and
// stations count under the station's org (a district sees its own stations); campaigns under the
// organizing org. Answers are dated by their day, stations and campaigns by the campaign's open date.

const col = (key: string, label: string, labelEn: string, expr: SQL) => ({ key, label, labelEn, sql: expr });
const typeCase = sql.raw(`(case s.type ${STATION_TYPES.map((t) => `when '${t}' then '${STATION_TYPE_LABELS[t].zh}'`).join(' ')} end)`);
const action = 'thinktank:figures' as const;

const answers = defineCountFigure({
  key: 'thinktank.surveys.answers',
  label: '调查回收答卷数',
  labelEn: 'Survey answers collected',
  unit: '份',
  unitEn: 'answers',
  description: '各调查站点回收的有效答卷（按提交日期）；钻取到每站点每天的份数。',
  descriptionEn: 'Valid answers collected at survey stations, by submission date; drills down to answers per station per day.',
  action,
  from: sql`(select a.station_id, a.submitted_on, count(*)::int as n from tt_survey_answers a group by a.station_id, a.submitted_on) a
    join tt_survey_stations s on s.id = a.station_id join tt_survey_campaigns c on c.id = s.campaign_id join orgs o on o.id = s.org_id`,
  orgColumn: sql`s.org_id`,
  dateColumn: sql`a.submitted_on`,
  columns: [
    col('id', '编号', 'ID', sql`s.id::text || '-' || a.submitted_on::text`),
    col('campaign', '调查', 'Survey', sql`c.title`),
    col('station', '站点', 'Station', sql`s.name`),
    col('type', '站点类型', 'Station type', typeCase),
    col('org', '所属组织', 'Org', sql`o.name`),
    col('day', '日期', 'Date', sql`a.submitted_on::text`),
    col('answers', '答卷数', 'Answers', sql`a.n::float8`),
  ],
  sum: 'answers',
  orderBy: { key: 'day' },
});

const stationCols = [
  col('id', '编号', 'ID', sql`s.id`),
  col('campaign', '调查', 'Survey', sql`c.title`),
  col('station', '站点', 'Station', sql`s.name`),
  col('type', '站点类型', 'Station type', typeCase),
  col('org', '所属组织', 'Org', sql`o.name`),
  col('opensOn', '开始日期', 'Opens', sql`c.opens_on::text`),
  col('quota', '配额', 'Quota', sql`s.quota::float8`),
  col('answers', '已回收', 'Answers', sql`(select count(*) from tt_survey_answers a where a.station_id = s.id)::float8`),
  col('completion', '完成率%', 'Completion %', sql`case when s.quota > 0 then round((select count(*) from tt_survey_answers a where a.station_id = s.id) * 100.0 / s.quota, 1)::float8 end`),
  col('met', '达标', 'Quota met', sql`case s.quota_met when true then '达标' when false then '未达标' else '进行中' end`),
];
/** What the three station figures share: one row per station, under its org, dated by the campaign's open date. */
const stationSource = {
  action,
  from: sql`tt_survey_stations s join tt_survey_campaigns c on c.id = s.campaign_id join orgs o on o.id = s.org_id`,
  orgColumn: sql`s.org_id`,
  dateColumn: sql`c.opens_on`,
  columns: stationCols,
  orderBy: { key: 'opensOn' },
};

const quota = defineCountFigure({
  key: 'thinktank.surveys.quota',
  label: '调查样本配额',
  labelEn: 'Survey quota',
  unit: '份',
  unitEn: 'answers',
  description: '各站点的样本配额之和（按调查开始日期）；与回收答卷数对照即完成情况，钻取到每个站点的配额、已回收与完成率。',
  descriptionEn: 'Sum of the stations\' quotas (by the survey\'s open date); drills down to each station with quota, answers and completion.',
  ...stationSource,
  sum: 'quota',
});

const stations = defineCountFigure({
  key: 'thinktank.surveys.stations',
  label: '调查站点数',
  labelEn: 'Survey stations',
  unit: '个',
  unitEn: 'stations',
  description: '调查设立的站点（科研院所、高校、企业、医疗卫生机构、中学、园区、地县科协、学会），按调查开始日期。',
  descriptionEn: 'Stations set up for surveys, by the survey\'s open date.',
  ...stationSource,
});

const stationsMet = defineCountFigure({
  key: 'thinktank.surveys.stations_met',
  label: '考核达标站点数',
  labelEn: 'Stations that met their quota',
  unit: '个',
  unitEn: 'stations',
  description: '已结束调查中回收答卷达到配额的站点（站点考核）。',
  descriptionEn: 'Stations of closed surveys whose answers reached the quota.',
  ...stationSource,
  where: sql`s.quota_met = true`,
});

const campaigns = defineCountFigure({
  key: 'thinktank.surveys.campaigns',
  label: '开展调查次数',
  labelEn: 'Surveys run',
  unit: '次',
  unitEn: 'surveys',
  description: '组织开展的调查（按开始日期），钻取到每次调查的站点数、配额和回收数。',
  descriptionEn: 'Survey campaigns run (by open date), with stations, quota and answers.',
  action,
  from: sql`tt_survey_campaigns c join orgs o on o.id = c.org_id`,
  orgColumn: sql`c.org_id`,
  dateColumn: sql`c.opens_on`,
  columns: [
    col('id', '编号', 'ID', sql`c.id`),
    col('title', '调查', 'Survey', sql`c.title`),
    col('org', '组织单位', 'Organizer', sql`o.name`),
    col('opensOn', '开始日期', 'Opens', sql`c.opens_on::text`),
    col('closesOn', '结束日期', 'Closes', sql`c.closes_on::text`),
    col('stations', '站点数', 'Stations', sql`(select count(*) from tt_survey_stations s where s.campaign_id = c.id)::float8`),
    col('quota', '配额', 'Quota', sql`(select coalesce(sum(s.quota), 0) from tt_survey_stations s where s.campaign_id = c.id)::float8`),
    col('answers', '已回收', 'Answers', sql`(select count(*) from tt_survey_answers a where a.campaign_id = c.id)::float8`),
  ],
  orderBy: { key: 'opensOn' },
});

export const SURVEY_FIGURES: TFigure[] = [campaigns, stations, quota, answers, stationsMet];
