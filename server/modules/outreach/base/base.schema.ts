import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { demoFlag, generatedTsv, timestamps } from '../../../db/columns.js';
import { orgs } from '../../../platform/orgs/org.schema.js';

// 科普阵地 (outreach bases): one registry of 科普教育基地, 科学教育综合示范学校 / 特色学校, 科普示范县(区),
// 科普大屏 and 科普画廊 sites, each moving through the review cycle of base.workflow.ts.

/** 科普教育基地 · 科学教育综合示范学校 · 科学教育特色学校 · 科普示范县(区) · 科普大屏 · 科普画廊 */
export const BASE_KINDS = ['education_base', 'model_school', 'featured_school', 'demo_county', 'screen', 'gallery'] as const;
/** 国家级 · 省级 · 市级 */
export const BASE_LEVELS = ['national', 'provincial', 'municipal'] as const;
/** The six categories of 科普教育基地 (科技场馆类 …). */
export const BASE_CATEGORIES = ['venue', 'nature', 'public_service', 'research', 'production', 'media'] as const;
/** 推荐 → 申报 → 审核 → 认定 → 复核 → 保留 / 取消 */
export const BASE_STATUSES = ['recommended', 'applied', 'under_review', 'recognized', 'in_review', 'retained', 'cancelled'] as const;

/** The bounding box the coordinates of a 南通 base must lie in (a sane range around the city). */
export const NANTONG_BOUNDS = { lngMin: 120, lngMax: 122, latMin: 31.5, latMax: 32.8 } as const;

export const outreachBases = pgTable(
  'outreach_bases',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id), // owner: decides who sees and edits it (subtree scope)
    kind: text('kind', { enum: BASE_KINDS }).notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: BASE_LEVELS }),
    category: text('category', { enum: BASE_CATEGORIES }), // 科普教育基地 only
    hostUnit: text('host_unit'), // 依托单位 / 建设单位
    address: text('address'),
    districtId: integer('district_id').references(() => orgs.id), // 所在县区 (a county-level org); null: 市级 / not given
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    status: text('status', { enum: BASE_STATUSES }).notNull().default('recommended'),
    statusReason: text('status_reason'),
    recognizedOn: date('recognized_on', { mode: 'string' }), // 认定日期
    validUntil: date('valid_until', { mode: 'string' }), // 有效期至 (认定 + 5 年; 保留 moves it on by 5 years)
    lastReviewedOn: date('last_reviewed_on', { mode: 'string' }), // 上次复核
    description: text('description'),
    isPublic: boolean('is_public').notNull().default(true), // shown on the public portal map once recognized
    namePinyin: text('name_pinyin').notNull().default(''),
    nameInitials: text('name_initials').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    searchTsv: generatedTsv('search_text'),
    ...demoFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('outreach_bases_name_kind_org_uq').on(t.name, t.kind, t.orgId),
    index('outreach_bases_org_idx').on(t.orgId),
    index('outreach_bases_district_idx').on(t.districtId),
    index('outreach_bases_kind_level_idx').on(t.kind, t.level),
    index('outreach_bases_status_valid_idx').on(t.status, t.validUntil),
    index('outreach_bases_tsv_idx').using('gin', t.searchTsv),
    index('outreach_bases_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    check('outreach_bases_lng_ck', sql`${t.lng} is null or (${t.lng} >= 120 and ${t.lng} <= 122)`),
    check('outreach_bases_lat_ck', sql`${t.lat} is null or (${t.lat} >= 31.5 and ${t.lat} <= 32.8)`),
  ],
);
