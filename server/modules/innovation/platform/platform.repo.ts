import { type SQL, and, asc, desc, eq, getTableColumns, ilike, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type TActor, scopeCondition } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { inOrgSubtree, likePattern, orderBy } from '../docking/linked-records.repo.js';
import { platformAssessments, platforms } from '../innovation.schema.js';
import type { TPlatformQuery } from './platform.types.js';

export type TPlatformRow = typeof platforms.$inferSelect & { orgName: string; orgPath: string };
export type TPlatformValues = typeof platforms.$inferInsert;
export type TAssessmentRow = typeof platformAssessments.$inferSelect;
export type TAssessmentValues = typeof platformAssessments.$inferInsert;

const withOrg = { ...getTableColumns(platforms), orgName: orgs.name, orgPath: orgs.path };

export async function findPlatformById(db: DbOrTx, id: number): Promise<TPlatformRow | undefined> {
  const [row] = await db.select(withOrg).from(platforms).innerJoin(orgs, eq(orgs.id, platforms.orgId)).where(eq(platforms.id, id));
  return row;
}

/** Another platform of the same kind and name (names identify platforms in reports). */
export async function findPlatformByName(db: DbOrTx, kind: TPlatformValues['kind'], name: string, exceptId?: number) {
  const [row] = await db
    .select({ id: platforms.id })
    .from(platforms)
    .where(and(eq(platforms.kind, kind), eq(platforms.name, name), exceptId ? ne(platforms.id, exceptId) : undefined))
    .limit(1);
  return row;
}

export async function insertPlatforms(db: DbOrTx, rows: TPlatformValues[]) {
  if (rows.length === 0) return [];
  return db.insert(platforms).values(rows).returning({ id: platforms.id });
}

export async function updatePlatformRow(db: DbOrTx, id: number, values: Partial<TPlatformValues>) {
  await db
    .update(platforms)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(platforms.id, id));
}

export async function deletePlatformRow(db: DbOrTx, id: number) {
  await db.delete(platforms).where(eq(platforms.id, id));
}

function where(actor: TActor, q: TPlatformQuery): SQL | undefined {
  const conds: SQL[] = [scopeCondition(actor, platforms.orgId)];
  if (q.q) {
    const p = likePattern(q.q);
    conds.push(
      or(ilike(platforms.name, p), ilike(platforms.hostName, p), sql`exists (select 1 from unnest(${platforms.academicians}) a where a ilike ${p})`)!,
    );
  }
  if (q.kind) conds.push(eq(platforms.kind, q.kind));
  if (q.level) conds.push(eq(platforms.level, q.level));
  if (q.status) conds.push(eq(platforms.status, q.status));
  if (q.orgId) conds.push(inOrgSubtree(platforms.orgId, q.orgId));
  if (q.expertId) conds.push(sql`${q.expertId}::int = any(${platforms.expertIds})`);
  if (q.validBefore) conds.push(lte(platforms.validUntil, q.validBefore));
  if (q.isDemo) conds.push(eq(platforms.isDemo, q.isDemo === 'true'));
  return and(...conds);
}

const SORTS = {
  name: platforms.name,
  establishedOn: platforms.establishedOn,
  validUntil: platforms.validUntil,
  createdAt: platforms.createdAt,
  updatedAt: platforms.updatedAt,
};

export async function selectPlatforms(db: DbOrTx, actor: TActor, q: TPlatformQuery) {
  const w = where(actor, q);
  const [items, counts] = await Promise.all([
    db
      .select(withOrg)
      .from(platforms)
      .innerJoin(orgs, eq(orgs.id, platforms.orgId))
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, sql`${platforms.establishedOn} desc nulls last`), desc(platforms.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ kind: platforms.kind, level: platforms.level, n: sql<number>`count(*)::int` })
      .from(platforms)
      .where(w)
      .groupBy(platforms.kind, platforms.level),
  ]);
  const byKind: Record<string, number> = {};
  const byLevel: Record<string, number> = {};
  let total = 0;
  for (const c of counts) {
    byKind[c.kind] = (byKind[c.kind] ?? 0) + Number(c.n);
    byLevel[c.level] = (byLevel[c.level] ?? 0) + Number(c.n);
    total += Number(c.n);
  }
  return { items, total, totals: { byKind, byLevel } };
}

export async function assessmentsOf(db: DbOrTx, platformIds: number[]): Promise<Map<number, TAssessmentRow[]>> {
  const map = new Map<number, TAssessmentRow[]>();
  if (platformIds.length === 0) return map;
  const rows = await db
    .select()
    .from(platformAssessments)
    .where(inArray(platformAssessments.platformId, [...new Set(platformIds)]))
    .orderBy(desc(platformAssessments.year), asc(platformAssessments.id));
  for (const r of rows) {
    const list = map.get(r.platformId) ?? [];
    list.push(r);
    map.set(r.platformId, list);
  }
  return map;
}

export async function findAssessment(db: DbOrTx, platformId: number, year: number) {
  const [row] = await db
    .select()
    .from(platformAssessments)
    .where(and(eq(platformAssessments.platformId, platformId), eq(platformAssessments.year, year)));
  return row;
}

export async function insertAssessments(db: DbOrTx, rows: TAssessmentValues[]) {
  if (rows.length === 0) return [];
  return db.insert(platformAssessments).values(rows).returning();
}
