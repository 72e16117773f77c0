import { type SQL, sql } from 'drizzle-orm';
import { dateRange, defineCountFigure, defineFigure, orgSubtree } from '../../../platform/figures/figure.define.js';
import type { TFigure } from '../../../platform/figures/figure.types.js';
import { BASE_KIND_LABELS, BASE_LEVEL_LABELS, BASE_REVIEW_DUE_MONTHS, type TBaseKind, type TBaseLevel } from './base.types.js';

// 科普阵地 figures: recognized bases by kind and level (the seed's 9 national and 40 provincial 科普教育基地,
// 9 + 28 provincial schools, the 全国科普示范县(市、区)), big screens and galleries, reviews due. One base
// query each, so the number and its drill-down rows cannot disagree.

const col = (key: string, label: string, labelEn: string, expr: SQL) => ({ key, label, labelEn, sql: expr });
const FROM = sql`outreach_bases b join orgs o on o.id = b.org_id left join orgs d on d.id = b.district_id`;
const RECOGNIZED = sql`b.status in ('recognized', 'in_review', 'retained')`;
const COLUMNS = [
  col('id', '编号', 'ID', sql`b.id`),
  col('name', '名称', 'Name', sql`b.name`),
  col('kind', '类型', 'Kind', sql`b.kind`),
  col('level', '级别', 'Level', sql`b.level`),
  col('district', '所在县区', 'District', sql`d.name`),
  col('org', '所属组织', 'Org', sql`o.name`),
  col('recognizedOn', '认定日期', 'Recognized on', sql`b.recognized_on::text`),
  col('validUntil', '有效期至', 'Valid until', sql`b.valid_until::text`),
  col('status', '状态', 'Status', sql`b.status`),
];

const PLURAL_EN: Record<TBaseKind, string> = {
  education_base: 'science education bases',
  model_school: 'science education model schools',
  featured_school: 'science education featured schools',
  demo_county: 'science popularization model counties',
  screen: 'science big screens',
  gallery: 'science galleries',
};
const UNITS: Record<TBaseKind, [string, string]> = {
  education_base: ['家', 'bases'],
  model_school: ['所', 'schools'],
  featured_school: ['所', 'schools'],
  demo_county: ['个', 'counties'],
  screen: ['块', 'screens'],
  gallery: ['处', 'galleries'],
};
const KEYS: Record<TBaseKind, string> = {
  education_base: 'education',
  model_school: 'schools.model',
  featured_school: 'schools.featured',
  demo_county: 'counties',
  screen: 'screens',
  gallery: 'galleries',
};

const kindFigure = (kind: TBaseKind, level?: TBaseLevel) => {
  const zh = `${level ? BASE_LEVEL_LABELS[level].zh : ''}${BASE_KIND_LABELS[kind].zh}`;
  const en = `${level ? `${BASE_LEVEL_LABELS[level].en.toLowerCase()} ` : ''}${PLURAL_EN[kind]}`;
  return defineCountFigure({
    key: `outreach.bases.${KEYS[kind]}${level ? `.${level}` : ''}`,
    label: `${zh}数`,
    labelEn: en.charAt(0).toUpperCase() + en.slice(1),
    unit: UNITS[kind][0],
    unitEn: UNITS[kind][1],
    description: `已认定（含复核中、复核保留）的${zh}，不含取消的；按认定日期统计，不限日期即累计建成数。`,
    descriptionEn: `Recognized ${en} (in review and retained included, cancelled excluded), by recognition date; no dates = all built so far.`,
    action: 'outreach:figures',
    from: FROM,
    orgColumn: sql`b.org_id`,
    dateColumn: sql`b.recognized_on`,
    where: sql`${RECOGNIZED} and b.kind = ${kind}${level ? sql` and b.level = ${level}` : sql``}`,
    columns: COLUMNS,
    orderBy: { key: 'recognizedOn' },
  });
};

/**
 * Bases due for 复核: recognized, validity ending within the date range; without a range, ending within
 * BASE_REVIEW_DUE_MONTHS months from today or already ended (the review-due list).
 */
const reviewDue = defineFigure({
  key: 'outreach.bases.review_due',
  label: '到期待复核的科普阵地数',
  labelEn: 'Bases due for review',
  unit: '个',
  unitEn: 'bases',
  description: `已认定且有效期在所选日期范围内届满的科普阵地；不限日期时为 ${BASE_REVIEW_DUE_MONTHS} 个月内到期或已过期的。`,
  descriptionEn: `Recognized bases whose validity ends within the date range; no dates: ending within ${BASE_REVIEW_DUE_MONTHS} months or already ended.`,
  action: 'outreach:figures',
  columns: COLUMNS,
  orderBy: { key: 'validUntil', asc: true },
  base: (q) => ({
    from: FROM,
    where: sql.join(
      [
        orgSubtree(sql`b.org_id`, q.orgPath),
        RECOGNIZED,
        q.from || q.to
          ? dateRange(sql`b.valid_until`, q)
          : sql`b.valid_until <= ((now() at time zone 'Asia/Shanghai')::date + ${`${BASE_REVIEW_DUE_MONTHS} months`}::interval)::date`,
      ],
      sql` and `,
    ),
  }),
});

export const BASE_FIGURES: TFigure[] = [
  kindFigure('education_base'),
  kindFigure('education_base', 'national'),
  kindFigure('education_base', 'provincial'),
  kindFigure('education_base', 'municipal'),
  kindFigure('model_school'),
  kindFigure('model_school', 'provincial'),
  kindFigure('featured_school'),
  kindFigure('featured_school', 'provincial'),
  kindFigure('demo_county'),
  kindFigure('demo_county', 'national'),
  kindFigure('screen'),
  kindFigure('gallery'),
  reviewDue,
];
