import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { INSTRUCTION_LEVELS, SUGGESTION_RECOMMENDATIONS, SUGGESTION_STATUSES } from '../../../../shared/thinktank-suggestion.js';
import { demoFlag, timestamps } from '../../../db/columns.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { orgs } from '../../../platform/orgs/org.schema.js';

/** The periodical 《科技工作者建议》: one issue 期, numbered per year (2026年第3期). */
export const ttSuggestionIssues = pgTable(
  'tt_suggestion_issues',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // the editors' org (市科协)
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    editorNote: text('editor_note'), // 编者按
    status: text('status', { enum: ['draft', 'sent'] }).notNull().default('draft'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [uniqueIndex('tt_suggestion_issues_no_uq').on(t.year, t.number), index('tt_suggestion_issues_org_idx').on(t.orgId), index('tt_suggestion_issues_date_idx').on(t.issueDate)],
);

/** 科技工作者建议 — one suggestion in real name (问题 / 原因 / 对策), scoped by the author's unit org. */
export const ttSuggestions = pgTable(
  'tt_suggestions',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // the author's unit org (decides who may see it)
    title: text('title').notNull(),
    authorName: text('author_name').notNull(),
    authorUnit: text('author_unit').notNull(),
    authorTitle: text('author_title'),
    authorPhone: text('author_phone'),
    authorUserId: integer('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    submittedVia: text('submitted_via', { enum: ['portal', 'staff'] }).notNull(),
    problem: text('problem').notNull(),
    cause: text('cause').notNull(),
    countermeasure: text('countermeasure').notNull(),
    abstract: text('abstract'),
    charCount: integer('char_count').notNull(),
    status: text('status', { enum: SUGGESTION_STATUSES }).notNull().default('submitted'),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true, mode: 'date' }),
    reviewerUserId: integer('reviewer_user_id').references(() => users.id, { onDelete: 'set null' }), // assigned expert
    reviewOpinion: text('review_opinion'),
    recommendation: text('recommendation', { enum: SUGGESTION_RECOMMENDATIONS }),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    issueId: integer('issue_id').references(() => ttSuggestionIssues.id, { onDelete: 'set null' }),
    issuePosition: integer('issue_position'),
    carriedOn: date('carried_on', { mode: 'string' }), // 中国科协《科技界情况》刊发
    carriedNote: text('carried_note'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('tt_suggestions_org_idx').on(t.orgId),
    index('tt_suggestions_status_idx').on(t.status),
    index('tt_suggestions_author_idx').on(t.authorUserId),
    index('tt_suggestions_issue_idx').on(t.issueId, t.issuePosition),
    index('tt_suggestions_submitted_idx').on(t.submittedAt),
    check('tt_suggestions_chars_ck', sql`${t.charCount} <= 3000`),
  ],
);

/** 报送: one recipient of an issue (市委, 市政府, 省科协 …) and the date it was sent. */
export const ttIssueRecipients = pgTable(
  'tt_suggestion_issue_recipients',
  {
    id: serial('id').primaryKey(),
    issueId: integer('issue_id')
      .notNull()
      .references(() => ttSuggestionIssues.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('tt_suggestion_issue_recipients_uq').on(t.issueId, t.recipient)],
);

/** 领导批示 on a suggestion: leader, post, level, date, summary, 落实情况 and 采纳 (department, date). */
export const ttInstructions = pgTable(
  'tt_suggestion_instructions',
  {
    id: serial('id').primaryKey(),
    suggestionId: integer('suggestion_id')
      .notNull()
      .references(() => ttSuggestions.id, { onDelete: 'cascade' }),
    leaderName: text('leader_name').notNull(),
    leaderPost: text('leader_post').notNull(),
    level: text('level', { enum: INSTRUCTION_LEVELS }).notNull(),
    instructedOn: date('instructed_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    followUp: text('follow_up'), // 落实情况
    adoptedBy: text('adopted_by'), // 采纳部门
    adoptedOn: date('adopted_on', { mode: 'string' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [index('tt_suggestion_instructions_sugg_idx').on(t.suggestionId), index('tt_suggestion_instructions_date_idx').on(t.instructedOn)],
);
