import type { TableColumnType } from 'antd';
import { useCallback, useState } from 'react';

/** A list column: a `key` is required (column settings and sorting name columns by it). */
export type TListColumn<R> = TableColumnType<R> & { key: string };

/** Width of a column that does not say. */
export const DEFAULT_COLUMN_WIDTH = 120;

const storageKey = (tableId: string) => `kexie.columns.${tableId}`;

function readHidden(tableId: string): string[] | null {
  try {
    const raw = localStorage.getItem(storageKey(tableId));
    const v: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

/**
 * The columns a user chose to hide in one table, remembered in localStorage (per browser, per table).
 * `defaults` are hidden until the user chooses otherwise.
 */
export function useHiddenColumns(tableId: string, defaults: readonly string[] = []) {
  const [hidden, setHidden] = useState<string[]>(() => readHidden(tableId) ?? [...defaults]);
  const save = useCallback(
    (next: string[]) => {
      setHidden(next);
      try {
        localStorage.setItem(storageKey(tableId), JSON.stringify(next));
      } catch {
        // storage blocked: the choice lasts for this page only
      }
    },
    [tableId],
  );
  const toggle = useCallback((key: string, visible: boolean) => save(visible ? hidden.filter((k) => k !== key) : [...hidden, key]), [hidden, save]);
  const reset = useCallback(() => {
    setHidden([...defaults]);
    try {
      localStorage.removeItem(storageKey(tableId));
    } catch {
      // storage blocked
    }
  }, [defaults, tableId]);
  return { hidden, toggle, reset };
}

/** A column the user may not hide: the first one (it names the row) and the row actions. */
export const isLockedColumn = (index: number, col: { key: string; fixed?: unknown }) => index === 0 || col.key === 'actions';

/**
 * The visible columns, laid out for a wide table: the first column fixed left (it names the row while
 * the rest scrolls), every column with a width, and the scroll width their sum.
 */
export function layoutColumns<R>(columns: TListColumn<R>[], hidden: readonly string[]) {
  const visible = columns
    .filter((c, i) => isLockedColumn(i, c) || !hidden.includes(c.key))
    .map((c, i) => ({ ...c, width: c.width ?? DEFAULT_COLUMN_WIDTH, ...(i === 0 ? { fixed: 'left' as const } : {}) }));
  const scrollX = visible.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : DEFAULT_COLUMN_WIDTH), 0);
  return { visible, scrollX };
}
