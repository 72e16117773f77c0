import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import type { DefaultOptionType } from 'antd/es/select';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../../app/i18n';
import { type TPickItem, searchDemands, searchEnterprises, searchExperts } from './api';

type TKind = 'experts' | 'enterprises' | 'demands';

const SEARCH: Record<TKind, (text: string, signal?: AbortSignal) => Promise<TPickItem[]>> = {
  experts: searchExperts,
  enterprises: searchEnterprises,
  demands: searchDemands,
};

/** The search text, settled for a moment before it is sent. */
function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

interface TBaseProps {
  kind: TKind;
  /** Records already linked (from the server's refs): their names show before any search. */
  known?: TPickItem[];
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
  /** At most this many (multiple mode). */
  maxCount?: number;
}

export interface TRecordPickerProps extends TBaseProps {
  multiple?: false;
  value?: number | null;
  onChange?: (v: number | null) => void;
}
export interface TRecordMultiPickerProps extends TBaseProps {
  multiple: true;
  value?: number[];
  onChange?: (v: number[]) => void;
}

/**
 * Picks experts, enterprises or demands by searching their registries on the server (name, pinyin,
 * credit code …). Works as an antd Form control; the value is the id (or ids).
 */
export function RecordPicker(props: TRecordPickerProps | TRecordMultiPickerProps) {
  const t = useT();
  const { kind, known, placeholder, disabled, id, style, maxCount } = props;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebounced(text.trim());
  const labels = useRef(new Map<number, TPickItem>());
  for (const k of known ?? []) if (!labels.current.has(k.id)) labels.current.set(k.id, k);

  const found = useQuery({
    queryKey: ['picker', kind, search],
    queryFn: ({ signal }) => SEARCH[kind](search, signal),
    enabled: open,
    staleTime: 30_000,
  });
  for (const item of found.data ?? []) labels.current.set(item.id, item);

  const selected = useMemo(
    () => (props.multiple ? (props.value ?? []) : props.value != null ? [props.value] : []),
    [props.multiple, props.value],
  );
  const options = useMemo(() => {
    const items = [...(found.data ?? [])];
    // Keep the chosen records among the options, so the field shows their names.
    for (const idv of selected) if (!items.some((i) => i.id === idv)) items.push(labels.current.get(idv) ?? { id: idv, label: `#${idv}` });
    return items.map((i) => ({
      value: i.id,
      label: i.label,
      title: i.hint ? `${i.label} · ${i.hint}` : i.label,
      item: i,
    }));
  }, [found.data, selected]);

  const common = {
    id,
    style,
    disabled,
    placeholder: placeholder ?? t(`kc.picker.${kind}` as 'kc.picker.experts'),
    'aria-label': props['aria-label'] ?? placeholder,
    allowClear: true,
    options,
    open,
    onOpenChange: setOpen,
    showSearch: { filterOption: false, onSearch: setText, searchValue: text, autoClearSearchValue: true },
    notFoundContent: found.isFetching ? <Spin size="small" /> : t('kc.picker.none'),
    optionRender: (o: { data: DefaultOptionType }) => {
      const item = o.data.item as TPickItem | undefined;
      return (
        <div style={{ lineHeight: 1.4 }}>
          <div>{o.data.label}</div>
          {item?.hint ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.hint}
            </Typography.Text>
          ) : null}
        </div>
      );
    },
  };

  if (props.multiple) {
    return (
      <Select<number[]>
        {...common}
        mode="multiple"
        maxCount={maxCount}
        value={props.value ?? []}
        onChange={(v) => props.onChange?.(v ?? [])}
      />
    );
  }
  return (
    <Select<number | null>
      {...common}
      value={props.value ?? undefined}
      onChange={(v) => {
        props.onChange?.(v ?? null);
        setText('');
      }}
    />
  );
}
