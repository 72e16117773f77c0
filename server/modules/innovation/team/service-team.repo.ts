import { type SQL, and, eq, getTableColumns, gte, ilike, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type TActor, scopeCondition } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { inOrgSubtree, likePattern, orderBy } from '../docking/linked-records.repo.js';
import { serviceTeams, serviceVisits } from '../innovation.schema.js';
import type { TServiceTeamQuery, TServiceVisitQuery } from './service-team.types.js';

export type TServiceTeamRow = typeof serviceTeams.$inferSelect & { orgName: string; orgPath: string };
export type TServiceTeamValues = typeof serviceTeams.$inferInsert;
export type TServiceVisitRow = typeof serviceVisits.$inferSelect;
export type TServiceVisitValues = typeof serviceVisits.$inferInsert;

/** Who sees which teams: staff by org subtree; an expert account only the teams it leads or serves in. */
export type TTeamVisibility = { kind: 'scope' } | { kind: 'member'; expertIds: number[] };

const withOrg = { ...getTableColumns(serviceTeams), orgName: orgs.name, orgPath: orgs.path };

export function visibilityCondition(actor: TActor, v: TTeamVisibility): SQL {
  if (v.kind === 'scope') return scopeCondition(actor, serviceTeams.orgId);
  if (v.expertIds.length === 0) return sql`false`;
  const ids = sql`array[${sql.join(
    v.expertIds.map((id) => sql`${id}::int`),
    sql`, `,
  )}]`;
  return sql`(${serviceTeams.leadExpertId} = any(${ids}) or ${serviceTeams.memberExpertIds} && ${ids})`;
}

export async function findServiceTeamById(db: DbOrTx, id: number): Promise<TServiceTeamRow | undefined> {
  const [row] = await db.select(withOrg).from(serviceTeams).innerJoin(orgs, eq(orgs.id, serviceTeams.orgId)).where(eq(serviceTeams.id, id));
  return row;
}

export async function insertServiceTeams(db: DbOrTx, rows: TServiceTeamValues[]) {
  if (rows.length === 0) return [];
  return db.insert(serviceTeams).values(rows).returning({ id: serviceTeams.id });
}

export async function updateServiceTeamRow(db: DbOrTx, id: number, values: Partial<TServiceTeamValues>) {
  await db
    .update(serviceTeams)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(serviceTeams.id, id));
}

export async function deleteServiceTeamRow(db: DbOrTx, id: number) {
  await db.delete(serviceTeams).where(eq(serviceTeams.id, id));
}

const TEAM_SORTS = { name: serviceTeams.name, createdAt: serviceTeams.createdAt, updatedAt: serviceTeams.updatedAt };

export async function selectServiceTeams(db: DbOrTx, actor: TActor, v: TTeamVisibility, q: TServiceTeamQuery) {
  const conds: SQL[] = [visibilityCondition(actor, v)];
  if (q.q) conds.push(ilike(serviceTeams.name, likePattern(q.q)));
  if (q.cluster) conds.push(eq(serviceTeams.cluster, q.cluster));
  if (q.orgId) conds.push(inOrgSubtree(serviceTeams.orgId, q.orgId));
  if (q.expertId)
    conds.push(sql`(${serviceTeams.leadExpertId} = ${q.expertId} or ${q.expertId}::int = any(${serviceTeams.memberExpertIds}))`);
  if (q.enterpriseId) conds.push(sql`${q.enterpriseId}::int = any(${serviceTeams.enterpriseIds})`);
  if (q.isDemo) conds.push(eq(serviceTeams.isDemo, q.isDemo === 'true'));
  const w = and(...conds);
  const [items, total] = await Promise.all([
    db
      .select(withOrg)
      .from(serviceTeams)
      .innerJoin(orgs, eq(orgs.id, serviceTeams.orgId))
      .where(w)
      .orderBy(orderBy(q.sort, TEAM_SORTS, sql`${serviceTeams.updatedAt} desc`), sql`${serviceTeams.id} desc`)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(serviceTeams).where(w),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

/** Visit count, problems solved and the last visit date per team. */
export async function visitStats(db: DbOrTx, teamIds: number[]) {
  const map = new Map<number, { visitCount: number; problemsSolved: number; lastVisitOn: string | null }>();
  if (teamIds.length === 0) return map;
  const rows = await db
    .select({
      teamId: serviceVisits.teamId,
      visitCount: sql<number>`count(*)::int`,
      problemsSolved: sql<number>`coalesce(sum(${serviceVisits.problemsSolved}), 0)::int`,
      lastVisitOn: sql<string | null>`max(${serviceVisits.date})::text`,
    })
    .from(serviceVisits)
    .where(inArray(serviceVisits.teamId, [...new Set(teamIds)]))
    .groupBy(serviceVisits.teamId);
  for (const r of rows) map.set(r.teamId, { visitCount: Number(r.visitCount), problemsSolved: Number(r.problemsSolved), lastVisitOn: r.lastVisitOn });
  return map;
}

export async function insertServiceVisits(db: DbOrTx, rows: TServiceVisitValues[]) {
  if (rows.length === 0) return [];
  return db.insert(serviceVisits).values(rows).returning({ id: serviceVisits.id });
}

export async function findServiceVisitById(db: DbOrTx, id: number): Promise<TServiceVisitRow | undefined> {
  const [row] = await db.select().from(serviceVisits).where(eq(serviceVisits.id, id));
  return row;
}

export async function selectServiceVisits(db: DbOrTx, teamId: number, q: TServiceVisitQuery) {
  const conds: SQL[] = [eq(serviceVisits.teamId, teamId)];
  if (q.from) conds.push(gte(serviceVisits.date, q.from));
  if (q.to) conds.push(lte(serviceVisits.date, q.to));
  if (q.enterpriseId) conds.push(eq(serviceVisits.enterpriseId, q.enterpriseId));
  const w = and(...conds);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(serviceVisits)
      .where(w)
      .orderBy(sql`${serviceVisits.date} desc`, sql`${serviceVisits.id} desc`)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ visits: sql<number>`count(*)::int`, problemsSolved: sql<number>`coalesce(sum(${serviceVisits.problemsSolved}), 0)::int` })
      .from(serviceVisits)
      .where(w),
  ]);
  const t = totals[0] ?? { visits: 0, problemsSolved: 0 };
  return { items, totals: { visits: Number(t.visits), problemsSolved: Number(t.problemsSolved) } };
}
