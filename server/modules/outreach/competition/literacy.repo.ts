import { and, asc, eq, getTableColumns, gte, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import type { TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { literacyRates } from './competition.schema.js';
import type { TLiteracyQuery } from './literacy.types.js';
import { visibleFromBelowCondition } from './scope.js';

export type TLiteracyRow = typeof literacyRates.$inferSelect & { orgName: string; orgShortName: string | null; orgKind: string; orgPath: string; orgDepth: number };
export type TLiteracyValues = typeof literacyRates.$inferInsert;

const cols = { ...getTableColumns(literacyRates), orgName: orgs.name, orgShortName: orgs.shortName, orgKind: orgs.kind, orgPath: orgs.path, orgDepth: orgs.depth };

export async function findLiteracyById(db: DbOrTx, id: number): Promise<TLiteracyRow | undefined> {
  const [row] = await db.select(cols).from(literacyRates).innerJoin(orgs, eq(orgs.id, literacyRates.orgId)).where(eq(literacyRates.id, id));
  return row;
}

export async function findLiteracyByOrgYear(db: DbOrTx, orgId: number, year: number) {
  const [row] = await db
    .select({ id: literacyRates.id })
    .from(literacyRates)
    .where(and(eq(literacyRates.orgId, orgId), eq(literacyRates.year, year)));
  return row;
}

export async function insertLiteracyRates(db: DbOrTx, rows: TLiteracyValues[]) {
  if (rows.length === 0) return [];
  return db.insert(literacyRates).values(rows).returning({ id: literacyRates.id });
}

export async function updateLiteracyRow(db: DbOrTx, id: number, values: Partial<TLiteracyValues>) {
  await db
    .update(literacyRates)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(literacyRates.id, id));
}

export async function deleteLiteracyRow(db: DbOrTx, id: number) {
  await db.delete(literacyRates).where(eq(literacyRates.id, id));
}

/** The records the actor may see (their subtree and the areas above them), city first, by year. */
export async function selectLiteracyRates(db: DbOrTx, actor: TActor, q: TLiteracyQuery): Promise<TLiteracyRow[]> {
  const conds: SQL[] = [visibleFromBelowCondition(actor, literacyRates.orgId)];
  if (q.orgId) conds.push(eq(literacyRates.orgId, q.orgId));
  if (q.fromYear) conds.push(gte(literacyRates.year, q.fromYear));
  if (q.toYear) conds.push(lte(literacyRates.year, q.toYear));
  return db
    .select(cols)
    .from(literacyRates)
    .innerJoin(orgs, eq(orgs.id, literacyRates.orgId))
    .where(and(...conds))
    .orderBy(asc(orgs.depth), asc(orgs.sortOrder), asc(orgs.id), asc(literacyRates.year));
}
