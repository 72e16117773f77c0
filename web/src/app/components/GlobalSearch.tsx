import { ApartmentOutlined, SearchOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { type TMsgKey, useT } from '../i18n';

export type TSearchEntity = 'person' | 'org' | 'user';

export interface TSearchHit {
  entity: TSearchEntity;
  id: number;
  title: string;
  subtitle?: string | null;
  score?: number;
}

const ENTITY_ORDER: TSearchEntity[] = ['person', 'org', 'user'];
const ENTITY_ICON = { person: <TeamOutlined aria-hidden />, org: <ApartmentOutlined aria-hidden />, user: <UserOutlined aria-hidden /> };

/** Where a search hit opens. */
export function hitPath(hit: Pick<TSearchHit, 'entity' | 'id'>): string {
  if (hit.entity === 'person') return `/admin/people?view=${hit.id}`;
  if (hit.entity === 'org') return `/admin/orgs?id=${hit.id}`;
  return `/admin/users?edit=${hit.id}`;
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
    const order = [...new Set([...items.map((h) => h.entity), ...ENTITY_ORDER])].filter((e) => ENTITY_ORDER.includes(e));
    return order.map((entity) => ({
      label: (
        <span>
          {ENTITY_ICON[entity]} {t(`search.entity.${entity}` as TMsgKey)}
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
  }, [data, q, t]);

  return (
    <AutoComplete
      style={{ width: 'min(420px, 40vw)' }}
      options={options}
      value={text}
      onChange={setText}
      onSelect={(value: string) => {
        const [entity, id] = value.split(':');
        setText('');
        navigate(hitPath({ entity: entity as TSearchEntity, id: Number(id) }));
      }}
      notFoundContent={q && !isFetching && data ? t('search.noResults') : null}
      popupMatchSelectWidth={420}
    >
      <Input prefix={<SearchOutlined aria-hidden />} placeholder={t('search.placeholder')} aria-label={t('search.label')} allowClear />
    </AutoComplete>
  );
}
