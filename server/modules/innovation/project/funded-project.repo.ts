import { type SQL, and, desc, eq, getTableColumns, ilike, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type TActor, scopeCondition } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { inOrgSubtree, likePattern, orderBy } from '../docking/linked-records.repo.js';
import { fundedProjects } from '../innovation.schema.js';
import type { TFundedProjectQuery } from './funded-project.types.js';

export type TFundedProjectRow = typeof fundedProjects.$inferSelect & { orgName: string; orgPath: string };
export type TFundedProjectValues = typeof fundedProjects.$inferInsert;

const withOrg = { ...getTableColumns(fundedProjects), orgName: orgs.name, orgPath: orgs.path };

export async function findFundedProjectById(db: DbOrTx, id: number): Promise<TFundedProjectRow | undefined> {
  const [row] = await db.select(withOrg).from(fundedProjects).innerJoin(orgs, eq(orgs.id, fundedProjects.orgId)).where(eq(fundedProjects.id, id));
  return row;
}

/** The same project registered twice: same name in the same programme and year. */
export async function findFundedProjectByKey(db: DbOrTx, key: { name: string; programme: string; year: number }, exceptId?: number) {
  const [row] = await db
    .select({ id: fundedProjects.id })
    .from(fundedProjects)
    .where(
      and(
        eq(fundedProjects.name, key.name),
        eq(fundedProjects.programme, key.programme),
        eq(fundedProjects.year, key.year),
        exceptId ? ne(fundedProjects.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

export async function insertFundedProjects(db: DbOrTx, rows: TFundedProjectValues[]) {
  if (rows.length === 0) return [];
  return db.insert(fundedProjects).values(rows).returning({ id: fundedProjects.id });
}

export async function updateFundedProjectRow(db: DbOrTx, id: number, values: Partial<TFundedProjectValues>) {
  await db
    .update(fundedProjects)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(fundedProjects.id, id));
}

export async function deleteFundedProjectRow(db: DbOrTx, id: number) {
  await db.delete(fundedProjects).where(eq(fundedProjects.id, id));
}

function where(actor: TActor, q: TFundedProjectQuery): SQL | undefined {
  const conds: SQL[] = [scopeCondition(actor, fundedProjects.orgId)];
  if (q.q) {
    const p = likePattern(q.q);
    conds.push(or(ilike(fundedProjects.name, p), ilike(fundedProjects.leadUnit, p))!);
  }
  if (q.programme) conds.push(eq(fundedProjects.programme, q.programme));
  if (q.level) conds.push(eq(fundedProjects.level, q.level));
  if (q.year) conds.push(eq(fundedProjects.year, q.year));
  if (q.status) conds.push(eq(fundedProjects.status, q.status));
  if (q.orgId) conds.push(inOrgSubtree(fundedProjects.orgId, q.orgId));
  if (q.enterpriseId) conds.push(eq(fundedProjects.enterpriseId, q.enterpriseId));
  if (q.isDemo) conds.push(eq(fundedProjects.isDemo, q.isDemo === 'true'));
  return and(...conds);
}

const SORTS = { year: fundedProjects.year, name: fundedProjects.name, amount: fundedProjects.amount, createdAt: fundedProjects.createdAt };

export async function selectFundedProjects(db: DbOrTx, actor: TActor, q: TFundedProjectQuery) {
  const w = where(actor, q);
  const [items, totals] = await Promise.all([
    db
      .select(withOrg)
      .from(fundedProjects)
      .innerJoin(orgs, eq(orgs.id, fundedProjects.orgId))
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, sql`${fundedProjects.year} desc`), desc(fundedProjects.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ projects: sql<number>`count(*)::int`, amount: sql<number>`coalesce(sum(${fundedProjects.amount}), 0)::float8` })
      .from(fundedProjects)
      .where(w),
  ]);
  const t = totals[0] ?? { projects: 0, amount: 0 };
  return { items, totals: { projects: Number(t.projects), amount: Math.round(Number(t.amount) * 100) / 100 } };
}
