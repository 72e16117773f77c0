/** One line of a before/after comparison. */
export interface TDiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Fields of an audit entry's before/after. An update lists only the changed fields; a create
 * (no before) or delete (no after) lists every field of the side that exists.
 */
export function auditDiff(before: unknown, after: unknown): TDiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    return [{ field: '', before, after, changed: !same(before, after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys.map((field) => ({ field, before: b[field], after: a[field], changed: !same(b[field], a[field]) }));
  const oneSided = !isRecord(before) || !isRecord(after);
  return oneSided ? rows : rows.filter((r) => r.changed);
}

/** A value as the audit table shows it. */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('、') : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
