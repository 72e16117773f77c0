import { Select } from 'antd';
import { useMemo } from 'react';
import { useOrgTree } from '../../../app/hooks/useOrgTree';
import type { TOrgNode } from '../../../app/types';

/** The county-level orgs (县、市、区科协) the user can see, as a single choice. */
export function DistrictSelect({
  value,
  onChange,
  placeholder,
  style,
  id,
}: {
  value?: number | null;
  onChange?: (v: number | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}) {
  const { roots, isLoading } = useOrgTree(true);
  const options = useMemo(() => {
    const out: Array<{ value: number; label: string }> = [];
    const walk = (ns: TOrgNode[]) => {
      for (const n of ns) {
        if (n.kind === 'district') out.push({ value: n.id, label: n.shortName ?? n.name });
        else walk(n.children);
      }
    };
    walk(roots);
    return out;
  }, [roots]);
  return (
    <Select<number>
      id={id}
      aria-label={placeholder}
      allowClear
      loading={isLoading}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      style={style}
    />
  );
}
