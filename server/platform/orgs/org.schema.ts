import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { generatedTsv, timestamps } from '../../db/columns.js';

/** Kinds of organization in the 科协 network (DESIGN.md §3). */
export const ORG_KINDS = ['city', 'district', 'township', 'society', 'enterprise', 'university', 'park'] as const;
export type TOrgKind = (typeof ORG_KINDS)[number];

/**
 * The org tree. `path` is the materialized path of ids ("/1/3/17/"): a subtree is `path LIKE '/1/3/%'`,
 * which every scoped query uses.
 */
export const orgs = pgTable(
  'orgs',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(), // stable key from the city configuration, e.g. "rugao"
    parentId: integer('parent_id'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: ORG_KINDS }).notNull(),
    adcode: text('adcode'),
    sortOrder: integer('sort_order').notNull().default(0),
    namePinyin: text('name_pinyin').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('orgs_code_uq').on(t.code),
    index('orgs_path_idx').on(sql`${t.path} text_pattern_ops`),
    index('orgs_parent_idx').on(t.parentId),
    index('orgs_tsv_idx').using('gin', t.searchTsv),
  ],
);
