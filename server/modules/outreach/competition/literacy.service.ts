import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import {
  deleteLiteracyRow,
  findLiteracyById,
  findLiteracyByOrgYear,
  insertLiteracyRates,
  selectLiteracyRates,
  type TLiteracyRow,
  updateLiteracyRow,
} from './literacy.repo.js';
import type { TLiteracyInput, TLiteracyOut, TLiteracyPatch, TLiteracyQuery } from './literacy.types.js';
import { visibleFromBelow } from './scope.js';

const ENTITY = 'literacy_rate';
const notFoundRate = () => notFound('科学素质比例记录', 'Literacy record');

function present(row: TLiteracyRow, actor: TActor): TLiteracyOut {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    orgShortName: row.orgShortName,
    orgKind: row.orgKind,
    year: row.year,
    rate: Math.round(row.rate * 100) / 100,
    source: row.source,
    method: row.method,
    canEdit: can(actor, 'literacy:write') && inScope(actor, row.orgPath),
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function load(db: DbOrTx, actor: TActor, id: number) {
  const row = await findLiteracyById(db, id);
  if (!row || !visibleFromBelow(actor, row.orgPath)) throw notFoundRate();
  return row;
}

/** The city and the districts' rates by year (a district's staff also see the city's). */
export async function listLiteracyRates(db: DbOrTx, actor: TActor, q: TLiteracyQuery) {
  assertCan(actor, 'literacy:read');
  const rows = await selectLiteracyRates(db, actor, q);
  const orgs = new Map<number, { id: number; name: string; shortName: string | null; kind: string }>();
  for (const r of rows) if (!orgs.has(r.orgId)) orgs.set(r.orgId, { id: r.orgId, name: r.orgName, shortName: r.orgShortName, kind: r.orgKind });
  return { items: rows.map((r) => present(r, actor)), years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b), orgs: [...orgs.values()] };
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getLiteracyRate(db: DbOrTx, actor: TActor, id: number): Promise<TLiteracyOut> {
  assertCan(actor, 'literacy:read');
  return present(await load(db, actor, id), actor);
}

/**
 * Records a year's rate for the city or a county-level district. One record per area and year: a second
 * one is refused with 409 LITERACY_EXISTS (edit the existing record instead).
 * @throws AppError FORBIDDEN, NOT_FOUND (org), LITERACY_AREA_INVALID, LITERACY_YEAR_INVALID, LITERACY_EXISTS (409)
 */
export async function createLiteracyRate(db: Db, actor: TActor, input: TLiteracyInput): Promise<TLiteracyOut> {
  assertCan(actor, 'literacy:write');
  const org = await getOrgInScope(db, actor, input.orgId);
  if (org.kind !== 'city' && org.kind !== 'district')
    throw badRequest('LITERACY_AREA_INVALID', '公民科学素质比例按市或县（市、区）填报', 'Rates are recorded for the city or a county-level district', [
      { path: 'orgId', message: '请选择市科协或县（市、区）科协' },
    ]);
  const thisYear = Number(todayInChina().slice(0, 4));
  if (input.year > thisYear)
    throw badRequest('LITERACY_YEAR_INVALID', `年度不能晚于 ${thisYear} 年`, `The year cannot be after ${thisYear}`, [{ path: 'year', message: `≤ ${thisYear}` }]);
  return db.transaction(async (tx) => {
    const existing = await findLiteracyByOrgYear(tx, org.id, input.year);
    if (existing)
      throw conflict('LITERACY_EXISTS', `${org.name} ${input.year} 年已有记录（编号 ${existing.id}），请修改该记录`, `${org.name} already has a record for ${input.year} (id ${existing.id}): edit it instead`);
    const [{ id }] = await insertLiteracyRates(tx, [{ orgId: org.id, year: input.year, rate: input.rate, source: input.source, method: input.method ?? null }]);
    const out = present((await findLiteracyById(tx, id))!, actor);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId: org.id, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function updateLiteracyRate(db: Db, actor: TActor, id: number, patch: TLiteracyPatch): Promise<TLiteracyOut> {
  assertCan(actor, 'literacy:write');
  const current = await load(db, actor, id);
  if (!inScope(actor, current.orgPath)) throw notFoundRate();
  const before = present(current, actor);
  return db.transaction(async (tx) => {
    await updateLiteracyRow(tx, id, { rate: patch.rate, source: patch.source, method: patch.method });
    const out = present((await findLiteracyById(tx, id))!, actor);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteLiteracyRate(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'literacy:write');
  const current = await load(db, actor, id);
  if (!inScope(actor, current.orgPath)) throw notFoundRate();
  const before = present(current, actor);
  await db.transaction(async (tx) => {
    await deleteLiteracyRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}
