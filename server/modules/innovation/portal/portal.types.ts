import { z } from 'zod';
import { zPage, zQueryText } from '../../../platform/http/common.types.js';
import { DEMAND_CATEGORIES, type DEMAND_STATUSES, PLATFORM_KINDS, PLATFORM_LEVELS } from '../innovation.schema.js';

/** Demands the public demand hall shows: published and later, never drafts, reviews or closed ones. */
export const PUBLIC_DEMAND_STATUSES = ['published', 'docking', 'signed', 'solved'] as const satisfies readonly (typeof DEMAND_STATUSES)[number][];
export const PUBLIC_PAGE_SIZE_MAX = 50;
/** The expert showcase shows the first characters of a bio. */
export const PUBLIC_BIO_MAX = 200;

const zPublicPageSize = z.coerce.number().int().min(1).max(PUBLIC_PAGE_SIZE_MAX).default(12);

export const ZPublicDemandQuery = z.object({
  q: zQueryText().optional().describe('关键词（中文分词）'),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  cluster: zQueryText(50).optional().describe('产业集群'),
  status: z.enum(PUBLIC_DEMAND_STATUSES).optional(),
  page: zPage,
  pageSize: zPublicPageSize,
});
export type TPublicDemandQuery = z.infer<typeof ZPublicDemandQuery>;

/** A demand as anyone may see it: no contacts, no internal notes, no review history. */
export const ZPublicDemand = z.object({
  id: z.number(),
  title: z.string(),
  description: z.string(),
  category: z.enum(DEMAND_CATEGORIES),
  cluster: z.string().nullable(),
  enterpriseName: z.string(),
  budgetMin: z.number().nullable().describe('万元'),
  budgetMax: z.number().nullable().describe('万元'),
  deadline: z.string().nullable(),
  status: z.enum(PUBLIC_DEMAND_STATUSES),
  publishedAt: z.date().nullable(),
});
export type TPublicDemand = z.infer<typeof ZPublicDemand>;

export const ZPublicDemandList = z.object({ items: z.array(ZPublicDemand), total: z.number() });

export const ZPublicExpertQuery = z.object({
  q: zQueryText().optional().describe('姓名、拼音、单位或研究方向'),
  industry: zQueryText(50).optional().describe('产业/行业'),
  discipline: zQueryText(50).optional().describe('学科'),
  academician: z.enum(['true']).optional().describe('只看院士'),
  page: zPage,
  pageSize: zPublicPageSize,
});
export type TPublicExpertQuery = z.infer<typeof ZPublicExpertQuery>;

/** An expert as the public showcase shows them: professional fields only, never contacts or IDs. */
export const ZPublicExpert = z.object({
  id: z.number(),
  name: z.string(),
  unit: z.string().nullable(),
  title: z.string().nullable(),
  disciplines: z.array(z.string()),
  industries: z.array(z.string()),
  keywords: z.array(z.string()),
  bio: z.string().nullable().describe(`first ${PUBLIC_BIO_MAX} characters`),
  isAcademician: z.boolean(),
});
export type TPublicExpert = z.infer<typeof ZPublicExpert>;

export const ZPublicExpertList = z.object({ items: z.array(ZPublicExpert), total: z.number() });

export const ZPublicPlatformQuery = z.object({
  kind: z.enum(PLATFORM_KINDS).optional(),
  level: z.enum(PLATFORM_LEVELS).optional(),
  page: zPage,
  pageSize: zPublicPageSize,
});
export type TPublicPlatformQuery = z.infer<typeof ZPublicPlatformQuery>;

export const ZPublicPlatform = z.object({
  id: z.number(),
  kind: z.enum(PLATFORM_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  level: z.enum(PLATFORM_LEVELS),
  levelLabel: z.string(),
  hostName: z.string().nullable(),
  academicians: z.array(z.string()),
  establishedOn: z.string().nullable(),
  orgName: z.string().describe('所属科协'),
});
export type TPublicPlatform = z.infer<typeof ZPublicPlatform>;

export const ZPublicPlatformList = z.object({
  items: z.array(ZPublicPlatform),
  total: z.number(),
  counts: z
    .array(z.object({ kind: z.enum(PLATFORM_KINDS), level: z.enum(PLATFORM_LEVELS), count: z.number() }))
    .describe('active platforms by kind and level, whatever the filters ("国家级海智基地 1 家、省级 3 家")'),
});
