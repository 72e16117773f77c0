import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { demoFlag, generatedTsv, intArray, textArray, timestamps } from '../../../db/columns.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { orgs } from '../../../platform/orgs/org.schema.js';

// 科普内容 content: articles and videos, the columns (科普栏目) they belong to, the publications that put
// them on the four channels (portal website, 科普大屏 screens, 公众号 export, portal columns) and the screens.

export const CONTENT_KINDS = ['article', 'video'] as const;
/** 草稿 → 待审 → 已发布 → 已下线; 退回 is 待审 → 草稿 with a reason (returnReason). */
export const CONTENT_STATUSES = ['draft', 'pending', 'published', 'offline'] as const;
/** The four channels (四位一体): portal website, big screens, WeChat 公众号 export, portal columns. */
export const CONTENT_CHANNELS = ['portal', 'bigscreen', 'wechat', 'column'] as const;


/** 科普栏目 — a series / column on the portal (科普讲堂, 健康生活 …), in its display order. */
export const contentColumns = pgTable(
  'content_columns',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [uniqueIndex('content_columns_name_uq').on(t.name), index('content_columns_org_idx').on(t.orgId)],
);

/** 科普内容 — an article (sanitized rich text) or a video by link. */
export const contents = pgTable(
  'contents',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind', { enum: CONTENT_KINDS }).notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    /** Sanitized on save (content.sanitize.ts); never stored raw. */
    body: text('body').notNull().default(''),
    coverUrl: text('cover_url'),
    images: textArray('images'),
    videoUrl: text('video_url'),
    posterUrl: text('poster_url'),
    author: text('author'),
    source: text('source'),
    tags: textArray('tags'),
    targetGroups: textArray('target_groups'),
    columnId: integer('column_id').references(() => contentColumns.id, { onDelete: 'set null' }),
    /** Uploaded files (/api/v1/files/<id>) the content shows: served publicly while it is published. */
    fileIds: textArray('file_ids'),
    status: text('status', { enum: CONTENT_STATUSES }).notNull().default('draft'),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('contents_org_idx').on(t.orgId),
    index('contents_status_idx').on(t.status, t.publishedAt),
    index('contents_column_idx').on(t.columnId),
    index('contents_files_idx').using('gin', t.fileIds),
    index('contents_tsv_idx').using('gin', t.searchTsv),
  ],
);

/** 科普大屏 — a kiosk screen: its code is in the kiosk URL /screen/<code>. */
export const contentScreens = pgTable(
  'content_screens',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    location: text('location'),
    /** The columns it plays: content published to "all screens" of these columns. */
    columnIds: intArray('column_ids'),
    rotateSeconds: smallint('rotate_seconds').notNull().default(20),
    isActive: boolean('is_active').notNull().default(true),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('content_screens_code_uq').on(t.code),
    index('content_screens_org_idx').on(t.orgId),
    check('content_screens_rotate_ck', sql`${t.rotateSeconds} between 5 and 600`),
  ],
);

/**
 * One publication of a content on a channel (a screen for `bigscreen` — null: every screen playing its
 * column —, a column for `column`): who put it out when, and who took it down when (withdrawnAt).
 */
export const contentPublications = pgTable(
  'content_publications',
  {
    id: serial('id').primaryKey(),
    contentId: integer('content_id')
      .notNull()
      .references(() => contents.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: CONTENT_CHANNELS }).notNull(),
    screenId: integer('screen_id').references(() => contentScreens.id, { onDelete: 'cascade' }),
    columnId: integer('column_id').references(() => contentColumns.id, { onDelete: 'cascade' }),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedByName: text('published_by_name'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    withdrawnBy: integer('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
    withdrawnByName: text('withdrawn_by_name'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawReason: text('withdraw_reason'),
    ...demoFlag,
  },
  (t) => [
    index('content_publications_content_idx').on(t.contentId),
    index('content_publications_channel_idx').on(t.channel, t.publishedAt),
    index('content_publications_screen_idx').on(t.screenId),
  ],
);
