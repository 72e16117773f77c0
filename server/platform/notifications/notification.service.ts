import type { DbOrTx } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import type { TActor } from '../auth/policy.js';
import { notFound } from '../errors.js';
import { type TNotificationRow, findNotification, insertNotifications, markRead, nearestStaffOf, selectNotifications } from './notification.repo.js';

// 站内通知 (DESIGN.md §5). In-app is the only channel built: a row per recipient, read in the console's
// bell. Email and SMS go behind TNotificationChannel when a city wires a gateway; nothing sends today.

/** One message to its recipients. */
export interface TNotice {
  /** Explicit recipients (account ids)… */
  userIds?: number[];
  /** …or the staff (these roles) who review the org's records: the nearest org at or above it that has any. */
  reviewersOf?: { orgId: number; roles: readonly string[] };
  kind: string;
  title: string;
  titleEn: string;
  body?: string | null;
  /** Console path the notification opens. */
  link?: string | null;
  entity?: string | null;
  entityId?: number | null;
}

/**
 * A delivery channel besides the in-app table (email, SMS). Not built: a deployment registers one and
 * `send` is called after the transaction that wrote the notification commits. Sending must be
 * idempotent on `notificationId` (a retry may repeat it).
 */
export interface TNotificationChannel {
  name: 'email' | 'sms' | string;
  send(message: { notificationId: number; userId: number; title: string; titleEn: string; body: string | null; link: string | null }): Promise<void>;
}

/**
 * Writes the notice for each recipient inside the caller's transaction, so a notification exists
 * exactly when the change it reports does. The acting user is never notified of their own move.
 */
export async function notify(tx: DbOrTx, notice: TNotice, opts: { except?: number | null } = {}): Promise<number> {
  const ids = new Set(notice.userIds ?? []);
  if (notice.reviewersOf) for (const id of await nearestStaffOf(tx, notice.reviewersOf.orgId, notice.reviewersOf.roles)) ids.add(id);
  if (opts.except != null) ids.delete(opts.except);
  const rows = await insertNotifications(
    tx,
    [...ids].map((userId) => ({
      userId,
      kind: notice.kind,
      title: notice.title,
      titleEn: notice.titleEn,
      body: notice.body ?? null,
      link: notice.link ?? null,
      entity: notice.entity ?? null,
      entityId: notice.entityId ?? null,
    })),
  );
  return rows.length;
}

function present(r: TNotificationRow) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    titleEn: r.titleEn,
    body: r.body,
    link: r.link,
    entity: r.entity,
    entityId: r.entityId,
    createdAt: r.createdAt,
    readAt: r.readAt,
  };
}

/** The signed-in user's notifications, newest first, with the unread count. */
export async function listMyNotifications(db: DbOrTx, actor: TActor, q: { page: number; pageSize: number; unread?: 'true' | 'false' }) {
  const { items, total, unread } = await selectNotifications(db, actor.userId, {
    unreadOnly: q.unread === 'true',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: items.map(present), total, unread };
}

/** Marks one of the user's notifications read; someone else's does not exist for them. @throws AppError NOT_FOUND */
export async function readNotification(db: DbOrTx, actor: TActor, id: number) {
  if (!(await findNotification(db, actor.userId, id))) throw notFound('通知', 'Notification');
  const changed = await markRead(db, actor.userId, [id]);
  if (changed.length) await recordAudit(db, actor, { entity: 'notification', entityId: id, action: 'read' });
  return present((await findNotification(db, actor.userId, id))!);
}

/** Marks every unread notification of the user read. */
export async function readAllNotifications(db: DbOrTx, actor: TActor) {
  const changed = await markRead(db, actor.userId);
  if (changed.length) await recordAudit(db, actor, { entity: 'notification', action: 'read-all', after: { count: changed.length } });
  return { updated: changed.length };
}
