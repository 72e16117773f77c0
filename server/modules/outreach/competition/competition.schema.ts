import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, real, serial, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TARGET_GROUPS } from '../../../../shared/outreach.js';
import { demoFlag, timestamps } from '../../../db/columns.js';
import { orgs } from '../../../platform/orgs/org.schema.js';

// 科普惠民 · competitions and awards, 公民科学素质 per district and year, target-group programmes with
// their trainings.

/** 赛事系列: the competitions a 科协 organizes or sends teams to. */
export const COMPETITION_SERIES = ['youth_innovation', 'mayor_award', 'literacy_contest', 'robotics', 'explainer', 'other'] as const;
/** 级别 of a competition, and of an award: 国家 / 省 / 市 / 县 (highest first). */
export const COMPETITION_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
/** 奖项等次. */
export const AWARD_GRADES = ['一等奖', '二等奖', '三等奖', '优秀奖', '金奖', '银奖', '铜奖'] as const;
/** Series that count as 青少年科技竞赛 (the seed's "获省级以上青少年科技竞赛奖项"). */
export const YOUTH_SERIES = ['youth_innovation', 'mayor_award', 'robotics'] as const;

/** 赛事 — one edition of a competition (e.g. 2024 年南通市青少年科技创新大赛). */
export const competitions = pgTable(
  'competitions',
  {
    id: serial('id').primaryKey(),
    /** 主办/组织报送单位: the org that runs it or sends the city's entries (decides who may edit it). */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    series: text('series', { enum: COMPETITION_SERIES }).notNull(),
    title: text('title').notNull(),
    year: smallint('year').notNull(),
    level: text('level', { enum: COMPETITION_LEVELS }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    description: text('description'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('competitions_org_idx').on(t.orgId),
    index('competitions_series_year_idx').on(t.series, t.year),
    uniqueIndex('competitions_org_title_uq').on(t.orgId, t.title),
    check('competitions_dates_ck', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** 参赛作品 / 参赛项目 with its result. `orgId` is the entrant's district (or township) org. */
export const competitionEntries = pgTable(
  'competition_entries',
  {
    id: serial('id').primaryKey(),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    /** 参赛者姓名 (students are minors: shown to staff only, never on the portal). */
    participants: text('participants')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    school: text('school').notNull(),
    instructor: text('instructor'),
    category: text('category'),
    awardLevel: text('award_level', { enum: COMPETITION_LEVELS }),
    awardGrade: text('award_grade', { enum: AWARD_GRADES }),
    announcedOn: date('announced_on', { mode: 'string' }),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('competition_entries_competition_idx').on(t.competitionId),
    index('competition_entries_org_idx').on(t.orgId),
    // the natural key of an import: competition + title + school
    uniqueIndex('competition_entries_uq').on(t.competitionId, t.title, t.school),
    check('competition_entries_award_ck', sql`(${t.awardLevel} is null) = (${t.awardGrade} is null)`),
  ],
);

/** 公民具备科学素质比例 of one org's area (the city or a county-level district) in one year. */
export const literacyRates = pgTable(
  'literacy_rates',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: smallint('year').notNull(),
    /** Percent, 0–100 (14 = 14%). */
    rate: real('rate').notNull(),
    source: text('source').notNull(),
    method: text('method'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('literacy_rates_org_year_uq').on(t.orgId, t.year),
    check('literacy_rates_rate_ck', sql`${t.rate} >= 0 and ${t.rate} <= 100`),
  ],
);

export const PROGRAMME_UNITS = ['人', '名'] as const;

/** 重点人群科学素质提升项目 (培育高素质农民 15000 名 …): a target over a period, owned by an org. */
export const programmes = pgTable(
  'programmes',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    targetGroup: text('target_group', { enum: TARGET_GROUPS }).notNull(),
    targetCount: integer('target_count').notNull(),
    unit: text('unit', { enum: PROGRAMME_UNITS }).notNull().default('名'),
    startYear: smallint('start_year').notNull(),
    endYear: smallint('end_year').notNull(),
    /** 民生实事项目 of the city government. */
    isLivelihood: boolean('is_livelihood').notNull().default(false),
    description: text('description'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('programmes_org_idx').on(t.orgId),
    uniqueIndex('programmes_org_name_uq').on(t.orgId, t.name),
    check('programmes_period_ck', sql`${t.endYear} >= ${t.startYear}`),
    check('programmes_target_ck', sql`${t.targetCount} > 0`),
  ],
);

/** 培训 — one training held under a programme by an org, with the number trained. */
export const trainings = pgTable(
  'trainings',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    traineeCount: integer('trainee_count').notNull(),
    hours: real('hours'),
    venue: text('venue'),
    attachmentIds: uuid('attachment_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('trainings_programme_idx').on(t.programmeId),
    index('trainings_org_idx').on(t.orgId),
    uniqueIndex('trainings_uq').on(t.programmeId, t.orgId, t.title, t.heldOn),
    check('trainings_count_ck', sql`${t.traineeCount} >= 0`),
  ],
);
