import { type SQL, sql } from 'drizzle-orm';
import { chinaDate, dateRange, defineCountFigure, defineFigure, orgSubtree } from '../../platform/figures/figure.define.js';
import type { TFigure } from '../../platform/figures/figure.types.js';
import { DEMAND_STATUS_LABELS, type TDemandStatus } from './demand/demand.workflow.js';
import { DEMAND_STATUSES, PLATFORM_KINDS, PLATFORM_LEVELS } from './innovation.schema.js';
import { PLATFORM_KIND_LABELS, PLATFORM_LEVEL_LABELS } from './platform/platform.types.js';

// 科创服务's figures (module kit §4): what the seed article and the data center count over innovation
// records — demands published, 卡脖子 demands, demands by state, signed demands, docking events and their
// agreements and contract value, experts engaged, platforms by kind and level, funded projects
// (科创江苏 …). Each is one base query (platform/figures/figure.define.ts), so the number and its
// drill-down come from the same rows.

const col = (key: string, label: string, labelEn: string, expr: SQL) => ({ key, label, labelEn, sql: expr });

// ---- demands (d) with their enterprise (e) and org (o)
const DEMANDS_FROM = sql`demands d join enterprises e on e.id = d.enterprise_id join orgs o on o.id = d.org_id`;
const demandColumns = (extra: ReturnType<typeof col>[] = []) => [
  col('id', '编号', 'ID', sql`d.id`),
  col('title', '需求名称', 'Title', sql`d.title`),
  col('enterprise', '企业', 'Enterprise', sql`e.name`),
  col('org', '所属组织', 'Org', sql`o.name`),
  col('category', '类别', 'Category', sql`d.category`),
  col('status', '状态', 'Status', sql`d.status`),
  col('createdOn', '提交日期', 'Filed on', sql`${chinaDate(sql`d.created_at`)}::text`),
  col('publishedOn', '发布日期', 'Published on', sql`${chinaDate(sql`d.published_at`)}::text`),
  ...extra,
];

const demandsPublished = defineCountFigure({
  key: 'innovation.demands.published',
  label: '技术需求发布数',
  labelEn: 'Technical demands published',
  unit: '项',
  unitEn: 'demands',
  description: '审核通过并发布的企业技术需求，按发布日期（已发布之日）统计，含此后进入对接、签约或关闭的需求。',
  descriptionEn: 'Demands approved and published, by the date they were published (including those later docked, signed or closed).',
  action: 'demands:figures',
  from: DEMANDS_FROM,
  orgColumn: sql`d.org_id`,
  dateColumn: chinaDate(sql`d.published_at`),
  where: sql`d.published_at is not null`,
  columns: demandColumns(),
  orderBy: { key: 'publishedOn' },
});

const demandsKeyProblems = defineCountFigure({
  key: 'innovation.demands.key_problems',
  label: '发布“卡脖子”技术需求数',
  labelEn: 'Bottleneck (卡脖子) demands published',
  unit: '项',
  unitEn: 'demands',
  description: '类别为“卡脖子”的已发布技术需求，按发布日期统计。',
  descriptionEn: 'Published demands of category 卡脖子 (bottleneck problems), by the date they were published.',
  action: 'demands:figures',
  from: DEMANDS_FROM,
  orgColumn: sql`d.org_id`,
  dateColumn: chinaDate(sql`d.published_at`),
  where: sql`d.published_at is not null and d.category = '卡脖子'`,
  columns: demandColumns(),
  orderBy: { key: 'publishedOn' },
});

const STATUS_EN: Record<TDemandStatus, string> = {
  draft: 'draft',
  pending: 'awaiting review',
  returned: 'returned',
  published: 'published',
  docking: 'in docking',
  signed: 'signed',
  solved: 'solved',
  closed: 'closed',
};

const demandsByStatus = DEMAND_STATUSES.map((s) =>
  defineCountFigure({
    key: `innovation.demands.status.${s}`,
    label: `${DEMAND_STATUS_LABELS[s]}的技术需求数`,
    labelEn: `Demands now ${STATUS_EN[s]}`,
    unit: '项',
    unitEn: 'demands',
    description: `当前状态为“${DEMAND_STATUS_LABELS[s]}”的技术需求，按提交（创建）日期统计。`,
    descriptionEn: `Demands whose current state is ${STATUS_EN[s]}, by the date they were filed.`,
    action: 'demands:figures',
    from: DEMANDS_FROM,
    orgColumn: sql`d.org_id`,
    dateColumn: chinaDate(sql`d.created_at`),
    where: sql`d.status = ${s}`,
    columns: demandColumns(),
    orderBy: { key: 'createdOn' },
  }),
);

const demandsSigned = defineCountFigure({
  key: 'innovation.demands.signed',
  label: '签约技术需求数',
  labelEn: 'Demands signed',
  unit: '项',
  unitEn: 'demands',
  description: '进入“已签约”的技术需求（含此后关闭的），按签约日期统计。',
  descriptionEn: 'Demands that reached 已签约 (signed), including those closed since, by the date they were signed.',
  action: 'demands:figures',
  from: sql`${DEMANDS_FROM} join (select t.entity_id as demand_id, min(t.at) as at from status_transitions t where t.entity = 'demand' and t.to_status = 'signed' group by t.entity_id) sg on sg.demand_id = d.id`,
  orgColumn: sql`d.org_id`,
  dateColumn: chinaDate(sql`sg.at`),
  columns: demandColumns([col('signedOn', '签约日期', 'Signed on', sql`${chinaDate(sql`sg.at`)}::text`)]),
  orderBy: { key: 'signedOn' },
});

// ---- docking events (ev)
const EVENTS_FROM = sql`docking_events ev join orgs o on o.id = ev.org_id`;
const eventColumns = [
  col('id', '编号', 'ID', sql`ev.id`),
  col('title', '活动名称', 'Event', sql`ev.title`),
  col('date', '日期', 'Date', sql`ev.date::text`),
  col('org', '主办组织', 'Org', sql`o.name`),
  col('place', '地点', 'Place', sql`ev.place`),
  col('agreements', '签约项目', 'Agreements', sql`ev.agreements_signed`),
  col('contractValue', '签约金额（万元）', 'Contract value (10k CNY)', sql`coalesce(ev.contract_value, 0)::float8`),
];
const HELD = sql`ev.date <= (now() at time zone 'Asia/Shanghai')::date`;
const eventFigure = (key: string, label: string, labelEn: string, unit: string, unitEn: string, description: string, descriptionEn: string, sum?: string) =>
  defineCountFigure({
    key,
    label,
    labelEn,
    unit,
    unitEn,
    description,
    descriptionEn,
    action: 'docking:read',
    from: EVENTS_FROM,
    orgColumn: sql`ev.org_id`,
    dateColumn: sql`ev.date`,
    where: sum ? sql`${HELD} and ev.${sql.raw(sum === 'agreements' ? 'agreements_signed' : 'contract_value')} > 0` : HELD,
    columns: eventColumns,
    sum,
    orderBy: { key: 'date' },
  });

const dockingEvents = eventFigure(
  'innovation.docking.events',
  '产学研对接活动场次',
  'Docking events held',
  '场',
  'events',
  '已举办（日期不晚于今天）的产学研对接活动，按活动日期统计。',
  'Industry–academia docking events held (dated today or earlier), by event date.',
);
const dockingAgreements = eventFigure(
  'innovation.docking.agreements',
  '对接活动签约项目数',
  'Agreements signed at docking events',
  '项',
  'agreements',
  '已举办的对接活动上签约的项目数之和，按活动日期统计；明细列出有签约的活动。',
  'Sum of agreements signed at docking events held, by event date; the rows are the events with agreements.',
  'agreements',
);
const dockingContractValue = eventFigure(
  'innovation.docking.contract_value',
  '对接签约金额',
  'Contract value signed at docking events',
  '万元',
  '10k CNY',
  '已举办的对接活动登记的签约金额之和，按活动日期统计；明细列出有金额的活动。',
  'Sum of the contract value recorded for docking events held, by event date; the rows are the events with a value.',
  'contractValue',
);

// ---- experts engaged: accepted an invitation to a demand of the subtree
const ENGAGED = sql`('accepted', 'docking', 'signed')`;
const engagedOn = sql`${chinaDate(sql`coalesce(m.responded_at, m.invited_at, m.created_at)`)}`;
const expertsEngaged = defineFigure({
  key: 'innovation.experts.engaged',
  label: '参与需求对接的专家数',
  labelEn: 'Experts engaged with demands',
  unit: '人',
  unitEn: 'experts',
  description: '接受了本组织范围内技术需求对接邀请的专家（每人计一次），按接受日期统计。',
  descriptionEn: 'Experts who accepted an invitation to a demand of the org subtree (each counted once), by the date they accepted.',
  action: 'demands:figures',
  columns: [
    col('id', '编号', 'ID', sql`x.id`),
    col('name', '专家', 'Expert', sql`x.name`),
    col('unit', '单位', 'Unit', sql`x.unit`),
    col('title', '职称', 'Title', sql`x.title`),
    col('demands', '对接需求数', 'Demands', sql`count(distinct d.id)::int`),
    col('firstOn', '首次接受日期', 'First accepted on', sql`min(${engagedOn})::text`),
  ],
  base: (q) => ({
    from: sql`matches m join demands d on d.id = m.demand_id join experts x on x.id = m.expert_id`,
    where: sql`m.status in ${ENGAGED} and ${orgSubtree(sql`d.org_id`, q.orgPath)} and ${dateRange(engagedOn, q)}`,
    groupBy: sql`x.id, x.name, x.unit, x.title`,
  }),
  orderBy: { key: 'firstOn' },
});

// ---- platforms (p): 院士工作站 · 院士协同创新中心 · 海智基地 · 示范站
const KIND_EN: Record<(typeof PLATFORM_KINDS)[number], string> = {
  academician_workstation: 'academician workstations',
  academician_center: 'academician innovation centers',
  haizhi_base: 'Haizhi bases',
  haizhi_offshore: 'Haizhi offshore bases',
  demo_station: 'model workstations',
};
const LEVEL_EN: Record<(typeof PLATFORM_LEVELS)[number], string> = { national: 'national', provincial: 'provincial', municipal: 'municipal' };
const platformFigure = (kind: (typeof PLATFORM_KINDS)[number], level?: (typeof PLATFORM_LEVELS)[number]) => {
  const zh = `${level ? PLATFORM_LEVEL_LABELS[level] : ''}${PLATFORM_KIND_LABELS[kind]}`;
  const en = `${level ? `${LEVEL_EN[level]} ` : ''}${KIND_EN[kind]}`;
  return defineCountFigure({
    key: `innovation.platforms.${kind}${level ? `.${level}` : ''}`,
    label: `${zh}数`,
    labelEn: en.charAt(0).toUpperCase() + en.slice(1),
    unit: '家',
    unitEn: 'platforms',
    description: `认定的${zh}（不含已撤销的），按认定日期统计；不限日期即现有总数。`,
    descriptionEn: `Recognised ${en} (revoked ones excluded), by the date of recognition; no dates = all there are.`,
    action: 'platforms:read',
    from: sql`platforms p join orgs o on o.id = p.org_id left join enterprises he on he.id = p.host_enterprise_id`,
    orgColumn: sql`p.org_id`,
    dateColumn: sql`p.established_on`,
    where: sql`p.status <> 'revoked' and p.kind = ${kind}${level ? sql` and p.level = ${level}` : sql``}`,
    columns: [
      col('id', '编号', 'ID', sql`p.id`),
      col('name', '平台名称', 'Platform', sql`p.name`),
      col('level', '级别', 'Level', sql`p.level`),
      col('host', '依托单位', 'Host', sql`coalesce(he.name, p.host_name)`),
      col('org', '所属组织', 'Org', sql`o.name`),
      col('establishedOn', '认定日期', 'Recognised on', sql`p.established_on::text`),
      col('status', '状态', 'Status', sql`p.status`),
    ],
    orderBy: { key: 'establishedOn' },
  });
};
const platformFigures = PLATFORM_KINDS.flatMap((k) => [platformFigure(k), ...PLATFORM_LEVELS.map((l) => platformFigure(k, l))]);

// ---- funded projects (fp), counted by their 立项年度
const FUNDED = sql`fp.status in ('approved', 'ongoing', 'completed')`;
const projectFigure = (key: string, label: string, labelEn: string, description: string, descriptionEn: string, where: SQL, sum?: boolean) =>
  defineCountFigure({
    key,
    label,
    labelEn,
    unit: sum ? '万元' : '项',
    unitEn: sum ? '10k CNY' : 'projects',
    description,
    descriptionEn,
    action: 'projects:read',
    from: sql`funded_projects fp join orgs o on o.id = fp.org_id`,
    orgColumn: sql`fp.org_id`,
    dateColumn: sql`fp.year`,
    dateIsYear: true,
    where: sum ? sql`${where} and fp.amount > 0` : where,
    columns: [
      col('id', '编号', 'ID', sql`fp.id`),
      col('name', '项目名称', 'Project', sql`fp.name`),
      col('programme', '计划/专项', 'Programme', sql`fp.programme`),
      col('year', '立项年度', 'Year', sql`fp.year::int`),
      col('level', '级别', 'Level', sql`fp.level`),
      col('leadUnit', '承担单位', 'Lead unit', sql`fp.lead_unit`),
      col('org', '所属组织', 'Org', sql`o.name`),
      col('status', '状态', 'Status', sql`fp.status`),
      col('amount', '资助金额（万元）', 'Funding (10k CNY)', sql`coalesce(fp.amount, 0)::float8`),
    ],
    sum: sum ? 'amount' : undefined,
    orderBy: { key: 'year' },
  });

const YEAR_NOTE = '按立项年度统计：日期范围所涉及的年度（如 2022-01-01 至 2022-12-31 即 2022 年度）。';
const YEAR_NOTE_EN = 'By programme year: the years the date range touches (2022-01-01 to 2022-12-31 = year 2022).';
const projectsFunded = projectFigure(
  'innovation.projects.funded',
  '立项项目数',
  'Funded projects',
  `获立项（已立项、在研、已结题）的各类计划项目。${YEAR_NOTE}`,
  `Projects approved under any programme (approved, ongoing, completed). ${YEAR_NOTE_EN}`,
  FUNDED,
);
const projectsKechuangJiangsu = projectFigure(
  'innovation.projects.kechuang_jiangsu',
  '“科创江苏”专项行动计划立项数',
  'Projects funded by 科创江苏',
  `获“科创江苏”专项行动计划立项的项目。${YEAR_NOTE}`,
  `Projects approved under the 科创江苏 programme. ${YEAR_NOTE_EN}`,
  sql`${FUNDED} and fp.programme like '%科创江苏%'`,
);
const projectsAmount = projectFigure(
  'innovation.projects.amount',
  '立项资助金额',
  'Project funding',
  `立项项目登记的资助金额之和；明细列出有金额的项目。${YEAR_NOTE}`,
  `Sum of the funding recorded for funded projects; the rows are the projects with an amount. ${YEAR_NOTE_EN}`,
  FUNDED,
  true,
);

export const INNOVATION_FIGURES: TFigure[] = [
  demandsPublished,
  demandsKeyProblems,
  ...demandsByStatus,
  demandsSigned,
  dockingEvents,
  dockingAgreements,
  dockingContractValue,
  expertsEngaged,
  ...platformFigures,
  projectsFunded,
  projectsKechuangJiangsu,
  projectsAmount,
];
