import { type TQueryUnit, isSingleHan } from './match.text.js';

// The score: an IDF-weighted fraction of the demand's informative terms that the expert's profile
// covers. Each term's coverage is the BM25 saturation of the expert's field-weighted term frequency
// (length-normalized against the corpus average), so one keyword mention counts ~0.75, a passing
// mention in a long bio much less, and many mentions approach 1. The denominator is the demand's own
// term mass, with the long tail of a long demand discounted (PIVOT_UNITS, TAIL_WEIGHT): a paragraph
// that restates the need in twenty words must not score lower than its six-word title for the same
// expert. Signals (cluster, district, industries) then lift the text score, never create one.

/** BM25 k1 and b over the field-weighted term frequency. */
export const K1 = 1;
export const B = 0.5;
/** A compound's sub-words (燃料电池 → 燃料, 电池) earn at most this share of the compound's credit. */
export const PART_CREDIT = 0.5;
/** A term covered only through its translation (match.glossary.ts) earns this share of the credit. */
export const TRANSLATION_CREDIT = 0.8;
/**
 * A word of a query phrase ("fuel cell") that the profile has, but never next to the other word,
 * keeps this share of its credit; phrases no profile contains are ignored.
 */
export const PHRASE_FLOOR = 0.75;
/** Query units beyond the first PIVOT_UNITS (by weight) count TAIL_WEIGHT in the denominator. */
export const PIVOT_UNITS = 6;
export const TAIL_WEIGHT = 0.2;
/** Weight of a query term that no expert has (typo, boilerplate, or a truly uncovered need), relative to the rarest known term. */
export const UNKNOWN_TERM_WEIGHT = 0.5;
/** Single Han characters (膜, 钢) carry little meaning alone. */
export const SINGLE_HAN_WEIGHT = 0.4;

export interface TCorpusStats {
  /** Number of indexed experts. */
  n: number;
  /** Average field-weighted profile length. */
  avgLength: number;
  df: Map<string, number>;
}

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export interface TWeightedUnit extends TQueryUnit {
  /** Weight of the unit in the demand (IDF × log query tf × boosts). */
  weight: number;
  /** Weight in the denominator (tail-discounted). */
  normWeight: number;
  /** IDF weights of the sub-words, parallel to `parts`. */
  partWeights: number[];
  df: number;
}

export interface TQueryPhrase {
  /** The bigram term (a_b). */
  term: string;
  a: string;
  b: string;
}

export interface TPreparedQuery {
  units: TWeightedUnit[];
  /** Denominator of the coverage. */
  norm: number;
  /** Query bigrams some profile contains (others cannot tell experts apart). */
  phrases: Array<TQueryPhrase & { weight: number }>;
}

/**
 * Weights the demand's units against the corpus. `boost` multiplies units the caller marks as core
 * (the demand's keywords, its title line).
 */
export function prepareQuery(
  units: Array<TQueryUnit & { boost?: number }>,
  stats: TCorpusStats,
  phrases: readonly TQueryPhrase[] = [],
): TPreparedQuery {
  const n = Math.max(stats.n, 1);
  const maxIdf = idf(0, n);
  const weighted: TWeightedUnit[] = units.map((u) => {
    const df = stats.df.get(u.term) ?? 0;
    const partDfs = u.parts.map((p) => stats.df.get(p) ?? 0);
    const knownParts = partDfs.some((d) => d > 0);
    let w = df > 0 ? idf(df, n) : maxIdf * (knownParts ? 0.9 : UNKNOWN_TERM_WEIGHT);
    if (isSingleHan(u.term)) w *= SINGLE_HAN_WEIGHT;
    w *= (1 + Math.log(u.count)) * (u.boost ?? 1);
    return {
      ...u,
      df,
      weight: w,
      normWeight: w,
      partWeights: partDfs.map((d) => (d > 0 ? idf(d, n) : 0)),
    };
  });
  const sorted = [...weighted].sort((a, b) => b.weight - a.weight);
  let norm = 0;
  for (const [i, u] of sorted.entries()) {
    u.normWeight = i < PIVOT_UNITS ? u.weight : u.weight * TAIL_WEIGHT;
    norm += u.normWeight;
  }
  const byTerm = new Map(weighted.map((u) => [u.term, u]));
  const known = phrases
    .filter((p) => (stats.df.get(p.term) ?? 0) > 0 && byTerm.has(p.a) && byTerm.has(p.b))
    .map((p) => ({ ...p, weight: (byTerm.get(p.a)!.weight + byTerm.get(p.b)!.weight) / 2 }));
  return { units: weighted, norm, phrases: known };
}

/** Saturated, length-normalized coverage of one term by a profile, in [0, 1). */
export function termCoverage(tf: number, length: number, avgLength: number): number {
  if (tf <= 0) return 0;
  const lengthNorm = 1 - B + (B * length) / Math.max(avgLength, 1);
  return tf / (tf + K1 * lengthNorm);
}

export interface TUnitHit {
  term: string;
  /** Coverage credit in [0, 1]. */
  credit: number;
  /** The profile terms that earned the credit when the unit itself did not (sub-words, translations). */
  via: string[];
  /** What `via` holds: sub-words of the demand's term (in both texts) or a translation (the expert's words only). */
  viaKind?: 'parts' | 'translation';
}

export interface TTextScore {
  /** Coverage in [0, 1]. */
  coverage: number;
  hits: TUnitHit[];
}

/** Scores one profile (its stored term frequencies and length) against a prepared query. */
export function scoreText(q: TPreparedQuery, tf: Map<string, number>, length: number, avgLength: number): TTextScore {
  if (q.norm <= 0) return { coverage: 0, hits: [] };
  let sum = 0;
  const hits: TUnitHit[] = [];
  // Words of known query phrases, and those the profile has as a phrase.
  const inPhrase = new Set<string>();
  const supported = new Set<string>();
  for (const p of q.phrases) {
    inPhrase.add(p.a);
    inPhrase.add(p.b);
    if ((tf.get(p.term) ?? 0) > 0) {
      supported.add(p.a);
      supported.add(p.b);
    }
  }
  for (const u of q.units) {
    let full = termCoverage(tf.get(u.term) ?? 0, length, avgLength);
    if (inPhrase.has(u.term) && !supported.has(u.term)) full *= PHRASE_FLOOR;
    let partial = 0;
    const viaParts: string[] = [];
    if (u.parts.length > 0) {
      let num = 0;
      let den = 0;
      for (const [i, p] of u.parts.entries()) {
        const pw = u.partWeights[i];
        den += pw;
        const c = termCoverage(tf.get(p) ?? 0, length, avgLength);
        if (c > 0) viaParts.push(p);
        num += pw * c;
      }
      partial = den > 0 ? (PART_CREDIT * num) / den : 0;
    }
    let translated = 0;
    let viaAlt: string[] = [];
    for (const alt of u.alts) {
      let c = 1;
      for (const t of alt) c = Math.min(c, termCoverage(tf.get(t) ?? 0, length, avgLength));
      if (TRANSLATION_CREDIT * c > translated) {
        translated = TRANSLATION_CREDIT * c;
        viaAlt = alt;
      }
    }
    const credit = Math.max(full, partial, translated);
    if (credit <= 0) continue;
    sum += u.weight * credit;
    if (credit === full) hits.push({ term: u.term, credit, via: [] });
    else if (credit === partial) hits.push({ term: u.term, credit, via: viaParts, viaKind: 'parts' });
    else hits.push({ term: u.term, credit, via: viaAlt, viaKind: 'translation' });
  }
  return { coverage: Math.min(1, sum / q.norm), hits };
}

export interface TSignals {
  sameCluster: boolean;
  sameDistrict: boolean;
  sharedIndustries: number;
}

/**
 * Final score: the text coverage lifted by the signals, proportionally to what is left to 1 and to
 * the text score itself (a signal alone never makes a match).
 */
export function finalScore(coverage: number, s: TSignals): number {
  const beta = Math.min(0.4, (s.sameCluster ? 0.3 : 0) + (s.sameDistrict ? 0.1 : 0) + (s.sharedIndustries > 0 ? 0.1 : 0));
  const v = coverage + (1 - coverage) * coverage * beta;
  return Math.round(Math.min(1, Math.max(0, v)) * 10000) / 10000;
}
