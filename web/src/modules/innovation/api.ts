// Typed calls for 科创服务: experts, enterprises, technical demands, matching and engagements
// (server/modules/innovation/{expert,enterprise,demand}). Dates arrive as ISO strings.
import { api, type TQuery } from '../../app/api';
import type { TPage } from '../../app/types';

export const DEMAND_STATUSES = ['draft', 'pending', 'returned', 'published', 'docking', 'signed', 'solved', 'closed'] as const;
export type TDemandStatus = (typeof DEMAND_STATUSES)[number];
export const DEMAND_CATEGORIES = ['技术攻关', '卡脖子', '成果转化', '人才引进', '技术咨询'] as const;
export type TDemandCategory = (typeof DEMAND_CATEGORIES)[number];
export const MATCH_STATUSES = ['recommended', 'contacted', 'accepted', 'declined', 'docking', 'signed'] as const;
export type TMatchStatus = (typeof MATCH_STATUSES)[number];
export const ACHIEVEMENT_KINDS = ['paper', 'patent', 'project', 'award', 'other'] as const;
export type TAchievementKind = (typeof ACHIEVEMENT_KINDS)[number];
export const ENTERPRISE_SCALES = ['大型', '中型', '小型', '微型'] as const;
export type TEnterpriseScale = (typeof ENTERPRISE_SCALES)[number];
export type TConfidentiality = 'public' | 'staff';

/** Limits of the server schemas (demand.types.ts, expert.types.ts, enterprise.types.ts). */
export const INNOVATION_LIMITS = {
  demandTitleMax: 100,
  longTextMax: 5000,
  tagsMax: 20,
  reasonMax: 500,
  noteMax: 500,
  expertTagsMax: 30,
  expertKeywordsMax: 50,
  tagMax: 50,
  achievementTitleMax: 300,
  enterpriseNameMax: 100,
  clustersMax: 10,
  budgetMax: 9_999_999_999,
} as const;

export interface TReason {
  kind: string;
  /** In Chinese, from the matcher. */
  detail: string;
}

// ---------------------------------------------------------------- experts 专家库

export interface TAchievement {
  id?: number;
  kind: TAchievementKind;
  title: string;
  abstract?: string | null;
  keywords?: string[];
  year?: number | null;
}

export interface TExpertSummary {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  disciplines: string[];
  industries: string[];
  keywords: string[];
  isAcademician: boolean;
  isPublic: boolean;
  orgId: number;
  orgName: string;
  achievementCount: number;
  hasAccount: boolean;
  canEdit: boolean;
  isDemo: boolean;
  updatedAt: string;
}

export interface TExpert extends TExpertSummary {
  bio: string | null;
  personId: number | null;
  userId: number | null;
  achievements: Array<TAchievement & { id: number; keywords: string[] }>;
  contact: { phone: string | null; email: string | null; piiMasked: boolean; piiRevealable: boolean } | null;
  createdAt: string;
}

export interface TExpertProfileInput {
  name: string;
  unit?: string | null;
  title?: string | null;
  disciplines?: string[];
  industries?: string[];
  keywords?: string[];
  bio?: string | null;
  achievements?: TAchievement[];
  isPublic?: boolean;
}

export interface TExpertInput extends TExpertProfileInput {
  orgId?: number;
  userId?: number | null;
  isAcademician?: boolean;
}

export interface TExpertQuery {
  q?: string;
  orgId?: number;
  discipline?: string;
  industry?: string;
  isAcademician?: 'true' | 'false';
  sort?: string;
  page: number;
  pageSize: number;
}

export const EXPERTS_URL = '/api/v1/experts';

export const expertKeys = {
  all: ['experts'] as const,
  list: (q: TExpertQuery) => ['experts', 'list', q] as const,
  one: (id: number) => ['experts', 'one', id] as const,
  me: ['experts', 'me'] as const,
  invitations: (q: object) => ['experts', 'me', 'invitations', q] as const,
  recommended: ['experts', 'me', 'recommended'] as const,
};

export const listExperts = (q: TExpertQuery, signal?: AbortSignal) => api.get<TPage<TExpertSummary>>(EXPERTS_URL, q as unknown as TQuery, signal);
export const getExpert = (id: number) => api.get<TExpert>(`${EXPERTS_URL}/${id}`);
export const createExpert = (input: TExpertInput) => api.post<{ id: number }>(EXPERTS_URL, input);
export const updateExpert = (id: number, input: Partial<TExpertInput>) => api.patch<TExpert>(`${EXPERTS_URL}/${id}`, input);
export const deleteExpert = (id: number) => api.delete(`${EXPERTS_URL}/${id}`);
export const getMyExpert = () => api.get<TExpert>(`${EXPERTS_URL}/me`);
export const updateMyExpert = (input: TExpertProfileInput) => api.put<TExpert>(`${EXPERTS_URL}/me`, input);

// ---------------------------------------------------------------- enterprises 企业库

export interface TEnterprise {
  id: number;
  name: string;
  creditCode: string;
  orgId: number;
  orgName: string;
  industry: string | null;
  clusters: string[];
  scale: TEnterpriseScale | null;
  isHighTech: boolean;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  intro: string | null;
  piiMasked: boolean;
  /** This user may reveal the full contact phone (GET /api/v1/enterprises/{id}/pii, audited). */
  piiRevealable?: boolean;
  demandCount: number;
  users: Array<{ userId: number; username: string; displayName: string }>;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TEnterpriseInput {
  name: string;
  creditCode: string;
  orgId?: number;
  industry?: string | null;
  clusters?: string[];
  scale?: TEnterpriseScale | null;
  isHighTech?: boolean;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  intro?: string | null;
}

export interface TEnterpriseQuery {
  q?: string;
  orgId?: number;
  cluster?: string;
  scale?: TEnterpriseScale;
  isHighTech?: 'true' | 'false';
  sort?: string;
  page: number;
  pageSize: number;
}

export const ENTERPRISES_URL = '/api/v1/enterprises';

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (q: TEnterpriseQuery) => ['enterprises', 'list', q] as const,
  one: (id: number) => ['enterprises', 'one', id] as const,
};

export const listEnterprises = (q: TEnterpriseQuery, signal?: AbortSignal) =>
  api.get<TPage<TEnterprise>>(ENTERPRISES_URL, q as unknown as TQuery, signal);
export const getEnterprise = (id: number) => api.get<TEnterprise>(`${ENTERPRISES_URL}/${id}`);
export const createEnterprise = (input: TEnterpriseInput) => api.post<TEnterprise>(ENTERPRISES_URL, input);
export const updateEnterprise = (id: number, input: Partial<TEnterpriseInput>) => api.patch<TEnterprise>(`${ENTERPRISES_URL}/${id}`, input);
export const deleteEnterprise = (id: number) => api.delete(`${ENTERPRISES_URL}/${id}`);

// ---------------------------------------------------------------- demands 技术需求

export interface TDemandSummary {
  id: number;
  title: string;
  category: TDemandCategory;
  cluster: string | null;
  industries: string[];
  keywords: string[];
  budgetMin: number | null;
  budgetMax: number | null;
  deadline: string | null;
  confidentiality: TConfidentiality;
  status: TDemandStatus;
  statusLabel: string;
  returnReason: string | null;
  enterpriseId: number;
  enterpriseName: string;
  orgId: number;
  orgName: string;
  createdBy: number | null;
  publishedAt: string | null;
  closedAt: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TDemandTransition {
  id: number;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  actorId: number | null;
  actorName: string | null;
  /** The org (or enterprise) the person acted for. */
  actorOrgName?: string | null;
  reason: string | null;
  at: string;
}

export interface TDemand extends TDemandSummary {
  description: string;
  transitions: TDemandTransition[];
  /** States the current user may move the demand to now. */
  allowedTransitions: TDemandStatus[];
  canEdit: boolean;
  canSeeMatches: boolean;
  canInvite: boolean;
}

export interface TDemandInput {
  title: string;
  description: string;
  category: TDemandCategory;
  cluster?: string | null;
  industries?: string[];
  keywords?: string[];
  budgetMin?: number | null;
  budgetMax?: number | null;
  deadline?: string | null;
  confidentiality?: TConfidentiality;
  enterpriseId?: number;
}

export interface TDemandQuery {
  q?: string;
  status?: TDemandStatus;
  category?: TDemandCategory;
  cluster?: string;
  confidentiality?: TConfidentiality;
  orgId?: number;
  enterpriseId?: number;
  mine?: 'true';
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TDemandMatch {
  expertId: number;
  name: string;
  /** Absolute relevance in [0, 1]. */
  score: number;
  reasons: TReason[];
  unit: string | null;
  title: string | null;
  invitation: { id: number; status: TMatchStatus; statusLabel: string } | null;
}

export interface TInvitation {
  id: number;
  demandId: number;
  demandTitle: string;
  expertId: number;
  expertName: string;
  expertUnit: string | null;
  expertTitle: string | null;
  status: TMatchStatus;
  statusLabel: string;
  /** On a demand's engagement list: the current score, the same number the 智能匹配 ranking shows. */
  score: number | null;
  /** 邀请时匹配度: the score recorded when the expert was invited. */
  scoreAtInvite: number | null;
  reasons: TReason[];
  /** Notes of staff, expert and enterprise, one per line. */
  note: string | null;
  invitedAt: string | null;
  respondedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TMyInvitation extends TInvitation {
  demand: {
    id: number;
    title: string;
    description: string;
    category: TDemandCategory;
    cluster: string | null;
    deadline: string | null;
    budgetMin: number | null;
    budgetMax: number | null;
    enterpriseName: string;
    status: TDemandStatus;
    statusLabel: string;
  };
}

export interface TRecommendedDemand {
  demandId: number;
  title: string;
  score: number;
  reasons: TReason[];
  category: TDemandCategory;
  cluster: string | null;
  deadline: string | null;
  enterpriseName: string;
}

export const DEMANDS_URL = '/api/v1/demands';

export const demandKeys = {
  all: ['demands'] as const,
  list: (q: TDemandQuery) => ['demands', 'list', q] as const,
  one: (id: number) => ['demands', 'one', id] as const,
  matches: (id: number, limit: number) => ['demands', 'matches', id, limit] as const,
  invitations: (id: number) => ['demands', 'invitations', id] as const,
  dockingEvents: (id: number) => ['demands', 'docking-events', id] as const,
};

export const listDemands = (q: TDemandQuery, signal?: AbortSignal) => api.get<TPage<TDemandSummary>>(DEMANDS_URL, q as unknown as TQuery, signal);
export const getDemand = (id: number) => api.get<TDemand>(`${DEMANDS_URL}/${id}`);
export const createDemand = (input: TDemandInput) => api.post<TDemand>(DEMANDS_URL, input);
export const updateDemand = (id: number, input: Partial<TDemandInput>) => api.patch<TDemand>(`${DEMANDS_URL}/${id}`, input);
export const transitionDemand = (id: number, to: TDemandStatus, reason?: string) =>
  api.post<TDemand>(`${DEMANDS_URL}/${id}/transitions`, reason ? { to, reason } : { to });
export const demandMatches = (id: number, limit: number) =>
  api.get<{ items: TDemandMatch[] }>(`${DEMANDS_URL}/${id}/matches`, { limit });
export const demandInvitations = (id: number) => api.get<{ items: TInvitation[] }>(`${DEMANDS_URL}/${id}/invitations`);
export const inviteExpert = (demandId: number, expertId: number, note?: string) =>
  api.post<TInvitation>(`${DEMANDS_URL}/${demandId}/invitations`, note ? { expertId, note } : { expertId });
export const requestDocking = (demandId: number, expertId: number, note?: string) =>
  api.post<TInvitation>(`${DEMANDS_URL}/${demandId}/docking-requests`, note ? { expertId, note } : { expertId });
export const respondInvitation = (matchId: number, accept: boolean, note?: string) =>
  api.post<TInvitation>(`/api/v1/matches/${matchId}/respond`, note ? { accept, note } : { accept });
export const transitionMatch = (matchId: number, to: TMatchStatus, note?: string) =>
  api.post<TInvitation>(`/api/v1/matches/${matchId}/transitions`, note ? { to, note } : { to });
export const myInvitations = (q: { status?: TMatchStatus; page: number; pageSize: number }) =>
  api.get<TPage<TMyInvitation>>(`${EXPERTS_URL}/me/invitations`, q);
export const myRecommendedDemands = (limit = 20) => api.get<{ items: TRecommendedDemand[] }>(`${EXPERTS_URL}/me/recommended-demands`, { limit });

/** A docking event (server/modules/innovation/docking), as the demand page lists the ones that handled it. */
export interface TDemandDockingEvent {
  id: number;
  title: string;
  date: string;
  place: string | null;
  organizer: string | null;
  orgName: string;
  agreementsSigned: number;
  contractValue: number | null;
}

export const demandDockingEvents = (demandId: number) =>
  api.get<TPage<TDemandDockingEvent>>('/api/v1/docking-events', { demandId, pageSize: 50, sort: '-date' });

// ---------------------------------------------------------------- URL ↔ query

export const int = (v: string | null) => {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v != null && (values as readonly string[]).includes(v) ? (v as T) : undefined;

const sortOf = (params: URLSearchParams, fields: readonly string[]) => {
  const sort = params.get('sort');
  return sort && fields.includes(sort.replace(/^-/, '')) ? sort : undefined;
};

const paging = (params: URLSearchParams) => ({
  page: Math.max(1, int(params.get('page')) ?? 1),
  pageSize: Math.min(200, Math.max(1, int(params.get('pageSize')) ?? 20)),
});

const text = (params: URLSearchParams, k: string) => params.get(k)?.trim() || undefined;

export const DEMAND_SORT_FIELDS = ['createdAt', 'updatedAt', 'publishedAt', 'deadline', 'title'] as const;
export const EXPERT_SORT_FIELDS = ['name', 'createdAt', 'updatedAt'] as const;
export const ENTERPRISE_SORT_FIELDS = ['name', 'createdAt', 'updatedAt'] as const;

/** The demands page's list query from its URL (filters survive reload and can be linked to). */
export function readDemandQuery(params: URLSearchParams): TDemandQuery {
  return {
    q: text(params, 'q'),
    status: oneOf(DEMAND_STATUSES, params.get('status')),
    category: oneOf(DEMAND_CATEGORIES, params.get('category')),
    cluster: text(params, 'cluster'),
    confidentiality: oneOf(['public', 'staff'] as const, params.get('confidentiality')),
    orgId: int(params.get('orgId')),
    enterpriseId: int(params.get('enterpriseId')),
    mine: params.get('mine') === 'true' ? 'true' : undefined,
    sort: sortOf(params, DEMAND_SORT_FIELDS),
    ...paging(params),
  };
}

export function readExpertQuery(params: URLSearchParams): TExpertQuery {
  return {
    q: text(params, 'q'),
    orgId: int(params.get('orgId')),
    discipline: text(params, 'discipline'),
    industry: text(params, 'industry'),
    isAcademician: oneOf(['true', 'false'] as const, params.get('isAcademician')),
    sort: sortOf(params, EXPERT_SORT_FIELDS),
    ...paging(params),
  };
}

export function readEnterpriseQuery(params: URLSearchParams): TEnterpriseQuery {
  return {
    q: text(params, 'q'),
    orgId: int(params.get('orgId')),
    cluster: text(params, 'cluster'),
    scale: oneOf(ENTERPRISE_SCALES, params.get('scale')),
    isHighTech: oneOf(['true', 'false'] as const, params.get('isHighTech')),
    sort: sortOf(params, ENTERPRISE_SORT_FIELDS),
    ...paging(params),
  };
}
