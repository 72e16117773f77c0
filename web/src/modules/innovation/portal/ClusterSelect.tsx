import { Select } from 'antd';
import { useMemo } from 'react';
import { useCityConfig, useDictLabel } from '../../../app/hooks/useOrgTree';
import { useT } from '../../../app/i18n';

/** Cluster options of the city configuration, grouped as the seed groups them (重点产业集群 / 战略性新兴产业 / 未来产业). */
export function useClusterOptions() {
  const t = useT();
  const clusters = useCityConfig().data?.clusters;
  const dl = useDictLabel();
  return useMemo(() => {
    if (!clusters) return [];
    const seen = new Set<string>();
    const group = (label: string, list: string[]) => {
      const options = list.filter((c) => !seen.has(c) && seen.add(c)).map((c) => ({ value: c, label: dl(c) }));
      return options.length ? [{ label, title: label, options }] : [];
    };
    return [
      ...group(t('kc.cluster.key'), clusters.key ?? []),
      ...group(t('kc.cluster.emerging'), clusters.emerging ?? []),
      ...group(t('kc.cluster.future'), clusters.future ?? []),
    ];
  }, [clusters, t, dl]);
}

export interface TClusterSelectProps {
  value?: string | null;
  onChange?: (v: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  size?: 'small' | 'middle' | 'large';
  id?: string;
  'aria-label'?: string;
}

/** One industrial cluster (searchable); works as an antd Form control. */
export function ClusterSelect({ value, onChange, placeholder, style, size, id, ...rest }: TClusterSelectProps) {
  const t = useT();
  const options = useClusterOptions();
  return (
    <Select
      id={id}
      allowClear
      showSearch
      size={size}
      placeholder={placeholder ?? t('kc.cluster.placeholder')}
      aria-label={rest['aria-label'] ?? placeholder ?? t('kc.cluster')}
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? undefined)}
      options={options}
      popupMatchSelectWidth={false}
      style={style}
    />
  );
}
