import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { STATION_TYPES, type TAnswers, type TDefinition } from '../../../../shared/thinktank-survey.js';
import { demoFlag, timestamps } from '../../../db/columns.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { orgs } from '../../../platform/orgs/org.schema.js';

// 调查 (surveys). Anonymity is in the shape of these tables: an answer row holds its campaign, station,
// the date (no time) and the answers — no code, no user, no address; a code row holds only whether it
// was used (no time of use, no answer). See survey.anonymity in survey.api.test.ts.

/** 问卷: a versioned, validated JSON definition; frozen once any campaign using it has an answer. */
export const ttSurveyQuestionnaires = pgTable(
  'tt_survey_questionnaires',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    description: text('description'),
    version: integer('version').notNull().default(1),
    definition: jsonb('definition').$type<TDefinition>().notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [index('tt_survey_questionnaires_org_idx').on(t.orgId)],
);

/** 调查任务: one questionnaire fielded between two dates through stations. */
export const ttSurveyCampaigns = pgTable(
  'tt_survey_campaigns',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // 组织单位
    questionnaireId: integer('questionnaire_id')
      .notNull()
      .references(() => ttSurveyQuestionnaires.id),
    title: text('title').notNull(),
    description: text('description'),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('tt_survey_campaigns_org_idx').on(t.orgId),
    index('tt_survey_campaigns_q_idx').on(t.questionnaireId),
    check('tt_survey_campaigns_dates_ck', sql`${t.closesOn} >= ${t.opensOn}`),
  ],
);

/** 站点: a campaign's station of one national type, bound to an org (scoping), with a quota. */
export const ttSurveyStations = pgTable(
  'tt_survey_stations',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => ttSurveyCampaigns.id, { onDelete: 'cascade' }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    type: text('type', { enum: STATION_TYPES }).notNull(),
    quota: integer('quota').notNull(),
    /** 站点考核 at close: answers ≥ quota. Null while the campaign runs. */
    quotaMet: boolean('quota_met'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('tt_survey_stations_name_uq').on(t.campaignId, t.name),
    index('tt_survey_stations_org_idx').on(t.orgId),
    check('tt_survey_stations_quota_ck', sql`${t.quota} >= 0`),
  ],
);

/** 分发记录: who handed how many of a station's codes to whom, when. */
export const ttSurveyCodeBatches = pgTable('tt_survey_code_batches', {
  id: serial('id').primaryKey(),
  stationId: integer('station_id')
    .notNull()
    .references(() => ttSurveyStations.id, { onDelete: 'cascade' }),
  recipient: text('recipient').notNull(),
  note: text('note'),
  count: integer('count').notNull(),
  allocatedBy: integer('allocated_by').references(() => users.id, { onDelete: 'set null' }),
  allocatedAt: timestamp('allocated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  ...demoFlag,
});

/** 填答码: one-time; records only whether it was used — never when exactly, never which answer. */
export const ttSurveyCodes = pgTable(
  'tt_survey_codes',
  {
    id: serial('id').primaryKey(),
    stationId: integer('station_id')
      .notNull()
      .references(() => ttSurveyStations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    batchId: integer('batch_id').references(() => ttSurveyCodeBatches.id, { onDelete: 'set null' }),
    isUsed: boolean('is_used').notNull().default(false),
    ...demoFlag,
  },
  (t) => [uniqueIndex('tt_survey_codes_code_uq').on(t.code), index('tt_survey_codes_station_idx').on(t.stationId, t.batchId)],
);

/** 答卷: campaign, station, the day and the answers; nothing that names the respondent or the code. */
export const ttSurveyAnswers = pgTable(
  'tt_survey_answers',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => ttSurveyCampaigns.id, { onDelete: 'cascade' }),
    stationId: integer('station_id')
      .notNull()
      .references(() => ttSurveyStations.id, { onDelete: 'cascade' }),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<TAnswers>().notNull(),
    ...demoFlag,
  },
  (t) => [index('tt_survey_answers_campaign_idx').on(t.campaignId, t.stationId, t.submittedOn)],
);
