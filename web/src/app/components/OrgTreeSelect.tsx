import { CaretDownFilled } from '@ant-design/icons';
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useOrgTree } from '../hooks/useOrgTree';
import type { TOrgNode } from '../types';

interface TTreeOption {
  value: number;
  title: string;
  key: number;
  children: TTreeOption[];
}

const toOptions = (nodes: TOrgNode[]): TTreeOption[] => nodes.map((n) => ({ value: n.id, key: n.id, title: n.name, children: toOptions(n.children) }));

export interface TOrgTreeSelectProps {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
  /** A list page's filter: load the tree only when there is a value to name or the user reaches for it. */
  lazy?: boolean;
}

/**
 * Picks one org of the user's subtree (searchable by name). Works as an antd Form control.
 * In a form (a drawer or dialog, opened over a list already shown) the tree loads at once, so a name typed
 * straight away is found; a list page's filter (`lazy`) loads it when there is a value to name or the user
 * reaches for the control, so it does not queue a request in front of the list itself.
 */
export function OrgTreeSelect({ value, onChange, placeholder, allowClear = true, disabled, style, id, lazy = false, ...rest }: TOrgTreeSelectProps) {
  const [wanted, setWanted] = useState(!lazy);
  const { roots, isLoading } = useOrgTree(wanted || value != null);
  const want = () => setWanted(true);
  const treeData = useMemo(() => toOptions(roots), [roots]);
  const allKeys = useMemo(() => {
    const keys: number[] = [];
    const walk = (ns: TOrgNode[]) => {
      for (const n of ns) {
        keys.push(n.id);
        walk(n.children);
      }
    };
    walk(roots);
    return keys;
  }, [roots]);
  // Expansion is ours, not the dropdown's: antd works out the expanded nodes of a search when the search
  // text changes, so a name typed before the (lazily loaded) tree arrived left its match folded away under
  // the root. While searching every node is open (only the matches and their parents show).
  const [search, setSearch] = useState('');
  const [expandedKeys, setExpandedKeys] = useState<number[] | null>(null);
  const rootKeys = useMemo(() => roots.map((r) => r.id), [roots]);
  return (
    <TreeSelect<number>
      id={id}
      aria-label={rest['aria-label'] ?? placeholder}
      value={value ?? undefined}
      onChange={(v) => {
        setSearch('');
        onChange?.(v ?? undefined);
      }}
      treeData={treeData}
      loading={isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ treeNodeFilterProp: 'title', onSearch: setSearch }}
      treeExpandedKeys={search ? allKeys : (expandedKeys ?? rootKeys)}
      onTreeExpand={(keys) => {
        if (!search) setExpandedKeys(keys as number[]);
      }}
      switcherIcon={<CaretDownFilled aria-hidden />}
      popupMatchSelectWidth={false}
      style={style}
      onMouseEnter={want}
      onFocus={want}
      onOpenChange={(open) => open && want()}
    />
  );
}
