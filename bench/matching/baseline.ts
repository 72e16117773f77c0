import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../server/db/client.js';
import type { TExpertProfile } from '../../server/modules/innovation/matching/match.profile.js';
import { indexTerms, queryUnits } from '../../server/modules/innovation/matching/match.text.js';
import { indexTokens, queryTokens } from '../../server/platform/search/text.js';

// Baselines a naive implementation would use, on the same data:
//  1. ts_rank: one tsvector over the whole profile text concatenated (the platform's jieba tokens),
//     queried with the OR of the query's jieba tokens, ranked by ts_rank. This is also the speed baseline.
//  2. BM25 over one field: the whole profile concatenated, the matcher's own analyzer (jieba +
//     stemming), k1 = 1.2, b = 0.75. Isolates what field weights, recency, compounds and calibration add.

export function profileText(p: Omit<TExpertProfile, 'id'>): string {
  return [
    p.name,
    p.unit,
    p.title,
    ...p.disciplines,
    ...p.industries,
    ...p.keywords,
    p.bio,
    ...p.achievements.flatMap((a) => [a.title, a.abstract, ...a.keywords]),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Writes experts.search_text = the platform's jieba tokens of the whole profile (the tsvector follows). */
export async function fillBaselineSearchText(db: DbOrTx, rows: Array<{ id: number; text: string }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const c = rows.slice(i, i + 2000);
    await db.execute(
      sql`update experts e set search_text = x.t
          from unnest(${sql.param(c.map((r) => r.id))}::int[], ${sql.param(c.map((r) => indexTokens(r.text)))}::text[]) as x(id, t)
          where e.id = x.id`,
    );
  }
}

export function baselineTsquery(text: string): string {
  return queryTokens(text)
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' | ');
}

/** The ts_rank baseline query: expert ids, best first. */
export async function baselineTsRank(db: DbOrTx, text: string, limit: number): Promise<number[]> {
  const q = baselineTsquery(text);
  if (!q) return [];
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from experts where search_tsv @@ to_tsquery('simple', ${q})
        order by ts_rank(search_tsv, to_tsquery('simple', ${q})) desc, id limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

/** In-memory single-field BM25 over a small pool (quality only). */
export class Bm25SingleField {
  private readonly docs: Array<{ key: string; tf: Map<string, number>; len: number }> = [];
  private readonly df = new Map<string, number>();
  private avgLen = 0;

  constructor(profiles: Array<{ key: string; text: string }>) {
    for (const p of profiles) {
      const tf = new Map<string, number>();
      const terms = indexTerms(p.text);
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.docs.push({ key: p.key, tf, len: terms.length });
    }
    this.avgLen = this.docs.reduce((s, d) => s + d.len, 0) / Math.max(this.docs.length, 1);
  }

  rank(text: string, limit: number): string[] {
    const n = this.docs.length;
    const terms = queryUnits(text).map((u) => u.term);
    const scored = this.docs.map((d) => {
      let s = 0;
      for (const t of terms) {
        const f = d.tf.get(t) ?? 0;
        if (f === 0) continue;
        const df = this.df.get(t) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        s += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * d.len) / this.avgLen));
      }
      return { key: d.key, s };
    });
    return scored
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.key.localeCompare(b.key))
      .slice(0, limit)
      .map((x) => x.key);
  }
}
