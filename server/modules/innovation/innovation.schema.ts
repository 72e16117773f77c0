import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { demoFlag, generatedTsv, intArray, textArray, timestamps } from '../../db/columns.js';
import { users } from '../../platform/auth/auth.schema.js';
import { orgs } from '../../platform/orgs/org.schema.js';
import { people } from '../people/person.schema.js';

// 科创服务 (innovation): experts, enterprises, technical demands, matching, docking, teams, platforms, projects.


/** 专家 — an expert profile; extends a person of the people registry when linked. */
export const experts = pgTable(
  'experts',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }), // the expert's own account
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // owning org (scope); its district is a matching signal
    name: text('name').notNull(),
    unit: text('unit'),
    title: text('title'),
    disciplines: textArray('disciplines'),
    industries: textArray('industries'), // industrial clusters / GB/T 4754 industries
    keywords: textArray('keywords'),
    bio: text('bio'),
    isAcademician: boolean('is_academician').notNull().default(false),
    isPublic: boolean('is_public').notNull().default(true), // shown in the public expert showcase
    namePinyin: text('name_pinyin').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('experts_org_idx').on(t.orgId),
    index('experts_user_idx').on(t.userId),
    index('experts_person_idx').on(t.personId),
    index('experts_tsv_idx').using('gin', t.searchTsv),
    index('experts_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('experts_industries_idx').using('gin', t.industries),
    index('experts_disciplines_idx').using('gin', t.disciplines),
  ],
);

export const ACHIEVEMENT_KINDS = ['paper', 'patent', 'project', 'award', 'other'] as const;

/** 成果 — papers, patents, projects, awards of an expert (matching evidence). */
export const expertAchievements = pgTable(
  'expert_achievements',
  {
    id: serial('id').primaryKey(),
    expertId: integer('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ACHIEVEMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    abstract: text('abstract'),
    keywords: textArray('keywords'),
    year: smallint('year'),
  },
  (t) => [index('expert_achievements_expert_idx').on(t.expertId)],
);

/**
 * The matcher's index: one row per expert and term, with the term's weight in the expert's profile
 * (field-weighted, length-normalized). Maintained by the matching sub-domain on every expert write.
 */
export const expertTerms = pgTable(
  'expert_terms',
  {
    expertId: integer('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
    weight: real('weight').notNull(),
  },
  (t) => [uniqueIndex('expert_terms_pk').on(t.term, t.expertId), index('expert_terms_expert_idx').on(t.expertId)],
);

/** Corpus statistics for the matcher: document frequency per term. */
export const matchTermStats = pgTable('match_term_stats', {
  term: text('term').primaryKey(),
  df: integer('df').notNull(),
});

export const ENTERPRISE_SCALES = ['大型', '中型', '小型', '微型'] as const;

/** 企业 — enterprises (统一社会信用代码 is the natural key). */
export const enterprises = pgTable(
  'enterprises',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(), // 统一社会信用代码 (GB 32100-2015)
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // district/park org the enterprise belongs to (scope)
    industry: text('industry'), // GB/T 4754 门类/大类 name
    clusters: textArray('clusters'),
    scale: text('scale', { enum: ENTERPRISE_SCALES }),
    isHighTech: boolean('is_high_tech').notNull().default(false), // 高新技术企业
    address: text('address'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    intro: text('intro'),
    namePinyin: text('name_pinyin').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enterprises_credit_code_uq').on(t.creditCode),
    index('enterprises_org_idx').on(t.orgId),
    index('enterprises_tsv_idx').using('gin', t.searchTsv),
    index('enterprises_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** Accounts (role enterprise) acting for an enterprise. */
export const enterpriseUsers = pgTable(
  'enterprise_users',
  {
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('enterprise_users_pk').on(t.enterpriseId, t.userId), index('enterprise_users_user_idx').on(t.userId)],
);

export const DEMAND_CATEGORIES = ['技术攻关', '卡脖子', '成果转化', '人才引进', '技术咨询'] as const;
/** 草稿 → 待审核 → 已发布 → 对接中 → 已签约 / 已解决 → 已关闭; 退回 from 待审核. */
export const DEMAND_STATUSES = ['draft', 'pending', 'returned', 'published', 'docking', 'signed', 'solved', 'closed'] as const;

/** 技术需求 — an enterprise's technical demand. */
export const demands = pgTable(
  'demands',
  {
    id: serial('id').primaryKey(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // = the enterprise's org at creation (scope)
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: text('category', { enum: DEMAND_CATEGORIES }).notNull(),
    cluster: text('cluster'),
    industries: textArray('industries'),
    keywords: textArray('keywords'),
    budgetMin: numeric('budget_min', { precision: 12, scale: 2, mode: 'number' }), // 万元
    budgetMax: numeric('budget_max', { precision: 12, scale: 2, mode: 'number' }),
    deadline: date('deadline', { mode: 'string' }),
    confidentiality: text('confidentiality', { enum: ['public', 'staff'] })
      .notNull()
      .default('public'),
    status: text('status', { enum: DEMAND_STATUSES }).notNull().default('draft'),
    returnReason: text('return_reason'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('demands_org_idx').on(t.orgId),
    index('demands_enterprise_idx').on(t.enterpriseId),
    index('demands_status_idx').on(t.status),
    index('demands_tsv_idx').using('gin', t.searchTsv),
  ],
);

/** 推荐 → 已联系 → 专家接受 / 专家婉拒 → 对接中 → 已签约. */
export const MATCH_STATUSES = ['recommended', 'contacted', 'accepted', 'declined', 'docking', 'signed'] as const;

/** A demand↔expert engagement (created when staff invite an expert). */
export const matches = pgTable(
  'matches',
  {
    id: serial('id').primaryKey(),
    demandId: integer('demand_id')
      .notNull()
      .references(() => demands.id, { onDelete: 'cascade' }),
    expertId: integer('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    status: text('status', { enum: MATCH_STATUSES }).notNull().default('recommended'),
    score: real('score'),
    reasons: jsonb('reasons').$type<Array<{ kind: string; detail: string }>>(),
    invitedBy: integer('invited_by'),
    invitedAt: timestamp('invited_at', { withTimezone: true, mode: 'date' }),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
    note: text('note'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [uniqueIndex('matches_demand_expert_uq').on(t.demandId, t.expertId), index('matches_expert_idx').on(t.expertId)],
);

/** 产学研对接活动 — a docking event and its outcomes. */
export const dockingEvents = pgTable(
  'docking_events',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // organizing org (scope)
    title: text('title').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    place: text('place'),
    organizer: text('organizer'),
    demandIds: intArray('demand_ids'),
    expertIds: intArray('expert_ids'),
    enterpriseIds: intArray('enterprise_ids'),
    agreementsSigned: integer('agreements_signed').notNull().default(0),
    contractValue: numeric('contract_value', { precision: 14, scale: 2, mode: 'number' }), // 万元
    summary: text('summary'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [index('docking_events_org_idx').on(t.orgId), index('docking_events_date_idx').on(t.date)],
);

/** 专家服务团 — an expert service team per cluster. */
export const serviceTeams = pgTable(
  'service_teams',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    cluster: text('cluster'),
    leadExpertId: integer('lead_expert_id').references(() => experts.id, { onDelete: 'set null' }),
    memberExpertIds: intArray('member_expert_ids'),
    enterpriseIds: intArray('enterprise_ids'),
    description: text('description'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [index('service_teams_org_idx').on(t.orgId)],
);

/** A service team's visit to an enterprise (走访). */
export const serviceVisits = pgTable(
  'service_visits',
  {
    id: serial('id').primaryKey(),
    teamId: integer('team_id')
      .notNull()
      .references(() => serviceTeams.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    date: date('date', { mode: 'string' }).notNull(),
    expertIds: intArray('expert_ids'),
    summary: text('summary').notNull(),
    problemsSolved: integer('problems_solved').notNull().default(0),
    ...demoFlag,
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('service_visits_team_idx').on(t.teamId)],
);

export const PLATFORM_KINDS = ['academician_workstation', 'academician_center', 'haizhi_base', 'haizhi_offshore', 'demo_station'] as const;
export const PLATFORM_LEVELS = ['national', 'provincial', 'municipal'] as const;

/** 创新平台 — 院士工作站 / 院士协同创新中心 / 海智基地 (工作基地/离岸基地) / 示范站. */
export const platforms = pgTable(
  'platforms',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind', { enum: PLATFORM_KINDS }).notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: PLATFORM_LEVELS }).notNull(),
    hostEnterpriseId: integer('host_enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    hostName: text('host_name'),
    expertIds: intArray('expert_ids'),
    academicians: textArray('academicians'),
    establishedOn: date('established_on', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    status: text('status', { enum: ['active', 'suspended', 'revoked'] })
      .notNull()
      .default('active'),
    description: text('description'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [index('platforms_org_idx').on(t.orgId), index('platforms_kind_idx').on(t.kind)],
);

/** Yearly assessment (考核) of a platform. */
export const platformAssessments = pgTable(
  'platform_assessments',
  {
    id: serial('id').primaryKey(),
    platformId: integer('platform_id')
      .notNull()
      .references(() => platforms.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    rating: text('rating', { enum: ['优秀', '良好', '合格', '不合格'] }).notNull(),
    score: real('score'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('platform_assessments_uq').on(t.platformId, t.year)],
);

/** 立项项目 — funded projects (科创江苏 …). */
export const fundedProjects = pgTable(
  'funded_projects',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    programme: text('programme').notNull(), // e.g. 科创江苏专项行动计划
    level: text('level', { enum: PLATFORM_LEVELS }).notNull(),
    year: smallint('year').notNull(),
    leadUnit: text('lead_unit'),
    enterpriseId: integer('enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['applied', 'approved', 'ongoing', 'completed', 'rejected'] })
      .notNull()
      .default('approved'),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }), // 万元
    ...demoFlag,
    ...timestamps,
  },
  (t) => [index('funded_projects_org_idx').on(t.orgId)],
);
