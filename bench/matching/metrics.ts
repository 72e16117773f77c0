// Ranking metrics over graded judgments (0–3). Unjudged results count as 0.

/** nDCG@k with gains 2^grade − 1; the ideal ranking is built from all judged grades of the query. */
export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k = 10): number {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  for (const [i, id] of ranked.slice(0, k).entries()) dcg += gain(grades.get(id) ?? 0) / Math.log2(i + 2);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  for (const [i, g] of ideal.entries()) idcg += gain(g) / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : 0;
}

/** Precision@k: share of the first k results with grade ≥ minGrade (missing results count as misses). */
export function precisionAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k = 5, minGrade = 2): number {
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) >= minGrade).length / k;
}

/** Reciprocal rank of the first result with grade ≥ minGrade. */
export function reciprocalRank(ranked: readonly string[], grades: ReadonlyMap<string, number>, minGrade = 2): number {
  const i = ranked.findIndex((id) => (grades.get(id) ?? 0) >= minGrade);
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface TMetrics {
  queries: number;
  ndcg10: number;
  p5: number;
  mrr: number;
}

export function summarize(runs: Array<{ ranked: string[]; grades: Map<string, number> }>): TMetrics {
  const n = runs.length || 1;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    queries: runs.length,
    ndcg10: r4(runs.reduce((s, r) => s + ndcgAt(r.ranked, r.grades, 10), 0) / n),
    p5: r4(runs.reduce((s, r) => s + precisionAt(r.ranked, r.grades, 5), 0) / n),
    mrr: r4(runs.reduce((s, r) => s + reciprocalRank(r.ranked, r.grades), 0) / n),
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
