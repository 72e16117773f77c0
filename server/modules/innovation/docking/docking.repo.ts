import { type SQL, and, eq, getTableColumns, gte, ilike, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type TActor, scopeCondition } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { dockingEvents } from '../innovation.schema.js';
import type { TDockingEventQuery } from './docking.types.js';
import { inOrgSubtree, likePattern, orderBy } from './linked-records.repo.js';

export type TDockingEventRow = typeof dockingEvents.$inferSelect & { orgName: string; orgPath: string };
export type TDockingEventValues = typeof dockingEvents.$inferInsert;

const withOrg = { ...getTableColumns(dockingEvents), orgName: orgs.name, orgPath: orgs.path };

export async function findDockingEventById(db: DbOrTx, id: number): Promise<TDockingEventRow | undefined> {
  const [row] = await db.select(withOrg).from(dockingEvents).innerJoin(orgs, eq(orgs.id, dockingEvents.orgId)).where(eq(dockingEvents.id, id));
  return row;
}

export async function insertDockingEvents(db: DbOrTx, rows: TDockingEventValues[]) {
  if (rows.length === 0) return [];
  return db.insert(dockingEvents).values(rows).returning({ id: dockingEvents.id });
}

export async function updateDockingEventRow(db: DbOrTx, id: number, values: Partial<TDockingEventValues>) {
  await db
    .update(dockingEvents)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(dockingEvents.id, id));
}

export async function deleteDockingEventRow(db: DbOrTx, id: number) {
  await db.delete(dockingEvents).where(eq(dockingEvents.id, id));
}

function where(actor: TActor, q: TDockingEventQuery): SQL | undefined {
  const conds: SQL[] = [scopeCondition(actor, dockingEvents.orgId)];
  if (q.q) {
    const p = likePattern(q.q);
    conds.push(or(ilike(dockingEvents.title, p), ilike(dockingEvents.place, p), ilike(dockingEvents.organizer, p))!);
  }
  if (q.orgId) conds.push(inOrgSubtree(dockingEvents.orgId, q.orgId));
  if (q.from) conds.push(gte(dockingEvents.date, q.from));
  if (q.to) conds.push(lte(dockingEvents.date, q.to));
  if (q.demandId) conds.push(sql`${q.demandId}::int = any(${dockingEvents.demandIds})`);
  if (q.expertId) conds.push(sql`${q.expertId}::int = any(${dockingEvents.expertIds})`);
  if (q.enterpriseId) conds.push(sql`${q.enterpriseId}::int = any(${dockingEvents.enterpriseIds})`);
  if (q.isDemo) conds.push(eq(dockingEvents.isDemo, q.isDemo === 'true'));
  return and(...conds);
}

const SORTS = {
  date: dockingEvents.date,
  title: dockingEvents.title,
  agreementsSigned: dockingEvents.agreementsSigned,
  contractValue: dockingEvents.contractValue,
  createdAt: dockingEvents.createdAt,
};

/** One page of events in the actor's scope, the total, and the outcome totals over all matches. */
export async function selectDockingEvents(db: DbOrTx, actor: TActor, q: TDockingEventQuery) {
  const w = where(actor, q);
  const [items, totals] = await Promise.all([
    db
      .select(withOrg)
      .from(dockingEvents)
      .innerJoin(orgs, eq(orgs.id, dockingEvents.orgId))
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, sql`${dockingEvents.date} desc`), sql`${dockingEvents.id} desc`)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({
        events: sql<number>`count(*)::int`,
        agreements: sql<number>`coalesce(sum(${dockingEvents.agreementsSigned}), 0)::int`,
        contractValue: sql<number>`coalesce(sum(${dockingEvents.contractValue}), 0)::float8`,
      })
      .from(dockingEvents)
      .where(w),
  ]);
  const t = totals[0] ?? { events: 0, agreements: 0, contractValue: 0 };
  return {
    items,
    totals: { events: Number(t.events), agreements: Number(t.agreements), contractValue: Math.round(Number(t.contractValue) * 100) / 100 },
  };
}
