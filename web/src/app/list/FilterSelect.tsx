import { Select } from 'antd';
import type { TListPatch } from './useListPage';

export interface TFilterSelectProps {
  /** The list state (`useListPage`): the value is the (validated) query field `name`, kept in the URL. */
  state: { query: object; update: (patch: TListPatch) => void };
  name: string;
  placeholder: string;
  /** Accessible name (default: the placeholder). */
  label?: string;
  options: Array<{ value: string; label: string }>;
  width: number;
  showSearch?: boolean;
}

/** A single-choice toolbar filter kept in the URL param `name` (cleared with ×; back to page 1). */
export function FilterSelect({ state, name, placeholder, label, options, width, showSearch }: TFilterSelectProps) {
  return (
    <Select<string>
      allowClear
      showSearch={showSearch}
      placeholder={placeholder}
      aria-label={label ?? placeholder}
      value={(state.query as Record<string, string | undefined>)[name]}
      onChange={(v) => state.update({ [name]: v })}
      options={options}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
}
