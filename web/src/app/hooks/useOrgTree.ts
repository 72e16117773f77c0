import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import type { TCityConfig, TOrgNode, TOrgTree } from '../types';

export const orgTreeQuery = { queryKey: ['orgs'] as const, queryFn: () => api.get<TOrgTree>('/api/v1/orgs'), staleTime: 5 * 60_000 };

export interface TOrgIndex {
  byId: Map<number, TOrgNode>;
  /** Ids of the ancestors of an org, root first (not including the org itself). */
  ancestors: (id: number) => number[];
  /** Number of orgs below a node. */
  descendants: (id: number) => number;
}

export function indexOrgs(roots: TOrgNode[]): TOrgIndex {
  const byId = new Map<number, TOrgNode>();
  const size = new Map<number, number>();
  const walk = (n: TOrgNode): number => {
    byId.set(n.id, n);
    let count = 0;
    for (const c of n.children) count += 1 + walk(c);
    size.set(n.id, count);
    return count;
  };
  roots.forEach(walk);
  return {
    byId,
    ancestors: (id) => {
      const out: number[] = [];
      let cur = byId.get(id);
      while (cur?.parentId != null && byId.has(cur.parentId)) {
        out.unshift(cur.parentId);
        cur = byId.get(cur.parentId);
      }
      return out;
    },
    descendants: (id) => size.get(id) ?? 0,
  };
}

/** The org tree of the signed-in user's subtree, with an index by id. */
export function useOrgTree(enabled = true) {
  const query = useQuery({ ...orgTreeQuery, enabled });
  const index = useMemo(() => indexOrgs(query.data?.items ?? []), [query.data]);
  return { ...query, roots: query.data?.items ?? [], counts: query.data?.counts ?? {}, index };
}

/** Dictionaries (titles, education, disciplines) from the city configuration. */
export function useCityConfig() {
  return useQuery({ queryKey: ['config', 'city'], queryFn: () => api.get<TCityConfig>('/api/v1/config/city'), staleTime: Number.POSITIVE_INFINITY });
}

/**
 * A cluster or dictionary value (职称, 学历, 学科, 产业集群) in the UI language: the English name from
 * the city configuration's `en` map in English mode, else the stored (Chinese) value.
 */
export function useDictLabel() {
  const { locale } = useI18n();
  const en = useCityConfig().data?.en;
  return useCallback((value: string) => (locale === 'en-US' ? (en?.[value] ?? value) : value), [locale, en]);
}
