import { type SQL, sql } from 'drizzle-orm';
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from '../../../../shared/outreach.js';
import { defineCountFigure, defineFigure, orgSubtree, yearRange } from '../../../platform/figures/figure.define.js';
import type { TFigure } from '../../../platform/figures/figure.types.js';
import { COMPETITION_LEVELS, YOUTH_SERIES } from './competition.schema.js';
import { LEVEL_LABELS } from './competition.types.js';

// Figures of competitions, 公民科学素质 and target-group programmes (platform/figures): each is one base
// query, so the number and its drill-down come from the same rows.
//
// Entries and trainings count for the org that filed them (the entrant's district, the org that held
// the training), so a district's figures are its own and the city's are the sum of the districts'.
// The literacy rate is a VALUE, not a count: the registry only knows count and sum, so its figure is the
// sum over exactly one row — the org's own record for the latest year in the range — and its unit is %.

const col = (key: string, label: string, labelEn: string, expr: SQL) => ({ key, label, labelEn, sql: expr });
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// ---- competitions: entries (e) of competitions (c), the entrant's org (o)
const ENTRIES_FROM = sql`competition_entries e join competitions c on c.id = e.competition_id join orgs o on o.id = e.org_id`;
/** The day a result counts on: announced, else the competition's last (or first) day, else 31 Dec of its year. */
const resultDate = sql`coalesce(e.announced_on, c.ends_on, c.starts_on, make_date(c.year, 12, 31))`;
const levelLabel = sql`case e.award_level ${sql.raw(COMPETITION_LEVELS.map((l) => `when '${l}' then '${LEVEL_LABELS[l].zh}'`).join(' '))} end`;
const entryColumns = [
  col('id', '编号', 'ID', sql`e.id`),
  col('competition', '赛事', 'Competition', sql`c.title`),
  col('year', '年度', 'Year', sql`c.year::int`),
  col('title', '作品名称', 'Entry', sql`e.title`),
  col('school', '学校/单位', 'School', sql`e.school`),
  col('org', '所属组织', 'Org', sql`o.name`),
  col('awardLevel', '获奖级别', 'Award level', levelLabel),
  col('awardGrade', '获奖等次', 'Grade', sql`e.award_grade`),
  col('date', '公布日期', 'Announced on', sql`${resultDate}::text`),
];

const youthAwardsProvincial = defineCountFigure({
  key: 'outreach.competitions.youth_awards_provincial',
  label: '获省级以上青少年科技竞赛奖项',
  labelEn: 'Provincial-or-above awards in youth S&T competitions',
  unit: '项',
  unitEn: 'awards',
  description: '青少年科技创新大赛、青少年科技创新市长奖、青少年机器人竞赛中获国家级或省级奖项的作品，按公布日期统计，计入参赛者所属组织。',
  descriptionEn: 'Entries of the youth innovation contest, the mayor’s award and the robotics competition awarded at national or provincial level, by the date results were announced, counted for the entrant’s org.',
  action: 'outreach:figures',
  from: ENTRIES_FROM,
  orgColumn: sql`e.org_id`,
  dateColumn: resultDate,
  where: sql`e.award_grade is not null and e.award_level in ('national', 'provincial') and c.series in (${inList(YOUTH_SERIES)})`,
  columns: entryColumns,
  orderBy: { key: 'date' },
});

const entriesAll = defineCountFigure({
  key: 'outreach.competitions.entries',
  label: '参赛作品数',
  labelEn: 'Competition entries',
  unit: '项',
  unitEn: 'entries',
  description: '各类赛事登记的参赛作品（含未获奖），按公布日期（未公布时按赛事日期）统计。',
  descriptionEn: 'Entries of every competition (awarded or not), by the announcement date, else the competition dates.',
  action: 'outreach:figures',
  from: ENTRIES_FROM,
  orgColumn: sql`e.org_id`,
  dateColumn: resultDate,
  columns: entryColumns,
  orderBy: { key: 'date' },
});

const awardsByLevel = COMPETITION_LEVELS.map((level) =>
  defineCountFigure({
    key: `outreach.competitions.awards.${level}`,
    label: `获${LEVEL_LABELS[level].zh}奖项的参赛作品`,
    labelEn: `Entries awarded at ${LEVEL_LABELS[level].en.toLowerCase()} level`,
    unit: '项',
    unitEn: 'awards',
    description: `各类赛事中获${LEVEL_LABELS[level].zh}奖项（任一等次）的作品，按公布日期统计。`,
    descriptionEn: `Entries of any competition awarded at ${LEVEL_LABELS[level].en.toLowerCase()} level (any grade), by announcement date.`,
    action: 'outreach:figures',
    from: ENTRIES_FROM,
    orgColumn: sql`e.org_id`,
    dateColumn: resultDate,
    where: sql`e.award_grade is not null and e.award_level = ${level}`,
    columns: entryColumns,
    orderBy: { key: 'date' },
  }),
);

// ---- literacy: one row — the org's own record of the latest year the range touches
const literacyRate = defineFigure({
  key: 'outreach.literacy.rate',
  label: '公民具备科学素质比例',
  labelEn: 'Share of citizens with basic scientific literacy',
  unit: '%',
  unitEn: '%',
  description:
    '比例（百分数），不是计数：取所选组织本地区（市或县区）在所选期间最近一个年度的记录；没有记录时为 0。明细列出该条记录及其数据来源。',
  descriptionEn:
    'A rate (percent), not a count: the selected area’s own record (city or district) for the latest year the range touches; 0 when there is none. The drill-down shows that record and its source.',
  action: 'outreach:figures',
  columns: [
    col('id', '编号', 'ID', sql`l.id`),
    col('org', '地区', 'Area', sql`o.name`),
    col('year', '年度', 'Year', sql`l.year::int`),
    col('rate', '比例（%）', 'Rate (%)', sql`l.rate::float8`),
    col('source', '数据来源', 'Source', sql`l.source`),
  ],
  base: (q) => ({
    from: sql`literacy_rates l join orgs o on o.id = l.org_id`,
    where: sql`o.path = ${q.orgPath} and l.id = (
      select l2.id from literacy_rates l2 where l2.org_id = l.org_id and ${yearRange(sql`l2.year`, q)} order by l2.year desc limit 1)`,
  }),
  sum: 'rate',
  orderBy: { key: 'year' },
});

// ---- programmes: trainings (t) of programmes (p), the org that held them (o)
const TRAININGS_FROM = sql`trainings t join programmes p on p.id = t.programme_id join orgs o on o.id = t.org_id`;
const trainingColumns = [
  col('id', '编号', 'ID', sql`t.id`),
  col('programme', '项目', 'Programme', sql`p.name`),
  col('title', '培训', 'Training', sql`t.title`),
  col('org', '举办单位', 'Org', sql`o.name`),
  col('heldOn', '日期', 'Date', sql`t.held_on::text`),
  col('trainees', '培训人数', 'Trainees', sql`t.trainee_count::int`),
];
const traineeFigure = (key: string, label: string, labelEn: string, description: string, descriptionEn: string, where?: SQL) =>
  defineCountFigure({
    key,
    label,
    labelEn,
    unit: '人',
    unitEn: 'people',
    description,
    descriptionEn,
    action: 'outreach:figures',
    from: TRAININGS_FROM,
    orgColumn: sql`t.org_id`,
    dateColumn: sql`t.held_on`,
    where,
    columns: trainingColumns,
    sum: 'trainees',
    orderBy: { key: 'heldOn' },
  });

const trainees = traineeFigure(
  'outreach.programmes.trainees',
  '重点人群项目培训人数',
  'People trained in target-group programmes',
  '各重点人群项目登记的培训人数之和，按培训日期统计，计入举办单位。',
  'Sum of trainee counts of the trainings recorded against any programme, by training date, for the org that held them.',
);
const traineesLivelihood = traineeFigure(
  'outreach.programmes.livelihood.trainees',
  '民生实事项目培训人数',
  'People trained in livelihood (民生实事) programmes',
  '列入市政府民生实事的项目（如培育高素质农民、乡村科技人才）的培训人数之和，按培训日期统计。与“民生实事项目目标人数”相比即为完成进度。',
  'Trainees of the programmes listed as the city government’s 民生实事 projects, by training date; against their target this is the progress.',
  sql`p.is_livelihood`,
);
const traineesByGroup = TARGET_GROUPS.map((g) =>
  traineeFigure(
    `outreach.programmes.trainees.${g}`,
    `${TARGET_GROUP_LABELS[g].zh}培训人数`,
    `${TARGET_GROUP_LABELS[g].en} trained`,
    `面向${TARGET_GROUP_LABELS[g].zh}的项目登记的培训人数之和，按培训日期统计。`,
    `Trainees of programmes for ${TARGET_GROUP_LABELS[g].en.toLowerCase()}, by training date.`,
    sql`p.target_group = ${g}`,
  ),
);

/** The period (years) of a programme overlaps the range. */
function periodOverlaps(q: { from?: string; to?: string }): SQL {
  return sql.join([q.to ? sql`p.start_year <= ${Number(q.to.slice(0, 4))}` : sql`true`, q.from ? sql`p.end_year >= ${Number(q.from.slice(0, 4))}` : sql`true`], sql` and `);
}

const livelihoodTarget = defineFigure({
  key: 'outreach.programmes.livelihood.target',
  label: '民生实事项目目标人数',
  labelEn: 'Target of the livelihood (民生实事) programmes',
  unit: '人',
  unitEn: 'people',
  description: '所选组织（含下级）负责的民生实事项目的目标人数之和，项目周期与所选期间有交集者；与“民生实事项目培训人数”相比即为完成进度。',
  descriptionEn: 'Sum of the targets of the 民生实事 programmes owned in the org’s subtree whose period overlaps the range; against the trainees figure this is the progress.',
  action: 'outreach:figures',
  columns: [
    col('id', '编号', 'ID', sql`p.id`),
    col('name', '项目', 'Programme', sql`p.name`),
    col('org', '负责单位', 'Owner', sql`o.name`),
    col('period', '周期', 'Period', sql`p.start_year || '–' || p.end_year`),
    col('target', '目标人数', 'Target', sql`p.target_count::int`),
  ],
  base: (q) => ({
    from: sql`programmes p join orgs o on o.id = p.org_id`,
    where: sql`${orgSubtree(sql`p.org_id`, q.orgPath)} and p.is_livelihood and ${periodOverlaps(q)}`,
  }),
  sum: 'target',
  orderBy: { key: 'target' },
});

export const COMPETITION_FIGURES: TFigure[] = [
  youthAwardsProvincial,
  entriesAll,
  ...awardsByLevel,
  literacyRate,
  trainees,
  traineesLivelihood,
  ...traineesByGroup,
  livelihoodTarget,
];
