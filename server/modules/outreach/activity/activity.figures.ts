import { type SQL, sql } from 'drizzle-orm';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '../../../../shared/outreach-activity.js';
import { defineCountFigure } from '../../../platform/figures/figure.define.js';
import type { TFigure } from '../../../platform/figures/figure.types.js';

// 科普活动's figures: activities held (the seed article's 举办科普宣传活动7260项 over five years), by
// type, participants, and the two campaign weeks. An activity counts once it is 已举办 or 已总结, on its
// start date.

const col = (key: string, label: string, labelEn: string, expr: SQL) => ({ key, label, labelEn, sql: expr });
const FROM = sql`outreach_activities a join orgs o on o.id = a.org_id left join orgs d on d.id = a.district_org_id`;
const HELD = sql`a.status in ('held', 'summarized')`;
const statusCase = sql.raw(`(case a.status ${Object.entries(ACTIVITY_STATUS_LABELS).map(([k, v]) => `when '${k}' then '${v.zh}'`).join(' ')} end)`);
const typeCase = sql.raw(`(case a.type ${ACTIVITY_TYPES.map((t) => `when '${t}' then '${ACTIVITY_TYPE_LABELS[t].zh}'`).join(' ')} end)`);
const PEOPLE = sql`coalesce(a.actual_participants, a.planned_participants, 0)::float8`;

const columns = [
  col('id', '编号', 'ID', sql`a.id`),
  col('title', '活动名称', 'Title', sql`a.title`),
  col('type', '类型', 'Type', typeCase),
  col('org', '主办单位', 'Organizer', sql`o.name`),
  col('district', '县区', 'District', sql`coalesce(d.name, '市直')`),
  col('startDate', '开始日期', 'Start date', sql`a.start_date::text`),
  col('endDate', '结束日期', 'End date', sql`a.end_date::text`),
  col('status', '状态', 'Status', statusCase),
  col('participants', '参与人数', 'Participants', PEOPLE),
];

const common = {
  unit: '项',
  unitEn: 'activities',
  action: 'outreach:figures' as const,
  from: FROM,
  orgColumn: sql`a.org_id`,
  dateColumn: sql`a.start_date`,
  columns,
  orderBy: { key: 'startDate' },
};

const held = defineCountFigure({
  ...common,
  key: 'outreach.activities.held',
  label: '举办科普活动数',
  labelEn: 'Outreach activities held',
  description: '已举办（含已总结）的科普活动，按开始日期统计。',
  descriptionEn: 'Activities held (including summarized ones), by start date.',
  where: HELD,
});

const participants = defineCountFigure({
  ...common,
  key: 'outreach.activities.participants',
  label: '科普活动参与人次',
  labelEn: 'Participants in outreach activities',
  unit: '人次',
  unitEn: 'participants',
  description: '已举办科普活动的参与人数之和：有总结的取实际参与人数，否则取计划人数。',
  descriptionEn: 'Sum of participants of activities held: the final count where summarized, else the planned number.',
  where: HELD,
  sum: 'participants',
  orderBy: { key: 'participants' },
});

const sciTechWeek = defineCountFigure({
  ...common,
  key: 'outreach.activities.sci_tech_week',
  label: '科技活动周活动数',
  labelEn: 'Science and Technology Week activities',
  description: '类型为“科技活动周”的已举办活动。',
  descriptionEn: 'Activities of type Science and Technology Week held.',
  where: sql`${HELD} and a.type = 'sci_tech_week'`,
});

const scienceDay = defineCountFigure({
  ...common,
  key: 'outreach.activities.science_day',
  label: '全国科普日活动数',
  labelEn: 'National Science Popularization Day activities',
  description: '类型为“全国科普日”的已举办活动。',
  descriptionEn: 'Activities of type National Science Popularization Day held.',
  where: sql`${HELD} and a.type = 'science_day'`,
});

const byType = ACTIVITY_TYPES.filter((t) => t !== 'sci_tech_week' && t !== 'science_day').map((t) =>
  defineCountFigure({
    ...common,
    key: `outreach.activities.type.${t}`,
    label: `${ACTIVITY_TYPE_LABELS[t].zh}活动数`,
    labelEn: `${ACTIVITY_TYPE_LABELS[t].en} activities held`,
    description: `类型为“${ACTIVITY_TYPE_LABELS[t].zh}”的已举办活动。`,
    descriptionEn: `Activities of type ${ACTIVITY_TYPE_LABELS[t].en} held.`,
    where: sql`${HELD} and a.type = ${t}`,
  }),
);

export const ACTIVITY_FIGURES: TFigure[] = [held, participants, sciTechWeek, scienceDay, ...byType];
