import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, can, inScope } from '../../../platform/auth/policy.js';
import { getUser } from '../../../platform/auth/user.service.js';
import { AppError, type TFieldError, badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { getPerson } from '../../people/person.service.js';
import { reindexExpert, removeExpertFromIndex } from '../matching/match.service.js';
import {
  type TExpertRowWithOrg,
  type TExpertValues,
  achievementsOf,
  countOpenEngagements,
  deleteExpertRow,
  expertCardsByIds,
  expertRowValues,
  expertsLinkedToUsers,
  findExpertById,
  findExpertByUserId,
  findExpertsByNames,
  insertAchievements,
  insertExperts,
  replaceAchievements,
  selectExperts,
  updateExpertRow,
} from './expert.repo.js';
import { presentExpert, presentExpertSummary } from './expert.present.js';
import type { TExpertInput, TExpertOut, TExpertPatch, TExpertQuery, TExpertSelfInput } from './expert.types.js';

const ENTITY = 'expert';
const WHAT = ['专家', 'Expert'] as const;

/** Contacts of the linked person, by the people registry's own rules (scope, masking); null if not visible. */
async function contactOf(db: DbOrTx, actor: TActor, personId: number | null): Promise<TExpertOut['contact']> {
  if (personId === null || !can(actor, 'people:read')) return null;
  try {
    const p = await getPerson(db, actor, personId);
    return { phone: p.phone, email: p.email, piiMasked: p.piiMasked, piiRevealable: p.piiRevealable };
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.status === 403)) return null;
    throw err;
  }
}

async function present(db: DbOrTx, actor: TActor, row: TExpertRowWithOrg): Promise<TExpertOut> {
  const [achievements, contact] = await Promise.all([achievementsOf(db, row.id), contactOf(db, actor, row.personId)]);
  return presentExpert(row, actor, achievements, contact);
}

async function loadOut(db: DbOrTx, actor: TActor, id: number): Promise<TExpertOut> {
  const row = await findExpertById(db, id);
  if (!row) throw notFound(...WHAT);
  return present(db, actor, row);
}

/** An expert the actor may edit: it exists (404), and lies in the actor's subtree (403: experts are readable city-wide). */
async function getEditable(db: DbOrTx, actor: TActor, id: number): Promise<TExpertRowWithOrg> {
  assertCan(actor, 'experts:write');
  const row = await findExpertById(db, id);
  if (!row) throw notFound(...WHAT);
  if (!inScope(actor, row.orgPath)) throw forbidden('该专家由其他组织管理，您无权修改', 'This expert is managed by an org outside your scope');
  return row;
}

/**
 * Checks the person and account links of profiles: the person must be one the actor may read, the
 * account one the actor manages, with the expert role, and not speaking for another expert already.
 * Collects every problem with its field path (`prefix` + field).
 */
async function linkErrors(
  db: Db,
  actor: TActor,
  items: Array<{ prefix: string; personId?: number | null; userId?: number | null }>,
  exceptExpertId?: number,
): Promise<TFieldError[]> {
  const errors: TFieldError[] = [];
  const seenUsers = new Map<number, string>();
  for (const it of items) {
    if (it.personId != null) {
      const ok = can(actor, 'people:read') && (await getPerson(db, actor, it.personId).then(() => true, () => false));
      if (!ok) errors.push({ path: `${it.prefix}personId`, message: '关联的科技工作者不存在或不在您的管辖范围内' });
    }
    if (it.userId != null) {
      const user = can(actor, 'users:read') ? await getUser(db, actor, it.userId).catch(() => null) : null;
      if (!user) errors.push({ path: `${it.prefix}userId`, message: '账号不存在或不在您的管辖范围内' });
      else if (!user.roles.includes('expert')) errors.push({ path: `${it.prefix}userId`, message: '该账号不是专家角色' });
      else if (seenUsers.has(it.userId)) errors.push({ path: `${it.prefix}userId`, message: '与本批次另一位专家关联了同一账号' });
      else seenUsers.set(it.userId, it.prefix);
    }
  }
  const taken = await expertsLinkedToUsers(db, [...seenUsers.keys()], exceptExpertId);
  for (const t of taken) errors.push({ path: `${seenUsers.get(t.userId!)}userId`, message: '该账号已关联其他专家' });
  return errors;
}

function assertNoFieldErrors(errors: TFieldError[]) {
  if (errors.length)
    throw badRequest('EXPERT_INVALID', `专家信息有误：${errors[0].message}`, `Invalid expert profile: ${errors[0].path}`, errors);
}

function valuesOf(input: TExpertInput, orgId: number): TExpertValues {
  return {
    name: input.name,
    unit: input.unit ?? null,
    title: input.title ?? null,
    disciplines: input.disciplines ?? [],
    industries: input.industries ?? [],
    keywords: input.keywords ?? [],
    bio: input.bio ?? null,
    orgId,
    personId: input.personId ?? null,
    userId: input.userId ?? null,
    isPublic: input.isPublic ?? true,
    isAcademician: input.isAcademician ?? false,
  };
}

/**
 * One expert, achievements included. Every staff member may read every expert (the pool is city-wide);
 * an expert may read their own profile.
 * @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function getExpert(db: DbOrTx, actor: TActor, id: number): Promise<TExpertOut> {
  if (!can(actor, 'experts:read') && !can(actor, 'experts:self')) throw forbidden();
  const row = await findExpertById(db, id);
  if (!row || (!can(actor, 'experts:read') && row.userId !== actor.userId)) throw notFound(...WHAT);
  return present(db, actor, row);
}

export async function listExperts(db: DbOrTx, actor: TActor, q: TExpertQuery) {
  assertCan(actor, 'experts:read');
  const { items, total } = await selectExperts(db, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: items.map((r) => presentExpertSummary(r, actor)), total };
}

/**
 * Registers an expert in an org of the actor's subtree (default: the actor's org), with achievements,
 * and indexes it for matching — one transaction.
 * @throws AppError FORBIDDEN, NOT_FOUND (org), EXPERT_INVALID (links)
 */
export async function createExpert(db: Db, actor: TActor, input: TExpertInput): Promise<{ id: number }> {
  assertCan(actor, 'experts:write');
  const org = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  assertNoFieldErrors(await linkErrors(db, actor, [{ prefix: '', personId: input.personId, userId: input.userId }]));
  return db.transaction(async (tx) => {
    const [{ id }] = await insertExperts(tx, [expertRowValues(valuesOf(input, org.id))]);
    await insertAchievements(
      tx,
      (input.achievements ?? []).map((achievement) => ({ expertId: id, achievement })),
    );
    await reindexExpert(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId: org.id, after: await loadOut(tx, actor, id) });
    return { id };
  });
}

/**
 * Registers up to 1000 experts at once: every item is checked first (org in scope, links), then all are
 * inserted and indexed in one transaction — all or nothing. Errors name the item: `items.<index>.<field>`.
 * @throws AppError FORBIDDEN, EXPERT_INVALID
 */
export async function createExpertsBatch(db: Db, actor: TActor, items: TExpertInput[]): Promise<{ ids: number[] }> {
  assertCan(actor, 'experts:write');
  const errors: TFieldError[] = [];
  const orgOk = new Map<number, boolean>();
  for (const orgId of new Set(items.map((i) => i.orgId ?? actor.orgId))) {
    orgOk.set(orgId, await getOrgInScope(db, actor, orgId).then(() => true, () => false));
  }
  items.forEach((it, i) => {
    if (!orgOk.get(it.orgId ?? actor.orgId)) errors.push({ path: `items.${i}.orgId`, message: '所属组织不存在或不在您的管辖范围内' });
  });
  errors.push(...(await linkErrors(db, actor, items.map((it, i) => ({ prefix: `items.${i}.`, personId: it.personId, userId: it.userId })))));
  if (errors.length)
    throw badRequest('EXPERT_INVALID', `第 ${Number(errors[0].path.split('.')[1]) + 1} 条专家信息有误：${errors[0].message}，全部未导入`, `Item ${errors[0].path}: nothing was created`, errors);

  return db.transaction(async (tx) => {
    const ids: number[] = [];
    const CHUNK = 500;
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      const rows = await insertExperts(tx, chunk.map((it) => expertRowValues(valuesOf(it, it.orgId ?? actor.orgId))));
      ids.push(...rows.map((r) => r.id));
    }
    await insertAchievements(
      tx,
      items.flatMap((it, i) => (it.achievements ?? []).map((achievement) => ({ expertId: ids[i], achievement }))),
    );
    for (const id of ids) await reindexExpert(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, action: 'batch-create', after: { count: ids.length, ids }, note: `批量登记专家 ${ids.length} 名` });
    return { ids };
  });
}

/**
 * Edits an expert of the actor's subtree; `achievements`, when given, replaces the list. Re-indexes for matching.
 * @throws AppError FORBIDDEN, NOT_FOUND, EXPERT_INVALID
 */
export async function updateExpert(db: Db, actor: TActor, id: number, patch: TExpertPatch): Promise<TExpertOut> {
  const current = await getEditable(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== current.orgId) await getOrgInScope(db, actor, patch.orgId);
  const links = {
    prefix: '',
    personId: patch.personId !== undefined && patch.personId !== current.personId ? patch.personId : undefined,
    userId: patch.userId !== undefined && patch.userId !== current.userId ? patch.userId : undefined,
  };
  assertNoFieldErrors(await linkErrors(db, actor, [links], id));
  const before = await present(db, actor, current);
  const merged: TExpertValues = {
    name: patch.name ?? current.name,
    unit: patch.unit === undefined ? current.unit : patch.unit,
    title: patch.title === undefined ? current.title : patch.title,
    disciplines: patch.disciplines ?? current.disciplines,
    industries: patch.industries ?? current.industries,
    keywords: patch.keywords ?? current.keywords,
    bio: patch.bio === undefined ? current.bio : patch.bio,
    orgId: patch.orgId ?? current.orgId,
    personId: patch.personId === undefined ? current.personId : patch.personId,
    userId: patch.userId === undefined ? current.userId : patch.userId,
    isPublic: patch.isPublic ?? current.isPublic,
    isAcademician: patch.isAcademician ?? current.isAcademician,
  };
  return saveProfile(db, actor, id, merged, patch.achievements, before);
}

async function saveProfile(
  db: Db,
  actor: TActor,
  id: number,
  values: TExpertValues,
  achievements: TExpertInput['achievements'],
  before: TExpertOut,
): Promise<TExpertOut> {
  return db.transaction(async (tx) => {
    await updateExpertRow(tx, id, expertRowValues(values));
    if (achievements) await replaceAchievements(tx, id, achievements);
    await reindexExpert(tx, id);
    const out = await loadOut(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: values.orgId, before, after: out });
    return out;
  });
}

/**
 * Deletes an expert of the actor's subtree, unless an engagement (invitation, docking, contract) still needs it.
 * @throws AppError FORBIDDEN, NOT_FOUND, EXPERT_IN_USE
 */
export async function deleteExpert(db: Db, actor: TActor, id: number): Promise<void> {
  const row = await getEditable(db, actor, id);
  if ((await countOpenEngagements(db, id)) > 0)
    throw conflict('EXPERT_IN_USE', '该专家有进行中的需求对接，不能删除', 'The expert has open engagements and cannot be deleted');
  const before = await present(db, actor, row);
  await db.transaction(async (tx) => {
    await removeExpertFromIndex(tx, id); // before the row goes: the cascade would drop its terms uncounted
    await deleteExpertRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: row.orgId, before });
  });
}

/** The profile linked to the actor's own account (role expert). @throws AppError FORBIDDEN, NOT_FOUND */
export async function findOwnExpert(db: DbOrTx, actor: TActor): Promise<TExpertRowWithOrg> {
  assertCan(actor, 'experts:self');
  const row = await findExpertByUserId(db, actor.userId);
  if (!row) throw new AppError(404, 'NOT_FOUND', '您的账号尚未关联专家档案，请联系科协工作人员', 'Your account is not linked to an expert profile');
  return row;
}

export async function getOwnExpert(db: DbOrTx, actor: TActor): Promise<TExpertOut> {
  return present(db, actor, await findOwnExpert(db, actor));
}

/**
 * An expert replaces their own profile (PUT): omitted optional fields are cleared, except `achievements`
 * and `isPublic`, which stay as they are unless given. Org, links and academician status stay staff's.
 * @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function updateOwnExpert(db: Db, actor: TActor, input: TExpertSelfInput): Promise<TExpertOut> {
  const current = await findOwnExpert(db, actor);
  const before = await present(db, actor, current);
  const values: TExpertValues = {
    ...valuesOf({ ...input, isPublic: input.isPublic ?? current.isPublic }, current.orgId),
    personId: current.personId,
    userId: current.userId,
    isAcademician: current.isAcademician,
  };
  return saveProfile(db, actor, current.id, values, input.achievements, before);
}

/** Display data (name, unit, title, public flag) of experts by id, for other innovation services. */
export async function expertCards(db: DbOrTx, ids: number[]) {
  return expertCardsByIds(db, [...new Set(ids)]);
}

/** Profile fields an import file may leave out; a matched expert then keeps its value. */
export const EXPERT_OPTIONAL_FIELDS = ['title', 'disciplines', 'industries', 'keywords', 'bio', 'isAcademician', 'isPublic'] as const;
export type TExpertOptionalField = (typeof EXPERT_OPTIONAL_FIELDS)[number];

/** 姓名 + 工作单位: how an import row finds the expert it updates. */
export const expertImportKey = (name: string, unit: string | null | undefined) => `${name}|${(unit ?? '').trim()}`;

/**
 * Import: inserts new experts and updates those matched on 姓名 + 工作单位, inside the caller's
 * transaction, then re-indexes them for matching. Achievements and account/person links are not in the
 * file and stay as they are. Fields in `keep` (columns absent from the file) keep their values. A row
 * matching several experts, or one managed outside the actor's subtree, is a row error; the caller
 * rolls back when there is any (all or nothing).
 * @throws AppError FORBIDDEN
 */
export async function upsertExperts(
  tx: DbOrTx,
  actor: TActor,
  inputs: Array<TExpertInput & { orgId: number }>,
  opts: { keep?: readonly TExpertOptionalField[]; onProgress?: (done: number) => void } = {},
): Promise<{ inserted: number; updated: number; errors: Array<{ index: number; column?: string; message: string; messageEn: string }> }> {
  assertCan(actor, 'experts:write');
  const errors: Array<{ index: number; column?: string; message: string; messageEn: string }> = [];
  const byKey = new Map<string, TExpertRowWithOrg[]>();
  for (const e of await findExpertsByNames(tx, inputs.map((i) => i.name))) {
    const k = expertImportKey(e.name, e.unit);
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const toInsert: TExpertValues[] = [];
  const toUpdate: Array<{ id: number; values: TExpertValues }> = [];
  inputs.forEach((input, index) => {
    const hits = byKey.get(expertImportKey(input.name, input.unit)) ?? [];
    const values = valuesOf({ ...input, personId: null, userId: null }, input.orgId);
    if (hits.length === 0) {
      toInsert.push(values);
      return;
    }
    if (hits.length > 1) {
      errors.push({ index, column: 'name', message: `系统中有 ${hits.length} 位同名同单位的专家，无法确定更新哪一位`, messageEn: 'Several experts have this name and unit' });
      return;
    }
    const hit = hits[0];
    if (!inScope(actor, hit.orgPath)) {
      errors.push({ index, column: 'name', message: '该专家由其他组织管理，无权修改', messageEn: 'This expert is managed by an org outside your scope' });
      return;
    }
    for (const f of opts.keep ?? []) (values as unknown as Record<string, unknown>)[f] = hit[f];
    toUpdate.push({ id: hit.id, values: { ...values, personId: hit.personId, userId: hit.userId } });
  });
  if (errors.length > 0) return { inserted: 0, updated: 0, errors };
  let done = 0;
  const CHUNK = 500;
  for (let i = 0; i < toInsert.length; i += CHUNK) {
    const ids = await insertExperts(tx, toInsert.slice(i, i + CHUNK).map(expertRowValues));
    for (const { id } of ids) await reindexExpert(tx, id);
    done += ids.length;
    opts.onProgress?.(done);
  }
  for (const u of toUpdate) {
    await updateExpertRow(tx, u.id, expertRowValues(u.values));
    await reindexExpert(tx, u.id);
    if (++done % 100 === 0) opts.onProgress?.(done);
  }
  opts.onProgress?.(done);
  await recordAudit(tx, actor, {
    entity: ENTITY,
    action: 'import',
    after: { inserted: toInsert.length, updated: toUpdate.length, updatedIds: toUpdate.map((u) => u.id).slice(0, 1000) },
    note: `批量导入专家 ${inputs.length} 行`,
  });
  return { inserted: toInsert.length, updated: toUpdate.length, errors };
}
