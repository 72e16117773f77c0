import { and, asc, desc, eq, getTableColumns, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { indexTokens, pinyinKeys, textMatch } from '../../../platform/search/text.js';
import { outreachBases } from './base.schema.js';
import type { TBaseQuery, TPublicBaseQuery } from './base.types.js';
import { BASE_RECOGNIZED, type TBaseStatus } from './base.workflow.js';

export type TBaseValues = typeof outreachBases.$inferInsert;
export type TBaseRow = typeof outreachBases.$inferSelect & { orgName: string; orgPath: string; districtName: string | null };

const districts = alias(orgs, 'district');
const withOrg = {
  ...getTableColumns(outreachBases),
  orgName: orgs.name,
  orgPath: orgs.path,
  districtName: districts.name,
};
const RECOGNIZED = [...BASE_RECOGNIZED];

/** Search columns a row's text fields give (jieba tokens, pinyin of the name). */
export function searchColumns(v: { name: string; hostUnit?: string | null; address?: string | null; description?: string | null }) {
  const py = pinyinKeys(v.name);
  return {
    namePinyin: py.full,
    nameInitials: py.initials,
    searchText: indexTokens(v.name, v.hostUnit, v.address, v.description),
  };
}

function selectWithOrg(db: DbOrTx) {
  return db.select(withOrg).from(outreachBases).innerJoin(orgs, eq(orgs.id, outreachBases.orgId)).leftJoin(districts, eq(districts.id, outreachBases.districtId));
}

export async function findBaseById(db: DbOrTx, id: number): Promise<TBaseRow | undefined> {
  const [row] = await selectWithOrg(db).where(eq(outreachBases.id, id));
  return row;
}

export async function lockBaseStatus(tx: DbOrTx, id: number): Promise<TBaseStatus | undefined> {
  const [row] = await tx.select({ status: outreachBases.status }).from(outreachBases).where(eq(outreachBases.id, id)).for('update');
  return row?.status;
}

/** Another base of the same name, kind and owner (the natural key of imports). */
export async function findBaseByKey(db: DbOrTx, key: { name: string; kind: TBaseValues['kind']; orgId: number }, exceptId?: number) {
  const [row] = await db
    .select({ id: outreachBases.id })
    .from(outreachBases)
    .where(
      and(
        eq(outreachBases.name, key.name),
        eq(outreachBases.kind, key.kind),
        eq(outreachBases.orgId, key.orgId),
        exceptId ? ne(outreachBases.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** Bases by natural key `name|kind|orgId`, for an idempotent import. */
export async function findBasesByKeys(db: DbOrTx, names: string[]): Promise<TBaseRow[]> {
  if (names.length === 0) return [];
  const out: TBaseRow[] = [];
  const uniq = [...new Set(names)];
  for (let i = 0; i < uniq.length; i += 2000) out.push(...(await selectWithOrg(db).where(inArray(outreachBases.name, uniq.slice(i, i + 2000)))));
  return out;
}

export async function insertBases(db: DbOrTx, rows: TBaseValues[]) {
  if (rows.length === 0) return [];
  const out: Array<{ id: number }> = [];
  for (let i = 0; i < rows.length; i += 500) out.push(...(await db.insert(outreachBases).values(rows.slice(i, i + 500)).returning({ id: outreachBases.id })));
  return out;
}

export async function updateBaseRow(db: DbOrTx, id: number, values: Partial<TBaseValues>) {
  await db
    .update(outreachBases)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(outreachBases.id, id));
}

export async function deleteBaseRow(db: DbOrTx, id: number) {
  await db.delete(outreachBases).where(eq(outreachBases.id, id));
}

const inSubtree = (column: SQL | typeof outreachBases.orgId, orgId: number) =>
  sql`${column} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${orgId}) || '%')`;

/** The review-due condition: recognized (or retained, or in 复核) and valid until at most `until`. */
export const reviewDueCondition = (until: string) =>
  and(inArray(outreachBases.status, RECOGNIZED), sql`${outreachBases.validUntil} <= ${until}::date`)!;

function where(actor: TActor, q: Omit<TBaseQuery, 'page' | 'pageSize'>, dueUntil: string): SQL | undefined {
  const conds: SQL[] = [scopeCondition(actor, outreachBases.orgId)];
  if (q.q) {
    const m = textMatch(q.q, { tsv: outreachBases.searchTsv, name: outreachBases.name, pinyin: outreachBases.namePinyin, initials: outreachBases.nameInitials });
    if (m) conds.push(or(m.where, sql`${outreachBases.hostUnit} ilike ${`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`)!);
  }
  if (q.kind) conds.push(eq(outreachBases.kind, q.kind));
  if (q.level) conds.push(eq(outreachBases.level, q.level));
  if (q.category) conds.push(eq(outreachBases.category, q.category));
  if (q.status) conds.push(eq(outreachBases.status, q.status));
  if (q.districtId) conds.push(eq(outreachBases.districtId, q.districtId));
  if (q.orgId) conds.push(inSubtree(outreachBases.orgId, q.orgId));
  if (q.reviewDue === '1') conds.push(reviewDueCondition(dueUntil));
  if (q.isDemo) conds.push(eq(outreachBases.isDemo, q.isDemo === 'true'));
  return and(...conds);
}

const SORTS: Record<string, AnyPgColumn> = {
  name: outreachBases.name,
  recognizedOn: outreachBases.recognizedOn,
  validUntil: outreachBases.validUntil,
  createdAt: outreachBases.createdAt,
  updatedAt: outreachBases.updatedAt,
};

function orderOf(sort: string | undefined, fallback: SQL): SQL {
  const col = sort ? SORTS[sort.replace(/^-/, '')] : undefined;
  if (!sort || !col) return fallback;
  return sort.startsWith('-') ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
}

/** One page of the actor's bases matching the filters, and the counts over all of them. */
export async function selectBases(db: DbOrTx, actor: TActor, q: TBaseQuery, dueUntil: string) {
  const w = where(actor, q, dueUntil);
  const fallback = q.reviewDue === '1' ? sql`${outreachBases.validUntil} asc nulls last` : sql`${outreachBases.updatedAt} desc`;
  const [items, counts] = await Promise.all([
    selectWithOrg(db)
      .where(w)
      .orderBy(orderOf(q.sort, fallback), desc(outreachBases.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ kind: outreachBases.kind, level: outreachBases.level, status: outreachBases.status, districtId: outreachBases.districtId, n: sql<number>`count(*)::int` })
      .from(outreachBases)
      .where(w)
      .groupBy(outreachBases.kind, outreachBases.level, outreachBases.status, outreachBases.districtId),
  ]);
  const byKind: Record<string, number> = {};
  const byLevel: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byDistrict: Record<string, number> = {};
  let total = 0;
  const add = (m: Record<string, number>, k: string, n: number) => {
    m[k] = (m[k] ?? 0) + n;
  };
  for (const c of counts) {
    const n = Number(c.n);
    add(byKind, c.kind, n);
    if (c.level) add(byLevel, c.level, n);
    add(byStatus, c.status, n);
    add(byDistrict, c.districtId == null ? 'none' : String(c.districtId), n);
    total += n;
  }
  return { items, total, totals: { byKind, byLevel, byStatus, byDistrict } };
}

/** The actor's bases due for 复核 by `until` (the to-do count). */
export async function countReviewDue(db: DbOrTx, actor: TActor, until: string, today: string) {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      late: sql<number>`count(*) filter (where ${outreachBases.validUntil} < ${today}::date)::int`,
    })
    .from(outreachBases)
    .where(and(scopeCondition(actor, outreachBases.orgId), reviewDueCondition(until), ne(outreachBases.status, 'in_review')));
  return { n: Number(row?.n ?? 0), late: Number(row?.late ?? 0) };
}

/** The actor's applications waiting for the city (申报 / 审核). */
export async function countAwaitingCity(db: DbOrTx, actor: TActor) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outreachBases)
    .where(and(scopeCondition(actor, outreachBases.orgId), inArray(outreachBases.status, ['applied', 'under_review'])));
  return Number(row?.n ?? 0);
}

/** Recognized public bases for the portal map (no scope: public), with the counts by kind and district. */
export async function selectPublicBases(db: DbOrTx, q: TPublicBaseQuery, limit: number) {
  const conds: SQL[] = [inArray(outreachBases.status, RECOGNIZED), eq(outreachBases.isPublic, true)];
  if (q.kind) conds.push(eq(outreachBases.kind, q.kind));
  if (q.level) conds.push(eq(outreachBases.level, q.level));
  if (q.districtId) conds.push(eq(outreachBases.districtId, q.districtId));
  if (q.q) {
    const m = textMatch(q.q, { tsv: outreachBases.searchTsv, name: outreachBases.name, pinyin: outreachBases.namePinyin, initials: outreachBases.nameInitials });
    if (m) conds.push(m.where);
  }
  const w = and(...conds);
  const [items, counts, districtRows] = await Promise.all([
    selectWithOrg(db).where(w).orderBy(asc(outreachBases.kind), asc(outreachBases.level), asc(outreachBases.name), asc(outreachBases.id)).limit(limit),
    db
      .select({ kind: outreachBases.kind, districtId: outreachBases.districtId, n: sql<number>`count(*)::int` })
      .from(outreachBases)
      .where(w)
      .groupBy(outreachBases.kind, outreachBases.districtId),
    db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.kind, 'district')).orderBy(asc(orgs.id)),
  ]);
  const byKind: Record<string, number> = {};
  const byDistrict: Record<string, number> = {};
  let total = 0;
  for (const c of counts) {
    const n = Number(c.n);
    byKind[c.kind] = (byKind[c.kind] ?? 0) + n;
    const d = c.districtId == null ? 'none' : String(c.districtId);
    byDistrict[d] = (byDistrict[d] ?? 0) + n;
    total += n;
  }
  return { items, total, districts: districtRows, totals: { byKind, byDistrict } };
}

/** The district (county-level org) at or above an org, from its materialized path. */
export async function districtOfOrg(db: DbOrTx, orgPath: string): Promise<number | null> {
  const ids = orgPath.split('/').filter(Boolean).map(Number);
  if (ids.length === 0) return null;
  const [row] = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(inArray(orgs.id, ids), eq(orgs.kind, 'district')))
    .limit(1);
  return row?.id ?? null;
}

export async function findDistrict(db: DbOrTx, id: number) {
  const [row] = await db.select({ id: orgs.id, name: orgs.name, kind: orgs.kind }).from(orgs).where(eq(orgs.id, id));
  return row;
}

export async function searchBaseRows(db: DbOrTx, actor: TActor, q: string, limit: number) {
  const m = textMatch(q, { tsv: outreachBases.searchTsv, name: outreachBases.name, pinyin: outreachBases.namePinyin, initials: outreachBases.nameInitials });
  if (!m) return [];
  return db
    .select({ id: outreachBases.id, name: outreachBases.name, kind: outreachBases.kind, orgName: orgs.name, rank: sql<number>`${m.rank}` })
    .from(outreachBases)
    .innerJoin(orgs, eq(orgs.id, outreachBases.orgId))
    .where(and(scopeCondition(actor, outreachBases.orgId), m.where))
    .orderBy(sql`${m.rank} desc`, asc(outreachBases.id))
    .limit(limit);
}
