import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { type TActor, scopeCondition } from '../../platform/auth/policy.js';

// SQL of the innovation to-do list (innovation.todos.ts): counts, and whether some are overdue.

export interface TTodoCount {
  n: number;
  late: number;
}

const one = async (db: DbOrTx, q: ReturnType<typeof sql>): Promise<TTodoCount> => {
  const [r] = await queryRows<{ n: number; late: number }>(db, q);
  return { n: Number(r?.n ?? 0), late: Number(r?.late ?? 0) };
};

/** Demands 待审核 in the actor's subtree; late = waiting longer than `days` since submitted. */
export const countPendingDemands = (db: DbOrTx, actor: TActor, days: number) =>
  one(
    db,
    sql`select count(*)::int as n,
          count(*) filter (where coalesce((select max(t.at) from status_transitions t where t.entity = 'demand' and t.entity_id = d.id and t.to_status = 'pending'), d.updated_at)
                                  < now() - make_interval(days => ${days}))::int as late
        from demands d where d.status = 'pending' and ${scopeCondition(actor, sql`d.org_id`)}`,
  );

/** Enterprise docking requests (推荐 engagements the enterprise asked for) on open demands of the subtree. */
export const countDockingRequests = (db: DbOrTx, actor: TActor, days: number) =>
  one(
    db,
    sql`select count(*)::int as n, count(*) filter (where m.updated_at < now() - make_interval(days => ${days}))::int as late
        from matches m join demands d on d.id = m.demand_id
        where m.status = 'recommended' and d.status in ('published', 'docking') and ${scopeCondition(actor, sql`d.org_id`)}
          and exists (select 1 from audit_log a where a.entity = 'match' and a.entity_id = m.id::text and a.action = 'docking-request')`,
  );

/** Open demands (已发布 / 对接中) of the subtree whose deadline has passed (China date). */
export const countExpiredOpenDemands = (db: DbOrTx, actor: TActor) =>
  one(
    db,
    sql`select count(*)::int as n, count(*)::int as late from demands d
        where d.status in ('published', 'docking') and d.deadline < (now() at time zone 'Asia/Shanghai')::date
          and ${scopeCondition(actor, sql`d.org_id`)}`,
  );

/** Invitations sent in the subtree that the expert has not answered for more than `days`. */
export const countUnansweredInvitations = (db: DbOrTx, actor: TActor, days: number) =>
  one(
    db,
    sql`select count(*)::int as n, count(*)::int as late from matches m join demands d on d.id = m.demand_id
        where m.status = 'contacted' and coalesce(m.invited_at, m.updated_at) < now() - make_interval(days => ${days})
          and ${scopeCondition(actor, sql`d.org_id`)}`,
  );

/** The signed-in expert's invitations waiting for an answer; late = older than `days`. */
export const countMyInvitations = (db: DbOrTx, userId: number, days: number) =>
  one(
    db,
    sql`select count(*)::int as n, count(*) filter (where coalesce(m.invited_at, m.updated_at) < now() - make_interval(days => ${days}))::int as late
        from matches m join experts x on x.id = m.expert_id where m.status = 'contacted' and x.user_id = ${userId}`,
  );

/** Demands of the enterprises the user acts for that were returned (退回) to fix. */
export const countReturnedDemands = (db: DbOrTx, userId: number) =>
  one(
    db,
    sql`select count(*)::int as n, 0 as late from demands d
        where d.status = 'returned' and d.enterprise_id in (select eu.enterprise_id from enterprise_users eu where eu.user_id = ${userId})`,
  );
