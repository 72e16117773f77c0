import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { TARGET_GROUPS } from '../../../../shared/outreach.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../../../../shared/outreach-activity.js';
import { demoFlag, generatedTsv, textArray, timestamps } from '../../../db/columns.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { orgs } from '../../../platform/orgs/org.schema.js';


/** 科普活动 — one activity an org files: plan, 备案, held, summary (status history in status_transitions). */
export const outreachActivities = pgTable(
  'outreach_activities',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // 主办单位 (decides who may see it)
    districtOrgId: integer('district_org_id').references(() => orgs.id), // 县区: the org's county-level ancestor, or chosen
    type: text('type', { enum: ACTIVITY_TYPES }).notNull(),
    title: text('title').notNull(),
    coOrganizers: textArray('co_organizers'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    venue: text('venue'),
    targetGroups: text('target_groups', { enum: TARGET_GROUPS }).array().notNull().default(sql`'{}'::text[]`),
    plannedParticipants: integer('planned_participants'),
    onlineReach: integer('online_reach'),
    budget: numeric('budget', { precision: 14, scale: 2 }), // 元
    description: text('description'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    internalNote: text('internal_note'),
    isPublic: boolean('is_public').notNull().default(true),
    status: text('status', { enum: ACTIVITY_STATUSES }).notNull().default('planned'),
    returnReason: text('return_reason'),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'date' }),
    heldAt: timestamp('held_at', { withTimezone: true, mode: 'date' }),
    summary: text('summary'),
    photoIds: textArray('photo_ids'),
    links: textArray('links'),
    actualParticipants: integer('actual_participants'),
    summarizedAt: timestamp('summarized_at', { withTimezone: true, mode: 'date' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('outreach_activities_dup_uq').on(t.orgId, t.title, t.startDate),
    index('outreach_activities_org_idx').on(t.orgId),
    index('outreach_activities_district_idx').on(t.districtOrgId),
    index('outreach_activities_start_idx').on(t.startDate),
    index('outreach_activities_status_idx').on(t.status, t.endDate),
    index('outreach_activities_tsv_idx').using('gin', t.searchTsv),
    index('outreach_activities_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    check('outreach_activities_dates_ck', sql`${t.endDate} >= ${t.startDate}`),
  ],
);
