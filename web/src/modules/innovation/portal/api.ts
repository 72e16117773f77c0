// Typed calls for the public portal of 科创服务 (server/modules/innovation/portal): no sign-in, public fields only.
import { api, type TQuery } from '../../../app/api';
import type { TPage } from '../../../app/types';

export const DEMAND_CATEGORIES = ['技术攻关', '卡脖子', '成果转化', '人才引进', '技术咨询'] as const;
export type TDemandCategory = (typeof DEMAND_CATEGORIES)[number];

export const DEMAND_STATUSES = ['draft', 'pending', 'returned', 'published', 'docking', 'signed', 'solved', 'closed'] as const;
export type TDemandStatus = (typeof DEMAND_STATUSES)[number];
/** What the demand hall may show: published and later, never drafts, reviews or closed ones. */
export const PUBLIC_DEMAND_STATUSES = ['published', 'docking', 'signed', 'solved'] as const;
export type TPublicDemandStatus = (typeof PUBLIC_DEMAND_STATUSES)[number];
/** Where a public demand stands: 征集中 (accepting), 对接中, 已截止 (deadline past), 已签约, 已解决. */
export const DEMAND_HALL_PHASES = ['open', 'docking', 'expired', 'signed', 'solved'] as const;
export type TDemandHallPhase = (typeof DEMAND_HALL_PHASES)[number];
/** The hall's filter: open (default), closed (expired and finished), all. */
export const DEMAND_HALL_VIEWS = ['open', 'closed', 'all'] as const;
export type TDemandHallView = (typeof DEMAND_HALL_VIEWS)[number];

export const PLATFORM_KINDS = ['academician_workstation', 'academician_center', 'haizhi_base', 'haizhi_offshore', 'demo_station'] as const;
export type TPlatformKind = (typeof PLATFORM_KINDS)[number];
export const PLATFORM_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type TPlatformLevel = (typeof PLATFORM_LEVELS)[number];

/** GET /api/v1/public/demands[/:id] */
export interface TPublicDemand {
  id: number;
  title: string;
  description: string;
  category: TDemandCategory;
  cluster: string | null;
  enterpriseName: string;
  /** 万元 */
  budgetMin: number | null;
  budgetMax: number | null;
  deadline: string | null;
  status: TPublicDemandStatus;
  phase: TDemandHallPhase;
  /** Accepting experts: published, deadline not past (the server decides, in China time). */
  isOpen: boolean;
  publishedAt: string | null;
}

/** GET /api/v1/public/experts */
export interface TPublicExpert {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  disciplines: string[];
  industries: string[];
  keywords: string[];
  /** The first characters of the bio. */
  bio: string | null;
  isAcademician: boolean;
}

/** GET /api/v1/public/platforms */
export interface TPublicPlatform {
  id: number;
  kind: TPlatformKind;
  kindLabel: string;
  name: string;
  level: TPlatformLevel;
  levelLabel: string;
  hostName: string | null;
  academicians: string[];
  establishedOn: string | null;
  orgName: string;
}

export interface TPublicPlatformList extends TPage<TPublicPlatform> {
  /** Active platforms by kind and level, whatever the filters. */
  counts: Array<{ kind: TPlatformKind; level: TPlatformLevel; count: number }>;
}

export interface TPublicDemandQuery {
  q?: string;
  category?: TDemandCategory;
  cluster?: string;
  /** Omitted = open. */
  view?: TDemandHallView;
  page: number;
  pageSize: number;
}

export interface TPublicExpertQuery {
  q?: string;
  industry?: string;
  academician?: 'true';
  page: number;
  pageSize: number;
}

export interface TPublicPlatformQuery {
  kind?: TPlatformKind;
  level?: TPlatformLevel;
  page: number;
  pageSize: number;
}

/** The server's largest public page. */
export const PUBLIC_PAGE_SIZE_MAX = 50;

export const portalKeys = {
  demands: (q: TPublicDemandQuery) => ['public', 'demands', q] as const,
  demand: (id: number) => ['public', 'demand', id] as const,
  experts: (q: TPublicExpertQuery) => ['public', 'experts', q] as const,
  platforms: (q: TPublicPlatformQuery) => ['public', 'platforms', q] as const,
};

export const listPublicDemands = (q: TPublicDemandQuery, signal?: AbortSignal) =>
  api.get<TPage<TPublicDemand>>('/api/v1/public/demands', q as unknown as TQuery, signal);
export const getPublicDemand = (id: number, signal?: AbortSignal) => api.get<TPublicDemand>(`/api/v1/public/demands/${id}`, undefined, signal);
export const listPublicExperts = (q: TPublicExpertQuery, signal?: AbortSignal) =>
  api.get<TPage<TPublicExpert>>('/api/v1/public/experts', q as unknown as TQuery, signal);
export const listPublicPlatforms = (q: TPublicPlatformQuery, signal?: AbortSignal) =>
  api.get<TPublicPlatformList>('/api/v1/public/platforms', q as unknown as TQuery, signal);

const int = (v: string | null) => {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
};
const text = (params: URLSearchParams, k: string) => params.get(k)?.trim() || undefined;
const oneOf = <T extends string>(list: readonly T[], v: string | null | undefined): T | undefined =>
  v != null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The demand hall's filters from the page address (so a search can be linked to). */
export function readDemandQuery(params: URLSearchParams, pageSize = 12): TPublicDemandQuery {
  return {
    q: text(params, 'q'),
    category: oneOf(DEMAND_CATEGORIES, params.get('category')),
    cluster: text(params, 'cluster'),
    view: oneOf(DEMAND_HALL_VIEWS, params.get('view')),
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize,
  };
}

export function readExpertQuery(params: URLSearchParams, pageSize = 12): TPublicExpertQuery {
  return {
    q: text(params, 'q'),
    industry: text(params, 'industry'),
    academician: params.get('academician') === 'true' ? 'true' : undefined,
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize,
  };
}

export { oneOf };
