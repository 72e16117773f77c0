import type { DbOrTx } from '../../db/client.js';
import type { TAction, TActor } from '../auth/policy.js';

// Contract of the figures registry (issue: module kit §4). A figure is a named count (or sum) over one
// module's records for an org subtree and a date range, with a drill-down listing exactly the rows it
// counts. The implementation (registry, routes) lives beside this file; modules only declare figures.

/** The slice a figure is computed for. */
export interface TFigureQuery {
  /** Materialized path of the org whose subtree is counted (already checked against the actor's scope). */
  orgPath: string;
  /** Inclusive ISO dates (YYYY-MM-DD); undefined = unbounded. */
  from?: string;
  to?: string;
}

export interface TFigureColumn {
  key: string;
  label: string;
  labelEn: string;
}

export interface TFigureRowsPage {
  total: number;
  columns: TFigureColumn[];
  items: Array<Record<string, string | number | boolean | null>>;
}

/** A registered figure, e.g. key 'innovation.demands.published', label 技术需求发布数, unit 项. */
export interface TFigure {
  /** Stable, dotted: '<module>.<name>'. */
  key: string;
  label: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  /** One sentence on what is counted and by which date (shown beside the number). */
  description: string;
  descriptionEn: string;
  /** Who may read the figure and its rows. */
  action: TAction;
  /** The number. Must equal a count (or sum) over exactly the rows `rows` lists for the same query. */
  compute(db: DbOrTx, q: TFigureQuery, actor: TActor): Promise<number>;
  /** The drill-down: the rows the number counts, paged. */
  rows(db: DbOrTx, q: TFigureQuery, page: { page: number; pageSize: number }, actor: TActor): Promise<TFigureRowsPage>;
}
