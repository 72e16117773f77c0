import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CALL_STATUSES, PROJECT_GRADES, PROJECT_STATUSES, REPORT_KINDS, RESEARCH_TYPES } from '../../../../shared/thinktank-project.js';
import { demoFlag, generatedTsv, textArray, timestamps } from '../../../db/columns.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { files } from '../../../platform/files/file.schema.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { experts } from '../../innovation/innovation.schema.js';

/** 指南 — one call for applications: type, year/round, topics, deadline, budget per grade, team limit. */
export const researchCalls = pgTable(
  'research_calls',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // the publishing org (市科协)
    type: text('type', { enum: RESEARCH_TYPES }).notNull(),
    year: integer('year').notNull(),
    round: integer('round').notNull().default(1),
    title: text('title').notNull(),
    topics: textArray('topics'),
    description: text('description'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    budgetKey: numeric('budget_key', { precision: 12, scale: 2 }).notNull(), // 元, 重点
    budgetGeneral: numeric('budget_general', { precision: 12, scale: 2 }).notNull(), // 元, 一般
    maxTeamSize: integer('max_team_size').notNull().default(6),
    status: text('status', { enum: CALL_STATUSES }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [uniqueIndex('research_calls_type_year_round_uq').on(t.type, t.year, t.round), index('research_calls_org_idx').on(t.orgId)],
);

export interface TTeamMember {
  name: string;
  unit?: string | null;
  title?: string | null;
}

/** 申报 / 项目 — an application through its 归口 org, and (once 立项) the project it becomes. */
export const researchProjects = pgTable(
  'research_projects',
  {
    id: serial('id').primaryKey(),
    callId: integer('call_id')
      .notNull()
      .references(() => researchCalls.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // 归口 org (the applying org): decides who may see it
    title: text('title').notNull(),
    topic: text('topic'),
    leadName: text('lead_name').notNull(),
    leadUnit: text('lead_unit').notNull(),
    leadTitle: text('lead_title'),
    leadPhone: text('lead_phone').notNull(),
    team: jsonb('team').$type<TTeamMember[]>().notNull().default(sql`'[]'::jsonb`),
    abstract: text('abstract'),
    budgetRequested: numeric('budget_requested', { precision: 12, scale: 2 }),
    attachmentId: uuid('attachment_id').references(() => files.id, { onDelete: 'set null' }),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('draft'),
    returnReason: text('return_reason'),
    grade: text('grade', { enum: PROJECT_GRADES }),
    budgetApproved: numeric('budget_approved', { precision: 12, scale: 2 }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }), // 立项
    concludedAt: timestamp('concluded_at', { withTimezone: true, mode: 'date' }), // 结题
    finalScore: numeric('final_score', { precision: 5, scale: 1 }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('research_projects_call_idx').on(t.callId),
    index('research_projects_org_idx').on(t.orgId),
    index('research_projects_status_idx').on(t.status),
    index('research_projects_lead_idx').on(t.leadPhone),
    index('research_projects_tsv_idx').using('gin', t.searchTsv),
    index('research_projects_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

/** 专家评审 — one reviewer assigned to one application: score and comment once submitted. */
export const researchReviews = pgTable(
  'research_reviews',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => researchProjects.id, { onDelete: 'cascade' }),
    expertId: integer('expert_id')
      .notNull()
      .references(() => experts.id),
    score: numeric('score', { precision: 5, scale: 1 }),
    comment: text('comment'),
    assignedBy: integer('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    ...demoFlag,
  },
  (t) => [uniqueIndex('research_reviews_project_expert_uq').on(t.projectId, t.expertId), index('research_reviews_expert_idx').on(t.expertId)],
);

/** 中期报告 / 结题报告 / 研究成果: title, full text (searchable), optional file, the check's result. */
export const researchReports = pgTable(
  'research_reports',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => researchProjects.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body'),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    result: text('result', { enum: ['passed', 'rectify', 'failed'] }),
    score: numeric('score', { precision: 5, scale: 1 }),
    comments: text('comments'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name'),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('research_reports_project_idx').on(t.projectId), index('research_reports_tsv_idx').using('gin', t.searchTsv)],
);

/** 资助 — a payment to a concluded project. */
export const researchPayments = pgTable(
  'research_payments',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => researchProjects.id, { onDelete: 'cascade' }),
    amount: numeric('amount', { precision: 12, scale: 2 }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name'),
    ...demoFlag,
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('research_payments_project_idx').on(t.projectId)],
);
