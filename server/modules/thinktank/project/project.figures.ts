import { sql } from 'drizzle-orm';
import { PROJECT_STATUS_LABELS, RESEARCH_TYPE_LABELS, RESEARCH_TYPES } from '../../../../shared/thinktank-project.js';
import { chinaDate, defineCountFigure } from '../../../platform/figures/figure.define.js';
import type { TFigure } from '../../../platform/figures/figure.types.js';

// The seed article: 组织实施科技创新智库项目59项 and 市级软科学研究课题45项 in five years — 立项 projects by
// type, dated by the 立项 day; also applications received (by submission) and projects concluded.

const FROM = sql`research_projects p join research_calls c on c.id = p.call_id join orgs o on o.id = p.org_id`;
const APPROVED = sql`p.status in ('approved', 'rectifying', 'midterm', 'concluded', 'failed', 'funded')`;
const statusCase = sql.raw(`(case p.status ${Object.entries(PROJECT_STATUS_LABELS).map(([k, v]) => `when '${k}' then '${v.zh}'`).join(' ')} end)`);
const typeCase = sql.raw(`(case c.type ${RESEARCH_TYPES.map((t) => `when '${t}' then '${RESEARCH_TYPE_LABELS[t].zh}'`).join(' ')} end)`);
const col = (key: string, label: string, labelEn: string, expr: ReturnType<typeof sql>) => ({ key, label, labelEn, sql: expr });
const columns = [
  col('id', '编号', 'ID', sql`p.id`),
  col('title', '项目名称', 'Title', sql`p.title`),
  col('type', '类型', 'Type', typeCase),
  col('year', '年度', 'Year', sql`c.year`),
  col('lead', '负责人', 'Lead', sql`p.lead_name`),
  col('org', '归口单位', 'Applying org', sql`o.name`),
  col('status', '状态', 'Status', statusCase),
  col('approvedAt', '立项日期', 'Approved on', sql`(${chinaDate(sql`p.approved_at`)})::text`),
];
const common = { unit: '项', unitEn: 'projects', action: 'thinktank:figures' as const, from: FROM, orgColumn: sql`p.org_id`, columns, orderBy: { key: 'approvedAt' } };

const approvedByType = RESEARCH_TYPES.map((t) =>
  defineCountFigure({
    ...common,
    key: `thinktank.research.approved.${t}`,
    label: `${RESEARCH_TYPE_LABELS[t].zh}立项数`,
    labelEn: `${RESEARCH_TYPE_LABELS[t].en}s approved`,
    description: `已立项（含在研、结题、资助）的${RESEARCH_TYPE_LABELS[t].zh}，按立项日期统计。`,
    descriptionEn: `${RESEARCH_TYPE_LABELS[t].en}s approved (立项, in progress or concluded), by the day approved.`,
    dateColumn: chinaDate(sql`p.approved_at`),
    where: sql`${APPROVED} and c.type = ${t}`,
  }),
);

const applications = defineCountFigure({
  ...common,
  key: 'thinktank.research.applications',
  label: '收到研究项目申报数',
  labelEn: 'Research applications received',
  description: '已提交的申报（草稿除外），按提交日期统计。',
  descriptionEn: 'Applications submitted (drafts excluded), by the day submitted.',
  dateColumn: chinaDate(sql`p.submitted_at`),
  where: sql`p.status <> 'draft'`,
});

const concluded = defineCountFigure({
  ...common,
  key: 'thinktank.research.concluded',
  label: '研究项目结题数',
  labelEn: 'Research projects concluded',
  description: '结题评审通过的项目（含已资助），按结题日期统计。',
  descriptionEn: 'Projects that passed the final review (funded ones included), by the day concluded.',
  dateColumn: chinaDate(sql`p.concluded_at`),
  where: sql`p.status in ('concluded', 'funded')`,
});

export const PROJECT_FIGURES: TFigure[] = [...approvedByType, applications, concluded];
