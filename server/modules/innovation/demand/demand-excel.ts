import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan } from '../../../platform/auth/policy.js';
import { badRequest } from '../../../platform/errors.js';
import type { TColumnSpec, TRegistryDef, TRowIssue } from '../../../platform/excel/excel.types.js';
import { zText } from '../../../platform/text-schema.js';
import { enterprisesByCreditCodeInScope, memberEnterpriseIds } from '../enterprise/enterprise.service.js';
import { ZCreditCode } from '../enterprise/enterprise.types.js';
import { parseAmount, parseDate, splitList } from '../enterprise/excel-cells.js';
import { DEMAND_CATEGORIES } from '../innovation.schema.js';
import { type TDemandRowFull, demandVisibility, selectDemands } from './demand.repo.js';
import { DEMAND_OPTIONAL_FIELDS, type TDemandImportInput, demandImportKey, readsDemandsByScope, upsertDemands } from './demand.service.js';
import { ZDemandInput, ZDemandQuery } from './demand.types.js';
import { DEMAND_STATUS_LABELS, type TDemandStatus } from './demand.workflow.js';

/*
 * 技术需求 in Excel (staff): one set of columns for the template, the import and the export. Rows
 * match existing demands on 企业统一社会信用代码 + 需求名称; a matched demand is overwritten with the row
 * (its state is not: that moves through the workflow), a column missing from the file keeps the field.
 */

const CONFIDENTIALITY_LABELS = { public: '公开', staff: '仅工作人员' } as const;
const STATUS_BY_LABEL = new Map(Object.entries(DEMAND_STATUS_LABELS).map(([k, v]) => [v, k as TDemandStatus]));
const CONFIDENTIALITY_BY_LABEL = new Map<string, 'public' | 'staff'>([
  ['公开', 'public'],
  ['仅工作人员', 'staff'],
  ['public', 'public'],
  ['staff', 'staff'],
]);

export const ZDemandExcelRow = z.object({
  title: ZDemandInput.shape.title,
  creditCode: ZCreditCode,
  enterpriseName: zText(100).optional(),
  description: ZDemandInput.shape.description,
  category: z.enum(DEMAND_CATEGORIES),
  cluster: ZDemandInput.shape.cluster,
  industries: ZDemandInput.shape.industries,
  keywords: ZDemandInput.shape.keywords,
  budgetMin: ZDemandInput.shape.budgetMin,
  budgetMax: ZDemandInput.shape.budgetMax,
  deadline: ZDemandInput.shape.deadline,
  confidentiality: z.enum(['public', 'staff'], '请填写“公开”或“仅工作人员”').optional(),
  status: z.enum(Object.keys(DEMAND_STATUS_LABELS) as [TDemandStatus, ...TDemandStatus[]], '状态不正确').optional(),
});
export type TDemandExcelRow = z.infer<typeof ZDemandExcelRow>;
type TKey = keyof TDemandExcelRow;

interface TCtx {
  enterprises: Map<string, { id: number; name: string; orgId: number }>;
}

const COLUMNS: TColumnSpec<TKey>[] = [
  { key: 'title', header: '需求名称', headerEn: 'Title', required: true, width: 30, example: '大型船体分段焊接变形控制', hint: '必填；企业 + 需求名称识别同一需求（再次导入时更新）', hintEn: 'required; enterprise + title match an existing demand on re-import' },
  {
    key: 'creditCode',
    header: '企业统一社会信用代码',
    headerEn: 'Enterprise credit code',
    required: true,
    width: 22,
    text: true,
    example: '91320682MA1N2C3D4X',
    hint: '必填；须为您管辖范围内已登记的企业',
    hintEn: 'required; an enterprise registered in your scope',
    parse: (s) => s.replace(/\s+/g, '').toUpperCase(),
  },
  { key: 'enterpriseName', header: '企业名称', headerEn: 'Enterprise', width: 26, example: '如皋长江船舶重工有限公司', hint: '仅供查看，导入时以信用代码为准', hintEn: 'for reading only: the credit code decides' },
  { key: 'description', header: '需求描述', headerEn: 'Description', required: true, width: 50, example: '厚板分段焊接后变形超差，需要变形预测与控制工艺' },
  { key: 'category', header: '需求类别', headerEn: 'Category', required: true, width: 12, values: DEMAND_CATEGORIES, example: '技术攻关' },
  { key: 'cluster', header: '产业集群', headerEn: 'Cluster', width: 14, example: '船舶海工' },
  { key: 'industries', header: '行业', headerEn: 'Industries', width: 18, example: '船舶制造', hint: '多个用顿号、逗号或分号分隔', hintEn: 'several separated by 、 , or ;', parse: splitList },
  { key: 'keywords', header: '关键词', headerEn: 'Keywords', width: 20, example: '焊接变形、海工装备', hint: '多个用顿号、逗号或分号分隔', hintEn: 'several separated by 、 , or ;', parse: splitList },
  { key: 'budgetMin', header: '预算下限（万元）', headerEn: 'Budget from', width: 14, example: '50', parse: parseAmount },
  { key: 'budgetMax', header: '预算上限（万元）', headerEn: 'Budget to', width: 14, example: '200', parse: parseAmount },
  { key: 'deadline', header: '期望解决时间', headerEn: 'Deadline', width: 14, example: '2027-06-30', hint: '日期，如 2027-06-30', hintEn: 'a date such as 2027-06-30', parse: parseDate },
  {
    key: 'confidentiality',
    header: '公开范围',
    headerEn: 'Visibility',
    width: 12,
    values: ['公开', '仅工作人员'],
    example: '公开',
    hint: '公开：发布后在需求大厅展示；仅工作人员：不公开（默认公开）',
    hintEn: 'public: shown in the demand hall once published; staff only: never public (default public)',
    parse: (s) => CONFIDENTIALITY_BY_LABEL.get(s.trim()) ?? s,
    format: (v) => (v ? CONFIDENTIALITY_LABELS[v as 'public' | 'staff'] : null),
  },
  {
    key: 'status',
    header: '状态',
    headerEn: 'Status',
    width: 10,
    values: ['草稿', '待审核', '已发布'],
    example: '待审核',
    hint: '新需求的初始状态：草稿、待审核或已发布（默认草稿）；已有需求的状态不随导入改变',
    hintEn: 'initial state of a new demand: draft, pending or published (default draft); existing demands keep theirs',
    parse: (s) => STATUS_BY_LABEL.get(s.trim()) ?? s,
    format: (v) => (v ? DEMAND_STATUS_LABELS[v as TDemandStatus] : null),
  },
];

function toInput(row: TDemandExcelRow, ctx: TCtx): { input: TDemandImportInput } | { issues: TRowIssue[] } {
  const enterprise = ctx.enterprises.get(row.creditCode);
  if (!enterprise)
    return {
      issues: [{ column: 'creditCode', message: `企业未登记或不在您的管辖范围内：${row.creditCode}`, messageEn: `No enterprise with this credit code in your scope: ${row.creditCode}` }],
    };
  return {
    input: {
      title: row.title,
      description: row.description,
      category: row.category,
      cluster: row.cluster ?? null,
      industries: row.industries ?? [],
      keywords: row.keywords ?? [],
      budgetMin: row.budgetMin ?? null,
      budgetMax: row.budgetMax ?? null,
      deadline: row.deadline ?? null,
      confidentiality: row.confidentiality ?? 'public',
      enterpriseId: enterprise.id,
      orgId: enterprise.orgId,
      status: row.status ?? null,
    },
  };
}

/** The registry definition of technical demands for the generic Excel pipeline. */
export const demandExcel: TRegistryDef<TDemandExcelRow, TDemandImportInput, TCtx> = {
  entity: 'demand',
  label: '技术需求',
  labelEn: 'Technical demands',
  sheetName: '技术需求',
  columns: COLUMNS,
  schema: ZDemandExcelRow,
  loadContext: async (db, actor) => {
    assertCan(actor, 'demands:review');
    return { enterprises: await enterprisesByCreditCodeInScope(db, actor) };
  },
  toInput,
  naturalKey: (d) => ({ key: demandImportKey(d.enterpriseId, d.title), column: 'title' }),
  upsert: (tx, actor, inputs, { onProgress, meta }) =>
    upsertDemands(tx, actor, inputs, { keep: DEMAND_OPTIONAL_FIELDS.filter((f) => !meta.presentColumns.has(f)), onProgress }),
};

export function demandExcelRecord(d: TDemandRowFull): Record<TKey, unknown> {
  return {
    title: d.title,
    creditCode: d.enterpriseCreditCode,
    enterpriseName: d.enterpriseName,
    description: d.description,
    category: d.category,
    cluster: d.cluster,
    industries: d.industries,
    keywords: d.keywords,
    budgetMin: d.budgetMin === null ? null : Number(d.budgetMin),
    budgetMax: d.budgetMax === null ? null : Number(d.budgetMax),
    deadline: d.deadline,
    confidentiality: d.confidentiality,
    status: d.status,
  };
}

export const DEMAND_EXPORT_MAX = 100_000;
const EXPORT_PAGE = 1000;

export const ZDemandExportQuery = ZDemandQuery.omit({ page: true, pageSize: true });
export type TDemandExportQuery = z.infer<typeof ZDemandExportQuery>;

/**
 * The demands an export will hold — the list's filters and the actor's visibility — pulled page by
 * page. The export is audited first.
 * @throws AppError FORBIDDEN, EXPORT_TOO_MANY_ROWS
 */
export async function exportDemands(db: Db, actor: TActor, filters: TDemandExportQuery) {
  assertCan(actor, 'demands:read');
  const memberIds = await memberEnterpriseIds(db, actor);
  const visibility = demandVisibility(actor, { byScope: readsDemandsByScope(actor), memberIds });
  const query = { ...filters, page: 1, pageSize: EXPORT_PAGE };
  const { total } = await selectDemands(db, actor, visibility, memberIds, query, { limit: 1, offset: 0 });
  if (total > DEMAND_EXPORT_MAX)
    throw badRequest(
      'EXPORT_TOO_MANY_ROWS',
      `符合条件的记录有 ${total} 条，一次最多导出 ${DEMAND_EXPORT_MAX} 条，请缩小筛选范围`,
      `${total} records match; at most ${DEMAND_EXPORT_MAX} can be exported at once: narrow the filters`,
    );
  await recordAudit(db, actor, { entity: 'demand', action: 'export', after: { filters, rows: total }, note: `导出技术需求 ${total} 条` });
  async function* pages() {
    for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
      const { items } = await selectDemands(db, actor, visibility, memberIds, query, { limit: Math.min(EXPORT_PAGE, total - offset), offset });
      if (items.length === 0) return;
      yield items.map(demandExcelRecord);
    }
  }
  return { total, pages: pages() };
}
