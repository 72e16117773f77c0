// Typed calls for 科普阵地 (server/modules/outreach/base): the registry, its review cycle, the public map.
import { api, type TQuery } from '../../../app/api';
import type { TPage } from '../../../app/types';

// The server's enums (server/modules/outreach/base/base.schema.ts), in its order.
export const BASE_KINDS = ['education_base', 'model_school', 'featured_school', 'demo_county', 'screen', 'gallery'] as const;
export const BASE_LEVELS = ['national', 'provincial', 'municipal'] as const;
export const BASE_CATEGORIES = ['venue', 'nature', 'public_service', 'research', 'production', 'media'] as const;
export const BASE_STATUSES = ['recommended', 'applied', 'under_review', 'recognized', 'in_review', 'retained', 'cancelled'] as const;
export type TBaseKind = (typeof BASE_KINDS)[number];
export type TBaseLevel = (typeof BASE_LEVELS)[number];
export type TBaseCategory = (typeof BASE_CATEGORIES)[number];
export type TBaseStatus = (typeof BASE_STATUSES)[number];

/** Kinds that carry a level; big screens and galleries have none. */
export const KINDS_WITH_LEVEL: ReadonlySet<TBaseKind> = new Set(['education_base', 'model_school', 'featured_school', 'demo_county']);
/** 南通's bounding box: the server refuses coordinates outside it, the map draws it. */
export const NANTONG_BOUNDS = { lngMin: 120, lngMax: 122, latMin: 31.5, latMax: 32.8 } as const;
export const REVIEW_DUE_MONTHS = 6;

export const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v && (values as readonly string[]).includes(v) ? (v as T) : undefined);

export interface TBaseTransition {
  id: number;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  actorId: number | null;
  actorName: string | null;
  actorOrgId: number | null;
  actorOrgName: string | null;
  reason: string | null;
  at: string;
}

export interface TBase {
  id: number;
  kind: TBaseKind;
  name: string;
  level: TBaseLevel | null;
  category: TBaseCategory | null;
  hostUnit: string | null;
  address: string | null;
  districtId: number | null;
  districtName: string | null;
  orgId: number;
  orgName: string;
  contactName: string | null;
  contactPhone: string | null;
  piiMasked: boolean;
  piiRevealable: boolean;
  lng: number | null;
  lat: number | null;
  status: TBaseStatus;
  statusLabel: string;
  statusReason: string | null;
  recognizedOn: string | null;
  validUntil: string | null;
  lastReviewedOn: string | null;
  reviewDue: boolean;
  isExpired: boolean;
  description: string | null;
  isPublic: boolean;
  allowedTransitions: TBaseStatus[];
  canEdit: boolean;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TBaseDetail extends TBase {
  transitions: TBaseTransition[];
}

export interface TBaseList extends TPage<TBase> {
  totals: { byKind: Record<string, number>; byLevel: Record<string, number>; byStatus: Record<string, number>; byDistrict: Record<string, number> };
}

export interface TBaseInput {
  kind: TBaseKind;
  name: string;
  level?: TBaseLevel | null;
  category?: TBaseCategory | null;
  hostUnit?: string | null;
  address?: string | null;
  districtId?: number | null;
  orgId?: number;
  contactName?: string | null;
  contactPhone?: string | null;
  lng?: number | null;
  lat?: number | null;
  description?: string | null;
  isPublic?: boolean;
}

export interface TBaseQuery {
  q?: string;
  kind?: TBaseKind;
  level?: TBaseLevel;
  category?: TBaseCategory;
  status?: TBaseStatus;
  districtId?: number;
  orgId?: number;
  reviewDue?: '1';
  months?: number;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TPublicBase {
  id: number;
  kind: TBaseKind;
  name: string;
  level: TBaseLevel | null;
  category: TBaseCategory | null;
  hostUnit: string | null;
  address: string | null;
  districtId: number | null;
  districtName: string | null;
  lng: number | null;
  lat: number | null;
  recognizedOn: string | null;
  description: string | null;
}

export interface TPublicBaseList {
  items: TPublicBase[];
  total: number;
  districts: Array<{ id: number; name: string }>;
  totals: { byKind: Record<string, number>; byDistrict: Record<string, number> };
}

export interface TPublicBaseQuery {
  kind?: TBaseKind;
  level?: TBaseLevel;
  districtId?: number;
}

export const BASES_URL = '/api/v1/bases';

export const baseKeys = {
  all: ['bases'] as const,
  list: (x: TBaseQuery) => ['bases', 'list', x] as const,
  one: (id: number) => ['bases', 'one', id] as const,
  map: (x: object) => ['bases', 'map', x] as const,
  publicMap: (x: TPublicBaseQuery) => ['public-bases', x] as const,
};

const q = (x: object) => x as unknown as TQuery;

export const listBases = (x: TBaseQuery, signal?: AbortSignal) => api.get<TBaseList>(BASES_URL, q(x), signal);
export const getBase = (id: number) => api.get<TBaseDetail>(`${BASES_URL}/${id}`);
export const createBase = (b: TBaseInput) => api.post<TBaseDetail>(BASES_URL, b);
export const updateBase = (id: number, b: Partial<TBaseInput>) => api.patch<TBaseDetail>(`${BASES_URL}/${id}`, b);
export const deleteBase = (id: number) => api.delete(`${BASES_URL}/${id}`);
export const transitionBase = (id: number, to: TBaseStatus, reason?: string) => api.post<TBaseDetail>(`${BASES_URL}/${id}/transitions`, { to, ...(reason ? { reason } : {}) });
export const listPublicBases = (x: TPublicBaseQuery, signal?: AbortSignal) => api.get<TPublicBaseList>('/api/v1/public/bases', q(x), signal);
