import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  CALL_STATUS_LABELS,
  DEFAULT_MAX_TEAM,
  PROJECT_APPROVED_STATUSES,
  PROJECT_GRADE_LABELS,
  PROJECT_STATUS_LABELS,
  REPORT_KIND_LABELS,
  RESEARCH_TYPE_LABELS,
  type TProjectStatus,
  type TReportKind,
} from '../../../../shared/thinktank-project.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, canRevealPii, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import { files } from '../../../platform/files/file.schema.js';
import { findFileById } from '../../../platform/files/file.repo.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { maskPhone } from '../../../platform/mask.js';
import { notify } from '../../../platform/notifications/notification.service.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { indexTokens } from '../../../platform/search/text.js';
import { applyTransitionInTx, listTransitions } from '../../../platform/workflow/workflow.service.js';
import { experts } from '../../innovation/innovation.schema.js';
import {
  expertOfUser,
  findCallById,
  findOpenOfLead,
  findProjectById,
  findUnfinishedLastRound,
  lockProjectStatus,
  reviewOf,
  selectProjects,
  type TCallRow,
  type TProjectRow,
  type TProjectValues,
  updateProjectRow,
} from './project.repo.js';
import { researchCalls, researchPayments, researchProjects, researchReports, researchReviews, type TTeamMember } from './project.schema.js';
import type {
  TCallInput,
  TCallPatch,
  TCallQuery,
  TDeliverableInput,
  TFinalInput,
  TGradeInput,
  TMidtermInput,
  TPaymentInput,
  TProjectInput,
  TProjectPatch,
  TProjectQuery,
  TProjectTransitionInput,
  TReviewInput,
} from './project.types.js';
import { allowedProjectMoves, PLAIN_MOVES, PROJECT_WORKFLOW, projectParties } from './project.workflow.js';

export const PROJECT_ENTITY = 'research_project';
export const CALL_ENTITY = 'research_call';
const WHAT = ['研究项目', 'Research project'] as const;
const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
const money = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

// ---------------------------------------------------------------- 指南 calls

export function presentCall(r: TCallRow, today = todayInChina()) {
  return {
    id: r.id,
    type: r.type,
    typeLabel: RESEARCH_TYPE_LABELS[r.type].zh,
    year: r.year,
    round: r.round,
    title: r.title,
    topics: r.topics,
    description: r.description,
    deadline: r.deadline,
    budgetKey: Number(r.budgetKey),
    budgetGeneral: Number(r.budgetGeneral),
    maxTeamSize: r.maxTeamSize,
    status: r.status,
    statusLabel: CALL_STATUS_LABELS[r.status].zh,
    isOpen: r.status === 'published' && r.deadline >= today,
    publishedAt: r.publishedAt,
    isDemo: r.isDemo,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const callDuplicate = (type: string, year: number, round: number) =>
  conflict('RESEARCH_CALL_DUPLICATE', `${year} 年第 ${round} 批${RESEARCH_TYPE_LABELS[type as 'thinktank'].zh}指南已存在`, `A call for ${type} ${year} round ${round} exists`);

/** Calls: everyone with research:read sees published and closed ones; managers see drafts too. */
export async function listCalls(db: DbOrTx, actor: TActor, q: TCallQuery) {
  assertCan(actor, 'research:read');
  const today = todayInChina();
  const conds = [
    can(actor, 'research:manage') ? undefined : sql`${researchCalls.status} <> 'draft'`,
    q.type ? eq(researchCalls.type, q.type) : undefined,
    q.year ? eq(researchCalls.year, q.year) : undefined,
    q.status ? eq(researchCalls.status, q.status) : undefined,
    q.open === 'true' ? sql`${researchCalls.status} = 'published' and ${researchCalls.deadline} >= ${today}::date` : undefined,
  ];
  const w = and(...conds);
  const [items, [{ n }]] = await Promise.all([
    db
      .select()
      .from(researchCalls)
      .where(w)
      .orderBy(desc(researchCalls.year), desc(researchCalls.round), asc(researchCalls.type))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(researchCalls).where(w),
  ]);
  return { items: items.map((r) => presentCall(r, today)), total: Number(n) };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (a draft for non-managers) */
export async function getCall(db: DbOrTx, actor: TActor, id: number) {
  assertCan(actor, 'research:read');
  const r = await findCallById(db, id);
  if (!r || (r.status === 'draft' && !can(actor, 'research:manage'))) throw notFound('申报指南', 'Call');
  return presentCall(r);
}

/** @throws AppError FORBIDDEN, RESEARCH_CALL_DUPLICATE (409) */
export async function createCall(db: Db, actor: TActor, input: TCallInput) {
  assertCan(actor, 'research:manage');
  const round = input.round ?? 1;
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: researchCalls.id })
      .from(researchCalls)
      .where(and(eq(researchCalls.type, input.type), eq(researchCalls.year, input.year), eq(researchCalls.round, round)));
    if (dup) throw callDuplicate(input.type, input.year, round);
    const status = input.status ?? 'draft';
    const [row] = await tx
      .insert(researchCalls)
      .values({
        orgId: actor.orgId,
        type: input.type,
        year: input.year,
        round,
        title: input.title,
        topics: [...new Set(input.topics ?? [])],
        description: input.description ?? null,
        deadline: input.deadline,
        budgetKey: String(input.budgetKey),
        budgetGeneral: String(input.budgetGeneral),
        maxTeamSize: input.maxTeamSize ?? DEFAULT_MAX_TEAM,
        status,
        publishedAt: status === 'published' ? new Date() : null,
        createdBy: actor.userId,
      })
      .returning();
    const out = presentCall(row);
    await recordAudit(tx, actor, { entity: CALL_ENTITY, entityId: row.id, action: 'create', orgId: row.orgId, after: out });
    return out;
  });
}

/** Edits a call, publishes (草稿 → 已发布) or closes it. @throws AppError FORBIDDEN, NOT_FOUND, RESEARCH_CALL_DUPLICATE */
export async function updateCall(db: Db, actor: TActor, id: number, patch: TCallPatch) {
  assertCan(actor, 'research:manage');
  const r = await findCallById(db, id);
  if (!r) throw notFound('申报指南', 'Call');
  const merged = { type: patch.type ?? r.type, year: patch.year ?? r.year, round: patch.round ?? r.round };
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: researchCalls.id })
      .from(researchCalls)
      .where(and(eq(researchCalls.type, merged.type), eq(researchCalls.year, merged.year), eq(researchCalls.round, merged.round), sql`${researchCalls.id} <> ${id}`));
    if (dup) throw callDuplicate(merged.type, merged.year, merged.round);
    const [row] = await tx
      .update(researchCalls)
      .set({
        ...merged,
        title: patch.title,
        topics: patch.topics ? [...new Set(patch.topics)] : undefined,
        description: patch.description,
        deadline: patch.deadline,
        budgetKey: patch.budgetKey === undefined ? undefined : String(patch.budgetKey),
        budgetGeneral: patch.budgetGeneral === undefined ? undefined : String(patch.budgetGeneral),
        maxTeamSize: patch.maxTeamSize,
        status: patch.status,
        publishedAt: patch.status === 'published' && !r.publishedAt ? new Date() : undefined,
        updatedAt: new Date(),
      })
      .where(eq(researchCalls.id, id))
      .returning();
    const out = presentCall(row);
    await recordAudit(tx, actor, { entity: CALL_ENTITY, entityId: id, action: 'update', orgId: row.orgId, before: presentCall(r), after: out });
    return out;
  });
}

// ---------------------------------------------------------------- access

export interface TProjectAccess {
  row: TProjectRow;
  /** May apply for the 归口 org (its subtree's liaisons, staff, experts). */
  isOwner: boolean;
  /** research:manage over the org. */
  isManager: boolean;
  /** The actor's expert record when assigned to review this project. */
  reviewerExpertId: number | null;
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree, unless assigned to review it) */
export async function projectAccess(db: DbOrTx, actor: TActor, id: number): Promise<TProjectAccess> {
  assertCan(actor, 'research:read');
  const row = await findProjectById(db, id);
  if (!row) throw notFound(...WHAT);
  let reviewerExpertId: number | null = null;
  if (can(actor, 'research:review') && actor.roles.includes('expert')) {
    const e = await expertOfUser(db, actor.userId);
    if (e && (await reviewOf(db, id, e.id))) reviewerExpertId = e.id;
  }
  const scoped = inScope(actor, row.orgPath);
  if (!scoped && reviewerExpertId === null) throw notFound(...WHAT);
  return { row, isOwner: scoped && can(actor, 'research:apply'), isManager: scoped && can(actor, 'research:manage'), reviewerExpertId };
}

// ---------------------------------------------------------------- presenting

function presentTeam(team: TTeamMember[]) {
  return team.map((m) => ({ name: m.name, unit: m.unit ?? null, title: m.title ?? null }));
}

export function presentProject(r: TProjectRow, revealPhone: boolean) {
  return {
    id: r.id,
    callId: r.callId,
    callTitle: r.callTitle,
    type: r.type,
    typeLabel: RESEARCH_TYPE_LABELS[r.type].zh,
    year: r.year,
    round: r.round,
    deadline: r.deadline,
    maxTeamSize: r.maxTeamSize,
    orgId: r.orgId,
    orgName: r.orgName,
    title: r.title,
    topic: r.topic,
    leadName: r.leadName,
    leadUnit: r.leadUnit,
    leadTitle: r.leadTitle,
    leadPhone: revealPhone ? r.leadPhone : maskPhone(r.leadPhone),
    team: presentTeam(r.team),
    abstract: r.abstract,
    budgetRequested: num(r.budgetRequested),
    attachmentId: r.attachmentId,
    status: r.status,
    statusLabel: PROJECT_STATUS_LABELS[r.status].zh,
    returnReason: r.returnReason,
    grade: r.grade,
    gradeLabel: r.grade ? PROJECT_GRADE_LABELS[r.grade].zh : null,
    budgetApproved: num(r.budgetApproved),
    reviewAvg: r.reviewAvg === null ? null : Math.round(Number(r.reviewAvg) * 10) / 10,
    reviewCount: Number(r.reviewCount),
    reviewDone: Number(r.reviewDone),
    finalScore: num(r.finalScore),
    paid: num(r.paid) ?? 0,
    submittedAt: r.submittedAt,
    approvedAt: r.approvedAt,
    concludedAt: r.concludedAt,
    isDemo: r.isDemo,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type TProjectOut = ReturnType<typeof presentProject>;

const revealsPhone = (actor: TActor) => canRevealPii(actor) || can(actor, 'research:manage');

async function fileRefs(db: DbOrTx, ids: Array<string | null>) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map<string, { id: string; name: string; mime: string; size: number }>();
  const rows = await db.select({ id: files.id, name: files.name, mime: files.mime, size: files.size }).from(files).where(inArray(files.id, list));
  return new Map(rows.map((f) => [f.id, f]));
}

async function presentDetail(db: DbOrTx, actor: TActor, acc: TProjectAccess) {
  const r = acc.row;
  const asReviewerOnly = !acc.isOwner && !acc.isManager && acc.reviewerExpertId !== null;
  const [transitions, reviews, reports, payments] = await Promise.all([
    listTransitions(db, PROJECT_WORKFLOW, r.id),
    db
      .select({
        id: researchReviews.id,
        expertId: researchReviews.expertId,
        expertName: experts.name,
        expertUnit: experts.unit,
        score: researchReviews.score,
        comment: researchReviews.comment,
        assignedAt: researchReviews.assignedAt,
        submittedAt: researchReviews.submittedAt,
      })
      .from(researchReviews)
      .innerJoin(experts, eq(experts.id, researchReviews.expertId))
      .where(eq(researchReviews.projectId, r.id))
      .orderBy(asc(researchReviews.id)),
    db.select().from(researchReports).where(eq(researchReports.projectId, r.id)).orderBy(asc(researchReports.createdAt), asc(researchReports.id)),
    db.select().from(researchPayments).where(eq(researchPayments.projectId, r.id)).orderBy(asc(researchPayments.paidOn), asc(researchPayments.id)),
  ]);
  const fm = await fileRefs(db, [r.attachmentId, ...reports.map((x) => x.fileId)]);
  const moves = allowedProjectMoves(r.status, acc);
  const today = todayInChina();
  // reviewers see their own review only; the applicant sees no reviewer names (reviews are anonymous to applicants)
  const visibleReviews = acc.isManager ? reviews : asReviewerOnly ? reviews.filter((x) => x.expertId === acc.reviewerExpertId) : [];
  return {
    ...presentProject(r, revealsPhone(actor)),
    attachment: r.attachmentId ? (fm.get(r.attachmentId) ?? null) : null,
    transitions: transitions.map((t) => ({ ...t, actorOrgName: t.actorOrgName ?? null })),
    reviews: visibleReviews.map((x) => ({ ...x, score: num(x.score), mine: x.expertId === acc.reviewerExpertId })),
    reports: reports.map((x) => ({
      id: x.id,
      kind: x.kind,
      kindLabel: REPORT_KIND_LABELS[x.kind].zh,
      title: x.title,
      body: x.body,
      file: x.fileId ? (fm.get(x.fileId) ?? null) : null,
      result: x.result,
      score: num(x.score),
      comments: x.comments,
      createdByName: x.createdByName,
      createdAt: x.createdAt,
    })),
    payments: payments.map((x) => ({ id: x.id, amount: Number(x.amount), paidOn: x.paidOn, note: x.note, createdByName: x.createdByName, createdAt: x.createdAt })),
    allowedTransitions: moves.filter((s) => PLAIN_MOVES.has(s)),
    can: {
      edit: acc.isOwner && (r.status === 'draft' || r.status === 'returned'),
      delete: acc.isOwner && r.status === 'draft',
      submit: moves.includes('submitted') && r.deadline >= today,
      assign: acc.isManager && r.status === 'reviewing',
      grade: acc.isManager && r.status === 'reviewing',
      midterm: acc.isManager && (r.status === 'approved' || r.status === 'rectifying'),
      final: acc.isManager && r.status === 'midterm',
      pay: acc.isManager && (r.status === 'concluded' || r.status === 'funded'),
      deliverable: (acc.isOwner || acc.isManager) && PROJECT_APPROVED_STATUSES.includes(r.status),
      review: acc.reviewerExpertId !== null && r.status === 'reviewing',
    },
  };
}
export type TProjectDetail = Awaited<ReturnType<typeof presentDetail>>;

async function reload(db: DbOrTx, actor: TActor, acc: TProjectAccess) {
  return presentDetail(db, actor, { ...acc, row: (await findProjectById(db, acc.row.id))! });
}

export async function getProject(db: DbOrTx, actor: TActor, id: number) {
  return presentDetail(db, actor, await projectAccess(db, actor, id));
}

export async function listProjects(db: DbOrTx, actor: TActor, q: TProjectQuery) {
  assertCan(actor, 'research:read');
  const { items, total } = await selectProjects(db, actor, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const reveal = revealsPhone(actor);
  return { items: items.map((r) => presentProject(r, reveal)), total };
}

// ---------------------------------------------------------------- the application rules

interface TLead {
  leadName: string;
  leadUnit: string;
  leadPhone: string;
}

/**
 * The rules of an application, each with its own code: the call is published, its deadline has not
 * passed, the team fits the call's limit, the lead has no unfinished project of the last round and no
 * other open application or project.
 * @throws AppError RESEARCH_CALL_NOT_PUBLISHED, RESEARCH_DEADLINE_PASSED, RESEARCH_TEAM_TOO_LARGE, RESEARCH_LEAD_LAST_ROUND_UNFINISHED, RESEARCH_LEAD_HAS_OPEN_PROJECT (409 / 400)
 */
export async function assertApplicationRules(db: DbOrTx, call: TCallRow, v: TLead & { team: readonly unknown[] }, exceptId?: number) {
  if (call.status !== 'published')
    throw conflict('RESEARCH_CALL_NOT_PUBLISHED', `申报指南「${call.title}」未发布或已截止，不能申报`, `The call "${call.title}" is not open for applications`);
  if (call.deadline < todayInChina())
    throw conflict('RESEARCH_DEADLINE_PASSED', `申报截止日期 ${call.deadline} 已过，不能再提交`, `The application deadline ${call.deadline} has passed`);
  if (v.team.length > call.maxTeamSize)
    throw badRequest('RESEARCH_TEAM_TOO_LARGE', `项目组成员不能超过 ${call.maxTeamSize} 人（现有 ${v.team.length} 人）`, `At most ${call.maxTeamSize} team members (${v.team.length} given)`, [
      { path: 'team', message: `最多 ${call.maxTeamSize} 人` },
    ]);
  const last = await findUnfinishedLastRound(db, v, call.type, call.year);
  if (last)
    throw conflict(
      'RESEARCH_LEAD_LAST_ROUND_UNFINISHED',
      `负责人 ${v.leadName} 上一批（${last.year} 年）承担的项目「${last.title}」尚未结题（${PROJECT_STATUS_LABELS[last.status].zh}），本批不能申报`,
      `The lead ${v.leadName} has an unfinished project from the last round (${last.year}): "${last.title}"`,
    );
  const open = await findOpenOfLead(db, v, exceptId);
  if (open)
    throw conflict(
      'RESEARCH_LEAD_HAS_OPEN_PROJECT',
      `负责人 ${v.leadName} 已有在研或在审的项目「${open.title}」（${PROJECT_STATUS_LABELS[open.status].zh}），同一负责人同时只能承担一个项目`,
      `The lead ${v.leadName} already has an open application or project: "${open.title}"`,
    );
}

async function assertFile(db: DbOrTx, actor: TActor, id: string | null | undefined, path: string) {
  if (!id) return;
  const f = await findFileById(db, id);
  if (!f || !inScope(actor, f.orgPath)) throw badRequest('RESEARCH_FILE_INVALID', '附件不存在或无权使用', 'The attached file does not exist', [{ path, message: '附件无效' }]);
}

function searchTextOf(v: { title: string; topic?: string | null; abstract?: string | null; leadName: string; leadUnit: string }, orgName: string) {
  return indexTokens(v.title, v.topic, v.abstract, v.leadName, v.leadUnit, orgName);
}

const cleanTeam = (team: TProjectInput['team']): TTeamMember[] => (team ?? []).map((m) => ({ name: m.name, unit: m.unit ?? null, title: m.title ?? null }));

/**
 * 申报: saves an application (草稿) through its 归口 org, and submits it when `submit`. The rules are
 * checked on save too, so the applicant hears of a blocked lead before filling in the rest.
 */
export async function createProject(db: Db, actor: TActor, input: TProjectInput) {
  assertCan(actor, 'research:apply');
  const org = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  const call = await findCallById(db, input.callId);
  if (!call || call.status === 'draft')
    throw badRequest('RESEARCH_CALL_NOT_PUBLISHED', '申报指南不存在或未发布', 'The call does not exist or is not published', [{ path: 'callId', message: '指南无效' }]);
  const team = cleanTeam(input.team);
  await assertFile(db, actor, input.attachmentId, 'attachmentId');
  return db.transaction(async (tx) => {
    await assertApplicationRules(tx, call, { ...input, team });
    const [{ id }] = await tx
      .insert(researchProjects)
      .values({
        callId: call.id,
        orgId: org.id,
        title: input.title,
        topic: input.topic ?? null,
        leadName: input.leadName.trim(),
        leadUnit: input.leadUnit.trim(),
        leadTitle: input.leadTitle ?? null,
        leadPhone: input.leadPhone,
        team,
        abstract: input.abstract ?? null,
        budgetRequested: money(input.budgetRequested),
        attachmentId: input.attachmentId ?? null,
        createdBy: actor.userId,
        searchText: searchTextOf(input, org.name),
      })
      .returning({ id: researchProjects.id });
    const acc = await projectAccess(tx, actor, id);
    await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: id, action: 'create', orgId: org.id, after: presentProject(acc.row, false) });
    if (input.submit) await submitInTx(tx, actor, acc);
    return reload(tx, actor, acc);
  });
}

async function submitInTx(tx: DbOrTx, actor: TActor, acc: TProjectAccess) {
  const at = new Date();
  await applyTransitionInTx(tx, PROJECT_WORKFLOW, {
    entityId: acc.row.id,
    orgId: acc.row.orgId,
    from: acc.row.status,
    to: 'submitted',
    actor,
    parties: projectParties(acc),
    lock: () => lockProjectStatus(tx, acc.row.id),
    update: () => updateProjectRow(tx, acc.row.id, { status: 'submitted', submittedAt: at }),
    at,
  });
  await notify(tx, {
    reviewersOf: { orgId: acc.row.orgId, roles: ['city_staff'] },
    kind: 'research.submitted',
    title: `研究项目申报待初审：${acc.row.title}`,
    titleEn: `Application waiting for first review: ${acc.row.title}`,
    link: `/admin/thinktank/projects/${acc.row.id}`,
  });
}

/** Edits an application while 草稿 / 已退回 (the rules again). */
export async function updateProject(db: Db, actor: TActor, id: number, patch: TProjectPatch) {
  const acc = await projectAccess(db, actor, id);
  const r = acc.row;
  if (!acc.isOwner || !(r.status === 'draft' || r.status === 'returned'))
    throw conflict('RESEARCH_NOT_EDITABLE', `项目处于「${PROJECT_STATUS_LABELS[r.status].zh}」状态，不能修改`, `A project in state ${r.status} cannot be edited`);
  const org = patch.orgId !== undefined && patch.orgId !== r.orgId ? await getOrgInScope(db, actor, patch.orgId) : { id: r.orgId, name: r.orgName };
  const call = (await findCallById(db, r.callId))!;
  const team = patch.team ? cleanTeam(patch.team) : r.team;
  const merged = {
    title: patch.title ?? r.title,
    topic: patch.topic === undefined ? r.topic : patch.topic,
    abstract: patch.abstract === undefined ? r.abstract : patch.abstract,
    leadName: (patch.leadName ?? r.leadName).trim(),
    leadUnit: (patch.leadUnit ?? r.leadUnit).trim(),
    leadPhone: patch.leadPhone ?? r.leadPhone,
  };
  await assertFile(db, actor, patch.attachmentId, 'attachmentId');
  const before = presentProject(r, false);
  return db.transaction(async (tx) => {
    const status = await lockProjectStatus(tx, id);
    if (status !== r.status) throw conflict('RESEARCH_CHANGED', '项目状态已被他人修改，请刷新后重试', 'The project changed meanwhile: reload and retry');
    await assertApplicationRules(tx, call, { ...merged, team }, id);
    const values: Partial<TProjectValues> = {
      orgId: org.id,
      ...merged,
      leadTitle: patch.leadTitle,
      team,
      budgetRequested: patch.budgetRequested === undefined ? undefined : money(patch.budgetRequested),
      attachmentId: patch.attachmentId,
      searchText: searchTextOf(merged, org.name),
    };
    await updateProjectRow(tx, id, values);
    const fresh = { ...acc, row: (await findProjectById(tx, id))! };
    await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: id, action: 'update', orgId: org.id, before, after: presentProject(fresh.row, false) });
    if (patch.submit) await submitInTx(tx, actor, fresh);
    return reload(tx, actor, acc);
  });
}

/** Deletes a draft. */
export async function deleteProject(db: Db, actor: TActor, id: number) {
  const acc = await projectAccess(db, actor, id);
  if (!acc.isOwner || acc.row.status !== 'draft') throw conflict('RESEARCH_NOT_DELETABLE', '只有草稿可以删除', 'Only a draft can be deleted');
  await db.transaction(async (tx) => {
    await tx.delete(researchProjects).where(eq(researchProjects.id, id));
    await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: id, action: 'delete', orgId: acc.row.orgId, before: presentProject(acc.row, false) });
  });
}

type TMove = { to: TProjectStatus; reason?: string | null; values: Partial<TProjectValues>; audit?: { action: string; after?: Record<string, unknown> } };

async function move(tx: DbOrTx, actor: TActor, acc: TProjectAccess, m: TMove) {
  await applyTransitionInTx(tx, PROJECT_WORKFLOW, {
    entityId: acc.row.id,
    orgId: acc.row.orgId,
    from: acc.row.status,
    to: m.to,
    actor,
    parties: projectParties(acc),
    reason: m.reason,
    forbiddenMessage: (rule) => (rule.who.includes('owner') ? undefined : ['只有市科协工作人员可以办理初审、评审、立项、检查和资助', 'Only city staff run reviews, approval, checks and funding']),
    lock: () => lockProjectStatus(tx, acc.row.id),
    update: () => updateProjectRow(tx, acc.row.id, { status: m.to, ...m.values }),
    audit: m.audit,
  });
}

/** 提交 / 重新提交 (owner, before the deadline, the rules again), 初审通过 → 专家评审, 退回 (reason). */
export async function transitionProject(db: Db, actor: TActor, id: number, input: TProjectTransitionInput) {
  const acc = await projectAccess(db, actor, id);
  if (!PLAIN_MOVES.has(input.to) && PROJECT_WORKFLOW.rule(acc.row.status, input.to))
    throw badRequest('RESEARCH_USE_FORM', '分级、立项、中期检查、结题和资助请使用各自的表单', 'Grading, checks and funding have their own forms');
  return db.transaction(async (tx) => {
    if (input.to === 'submitted') {
      if (PROJECT_WORKFLOW.rule(acc.row.status, 'submitted')) {
        const call = (await findCallById(tx, acc.row.callId))!;
        await assertApplicationRules(tx, call, acc.row, id);
      }
      await submitInTx(tx, actor, acc);
    } else {
      await move(tx, actor, acc, {
        to: input.to,
        reason: input.reason,
        values: input.to === 'returned' ? { returnReason: input.reason?.trim() || null } : { returnReason: null },
        audit: { action: input.to === 'returned' ? 'return' : 'first_review' },
      });
    }
    return reload(tx, actor, acc);
  });
}

// ---------------------------------------------------------------- 专家评审

export interface TCandidate {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  assigned: boolean;
  excluded: boolean;
  reasons: Array<{ code: 'self' | 'same_unit' | 'team'; label: string; labelEn: string }>;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s/g, '');

/** Conflicts of interest of one expert with one application: the lead themself, the lead's unit, a team member. */
export function conflictsOf(e: { name: string; unit: string | null }, r: { leadName: string; leadUnit: string; team: TTeamMember[] }): TCandidate['reasons'] {
  const out: TCandidate['reasons'] = [];
  const sameName = norm(e.name) === norm(r.leadName);
  if (sameName) out.push({ code: 'self', label: '申报负责人本人', labelEn: 'The lead themself' });
  if (e.unit && norm(e.unit) === norm(r.leadUnit)) out.push({ code: 'same_unit', label: `与负责人同单位（${r.leadUnit}）`, labelEn: `Same unit as the lead (${r.leadUnit})` });
  const member = r.team.find((m) => norm(m.name) === norm(e.name));
  if (member && !sameName) out.push({ code: 'team', label: `项目组成员（${member.name}）`, labelEn: `A team member (${member.name})` });
  return out;
}

/** The expert pool for one application, conflicts marked with their reasons (excluded ones first). */
export async function reviewerCandidates(db: DbOrTx, actor: TActor, projectId: number, q?: string): Promise<{ items: TCandidate[] }> {
  const acc = await projectAccess(db, actor, projectId);
  if (!acc.isManager) throw forbidden('只有市科协工作人员可以分配评审专家', 'Only city staff assign reviewers');
  const r = acc.row;
  const names = [r.leadName, ...r.team.map((m) => m.name)].map(norm);
  const text = q?.trim();
  const like = text ? `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  const pool = await db
    .select({ id: experts.id, name: experts.name, unit: experts.unit, title: experts.title })
    .from(experts)
    .where(like ? sql`(${experts.name} like ${like} or ${experts.unit} like ${like} or array_to_string(${experts.keywords}, ' ') like ${like})` : undefined)
    .orderBy(
      sql`(case when ${experts.name} in (${sql.join(names.map((n) => sql`${n}`), sql`, `)}) or ${experts.unit} = ${r.leadUnit} then 0 else 1 end)`,
      asc(experts.id),
    )
    .limit(60);
  const assigned = new Set(
    (await db.select({ e: researchReviews.expertId }).from(researchReviews).where(eq(researchReviews.projectId, projectId))).map((x) => x.e),
  );
  return {
    items: pool.map((e) => {
      const reasons = conflictsOf(e, r);
      return { ...e, assigned: assigned.has(e.id), excluded: reasons.length > 0, reasons };
    }),
  };
}

/** Assigns reviewers (专家评审 only); a conflicted expert is refused with the reason. */
export async function assignReviewers(db: Db, actor: TActor, projectId: number, expertIds: number[]) {
  const acc = await projectAccess(db, actor, projectId);
  if (!acc.isManager) throw forbidden('只有市科协工作人员可以分配评审专家', 'Only city staff assign reviewers');
  if (acc.row.status !== 'reviewing')
    throw conflict('RESEARCH_NOT_IN_REVIEW', `项目处于「${PROJECT_STATUS_LABELS[acc.row.status].zh}」状态，初审通过后才能分配评审专家`, 'Reviewers are assigned once the application passed the first review');
  const ids = [...new Set(expertIds)];
  const found = await db.select({ id: experts.id, name: experts.name, unit: experts.unit, userId: experts.userId }).from(experts).where(inArray(experts.id, ids));
  if (found.length !== ids.length) throw badRequest('RESEARCH_EXPERT_INVALID', '评审专家不存在', 'An expert does not exist', [{ path: 'expertIds', message: '专家不存在' }]);
  for (const e of found) {
    const reasons = conflictsOf(e, acc.row);
    if (reasons.length > 0)
      throw conflict('RESEARCH_REVIEWER_CONFLICT', `专家 ${e.name} 需回避：${reasons.map((x) => x.label).join('；')}`, `${e.name} has a conflict of interest: ${reasons.map((x) => x.labelEn).join('; ')}`);
  }
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(researchReviews)
      .values(found.map((e) => ({ projectId, expertId: e.id, assignedBy: actor.userId })))
      .onConflictDoNothing()
      .returning({ expertId: researchReviews.expertId });
    const added = found.filter((e) => rows.some((x) => x.expertId === e.id));
    await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: projectId, action: 'assign_reviewers', orgId: acc.row.orgId, after: { experts: added.map((e) => e.name) } });
    const userIds = added.flatMap((e) => (e.userId ? [e.userId] : []));
    if (userIds.length)
      await notify(tx, { userIds, kind: 'research.review', title: `请评审研究项目：${acc.row.title}`, titleEn: `Please review: ${acc.row.title}`, link: '/admin/thinktank/my-reviews' });
    return reload(tx, actor, acc);
  });
}

/** A reviewer scores and comments on an application assigned to them (while 专家评审). */
export async function submitReview(db: Db, actor: TActor, reviewId: number, input: TReviewInput) {
  assertCan(actor, 'research:review');
  const [rv] = await db.select().from(researchReviews).where(eq(researchReviews.id, reviewId));
  const e = await expertOfUser(db, actor.userId);
  if (!rv || !e || rv.expertId !== e.id) throw notFound('评审任务', 'Review');
  const acc = await projectAccess(db, actor, rv.projectId);
  if (acc.row.status !== 'reviewing') throw conflict('RESEARCH_REVIEW_CLOSED', '专家评审已结束，不能再提交评分', 'The review is closed');
  return db.transaction(async (tx) => {
    await tx
      .update(researchReviews)
      .set({ score: String(input.score), comment: input.comment ?? null, submittedAt: new Date() })
      .where(eq(researchReviews.id, reviewId));
    await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: rv.projectId, action: 'review', orgId: acc.row.orgId, after: { score: input.score } });
    return reload(tx, actor, acc);
  });
}

/** The reviews assigned to me (expert), newest first. */
export async function myReviews(db: DbOrTx, actor: TActor) {
  assertCan(actor, 'research:review');
  const e = await expertOfUser(db, actor.userId);
  if (!e) return { items: [], expertName: null };
  const rows = await db
    .select({
      id: researchReviews.id,
      projectId: researchProjects.id,
      title: researchProjects.title,
      topic: researchProjects.topic,
      abstract: researchProjects.abstract,
      status: researchProjects.status,
      type: researchCalls.type,
      year: researchCalls.year,
      score: researchReviews.score,
      comment: researchReviews.comment,
      assignedAt: researchReviews.assignedAt,
      submittedAt: researchReviews.submittedAt,
    })
    .from(researchReviews)
    .innerJoin(researchProjects, eq(researchProjects.id, researchReviews.projectId))
    .innerJoin(researchCalls, eq(researchCalls.id, researchProjects.callId))
    .where(eq(researchReviews.expertId, e.id))
    .orderBy(desc(researchReviews.assignedAt), desc(researchReviews.id))
    .limit(200);
  return {
    expertName: e.name,
    items: rows.map((x) => ({
      ...x,
      typeLabel: RESEARCH_TYPE_LABELS[x.type].zh,
      statusLabel: PROJECT_STATUS_LABELS[x.status].zh,
      score: num(x.score),
      open: x.status === 'reviewing',
    })),
  };
}

// ---------------------------------------------------------------- 分级 / 立项, 中期, 结题, 资助, 成果

/** 分级: 重点 / 一般 → 已立项 with the budget of the grade (or a given one); 不立项 → rejected. */
export async function gradeProject(db: Db, actor: TActor, id: number, input: TGradeInput) {
  const acc = await projectAccess(db, actor, id);
  const r = acc.row;
  const at = new Date();
  const budget = input.grade === 'none' ? null : (input.budget ?? Number(input.grade === 'key' ? r.budgetKey : r.budgetGeneral));
  return db.transaction(async (tx) => {
    await move(tx, actor, acc, {
      to: input.grade === 'none' ? 'rejected' : 'approved',
      reason: input.reason,
      values: { grade: input.grade, budgetApproved: money(budget), approvedAt: input.grade === 'none' ? null : at },
      audit: { action: input.grade === 'none' ? 'reject' : 'approve', after: { grade: input.grade, budget } },
    });
    return reload(tx, actor, acc);
  });
}

async function addReport(tx: DbOrTx, actor: TActor, projectId: number, kind: TReportKind, v: { title: string; body?: string | null; fileId?: string | null; comments?: string | null; result?: 'passed' | 'rectify' | 'failed'; score?: number }, demo = false) {
  const [row] = await tx
    .insert(researchReports)
    .values({
      projectId,
      kind,
      title: v.title,
      body: v.body ?? null,
      fileId: v.fileId ?? null,
      comments: v.comments ?? null,
      result: v.result ?? null,
      score: v.score === undefined ? null : String(v.score),
      createdBy: actor.userId,
      createdByName: actor.displayName,
      searchText: indexTokens(v.title, v.body),
      isDemo: demo,
    })
    .returning({ id: researchReports.id });
  return row.id;
}

/** 中期检查: the report (file and/or text) with the check's comments; 通过 → 中期通过, 整改 → 中期整改 (comments required). */
export async function midtermCheck(db: Db, actor: TActor, id: number, input: TMidtermInput) {
  const acc = await projectAccess(db, actor, id);
  await assertFile(db, actor, input.fileId, 'fileId');
  return db.transaction(async (tx) => {
    await move(tx, actor, acc, {
      to: input.result === 'passed' ? 'midterm' : 'rectifying',
      reason: input.result === 'rectify' ? input.comments : input.comments,
      values: {},
      audit: { action: 'midterm', after: { result: input.result } },
    });
    await addReport(tx, actor, id, 'midterm', input);
    return reload(tx, actor, acc);
  });
}

/** 结题评审: the final report, a score and the result; 通过 → 已结题, 不通过 → 结题不通过 (comments required). */
export async function finalReview(db: Db, actor: TActor, id: number, input: TFinalInput) {
  const acc = await projectAccess(db, actor, id);
  await assertFile(db, actor, input.fileId, 'fileId');
  return db.transaction(async (tx) => {
    await move(tx, actor, acc, {
      to: input.result === 'passed' ? 'concluded' : 'failed',
      reason: input.comments,
      values: { finalScore: String(input.score), concludedAt: input.result === 'passed' ? new Date() : null },
      audit: { action: 'final_review', after: { result: input.result, score: input.score } },
    });
    await addReport(tx, actor, id, 'final', input);
    return reload(tx, actor, acc);
  });
}

/** 资助: a payment to a concluded project; the first one moves it to 已资助. */
export async function addPayment(db: Db, actor: TActor, id: number, input: TPaymentInput) {
  const acc = await projectAccess(db, actor, id);
  if (!acc.isManager) throw forbidden('只有市科协工作人员可以登记资助', 'Only city staff record payments');
  if (acc.row.status !== 'concluded' && acc.row.status !== 'funded')
    throw conflict('RESEARCH_NOT_CONCLUDED', '项目结题通过后才能拨付资助', 'Funding is paid once the project has concluded');
  return db.transaction(async (tx) => {
    await tx.insert(researchPayments).values({ projectId: id, amount: String(input.amount), paidOn: input.paidOn, note: input.note ?? null, createdBy: actor.userId, createdByName: actor.displayName });
    if (acc.row.status === 'concluded') await move(tx, actor, acc, { to: 'funded', values: {}, audit: { action: 'fund', after: { amount: input.amount, paidOn: input.paidOn } } });
    else await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: id, action: 'fund', orgId: acc.row.orgId, after: { amount: input.amount, paidOn: input.paidOn } });
    return reload(tx, actor, acc);
  });
}

/** 研究成果: a deliverable (title, summary or full text, optional file), searchable in full text. */
export async function addDeliverable(db: Db, actor: TActor, id: number, input: TDeliverableInput) {
  const acc = await projectAccess(db, actor, id);
  if (!acc.isOwner && !acc.isManager) throw forbidden();
  if (!PROJECT_APPROVED_STATUSES.includes(acc.row.status)) throw conflict('RESEARCH_NOT_APPROVED', '立项后才能提交研究成果', 'Deliverables are added once the project is approved');
  await assertFile(db, actor, input.fileId, 'fileId');
  return db.transaction(async (tx) => {
    const reportId = await addReport(tx, actor, id, 'deliverable', input);
    await recordAudit(tx, actor, { entity: PROJECT_ENTITY, entityId: id, action: 'deliverable', orgId: acc.row.orgId, after: { reportId, title: input.title } });
    return reload(tx, actor, acc);
  });
}

// ---------------------------------------------------------------- statistics

/** Projects by type and year: applications received, 立项, concluded (the chart and the figures agree). */
export async function researchStats(db: DbOrTx, actor: TActor, q: { orgId?: number; from?: string; to?: string }) {
  assertCan(actor, 'research:read');
  let path = actor.orgPath;
  if (q.orgId) path = (await getOrgInScope(db, actor, q.orgId)).path;
  const fromY = q.from ? Number(q.from.slice(0, 4)) : 0;
  const toY = q.to ? Number(q.to.slice(0, 4)) : 9999;
  const rows = await db
    .select({
      year: researchCalls.year,
      type: researchCalls.type,
      applications: sql<number>`count(*) filter (where ${researchProjects.status} <> 'draft')::int`,
      approved: sql<number>`count(*) filter (where ${researchProjects.status} in ('approved', 'rectifying', 'midterm', 'concluded', 'failed', 'funded'))::int`,
      concluded: sql<number>`count(*) filter (where ${researchProjects.status} in ('concluded', 'funded'))::int`,
    })
    .from(researchProjects)
    .innerJoin(researchCalls, eq(researchCalls.id, researchProjects.callId))
    .where(
      and(
        sql`${researchProjects.orgId} in (select o.id from orgs o where o.path like ${`${path}%`})`,
        sql`${researchCalls.year} between ${fromY} and ${toY}`,
      ),
    )
    .groupBy(researchCalls.year, researchCalls.type)
    .orderBy(asc(researchCalls.year), asc(researchCalls.type));
  return { items: rows.map((r) => ({ ...r, typeLabel: RESEARCH_TYPE_LABELS[r.type].zh, applications: Number(r.applications), approved: Number(r.approved), concluded: Number(r.concluded) })) };
}
