import type { Db, DbOrTx } from '../../db/client.js';
import { readThrough } from '../../db/read-cache.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { type TActor, assertCan, canRevealPii, inScope } from '../../platform/auth/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { getOrgInScope } from '../../platform/orgs/org.service.js';
import {
  deletePersonRow,
  findByNaturalKeys,
  findPersonById,
  insertPeople,
  membershipsOf,
  orgPathsOf,
  personValues,
  replaceMemberships,
  selectPeople,
  updatePeopleRows,
  updatePersonRow,
} from './person.repo.js';
import { presentPerson } from './person.present.js';
import type { TPersonInput, TPersonOut, TPersonPatch, TPersonPii, TPersonQuery } from './person.types.js';

const ENTITY = 'person';

async function assertMembershipOrgs(db: DbOrTx, memberships: TPersonInput['memberships']) {
  const ids = [...new Set((memberships ?? []).map((m) => m.orgId))];
  const found = await orgPathsOf(db, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw badRequest('ORG_NOT_FOUND', `会员组织不存在：${missing.join(', ')}`, `Membership org(s) not found: ${missing.join(', ')}`, [
      { path: 'memberships', message: '组织不存在' },
    ]);
}

async function assertKeysFree(db: DbOrTx, input: { idNumber?: string | null; phone?: string | null }, selfId?: number) {
  const hits = await findByNaturalKeys(db, input.idNumber ? [input.idNumber] : [], []);
  if (hits.some((h) => h.id !== selfId))
    throw conflict('PERSON_DUPLICATE', '该身份证号已登记', 'A person with this ID number is already registered');
}

async function loadOut(db: DbOrTx, actor: TActor, id: number): Promise<TPersonOut> {
  const row = await findPersonById(db, id);
  if (!row) throw notFound('科技工作者', 'Person');
  const m = await membershipsOf(db, [id]);
  return presentPerson(row, actor, m.get(id) ?? []);
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside scope too) */
export async function getPerson(db: DbOrTx, actor: TActor, id: number): Promise<TPersonOut> {
  assertCan(actor, 'people:read');
  const row = await findPersonById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFound('科技工作者', 'Person');
  const m = await membershipsOf(db, [id]);
  return presentPerson(row, actor, m.get(id) ?? []);
}

/**
 * One person's full phone and ID number, for a role the configuration allows (`privacy.piiRevealRoles`);
 * writes an audit row (who saw whose phone / ID number).
 * @throws AppError FORBIDDEN (role not allowed), NOT_FOUND (outside scope too)
 */
export async function revealPersonPii(db: Db, actor: TActor, id: number): Promise<TPersonPii> {
  assertCan(actor, 'people:read');
  const row = await findPersonById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFound('科技工作者', 'Person');
  if (!canRevealPii(actor))
    throw forbidden('无权查看完整的手机号和身份证号', 'You may not see full phone numbers and ID numbers');
  await recordAudit(db, actor, {
    entity: ENTITY,
    entityId: id,
    action: 'reveal_pii',
    orgId: row.orgId,
    after: { fields: ['phone', 'idNumber'].filter((f) => (f === 'phone' ? row.phone : row.idNumber)) },
    note: `查看 ${row.name} 的完整手机号/身份证号`,
  });
  return { id, phone: row.phone, idNumber: row.idNumber };
}

export async function listPeople(db: DbOrTx, actor: TActor, q: TPersonQuery) {
  assertCan(actor, 'people:read');
  // The page depends on the actor's scope (its org path) and the query only; presenting (masking, reveal
  // flags) stays per actor. Served again only while nothing was written (server/db/read-cache.ts).
  const { items, total } = await readThrough(db, `people.list ${actor.orgPath} ${JSON.stringify(q)}`, () =>
    selectPeople(db, actor, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
  );
  return { items: items.map((r) => presentPerson(r, actor, r.memberships)), total };
}

/**
 * Registers a person in an org of the actor's subtree.
 * @throws AppError FORBIDDEN, NOT_FOUND (org), ORG_NOT_FOUND (membership), PERSON_DUPLICATE
 */
export async function createPerson(db: Db, actor: TActor, input: TPersonInput): Promise<TPersonOut> {
  assertCan(actor, 'people:write');
  await getOrgInScope(db, actor, input.orgId);
  return db.transaction(async (tx) => {
    await assertMembershipOrgs(tx, input.memberships);
    await assertKeysFree(tx, input);
    const [{ id }] = await insertPeople(tx, [personValues(input)]);
    await replaceMemberships(tx, id, input.memberships ?? []);
    const out = await loadOut(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId: input.orgId, after: out });
    return out;
  });
}

/**
 * Edits a person of the actor's subtree; moving it to another org needs that org in scope too.
 * @throws AppError FORBIDDEN, NOT_FOUND, ORG_NOT_FOUND, PERSON_DUPLICATE
 */
export async function updatePerson(db: Db, actor: TActor, id: number, patch: TPersonPatch): Promise<TPersonOut> {
  assertCan(actor, 'people:write');
  const before = await getPerson(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== before.orgId) await getOrgInScope(db, actor, patch.orgId);
  return db.transaction(async (tx) => {
    const current = (await findPersonById(tx, id))!;
    const merged: TPersonInput = {
      name: patch.name ?? current.name,
      gender: patch.gender === undefined ? current.gender : patch.gender,
      birthYear: patch.birthYear === undefined ? current.birthYear : patch.birthYear,
      unit: patch.unit === undefined ? current.unit : patch.unit,
      title: patch.title === undefined ? current.title : patch.title,
      education: patch.education === undefined ? current.education : patch.education,
      disciplines: patch.disciplines ?? current.disciplines,
      phone: patch.phone === undefined ? current.phone : patch.phone,
      idNumber: patch.idNumber === undefined ? current.idNumber : patch.idNumber,
      email: patch.email === undefined ? current.email : patch.email,
      orgId: patch.orgId ?? current.orgId,
    };
    if (patch.memberships) await assertMembershipOrgs(tx, patch.memberships);
    await assertKeysFree(tx, merged, id);
    await updatePersonRow(tx, id, personValues(merged));
    if (patch.memberships) await replaceMemberships(tx, id, patch.memberships);
    const out = await loadOut(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: merged.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function deletePerson(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'people:write');
  const before = await getPerson(db, actor, id);
  await db.transaction(async (tx) => {
    await deletePersonRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}

export interface TRowError {
  index: number;
  column?: string;
  message: string;
  messageEn: string;
}

/**
 * Import: inserts new people and updates existing ones matched on the natural key (ID number, else
 * phone), inside the caller's transaction. Rows whose key belongs to a record outside the actor's
 * subtree, or whose org is outside it, are errors. Returns the counts and the row errors; the caller
 * rolls back when there is any error (all-or-nothing). Re-importing the same file changes nothing new.
 */
export async function upsertPeople(
  tx: DbOrTx,
  actor: TActor,
  inputs: TPersonInput[],
  opts: { onProgress?: (done: number) => void } = {},
): Promise<{ inserted: number; updated: number; errors: TRowError[] }> {
  assertCan(actor, 'people:write');
  const errors: TRowError[] = [];
  const orgIds = [...new Set(inputs.flatMap((i) => [i.orgId, ...(i.memberships ?? []).map((m) => m.orgId)]))];
  const orgPath = await orgPathsOf(tx, orgIds);

  const existing = await findByNaturalKeys(
    tx,
    inputs.map((i) => i.idNumber).filter((x): x is string => !!x),
    inputs.filter((i) => !i.idNumber && i.phone).map((i) => i.phone!),
  );
  const byId = new Map(existing.filter((e) => e.idNumber).map((e) => [e.idNumber!, e]));
  const byPhone = new Map(existing.filter((e) => e.phone).map((e) => [e.phone!, e]));

  const seenKeys = new Map<string, number>();
  const toInsert: Array<{ index: number; input: TPersonInput }> = [];
  const toUpdate: Array<{ id: number; input: TPersonInput }> = [];
  inputs.forEach((input, index) => {
    const path = orgPath.get(input.orgId);
    if (!path || !inScope(actor, path)) {
      errors.push({ index, column: 'orgId', message: '所属组织不存在或不在您的管辖范围内', messageEn: 'Org not found or outside your scope' });
      return;
    }
    const missingMember = (input.memberships ?? []).find((m) => !orgPath.has(m.orgId));
    if (missingMember) {
      errors.push({ index, column: 'memberships', message: '会员组织不存在', messageEn: 'Membership org not found' });
      return;
    }
    const key = input.idNumber ? `id:${input.idNumber}` : input.phone ? `phone:${input.phone}` : null;
    if (key) {
      const first = seenKeys.get(key);
      if (first !== undefined) {
        errors.push({
          index,
          column: input.idNumber ? 'idNumber' : 'phone',
          message: `与第 ${first + 1} 条记录重复`,
          messageEn: `Duplicate of record ${first + 1} in this file`,
        });
        return;
      }
      seenKeys.set(key, index);
    }
    const hit = input.idNumber ? byId.get(input.idNumber) : input.phone ? byPhone.get(input.phone) : undefined;
    if (hit) {
      if (!inScope(actor, hit.orgPath)) {
        errors.push({
          index,
          column: input.idNumber ? 'idNumber' : 'phone',
          message: '该人员已由其他组织登记，无权修改',
          messageEn: 'This person is registered by an org outside your scope',
        });
        return;
      }
      toUpdate.push({ id: hit.id, input });
    } else {
      toInsert.push({ index, input });
    }
  });
  if (errors.length > 0) return { inserted: 0, updated: 0, errors };

  let done = 0;
  const CHUNK = 500;
  for (let i = 0; i < toInsert.length; i += CHUNK) {
    const chunk = toInsert.slice(i, i + CHUNK);
    const ids = await insertPeople(tx, chunk.map((c) => personValues(c.input)));
    for (let k = 0; k < chunk.length; k++) {
      if (chunk[k].input.memberships?.length) await replaceMemberships(tx, ids[k].id, chunk[k].input.memberships!);
    }
    done += chunk.length;
    opts.onProgress?.(done);
  }
  for (let i = 0; i < toUpdate.length; i += CHUNK) {
    const chunk = toUpdate.slice(i, i + CHUNK);
    await updatePeopleRows(tx, chunk.map((u) => ({ id: u.id, values: personValues(u.input) })));
    for (const u of chunk) if (u.input.memberships) await replaceMemberships(tx, u.id, u.input.memberships);
    done += chunk.length;
    opts.onProgress?.(done);
  }
  opts.onProgress?.(done);
  await recordAudit(tx, actor, {
    entity: ENTITY,
    action: 'import',
    after: { inserted: toInsert.length, updated: toUpdate.length, updatedIds: toUpdate.map((u) => u.id).slice(0, 1000) },
    note: `批量导入 ${inputs.length} 行`,
  });
  return { inserted: toInsert.length, updated: toUpdate.length, errors };
}

