import { z } from 'zod';
import { zPage, zQueryText } from '../../../platform/http/common.types.js';
import { DEMAND_CATEGORIES, type DEMAND_STATUSES, PLATFORM_KINDS, PLATFORM_LEVELS } from '../innovation.schema.js';

/** Demands the public demand hall shows: published and later, never drafts, reviews or closed ones. */
export const PUBLIC_DEMAND_STATUSES = ['published', 'docking', 'signed', 'solved'] as const satisfies readonly (typeof DEMAND_STATUSES)[number][];
export const PUBLIC_PAGE_SIZE_MAX = 50;
/**
 * Where a public demand stands for someone who might take it on (issue 12 §5): 征集中 open — published,
 * deadline not past; 对接中 docking — being handled with experts, shown as such, never as accepting;
 * 已截止 expired — published or docking with the deadline past; 已签约 / 已解决 finished.
 */
export const DEMAND_HALL_PHASES = ['open', 'docking', 'expired', 'signed', 'solved'] as const;
export type TDemandHallPhase = (typeof DEMAND_HALL_PHASES)[number];
/** open (default): 征集中 then 对接中; closed: 已截止, 已签约, 已解决; all: everything, open first. */
export const DEMAND_HALL_VIEWS = ['open', 'closed', 'all'] as const;
/** The expert showcase shows the first characters of a bio. */
export const PUBLIC_BIO_MAX = 200;

const zPublicPageSize = z.coerce.number().int().min(1).max(PUBLIC_PAGE_SIZE_MAX).default(12);

export const ZPublicDemandQuery = z.object({
  q: zQueryText().optional().describe('关键词（中文分词）'),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  cluster: zQueryText(50).optional().describe('产业集群'),
  status: z.enum(PUBLIC_DEMAND_STATUSES).optional(),
  view: z
    .enum(DEMAND_HALL_VIEWS)
    .optional()
    .describe('open (default; all when status is given): 征集中 and 对接中 with the deadline not past; closed: 已截止, 已签约, 已解决; all: both, open first'),
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
  phase: z.enum(DEMAND_HALL_PHASES).describe('open 征集中 | docking 对接中 | expired 已截止 | signed 已签约 | solved 已解决'),
  isOpen: z.boolean().describe('accepting experts: published and the deadline (China date) not past'),
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
