import { z } from 'zod';

// Cell parsers shared by the innovation registries' spreadsheets (enterprises, experts, demands).

/** Separators accepted between several values in one cell (集群, 关键词 …). */
const LIST_SEPARATORS = /[、,，;；\n]+/;

export const splitList = (cell: string) => [...new Set(cell.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean))];

/** 是/否, Y/N, true/false, 1/0 → boolean; anything else is left for the schema to refuse. */
export function parseYesNo(cell: string): unknown {
  const s = cell.trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(s)) return true;
  if (['否', 'n', 'no', 'false', '0', '×'].includes(s)) return false;
  return cell;
}

export const formatYesNo = (v: unknown) => (v === true ? '是' : v === false ? '否' : null);

/** Spaces and dashes inside a mobile number, and a +86 prefix, are how people write it; not part of it. */
export function parsePhone(cell: string): string {
  const s = cell.replace(/\s+/g, '').replace(/^(\+|00)86-?/, '');
  return /^1[\d-]+$/.test(s) ? s.replace(/-/g, '') : s;
}

/** 50, 50.5, 50万, 1,200 → a number; anything else is left for the schema to refuse. */
export function parseAmount(cell: string): unknown {
  const s = cell.replace(/[,，\s]/g, '').replace(/万元?$/, '');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : cell;
}

/** 2027-06-30, 2027/6/30, 2027.6.30, 2027年6月30日 → 2027-06-30; anything else is left for the schema. */
export function parseDate(cell: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?$/.exec(cell.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
}

/** Refuses a masked value from an export (138****5678) instead of storing the stars. */
export const notMasked = (what: string) =>
  z.string().refine((s) => !s.includes('*'), `${what}是脱敏后的值，不能导入；请填写完整的${what}或清空该单元格 / a masked value cannot be imported`);

/** Message for an org cell that names no org, or several. */
export function orgIssue(column: string, text: string, error: 'not_found' | 'ambiguous') {
  return error === 'not_found'
    ? { column, message: `组织不存在：${text}`, messageEn: `No such org: ${text}` }
    : { column, message: `“${text}”对应多个组织，请填写组织全称`, messageEn: `"${text}" names several orgs: use the full name` };
}
