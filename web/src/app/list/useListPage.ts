import { keepPreviousData, type QueryKey, useMutation, usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, type TablePaginationConfig } from 'antd';
import type { FilterValue, SorterResult, TableCurrentDataSource } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { downloadFile, type TQuery } from '../api';
import { useApiError } from '../hooks/useApiError';
import { useT } from '../i18n';
import type { TPage } from '../types';

/** What every list query has; a page's own filters come on top. */
export interface TListQuery {
  q?: string;
  /** `field` (ascending) or `-field` (descending) */
  sort?: string;
  page: number;
  pageSize: number;
}

export type TListPatch = Record<string, string | number | boolean | null | undefined>;

/** URL params that are not filters: paging and order (and the record open in a drawer, `view` by default). */
const NOT_FILTERS = ['page', 'pageSize', 'sort'];

/** The URL param naming the record open in a detail drawer. */
const RECORD_PARAM = 'view';

export type TSortOrder = 'ascend' | 'descend' | null;

/** antd sortOrder of a column from a `field` / `-field` sort. */
export const sortOrderOf = (sort: string | undefined, field: string): TSortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

/** antd's sorter → `field` / `-field` (undefined when sorting is cleared). */
export function sortFrom<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  return s?.order && s.columnKey ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
}

const int = (v: string | null) => {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
};

/** q, orgId, sort (one of `sorts`, either direction), page and pageSize (1–200, default 20) from the URL. */
export function readListQuery(params: URLSearchParams, sorts: readonly string[]) {
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() || undefined,
    orgId: int(params.get('orgId')),
    sort: sort && sorts.includes(sort.replace(/^-/, '')) ? sort : undefined,
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize: Math.min(200, Math.max(1, int(params.get('pageSize')) ?? 20)),
  };
}

/** The filters of a list query without paging: what the export is asked for. */
export function filtersOf<Q extends TListQuery>(q: Q): Omit<Q, 'page' | 'pageSize'> {
  const { page: _p, pageSize: _s, ...filters } = q;
  return filters;
}

/**
 * A page's state in the URL search params. `update` sets or (with null/undefined/'') removes params;
 * any change other than the page itself (or the record viewed) goes back to page 1, and `view` (the
 * open drawer) replaces the history entry instead of adding one. `recordParam: null` for a page without
 * a drawer, where `view` may be an ordinary filter (the demand hall's open/closed/all).
 */
export function useUrlParams(recordParam: string | null = RECORD_PARAM) {
  const [params, setParams] = useSearchParams();

  const update = useCallback(
    (patch: TListPatch) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          const viewing = recordParam != null && recordParam in patch;
          if (!('page' in patch) && !viewing) next.delete('page');
          return next;
        },
        { replace: recordParam != null && recordParam in patch },
      ),
    [setParams, recordParam],
  );
  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { params, update, clear };
}

export interface TListPageOptions<Q extends TListQuery, D extends TPage<{ id: number }>> {
  /** The page's query from the URL search params (validating every value). */
  read: (params: URLSearchParams) => Q;
  queryKey: (q: Q) => QueryKey;
  fetch: (q: Q, signal: AbortSignal) => Promise<D>;
  /** Keys of columns whose antd column filter is a URL param of the same name (single choice). */
  columnFilters?: readonly string[];
  /** The registry's export endpoint (`/api/v1/people/export`): asked with the list's filters. */
  exportUrl?: string;
  /**
   * The URL param of the record open in the detail drawer (default `view`); null when the page has no
   * drawer, so that a filter of that name counts as a filter (clear button, page 1, a history entry).
   */
  recordParam?: string | null;
}

/**
 * The state of a console list page, kept in the URL search params so reload, back and links keep it:
 * `q`, the page's filters, `sort`, `page`, `pageSize`, and `view` (the record open in the detail drawer).
 * Any change other than the page itself (or the record viewed) goes back to page 1. The list is fetched
 * with TanStack Query, keeping the previous page on screen while the next one loads.
 */
export function useListPage<Q extends TListQuery, D extends TPage<{ id: number }>>(opts: TListPageOptions<Q, D>) {
  const { read, queryKey, fetch, columnFilters, exportUrl } = opts;
  const recordParam = opts.recordParam === undefined ? RECORD_PARAM : opts.recordParam;
  const { params, update, clear } = useUrlParams(recordParam);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is a module function of the page
  const query = useMemo(() => read(params), [params]);

  const listQuery = { queryKey: queryKey(query), queryFn: ({ signal }: { signal: AbortSignal }) => fetch(query, signal) };
  // The request starts while the page renders, not after its first commit (a cold load renders the
  // console frame and the page in one long task before useQuery's effect would send it).
  usePrefetchQuery(listQuery);
  const list = useQuery({ ...listQuery, placeholderData: keepPreviousData });

  type TRow = D['items'][number];
  const viewId = recordParam == null ? null : Number(params.get(recordParam)) || null;
  const viewRow = list.data?.items.find((r) => r.id === viewId) as TRow | undefined;
  const hasFilters = [...params.keys()].some((k) => !NOT_FILTERS.includes(k) && k !== recordParam);

  const onTableChange = useCallback(
    (
      pagination: TablePaginationConfig,
      filters: Record<string, FilterValue | null>,
      sorter: SorterResult<TRow> | SorterResult<TRow>[],
      extra: TableCurrentDataSource<TRow>,
    ) => {
      const patch: TListPatch = { sort: sortFrom(sorter) };
      // A hidden column has no entry in `filters`: its filter stays as it is.
      for (const k of columnFilters ?? []) if (k in filters) patch[k] = (filters[k]?.[0] as string | undefined) ?? undefined;
      if (extra.action === 'paginate') Object.assign(patch, { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
      update(patch);
    },
    [columnFilters, update],
  );

  const exportFile = useMemo(
    () => (exportUrl ? (fallbackName: string) => downloadFile(exportUrl, filtersOf(query) as unknown as TQuery, fallbackName) : undefined),
    [exportUrl, query],
  );

  return {
    params,
    query,
    /** The key every list and record of this registry starts with (invalidated after an import). */
    listKey: queryKey(query).slice(0, 1) as QueryKey,
    update,
    clear,
    list,
    rows: (list.data?.items ?? []) as TRow[],
    total: list.data?.total ?? 0,
    viewId,
    viewRow,
    openView: (id: number) => (recordParam == null ? undefined : update({ [recordParam]: id })),
    closeView: () => (recordParam == null ? undefined : update({ [recordParam]: null })),
    hasFilters,
    /** antd sortOrder of a column (`fallback`: the server's default order, shown when no sort is chosen). */
    sortOrder: (field: string, fallback?: string) => sortOrderOf(query.sort ?? fallback, field),
    /** antd filteredValue of a column filter kept in the URL param `key`. */
    filteredValue: (key: string) => {
      const v = params.get(key);
      return v ? [v] : null;
    },
    onTableChange,
    /** Downloads the export with the list's filters (and order); undefined when the registry has none. */
    exportFile,
  };
}

export type TListPageState<Q extends TListQuery = TListQuery, R extends { id: number } = { id: number }> = ReturnType<typeof useListPage<Q, TPage<R>>>;

/**
 * The delete action of a list page: says 已删除, closes the detail drawer when it showed the deleted
 * record, and refreshes the lists; a refusal is shown in the UI language.
 */
export function useDeleteRow<R extends { id: number }>(
  state: { viewId: number | null; closeView: () => void },
  opts: { mutationFn: (row: R) => Promise<unknown>; invalidate: QueryKey },
) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: opts.mutationFn,
    onSuccess: (_, row) => {
      message.success(t('common.deleted'));
      if (state.viewId === row.id) state.closeView();
      qc.invalidateQueries({ queryKey: opts.invalidate });
    },
    onError: (err) => showError(err),
  });
}
