// Response shapes of the platform API (server/platform/**). Module shapes live in each module's api.ts.
import type { TRole } from '../../../shared/limits';

export type TLocale = 'zh-CN' | 'en-US';

/** GET /api/v1/auth/me and the login response. */
export interface TMe {
  id: number;
  username: string;
  displayName: string;
  roles: TRole[];
  orgId: number;
  orgName: string;
  department: string | null;
  locale: TLocale;
  csrfToken?: string;
}

export const ORG_KINDS = ['city', 'district', 'township', 'society', 'enterprise', 'university', 'park'] as const;
export type TOrgKind = (typeof ORG_KINDS)[number];

export interface TOrgNode {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: TOrgKind;
  adcode: string | null;
  parentId: number | null;
  children: TOrgNode[];
}

/** GET /api/v1/orgs */
export interface TOrgTree {
  items: TOrgNode[];
  counts: Partial<Record<TOrgKind, number>>;
}

/** GET /api/v1/config/city */
export interface TCityConfig {
  city?: { code: string; name: string; adcode: string };
  clusters: { key: string[]; emerging: string[]; future: string[] };
  dictionary: { titles: string[]; education: string[]; disciplines: string[] };
  /** English names of cluster and dictionary values (from the city configuration). */
  en?: Record<string, string>;
}

export interface TPage<T> {
  items: T[];
  total: number;
}
