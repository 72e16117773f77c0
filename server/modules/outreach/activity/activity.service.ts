import { inArray } from 'drizzle-orm';
import { TARGET_GROUP_LABELS } from '../../../../shared/outreach.js';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, type TActivityStatus } from '../../../../shared/outreach-activity.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, canRevealPii, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { files } from '../../../platform/files/file.schema.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { maskPhone } from '../../../platform/mask.js';
import { getOrgById, getOrgInScope } from '../../../platform/orgs/org.service.js';
import { indexTokens } from '../../../platform/search/text.js';
import { applyTransitionInTx, listTransitions } from '../../../platform/workflow/workflow.service.js';
import { cancelActivityReminder, scheduleActivityReminder } from './activity.reminders.js';
import {
  deleteActivityRow,
  districtOf,
  districtOrgs,
  findActivityById,
  findDuplicate,
  insertActivities,
  lockActivityStatus,
  selectActivities,
  selectTotals,
  type TActivityRow,
  type TActivityValues,
  updateActivityRow,
} from './activity.repo.js';
import { addDays, summaryDueDays } from './activity.settings.js';
import type {
  TActivityDetail,
  TActivityInput,
  TActivityOut,
  TActivityPatch,
  TActivityQuery,
  TActivitySummaryInput,
  TActivityTotals,
  TActivityTotalsQuery,
  TActivityTransitionInput,
} from './activity.types.js';
import {
  ACTIVITY_OWNER_EDITABLE,
  ACTIVITY_REVIEWER_EDITABLE,
  ACTIVITY_SUMMARY_PENDING,
  ACTIVITY_WORKFLOW,
  activityParties,
  allowedActivityTransitions,
} from './activity.workflow.js';

export const ACTIVITY_ENTITY = 'activity';
const WHAT = ['科普活动', 'Activity'] as const;

export interface TActivityAccess {
  row: TActivityRow;
  /** May file and edit for the organizer org (its subtree's liaisons and staff). */
  isOwner: boolean;
  /** Staff with activities:review over the organizer org: 备案 / 退回. */
  isReviewer: boolean;
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function activityAccess(db: DbOrTx, actor: TActor, id: number): Promise<TActivityAccess> {
  assertCan(actor, 'activities:read');
  const row = await findActivityById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFound(...WHAT);
  return { row, isOwner: can(actor, 'activities:write'), isReviewer: can(actor, 'activities:review') };
}

type TPhotoRef = { id: string; name: string; mime: string };

async function photoMap(db: DbOrTx, rows: TActivityRow[]): Promise<Map<string, TPhotoRef>> {
  const ids = [...new Set(rows.flatMap((r) => r.photoIds))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: files.id, name: files.name, mime: files.mime }).from(files).where(inArray(files.id, ids));
  return new Map(found.map((f) => [f.id, f]));
}

export function presentActivity(r: TActivityRow, opts: { today: string; days: number; photos: Map<string, TPhotoRef>; revealPhone: boolean }): TActivityOut {
  const summaryDueOn = addDays(r.endDate, opts.days);
  return {
    id: r.id,
    type: r.type,
    typeLabel: ACTIVITY_TYPE_LABELS[r.type].zh,
    title: r.title,
    orgId: r.orgId,
    orgName: r.orgName,
    districtOrgId: r.districtOrgId,
    districtName: r.districtName,
    coOrganizers: r.coOrganizers,
    startDate: r.startDate,
    endDate: r.endDate,
    venue: r.venue,
    targetGroups: r.targetGroups,
    plannedParticipants: r.plannedParticipants,
    onlineReach: r.onlineReach,
    budget: r.budget === null ? null : Number(r.budget),
    description: r.description,
    contactName: r.contactName,
    contactPhone: opts.revealPhone ? r.contactPhone : maskPhone(r.contactPhone),
    internalNote: r.internalNote,
    isPublic: r.isPublic,
    status: r.status,
    statusLabel: ACTIVITY_STATUS_LABELS[r.status].zh,
    returnReason: r.returnReason,
    summaryDueOn,
    isOverdue: ACTIVITY_SUMMARY_PENDING.includes(r.status) && summaryDueOn < opts.today,
    summary: r.summary,
    photos: r.photoIds.flatMap((id) => {
      const f = opts.photos.get(id);
      return f ? [f] : [];
    }),
    links: r.links,
    actualParticipants: r.actualParticipants,
    filedAt: r.filedAt,
    heldAt: r.heldAt,
    summarizedAt: r.summarizedAt,
    isDemo: r.isDemo,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

async function presentRows(db: DbOrTx, actor: TActor, rows: TActivityRow[]): Promise<TActivityOut[]> {
  const opts = { today: todayInChina(), days: summaryDueDays(), photos: await photoMap(db, rows), revealPhone: canRevealPii(actor) || can(actor, 'activities:write') };
  return rows.map((r) => presentActivity(r, opts));
}

const started = (r: Pick<TActivityRow, 'startDate'>) => r.startDate <= todayInChina();
const canEdit = (acc: TActivityAccess) =>
  (acc.isOwner && ACTIVITY_OWNER_EDITABLE.has(acc.row.status)) || (acc.isReviewer && ACTIVITY_REVIEWER_EDITABLE.has(acc.row.status));
const canDelete = (acc: TActivityAccess) => (acc.isOwner || acc.isReviewer) && ACTIVITY_OWNER_EDITABLE.has(acc.row.status);

async function presentDetail(db: DbOrTx, actor: TActor, acc: TActivityAccess): Promise<TActivityDetail> {
  const [out] = await presentRows(db, actor, [acc.row]);
  const moves = allowedActivityTransitions(acc.row.status, acc, started(acc.row));
  return {
    ...out,
    transitions: (await listTransitions(db, ACTIVITY_WORKFLOW, acc.row.id)).map((t) => ({ ...t, actorOrgName: t.actorOrgName ?? null })),
    allowedTransitions: moves.filter((s) => s !== 'summarized'),
    canEdit: canEdit(acc),
    canSummarize: moves.includes('summarized'),
    canDelete: canDelete(acc),
  };
}

async function reload(db: DbOrTx, actor: TActor, acc: TActivityAccess) {
  return presentDetail(db, actor, { ...acc, row: (await findActivityById(db, acc.row.id))! });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getActivity(db: DbOrTx, actor: TActor, id: number): Promise<TActivityDetail> {
  return presentDetail(db, actor, await activityAccess(db, actor, id));
}

export async function listActivities(db: DbOrTx, actor: TActor, q: TActivityQuery) {
  assertCan(actor, 'activities:read');
  const { items, total } = await selectActivities(db, actor, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: await presentRows(db, actor, items), total };
}

export const duplicateError = (title: string, startDate: string) =>
  conflict('ACTIVITY_DUPLICATE', `该单位已登记 ${startDate} 开始的同名活动：${title}`, `This org already filed "${title}" starting on ${startDate}`);

interface TMerged {
  orgId: number;
  districtOrgId: number | null;
  title: string;
  startDate: string;
  endDate: string;
}

/**
 * The district an activity counts under: the organizer's county-level ancestor; an org above the
 * counties (the city, a society, a university) may name one.
 * @throws AppError ACTIVITY_DISTRICT_INVALID
 */
export async function resolveDistrict(db: DbOrTx, orgId: number, chosen: number | null | undefined): Promise<number | null> {
  const own = await districtOf(db, orgId);
  if (own !== null) {
    if (chosen != null && chosen !== own)
      throw badRequest('ACTIVITY_DISTRICT_INVALID', '县区由主办单位所在县区决定，不能另选', "The district is the organizer's own county", [
        { path: 'districtOrgId', message: '与主办单位所在县区不一致' },
      ]);
    return own;
  }
  if (chosen == null) return null;
  if (!(await districtOrgs(db)).some((d) => d.id === chosen))
    throw badRequest('ACTIVITY_DISTRICT_INVALID', '请选择一个县区科协', 'Choose a county-level org', [{ path: 'districtOrgId', message: '不是县区' }]);
  return chosen;
}

function assertDates(m: Pick<TMerged, 'startDate' | 'endDate'>) {
  if (m.endDate < m.startDate)
    throw badRequest('ACTIVITY_DATES', '结束日期不能早于开始日期', 'The end date is before the start date', [{ path: 'endDate', message: '不能早于开始日期' }]);
}

export function activitySearchText(v: { title: string; venue?: string | null; coOrganizers?: string[] }, orgName: string) {
  return indexTokens(v.title, v.venue, orgName, ...(v.coOrganizers ?? []));
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), ACTIVITY_DATES, ACTIVITY_DISTRICT_INVALID, ACTIVITY_DUPLICATE (409) */
export async function createActivity(db: Db, actor: TActor, input: TActivityInput): Promise<TActivityDetail> {
  assertCan(actor, 'activities:write');
  const org = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  const endDate = input.endDate ?? input.startDate;
  assertDates({ startDate: input.startDate, endDate });
  const districtOrgId = await resolveDistrict(db, org.id, input.districtOrgId);
  return db.transaction(async (tx) => {
    if (await findDuplicate(tx, org.id, input.title, input.startDate)) throw duplicateError(input.title, input.startDate);
    const coOrganizers = [...new Set(input.coOrganizers ?? [])];
    const [{ id }] = await insertActivities(tx, [
      {
        orgId: org.id,
        districtOrgId,
        type: input.type,
        title: input.title,
        coOrganizers,
        startDate: input.startDate,
        endDate,
        venue: input.venue ?? null,
        targetGroups: [...new Set(input.targetGroups ?? [])],
        plannedParticipants: input.plannedParticipants ?? null,
        onlineReach: input.onlineReach ?? null,
        budget: input.budget == null ? null : String(input.budget),
        description: input.description ?? null,
        contactName: input.contactName ?? null,
        contactPhone: input.contactPhone || null,
        internalNote: input.internalNote ?? null,
        isPublic: input.isPublic ?? true,
        createdBy: actor.userId,
        searchText: activitySearchText({ ...input, coOrganizers }, org.name),
      },
    ]);
    await scheduleActivityReminder(tx, id, endDate);
    const out = await presentDetail(tx, actor, await activityAccess(tx, actor, id));
    await recordAudit(tx, actor, { entity: ACTIVITY_ENTITY, entityId: id, action: 'create', orgId: org.id, after: out });
    return out;
  });
}

/**
 * Edits an activity: its organizer while 计划 / 退回; reviewers until it is summarized.
 * @throws AppError FORBIDDEN, NOT_FOUND, ACTIVITY_NOT_EDITABLE (409), ACTIVITY_DATES, ACTIVITY_DISTRICT_INVALID, ACTIVITY_DUPLICATE (409)
 */
export async function updateActivity(db: Db, actor: TActor, id: number, patch: TActivityPatch): Promise<TActivityDetail> {
  assertCan(actor, 'activities:write');
  const acc = await activityAccess(db, actor, id);
  const r = acc.row;
  if (!canEdit(acc))
    throw conflict('ACTIVITY_NOT_EDITABLE', `活动处于「${ACTIVITY_STATUS_LABELS[r.status].zh}」状态，不能修改`, `An activity in state ${r.status} cannot be edited by you`);
  const org = patch.orgId !== undefined && patch.orgId !== r.orgId ? await getOrgInScope(db, actor, patch.orgId) : { id: r.orgId, name: r.orgName };
  const merged: TMerged = {
    orgId: org.id,
    districtOrgId: null,
    title: patch.title ?? r.title,
    startDate: patch.startDate ?? r.startDate,
    endDate: patch.endDate ?? (patch.startDate && r.endDate < patch.startDate ? patch.startDate : r.endDate),
  };
  assertDates(merged);
  merged.districtOrgId = await resolveDistrict(db, org.id, patch.districtOrgId === undefined ? (org.id === r.orgId ? r.districtOrgId : null) : patch.districtOrgId);
  const before = await presentDetail(db, actor, acc);
  return db.transaction(async (tx) => {
    const status = await lockActivityStatus(tx, id);
    if (status !== r.status) throw conflict('ACTIVITY_CHANGED', '活动状态已被他人修改，请刷新后重试', 'The activity changed meanwhile: reload and retry');
    if (await findDuplicate(tx, merged.orgId, merged.title, merged.startDate, id)) throw duplicateError(merged.title, merged.startDate);
    const coOrganizers = patch.coOrganizers ? [...new Set(patch.coOrganizers)] : r.coOrganizers;
    const values: Partial<TActivityValues> = {
      ...merged,
      type: patch.type,
      coOrganizers,
      venue: patch.venue,
      targetGroups: patch.targetGroups ? [...new Set(patch.targetGroups)] : undefined,
      plannedParticipants: patch.plannedParticipants,
      onlineReach: patch.onlineReach,
      budget: patch.budget === undefined ? undefined : patch.budget === null ? null : String(patch.budget),
      description: patch.description,
      contactName: patch.contactName,
      contactPhone: patch.contactPhone === undefined ? undefined : patch.contactPhone || null,
      internalNote: patch.internalNote,
      isPublic: patch.isPublic,
      searchText: activitySearchText({ title: merged.title, venue: patch.venue === undefined ? r.venue : patch.venue, coOrganizers }, org.name),
    };
    await updateActivityRow(tx, id, values);
    if (merged.endDate !== r.endDate) await scheduleActivityReminder(tx, id, merged.endDate);
    const out = await reload(tx, actor, acc);
    await recordAudit(tx, actor, { entity: ACTIVITY_ENTITY, entityId: id, action: 'update', orgId: merged.orgId, before, after: out });
    return out;
  });
}

/** Deletes an activity still 计划 / 退回. @throws AppError FORBIDDEN, NOT_FOUND, ACTIVITY_NOT_DELETABLE (409) */
export async function deleteActivity(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'activities:write');
  const acc = await activityAccess(db, actor, id);
  if (!canDelete(acc))
    throw conflict('ACTIVITY_NOT_DELETABLE', '已备案的活动不能删除', 'An activity on record cannot be deleted');
  const before = await presentDetail(db, actor, acc);
  await db.transaction(async (tx) => {
    await deleteActivityRow(tx, id);
    await cancelActivityReminder(tx, id);
    await recordAudit(tx, actor, { entity: ACTIVITY_ENTITY, entityId: id, action: 'delete', orgId: acc.row.orgId, before });
  });
}

function statusFields(to: TActivityStatus, reason: string | null, at: Date): Partial<TActivityValues> {
  if (to === 'filed') return { status: to, filedAt: at, returnReason: null };
  if (to === 'returned') return { status: to, returnReason: reason };
  if (to === 'held') return { status: to, heldAt: at };
  return { status: to };
}

/**
 * Moves an activity: 备案 / 退回 (reviewers), 重新提交 (organizer), 标记已举办 (after the start date).
 * The summary goes through submitActivitySummary.
 * @throws AppError FORBIDDEN, NOT_FOUND, ACTIVITY_TRANSITION_INVALID (409), ACTIVITY_NOT_STARTED (409), REASON_REQUIRED, ACTIVITY_SUMMARY_REQUIRED
 */
export async function transitionActivity(db: Db, actor: TActor, id: number, input: TActivityTransitionInput): Promise<TActivityDetail> {
  const acc = await activityAccess(db, actor, id);
  const from = acc.row.status;
  if (input.to === 'summarized' && ACTIVITY_WORKFLOW.rule(from, 'summarized'))
    throw badRequest('ACTIVITY_SUMMARY_REQUIRED', '请通过“提交总结”填写总结和实际参与人数', 'Submit the summary with its form (POST …/summary)');
  if (input.to === 'held' && ACTIVITY_WORKFLOW.rule(from, 'held') && !started(acc.row))
    throw conflict('ACTIVITY_NOT_STARTED', `活动 ${acc.row.startDate} 才开始，尚不能标记为已举办`, `The activity starts on ${acc.row.startDate}: it cannot be marked held yet`);
  return db.transaction(async (tx) => {
    const at = new Date();
    await applyTransitionInTx(tx, ACTIVITY_WORKFLOW, {
      entityId: id,
      orgId: acc.row.orgId,
      from,
      to: input.to,
      actor,
      parties: activityParties(acc),
      reason: input.reason,
      forbiddenMessage: (rule) =>
        rule.who.includes('reviewer') && !rule.who.includes('owner') ? ['只有县区或市科协工作人员可以备案或退回活动', 'Only staff put activities on record or return them'] : undefined,
      lock: () => lockActivityStatus(tx, id),
      update: () => updateActivityRow(tx, id, statusFields(input.to, input.reason?.trim() || null, at)),
      at,
    });
    return reload(tx, actor, acc);
  });
}

/**
 * 提交总结: the summary text, photos (uploaded files in the actor's scope, images only), links and
 * the final participant count; moves 已举办 → 已总结.
 * @throws AppError FORBIDDEN, NOT_FOUND, ACTIVITY_TRANSITION_INVALID (409), ACTIVITY_PHOTO_INVALID
 */
export async function submitActivitySummary(db: Db, actor: TActor, id: number, input: TActivitySummaryInput): Promise<TActivityDetail> {
  const acc = await activityAccess(db, actor, id);
  const photoIds = [...new Set(input.photoIds ?? [])];
  if (photoIds.length > 0) {
    const found = await db.select({ id: files.id, orgId: files.orgId, mime: files.mime }).from(files).where(inArray(files.id, photoIds));
    for (const pid of photoIds) {
      const f = found.find((x) => x.id === pid);
      const org = f ? await getOrgById(db, f.orgId) : undefined;
      if (!f || !org || !inScope(actor, org.path) || !f.mime.startsWith('image/'))
        throw badRequest('ACTIVITY_PHOTO_INVALID', '照片不存在或不是图片', 'A photo does not exist or is not an image', [{ path: 'photoIds', message: '照片无效' }]);
    }
  }
  return db.transaction(async (tx) => {
    const at = new Date();
    await applyTransitionInTx(tx, ACTIVITY_WORKFLOW, {
      entityId: id,
      orgId: acc.row.orgId,
      from: acc.row.status,
      to: 'summarized',
      actor,
      parties: activityParties(acc),
      lock: () => lockActivityStatus(tx, id),
      update: () =>
        updateActivityRow(tx, id, {
          status: 'summarized',
          summary: input.summary,
          actualParticipants: input.actualParticipants,
          photoIds,
          links: [...new Set(input.links ?? [])],
          summarizedAt: at,
        }),
      audit: { action: 'summarize', after: { actualParticipants: input.actualParticipants, photos: photoIds.length } },
      at,
    });
    await cancelActivityReminder(tx, id);
    return reload(tx, actor, acc);
  });
}

/** Counts by district (every district and 市直), type, month and target group for the filters. */
export async function activityTotals(db: DbOrTx, actor: TActor, q: TActivityTotalsQuery): Promise<TActivityTotals> {
  assertCan(actor, 'activities:read');
  const [t, districts] = await Promise.all([selectTotals(db, actor, q), districtOrgs(db)]);
  const total = t.byType.reduce((s, r) => s + Number(r.n), 0);
  const participants = t.byType.reduce((s, r) => s + Number(r.people), 0);
  const byDistrictMap = new Map(t.byDistrict.map((r) => [r.key, r]));
  const visible = districts.filter((d) => d.path.startsWith(actor.orgPath) || actor.orgPath.startsWith(d.path) || byDistrictMap.has(d.id));
  const bucket = (key: string, label: string, labelEn: string, r?: { n: number; people: number }) => ({
    key,
    label,
    labelEn,
    count: Number(r?.n ?? 0),
    participants: Number(r?.people ?? 0),
  });
  const byDistrict: Array<ReturnType<typeof bucket> & { districtId: number | null }> = visible.map((d) => ({ ...bucket(String(d.id), d.name.replace(/科学技术协会$/, ''), d.name, byDistrictMap.get(d.id)), districtId: d.id }));
  const none = byDistrictMap.get(null);
  if (none || actor.orgPath.split('/').filter(Boolean).length <= 1) byDistrict.push({ ...bucket('none', '市直', 'City level', none), districtId: null });
  return {
    total,
    participants,
    byDistrict,
    byType: t.byType
      .map((r) => bucket(r.key, ACTIVITY_TYPE_LABELS[r.key].zh, ACTIVITY_TYPE_LABELS[r.key].en, r))
      .sort((x, y) => y.count - x.count),
    byMonth: t.byMonth.map((r) => bucket(r.key, r.key, r.key, r)).sort((x, y) => x.key.localeCompare(y.key)),
    byTargetGroup: t.byGroup.map((r) => bucket(r.key, TARGET_GROUP_LABELS[r.key].zh, TARGET_GROUP_LABELS[r.key].en, r)),
  };
}
