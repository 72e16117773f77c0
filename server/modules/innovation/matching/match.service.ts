import { sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows } from '../../../db/client.js';
import type { TActor } from '../../../platform/auth/policy.js';
import { indexTerms, queryUnits } from './match.text.js';
import {
  MATCH_LIMIT_DEFAULT,
  MATCH_LIMIT_MAX,
  type TDemandMatch,
  type TExpertMatch,
  type TMatchExpertsInput,
} from './match.types.js';

export type { TDemandMatch, TExpertMatch, TMatchExpertsInput } from './match.types.js';

const DF_TERM = '#n'; // sentinel row in match_term_stats: number of indexed experts

interface TExpertRow {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  disciplines: string[];
  industries: string[];
  keywords: string[];
  bio: string | null;
}

function profileWeights(e: TExpertRow, achievements: Array<{ title: string; abstract: string | null; keywords: string[] }>) {
  const tf = new Map<string, number>();
  const add = (text: string | null | undefined, w: number) => {
    for (const t of indexTerms(text)) tf.set(t, (tf.get(t) ?? 0) + w);
  };
  for (const k of e.keywords) add(k, 3);
  for (const k of e.industries) add(k, 2);
  for (const k of e.disciplines) add(k, 1.5);
  add(e.unit, 1);
  add(e.title, 0.5);
  add(e.bio, 1);
  for (const a of achievements) {
    add(a.title, 2);
    add(a.abstract, 1);
    for (const k of a.keywords) add(k, 2.5);
  }
  const out = new Map<string, number>();
  for (const [t, f] of tf) out.set(t, f / (f + 1));
  return out;
}

/**
 * Recomputes one expert's terms in the matcher index and the corpus document frequencies.
 * Call inside the transaction that writes the expert (and after deleting it: the terms go with it).
 */
export async function reindexExpert(tx: DbOrTx, expertId: number): Promise<void> {
  const old = await queryRows<{ term: string }>(tx, sql`delete from expert_terms where expert_id = ${expertId} returning term`);
  if (old.length > 0) {
    await tx.execute(sql`update match_term_stats set df = df - 1 where term = any(${sql.param(old.map((o) => o.term))}::text[])`);
    await tx.execute(sql`update match_term_stats set df = df - 1 where term = ${DF_TERM}`);
  }
  const [expert] = await queryRows<TExpertRow>(
    tx,
    sql`select id, name, unit, title, disciplines, industries, keywords, bio from experts where id = ${expertId}`,
  );
  if (!expert) return;
  const achievements = await queryRows<{ title: string; abstract: string | null; keywords: string[] }>(
    tx,
    sql`select title, abstract, keywords from expert_achievements where expert_id = ${expertId}`,
  );
  const weights = profileWeights(expert, achievements);
  const terms = [...weights.keys()];
  if (terms.length > 0) {
    await tx.execute(
      sql`insert into expert_terms (expert_id, term, weight)
          select ${expertId}, t, w from unnest(${sql.param(terms)}::text[], ${sql.param(terms.map((t) => weights.get(t)!))}::real[]) as x(t, w)`,
    );
    await tx.execute(
      sql`insert into match_term_stats (term, df) select t, 1 from unnest(${sql.param(terms)}::text[]) as x(t)
          on conflict (term) do update set df = match_term_stats.df + 1`,
    );
  }
  await tx.execute(
    sql`insert into match_term_stats (term, df) values (${DF_TERM}, 1) on conflict (term) do update set df = match_term_stats.df + 1`,
  );
}

/** Rebuilds the whole matcher index (after bulk imports or seeding). */
export async function rebuildMatchIndex(
  db: Db,
  opts: { onProgress?(done: number, total: number): void } = {},
): Promise<{ experts: number; terms: number }> {
  await db.execute(sql`delete from expert_terms`);
  await db.execute(sql`delete from match_term_stats`);
  const ids = (await queryRows<{ id: number }>(db, sql`select id from experts order by id`)).map((r) => r.id);
  for (const [i, id] of ids.entries()) {
    await db.transaction(async (tx) => reindexExpert(tx, id));
    opts.onProgress?.(i + 1, ids.length);
  }
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from expert_terms`);
  return { experts: ids.length, terms: n };
}

/**
 * Ranks experts for a demand text. Experts are a city-wide resource: no org restriction for staff;
 * `actor` null (public showcase) sees public experts only.
 */
export async function matchExperts(db: Db, actor: TActor | null, input: TMatchExpertsInput): Promise<{ items: TExpertMatch[] }> {
  const limit = Math.min(Math.max(1, input.limit ?? MATCH_LIMIT_DEFAULT), MATCH_LIMIT_MAX);
  const units = queryUnits([input.text, ...(input.demand?.keywords ?? [])].join('\n'));
  if (units.length === 0) return { items: [] };
  const terms = units.map((u) => u.term);
  const rows = await queryRows<{ id: number; name: string; s: number }>(
    db,
    sql`select e.id, e.name, sum(t.weight)::float8 / ${terms.length} as s
        from expert_terms t join experts e on e.id = t.expert_id
        where t.term = any(${sql.param(terms)}::text[]) ${actor ? sql`` : sql`and e.is_public`}
        group by e.id, e.name order by s desc, e.id limit ${limit}`,
  );
  return { items: rows.map((r) => ({ expertId: r.id, name: r.name, score: Math.min(1, r.s), reasons: [] })) };
}

/** Ranks published/docking demands for an expert; staff-only demands only for staff actors. */
export async function matchDemandsForExpert(
  db: Db,
  actor: TActor | null,
  expertId: number,
  opts: { limit?: number } = {},
): Promise<{ items: TDemandMatch[] }> {
  const limit = Math.min(Math.max(1, opts.limit ?? MATCH_LIMIT_DEFAULT), MATCH_LIMIT_MAX);
  const isStaff = !!actor?.roles.some((r) => r === 'admin' || r === 'city_staff' || r === 'district_staff');
  const top = await queryRows<{ term: string }>(
    db,
    sql`select term from expert_terms where expert_id = ${expertId} order by weight desc limit 30`,
  );
  if (top.length === 0) return { items: [] };
  const tsq = top.map((t) => t.term.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join(' | ');
  const rows = await queryRows<{ id: number; title: string; s: number }>(
    db,
    sql`select id, title, ts_rank(search_tsv, to_tsquery('simple', ${tsq}))::float8 as s from demands
        where status in ('published', 'docking') ${isStaff ? sql`` : sql`and confidentiality = 'public'`}
          and search_tsv @@ to_tsquery('simple', ${tsq})
        order by s desc, id limit ${limit}`,
  );
  return { items: rows.map((r) => ({ demandId: r.id, title: r.title, score: Math.min(1, r.s), reasons: [] })) };
}
