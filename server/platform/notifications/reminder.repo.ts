import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { reminders } from './notification.schema.js';

export interface TReminderInput {
  kind: string;
  dueAt: Date;
  payload: Record<string, unknown>;
  /** One reminder per key: scheduling the key again moves it. */
  dedupeKey: string;
}

/**
 * Inserts or moves a reminder. A fired one is armed again only when its due time changes (a demand's
 * deadline moved), so saving a record twice never repeats a reminder.
 */
export async function upsertReminder(tx: DbOrTx, r: TReminderInput) {
  await tx
    .insert(reminders)
    .values(r)
    .onConflictDoUpdate({
      target: reminders.dedupeKey,
      set: {
        kind: r.kind,
        payload: r.payload,
        dueAt: r.dueAt,
        firedAt: sql`case when ${reminders.dueAt} = excluded.due_at then ${reminders.firedAt} else null end`,
        attempts: sql`case when ${reminders.dueAt} = excluded.due_at then ${reminders.attempts} else 0 end`,
      },
    });
}

/** Drops a reminder that has not fired yet. */
export async function deleteReminder(tx: DbOrTx, dedupeKey: string) {
  await tx.delete(reminders).where(and(eq(reminders.dedupeKey, dedupeKey), isNull(reminders.firedAt)));
}

/**
 * Due, unfired reminders, locked for the rest of the transaction. SKIP LOCKED: rows another process
 * is firing right now are passed over instead of waited for, and never fired twice.
 */
export async function claimDueReminders(tx: DbOrTx, opts: { now: Date; limit: number; maxAttempts: number }) {
  return tx
    .select({ id: reminders.id, kind: reminders.kind, payload: reminders.payload, dueAt: reminders.dueAt, attempts: reminders.attempts })
    .from(reminders)
    .where(and(isNull(reminders.firedAt), sql`${reminders.dueAt} <= ${opts.now}`, sql`${reminders.attempts} < ${opts.maxAttempts}`))
    .orderBy(reminders.dueAt, reminders.id)
    .limit(opts.limit)
    .for('update', { skipLocked: true });
}

export async function markReminderFired(tx: DbOrTx, id: number) {
  await tx
    .update(reminders)
    .set({ firedAt: new Date(), attempts: sql`${reminders.attempts} + 1`, lastError: null })
    .where(eq(reminders.id, id));
}

export async function markReminderFailed(tx: DbOrTx, id: number, error: string) {
  await tx
    .update(reminders)
    .set({ attempts: sql`${reminders.attempts} + 1`, lastError: error.slice(0, 2000) })
    .where(eq(reminders.id, id));
}
