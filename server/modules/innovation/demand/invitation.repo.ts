import { type SQL, and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { demands, enterprises, experts, matches } from '../innovation.schema.js';
import type { TMatchStatus } from './demand.workflow.js';

export type TMatchRow = typeof matches.$inferSelect;

const matchWithNames = {
  id: matches.id,
  demandId: matches.demandId,
  demandTitle: demands.title,
  expertId: matches.expertId,
  expertName: experts.name,
  expertUnit: experts.unit,
  expertTitle: experts.title,
  expertUserId: experts.userId,
  invitedBy: matches.invitedBy,
  status: matches.status,
  score: matches.score,
  reasons: matches.reasons,
  note: matches.note,
  invitedAt: matches.invitedAt,
  respondedAt: matches.respondedAt,
  createdAt: matches.createdAt,
  updatedAt: matches.updatedAt,
};
export type TMatchRowWithNames = Awaited<ReturnType<typeof findMatchById>> & object;

export async function findMatchById(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ ...matchWithNames, demandOrgId: demands.orgId, demandOrgPath: orgs.path, demandStatus: demands.status })
    .from(matches)
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .innerJoin(experts, eq(experts.id, matches.expertId))
    .innerJoin(orgs, eq(orgs.id, demands.orgId))
    .where(eq(matches.id, id));
  return row;
}

/** The engagement of one expert on one demand, locked for the rest of the transaction. */
export async function lockMatchByPair(tx: DbOrTx, demandId: number, expertId: number) {
  const [row] = await tx
    .select()
    .from(matches)
    .where(and(eq(matches.demandId, demandId), eq(matches.expertId, expertId)))
    .for('update');
  return row;
}

export async function lockMatchStatus(tx: DbOrTx, id: number): Promise<TMatchStatus | undefined> {
  const [row] = await tx.select({ status: matches.status }).from(matches).where(eq(matches.id, id)).for('update');
  return row?.status;
}

export async function insertMatch(db: DbOrTx, values: typeof matches.$inferInsert) {
  const [row] = await db.insert(matches).values(values).returning({ id: matches.id });
  return row;
}

export async function updateMatchRow(db: DbOrTx, id: number, values: Partial<typeof matches.$inferInsert>) {
  await db
    .update(matches)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(matches.id, id));
}

/** Every engagement on a demand, invited ones first. */
export async function matchesOfDemand(db: DbOrTx, demandId: number) {
  return db
    .select(matchWithNames)
    .from(matches)
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .innerJoin(experts, eq(experts.id, matches.expertId))
    .where(eq(matches.demandId, demandId))
    .orderBy(sql`${matches.status} = 'recommended'`, sql`${matches.score} desc nulls last`, desc(matches.id));
}

/** Engagement id and status per expert on one demand. */
export async function matchStatusesOnDemand(db: DbOrTx, demandId: number, expertIds: number[]) {
  if (expertIds.length === 0) return new Map<number, { id: number; status: TMatchStatus }>();
  const rows = await db
    .select({ id: matches.id, expertId: matches.expertId, status: matches.status })
    .from(matches)
    .where(and(eq(matches.demandId, demandId), inArray(matches.expertId, expertIds)));
  return new Map(rows.map((r) => [r.expertId, { id: r.id, status: r.status }]));
}

/** An expert's invitations (engagements past 推荐), newest first, with the demand they concern. */
export async function invitationsOfExpert(db: DbOrTx, expertId: number, opts: { status?: TMatchStatus; limit: number; offset: number }) {
  const conds: SQL[] = [eq(matches.expertId, expertId), ne(matches.status, 'recommended')];
  if (opts.status) conds.push(eq(matches.status, opts.status));
  const where = and(...conds);
  const [items, total] = await Promise.all([
    db
      .select({
        ...matchWithNames,
        demand: {
          id: demands.id,
          title: demands.title,
          description: demands.description,
          category: demands.category,
          cluster: demands.cluster,
          deadline: demands.deadline,
          budgetMin: demands.budgetMin,
          budgetMax: demands.budgetMax,
          enterpriseName: enterprises.name,
          status: demands.status,
        },
      })
      .from(matches)
      .innerJoin(demands, eq(demands.id, matches.demandId))
      .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
      .innerJoin(experts, eq(experts.id, matches.expertId))
      .where(where)
      .orderBy(sql`${matches.invitedAt} desc nulls last`, desc(matches.id))
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(matches).where(where),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}
