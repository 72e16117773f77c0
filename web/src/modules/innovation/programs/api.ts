// Typed calls for the 科创服务 programmes (server/modules/innovation/{docking,team,platform,project}):
// docking events 产学研对接, expert service teams 专家服务团, platforms 创新平台, funded projects 立项项目.
import { api, type TQuery } from '../../../app/api';
import type { TPage } from '../../../app/types';
import type { TPlatformKind, TPlatformLevel } from '../portal/api';

// References to linked records, as the server names them in responses.
export interface TExpertRef {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  isAcademician: boolean;
}
export interface TEnterpriseRef {
  id: number;
  name: string;
}
export interface TDemandRef {
  id: number;
  title: string;
  status: string;
}

// ——— 产学研对接 docking events ———

export interface TDockingEvent {
  id: number;
  title: string;
  date: string;
  place: string | null;
  organizer: string | null;
  orgId: number;
  orgName: string;
  demandIds: number[];
  expertIds: number[];
  enterpriseIds: number[];
  demands: TDemandRef[];
  experts: TExpertRef[];
  enterprises: TEnterpriseRef[];
  agreementsSigned: number;
  /** 万元 */
  contractValue: number | null;
  summary: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TDockingTotals {
  events: number;
  agreements: number;
  /** 万元 */
  contractValue: number;
}

export interface TDockingEventList extends TPage<TDockingEvent> {
  /** Over every event matching the filters, not only this page. */
  totals: TDockingTotals;
}

export interface TDockingEventInput {
  title: string;
  date: string;
  place?: string | null;
  organizer?: string | null;
  orgId?: number;
  demandIds?: number[];
  expertIds?: number[];
  enterpriseIds?: number[];
  agreementsSigned?: number;
  contractValue?: number | null;
  summary?: string | null;
}

export interface TDockingQuery {
  q?: string;
  orgId?: number;
  from?: string;
  to?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

// ——— 专家服务团 service teams ———

export interface TServiceTeam {
  id: number;
  name: string;
  cluster: string | null;
  orgId: number;
  orgName: string;
  leadExpertId: number | null;
  lead: TExpertRef | null;
  memberExpertIds: number[];
  members: TExpertRef[];
  enterpriseIds: number[];
  enterprises: TEnterpriseRef[];
  description: string | null;
  visitCount: number;
  problemsSolved: number;
  lastVisitOn: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TServiceTeamInput {
  name: string;
  cluster?: string | null;
  orgId?: number;
  leadExpertId?: number | null;
  memberExpertIds?: number[];
  enterpriseIds?: number[];
  description?: string | null;
}

export interface TServiceTeamQuery {
  q?: string;
  cluster?: string;
  orgId?: number;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TServiceVisit {
  id: number;
  teamId: number;
  date: string;
  enterpriseId: number | null;
  enterprise: TEnterpriseRef | null;
  expertIds: number[];
  experts: TExpertRef[];
  summary: string;
  problemsSolved: number;
  isDemo: boolean;
  createdAt: string;
}

export interface TServiceVisitList extends TPage<TServiceVisit> {
  totals: { visits: number; problemsSolved: number };
}

export interface TServiceVisitInput {
  date: string;
  enterpriseId: number;
  expertIds?: number[];
  summary: string;
  problemsSolved?: number;
}

// ——— 创新平台 platforms ———

export const PLATFORM_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type TPlatformStatus = (typeof PLATFORM_STATUSES)[number];
export const ASSESSMENT_RATINGS = ['优秀', '良好', '合格', '不合格'] as const;
export type TAssessmentRating = (typeof ASSESSMENT_RATINGS)[number];

export interface TAssessment {
  id: number;
  platformId: number;
  year: number;
  rating: TAssessmentRating;
  score: number | null;
  note: string | null;
  createdAt: string;
}

export interface TPlatform {
  id: number;
  kind: TPlatformKind;
  name: string;
  level: TPlatformLevel;
  orgId: number;
  orgName: string;
  hostEnterpriseId: number | null;
  hostEnterprise: TEnterpriseRef | null;
  /** The host enterprise's name, or the host name given. */
  hostName: string | null;
  expertIds: number[];
  experts: TExpertRef[];
  academicians: string[];
  establishedOn: string | null;
  validUntil: string | null;
  isExpired: boolean;
  status: TPlatformStatus;
  description: string | null;
  /** Newest year first. */
  assessments: TAssessment[];
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TPlatformList extends TPage<TPlatform> {
  totals: { byKind: Record<string, number>; byLevel: Record<string, number> };
}

export interface TPlatformInput {
  kind: TPlatformKind;
  name: string;
  level: TPlatformLevel;
  orgId?: number;
  hostEnterpriseId?: number | null;
  hostName?: string | null;
  expertIds?: number[];
  academicians?: string[];
  establishedOn?: string | null;
  validUntil?: string | null;
  status?: TPlatformStatus;
  description?: string | null;
}

export interface TPlatformQuery {
  q?: string;
  kind?: TPlatformKind;
  level?: TPlatformLevel;
  status?: TPlatformStatus;
  orgId?: number;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TAssessmentInput {
  year: number;
  rating: TAssessmentRating;
  score?: number | null;
  note?: string | null;
}

// ——— 立项项目 funded projects ———

export const PROJECT_STATUSES = ['applied', 'approved', 'ongoing', 'completed', 'rejected'] as const;
export type TProjectStatus = (typeof PROJECT_STATUSES)[number];
/** The programme the seed article names; the default in the form. */
export const KECHUANG_JIANGSU = '科创江苏专项行动计划';

export interface TFundedProject {
  id: number;
  name: string;
  programme: string;
  level: TPlatformLevel;
  year: number;
  orgId: number;
  orgName: string;
  leadUnit: string | null;
  enterpriseId: number | null;
  enterprise: TEnterpriseRef | null;
  status: TProjectStatus;
  /** 万元 */
  amount: number | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TFundedProjectList extends TPage<TFundedProject> {
  totals: { projects: number; amount: number };
}

export interface TFundedProjectInput {
  name: string;
  programme: string;
  level: TPlatformLevel;
  year: number;
  orgId?: number;
  leadUnit?: string | null;
  enterpriseId?: number | null;
  status?: TProjectStatus;
  amount?: number | null;
}

export interface TFundedProjectQuery {
  q?: string;
  programme?: string;
  level?: TPlatformLevel;
  year?: number;
  status?: TProjectStatus;
  orgId?: number;
  sort?: string;
  page: number;
  pageSize: number;
}

// ——— calls ———

const q = (x: object) => x as unknown as TQuery;

export const programKeys = {
  docking: ['docking-events'] as const,
  dockingList: (x: TDockingQuery) => ['docking-events', 'list', x] as const,
  dockingOne: (id: number) => ['docking-events', 'one', id] as const,
  teams: ['service-teams'] as const,
  teamList: (x: TServiceTeamQuery) => ['service-teams', 'list', x] as const,
  teamOne: (id: number) => ['service-teams', 'one', id] as const,
  teamVisits: (id: number) => ['service-teams', 'visits', id] as const,
  platforms: ['platforms'] as const,
  platformList: (x: TPlatformQuery) => ['platforms', 'list', x] as const,
  platformOne: (id: number) => ['platforms', 'one', id] as const,
  projects: ['funded-projects'] as const,
  projectList: (x: TFundedProjectQuery) => ['funded-projects', 'list', x] as const,
};

export const listDockingEvents = (x: TDockingQuery, signal?: AbortSignal) => api.get<TDockingEventList>('/api/v1/docking-events', q(x), signal);
export const getDockingEvent = (id: number) => api.get<TDockingEvent>(`/api/v1/docking-events/${id}`);
export const createDockingEvent = (b: TDockingEventInput) => api.post<TDockingEvent>('/api/v1/docking-events', b);
export const updateDockingEvent = (id: number, b: Partial<TDockingEventInput>) => api.patch<TDockingEvent>(`/api/v1/docking-events/${id}`, b);
export const deleteDockingEvent = (id: number) => api.delete(`/api/v1/docking-events/${id}`);

export const listServiceTeams = (x: TServiceTeamQuery, signal?: AbortSignal) => api.get<TPage<TServiceTeam>>('/api/v1/service-teams', q(x), signal);
export const getServiceTeam = (id: number) => api.get<TServiceTeam>(`/api/v1/service-teams/${id}`);
export const createServiceTeam = (b: TServiceTeamInput) => api.post<TServiceTeam>('/api/v1/service-teams', b);
export const updateServiceTeam = (id: number, b: Partial<TServiceTeamInput>) => api.patch<TServiceTeam>(`/api/v1/service-teams/${id}`, b);
export const deleteServiceTeam = (id: number) => api.delete(`/api/v1/service-teams/${id}`);
export const listServiceVisits = (id: number, page: number, pageSize: number) =>
  api.get<TServiceVisitList>(`/api/v1/service-teams/${id}/visits`, { page, pageSize });
export const createServiceVisit = (id: number, b: TServiceVisitInput) => api.post<TServiceVisit>(`/api/v1/service-teams/${id}/visits`, b);

export const listPlatforms = (x: TPlatformQuery, signal?: AbortSignal) => api.get<TPlatformList>('/api/v1/platforms', q(x), signal);
export const getPlatform = (id: number) => api.get<TPlatform>(`/api/v1/platforms/${id}`);
export const createPlatform = (b: TPlatformInput) => api.post<TPlatform>('/api/v1/platforms', b);
export const updatePlatform = (id: number, b: Partial<TPlatformInput>) => api.patch<TPlatform>(`/api/v1/platforms/${id}`, b);
export const deletePlatform = (id: number) => api.delete(`/api/v1/platforms/${id}`);
export const assessPlatform = (id: number, b: TAssessmentInput) => api.post<TAssessment>(`/api/v1/platforms/${id}/assessments`, b);

export const listFundedProjects = (x: TFundedProjectQuery, signal?: AbortSignal) =>
  api.get<TFundedProjectList>('/api/v1/funded-projects', q(x), signal);
export const createFundedProject = (b: TFundedProjectInput) => api.post<TFundedProject>('/api/v1/funded-projects', b);
export const updateFundedProject = (id: number, b: Partial<TFundedProjectInput>) => api.patch<TFundedProject>(`/api/v1/funded-projects/${id}`, b);
export const deleteFundedProject = (id: number) => api.delete(`/api/v1/funded-projects/${id}`);

// ——— pickers (the registries the innovation engineers serve) ———

export interface TPickItem {
  id: number;
  label: string;
  hint?: string;
}

interface TExpertSummary {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  isAcademician: boolean;
}
interface TEnterpriseSummary {
  id: number;
  name: string;
  orgName?: string;
  industry?: string | null;
}
interface TDemandSummary {
  id: number;
  title: string;
  enterpriseName?: string;
  statusLabel?: string;
}

const PICK_SIZE = 20;

export const searchExperts = (text: string, signal?: AbortSignal) =>
  api.get<TPage<TExpertSummary>>('/api/v1/experts', { q: text || undefined, pageSize: PICK_SIZE }, signal).then((r) =>
    r.items.map((e): TPickItem => ({ id: e.id, label: e.name, hint: [e.title, e.unit].filter(Boolean).join(' · ') })),
  );
export const searchEnterprises = (text: string, signal?: AbortSignal) =>
  api.get<TPage<TEnterpriseSummary>>('/api/v1/enterprises', { q: text || undefined, pageSize: PICK_SIZE }, signal).then((r) =>
    r.items.map((e): TPickItem => ({ id: e.id, label: e.name, hint: e.orgName })),
  );
export const searchDemands = (text: string, signal?: AbortSignal) =>
  api.get<TPage<TDemandSummary>>('/api/v1/demands', { q: text || undefined, pageSize: PICK_SIZE }, signal).then((r) =>
    r.items.map((d): TPickItem => ({ id: d.id, label: d.title, hint: [d.enterpriseName, d.statusLabel].filter(Boolean).join(' · ') })),
  );

// ——— list state in the page address ———

export const int = (v: string | null) => {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
};

