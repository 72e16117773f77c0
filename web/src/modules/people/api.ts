// Typed calls for the people registry 科技工作者 (server/modules/people).
import { api, type TQuery } from '../../app/api';
import type { TPage } from '../../app/types';

export const GENDERS = ['男', '女'] as const;
export type TGender = (typeof GENDERS)[number];
export const PERSON_SORT_FIELDS = ['name', 'birthYear', 'createdAt', 'updatedAt'] as const;
export type TPersonSortField = (typeof PERSON_SORT_FIELDS)[number];

export interface TMembership {
  orgId: number;
  orgName: string;
  role: string;
}

export interface TPerson {
  id: number;
  name: string;
  gender: TGender | null;
  birthYear: number | null;
  unit: string | null;
  title: string | null;
  education: string | null;
  disciplines: string[];
  phone: string | null;
  idNumber: string | null;
  email: string | null;
  orgId: number;
  orgName: string;
  memberships: TMembership[];
  isDemo: boolean;
  /** Phone and ID number arrive masked for roles that may not see them (PIPL). */
  piiMasked: boolean;
  /** This role may reveal the full phone / ID number (GET /api/v1/people/{id}/pii, audited). */
  piiRevealable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TPersonInput {
  name: string;
  gender?: TGender | null;
  birthYear?: number | null;
  unit?: string | null;
  title?: string | null;
  education?: string | null;
  disciplines?: string[];
  phone?: string | null;
  idNumber?: string | null;
  email?: string | null;
  orgId: number;
  memberships?: Array<{ orgId: number; role?: string }>;
}

/** List filters; also the URL query of the people page and of the export. */
export interface TPeopleFilters {
  q?: string;
  orgId?: number;
  gender?: TGender;
  title?: string;
  education?: string;
  discipline?: string;
  birthYearFrom?: number;
  birthYearTo?: number;
  /** `field` or `-field` */
  sort?: string;
}

export interface TPeopleQuery extends TPeopleFilters {
  page: number;
  pageSize: number;
}

export const PEOPLE_URL = '/api/v1/people';
export const PEOPLE_TEMPLATE_URL = '/api/v1/people/import/template';
export const PEOPLE_IMPORT_URL = '/api/v1/people/import';

export const peopleKeys = {
  all: ['people'] as const,
  list: (q: TPeopleQuery) => ['people', 'list', q] as const,
  one: (id: number) => ['people', 'one', id] as const,
};

export const listPeople = (q: TPeopleQuery, signal?: AbortSignal) => api.get<TPage<TPerson>>(PEOPLE_URL, q as unknown as TQuery, signal);
export const getPerson = (id: number) => api.get<TPerson>(`${PEOPLE_URL}/${id}`);
export const createPerson = (input: TPersonInput) => api.post<TPerson>(PEOPLE_URL, input);
export const updatePerson = (id: number, input: Partial<TPersonInput>) => api.patch<TPerson>(`${PEOPLE_URL}/${id}`, input);
export const deletePerson = (id: number) => api.delete(`${PEOPLE_URL}/${id}`);

const int = (v: string | null) => {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
};

/** Reads the list query from the page URL (so filters survive reload and can be linked to). */
export function readPeopleQuery(params: URLSearchParams): TPeopleQuery {
  const text = (k: string) => params.get(k)?.trim() || undefined;
  const gender = params.get('gender');
  const sort = params.get('sort');
  const sortOk = sort && PERSON_SORT_FIELDS.includes(sort.replace(/^-/, '') as TPersonSortField);
  return {
    q: text('q'),
    orgId: int(params.get('orgId')),
    gender: gender === '男' || gender === '女' ? gender : undefined,
    title: text('title'),
    education: text('education'),
    discipline: text('discipline'),
    birthYearFrom: int(params.get('birthYearFrom')),
    birthYearTo: int(params.get('birthYearTo')),
    sort: sortOk ? sort : undefined,
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize: Math.min(200, Math.max(1, int(params.get('pageSize')) ?? 20)),
  };
}
