import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, can, canRevealPii, inScope } from '../../../platform/auth/policy.js';
import { getUser } from '../../../platform/auth/user.service.js';
import { type TFieldError, badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import { maskPhone } from '../../../platform/mask.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import {
  type TEnterpriseRowWithOrg,
  type TEnterpriseValues,
  deleteEnterpriseRow,
  enterpriseIdsOfUser,
  enterpriseKeys,
  enterpriseRowValues,
  enterpriseValuesOf,
  enterpriseVisibility,
  findEnterpriseById,
  findEnterpriseIdByCreditCode,
  findEnterprisesByCreditCodes,
  insertEnterprise,
  insertEnterprises,
  linkEnterpriseUser,
  replaceEnterpriseUsers,
  selectEnterprises,
  updateEnterpriseRow,
  usersOfEnterprises,
} from './enterprise.repo.js';
import type { TEnterpriseInput, TEnterpriseOut, TEnterprisePatch, TEnterpriseQuery } from './enterprise.types.js';

const ENTITY = 'enterprise';
const WHAT = ['企业', 'Enterprise'] as const;
const SCOPE_READERS = new Set(['admin', 'city_staff', 'district_staff', 'liaison', 'leader']);

/** Staff, liaisons and leaders read enterprises by org subtree; an enterprise account reads its own only. */
export function readsEnterprisesByScope(actor: TActor): boolean {
  return actor.roles.some((r) => SCOPE_READERS.has(r));
}

/** Enterprises the actor's account acts for (role enterprise). */
export async function memberEnterpriseIds(db: DbOrTx, actor: TActor): Promise<number[]> {
  return actor.roles.includes('enterprise') ? enterpriseIdsOfUser(db, actor.userId) : [];
}

/** What other innovation services need of an enterprise: name and scope. Undefined when it does not exist. */
export async function enterpriseRef(db: DbOrTx, id: number) {
  const row = await findEnterpriseById(db, id);
  return row && { id: row.id, name: row.name, orgId: row.orgId, orgPath: row.orgPath };
}

function presentEnterprise(row: TEnterpriseRowWithOrg, actor: TActor, users: TEnterpriseOut['users'], isMember: boolean): TEnterpriseOut {
  const masked = !isMember; // the enterprise's own users see their contact; staff reveal it (GET …/pii, audited)
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    orgId: row.orgId,
    orgName: row.orgName,
    industry: row.industry,
    clusters: row.clusters,
    scale: row.scale,
    isHighTech: row.isHighTech,
    address: row.address,
    contactName: row.contactName,
    contactPhone: masked ? maskPhone(row.contactPhone) : row.contactPhone,
    intro: row.intro,
    piiMasked: masked,
    piiRevealable: masked && canRevealPii(actor) && Boolean(row.contactPhone),
    demandCount: Number(row.demandCount),
    users,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function present(db: DbOrTx, actor: TActor, row: TEnterpriseRowWithOrg, memberIds?: number[]): Promise<TEnterpriseOut> {
  const ids = memberIds ?? (await memberEnterpriseIds(db, actor));
  const users = await usersOfEnterprises(db, [row.id]);
  return presentEnterprise(row, actor, users.get(row.id) ?? [], ids.includes(row.id));
}

/** An enterprise the actor may read; NOT_FOUND otherwise (its existence is not revealed). */
async function findReadable(db: DbOrTx, actor: TActor, id: number): Promise<TEnterpriseRowWithOrg> {
  assertCan(actor, 'enterprises:read');
  const row = await findEnterpriseById(db, id);
  if (!row) throw notFound(...WHAT);
  const visible = (readsEnterprisesByScope(actor) && inScope(actor, row.orgPath)) || (await memberEnterpriseIds(db, actor)).includes(id);
  if (!visible) throw notFound(...WHAT);
  return row;
}

/** An enterprise the actor manages (staff of its org subtree). */
async function findManaged(db: DbOrTx, actor: TActor, id: number): Promise<TEnterpriseRowWithOrg> {
  assertCan(actor, 'enterprises:write');
  const row = await findEnterpriseById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFound(...WHAT);
  return row;
}

async function assertCreditCodeFree(db: DbOrTx, creditCode: string, selfId?: number) {
  const hit = await findEnterpriseIdByCreditCode(db, creditCode);
  if (hit !== undefined && hit !== selfId)
    throw conflict('ENTERPRISE_DUPLICATE', `统一社会信用代码 ${creditCode} 已登记`, `An enterprise with credit code ${creditCode} is already registered`);
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getEnterprise(db: DbOrTx, actor: TActor, id: number): Promise<TEnterpriseOut> {
  return present(db, actor, await findReadable(db, actor, id));
}

/**
 * The full contact phone of one enterprise, for a role the configuration allows; audited.
 * @throws AppError FORBIDDEN, NOT_FOUND (outside scope too)
 */
export async function revealEnterprisePii(db: Db, actor: TActor, id: number) {
  const row = await findReadable(db, actor, id);
  if (!canRevealPii(actor)) throw forbidden('无权查看完整的联系电话', 'You may not see full phone numbers');
  await recordAudit(db, actor, {
    entity: ENTITY,
    entityId: id,
    action: 'reveal_pii',
    orgId: row.orgId,
    after: { fields: ['contactPhone'] },
    note: `查看 ${row.name} 联系人的完整电话`,
  });
  return { id, contactPhone: row.contactPhone };
}

export async function listEnterprises(db: DbOrTx, actor: TActor, q: TEnterpriseQuery) {
  assertCan(actor, 'enterprises:read');
  const visibility = enterpriseVisibility(actor, readsEnterprisesByScope(actor));
  const { items, total } = await selectEnterprises(db, visibility, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const [users, memberIds] = await Promise.all([usersOfEnterprises(db, items.map((i) => i.id)), memberEnterpriseIds(db, actor)]);
  return { items: items.map((r) => presentEnterprise(r, actor, users.get(r.id) ?? [], memberIds.includes(r.id))), total };
}

/**
 * Registers an enterprise in an org of the actor's subtree (default: the actor's org).
 * @throws AppError FORBIDDEN, NOT_FOUND (org), ENTERPRISE_DUPLICATE
 */
export async function createEnterprise(db: Db, actor: TActor, input: TEnterpriseInput): Promise<TEnterpriseOut> {
  assertCan(actor, 'enterprises:write');
  const org = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  return db.transaction(async (tx) => {
    await assertCreditCodeFree(tx, input.creditCode);
    const { id } = await insertEnterprise(tx, enterpriseRowValues(enterpriseValuesOf(input, org.id)));
    const out = await present(tx, actor, (await findEnterpriseById(tx, id))!);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId: org.id, after: out });
    return out;
  });
}

/**
 * Edits an enterprise of the actor's subtree; moving it needs the new org in scope too. Its demands
 * keep the org they were filed under.
 * @throws AppError FORBIDDEN, NOT_FOUND, ENTERPRISE_DUPLICATE
 */
export async function updateEnterprise(db: Db, actor: TActor, id: number, patch: TEnterprisePatch): Promise<TEnterpriseOut> {
  const current = await findManaged(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== current.orgId) await getOrgInScope(db, actor, patch.orgId);
  const before = await present(db, actor, current);
  const merged: TEnterpriseValues = {
    name: patch.name ?? current.name,
    creditCode: patch.creditCode ?? current.creditCode,
    orgId: patch.orgId ?? current.orgId,
    industry: patch.industry === undefined ? current.industry : patch.industry,
    clusters: patch.clusters ?? current.clusters,
    scale: patch.scale === undefined ? current.scale : patch.scale,
    isHighTech: patch.isHighTech ?? current.isHighTech,
    address: patch.address === undefined ? current.address : patch.address,
    contactName: patch.contactName === undefined ? current.contactName : patch.contactName,
    contactPhone: patch.contactPhone === undefined ? current.contactPhone : patch.contactPhone,
    intro: patch.intro === undefined ? current.intro : patch.intro,
  };
  return db.transaction(async (tx) => {
    await assertCreditCodeFree(tx, merged.creditCode, id);
    await updateEnterpriseRow(tx, id, enterpriseRowValues(merged));
    const out = await present(tx, actor, (await findEnterpriseById(tx, id))!);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: merged.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, ENTERPRISE_IN_USE (it has demands) */
export async function deleteEnterprise(db: Db, actor: TActor, id: number): Promise<void> {
  const row = await findManaged(db, actor, id);
  if (Number(row.demandCount) > 0)
    throw conflict('ENTERPRISE_IN_USE', `该企业有 ${row.demandCount} 项技术需求，不能删除`, 'The enterprise has technical demands and cannot be deleted');
  const before = await present(db, actor, row);
  await db.transaction(async (tx) => {
    await deleteEnterpriseRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: row.orgId, before });
  });
}

/** Accounts the actor manages that have the enterprise role; field errors otherwise. */
async function assertEnterpriseAccounts(db: Db, actor: TActor, userIds: number[], field: (i: number) => string) {
  const errors: TFieldError[] = [];
  for (const [i, userId] of userIds.entries()) {
    const user = can(actor, 'users:read') ? await getUser(db, actor, userId).catch(() => null) : null;
    if (!user) errors.push({ path: field(i), message: '账号不存在或不在您的管辖范围内' });
    else if (!user.roles.includes('enterprise')) errors.push({ path: field(i), message: '该账号不是企业用户角色' });
  }
  if (errors.length)
    throw badRequest('ENTERPRISE_USER_INVALID', `不能关联该账号：${errors[0].message}`, 'The account cannot act for an enterprise', errors);
}

/**
 * Lets an account (role enterprise, in the actor's subtree) act for the enterprise: post demands, see matches.
 * @throws AppError FORBIDDEN, NOT_FOUND, ENTERPRISE_USER_INVALID
 */
export async function linkUserToEnterprise(db: Db, actor: TActor, id: number, userId: number): Promise<TEnterpriseOut> {
  const row = await findManaged(db, actor, id);
  await assertEnterpriseAccounts(db, actor, [userId], () => 'userId');
  return db.transaction(async (tx) => {
    await linkEnterpriseUser(tx, id, userId);
    const out = await present(tx, actor, row);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'link-user', orgId: row.orgId, after: { userId }, note: `关联企业账号 ${userId}` });
    return out;
  });
}

/**
 * Sets the complete list of accounts acting for the enterprise (an empty list unlinks everyone).
 * @throws AppError FORBIDDEN, NOT_FOUND, ENTERPRISE_USER_INVALID
 */
export async function setEnterpriseUsers(db: Db, actor: TActor, id: number, userIds: number[]): Promise<TEnterpriseOut> {
  const row = await findManaged(db, actor, id);
  const before = await present(db, actor, row);
  await assertEnterpriseAccounts(db, actor, userIds, (i) => `userIds.${i}`);
  return db.transaction(async (tx) => {
    await replaceEnterpriseUsers(tx, id, userIds);
    const out = await present(tx, actor, row);
    await recordAudit(tx, actor, {
      entity: ENTITY,
      entityId: id,
      action: 'set-users',
      orgId: row.orgId,
      before: { users: before.users.map((u) => u.userId) },
      after: { users: out.users.map((u) => u.userId) },
    });
    return out;
  });
}

/** Fields an import file may leave out; a matched enterprise then keeps its value. */
export const ENTERPRISE_OPTIONAL_FIELDS = ['industry', 'clusters', 'scale', 'isHighTech', 'address', 'contactName', 'contactPhone', 'intro'] as const;
export type TEnterpriseOptionalField = (typeof ENTERPRISE_OPTIONAL_FIELDS)[number];

/**
 * Import: inserts new enterprises and updates those matched on 统一社会信用代码, inside the caller's
 * transaction. Fields in `keep` (columns absent from the file) keep their current values on update.
 * A code registered by an org outside the actor's subtree, or an org outside it, is a row error; the
 * caller rolls back when there is any (all or nothing). Re-importing the same file changes nothing new.
 * @throws AppError FORBIDDEN
 */
export async function upsertEnterprises(
  tx: DbOrTx,
  actor: TActor,
  inputs: Array<TEnterpriseInput & { orgId: number }>,
  opts: { keep?: readonly TEnterpriseOptionalField[]; onProgress?: (done: number) => void } = {},
): Promise<{ inserted: number; updated: number; errors: TRowError[] }> {
  assertCan(actor, 'enterprises:write');
  const errors: TRowError[] = [];
  const existing = new Map((await findEnterprisesByCreditCodes(tx, inputs.map((i) => i.creditCode))).map((e) => [e.creditCode, e]));
  const toInsert: Array<ReturnType<typeof enterpriseRowValues>> = [];
  const toUpdate: Array<{ id: number; values: ReturnType<typeof enterpriseRowValues> }> = [];
  inputs.forEach((input, index) => {
    const hit = existing.get(input.creditCode);
    const values = enterpriseValuesOf(input, input.orgId);
    if (!hit) {
      toInsert.push(enterpriseRowValues(values));
      return;
    }
    if (!inScope(actor, hit.orgPath)) {
      errors.push({ index, column: 'creditCode', message: '该企业已由其他组织登记，无权修改', messageEn: 'This enterprise is registered by an org outside your scope' });
      return;
    }
    for (const f of opts.keep ?? []) (values as unknown as Record<string, unknown>)[f] = hit[f];
    toUpdate.push({ id: hit.id, values: enterpriseRowValues(values) });
  });
  if (errors.length > 0) return { inserted: 0, updated: 0, errors };
  let done = 0;
  const CHUNK = 500;
  for (let i = 0; i < toInsert.length; i += CHUNK) {
    await insertEnterprises(tx, toInsert.slice(i, i + CHUNK));
    done += Math.min(CHUNK, toInsert.length - i);
    opts.onProgress?.(done);
  }
  for (const u of toUpdate) {
    await updateEnterpriseRow(tx, u.id, u.values);
    if (++done % 100 === 0) opts.onProgress?.(done);
  }
  opts.onProgress?.(done);
  await recordAudit(tx, actor, {
    entity: ENTITY,
    action: 'import',
    after: { inserted: toInsert.length, updated: toUpdate.length, updatedIds: toUpdate.map((u) => u.id).slice(0, 1000) },
    note: `批量导入企业 ${inputs.length} 行`,
  });
  return { inserted: toInsert.length, updated: toUpdate.length, errors };
}

/** A row problem found while committing an import; `index` points into the inputs. */
export interface TRowError {
  index: number;
  column?: string;
  message: string;
  messageEn: string;
}

/** 统一社会信用代码 → the enterprise, for the enterprises of the actor's subtree (staff's demand import). */
export async function enterprisesByCreditCodeInScope(db: DbOrTx, actor: TActor) {
  const rows = await enterpriseKeys(db, enterpriseVisibility(actor, true));
  return new Map(rows.map((r) => [r.creditCode, r]));
}
