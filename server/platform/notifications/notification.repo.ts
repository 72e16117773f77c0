import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../auth/auth.schema.js';
import { orgs } from '../orgs/org.schema.js';
import { notifications } from './notification.schema.js';

export type TNotificationRow = typeof notifications.$inferSelect;

export async function insertNotifications(tx: DbOrTx, rows: Array<typeof notifications.$inferInsert>) {
  if (rows.length === 0) return [];
  return tx.insert(notifications).values(rows).returning({ id: notifications.id, userId: notifications.userId });
}

/**
 * Active accounts with one of `roles` in the nearest org at or above `orgId` that has any: the staff
 * who review the org's records (the district's staff; the city's when the district has none).
 */
export async function nearestStaffOf(db: DbOrTx, orgId: number, roles: readonly string[]): Promise<number[]> {
  const rows = await db
    .select({ id: users.id, depth: sql<number>`length(${orgs.path})` })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(
      and(
        eq(users.isDisabled, false),
        sql`${users.roles} && ${sql.raw(`array[${roles.map((r) => `'${r.replace(/'/g, '')}'`).join(',')}]::text[]`)}`,
        sql`(select path from orgs where id = ${orgId}) like ${orgs.path} || '%'`,
      ),
    )
    .orderBy(desc(sql`length(${orgs.path})`), users.id);
  const deepest = rows[0]?.depth;
  return rows.filter((r) => r.depth === deepest).map((r) => r.id);
}

export async function selectNotifications(db: DbOrTx, userId: number, opts: { unreadOnly: boolean; limit: number; offset: number }) {
  const where = and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, total, unread] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.id)).limit(opts.limit).offset(opts.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, total: total[0]?.n ?? 0, unread: unread[0]?.n ?? 0 };
}

/** Marks the user's notifications read (all unread ones when `ids` is undefined); returns the ids changed. */
export async function markRead(db: DbOrTx, userId: number, ids?: number[]) {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

export async function findNotification(db: DbOrTx, userId: number, id: number) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}
