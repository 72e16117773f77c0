import { sql } from 'drizzle-orm';
import { boolean, customType, integer, text, timestamp } from 'drizzle-orm/pg-core';

/** created/updated timestamps shared by every table. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** Rows the demo seeder made carry this flag, so they can be told apart (and removed) later. */
export const demoFlag = { isDemo: boolean('is_demo').notNull().default(false) };

export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** to_tsvector('simple', col) as a stored generated column: col holds jieba tokens joined by spaces. */
export const generatedTsv = (column: string) =>
  tsvector('search_tsv').generatedAlwaysAs(sql.raw(`to_tsvector('simple'::regconfig, coalesce(${column}, ''))`));

/** A text[] column, never null, empty by default (tags, keywords, target groups). */
export const textArray = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

/** An int[] column, never null, empty by default (ids of uploads, columns). */
export const intArray = (name: string) =>
  integer(name)
    .array()
    .notNull()
    .default(sql`'{}'::int[]`);
