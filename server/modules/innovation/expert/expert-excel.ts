import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, inScope } from '../../../platform/auth/policy.js';
import { badRequest } from '../../../platform/errors.js';
import type { TColumnSpec, TRegistryDef, TRowIssue } from '../../../platform/excel/excel.types.js';
import { type OrgLookup, loadOrgLookup } from '../../../platform/excel/org-lookup.js';
import { zText } from '../../../platform/text-schema.js';
import { formatYesNo, orgIssue, parseYesNo, splitList } from '../enterprise/excel-cells.js';
import { type TExpertRowWithOrg, selectExperts } from './expert.repo.js';
import { EXPERT_OPTIONAL_FIELDS, expertImportKey, upsertExperts } from './expert.service.js';
import { type TExpertInput, ZExpertInput, ZExpertQuery } from './expert.types.js';

/*
 * 专家库 in Excel: one set of columns for the template, the import and the export. Rows match existing
 * experts on 姓名 + 工作单位; a matched expert is overwritten with the row (achievements, the linked
 * person and the expert's account are not in the file and stay), an empty cell clears that field, a
 * column missing from the file keeps it. Achievements are edited in the profile, not in the sheet.
 */

export const ZExpertExcelRow = z.object({
  name: ZExpertInput.shape.name,
  unit: ZExpertInput.shape.unit,
  title: ZExpertInput.shape.title,
  disciplines: ZExpertInput.shape.disciplines,
  industries: ZExpertInput.shape.industries,
  keywords: ZExpertInput.shape.keywords,
  bio: ZExpertInput.shape.bio,
  isAcademician: z.boolean('请填写“是”或“否”').optional(),
  isPublic: z.boolean('请填写“是”或“否”').optional(),
  org: zText(100).pipe(z.string().min(1)).optional(),
});
export type TExpertExcelRow = z.infer<typeof ZExpertExcelRow>;
type TKey = keyof TExpertExcelRow;
type TImportInput = TExpertInput & { orgId: number };

interface TCtx {
  actor: TActor;
  orgs: OrgLookup;
}

const list = (key: TKey, header: string, headerEn: string, example: string, what: string): TColumnSpec<TKey> => ({
  key,
  header,
  headerEn,
  width: 24,
  example,
  hint: `${what}；多个用顿号、逗号或分号分隔`,
  hintEn: 'several separated by 、 , or ;',
  parse: splitList,
});

const COLUMNS: TColumnSpec<TKey>[] = [
  { key: 'name', header: '姓名', headerEn: 'Name', required: true, width: 12, example: '陈海洋', hint: '必填；姓名 + 工作单位识别同一专家（再次导入时更新该专家）', hintEn: 'required; name + employer match an existing expert on re-import' },
  { key: 'unit', header: '工作单位', headerEn: 'Employer', width: 26, example: '江苏科技大学' },
  { key: 'title', header: '职称', headerEn: 'Title', width: 12, example: '教授' },
  list('disciplines', '学科', 'Disciplines', '船舶与海洋工程', '学科（GB/T 13745）'),
  list('industries', '产业/行业', 'Industries', '船舶海工、高端装备', '产业集群或行业'),
  list('keywords', '关键词', 'Keywords', '焊接变形、海工装备', '研究方向关键词，用于智能匹配'),
  { key: 'bio', header: '简介', headerEn: 'Biography', width: 40, example: '长期从事船体结构焊接研究' },
  { key: 'isAcademician', header: '院士', headerEn: 'Academician', width: 8, values: ['是', '否'], example: '否', parse: parseYesNo, format: formatYesNo },
  {
    key: 'isPublic',
    header: '门户展示',
    headerEn: 'Public',
    width: 10,
    values: ['是', '否'],
    example: '是',
    hint: '是否在门户“专家风采”展示（默认是）',
    hintEn: 'shown in the public expert showcase (default yes)',
    parse: parseYesNo,
    format: formatYesNo,
  },
  {
    key: 'org',
    header: '所属组织',
    headerEn: 'Organization',
    width: 24,
    example: '南通市科学技术协会',
    hint: '选填（默认为您所在组织）；组织全称、简称或代码，须在您的管辖范围内',
    hintEn: "optional (default: your org); full name, short name or code of an org in your scope",
  },
];

function toInput(row: TExpertExcelRow, ctx: TCtx): { input: TImportInput } | { issues: TRowIssue[] } {
  let orgId = ctx.actor.orgId;
  if (row.org) {
    const owner = ctx.orgs.resolve(row.org, ctx.actor);
    if ('error' in owner) return { issues: [orgIssue('org', row.org, owner.error)] };
    if (!inScope(ctx.actor, owner.org.path))
      return { issues: [{ column: 'org', message: `组织不在您的管辖范围内：${row.org}`, messageEn: `The org is outside your scope: ${row.org}` }] };
    orgId = owner.org.id;
  }
  const { org: _org, ...profile } = row;
  return { input: { ...profile, orgId } };
}

/** The registry definition of experts for the generic Excel pipeline. */
export const expertExcel: TRegistryDef<TExpertExcelRow, TImportInput, TCtx> = {
  entity: 'expert',
  label: '专家',
  labelEn: 'Experts',
  sheetName: '专家',
  columns: COLUMNS,
  schema: ZExpertExcelRow,
  loadContext: async (db, actor) => {
    assertCan(actor, 'experts:write');
    return { actor, orgs: await loadOrgLookup(db) };
  },
  toInput,
  naturalKey: (e) => ({ key: expertImportKey(e.name, e.unit), column: 'name' }),
  fieldColumns: { orgId: 'org' },
  upsert: (tx, actor, inputs, { onProgress, meta }) =>
    upsertExperts(tx, actor, inputs, { keep: EXPERT_OPTIONAL_FIELDS.filter((f) => !meta.presentColumns.has(f)), onProgress }),
};

export function expertExcelRecord(e: TExpertRowWithOrg): Record<TKey, unknown> {
  return {
    name: e.name,
    unit: e.unit,
    title: e.title,
    disciplines: e.disciplines,
    industries: e.industries,
    keywords: e.keywords,
    bio: e.bio,
    isAcademician: e.isAcademician,
    isPublic: e.isPublic,
    org: e.orgName,
  };
}

export const EXPERT_EXPORT_MAX = 100_000;
const EXPORT_PAGE = 1000;

export const ZExpertExportQuery = ZExpertQuery.omit({ page: true, pageSize: true });
export type TExpertExportQuery = z.infer<typeof ZExpertExportQuery>;

/**
 * The experts an export will hold (the list's filters; the pool is city-wide, contacts are not
 * exported), pulled page by page. The export is audited first.
 * @throws AppError FORBIDDEN, EXPORT_TOO_MANY_ROWS
 */
export async function exportExperts(db: Db, actor: TActor, filters: TExpertExportQuery) {
  assertCan(actor, 'experts:read');
  const query = { ...filters, page: 1, pageSize: EXPORT_PAGE };
  const { total } = await selectExperts(db, query, { limit: 1, offset: 0 });
  if (total > EXPERT_EXPORT_MAX)
    throw badRequest(
      'EXPORT_TOO_MANY_ROWS',
      `符合条件的记录有 ${total} 条，一次最多导出 ${EXPERT_EXPORT_MAX} 条，请缩小筛选范围`,
      `${total} records match; at most ${EXPERT_EXPORT_MAX} can be exported at once: narrow the filters`,
    );
  await recordAudit(db, actor, { entity: 'expert', action: 'export', after: { filters, rows: total }, note: `导出专家 ${total} 条` });
  async function* pages() {
    for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
      const { items } = await selectExperts(db, query, { limit: Math.min(EXPORT_PAGE, total - offset), offset });
      if (items.length === 0) return;
      yield items.map(expertExcelRecord);
    }
  }
  return { total, pages: pages() };
}
