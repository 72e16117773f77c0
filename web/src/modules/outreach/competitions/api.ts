// Typed calls for competitions, 公民科学素质 and target-group programmes
// (server/modules/outreach/competition/).
import type { TTargetGroup } from '../../../../../shared/outreach';
import { api, type TQuery } from '../../../app/api';
import type { TPage } from '../../../app/types';

export const COMPETITION_SERIES = ['youth_innovation', 'mayor_award', 'literacy_contest', 'robotics', 'explainer', 'other'] as const;
export type TSeries = (typeof COMPETITION_SERIES)[number];
export const COMPETITION_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type TLevel = (typeof COMPETITION_LEVELS)[number];
export const AWARD_GRADES = ['一等奖', '二等奖', '三等奖', '优秀奖', '金奖', '银奖', '铜奖'] as const;
export type TGrade = (typeof AWARD_GRADES)[number];
export const PROGRAMME_UNITS = ['人', '名'] as const;

export const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined => (v && (values as readonly string[]).includes(v) ? (v as T) : undefined);

export interface TCompetition {
  id: number;
  series: TSeries;
  title: string;
  year: number;
  level: TLevel;
  orgId: number;
  orgName: string;
  startsOn: string | null;
  endsOn: string | null;
  description: string | null;
  entryCount: number;
  awardCount: number;
  canEdit: boolean;
  isDemo: boolean;
}
export interface TCompetitionInput {
  series: TSeries;
  title: string;
  year: number;
  level: TLevel;
  orgId?: number;
  startsOn?: string | null;
  endsOn?: string | null;
  description?: string | null;
}
export interface TCompetitionQuery {
  q?: string;
  series?: TSeries;
  level?: TLevel;
  year?: number;
  /** Competitions you run that ended without results (the to-do list's link). */
  awaitingResults?: 'true';
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TEntry {
  id: number;
  competitionId: number;
  competitionTitle: string;
  title: string;
  participants: string[];
  participantsMasked: boolean;
  school: string;
  instructor: string | null;
  orgId: number;
  orgName: string;
  category: string | null;
  awardLevel: TLevel | null;
  awardGrade: TGrade | null;
  announcedOn: string | null;
  isDemo: boolean;
}
export interface TEntryInput {
  title: string;
  participants?: string[];
  school: string;
  instructor?: string | null;
  orgId?: number;
  category?: string | null;
  awardLevel?: TLevel | null;
  awardGrade?: TGrade | null;
  announcedOn?: string | null;
}
export interface TEntryQuery {
  q?: string;
  awardLevel?: TLevel;
  awarded?: 'true' | 'false';
  sort?: string;
  page: number;
  pageSize: number;
}
export interface TEntryList extends TPage<TEntry> {
  byAwardLevel: Partial<Record<TLevel, number>>;
}

export interface TPublicResult {
  competitionTitle: string;
  series: TSeries;
  year: number;
  title: string;
  school: string;
  district: string;
  awardLevel: TLevel;
  awardGrade: TGrade;
  announcedOn: string | null;
}
export interface TPublicResults extends TPage<TPublicResult> {
  years: number[];
}

export interface TLiteracyRate {
  id: number;
  orgId: number;
  orgName: string;
  orgShortName: string | null;
  orgKind: string;
  year: number;
  rate: number;
  source: string;
  method: string | null;
  canEdit: boolean;
  isDemo: boolean;
}
export interface TLiteracyList {
  items: TLiteracyRate[];
  years: number[];
  orgs: Array<{ id: number; name: string; shortName: string | null; kind: string }>;
}
export interface TLiteracyInput {
  orgId: number;
  year: number;
  rate: number;
  source: string;
  method?: string | null;
}

export interface TDistrictProgress {
  orgId: number | null;
  orgName: string;
  trainees: number;
  trainings: number;
  percent: number;
}
export interface TProgramme {
  id: number;
  name: string;
  targetGroup: TTargetGroup;
  targetCount: number;
  unit: '人' | '名';
  startYear: number;
  endYear: number;
  isLivelihood: boolean;
  orgId: number;
  orgName: string;
  description: string | null;
  trainees: number;
  trainings: number;
  percent: number;
  canEdit: boolean;
  isDemo: boolean;
}
export interface TProgrammeDetail extends TProgramme {
  byDistrict: TDistrictProgress[];
  byYear: Array<{ year: number; trainees: number }>;
}
export interface TProgrammeInput {
  name: string;
  targetGroup: TTargetGroup;
  targetCount: number;
  unit?: '人' | '名';
  startYear: number;
  endYear: number;
  isLivelihood?: boolean;
  orgId?: number;
  description?: string | null;
}
export interface TProgrammeQuery {
  q?: string;
  targetGroup?: TTargetGroup;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface TTraining {
  id: number;
  programmeId: number;
  programmeName: string;
  title: string;
  heldOn: string;
  orgId: number;
  orgName: string;
  traineeCount: number;
  hours: number | null;
  venue: string | null;
  attachmentIds: string[];
  isDemo: boolean;
}
export interface TTrainingInput {
  title: string;
  heldOn: string;
  orgId?: number;
  traineeCount: number;
  hours?: number | null;
  venue?: string | null;
  attachmentIds?: string[];
}
export interface TTrainingQuery {
  q?: string;
  year?: number;
  sort?: string;
  page: number;
  pageSize: number;
}
export interface TTrainingList extends TPage<TTraining> {
  trainees: number;
}

const q = (x: object) => x as TQuery;

export const compKeys = {
  competitions: ['competitions'] as const,
  competitionList: (x: TCompetitionQuery) => ['competitions', 'list', x] as const,
  competitionOne: (id: number) => ['competitions', 'one', id] as const,
  entries: ['competition-entries'] as const,
  entryList: (id: number, x: TEntryQuery) => ['competition-entries', id, x] as const,
  literacy: ['literacy-rates'] as const,
  programmes: ['programmes'] as const,
  programmeList: (x: TProgrammeQuery) => ['programmes', 'list', x] as const,
  programmeOne: (id: number) => ['programmes', 'one', id] as const,
  trainings: ['trainings'] as const,
  trainingList: (id: number, x: TTrainingQuery) => ['trainings', id, x] as const,
  publicResults: (x: object) => ['public-competition-results', x] as const,
};

export const listCompetitions = (x: TCompetitionQuery, signal?: AbortSignal) => api.get<TPage<TCompetition>>('/api/v1/competitions', q(x), signal);
export const getCompetition = (id: number) => api.get<TCompetition>(`/api/v1/competitions/${id}`);
export const createCompetition = (b: TCompetitionInput) => api.post<TCompetition>('/api/v1/competitions', b);
export const updateCompetition = (id: number, b: Partial<TCompetitionInput>) => api.patch<TCompetition>(`/api/v1/competitions/${id}`, b);
export const deleteCompetition = (id: number) => api.delete(`/api/v1/competitions/${id}`);

export const entriesUrl = (competitionId: number) => `/api/v1/competitions/${competitionId}/entries`;
export const listEntries = (competitionId: number, x: TEntryQuery, signal?: AbortSignal) => api.get<TEntryList>(entriesUrl(competitionId), q(x), signal);
export const createEntry = (competitionId: number, b: TEntryInput) => api.post<TEntry>(entriesUrl(competitionId), b);
export const updateEntry = (id: number, b: Partial<TEntryInput>) => api.patch<TEntry>(`/api/v1/competition-entries/${id}`, b);
export const deleteEntry = (id: number) => api.delete(`/api/v1/competition-entries/${id}`);
export const listPublicResults = (x: { year?: number; series?: TSeries; page: number; pageSize: number }, signal?: AbortSignal) =>
  api.get<TPublicResults>('/api/v1/public/competition-results', q(x), signal);

export const listLiteracy = (signal?: AbortSignal) => api.get<TLiteracyList>('/api/v1/literacy-rates', undefined, signal);
export const createLiteracy = (b: TLiteracyInput) => api.post<TLiteracyRate>('/api/v1/literacy-rates', b);
export const updateLiteracy = (id: number, b: Partial<Omit<TLiteracyInput, 'orgId' | 'year'>>) => api.patch<TLiteracyRate>(`/api/v1/literacy-rates/${id}`, b);
export const deleteLiteracy = (id: number) => api.delete(`/api/v1/literacy-rates/${id}`);

export const listProgrammes = (x: TProgrammeQuery, signal?: AbortSignal) => api.get<TPage<TProgramme>>('/api/v1/programmes', q(x), signal);
export const getProgramme = (id: number) => api.get<TProgrammeDetail>(`/api/v1/programmes/${id}`);
export const createProgramme = (b: TProgrammeInput) => api.post<TProgrammeDetail>('/api/v1/programmes', b);
export const updateProgramme = (id: number, b: Partial<TProgrammeInput>) => api.patch<TProgrammeDetail>(`/api/v1/programmes/${id}`, b);
export const deleteProgramme = (id: number) => api.delete(`/api/v1/programmes/${id}`);
export const listTrainings = (programmeId: number, x: TTrainingQuery, signal?: AbortSignal) =>
  api.get<TTrainingList>(`/api/v1/programmes/${programmeId}/trainings`, q(x), signal);
export const createTraining = (programmeId: number, b: TTrainingInput) => api.post<TTraining>(`/api/v1/programmes/${programmeId}/trainings`, b);
export const updateTraining = (id: number, b: Partial<TTrainingInput>) => api.patch<TTraining>(`/api/v1/trainings/${id}`, b);
export const deleteTraining = (id: number) => api.delete(`/api/v1/trainings/${id}`);
