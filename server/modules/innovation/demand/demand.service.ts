import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, can, inScope } from '../../../platform/auth/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import type { TTransitionRule } from '../../../platform/workflow/workflow.js';
import { applyTransitionInTx, listTransitions } from '../../../platform/workflow/workflow.service.js';
import { enterpriseRef, memberEnterpriseIds } from '../enterprise/enterprise.service.js';
import {
  type TDemandRowFull,
  type TDemandValues,
  demandRowValues,
  demandsOfEnterprises,
  demandVisibility,
  findDemandById,
  insertDemand,
  lockDemandStatus,
  selectDemands,
  setDemandStatus,
  updateDemandRow,
} from './demand.repo.js';
import { scheduleDemandDeadline } from './demand.reminders.js';
import type { TDemandInput, TDemandOut, TDemandPatch, TDemandQuery, TDemandSummary, TDemandTransitionInput } from './demand.types.js';
import {
  DEMAND_OWNER_EDITABLE,
  DEMAND_OPEN,
  DEMAND_PUBLISHED_OR_LATER,
  DEMAND_REVIEWER_EDITABLE,
  DEMAND_STATUS_LABELS,
  DEMAND_WORKFLOW,
  type TDemandParty,
  type TDemandStatus,
  allowedDemandTransitions,
  demandParties,
} from './demand.workflow.js';

const ENTITY = 'demand';
const WHAT = ['技术需求', 'Technical demand'] as const;
const SCOPE_READERS = new Set(['admin', 'city_staff', 'district_staff', 'leader']);

/** Staff and leaders read demands by org subtree; enterprise accounts read their enterprises' demands. */
export function readsDemandsByScope(actor: TActor): boolean {
  return actor.roles.some((r) => SCOPE_READERS.has(r));
}

/** What the actor is to one demand. */
export interface TDemandAccess {
  row: TDemandRowFull;
  /** Acts for the demand's enterprise, or filed it on the enterprise's behalf (staff). */
  isOwner: boolean;
  /** Staff of the demand's org subtree who do not act for its enterprise: approve, return, dock, sign, invite. */
  isReviewer: boolean;
  /** Acts for the demand's enterprise (an enterprise account). */
  isMember: boolean;
}

/**
 * Loads a demand the actor may read. Enterprise accounts see their enterprises' demands (drafts too);
 * staff and leaders their subtree's demands except other people's drafts. Anything else is NOT_FOUND.
 * @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function demandAccess(db: DbOrTx, actor: TActor, id: number): Promise<TDemandAccess> {
  assertCan(actor, 'demands:read');
  const row = await findDemandById(db, id);
  if (!row) throw notFound(...WHAT);
  const isMember = (await memberEnterpriseIds(db, actor)).includes(row.enterpriseId);
  const staffInScope = inScope(actor, row.orgPath) && can(actor, 'demands:review');
  const readsByScope = readsDemandsByScope(actor) && inScope(actor, row.orgPath) && (row.status !== 'draft' || row.createdBy === actor.userId);
  if (!isMember && !readsByScope) throw notFound(...WHAT);
  return {
    row,
    isMember,
    isOwner: isMember || (staffInScope && row.createdBy === actor.userId),
    isReviewer: staffInScope && !isMember,
  };
}

/** Whether the actor may see recommended experts: staff in scope; the enterprise once the demand is published. */
export function canSeeDemandMatches(actor: TActor, a: TDemandAccess): boolean {
  return (a.isReviewer && can(actor, 'matching:use')) || (a.isOwner && DEMAND_PUBLISHED_OR_LATER.has(a.row.status));
}

function canEdit(a: TDemandAccess): boolean {
  return (a.isOwner && DEMAND_OWNER_EDITABLE.has(a.row.status)) || (a.isReviewer && DEMAND_REVIEWER_EDITABLE.has(a.row.status));
}

function presentSummary(row: TDemandRowFull): TDemandSummary {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    cluster: row.cluster,
    industries: row.industries,
    keywords: row.keywords,
    budgetMin: row.budgetMin === null ? null : Number(row.budgetMin),
    budgetMax: row.budgetMax === null ? null : Number(row.budgetMax),
    deadline: row.deadline,
    confidentiality: row.confidentiality,
    status: row.status,
    statusLabel: DEMAND_STATUS_LABELS[row.status],
    returnReason: row.returnReason,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    orgId: row.orgId,
    orgName: row.orgName,
    createdBy: row.createdBy,
    publishedAt: row.publishedAt,
    closedAt: row.closedAt,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function present(db: DbOrTx, actor: TActor, a: TDemandAccess): Promise<TDemandOut> {
  return {
    ...presentSummary(a.row),
    description: a.row.description,
    transitions: await listTransitions(db, DEMAND_WORKFLOW, a.row.id),
    allowedTransitions: allowedDemandTransitions(a.row.status, a),
    canEdit: canEdit(a),
    canSeeMatches: canSeeDemandMatches(actor, a),
    canInvite: a.isReviewer && DEMAND_OPEN.has(a.row.status),
  };
}

/** Re-reads the demand (inside a transaction, after a write) with the same access. */
async function reload(db: DbOrTx, actor: TActor, a: TDemandAccess): Promise<TDemandOut> {
  const row = (await findDemandById(db, a.row.id))!;
  return present(db, actor, { ...a, row });
}

function assertBudget(v: Pick<TDemandValues, 'budgetMin' | 'budgetMax'>) {
  if (v.budgetMin != null && v.budgetMax != null && v.budgetMin > v.budgetMax)
    throw badRequest('VALIDATION_FAILED', '预算下限不能高于上限', 'budgetMin must not exceed budgetMax', [
      { path: 'budgetMax', message: '预算上限应不低于下限' },
    ]);
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getDemand(db: DbOrTx, actor: TActor, id: number): Promise<TDemandOut> {
  return present(db, actor, await demandAccess(db, actor, id));
}

/** Demands the actor may read, filtered, sorted and paged. */
export async function listDemands(db: DbOrTx, actor: TActor, q: TDemandQuery) {
  assertCan(actor, 'demands:read');
  const memberIds = await memberEnterpriseIds(db, actor);
  const visibility = demandVisibility(actor, { byScope: readsDemandsByScope(actor), memberIds });
  const { items, total } = await selectDemands(db, actor, visibility, memberIds, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: items.map(presentSummary), total };
}

/**
 * Files a demand as a draft. Enterprise accounts file for their own enterprise (the default when they
 * act for exactly one); staff file for an enterprise of their subtree.
 * @throws AppError FORBIDDEN, NOT_FOUND (enterprise), ENTERPRISE_REQUIRED
 */
export async function createDemand(db: Db, actor: TActor, input: TDemandInput): Promise<TDemandOut> {
  assertCan(actor, 'demands:write');
  const memberIds = await memberEnterpriseIds(db, actor);
  let enterpriseId = input.enterpriseId;
  if (enterpriseId === undefined) {
    if (memberIds.length !== 1)
      throw badRequest('ENTERPRISE_REQUIRED', '请选择需求所属企业', 'Choose the enterprise the demand belongs to', [
        { path: 'enterpriseId', message: '请选择企业' },
      ]);
    enterpriseId = memberIds[0];
  }
  const enterprise = await enterpriseRef(db, enterpriseId);
  const isMember = memberIds.includes(enterpriseId);
  const staffInScope = !!enterprise && can(actor, 'demands:review') && inScope(actor, enterprise.orgPath);
  if (!enterprise || (!isMember && !staffInScope)) {
    if (actor.roles.includes('enterprise') && !can(actor, 'demands:review'))
      throw forbidden('只能为本企业发布技术需求', 'You can file demands for your own enterprise only');
    throw notFound('企业', 'Enterprise');
  }
  const values: TDemandValues = {
    title: input.title,
    description: input.description,
    category: input.category,
    cluster: input.cluster ?? null,
    industries: input.industries ?? [],
    keywords: input.keywords ?? [],
    budgetMin: input.budgetMin ?? null,
    budgetMax: input.budgetMax ?? null,
    deadline: input.deadline ?? null,
    confidentiality: input.confidentiality ?? 'public',
  };
  assertBudget(values);
  return db.transaction(async (tx) => {
    const { id } = await insertDemand(tx, { ...demandRowValues(values), enterpriseId: enterprise.id, orgId: enterprise.orgId, createdBy: actor.userId });
    const out = await present(tx, actor, { row: (await findDemandById(tx, id))!, isMember, isOwner: true, isReviewer: staffInScope && !isMember });
    await scheduleDemandDeadline(tx, id, values.deadline);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId: enterprise.orgId, after: out });
    return out;
  });
}

/**
 * Edits a demand: the enterprise while it is a draft or returned; staff of its subtree until it is closed.
 * @throws AppError FORBIDDEN, NOT_FOUND, DEMAND_NOT_EDITABLE
 */
export async function updateDemand(db: Db, actor: TActor, id: number, patch: TDemandPatch): Promise<TDemandOut> {
  assertCan(actor, 'demands:write');
  const a = await demandAccess(db, actor, id);
  if (!a.isOwner && !a.isReviewer) throw forbidden();
  if (!canEdit(a))
    throw conflict(
      'DEMAND_NOT_EDITABLE',
      `需求处于「${DEMAND_STATUS_LABELS[a.row.status]}」状态，不能修改`,
      `A demand in state ${a.row.status} cannot be edited by you`,
    );
  const r = a.row;
  const merged: TDemandValues = {
    title: patch.title ?? r.title,
    description: patch.description ?? r.description,
    category: patch.category ?? r.category,
    cluster: patch.cluster === undefined ? r.cluster : patch.cluster,
    industries: patch.industries ?? r.industries,
    keywords: patch.keywords ?? r.keywords,
    budgetMin: patch.budgetMin === undefined ? (r.budgetMin === null ? null : Number(r.budgetMin)) : patch.budgetMin,
    budgetMax: patch.budgetMax === undefined ? (r.budgetMax === null ? null : Number(r.budgetMax)) : patch.budgetMax,
    deadline: patch.deadline === undefined ? r.deadline : patch.deadline,
    confidentiality: patch.confidentiality ?? r.confidentiality,
  };
  assertBudget(merged);
  const before = await present(db, actor, a);
  return db.transaction(async (tx) => {
    const status = await lockDemandStatus(tx, id);
    if (status !== r.status) throw conflict('DEMAND_CHANGED', '需求状态已被他人修改，请刷新后重试', 'The demand changed meanwhile: reload and retry');
    await updateDemandRow(tx, id, demandRowValues(merged));
    const out = await reload(tx, actor, a);
    if (merged.deadline !== r.deadline) await scheduleDemandDeadline(tx, id, merged.deadline);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: r.orgId, before, after: out });
    return out;
  });
}

/**
 * Moves a demand and records the transition (status_transitions) and the audit row, inside the
 * caller's transaction. The row is locked and its status re-checked, so two concurrent moves cannot
 * both apply.
 * @throws AppError DEMAND_TRANSITION_INVALID, FORBIDDEN, REASON_REQUIRED
 */
export async function applyDemandTransitionInTx(
  tx: DbOrTx,
  actor: TActor | null,
  row: Pick<TDemandRowFull, 'id' | 'orgId'>,
  t: { from: TDemandStatus; to: TDemandStatus; parties: readonly TDemandParty[]; reason: string | null; audit?: false },
) {
  const at = new Date();
  const reason = t.reason?.trim() || null;
  await applyTransitionInTx(tx, DEMAND_WORKFLOW, {
    entityId: row.id,
    orgId: row.orgId,
    from: t.from,
    to: t.to,
    actor,
    parties: t.parties,
    reason,
    at,
    lock: () => lockDemandStatus(tx, row.id),
    update: () => setDemandStatus(tx, row.id, { to: t.to, reason, at }),
    audit: t.audit,
  });
}

function wrongParty(a: TDemandAccess) {
  return (rule: TTransitionRule<TDemandParty>): [string, string] | undefined => {
    if (a.isMember && rule.who.includes('reviewer'))
      return ['企业不能审核或推进自己的需求，请等待科协工作人员处理', 'An enterprise cannot approve or advance its own demand: staff do that'];
    if (rule.who.includes('owner') && !rule.who.includes('reviewer')) return ['只有需求企业可以执行此操作', 'Only the enterprise that filed the demand can do this'];
    return undefined;
  };
}

/**
 * Moves a demand along its workflow (DESIGN.md §4). Illegal moves change nothing: 409 with the two
 * states named; a legal move by the wrong party (an enterprise approving its own demand) is 403.
 * @throws AppError FORBIDDEN, NOT_FOUND, DEMAND_TRANSITION_INVALID, REASON_REQUIRED
 */
export async function transitionDemand(db: Db, actor: TActor, id: number, input: TDemandTransitionInput): Promise<TDemandOut> {
  const a = await demandAccess(db, actor, id);
  const from = a.row.status;
  return db.transaction(async (tx) => {
    await applyTransitionInTx(tx, DEMAND_WORKFLOW, {
      entityId: a.row.id,
      orgId: a.row.orgId,
      from,
      to: input.to,
      actor,
      parties: demandParties(a),
      reason: input.reason,
      forbiddenMessage: wrongParty(a),
      lock: () => lockDemandStatus(tx, id),
      update: () => setDemandStatus(tx, id, { to: input.to, reason: input.reason?.trim() || null, at: new Date() }),
    });
    return reload(tx, actor, a);
  });
}

/** Fields an import file may leave out; a matched demand then keeps its value. */
export const DEMAND_OPTIONAL_FIELDS = ['cluster', 'industries', 'keywords', 'budgetMin', 'budgetMax', 'deadline', 'confidentiality'] as const;
export type TDemandOptionalField = (typeof DEMAND_OPTIONAL_FIELDS)[number];

/** States a demand may enter the platform in by import (staff collected it; later steps go through the workflow). */
export const DEMAND_IMPORT_STATUSES: ReadonlySet<TDemandStatus> = new Set(['draft', 'pending', 'published']);

export interface TDemandImportInput extends TDemandValues {
  enterpriseId: number;
  orgId: number;
  /** For new demands; ignored for matched ones (their state moves through the workflow only). */
  status: TDemandStatus | null;
}

/** 企业 + 需求名称: how an import row finds the demand it updates. */
export const demandImportKey = (enterpriseId: number, title: string) => `${enterpriseId}|${title}`;

/**
 * Import (staff): inserts new demands and updates those matched on enterprise + 需求名称, inside the
 * caller's transaction. A new demand starts as 草稿, 待审核 or 已发布 (recorded as transitions from 草稿,
 * reason 批量导入); a matched one keeps its state, and a closed one cannot be changed. Fields in `keep`
 * (columns absent from the file) keep their values. Any row error: the caller rolls back.
 * @throws AppError FORBIDDEN
 */
export async function upsertDemands(
  tx: DbOrTx,
  actor: TActor,
  inputs: TDemandImportInput[],
  opts: { keep?: readonly TDemandOptionalField[]; onProgress?: (done: number) => void } = {},
): Promise<{ inserted: number; updated: number; errors: Array<{ index: number; column?: string; message: string; messageEn: string }> }> {
  assertCan(actor, 'demands:review');
  const errors: Array<{ index: number; column?: string; message: string; messageEn: string }> = [];
  const existing = new Map((await demandsOfEnterprises(tx, inputs.map((i) => i.enterpriseId))).map((d) => [demandImportKey(d.enterpriseId, d.title), d]));
  const toInsert: TDemandImportInput[] = [];
  const toUpdate: Array<{ id: number; values: TDemandValues }> = [];
  inputs.forEach((input, index) => {
    const { enterpriseId: _e, orgId: _o, status, ...values } = input;
    const hit = existing.get(demandImportKey(input.enterpriseId, input.title));
    if (!hit) {
      if (status && !DEMAND_IMPORT_STATUSES.has(status))
        errors.push({ index, column: 'status', message: '新导入的需求状态只能是草稿、待审核或已发布', messageEn: 'A new demand can be imported as draft, pending or published only' });
      else toInsert.push(input);
      return;
    }
    if (hit.status === 'closed') {
      errors.push({ index, column: 'title', message: '该需求已关闭，不能修改', messageEn: 'The demand is closed and cannot be changed' });
      return;
    }
    for (const f of opts.keep ?? []) (values as Record<string, unknown>)[f] = f === 'budgetMin' || f === 'budgetMax' ? (hit[f] === null ? null : Number(hit[f])) : hit[f];
    toUpdate.push({ id: hit.id, values });
  });
  for (const [i, input] of inputs.entries()) {
    if (input.budgetMin != null && input.budgetMax != null && input.budgetMin > input.budgetMax)
      errors.push({ index: i, column: 'budgetMax', message: '预算上限应不低于下限', messageEn: 'budgetMax must not be below budgetMin' });
  }
  if (errors.length > 0) return { inserted: 0, updated: 0, errors: errors.sort((a, b) => a.index - b.index) };
  let done = 0;
  for (const input of toInsert) {
    const { enterpriseId, orgId, status, ...values } = input;
    const { id } = await insertDemand(tx, { ...demandRowValues(values), enterpriseId, orgId, createdBy: actor.userId });
    await scheduleDemandDeadline(tx, id, values.deadline);
    const steps: TDemandStatus[] = status === 'published' ? ['pending', 'published'] : status === 'pending' ? ['pending'] : [];
    let from: TDemandStatus = 'draft';
    for (const to of steps) {
      // Staff file imported demands for the enterprise: owner and reviewer at once; one audit row for the batch.
      await applyDemandTransitionInTx(tx, actor, { id, orgId }, { from, to, parties: ['owner', 'reviewer'], reason: '批量导入', audit: false });
      from = to;
    }
    if (++done % 100 === 0) opts.onProgress?.(done);
  }
  for (const u of toUpdate) {
    await updateDemandRow(tx, u.id, demandRowValues(u.values));
    await scheduleDemandDeadline(tx, u.id, u.values.deadline);
    if (++done % 100 === 0) opts.onProgress?.(done);
  }
  opts.onProgress?.(done);
  await recordAudit(tx, actor, {
    entity: ENTITY,
    action: 'import',
    after: { inserted: toInsert.length, updated: toUpdate.length, updatedIds: toUpdate.map((u) => u.id).slice(0, 1000) },
    note: `批量导入技术需求 ${inputs.length} 行`,
  });
  return { inserted: toInsert.length, updated: toUpdate.length, errors };
}
