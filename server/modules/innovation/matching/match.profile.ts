import { indexTerms, latinBigrams } from './match.text.js';

/** What the matcher reads of an expert: every field of the profile and the achievements. */
export interface TExpertProfile {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  disciplines: string[];
  industries: string[];
  keywords: string[];
  bio: string | null;
  achievements: TAchievementText[];
}

export interface TAchievementText {
  kind: string;
  title: string;
  abstract: string | null;
  keywords: string[];
  year: number | null;
}

/**
 * Field weights: a term the expert chose as a keyword says more than one in the bio. Achievements are
 * evidence of actual work; their weight decays with age (see recencyFactor).
 */
export const FIELD_WEIGHTS = {
  keywords: 3,
  industries: 2,
  disciplines: 1.5,
  unit: 0.75,
  title: 0.5,
  bio: 1,
  achievementTitle: 2,
  achievementKeywords: 2.5,
  achievementAbstract: 1,
} as const;

/** Achievements lose half their weight every 6 years, never below 0.35; undated ones count 0.6. */
export function recencyFactor(year: number | null, nowYear: number): number {
  if (year == null) return 0.6;
  const age = Math.max(0, nowYear - year);
  return Math.max(0.35, 0.5 ** (age / 6));
}

/**
 * Strong postings: a term the expert declares (keyword, industry, discipline) or shows repeatedly is
 * stored a second time under STRONG_PREFIX + term. Candidate generation reads only these for common
 * terms, so a query with 焊接 visits the few thousand experts for whom welding is central rather than
 * everyone who mentions it once (index-only scans, no weights needed).
 */
export const STRONG_PREFIX = '^';
export const STRONG_TF = 3;

/** The row that holds an expert's field-weighted profile length in expert_terms (no real term contains "#"). */
export const LENGTH_TERM = '#len';

/**
 * Field-weighted term frequencies of a profile and its weighted length. These are stored raw in
 * expert_terms (plus the length under LENGTH_TERM): saturation and length normalization happen at
 * query time against the current corpus average, so experts indexed one by one while the corpus grows
 * are scored exactly like experts indexed in a bulk rebuild.
 */
export function profileTermFrequencies(p: TExpertProfile, nowYear = new Date().getFullYear()): { tf: Map<string, number>; length: number } {
  const tf = new Map<string, number>();
  let length = 0;
  const add = (text: string | null | undefined, w: number) => {
    for (const t of indexTerms(text)) {
      tf.set(t, (tf.get(t) ?? 0) + w);
      length += w;
    }
    // Phrase evidence for English text; not counted in the length (it repeats the words).
    for (const b of latinBigrams(text)) tf.set(b, (tf.get(b) ?? 0) + w);
  };
  for (const k of p.keywords) add(k, FIELD_WEIGHTS.keywords);
  for (const k of p.industries) add(k, FIELD_WEIGHTS.industries);
  for (const k of p.disciplines) add(k, FIELD_WEIGHTS.disciplines);
  add(p.unit, FIELD_WEIGHTS.unit);
  add(p.title, FIELD_WEIGHTS.title);
  add(p.bio, FIELD_WEIGHTS.bio);
  for (const a of p.achievements) {
    const r = recencyFactor(a.year, nowYear);
    add(a.title, FIELD_WEIGHTS.achievementTitle * r);
    add(a.abstract, FIELD_WEIGHTS.achievementAbstract * r);
    for (const k of a.keywords) add(k, FIELD_WEIGHTS.achievementKeywords * r);
  }
  for (const [t, f] of [...tf]) {
    const rounded = Math.round(f * 1000) / 1000;
    tf.set(t, rounded);
    if (rounded >= STRONG_TF) tf.set(STRONG_PREFIX + t, rounded);
  }
  return { tf, length: Math.round(length * 100) / 100 };
}
