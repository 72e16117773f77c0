import { ApartmentOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import type { TSearchEntityDef, TWebModule } from '../../modules/module.types';
import { type TMsgKey, useT } from '../i18n';
import { useWebModules } from '../webModules';

export interface TSearchHit {
  /** Entity code of the server's search provider: org, user, and each module's (person, expert …). */
  entity: string;
  id: number;
  title: string;
  subtitle?: string | null;
  score?: number;
}

/** The platform's own search entities; modules add theirs in their manifest (searchEntities). */
const PLATFORM_ENTITIES: Record<string, TSearchEntityDef> = {
  org: { label: 'search.entity.org', icon: <ApartmentOutlined aria-hidden />, link: (id) => `/admin/orgs?id=${id}` },
  user: { label: 'search.entity.user', icon: <UserOutlined aria-hidden />, link: (id) => `/admin/users?edit=${id}` },
};

/** Every entity the header search can show: the modules' first (in list order), then the platform's. */
export function searchEntitiesOf(modules: readonly TWebModule[]): Record<string, TSearchEntityDef> {
  return Object.assign({}, ...modules.map((m) => m.searchEntities ?? {}), PLATFORM_ENTITIES);
}

/** Where a search hit opens (undefined for an entity no module describes). */
export function hitPath(entities: Record<string, TSearchEntityDef>, hit: Pick<TSearchHit, 'entity' | 'id'>): string | undefined {
  return entities[hit.entity]?.link(hit.id);
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** Header search (`GET /api/v1/search?q=`): results grouped by kind; choosing one opens the record. */
export function GlobalSearch() {
  const t = useT();
  const navigate = useNavigate();
  const modules = useWebModules();
  const entities = useMemo(() => searchEntitiesOf(modules), [modules]);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: ['search', q],
    queryFn: ({ signal }) => api.get<{ items: TSearchHit[] }>('/api/v1/search', { q }, signal),
    enabled: q.length > 0,
    staleTime: 10_000,
  });

  const options = useMemo(() => {
    const items = q ? (data?.items ?? []) : [];
    // Groups in the order of their best hit (the server sorts by score), so the top match stays on top.
    // An entity no manifest describes still shows, under its code, so a new provider is never dropped.
    const order = [...new Set(items.map((h) => h.entity))];
    return order.map((entity) => ({
      label: (
        <span>
          {entities[entity]?.icon} {entities[entity] ? t(entities[entity].label as TMsgKey) : entity}
        </span>
      ),
      options: items
        .filter((h) => h.entity === entity)
        .map((h) => ({
          value: `${h.entity}:${h.id}`,
          label: (
            <div>
              <div>{h.title}</div>
              {h.subtitle ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {h.subtitle}
                </Typography.Text>
              ) : null}
            </div>
          ),
        })),
    })).filter((g) => g.options.length > 0);
  }, [data, q, t, entities]);

  return (
    <AutoComplete
      style={{ width: 'min(420px, 40vw)' }}
      options={options}
      value={text}
      onChange={setText}
      onSelect={(value: string) => {
        const at = value.lastIndexOf(':');
        const path = hitPath(entities, { entity: value.slice(0, at), id: Number(value.slice(at + 1)) });
        setText('');
        if (path) navigate(path);
      }}
      notFoundContent={q && !isFetching && data ? t('search.noResults') : null}
      popupMatchSelectWidth={420}
      // a short list (the server caps hits per entity): no virtual scrolling, every group is in the page
      virtual={false}
    >
      <Input prefix={<SearchOutlined aria-hidden />} placeholder={t('search.placeholder')} aria-label={t('search.label')} allowClear />
    </AutoComplete>
  );
}
