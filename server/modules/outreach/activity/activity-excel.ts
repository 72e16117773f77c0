import { z } from 'zod';
import { TARGET_GROUP_LABELS, TARGET_GROUPS, type TTargetGroup } from '../../../../shared/outreach.js';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type TActivityType } from '../../../../shared/outreach-activity.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest } from '../../../platform/errors.js';
import type { TColumnSpec, TRegistryDef, TRowIssue, TUpsertResult } from '../../../platform/excel/excel.types.js';
import { loadOrgLookup, type OrgLookup } from '../../../platform/excel/org-lookup.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { formatYesNo, orgIssue, parseAmount, parseDate, parseYesNo, splitList } from '../../innovation/enterprise/excel-cells.js';
import { scheduleActivityReminder } from './activity.reminders.js';
import { duplicatesAmong, insertActivities, selectActivities, type TActivityRow, type TActivityValues } from './activity.repo.js';
import { activitySearchText } from './activity.service.js';
import { type TActivityExportQuery, ZActivityInput } from './activity.types.js';

/*
 * 科普活动 in Excel (批量备案): the organizer files a year's plan as one sheet. All or nothing: any row
 * error (unknown org, a date out of order, an activity already filed — same org, title and start date)
 * writes nothing. Imported activities start as 计划 and go through 备案 like any other.
 */

const TYPE_BY_LABEL = new Map<string, TActivityType>(ACTIVITY_TYPES.flatMap((t) => [[ACTIVITY_TYPE_LABELS[t].zh, t] as const, [t, t] as const]));
const GROUP_BY_LABEL = new Map<string, TTargetGroup>(TARGET_GROUPS.flatMap((g) => [[TARGET_GROUP_LABELS[g].zh, g] as const, [g, g] as const]));

export const ZActivityExcelRow = z.object({
  title: ZActivityInput.shape.title,
  type: z.enum(ACTIVITY_TYPES, '活动类型不正确'),
  org: z.string().min(1, '主办单位不能为空'),
  district: z.string().optional(),
  coOrganizers: ZActivityInput.shape.coOrganizers,
  startDate: ZActivityInput.shape.startDate,
  endDate: ZActivityInput.shape.endDate,
  venue: ZActivityInput.shape.venue,
  targetGroups: z.array(z.enum(TARGET_GROUPS, '面向人群应为：青少年、农民、产业工人、老年人、领导干部和公务员')).optional(),
  plannedParticipants: ZActivityInput.shape.plannedParticipants,
  onlineReach: ZActivityInput.shape.onlineReach,
  budget: ZActivityInput.shape.budget,
  description: ZActivityInput.shape.description,
  isPublic: z.boolean('请填写“是”或“否”').optional(),
  status: z.string().optional(),
});
export type TActivityExcelRow = z.infer<typeof ZActivityExcelRow>;
type TKey = keyof TActivityExcelRow;

interface TCtx {
  actor: TActor;
  orgs: OrgLookup;
  /** org id → path, and the county-level orgs. */
  paths: Map<number, string>;
  districts: Array<{ id: number; name: string; shortName: string | null; path: string }>;
}

export interface TActivityImportInput {
  values: TActivityValues;
  orgName: string;
}

const toNumber = (s: string) => (/^\d+$/.test(s.replace(/[,，\s]/g, '')) ? Number(s.replace(/[,，\s]/g, '')) : s);

const COLUMNS: TColumnSpec<TKey>[] = [
  { key: 'title', header: '活动名称', headerEn: 'Title', required: true, width: 30, example: '2026年如皋市科技活动周启动仪式', hint: '必填；同一主办单位、名称和开始日期视为重复', hintEn: 'required; org + title + start date identify an activity' },
  {
    key: 'type',
    header: '活动类型',
    headerEn: 'Type',
    required: true,
    width: 14,
    values: ACTIVITY_TYPES.map((t) => ACTIVITY_TYPE_LABELS[t].zh),
    example: '科技活动周',
    parse: (s) => TYPE_BY_LABEL.get(s.trim()) ?? s,
    format: (v) => (v ? ACTIVITY_TYPE_LABELS[v as TActivityType].zh : null),
  },
  { key: 'org', header: '主办单位', headerEn: 'Organizer', required: true, width: 24, example: '如皋市科学技术协会', hint: '组织全称、简称或编码，须在您的管辖范围内', hintEn: 'full name, short name or code of an org in your scope' },
  { key: 'district', header: '县区', headerEn: 'District', width: 14, example: '', hint: '主办单位在县区之下时自动确定；市级单位可填县区科协名称', hintEn: 'derived from the organizer; city-level orgs may name one' },
  { key: 'coOrganizers', header: '协办单位', headerEn: 'Co-organizers', width: 24, example: '如皋市教育体育局、如城街道', hint: '多个用顿号、逗号或分号分隔', hintEn: 'several separated by 、 , or ;', parse: splitList },
  { key: 'startDate', header: '开始日期', headerEn: 'Start date', required: true, width: 12, example: '2026-05-18', parse: parseDate },
  { key: 'endDate', header: '结束日期', headerEn: 'End date', width: 12, example: '2026-05-24', hint: '不填则与开始日期相同', hintEn: 'default: the start date', parse: parseDate },
  { key: 'venue', header: '活动地点', headerEn: 'Venue', width: 24, example: '如皋市科技馆' },
  {
    key: 'targetGroups',
    header: '面向人群',
    headerEn: 'Target groups',
    width: 20,
    example: '青少年、老年人',
    hint: '青少年、农民、产业工人、老年人、领导干部和公务员，多个用顿号分隔',
    hintEn: 'several separated by 、',
    parse: (s) => splitList(s).map((x) => GROUP_BY_LABEL.get(x) ?? x),
    format: (v) => (Array.isArray(v) ? v.map((g) => TARGET_GROUP_LABELS[g as TTargetGroup]?.zh ?? g).join('、') : null),
  },
  { key: 'plannedParticipants', header: '计划参与人数', headerEn: 'Planned participants', width: 12, example: '300', parse: toNumber },
  { key: 'onlineReach', header: '线上覆盖人次', headerEn: 'Online reach', width: 12, example: '5000', parse: toNumber },
  { key: 'budget', header: '预算（元）', headerEn: 'Budget (yuan)', width: 12, example: '20000', parse: parseAmount },
  { key: 'description', header: '活动简介', headerEn: 'Description', width: 40, example: '展示科技创新成果，开展科普讲座和互动体验' },
  { key: 'isPublic', header: '在门户公开', headerEn: 'Public', width: 10, values: ['是', '否'], example: '是', hint: '默认是', hintEn: 'default yes', parse: parseYesNo, format: formatYesNo },
  {
    key: 'status',
    header: '状态',
    headerEn: 'Status',
    width: 10,
    hint: '导出时填写；导入时忽略（新导入的活动均为“计划”）',
    hintEn: 'filled on export; ignored on import (imported activities start as planned)',
    format: (v) => (v ? (ACTIVITY_STATUS_LABELS[v as keyof typeof ACTIVITY_STATUS_LABELS]?.zh ?? String(v)) : null),
  },
];

function districtFor(ctx: TCtx, orgPath: string, chosen: string | undefined): { id: number | null } | { issue: TRowIssue } {
  const own = ctx.districts.find((d) => orgPath.startsWith(d.path));
  const norm = (s: string) => s.replace(/\s+/g, '');
  const picked = chosen ? ctx.districts.find((d) => [d.name, d.shortName, d.name.replace(/科学技术协会$/, ''), d.name.replace(/科学技术协会$/, '科协')].includes(norm(chosen))) : undefined;
  if (chosen && !picked) return { issue: { column: 'district', message: `县区不存在：${chosen}`, messageEn: `No such district: ${chosen}` } };
  if (own && picked && picked.id !== own.id)
    return { issue: { column: 'district', message: '县区与主办单位所在县区不一致', messageEn: "The district is not the organizer's own" } };
  return { id: own?.id ?? picked?.id ?? null };
}

function toInput(row: TActivityExcelRow, ctx: TCtx): { input: TActivityImportInput } | { issues: TRowIssue[] } {
  const owner = ctx.orgs.resolve(row.org, ctx.actor);
  if ('error' in owner) return { issues: [orgIssue('org', row.org, owner.error)] };
  if (!inScope(ctx.actor, owner.org.path))
    return { issues: [{ column: 'org', message: `组织不在您的管辖范围内：${row.org}`, messageEn: `The org is outside your scope: ${row.org}` }] };
  const endDate = row.endDate ?? row.startDate;
  if (endDate < row.startDate) return { issues: [{ column: 'endDate', message: '结束日期不能早于开始日期', messageEn: 'The end date is before the start date' }] };
  const district = districtFor(ctx, owner.org.path, row.district);
  if ('issue' in district) return { issues: [district.issue] };
  const coOrganizers = row.coOrganizers ?? [];
  return {
    input: {
      orgName: owner.org.name,
      values: {
        orgId: owner.org.id,
        districtOrgId: district.id,
        type: row.type,
        title: row.title,
        coOrganizers,
        startDate: row.startDate,
        endDate,
        venue: row.venue ?? null,
        targetGroups: [...new Set(row.targetGroups ?? [])],
        plannedParticipants: row.plannedParticipants ?? null,
        onlineReach: row.onlineReach ?? null,
        budget: row.budget == null ? null : String(row.budget),
        description: row.description ?? null,
        isPublic: row.isPublic ?? true,
        createdBy: ctx.actor.userId,
        searchText: activitySearchText({ title: row.title, venue: row.venue, coOrganizers }, owner.org.name),
      },
    },
  };
}

const keyOf = (v: Pick<TActivityValues, 'orgId' | 'title' | 'startDate'>) => `${v.orgId}|${v.title}|${v.startDate}`;

/** Inserts the file's activities as 计划, inside the import transaction; an already filed one is a row error. */
export async function importActivities(tx: DbOrTx, actor: TActor, inputs: TActivityImportInput[], onProgress?: (done: number) => void): Promise<TUpsertResult> {
  assertCan(actor, 'activities:write');
  const existing = await duplicatesAmong(tx, inputs.map((i) => i.values));
  const errors: TUpsertResult['errors'] = [];
  inputs.forEach((i, index) => {
    if (existing.has(keyOf(i.values)))
      errors.push({
        index,
        column: 'title',
        message: `重复：该单位已登记 ${i.values.startDate} 开始的同名活动`,
        messageEn: `Duplicate: this org already filed this activity starting on ${i.values.startDate}`,
      });
  });
  if (errors.length > 0) return { inserted: 0, updated: 0, errors };
  let done = 0;
  for (let k = 0; k < inputs.length; k += 500) {
    const ids = await insertActivities(
      tx,
      inputs.slice(k, k + 500).map((i) => i.values),
    );
    for (const [j, { id }] of ids.entries()) await scheduleActivityReminder(tx, id, inputs[k + j].values.endDate!);
    done += ids.length;
    onProgress?.(done);
  }
  await recordAudit(tx, actor, { entity: 'activity', action: 'import', after: { inserted: inputs.length }, note: `批量备案科普活动 ${inputs.length} 行` });
  return { inserted: inputs.length, updated: 0, errors: [] };
}

export const activityExcel: TRegistryDef<TActivityExcelRow, TActivityImportInput, TCtx> = {
  entity: 'activity',
  label: '科普活动',
  labelEn: 'Science outreach activities',
  sheetName: '科普活动',
  columns: COLUMNS,
  schema: ZActivityExcelRow,
  loadContext: async (db, actor) => {
    assertCan(actor, 'activities:write');
    const all = await db.select({ id: orgs.id, name: orgs.name, shortName: orgs.shortName, path: orgs.path, kind: orgs.kind }).from(orgs);
    return {
      actor,
      orgs: await loadOrgLookup(db),
      paths: new Map(all.map((o) => [o.id, o.path])),
      districts: all.filter((o) => o.kind === 'district'),
    };
  },
  toInput,
  naturalKey: (i) => ({ key: keyOf(i.values), column: 'title' }),
  upsert: (tx, actor, inputs, { onProgress }) => importActivities(tx, actor, inputs, onProgress),
};

export function activityExcelRecord(r: TActivityRow): Record<TKey, unknown> {
  return {
    title: r.title,
    type: r.type,
    org: r.orgName,
    district: r.districtName,
    coOrganizers: r.coOrganizers,
    startDate: r.startDate,
    endDate: r.endDate,
    venue: r.venue,
    targetGroups: r.targetGroups,
    plannedParticipants: r.plannedParticipants,
    onlineReach: r.onlineReach,
    budget: r.budget === null ? null : Number(r.budget),
    description: r.description,
    isPublic: r.isPublic,
    status: r.status,
  };
}

export const ACTIVITY_EXPORT_MAX = 100_000;
const EXPORT_PAGE = 1000;

/** The filtered list as export pages (audited first). @throws AppError FORBIDDEN, EXPORT_TOO_MANY_ROWS */
export async function exportActivities(db: Db, actor: TActor, filters: TActivityExportQuery) {
  assertCan(actor, 'activities:read');
  const query = { ...filters, page: 1, pageSize: EXPORT_PAGE };
  const { total } = await selectActivities(db, actor, query, { limit: 1, offset: 0 });
  if (total > ACTIVITY_EXPORT_MAX)
    throw badRequest('EXPORT_TOO_MANY_ROWS', `符合条件的记录有 ${total} 条，一次最多导出 ${ACTIVITY_EXPORT_MAX} 条，请缩小筛选范围`, `${total} records match; at most ${ACTIVITY_EXPORT_MAX} can be exported at once`);
  await recordAudit(db, actor, { entity: 'activity', action: 'export', after: { filters, rows: total }, note: `导出科普活动 ${total} 条` });
  async function* pages() {
    for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
      const { items } = await selectActivities(db, actor, query, { limit: Math.min(EXPORT_PAGE, total - offset), offset });
      if (items.length === 0) return;
      yield items.map(activityExcelRecord);
    }
  }
  return { total, pages: pages() };
}
