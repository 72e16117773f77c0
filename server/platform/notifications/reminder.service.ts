import type { Db, DbOrTx } from '../../db/client.js';
import { type TNotice, notify } from './notification.service.js';
import { type TReminderInput, claimDueReminders, deleteReminder, markReminderFailed, markReminderFired, upsertReminder } from './reminder.repo.js';

// Durable reminders (DESIGN.md §5): rows with a due time, fired by a worker in every server process.
// Claiming, the handler's writes and "fired" are one transaction, so a reminder fires once: after a
// restart (the row is still due) and with several processes on one PostgreSQL (FOR UPDATE SKIP LOCKED).

export interface TReminder {
  id: number;
  payload: unknown;
  dueAt: Date;
}
/** What firing a reminder of one kind does; `db` is the claiming transaction (the same contract as TServerModule.reminders). */
export type TReminderHandler = (db: Db, reminder: TReminder) => Promise<void>;
export type TReminderHandlers = Record<string, TReminderHandler>;

/** A handler that fails this many times is left alone (its last error stays on the row). */
export const REMINDER_MAX_ATTEMPTS = 5;

/** Schedules (or moves) a reminder inside the caller's transaction. */
export async function scheduleReminder(tx: DbOrTx, r: TReminderInput): Promise<void> {
  await upsertReminder(tx, r);
}

export async function cancelReminder(tx: DbOrTx, dedupeKey: string): Promise<void> {
  await deleteReminder(tx, dedupeKey);
}

/** The platform's own kind: `notify` delivers a notification (payload: a TNotice) at the due time. */
export const PLATFORM_REMINDERS: TReminderHandlers = {
  notify: async (db, r) => {
    await notify(db, r.payload as TNotice);
  },
};

/**
 * Fires the due reminders once: claims up to `limit` rows, runs each kind's handler in a savepoint
 * (a failing handler rolls back its own writes, counts an attempt and keeps its error), marks the
 * rest fired, commits. Returns how many fired.
 */
export async function fireDueReminders(db: Db, handlers: TReminderHandlers, opts: { now?: Date; limit?: number } = {}): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await claimDueReminders(tx, { now: opts.now ?? new Date(), limit: opts.limit ?? 50, maxAttempts: REMINDER_MAX_ATTEMPTS });
    let fired = 0;
    for (const r of due) {
      const handler = handlers[r.kind];
      if (!handler) {
        await markReminderFailed(tx, r.id, `no handler for kind ${r.kind}`);
        continue;
      }
      try {
        await tx.transaction(async (sp) => handler(sp as unknown as Db, { id: r.id, payload: r.payload, dueAt: r.dueAt }));
        await markReminderFired(tx, r.id);
        fired++;
      } catch (err) {
        await markReminderFailed(tx, r.id, err instanceof Error ? err.message : String(err));
      }
    }
    return fired;
  });
}

export interface TReminderWorker {
  /** Waits for a running round, then stops polling. */
  stop(): Promise<void>;
}

/**
 * Polls for due reminders every `intervalMs` (and once at start, so what fell due while the server
 * was stopped fires now). Started by server/main.ts, not by buildApp: tests fire rounds themselves.
 */
export function startReminderWorker(
  db: Db,
  handlers: TReminderHandlers,
  opts: { intervalMs: number; onError?: (err: unknown) => void; onFired?: (n: number) => void },
): TReminderWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const round = async () => {
    try {
      // Drain: a full batch means more may be due.
      for (let n = 50; n === 50 && !stopped; ) {
        n = await fireDueReminders(db, handlers, { limit: 50 });
        if (n > 0) opts.onFired?.(n);
      }
    } catch (err) {
      opts.onError?.(err);
    }
    if (!stopped) timer = setTimeout(() => (running = round()), opts.intervalMs);
  };
  running = round();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
