import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, serial, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { demoFlag, generatedTsv, timestamps } from '../../db/columns.js';
import { orgs } from '../../platform/orgs/org.schema.js';

export const GENDERS = ['男', '女'] as const;

/**
 * 科技工作者 — the people registry that experts, nominees, authors and members extend.
 * `orgId` is the owning org (decides who may see and edit the record).
 */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    gender: text('gender', { enum: GENDERS }),
    birthYear: smallint('birth_year'),
    unit: text('unit'), // 工作单位
    title: text('title'), // 职称
    education: text('education'), // 学历
    disciplines: text('disciplines').array().notNull().default(sql`'{}'::text[]`), // 学科 (GB/T 13745 names)
    phone: text('phone'),
    idNumber: text('id_number'), // 居民身份证号
    email: text('email'),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    namePinyin: text('name_pinyin').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    index('people_org_idx').on(t.orgId),
    uniqueIndex('people_id_number_uq').on(t.idNumber).where(sql`${t.idNumber} is not null`),
    index('people_phone_idx').on(t.phone),
    index('people_tsv_idx').using('gin', t.searchTsv),
    index('people_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('people_initials_idx').on(sql`${t.nameInitials} text_pattern_ops`),
    index('people_pinyin_idx').on(sql`${t.namePinyin} text_pattern_ops`),
    index('people_name_idx').on(t.name),
    index('people_name_prefix_idx').on(sql`${t.name} text_pattern_ops`),
    index('people_updated_idx').on(t.updatedAt.desc(), t.id),
  ],
);

/** Memberships of a person in orgs (学会会员, 企业科协 member …). */
export const personOrgs = pgTable(
  'person_orgs',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    role: text('role').notNull().default('会员'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.orgId] }), index('person_orgs_org_idx').on(t.orgId)],
);
