import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { type TActor, assertCan, canRevealPii, inScope } from '../../platform/auth/policy.js';
import { badRequest, forbidden } from '../../platform/errors.js';
import type { TColumnSpec, TRegistryDef, TRowIssue } from '../../platform/excel/excel.types.js';
import { type OrgLookup, loadOrgLookup } from '../../platform/excel/org-lookup.js';
import type { TCityConfig } from '../../platform/orgs/city-config.js';
import { zText } from '../../platform/text-schema.js';
import { findByNaturalKeys, findPersonById, selectPeople } from './person.repo.js';
import { GENDERS } from './person.schema.js';
import { presentPerson } from './person.present.js';
import { upsertPeople } from './person.service.js';
import { type TPersonInput, type TPersonOut, type TPersonQuery, ZPersonInput, ZPersonQuery } from './person.types.js';

/*
 * 科技工作者 in Excel: the columns of the import template and of exports (one and the same, so an
 * export can be edited and imported again).
 *
 * Matching on re-import (natural keys): a row with a 身份证号 matches the person with that ID number;
 * a row with only a 手机号 matches by phone; a row with neither cannot be matched and is inserted as a
 * new person every time it is imported. A matched person is overwritten with the row; an empty cell
 * clears that field, while a column missing from the file leaves the field as it was.
 */

/** Separators accepted between several values in one cell (学科, 会员组织). */
const LIST_SEPARATORS = /[、,，;；\n]+/;
const splitList = (cell: string) => [...new Set(cell.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean))];

function parseGender(cell: string): string {
  const s = cell.toLowerCase();
  if (['男', '男性', 'm', 'male'].includes(s)) return '男';
  if (['女', '女性', 'f', 'female'].includes(s)) return '女';
  return cell;
}

/** 1978, 1978年, 1978-05-01 (a date cell), 1978.0 → 1978; anything else is left for the schema to refuse. */
function parseYear(cell: string): unknown {
  const m = /^(\d{4})(?:年.*|[-/.年]\d{1,2}.*|\.0+)?$/.exec(cell);
  return m ? Number(m[1]) : cell;
}

/** Spaces and dashes inside a mobile number, and a +86 prefix, are how people write it; not part of it. */
function parsePhone(cell: string): string {
  const s = cell.replace(/\s+/g, '').replace(/^(\+|00)86-?/, '');
  return /^1[\d-]+$/.test(s) ? s.replace(/-/g, '') : s;
}

const notMasked = (what: string) =>
  z.string().refine((s) => !s.includes('*'), `${what}是脱敏后的值，不能导入；请填写完整的${what}或清空该单元格 / a masked value cannot be imported`);

/** One spreadsheet row after parsing (before org names are resolved). */
export const ZPersonExcelRow = z.object({
  name: ZPersonInput.shape.name,
  gender: z.enum(GENDERS).optional(),
  birthYear: ZPersonInput.shape.birthYear,
  unit: ZPersonInput.shape.unit,
  title: ZPersonInput.shape.title,
  education: ZPersonInput.shape.education,
  disciplines: ZPersonInput.shape.disciplines,
  phone: notMasked('手机号').pipe(ZPersonInput.shape.phone.unwrap().unwrap()).optional(),
  idNumber: notMasked('身份证号').pipe(ZPersonInput.shape.idNumber.unwrap().unwrap()).optional(),
  email: ZPersonInput.shape.email,
  org: zText(100).pipe(z.string().min(1)),
  memberships: z.array(zText(100)).max(20).optional(),
});
export type TPersonExcelRow = z.infer<typeof ZPersonExcelRow>;

type TKey = keyof TPersonExcelRow;

interface TPersonExcelCtx {
  actor: TActor;
  orgs: OrgLookup;
}

function personColumns(city: TCityConfig): TColumnSpec<TKey>[] {
  return [
    { key: 'name', header: '姓名', headerEn: 'Name', required: true, width: 12, example: '张三', hint: '必填，最多 50 字', hintEn: 'required, at most 50 characters' },
    { key: 'gender', header: '性别', headerEn: 'Gender', width: 8, values: GENDERS, example: '男', parse: parseGender },
    {
      key: 'birthYear',
      header: '出生年份',
      headerEn: 'Birth year',
      width: 10,
      example: '1978',
      hint: '四位年份，如 1978',
      hintEn: 'four-digit year, e.g. 1978',
      parse: parseYear,
    },
    { key: 'unit', header: '工作单位', headerEn: 'Employer', width: 28, example: '南通大学', hint: '最多 200 字', hintEn: 'at most 200 characters' },
    { key: 'title', header: '职称', headerEn: 'Title', width: 14, example: '教授', suggestions: city.dictionary.titles, hint: '可从下拉列表选择，也可填写其他职称', hintEn: 'pick from the list or type another title' },
    { key: 'education', header: '学历', headerEn: 'Education', width: 12, example: '博士研究生', suggestions: city.dictionary.education, hint: '可从下拉列表选择', hintEn: 'pick from the list' },
    {
      key: 'disciplines',
      header: '学科',
      headerEn: 'Disciplines',
      width: 24,
      example: '机械工程、材料科学',
      hint: '多个学科用顿号、逗号或分号分隔，最多 10 个',
      hintEn: 'several disciplines separated by 、 , or ; (at most 10)',
      parse: splitList,
    },
    {
      key: 'phone',
      header: '手机号',
      headerEn: 'Phone',
      width: 16,
      text: true,
      example: '13812345678',
      hint: '11 位手机号或带区号的固话（0513-85123456）；没有身份证号时按手机号识别同一人员',
      hintEn: 'mobile (11 digits) or landline with area code; matches an existing person when there is no ID number',
      parse: parsePhone,
    },
    {
      key: 'idNumber',
      header: '身份证号',
      headerEn: 'ID number',
      width: 22,
      text: true,
      example: '320602197801011239',
      hint: '18 位居民身份证号；用于识别同一人员（优先于手机号）。手机号和身份证号都不填的行，每次导入都会新增一条记录',
      hintEn: '18-digit resident ID; matches an existing person (before the phone). Rows with neither phone nor ID are added anew on every import',
      parse: (s) => s.replace(/\s+/g, '').toUpperCase(),
    },
    { key: 'email', header: '邮箱', headerEn: 'Email', width: 24, example: 'zhangsan@example.com' },
    {
      key: 'org',
      header: '所属组织',
      headerEn: 'Organization',
      required: true,
      width: 26,
      example: '如皋市科学技术协会',
      hint: '必填；组织全称、简称或代码，须在您的管辖范围内',
      hintEn: 'required; full name, short name or code of an org in your scope',
    },
    {
      key: 'memberships',
      header: '会员组织',
      headerEn: 'Member of',
      width: 26,
      example: '南通市机械工程学会',
      hint: '选填；所加入的学会等组织，多个用顿号、逗号或分号分隔',
      hintEn: 'optional; orgs the person is a member of, separated by 、 , or ;',
      parse: splitList,
    },
  ];
}

function orgIssue(column: TKey, text: string, error: 'not_found' | 'ambiguous'): TRowIssue {
  return error === 'not_found'
    ? { column, message: `组织不存在：${text}`, messageEn: `No such org: ${text}` }
    : { column, message: `“${text}”对应多个组织，请填写组织全称`, messageEn: `"${text}" names several orgs: use the full name` };
}

function toPersonInput(row: TPersonExcelRow, ctx: TPersonExcelCtx): { input: TPersonInput } | { issues: TRowIssue[] } {
  const issues: TRowIssue[] = [];
  const owner = ctx.orgs.resolve(row.org, ctx.actor);
  if ('error' in owner) issues.push(orgIssue('org', row.org, owner.error));
  else if (!inScope(ctx.actor, owner.org.path))
    issues.push({ column: 'org', message: `组织不在您的管辖范围内：${row.org}`, messageEn: `The org is outside your scope: ${row.org}` });
  const memberOrgIds: number[] = [];
  for (const name of row.memberships ?? []) {
    const m = ctx.orgs.resolve(name, ctx.actor);
    if ('error' in m) issues.push(orgIssue('memberships', name, m.error));
    else memberOrgIds.push(m.org.id);
  }
  if (issues.length > 0 || 'error' in owner) return { issues };
  return {
    input: {
      name: row.name,
      gender: row.gender ?? null,
      birthYear: row.birthYear ?? null,
      unit: row.unit ?? null,
      title: row.title ?? null,
      education: row.education ?? null,
      disciplines: row.disciplines ?? [],
      phone: row.phone ?? null,
      idNumber: row.idNumber ?? null,
      email: row.email ?? null,
      orgId: owner.org.id,
      memberships: [...new Set(memberOrgIds)].map((orgId) => ({ orgId })),
    },
  };
}

/** Fields a column may leave out of the file; then a matched person keeps its value. */
const OPTIONAL_FIELDS = ['gender', 'birthYear', 'unit', 'title', 'education', 'disciplines', 'phone', 'idNumber', 'email'] as const;

/**
 * For columns missing from the file, copies the current values of the people the rows will match (on
 * the same keys as upsertPeople: ID number, else phone), so a partial file does not clear them.
 */
async function keepAbsentFields(tx: DbOrTx, inputs: TPersonInput[], absent: ReadonlyArray<(typeof OPTIONAL_FIELDS)[number]>) {
  const existing = await findByNaturalKeys(
    tx,
    inputs.map((i) => i.idNumber).filter((x): x is string => !!x),
    inputs.filter((i) => !i.idNumber && i.phone).map((i) => i.phone!),
  );
  const byId = new Map(existing.filter((e) => e.idNumber).map((e) => [e.idNumber!, e.id]));
  const byPhone = new Map(existing.filter((e) => e.phone).map((e) => [e.phone!, e.id]));
  for (const input of inputs) {
    const id = input.idNumber ? byId.get(input.idNumber) : input.phone ? byPhone.get(input.phone) : undefined;
    if (id === undefined) continue;
    const current = await findPersonById(tx, id);
    if (!current) continue;
    for (const f of absent) (input as Record<string, unknown>)[f] = current[f];
  }
}

/** The registry definition of people for the generic Excel pipeline. */
export function personExcel(city: TCityConfig): TRegistryDef<TPersonExcelRow, TPersonInput, TPersonExcelCtx> {
  return {
    entity: 'person',
    label: '科技工作者',
    labelEn: 'People',
    sheetName: '科技工作者',
    columns: personColumns(city),
    schema: ZPersonExcelRow,
    loadContext: async (db, actor) => ({ actor, orgs: await loadOrgLookup(db) }),
    toInput: toPersonInput,
    naturalKey: (p) => (p.idNumber ? { key: `id:${p.idNumber}`, column: 'idNumber' } : p.phone ? { key: `phone:${p.phone}`, column: 'phone' } : null),
    fieldColumns: { orgId: 'org', memberships: 'memberships', idNumber: 'idNumber', phone: 'phone' },
    async upsert(tx, actor, inputs, { onProgress, meta }) {
      const rows = inputs.map((i) => (meta.presentColumns.has('memberships') ? i : { ...i, memberships: undefined }));
      const absent = OPTIONAL_FIELDS.filter((f) => !meta.presentColumns.has(f));
      if (absent.length > 0) await keepAbsentFields(tx, rows, absent);
      return upsertPeople(tx, actor, rows, { onProgress });
    },
  };
}

/** A person as an export row (the template's columns). */
export function personExcelRecord(p: TPersonOut): Record<TKey, unknown> {
  return {
    name: p.name,
    gender: p.gender,
    birthYear: p.birthYear,
    unit: p.unit,
    title: p.title,
    education: p.education,
    disciplines: p.disciplines,
    phone: p.phone,
    idNumber: p.idNumber,
    email: p.email,
    org: p.orgName,
    memberships: p.memberships.map((m) => m.orgName),
  };
}

/** Rows one export may hold; narrow the filters for more. */
export const EXPORT_ROWS_MAX = 100_000;
const EXPORT_PAGE = 1000;

export const ZPersonExportQuery = ZPersonQuery.omit({ page: true, pageSize: true }).extend({
  reveal: z.enum(['0', '1']).optional().describe('1: full phones and ID numbers (roles allowed to reveal; audited), e.g. to re-import'),
});
export type TPersonExportQuery = z.infer<typeof ZPersonExportQuery>;

/**
 * The people an export will hold — the list's filters and sort, the actor's scope, phones and ID
 * numbers masked unless the role may see them — pulled page by page. The export is audited first.
 * @throws AppError FORBIDDEN, EXPORT_TOO_MANY_ROWS
 */
export async function exportPeople(db: Db, actor: TActor, filters: TPersonExportQuery) {
  assertCan(actor, 'people:read');
  const { reveal, ...listFilters } = filters;
  if (reveal === '1' && !canRevealPii(actor))
    throw forbidden('无权导出完整的手机号和身份证号', 'You may not export full phone numbers and ID numbers');
  const query: TPersonQuery = { ...listFilters, page: 1, pageSize: EXPORT_PAGE };
  const { total } = await selectPeople(db, actor, query, { limit: 1, offset: 0 });
  if (total > EXPORT_ROWS_MAX)
    throw badRequest(
      'EXPORT_TOO_MANY_ROWS',
      `符合条件的记录有 ${total} 条，一次最多导出 ${EXPORT_ROWS_MAX} 条，请缩小筛选范围`,
      `${total} records match; at most ${EXPORT_ROWS_MAX} can be exported at once: narrow the filters`,
    );
  const masked = reveal !== '1'; // masked for every role unless an allowed role asks for the full values
  await recordAudit(db, actor, {
    entity: 'person',
    action: 'export',
    after: { filters: listFilters, rows: total, masked },
    note: `导出科技工作者 ${total} 条${masked ? '（脱敏）' : ''}`,
  });
  async function* pages() {
    for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
      const { items } = await selectPeople(db, actor, query, { limit: Math.min(EXPORT_PAGE, total - offset), offset, count: false });
      if (items.length === 0) return;
      yield items.map((r) => personExcelRecord(presentPerson(r, actor, r.memberships, { reveal: !masked })));
    }
  }
  return { total, masked, pages: pages() };
}
