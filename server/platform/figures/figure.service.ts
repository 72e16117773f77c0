import type { DbOrTx } from '../../db/client.js';
import { type TActor, can } from '../auth/policy.js';
import { AppError, badRequest, forbidden } from '../errors.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { TFigureOut, TFigureRowsOut, TFigureRowsQuery, TFiguresOut, TFiguresQuery } from './figure.schemas.js';
import type { TFigure, TFigureQuery } from './figure.types.js';

// The figures registry behind GET /api/v1/figures: which figures exist, for which slice (org subtree,
// inclusive dates), and whether the actor may read them.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day between 1900 and 2100, or undefined. @throws AppError FIGURE_DATE_INVALID */
function parseDay(value: string | undefined, field: 'from' | 'to'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const m = DAY.exec(value);
  const ok =
    m &&
    Number(m[1]) >= 1900 &&
    Number(m[1]) <= 2100 &&
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
  if (!ok)
    throw badRequest('FIGURE_DATE_INVALID', `日期「${value}」无效，应为 YYYY-MM-DD`, `Invalid date "${value}": use YYYY-MM-DD`, [
      { path: field, message: '日期格式应为 YYYY-MM-DD' },
    ]);
  return value;
}

interface TSlice {
  q: TFigureQuery;
  orgId: number;
  orgName: string;
}

/** @throws AppError FIGURE_DATE_INVALID, FIGURE_RANGE_INVALID, NOT_FOUND (org outside the actor's scope) */
async function resolveSlice(db: DbOrTx, actor: TActor, query: { org?: number; from?: string; to?: string }): Promise<TSlice> {
  const from = parseDay(query.from, 'from');
  const to = parseDay(query.to, 'to');
  if (from && to && from > to)
    throw badRequest('FIGURE_RANGE_INVALID', '起始日期不能晚于截止日期', 'from is after to', [{ path: 'from', message: '不能晚于截止日期' }]);
  const org = await getOrgInScope(db, actor, query.org ?? actor.orgId);
  return { q: { orgPath: org.path, from, to }, orgId: org.id, orgName: org.name };
}

function rowsUrl(key: string, s: TSlice): string {
  const p = new URLSearchParams({ org: String(s.orgId) });
  if (s.q.from) p.set('from', s.q.from);
  if (s.q.to) p.set('to', s.q.to);
  return `/api/v1/figures/${encodeURIComponent(key)}/rows?${p}`;
}

async function figureOut(db: DbOrTx, actor: TActor, f: TFigure, s: TSlice): Promise<TFigureOut> {
  return {
    key: f.key,
    value: await f.compute(db, s.q, actor),
    label: f.label,
    labelEn: f.labelEn,
    unit: f.unit,
    unitEn: f.unitEn,
    description: f.description,
    descriptionEn: f.descriptionEn,
    rowsUrl: rowsUrl(f.key, s),
  };
}

const unknownFigures = (keys: string[]) =>
  badRequest('FIGURE_UNKNOWN', `没有这些指标：${keys.join('、')}`, `Unknown figures: ${keys.join(', ')}`, [{ path: 'keys', message: keys.join(', ') }]);

/**
 * Figures for one slice. Without `keys`: every figure the actor may read (the others are left out).
 * With `keys`: exactly those, and asking for one the actor may not read is 403 — a caller that names a
 * figure learns it is refused rather than finding it silently missing.
 * @throws AppError FIGURE_UNKNOWN, FORBIDDEN, FIGURE_DATE_INVALID, FIGURE_RANGE_INVALID, NOT_FOUND
 */
export async function readFigures(db: DbOrTx, actor: TActor, figures: readonly TFigure[], query: TFiguresQuery): Promise<TFiguresOut> {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  let chosen: TFigure[];
  if (query.keys?.trim()) {
    const keys = [...new Set(query.keys.split(',').map((k) => k.trim()).filter(Boolean))];
    const unknown = keys.filter((k) => !byKey.has(k));
    if (unknown.length > 0) throw unknownFigures(unknown);
    chosen = keys.map((k) => byKey.get(k)!);
    if (chosen.some((f) => !can(actor, f.action))) throw forbidden('没有权限查看其中的部分指标', 'You may not read some of these figures');
  } else {
    chosen = figures.filter((f) => can(actor, f.action));
  }
  const s = await resolveSlice(db, actor, query);
  const items: TFigureOut[] = [];
  for (const f of chosen) items.push(await figureOut(db, actor, f, s));
  return { orgId: s.orgId, orgName: s.orgName, from: s.q.from ?? null, to: s.q.to ?? null, items };
}

/**
 * The drill-down of one figure: the rows it counts, paged, for the same slice.
 * @throws AppError FIGURE_NOT_FOUND (404), FORBIDDEN, FIGURE_DATE_INVALID, FIGURE_RANGE_INVALID, NOT_FOUND (org)
 */
export async function readFigureRows(
  db: DbOrTx,
  actor: TActor,
  figures: readonly TFigure[],
  key: string,
  query: TFigureRowsQuery,
): Promise<TFigureRowsOut> {
  const f = figures.find((x) => x.key === key);
  if (!f) throw new AppError(404, 'FIGURE_NOT_FOUND', `没有指标「${key}」`, `No figure "${key}"`);
  if (!can(actor, f.action)) throw forbidden();
  const s = await resolveSlice(db, actor, query);
  const page = { page: query.page, pageSize: query.pageSize };
  const [figure, rows] = [await figureOut(db, actor, f, s), await f.rows(db, s.q, page, actor)];
  return { orgId: s.orgId, orgName: s.orgName, from: s.q.from ?? null, to: s.q.to ?? null, figure, ...page, ...rows };
}
