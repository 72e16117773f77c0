import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n';
import { enterpriseKeys, listEnterprises } from '../api';

export interface TEnterpriseSelectProps {
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Name shown for the current value before a search loads it (editing). */
  initialName?: string;
  disabled?: boolean;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
}

/** Picks an enterprise of the user's scope, searched on the server by name, 拼音 initials or credit code. */
export function EnterpriseSelect({ value, onChange, initialName, disabled, id, placeholder, style }: TEnterpriseSelectProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const query = { q: q || undefined, page: 1, pageSize: 20 };
  const list = useQuery({ queryKey: enterpriseKeys.list(query), queryFn: ({ signal }) => listEnterprises(query, signal), staleTime: 30_000 });
  const options = (list.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (value != null && initialName && !options.some((o) => o.value === value)) options.unshift({ value, label: initialName });
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      loading={list.isFetching}
      disabled={disabled}
      placeholder={placeholder ?? t('demand.enterprisePick')}
      aria-label={t('demand.enterprise')}
      notFoundContent={list.isFetching ? t('common.loading') : t('search.noResults')}
      style={style}
    />
  );
}
