import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, canRevealPii, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, forbidden } from '../../../platform/errors.js';
import type { TColumnSpec, TRegistryDef, TRowIssue } from '../../../platform/excel/excel.types.js';
import { loadOrgLookup, type OrgLookup } from '../../../platform/excel/org-lookup.js';
import { zDate } from '../../../platform/http/common.types.js';
import { findBaseById } from './base.repo.js';
import { BASE_CATEGORIES, BASE_KINDS, BASE_LEVELS } from './base.schema.js';
import { BASE_IMPORT_STATUSES, BASE_OPTIONAL_FIELDS, listBases, type TBaseImportInput, upsertBases } from './base.service.js';
import { BASE_CATEGORY_LABELS, BASE_KIND_LABELS, BASE_LEVEL_LABELS, type TBaseExportQuery, type TBaseOut, ZBaseInput, zBasePhone } from './base.types.js';
import { BASE_WORKFLOW } from './base.workflow.js';

/*
 * 科普阵地 in Excel: one set of columns for the template, the import and the export. Rows match existing
 * bases on 名称 + 类型 + 所属组织 (re-importing a file updates instead of duplicating); a matched base
 * keeps its state (that moves through the review cycle only), an empty cell clears the field, a column
 * missing from the file keeps it.
 */

const labelsOf = <K extends string>(m: Record<K, { zh: string }>) => Object.values<{ zh: string }>(m).map((v) => v.zh);
/** 国家级 / 国家 / national → the code; anything else is left for the schema to refuse. */
const fromLabel =
  <K extends string>(m: Record<K, { zh: string; en: string }>, extra: Record<string, K> = {}) =>
  (cell: string): unknown => {
    const s = cell.trim();
    for (const [k, v] of Object.entries<{ zh: string; en: string }>(m)) if (s === v.zh || s.toLowerCase() === v.en.toLowerCase() || s === k) return k;
    return extra[s] ?? s;
  };
const toLabel = <K extends string>(m: Record<K, { zh: string }>) => (v: unknown) => (v == null ? null : (m[v as K]?.zh ?? String(v)));

const IMPORT_STATUS_LABELS = Object.fromEntries(BASE_IMPORT_STATUSES.map((s) => [s, BASE_WORKFLOW.labels[s]])) as Record<
  (typeof BASE_IMPORT_STATUSES)[number],
  { zh: string; en: string }
>;

const parseDate = (cell: string) => {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
};
const parseNumber = (cell: string): unknown => (/^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell.trim()) : cell);
const parseYesNo = (cell: string): unknown => {
  const s = cell.trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1'].includes(s)) return true;
  if (['否', 'n', 'no', 'false', '0'].includes(s)) return false;
  return cell;
};
const parsePhone = (cell: string) => cell.replace(/\s+/g, '').replace(/^(\+|00)86-?/, '');
const notMasked = z.string().refine((s) => !s.includes('*'), '联系电话是脱敏后的值，不能导入；请填写完整的号码或清空该单元格 / a masked value cannot be imported');

export const ZBaseExcelRow = z.object({
  name: ZBaseInput.shape.name,
  kind: z.enum(BASE_KINDS, `类型应为：${labelsOf(BASE_KIND_LABELS).join('、')}`),
  level: z.enum(BASE_LEVELS, '级别应为：国家级、省级、市级').optional(),
  category: z.enum(BASE_CATEGORIES, `类别应为：${labelsOf(BASE_CATEGORY_LABELS).join('、')}`).optional(),
  org: z.string().trim().min(1).max(100),
  district: z.string().trim().max(100).optional(),
  hostUnit: ZBaseInput.shape.hostUnit,
  address: ZBaseInput.shape.address,
  contactName: ZBaseInput.shape.contactName,
  contactPhone: notMasked.pipe(zBasePhone).optional(),
  lng: ZBaseInput.shape.lng.unwrap().unwrap().optional(),
  lat: ZBaseInput.shape.lat.unwrap().unwrap().optional(),
  status: z.enum(BASE_IMPORT_STATUSES, '状态应为：推荐、申报、认定').optional(),
  recognizedOn: zDate.optional(),
  isPublic: z.boolean('请填写“是”或“否”').optional(),
  description: ZBaseInput.shape.description,
});
export type TBaseExcelRow = z.infer<typeof ZBaseExcelRow>;
type TKey = keyof TBaseExcelRow;

interface TCtx {
  actor: TActor;
  orgs: OrgLookup;
}

const COLUMNS: TColumnSpec<TKey>[] = [
  { key: 'name', header: '名称', headerEn: 'Name', required: true, width: 30, example: '南通博物苑', hint: '必填，最多 200 字', hintEn: 'required' },
  {
    key: 'kind',
    header: '类型',
    headerEn: 'Kind',
    required: true,
    width: 20,
    values: labelsOf(BASE_KIND_LABELS),
    example: '科普教育基地',
    parse: fromLabel(BASE_KIND_LABELS, { 科普示范县: 'demo_county', 科普示范区: 'demo_county', '科普示范县（区）': 'demo_county' }),
    format: toLabel(BASE_KIND_LABELS),
  },
  {
    key: 'level',
    header: '级别',
    headerEn: 'Level',
    width: 10,
    values: labelsOf(BASE_LEVEL_LABELS),
    example: '国家级',
    hint: '科普教育基地、学校、示范县(区)必填',
    hintEn: 'required for bases, schools and counties',
    parse: fromLabel(BASE_LEVEL_LABELS, { 国家: 'national', 省: 'provincial', 市: 'municipal' }),
    format: toLabel(BASE_LEVEL_LABELS),
  },
  {
    key: 'category',
    header: '类别',
    headerEn: 'Category',
    width: 14,
    values: labelsOf(BASE_CATEGORY_LABELS),
    example: '科技场馆类',
    hint: '仅科普教育基地',
    hintEn: 'science education bases only',
    parse: fromLabel(BASE_CATEGORY_LABELS),
    format: toLabel(BASE_CATEGORY_LABELS),
  },
  {
    key: 'org',
    header: '所属组织',
    headerEn: 'Organization',
    required: true,
    width: 24,
    example: '崇川区科学技术协会',
    hint: '必填；全称、简称或代码，须在您的管辖范围内；名称 + 类型 + 所属组织相同即更新该记录',
    hintEn: 'required; full name, short name or code in your scope; name + kind + org identify a base on re-import',
  },
  { key: 'district', header: '所在县区', headerEn: 'District', width: 20, example: '崇川区科学技术协会', hint: '县（市、区）科协；留空取所属组织所在县区', hintEn: 'county-level org; empty: the owner org\'s district' },
  { key: 'hostUnit', header: '依托单位', headerEn: 'Host unit', width: 24, example: '南通博物苑' },
  { key: 'address', header: '地址', headerEn: 'Address', width: 30, example: '崇川区濠南路 19 号' },
  { key: 'contactName', header: '联系人', headerEn: 'Contact', width: 10, example: '王老师' },
  { key: 'contactPhone', header: '联系电话', headerEn: 'Contact phone', width: 16, text: true, example: '13912345678', hint: '11 位手机号或带区号的固话', hintEn: 'mobile or landline', parse: parsePhone },
  { key: 'lng', header: '经度', headerEn: 'Longitude', width: 12, example: '120.8650', hint: '120–122', hintEn: '120–122', parse: parseNumber },
  { key: 'lat', header: '纬度', headerEn: 'Latitude', width: 12, example: '32.0090', hint: '31.5–32.8', hintEn: '31.5–32.8', parse: parseNumber },
  {
    key: 'status',
    header: '状态',
    headerEn: 'Status',
    width: 10,
    values: labelsOf(IMPORT_STATUS_LABELS),
    example: '认定',
    hint: '仅新记录：推荐（默认）、申报或认定（市科协）；已有记录的状态只在流转中改变',
    hintEn: 'new records only: 推荐 (default), 申报, or 认定 (city); existing ones move through the workflow',
    parse: fromLabel(IMPORT_STATUS_LABELS),
    format: (v) => (v == null ? null : BASE_WORKFLOW.label(String(v))),
  },
  { key: 'recognizedOn', header: '认定日期', headerEn: 'Recognized on', width: 12, example: '2021-09-15', hint: '状态为认定时必填；有效期为 5 年', hintEn: 'required with 认定; valid 5 years', parse: parseDate },
  { key: 'isPublic', header: '公开', headerEn: 'Public', width: 8, values: ['是', '否'], example: '是', parse: parseYesNo, format: (v) => (v === true ? '是' : v === false ? '否' : null) },
  { key: 'description', header: '简介', headerEn: 'Description', width: 40, example: '中国第一座公共博物馆' },
];

function toInput(row: TBaseExcelRow, ctx: TCtx): { input: TBaseImportInput } | { issues: TRowIssue[] } {
  const owner = ctx.orgs.resolve(row.org, ctx.actor);
  if ('error' in owner) return { issues: [{ column: 'org', message: `组织不存在或不唯一：${row.org}`, messageEn: `No such org (or several): ${row.org}` }] };
  if (!inScope(ctx.actor, owner.org.path))
    return { issues: [{ column: 'org', message: `组织不在您的管辖范围内：${row.org}`, messageEn: `The org is outside your scope: ${row.org}` }] };
  let districtId: number | null | undefined;
  if (row.district) {
    const d = ctx.orgs.resolve(row.district, ctx.actor);
    if ('error' in d) return { issues: [{ column: 'district', message: `县区不存在：${row.district}`, messageEn: `No such district: ${row.district}` }] };
    districtId = d.org.id;
  }
  return {
    input: {
      kind: row.kind,
      name: row.name,
      orgId: owner.org.id,
      orgPath: owner.org.path,
      level: row.level ?? null,
      category: row.category ?? null,
      districtId,
      hostUnit: row.hostUnit ?? null,
      address: row.address ?? null,
      contactName: row.contactName ?? null,
      contactPhone: row.contactPhone ?? null,
      lng: row.lng ?? null,
      lat: row.lat ?? null,
      isPublic: row.isPublic ?? true,
      description: row.description ?? null,
      status: row.status ?? 'recommended',
      recognizedOn: row.recognizedOn ?? null,
    },
  };
}

/** The registry definition of 科普阵地 for the generic Excel pipeline. */
export const baseExcel: TRegistryDef<TBaseExcelRow, TBaseImportInput, TCtx> = {
  entity: 'outreach_base',
  label: '科普阵地',
  labelEn: 'Bases',
  sheetName: '科普阵地',
  columns: COLUMNS,
  schema: ZBaseExcelRow,
  loadContext: async (db, actor) => {
    assertCan(actor, 'bases:write');
    return { actor, orgs: await loadOrgLookup(db) };
  },
  toInput,
  naturalKey: (i) => ({ key: `${i.name}|${i.kind}|${i.orgId}`, column: 'name' }),
  fieldColumns: { orgId: 'org', districtId: 'district', level: 'level', lng: 'lng', lat: 'lat', name: 'name' },
  upsert: (tx, actor, inputs, { onProgress, meta }) =>
    upsertBases(tx, actor, inputs, { keep: BASE_OPTIONAL_FIELDS.filter((f) => !meta.presentColumns.has(f)), onProgress }),
};

/** A base as an export row (the template's columns). */
export function baseExcelRecord(b: TBaseOut): Record<TKey, unknown> {
  return {
    name: b.name,
    kind: b.kind,
    level: b.level,
    category: b.category,
    org: b.orgName,
    district: b.districtName,
    hostUnit: b.hostUnit,
    address: b.address,
    contactName: b.contactName,
    contactPhone: b.contactPhone,
    lng: b.lng,
    lat: b.lat,
    status: b.status,
    recognizedOn: b.recognizedOn,
    isPublic: b.isPublic,
    description: b.description,
  };
}

export const BASE_EXPORT_MAX = 50_000;
const EXPORT_PAGE = 500;

/**
 * The bases an export holds — the list's filters and the actor's scope, contact phones masked unless
 * an allowed role asks for them (audited) — page by page.
 * @throws AppError FORBIDDEN, EXPORT_TOO_MANY_ROWS
 */
export async function exportBases(db: Db, actor: TActor, { reveal, ...filters }: TBaseExportQuery) {
  assertCan(actor, 'bases:read');
  if (reveal === '1' && !canRevealPii(actor)) throw forbidden('无权导出完整的联系电话', 'You may not export full phone numbers');
  const { total } = await listBases(db, actor, { ...filters, page: 1, pageSize: 1 });
  if (total > BASE_EXPORT_MAX)
    throw badRequest(
      'EXPORT_TOO_MANY_ROWS',
      `符合条件的记录有 ${total} 条，一次最多导出 ${BASE_EXPORT_MAX} 条，请缩小筛选范围`,
      `${total} records match; at most ${BASE_EXPORT_MAX} can be exported at once: narrow the filters`,
    );
  const masked = reveal !== '1';
  await recordAudit(db, actor, { entity: 'outreach_base', action: 'export', after: { filters, rows: total, masked }, note: `导出科普阵地 ${total} 条${masked ? '（脱敏）' : ''}` });
  async function* pages() {
    for (let page = 1; (page - 1) * EXPORT_PAGE < total; page++) {
      const { items } = await listBases(db, actor, { ...filters, page, pageSize: EXPORT_PAGE });
      if (items.length === 0) return;
      if (masked) {
        yield items.map(baseExcelRecord);
        continue;
      }
      const out: Array<Record<TKey, unknown>> = [];
      for (const b of items) out.push(baseExcelRecord({ ...b, contactPhone: (await findBaseById(db, b.id))?.contactPhone ?? b.contactPhone }));
      yield out;
    }
  }
  return { total, masked, pages: pages() };
}
