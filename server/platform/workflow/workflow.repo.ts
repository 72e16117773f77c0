import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { orgs } from '../orgs/org.schema.js';
import { statusTransitions } from './workflow.schema.js';

export type TTransitionInsert = typeof statusTransitions.$inferInsert;

/** One history row; the actor's org name is taken from the org table when only its id is given. */
export async function insertTransition(tx: DbOrTx, row: TTransitionInsert) {
  await tx.insert(statusTransitions).values({
    ...row,
    actorOrgName: row.actorOrgName ?? (row.actorOrgId == null ? null : sql`(select ${orgs.name} from ${orgs} where ${orgs.id} = ${row.actorOrgId})`),
  });
}

/** Many history rows at once (imports, demo data), in chunks far below PostgreSQL's parameter limit. */
export async function insertTransitions(tx: DbOrTx, rows: TTransitionInsert[]) {
  for (let i = 0; i < rows.length; i += 2000) await tx.insert(statusTransitions).values(rows.slice(i, i + 2000));
}

export async function selectTransitions(db: DbOrTx, entity: string, entityId: number) {
  return db
    .select({
      id: statusTransitions.id,
      from: statusTransitions.fromStatus,
      to: statusTransitions.toStatus,
      actorId: statusTransitions.actorId,
      actorName: statusTransitions.actorName,
      actorOrgId: statusTransitions.actorOrgId,
      actorOrgName: statusTransitions.actorOrgName,
      reason: statusTransitions.reason,
      at: statusTransitions.at,
    })
    .from(statusTransitions)
    .where(and(eq(statusTransitions.entity, entity), eq(statusTransitions.entityId, entityId)))
    .orderBy(asc(statusTransitions.at), asc(statusTransitions.id));
}
