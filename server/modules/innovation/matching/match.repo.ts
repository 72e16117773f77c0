import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { LENGTH_TERM, STRONG_PREFIX, type TAchievementText, type TExpertProfile } from './match.profile.js';

// The only SQL of the matcher. expert_terms holds, per expert, the raw field-weighted frequency of every
// term of the profile, plus one LENGTH_TERM row with the profile's weighted length;
// match_term_stats holds the document frequency of every term plus the EXPERTS_TERM row (corpus size).

/** Sentinel rows of match_term_stats (no real term contains "#"): number of indexed experts, and the
 * sum of their rounded profile lengths (for the corpus average length). */
export const EXPERTS_TERM = '#n';
export const LENGTH_SUM_TERM = '#lensum';

const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;
const intArray = (values: number[]) => sql`${sql.param(values)}::int[]`;

export async function loadProfiles(db: DbOrTx, ids: number[]): Promise<Map<number, TExpertProfile & { orgId: number; orgPath: string; isPublic: boolean }>> {
  const out = new Map<number, TExpertProfile & { orgId: number; orgPath: string; isPublic: boolean }>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{
    id: number;
    name: string;
    unit: string | null;
    title: string | null;
    disciplines: string[];
    industries: string[];
    keywords: string[];
    bio: string | null;
    org_id: number;
    org_path: string;
    is_public: boolean;
  }>(
    db,
    sql`select e.id, e.name, e.unit, e.title, e.disciplines, e.industries, e.keywords, e.bio, e.org_id, e.is_public, o.path as org_path
        from experts e join orgs o on o.id = e.org_id where e.id = any(${intArray(ids)})`,
  );
  for (const r of rows)
    out.set(r.id, {
      id: r.id,
      name: r.name,
      unit: r.unit,
      title: r.title,
      disciplines: r.disciplines ?? [],
      industries: r.industries ?? [],
      keywords: r.keywords ?? [],
      bio: r.bio,
      achievements: [],
      orgId: r.org_id,
      orgPath: r.org_path,
      isPublic: r.is_public,
    });
  const achievements = await queryRows<TAchievementText & { expert_id: number }>(
    db,
    sql`select expert_id, kind, title, abstract, keywords, year from expert_achievements
        where expert_id = any(${intArray(ids)}) order by expert_id, year desc nulls last, id`,
  );
  for (const a of achievements)
    out.get(a.expert_id)?.achievements.push({ kind: a.kind, title: a.title, abstract: a.abstract, keywords: a.keywords ?? [], year: a.year });
  return out;
}

/** Replaces an expert's rows in expert_terms and moves the document frequencies accordingly. */
export async function replaceExpertTerms(tx: DbOrTx, expertId: number, tf: Map<string, number> | null, length: number): Promise<void> {
  const old = await queryRows<{ term: string; weight: number }>(tx, sql`delete from expert_terms where expert_id = ${expertId} returning term, weight`);
  const oldTerms = old.map((o) => o.term).filter((t) => t !== LENGTH_TERM);
  const oldLength = Number(old.find((o) => o.term === LENGTH_TERM)?.weight ?? 0);
  const wasIndexed = old.length > 0;
  const newTerms = tf ? [...tf.keys()] : [];
  const oldSet = new Set(oldTerms);
  const newSet = new Set(newTerms);
  const gone = oldTerms.filter((t) => !newSet.has(t));
  const added = newTerms.filter((t) => !oldSet.has(t));
  if (tf) {
    const terms = [...newTerms, LENGTH_TERM];
    const weights = [...newTerms.map((t) => tf.get(t)!), length];
    await tx.execute(
      sql`insert into expert_terms (expert_id, term, weight)
          select ${expertId}, t, w from unnest(${textArray(terms)}, ${sql.param(weights)}::real[]) as x(t, w)`,
    );
  }
  // All document-frequency moves in one statement, in term order: concurrent expert writes lock the
  // shared rows in the same order and cannot deadlock.
  const deltas = new Map<string, number>();
  for (const t of gone) deltas.set(t, -1);
  for (const t of added) deltas.set(t, 1);
  const expertsDelta = (tf ? 1 : 0) - (wasIndexed ? 1 : 0);
  const lengthDelta = (tf ? roundedLength(length) : 0) - (wasIndexed ? roundedLength(oldLength) : 0);
  if (expertsDelta !== 0) deltas.set(EXPERTS_TERM, expertsDelta);
  if (lengthDelta !== 0) deltas.set(LENGTH_SUM_TERM, lengthDelta);
  if (deltas.size === 0) return;
  const sorted = [...deltas.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  await tx.execute(
    sql`insert into match_term_stats (term, df)
        select t, d from unnest(${textArray(sorted.map((e) => e[0]))}, ${intArray(sorted.map((e) => e[1]))}) with ordinality as x(t, d, o) order by o
        on conflict (term) do update set df = match_term_stats.df + excluded.df`,
  );
  if (gone.length > 0 || expertsDelta < 0)
    await tx.execute(sql`delete from match_term_stats where df <= 0 and term = any(${textArray([...gone, EXPERTS_TERM, LENGTH_SUM_TERM])})`);
}

/** A profile length as counted in the LENGTH_SUM_TERM total (stored as float4 in expert_terms, so rounded the same way both ways). */
export function roundedLength(length: number): number {
  return Math.round(Math.fround(length));
}

/** Marks the index's pages all-visible so candidate generation runs as an index-only scan (outside a transaction). */
export async function vacuumMatchIndex(db: DbOrTx): Promise<void> {
  await db.execute(sql`vacuum analyze expert_terms`);
  await db.execute(sql`analyze match_term_stats`);
}

/**
 * Empties the index for a full rebuild and drops its two indexes, so millions of rows load without
 * random B-tree inserts; `endBulkRebuild` recreates them exactly as the migration defines them.
 * Inside the rebuild transaction: other sessions wait on the table until it commits.
 */
export async function beginBulkRebuild(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`truncate expert_terms, match_term_stats`);
  await tx.execute(sql`drop index if exists expert_terms_pk`);
  await tx.execute(sql`drop index if exists expert_terms_expert_idx`);
}

export async function endBulkRebuild(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`create unique index if not exists expert_terms_pk on expert_terms using btree (term, expert_id)`);
  await tx.execute(sql`create index if not exists expert_terms_expert_idx on expert_terms using btree (expert_id)`);
}

export async function allExpertIds(db: DbOrTx): Promise<number[]> {
  return (await queryRows<{ id: number }>(db, sql`select id from experts order by id`)).map((r) => r.id);
}

/** Bulk insert of many experts' rows (rebuild): no per-row df maintenance, stats written once at the end. */
export async function insertTermRows(db: DbOrTx, rows: { ids: number[]; terms: string[]; weights: number[] }): Promise<void> {
  if (rows.ids.length === 0) return;
  await db.execute(
    sql`insert into expert_terms (expert_id, term, weight)
        select e, t, w from unnest(${intArray(rows.ids)}, ${textArray(rows.terms)}, ${sql.param(rows.weights)}::real[]) as x(e, t, w)`,
  );
}

export async function writeTermStats(db: DbOrTx, df: Map<string, number>): Promise<void> {
  const entries = [...df.entries()];
  for (let i = 0; i < entries.length; i += 20_000) {
    const chunk = entries.slice(i, i + 20_000);
    await db.execute(
      sql`insert into match_term_stats (term, df) select t, d from unnest(${textArray(chunk.map((c) => c[0]))}, ${intArray(chunk.map((c) => c[1]))}) as x(t, d)
          on conflict (term) do update set df = excluded.df`,
    );
  }
}

export async function countTermRows(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from expert_terms`);
  return row?.n ?? 0;
}

/** Document frequencies of the given terms, the corpus size and the average profile length. */
export async function termStats(db: DbOrTx, terms: string[]): Promise<{ n: number; avgLength: number; df: Map<string, number> }> {
  const rows = await queryRows<{ term: string; df: number }>(
    db,
    sql`select term, df from match_term_stats where term = any(${textArray([...terms, EXPERTS_TERM, LENGTH_SUM_TERM])})`,
  );
  const df = new Map<string, number>();
  let n = 0;
  let lengthSum = 0;
  for (const r of rows) {
    if (r.term === EXPERTS_TERM) n = r.df;
    else if (r.term === LENGTH_SUM_TERM) lengthSum = r.df;
    else df.set(r.term, r.df);
  }
  return { n, avgLength: n > 0 ? lengthSum / n : 0, df };
}

export interface TExpertFilterSql {
  publicOnly: boolean;
  cluster?: string;
  discipline?: string;
  /** Materialized org path prefix ("/1/5/"). */
  orgPathPrefix?: string;
}

function expertConditions(f: TExpertFilterSql): SQL[] {
  const conds: SQL[] = [];
  if (f.publicOnly) conds.push(sql`e.is_public`);
  if (f.cluster) conds.push(sql`e.industries @> ${textArray([f.cluster])}`);
  if (f.discipline) conds.push(sql`e.disciplines @> ${textArray([f.discipline])}`);
  if (f.orgPathPrefix) conds.push(sql`e.org_id in (select o.id from orgs o where o.path like ${`${f.orgPathPrefix}%`})`);
  return conds;
}

export interface TCandidate {
  id: number;
  name: string;
  industries: string[];
  orgPath: string;
  /** Stored frequencies of the query's terms (and the LENGTH_TERM row). */
  tf: Map<string, number>;
  length: number;
}

/**
 * Candidate generation and everything re-scoring needs, in one round trip: the experts with the
 * largest weighted count of the selected (selective) terms — an index-only scan of expert_terms_pk,
 * no weights read — then, for those, their stored frequencies of every query term, name, industries
 * and org path.
 */
export async function matchCandidates(
  db: DbOrTx,
  sel: { terms: string[]; weights: number[]; limits: number[] },
  allTerms: string[],
  filters: TExpertFilterSql,
  cap: number,
  /** Score exactly these experts instead of generating candidates. */
  only?: number[],
): Promise<TCandidate[]> {
  if (sel.terms.length === 0 && !only) return [];
  const conds = expertConditions(filters);
  const selective = !!(filters.cluster || filters.discipline || filters.orgPathPrefix);
  // A selective filter is applied to the postings (a hashed set of the matching experts), with a wider
  // postings budget since most postings will not pass; otherwise filters apply to the candidates.
  const limits = selective ? sel.limits.map((l) => l * 3) : sel.limits;
  const q = sql`with q(term, w, lim) as (select * from unnest(${textArray(sel.terms)}, ${sql.param(sel.weights)}::float8[], ${intArray(limits)})),
    c as (
      ${only ? sql`select id, 0::float8 as s from unnest(${intArray(only)}) as o(id)` : sql``}
      ${only ? sql`` : sql`select p.expert_id as id, sum(q.w) as s`}
      ${only ? sql`` : sql`from q cross join lateral (select t.expert_id from expert_terms t where t.term = q.term limit q.lim) p
      ${selective ? sql`where p.expert_id in (select e.id from experts e where ${sql.join(conds, sql` and `)})` : sql``}
      group by p.expert_id order by s desc, p.expert_id limit ${selective ? cap : Math.ceil(cap * 1.25)}`}
    )
    select c.id, e.name, e.industries, o.path as org_path, x.terms, x.weights
    from c join experts e on e.id = c.id join orgs o on o.id = e.org_id
    cross join lateral (
      select array_agg(t.term) as terms, array_agg(t.weight) as weights
      from unnest(${textArray([...allTerms, LENGTH_TERM])}) as a(term) join expert_terms t on t.term = a.term and t.expert_id = c.id
    ) x
    ${conds.length > 0 ? sql`where ${sql.join(conds, sql` and `)}` : sql``}
    order by c.s desc, c.id limit ${cap}`;
  const rows = await queryRows<{ id: number; name: string; industries: string[]; org_path: string; terms: string[] | null; weights: Array<number | string> | null }>(db, q);
  return rows.map((r) => {
    const tf = new Map<string, number>();
    let length = 0;
    (r.terms ?? []).forEach((term, i) => {
      const w = Number(r.weights![i]);
      if (term === LENGTH_TERM) length = w;
      else tf.set(term, w);
    });
    return { id: r.id, name: r.name, industries: r.industries ?? [], orgPath: r.org_path, tf, length };
  });
}

/** Every stored term of one expert (for the expert → demands direction). */
export async function allTermsOfExpert(db: DbOrTx, expertId: number): Promise<{ tf: Map<string, number>; length: number } | null> {
  const rows = await queryRows<{ term: string; weight: number }>(db, sql`select term, weight from expert_terms where expert_id = ${expertId}`);
  if (rows.length === 0) return null;
  const tf = new Map<string, number>();
  let length = 0;
  for (const r of rows) {
    if (r.term === LENGTH_TERM) length = r.weight;
    else if (!r.term.startsWith(STRONG_PREFIX)) tf.set(r.term, r.weight);
  }
  return { tf, length };
}

/** Resolves a district filter (org code or numeric id) to the org's materialized path and display name. */
export async function orgByCodeOrId(db: DbOrTx, codeOrId: string | number): Promise<{ id: number; path: string; name: string } | undefined> {
  const s = String(codeOrId).trim();
  const byId = /^\d{1,9}$/.test(s) ? sql`id = ${Number(s)} or ` : sql``;
  const [row] = await queryRows<{ id: number; path: string; name: string }>(
    db,
    sql`select id, path, name from orgs where ${byId}code = ${s} order by (code = ${s}) desc limit 1`,
  );
  return row;
}

/** Org rows by id (for district signals). */
export async function orgsByIds(db: DbOrTx, ids: number[]): Promise<Map<number, { path: string; name: string; kind: string; depth: number }>> {
  const out = new Map<number, { path: string; name: string; kind: string; depth: number }>();
  if (ids.length === 0) return out;
  const rows = await queryRows<{ id: number; path: string; name: string; kind: string; depth: number }>(
    db,
    sql`select id, path, name, kind, depth from orgs where id = any(${intArray(ids)})`,
  );
  for (const r of rows) out.set(r.id, r);
  return out;
}

/** Orgs on a materialized path (ancestors included), to find the district of an org. */
export async function orgsOnPath(db: DbOrTx, path: string): Promise<Array<{ id: number; path: string; name: string; kind: string; depth: number }>> {
  const ids = path.split('/').filter(Boolean).map(Number);
  return [...(await orgsByIds(db, ids)).entries()].map(([id, o]) => ({ id, ...o })).sort((a, b) => a.depth - b.depth);
}

export interface TDemandRow {
  id: number;
  title: string;
  description: string;
  cluster: string | null;
  industries: string[];
  keywords: string[];
  org_id: number;
  confidentiality: 'public' | 'staff';
}

/**
 * Candidate demands for an expert (published or docking; staff-only ones only when allowed), by the
 * demands' own full-text index and the expert's most telling terms.
 */
export async function candidateDemands(db: DbOrTx, tsquery: string, opts: { includeStaffOnly: boolean; cap: number }): Promise<TDemandRow[]> {
  if (!tsquery) return [];
  return queryRows<TDemandRow>(
    db,
    sql`select id, title, description, cluster, industries, keywords, org_id, confidentiality from demands
        where status in ('published', 'docking') ${opts.includeStaffOnly ? sql`` : sql`and confidentiality = 'public'`}
          and search_tsv @@ to_tsquery('simple', ${tsquery})
        order by ts_rank(search_tsv, to_tsquery('simple', ${tsquery})) desc, id desc limit ${opts.cap}`,
  );
}

/** Recent open demands (fallback when the demands' text index finds nothing, e.g. empty search_text). */
export async function recentOpenDemands(db: DbOrTx, opts: { includeStaffOnly: boolean; cap: number }): Promise<TDemandRow[]> {
  return queryRows<TDemandRow>(
    db,
    sql`select id, title, description, cluster, industries, keywords, org_id, confidentiality from demands
        where status in ('published', 'docking') ${opts.includeStaffOnly ? sql`` : sql`and confidentiality = 'public'`}
        order by coalesce(published_at, created_at) desc, id desc limit ${opts.cap}`,
  );
}
