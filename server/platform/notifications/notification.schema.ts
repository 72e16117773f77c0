import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.schema.js';

/** 站内通知 — one row per recipient. Unread while read_at is null. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // e.g. 'match.invited', 'demand.deadline'
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    body: text('body'),
    link: text('link'), // console path, e.g. /admin/demands/12
    entity: text('entity'),
    entityId: integer('entity_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.id), index('notifications_unread_idx').on(t.userId).where(sql`read_at is null`)],
);

/**
 * Durable reminders: a kind, a due time and a payload. A worker claims due rows with
 * `FOR UPDATE SKIP LOCKED`, runs the kind's handler in the same transaction and marks the row fired,
 * so a reminder fires once — after a restart, and with several server processes on one PostgreSQL.
 */
export const reminders = pgTable(
  'reminders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    payload: jsonb('payload').notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(), // scheduling the same key again moves the due time instead of adding a row
    firedAt: timestamp('fired_at', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reminders_dedupe_uq').on(t.dedupeKey), index('reminders_due_idx').on(t.dueAt).where(sql`fired_at is null`)],
);
