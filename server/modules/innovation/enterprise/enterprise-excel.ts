import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, canRevealPii, inScope } from '../../../platform/auth/policy.js';
import { badRequest, forbidden } from '../../../platform/errors.js';
import type { TColumnSpec, TRegistryDef, TRowIssue } from '../../../platform/excel/excel.types.js';
import { type OrgLookup, loadOrgLookup } from '../../../platform/excel/org-lookup.js';
import { zText } from '../../../platform/text-schema.js';
import { ENTERPRISE_SCALES } from '../innovation.schema.js';
import { enterpriseVisibility, selectEnterprises } from './enterprise.repo.js';
import { ENTERPRISE_OPTIONAL_FIELDS, listEnterprises, readsEnterprisesByScope, upsertEnterprises } from './enterprise.service.js';
import { type TEnterpriseInput, type TEnterpriseOut, ZCreditCode, ZEnterpriseInput, ZEnterpriseQuery } from './enterprise.types.js';
import { formatYesNo, notMasked, orgIssue, parsePhone, parseYesNo, splitList } from './excel-cells.js';

/*
 * 企业库 in Excel: one set of columns for the template, the import and the export (an export can be
 * edited and imported again). Rows match existing enterprises on 统一社会信用代码; a matched enterprise
 * is overwritten with the row, an empty cell clears that field, a column missing from the file keeps it.
 */

export const ZEnterpriseExcelRow = z.object({
  name: ZEnterpriseInput.shape.name,
  creditCode: ZCreditCode,
  org: zText(100).pipe(z.string().min(1)),
  industry: ZEnterpriseInput.shape.industry,
  clusters: ZEnterpriseInput.shape.clusters,
  scale: z.enum(ENTERPRISE_SCALES).optional(),
  isHighTech: z.boolean('请填写“是”或“否”').optional(),
  address: ZEnterpriseInput.shape.address,
  contactName: ZEnterpriseInput.shape.contactName,
  contactPhone: notMasked('联系电话').pipe(ZEnterpriseInput.shape.contactPhone.unwrap().unwrap()).optional(),
  intro: ZEnterpriseInput.shape.intro,
});
export type TEnterpriseExcelRow = z.infer<typeof ZEnterpriseExcelRow>;
type TKey = keyof TEnterpriseExcelRow;
type TImportInput = TEnterpriseInput & { orgId: number };

interface TCtx {
  actor: TActor;
  orgs: OrgLookup;
}

const COLUMNS: TColumnSpec<TKey>[] = [
  { key: 'name', header: '企业名称', headerEn: 'Name', required: true, width: 30, example: '南通长江海工装备有限公司', hint: '必填，最多 100 字', hintEn: 'required, at most 100 characters' },
  {
    key: 'creditCode',
    header: '统一社会信用代码',
    headerEn: 'Credit code',
    required: true,
    width: 22,
    text: true,
    example: '91320682MA1N2C3D4X',
    hint: '必填；18 位，校验位须正确；用于识别同一企业（再次导入时更新该企业）',
    hintEn: 'required; 18 characters with a valid check character; matches an existing enterprise on re-import',
    parse: (s) => s.replace(/\s+/g, '').toUpperCase(),
  },
  {
    key: 'org',
    header: '所属组织',
    headerEn: 'Organization',
    required: true,
    width: 24,
    example: '如皋市科学技术协会',
    hint: '必填；所在县区或园区科协的全称、简称或代码，须在您的管辖范围内',
    hintEn: 'required; the district or park association (full name, short name or code) in your scope',
  },
  { key: 'industry', header: '所属行业', headerEn: 'Industry', width: 20, example: '铁路、船舶、航空航天和其他运输设备制造业', hint: '国民经济行业分类（GB/T 4754）', hintEn: 'GB/T 4754 industry' },
  { key: 'clusters', header: '产业集群', headerEn: 'Clusters', width: 18, example: '船舶海工', hint: '多个用顿号、逗号或分号分隔', hintEn: 'several separated by 、 , or ;', parse: splitList },
  { key: 'scale', header: '企业规模', headerEn: 'Scale', width: 10, values: ENTERPRISE_SCALES, example: '中型' },
  { key: 'isHighTech', header: '高新技术企业', headerEn: 'High-tech', width: 12, values: ['是', '否'], example: '是', parse: parseYesNo, format: formatYesNo },
  { key: 'address', header: '地址', headerEn: 'Address', width: 30, example: '如皋市长江镇沿江路 1 号' },
  { key: 'contactName', header: '联系人', headerEn: 'Contact', width: 10, example: '周经理' },
  {
    key: 'contactPhone',
    header: '联系电话',
    headerEn: 'Contact phone',
    width: 16,
    text: true,
    example: '13912345678',
    hint: '11 位手机号或带区号的固话',
    hintEn: 'mobile (11 digits) or landline with area code',
    parse: parsePhone,
  },
  { key: 'intro', header: '企业简介', headerEn: 'Introduction', width: 40, example: '主营海工装备制造' },
];

function toInput(row: TEnterpriseExcelRow, ctx: TCtx): { input: TImportInput } | { issues: TRowIssue[] } {
  const owner = ctx.orgs.resolve(row.org, ctx.actor);
  if ('error' in owner) return { issues: [orgIssue('org', row.org, owner.error)] };
  if (!inScope(ctx.actor, owner.org.path))
    return { issues: [{ column: 'org', message: `组织不在您的管辖范围内：${row.org}`, messageEn: `The org is outside your scope: ${row.org}` }] };
  return {
    input: {
      name: row.name,
      creditCode: row.creditCode,
      orgId: owner.org.id,
      industry: row.industry ?? null,
      clusters: row.clusters ?? [],
      scale: row.scale ?? null,
      isHighTech: row.isHighTech ?? false,
      address: row.address ?? null,
      contactName: row.contactName ?? null,
      contactPhone: row.contactPhone ?? null,
      intro: row.intro ?? null,
    },
  };
}

/** The registry definition of enterprises for the generic Excel pipeline. */
export const enterpriseExcel: TRegistryDef<TEnterpriseExcelRow, TImportInput, TCtx> = {
  entity: 'enterprise',
  label: '企业',
  labelEn: 'Enterprises',
  sheetName: '企业',
  columns: COLUMNS,
  schema: ZEnterpriseExcelRow,
  loadContext: async (db, actor) => {
    assertCan(actor, 'enterprises:write');
    return { actor, orgs: await loadOrgLookup(db) };
  },
  toInput,
  naturalKey: (e) => ({ key: `credit:${e.creditCode}`, column: 'creditCode' }),
  fieldColumns: { orgId: 'org' },
  upsert: (tx, actor, inputs, { onProgress, meta }) =>
    upsertEnterprises(tx, actor, inputs, { keep: ENTERPRISE_OPTIONAL_FIELDS.filter((f) => !meta.presentColumns.has(f)), onProgress }),
};

/** An enterprise as an export row (the template's columns). */
export function enterpriseExcelRecord(e: TEnterpriseOut): Record<TKey, unknown> {
  return {
    name: e.name,
    creditCode: e.creditCode,
    org: e.orgName,
    industry: e.industry,
    clusters: e.clusters,
    scale: e.scale,
    isHighTech: e.isHighTech,
    address: e.address,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    intro: e.intro,
  };
}

export const ENTERPRISE_EXPORT_MAX = 100_000;
const EXPORT_PAGE = 1000;

export const ZEnterpriseExportQuery = ZEnterpriseQuery.omit({ page: true, pageSize: true }).extend({
  reveal: z.enum(['0', '1']).optional().describe('1: full contact phones (roles allowed to reveal; audited), e.g. to re-import'),
});
export type TEnterpriseExportQuery = z.infer<typeof ZEnterpriseExportQuery>;

/**
 * The enterprises an export will hold — the list's filters, the actor's visibility, contact phones
 * masked unless the role may see them — pulled page by page. The export is audited first.
 * @throws AppError FORBIDDEN, EXPORT_TOO_MANY_ROWS
 */
export async function exportEnterprises(db: Db, actor: TActor, { reveal, ...filters }: TEnterpriseExportQuery) {
  assertCan(actor, 'enterprises:read');
  if (reveal === '1' && !canRevealPii(actor))
    throw forbidden('无权导出完整的联系电话', 'You may not export full phone numbers');
  const { total } = await selectEnterprises(db, enterpriseVisibility(actor, readsEnterprisesByScope(actor)), { ...filters, page: 1, pageSize: 1 }, { limit: 1, offset: 0 });
  if (total > ENTERPRISE_EXPORT_MAX)
    throw badRequest(
      'EXPORT_TOO_MANY_ROWS',
      `符合条件的记录有 ${total} 条，一次最多导出 ${ENTERPRISE_EXPORT_MAX} 条，请缩小筛选范围`,
      `${total} records match; at most ${ENTERPRISE_EXPORT_MAX} can be exported at once: narrow the filters`,
    );
  const masked = reveal !== '1'; // masked for every role unless an allowed role asks for the full values
  await recordAudit(db, actor, { entity: 'enterprise', action: 'export', after: { filters, rows: total, masked }, note: `导出企业 ${total} 条${masked ? '（脱敏）' : ''}` });
  async function* pages() {
    for (let page = 1; (page - 1) * EXPORT_PAGE < total; page++) {
      const { items } = await listEnterprises(db, actor, { ...filters, page, pageSize: EXPORT_PAGE });
      if (items.length === 0) return;
      if (masked) {
        yield items.map(enterpriseExcelRecord);
        continue;
      }
      const raw = await selectEnterprises(db, enterpriseVisibility(actor, readsEnterprisesByScope(actor)), { ...filters, page, pageSize: EXPORT_PAGE }, { limit: EXPORT_PAGE, offset: (page - 1) * EXPORT_PAGE });
      const phones = new Map(raw.items.map((r) => [r.id, r.contactPhone]));
      yield items.map((e) => enterpriseExcelRecord({ ...e, contactPhone: phones.get(e.id) ?? e.contactPhone }));
    }
  }
  return { total, masked, pages: pages() };
}
