import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { TAction } from '../auth/policy.js';
import type { TFigure, TFigureColumn, TFigureQuery, TFigureRowsPage } from './figure.types.js';

// Declaring a figure once: one SQL base query yields the rows; the number is count(*) (or sum of one
// column) over exactly that query and the drill-down pages through the same query, so the two cannot
// disagree.

/** A timestamp column read as a calendar date in China (the day a user would name). */
export const chinaDate = (column: SQL | import('drizzle-orm').Column) => sql`((${column}) at time zone 'Asia/Shanghai')::date`;

/** Org subtree condition: `orgColumn` lies under the org with this materialized path. */
export const orgSubtree = (orgColumn: SQL | import('drizzle-orm').Column, orgPath: string) =>
  sql`(${orgColumn}) in (select o.id from orgs o where o.path like ${`${orgPath}%`})`;

/** Inclusive date range on a `date` expression; unbounded ends add nothing. */
export function dateRange(dateExpr: SQL, q: Pick<TFigureQuery, 'from' | 'to'>): SQL {
  const parts: SQL[] = [];
  if (q.from) parts.push(sql`(${dateExpr}) >= ${q.from}::date`);
  if (q.to) parts.push(sql`(${dateExpr}) <= ${q.to}::date`);
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

/** A year column (立项年度) against a date range: the years the range touches, inclusive. */
export function yearRange(yearExpr: SQL, q: Pick<TFigureQuery, 'from' | 'to'>): SQL {
  const parts: SQL[] = [];
  if (q.from) parts.push(sql`(${yearExpr}) >= ${Number(q.from.slice(0, 4))}`);
  if (q.to) parts.push(sql`(${yearExpr}) <= ${Number(q.to.slice(0, 4))}`);
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

export interface TFigureMeta {
  key: string;
  label: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  description: string;
  descriptionEn: string;
  action: TAction;
}

export interface TFigureColumnDef extends TFigureColumn {
  /** The value; cast dates to text and numerics to float8 so both drivers return plain JSON. */
  sql: SQL;
}

export interface TFigureDef extends TFigureMeta {
  /** The drill-down columns; the first is the row's id. */
  columns: readonly TFigureColumnDef[];
  /** The rows the figure counts, as `select <columns> from … where …` without the select list (added). */
  base: (q: TFigureQuery) => { from: SQL; where: SQL; groupBy?: SQL };
  /** Sum of this column instead of count(*) (e.g. contract value); must be one of `columns`. */
  sum?: string;
  /** Order of the drill-down: a column key, newest/largest first unless `asc`. */
  orderBy: { key: string; asc?: boolean };
}

function baseSelect(def: TFigureDef, q: TFigureQuery): SQL {
  const b = def.base(q);
  const cols = sql.join(
    def.columns.map((c) => sql`${c.sql} as ${sql.identifier(c.key)}`),
    sql`, `,
  );
  return sql`select ${cols} from ${b.from} where ${b.where}${b.groupBy ? sql` group by ${b.groupBy}` : sql``}`;
}

type TCell = string | number | boolean | null;

function cell(v: unknown): TCell {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/**
 * A figure from one base query: `compute` is count(*) — or sum(`sum`) — over it, `rows` pages it.
 * The actor is not consulted here: the registry has already checked the action and that `q.orgPath`
 * lies in the actor's scope, and the base query is limited to that subtree.
 */
export function defineFigure(def: TFigureDef): TFigure {
  if (def.sum && !def.columns.some((c) => c.key === def.sum)) throw new Error(`figure ${def.key}: sum column ${def.sum} is not a column`);
  if (!def.columns.some((c) => c.key === def.orderBy.key)) throw new Error(`figure ${def.key}: orderBy ${def.orderBy.key} is not a column`);
  const { columns: _c, base: _b, sum: _s, orderBy: _o, ...meta } = def;
  const columns: TFigureColumn[] = def.columns.map(({ key, label, labelEn }) => ({ key, label, labelEn }));
  const idKey = sql.identifier(def.columns[0].key);
  return {
    ...meta,
    async compute(db: DbOrTx, q: TFigureQuery) {
      // Sums of float8 cells carry binary noise (29660.420000000002): round to 6 decimals, far below 万元 cents.
      const value = def.sum ? sql`round(coalesce(sum(b.${sql.identifier(def.sum)}), 0)::numeric, 6)::float8` : sql`count(*)::int`;
      const [row] = await queryRows<{ value: number | string }>(db, sql`select ${value} as value from (${baseSelect(def, q)}) b`);
      return Number(row?.value ?? 0);
    },
    async rows(db: DbOrTx, q: TFigureQuery, page: { page: number; pageSize: number }): Promise<TFigureRowsPage> {
      const base = baseSelect(def, q);
      const dir = def.orderBy.asc ? sql`asc` : sql`desc`;
      const [count, items] = await Promise.all([
        queryRows<{ n: number | string }>(db, sql`select count(*)::int as n from (${base}) b`),
        queryRows<Record<string, unknown>>(
          db,
          sql`select * from (${base}) b order by b.${sql.identifier(def.orderBy.key)} ${dir} nulls last, b.${idKey} desc
              limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
        ),
      ]);
      return {
        total: Number(count[0]?.n ?? 0),
        columns,
        items: items.map((r) => Object.fromEntries(columns.map((c) => [c.key, cell(r[c.key])]))),
      };
    },
  };
}

export interface TCountFigureDef extends TFigureMeta {
  /** FROM clause (a table with an alias, joins allowed). */
  from: SQL;
  /** Column holding the org whose subtree the figure is computed for. */
  orgColumn: SQL;
  /** A `date` expression (see chinaDate), or a year column (立项年度) with `dateIsYear`. */
  dateColumn?: SQL;
  dateIsYear?: boolean;
  /** What else a row must satisfy (state, kind …). */
  where?: SQL;
  columns: readonly TFigureColumnDef[];
  sum?: string;
  orderBy: { key: string; asc?: boolean };
}

/** The common shape: rows of one table (with joins) in an org subtree, dated by one column. */
export function defineCountFigure(def: TCountFigureDef): TFigure {
  const { from, orgColumn, dateColumn, dateIsYear, where, ...rest } = def;
  return defineFigure({
    ...rest,
    base: (q) => ({
      from,
      where: sql.join(
        [
          orgSubtree(orgColumn, q.orgPath),
          dateColumn ? (dateIsYear ? yearRange(dateColumn, q) : dateRange(dateColumn, q)) : sql`true`,
          where ?? sql`true`,
        ],
        sql` and `,
      ),
    }),
  });
}
