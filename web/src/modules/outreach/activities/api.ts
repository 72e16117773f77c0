// Typed calls for 科普活动 (server/modules/outreach/activity): the console registry and the public calendar.

import type { TTargetGroup } from '../../../../../shared/outreach';
import type { TActivityStatus, TActivityType } from '../../../../../shared/outreach-activity';
import { api, type TQuery } from '../../../app/api';
import type { TPage } from '../../../app/types';

export { TARGET_GROUPS, type TTargetGroup } from '../../../../../shared/outreach';
export { ACTIVITY_STATUSES, ACTIVITY_TYPES, type TActivityStatus, type TActivityType } from '../../../../../shared/outreach-activity';

export interface TActivityTransition {
  id: number;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  actorId: number | null;
  actorName: string | null;
  actorOrgName: string | null;
  reason: string | null;
  at: string;
}

export interface TActivity {
  id: number;
  type: TActivityType;
  typeLabel: string;
  title: string;
  orgId: number;
  orgName: string;
  districtOrgId: number | null;
  districtName: string | null;
  coOrganizers: string[];
  startDate: string;
  endDate: string;
  venue: string | null;
  targetGroups: TTargetGroup[];
  plannedParticipants: number | null;
  onlineReach: number | null;
  /** 元 */
  budget: number | null;
  description: string | null;
  contactName: string | null;
  contactPhone: string | null;
  internalNote: string | null;
  isPublic: boolean;
  status: TActivityStatus;
  statusLabel: string;
  returnReason: string | null;
  summaryDueOn: string;
  isOverdue: boolean;
  summary: string | null;
  photos: Array<{ id: string; name: string; mime: string }>;
  links: string[];
  actualParticipants: number | null;
  filedAt: string | null;
  heldAt: string | null;
  summarizedAt: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TActivityDetail extends TActivity {
  transitions: TActivityTransition[];
  allowedTransitions: TActivityStatus[];
  canEdit: boolean;
  canSummarize: boolean;
  canDelete: boolean;
}

export interface TActivityInput {
  type: TActivityType;
  title: string;
  orgId?: number;
  districtOrgId?: number | null;
  coOrganizers?: string[];
  startDate: string;
  endDate?: string;
  venue?: string | null;
  targetGroups?: TTargetGroup[];
  plannedParticipants?: number | null;
  onlineReach?: number | null;
  budget?: number | null;
  description?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  internalNote?: string | null;
  isPublic?: boolean;
}

export interface TActivityQuery {
  q?: string;
  status?: TActivityStatus;
  type?: TActivityType;
  targetGroup?: TTargetGroup;
  districtId?: number;
  orgId?: number;
  from?: string;
  to?: string;
  overdue?: 'true';
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TBucket {
  key: string;
  label: string;
  labelEn: string;
  count: number;
  participants: number;
}
export interface TActivityTotals {
  total: number;
  participants: number;
  byDistrict: Array<TBucket & { districtId: number | null }>;
  byType: TBucket[];
  byMonth: TBucket[];
  byTargetGroup: TBucket[];
}

export interface TSummaryInput {
  summary: string;
  actualParticipants: number;
  photoIds?: string[];
  links?: string[];
}

export const activityKeys = {
  all: ['activities'] as const,
  list: (q: TActivityQuery) => ['activities', 'list', q] as const,
  one: (id: number) => ['activities', 'one', id] as const,
  totals: (q: Record<string, unknown>) => ['activities', 'totals', q] as const,
};

export const ACTIVITIES_URL = '/api/v1/activities';

export const listActivities = (q: TActivityQuery, signal?: AbortSignal) => api.get<TPage<TActivity>>(ACTIVITIES_URL, q as unknown as TQuery, signal);
export const getActivity = (id: number) => api.get<TActivityDetail>(`${ACTIVITIES_URL}/${id}`);
export const createActivity = (body: TActivityInput) => api.post<TActivityDetail>(ACTIVITIES_URL, body);
export const updateActivity = (id: number, body: Partial<TActivityInput>) => api.patch<TActivityDetail>(`${ACTIVITIES_URL}/${id}`, body);
export const deleteActivity = (id: number) => api.delete(`${ACTIVITIES_URL}/${id}`);
export const moveActivity = (id: number, to: TActivityStatus, reason?: string) => api.post<TActivityDetail>(`${ACTIVITIES_URL}/${id}/transitions`, { to, reason });
export const summarizeActivity = (id: number, body: TSummaryInput) => api.post<TActivityDetail>(`${ACTIVITIES_URL}/${id}/summary`, body);
export const activityTotals = (q: Omit<TActivityQuery, 'page' | 'pageSize' | 'sort'>, signal?: AbortSignal) =>
  api.get<TActivityTotals>(`${ACTIVITIES_URL}/totals`, q as unknown as TQuery, signal);

/** POST /api/v1/files: an attachment (a summary photo). */
export function uploadFile(file: File): Promise<{ id: string; name: string; mime: string; size: number }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post('/api/v1/files', form);
}

// ——— public calendar (no sign-in)

export interface TPublicActivity {
  id: number;
  type: TActivityType;
  typeLabel: string;
  title: string;
  organizer: string;
  coOrganizers: string[];
  districtId: number | null;
  districtName: string | null;
  startDate: string;
  endDate: string;
  venue: string | null;
  targetGroups: TTargetGroup[];
  description: string | null;
  phase: 'upcoming' | 'ongoing' | 'past';
  isDemo: boolean;
}

export interface TPublicActivityQuery {
  from?: string;
  to?: string;
  districtId?: number;
  type?: TActivityType;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const publicActivityKeys = {
  list: (q: TPublicActivityQuery) => ['public-activities', 'list', q] as const,
  one: (id: number) => ['public-activities', 'one', id] as const,
  districts: ['public-activities', 'districts'] as const,
};

export const listPublicActivities = (q: TPublicActivityQuery, signal?: AbortSignal) =>
  api.get<TPage<TPublicActivity>>('/api/v1/public/activities', q as unknown as TQuery, signal);
export const getPublicActivity = (id: number) => api.get<TPublicActivity>(`/api/v1/public/activities/${id}`);
export const listActivityDistricts = () => api.get<{ items: Array<{ id: number; name: string }> }>('/api/v1/public/activity-districts');
export const activityIcsUrl = (id: number) => `/api/v1/public/activities/${id}/ics`;
export const activityFeedUrl = (q: { districtId?: number; type?: string }) => {
  const p = new URLSearchParams();
  if (q.districtId) p.set('districtId', String(q.districtId));
  if (q.type) p.set('type', q.type);
  const s = p.toString();
  return `/api/v1/public/activities.ics${s ? `?${s}` : ''}`;
};

export const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v && (values as readonly string[]).includes(v) ? (v as T) : undefined);
