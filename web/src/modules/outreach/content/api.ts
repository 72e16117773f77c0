// Typed calls for 科普内容 (server/modules/outreach/content): contents and their review, publishing per
// channel, the WeChat export, columns, screens, and the public portal / big-screen endpoints.

import type { TTargetGroup } from '../../../../../shared/outreach';
import { api } from '../../../app/api';
import type { TPage } from '../../../app/types';

export const CONTENT_KINDS = ['article', 'video'] as const;
export const CONTENT_STATUSES = ['draft', 'pending', 'published', 'offline'] as const;
export const CONTENT_CHANNELS = ['portal', 'bigscreen', 'wechat', 'column'] as const;
export type TContentKind = (typeof CONTENT_KINDS)[number];
export type TContentStatus = (typeof CONTENT_STATUSES)[number];
export type TChannel = (typeof CONTENT_CHANNELS)[number];

export interface TPublication {
  id: number;
  channel: TChannel;
  screenId: number | null;
  screenName: string | null;
  columnId: number | null;
  columnName: string | null;
  publishedByName: string | null;
  publishedAt: string;
  withdrawnByName: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  active: boolean;
}

export interface TContent {
  id: number;
  kind: TContentKind;
  title: string;
  summary: string | null;
  body: string;
  coverUrl: string | null;
  images: string[];
  videoUrl: string | null;
  posterUrl: string | null;
  author: string | null;
  source: string | null;
  tags: string[];
  targetGroups: TTargetGroup[];
  columnId: number | null;
  columnName: string | null;
  orgId: number;
  orgName: string;
  status: TContentStatus;
  returnReason: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  channels: TChannel[];
  publications: TPublication[];
  history?: Array<{ from: string; to: string; fromLabel: string; toLabel: string; actorName: string | null; reason: string | null; at: string }>;
  allowed: TContentStatus[];
  canPublish: boolean;
  canEdit: boolean;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TContentQuery {
  q?: string;
  status?: TContentStatus;
  kind?: TContentKind;
  columnId?: number;
  channel?: TChannel;
  orgId?: number;
  sort?: string;
  page: number;
  pageSize: number;
}

export type TContentInput = Partial<
  Pick<TContent, 'kind' | 'title' | 'summary' | 'body' | 'coverUrl' | 'videoUrl' | 'posterUrl' | 'author' | 'source' | 'tags' | 'targetGroups' | 'columnId'>
> & { orgId?: number };

export interface TColumn {
  id: number;
  name: string;
  description: string | null;
  sortOrder: number;
  orgId: number;
  orgName: string;
  contentCount: number;
  isDemo: boolean;
  canEdit: boolean;
}

export interface TScreen {
  id: number;
  code: string;
  name: string;
  location: string | null;
  columnIds: number[];
  columnNames: string[];
  rotateSeconds: number;
  isActive: boolean;
  orgId: number;
  orgName: string;
  pinnedCount: number;
  isDemo: boolean;
  kioskPath: string;
}

export interface TPublicContent {
  id: number;
  kind: TContentKind;
  title: string;
  summary: string | null;
  coverUrl: string | null;
  videoUrl: string | null;
  posterUrl: string | null;
  author: string | null;
  source: string | null;
  tags: string[];
  targetGroups: TTargetGroup[];
  columnId: number | null;
  columnName: string | null;
  publishedAt: string | null;
  orgName: string;
  body?: string;
  images?: string[];
}

export interface TPlaylist {
  screen: { code: string; name: string; location: string | null; rotateSeconds: number };
  items: Array<TPublicContent & { body: string }>;
  fetchedAt: string;
}

export const contentKeys = {
  all: ['contents'] as const,
  list: (q: TContentQuery) => ['contents', 'list', q] as const,
  one: (id: number) => ['contents', 'one', id] as const,
  columns: ['content-columns'] as const,
  screens: ['content-screens'] as const,
  publicList: (q: object) => ['public-contents', q] as const,
  publicOne: (id: number) => ['public-contents', 'one', id] as const,
  publicColumns: ['public-content-columns'] as const,
};

export const listContents = (q: TContentQuery, signal?: AbortSignal) => api.get<TPage<TContent>>('/api/v1/contents', { ...q }, signal);
export const getContent = (id: number) => api.get<TContent>(`/api/v1/contents/${id}`);
export const createContent = (body: TContentInput) => api.post<TContent>('/api/v1/contents', body);
export const updateContent = (id: number, body: TContentInput) => api.patch<TContent>(`/api/v1/contents/${id}`, body);
export const deleteContent = (id: number) => api.delete(`/api/v1/contents/${id}`);
export const transitionContent = (id: number, to: TContentStatus, reason?: string) =>
  api.post<TContent>(`/api/v1/contents/${id}/transitions`, { to, reason: reason || undefined });
export const publishContent = (id: number, body: { channels: TChannel[]; screenIds?: number[]; columnIds?: number[] }) =>
  api.post<TContent>(`/api/v1/contents/${id}/publish`, body);
export const withdrawContent = (id: number, body: { publicationIds?: number[]; channels?: TChannel[]; reason?: string }) =>
  api.post<TContent>(`/api/v1/contents/${id}/withdraw`, body);
export const wechatExport = (id: number) => api.get<{ title: string; html: string }>(`/api/v1/contents/${id}/wechat`);

export const listColumns = () => api.get<{ items: TColumn[]; total: number }>('/api/v1/content-columns');
export const createColumn = (body: Partial<TColumn>) => api.post<TColumn>('/api/v1/content-columns', body);
export const updateColumn = (id: number, body: Partial<TColumn>) => api.patch<TColumn>(`/api/v1/content-columns/${id}`, body);
export const deleteColumn = (id: number) => api.delete(`/api/v1/content-columns/${id}`);

export const listScreens = () => api.get<{ items: TScreen[]; total: number }>('/api/v1/content-screens');
export const createScreen = (body: Partial<TScreen>) => api.post<TScreen>('/api/v1/content-screens', body);
export const updateScreen = (id: number, body: Partial<TScreen>) => api.patch<TScreen>(`/api/v1/content-screens/${id}`, body);
export const deleteScreen = (id: number) => api.delete(`/api/v1/content-screens/${id}`);

export const listPublicContents = (q: { q?: string; columnId?: number; kind?: TContentKind; page: number; pageSize: number }, signal?: AbortSignal) =>
  api.get<TPage<TPublicContent>>('/api/v1/public/contents', { ...q }, signal);
export const getPublicContent = (id: number) => api.get<TPublicContent & { body: string; images: string[] }>(`/api/v1/public/contents/${id}`);
export const listPublicColumns = () => api.get<{ items: Array<{ id: number; name: string; description: string | null; contentCount: number }> }>('/api/v1/public/content-columns');
export const fetchPlaylist = (code: string, signal?: AbortSignal) => api.get<TPlaylist>(`/api/v1/public/screens/${encodeURIComponent(code)}/playlist`, undefined, signal);

/** Uploads one image through /api/v1/files and returns the URL the editor inserts. */
export async function uploadImage(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file);
  const saved = await api.post<{ id: string }>('/api/v1/files', form);
  return `/api/v1/files/${saved.id}`;
}
