import type { Db, DbOrTx } from '../../../db/client.js';
import { type TActor, isRecordStaff } from '../../../platform/auth/policy.js';
import { badRequest } from '../../../platform/errors.js';
import { LENGTH_TERM, STRONG_PREFIX, profileTermFrequencies } from './match.profile.js';
import { buildReasons } from './match.reasons.js';
import {
  EXPERTS_TERM,
  LENGTH_SUM_TERM,
  type TDemandRow,
  type TExpertFilterSql,
  allExpertIds,
  allTermsOfExpert,
  candidateDemands,
  beginBulkRebuild,
  endBulkRebuild,
  countTermRows,
  insertTermRows,
  loadProfiles,
  matchCandidates,
  orgByCodeOrId,
  orgsByIds,
  recentOpenDemands,
  replaceExpertTerms,
  roundedLength,
  termStats,
  vacuumMatchIndex,
  writeTermStats,
} from './match.repo.js';
import { PART_CREDIT, TRANSLATION_CREDIT, type TCorpusStats, type TPreparedQuery, type TQueryPhrase, finalScore, idf, prepareQuery, scoreText } from './match.score.js';
import { PHRASE_JOIN, type TQueryUnit, latinBigrams, queryUnits } from './match.text.js';
import {
  MATCH_LIMIT_DEFAULT,
  MATCH_LIMIT_MAX,
  type TDemandMatch,
  type TExpertMatch,
  type TMatchExpertsInput,
  type TMatchReason,
} from './match.types.js';

export type { TDemandMatch, TExpertMatch, TMatchDemandContext, TMatchExpertsInput, TMatchFilters, TMatchReason } from './match.types.js';
export { MATCH_LIMIT_DEFAULT, MATCH_LIMIT_MAX } from './match.types.js';

/**
 * Postings the candidate query may visit. Rarer terms first, with all their postings; common terms
 * with their strong postings only (STRONG_PREFIX); the rest is left to re-scoring.
 */
const POSTINGS_BUDGET = 10_000;
/** Experts fully re-scored per query (more when the caller asks for more). */
const CANDIDATES = 200;
/** Full reasons are built for at most this many results; the rest list their matched terms. */
const DETAILED_REASONS = 200;
/** Demands re-scored per expert in the expert → demands direction. */
const DEMAND_CANDIDATES = 150;
/** The expert's most telling terms (tf × idf) that look for candidate demands. */
const DEMAND_QUERY_TERMS = 12;
/** Weight of the core of a demand: its keywords and its title line. */
const KEYWORD_BOOST = 2;
const TITLE_BOOST = 1.5;

const clampLimit = (limit: number | undefined) => Math.min(Math.max(1, Math.floor(limit ?? MATCH_LIMIT_DEFAULT)), MATCH_LIMIT_MAX);

// ---------------------------------------------------------------------------------------------- index

/**
 * Recomputes one expert's terms in the matcher index and moves the corpus document frequencies.
 * Call inside the transaction that writes the expert or their achievements. Before deleting an expert,
 * call `removeExpertFromIndex` (the cascade would drop the terms but not their document frequencies).
 */
export async function reindexExpert(tx: DbOrTx, expertId: number): Promise<void> {
  const profile = (await loadProfiles(tx, [expertId])).get(expertId);
  if (!profile) {
    await replaceExpertTerms(tx, expertId, null, 0);
    return;
  }
  const { tf, length } = profileTermFrequencies(profile);
  await replaceExpertTerms(tx, expertId, tf, length);
}

/** Takes an expert out of the matcher index (call before deleting the expert row). */
export async function removeExpertFromIndex(tx: DbOrTx, expertId: number): Promise<void> {
  await replaceExpertTerms(tx, expertId, null, 0);
}

/**
 * Rebuilds the whole matcher index in one transaction (after bulk imports or seeding); readers see the
 * old index until it commits.
 */
export async function rebuildMatchIndex(
  db: Db,
  opts: { onProgress?(done: number, total: number): void } = {},
): Promise<{ experts: number; terms: number }> {
  const nowYear = new Date().getFullYear();
  let experts = 0;
  await db.transaction(async (tx) => {
    await beginBulkRebuild(tx);
    const ids = await allExpertIds(tx);
    const df = new Map<string, number>();
    let lengthSum = 0;
    const CHUNK = 500;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const profiles = await loadProfiles(tx, chunk);
      const rows = { ids: [] as number[], terms: [] as string[], weights: [] as number[] };
      for (const id of chunk) {
        const p = profiles.get(id);
        if (!p) continue;
        const { tf, length } = profileTermFrequencies(p, nowYear);
        for (const [t, f] of tf) {
          rows.ids.push(id);
          rows.terms.push(t);
          rows.weights.push(f);
          df.set(t, (df.get(t) ?? 0) + 1);
        }
        rows.ids.push(id);
        rows.terms.push(LENGTH_TERM);
        rows.weights.push(length);
        lengthSum += roundedLength(length);
        experts++;
      }
      await insertTermRows(tx, rows);
      opts.onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
    }
    df.set(EXPERTS_TERM, experts);
    df.set(LENGTH_SUM_TERM, lengthSum);
    await writeTermStats(tx, df);
    await endBulkRebuild(tx);
  });
  await vacuumMatchIndex(db);
  return { experts, terms: await countTermRows(db) };
}

// ---------------------------------------------------------------------------------------------- query

type TBoostedUnit = TQueryUnit & { boost?: number };

/**
 * The demand's units: its text (a short first line followed by more text is taken as the title and
 * weighted up) and its keywords (weighted up).
 */
export function demandQueryUnits(text: string, keywords: readonly string[] = []): TBoostedUnit[] {
  return demandQuery(text, keywords).units;
}

/** The demand's units and its English phrases (bigrams). */
export function demandQuery(text: string, keywords: readonly string[] = []): { units: TBoostedUnit[]; phrases: TQueryPhrase[] } {
  const phrases = new Map<string, TQueryPhrase>();
  for (const t of [text, ...keywords])
    for (const b of latinBigrams(t)) {
      const [a, c] = b.split(PHRASE_JOIN);
      phrases.set(b, { term: b, a, b: c });
    }
  return { units: demandUnitsOnly(text, keywords), phrases: [...phrases.values()] };
}

function demandUnitsOnly(text: string, keywords: readonly string[]): TBoostedUnit[] {
  const units = new Map<string, TBoostedUnit>();
  const add = (list: TQueryUnit[], boost: number) => {
    for (const u of list) {
      const prev = units.get(u.term);
      if (prev) {
        prev.count += u.count;
        prev.boost = Math.max(prev.boost ?? 1, boost);
        for (const alt of u.alts) if (!prev.alts.some((a) => a.join(' ') === alt.join(' '))) prev.alts.push(alt);
      } else units.set(u.term, { ...u, alts: [...u.alts], boost });
    }
  };
  const trimmed = text.trim();
  const nl = trimmed.indexOf('\n');
  if (nl > 0 && nl <= 60 && trimmed.slice(nl + 1).trim()) {
    add(queryUnits(trimmed.slice(0, nl)), TITLE_BOOST);
    add(queryUnits(trimmed.slice(nl + 1)), 1);
  } else add(queryUnits(trimmed), 1);
  for (const k of keywords) add(queryUnits(k), KEYWORD_BOOST);
  return [...units.values()];
}

/** The demand's own terms: its units and their sub-words (no translations), for reasons. */
function demandTermSet(units: TQueryUnit[]): Set<string> {
  const s = new Set<string>();
  for (const u of units) {
    s.add(u.term);
    for (const p of u.parts) s.add(p);
  }
  return s;
}

function allTermsOf(units: TQueryUnit[], phrases: readonly TQueryPhrase[] = []): string[] {
  const s = new Set<string>(phrases.map((p) => p.term));
  for (const u of units) {
    s.add(u.term);
    for (const p of u.parts) s.add(p);
    for (const alt of u.alts) for (const t of alt) s.add(t);
  }
  return [...s];
}

/**
 * The terms that pick candidates, with their weights: rarest first; a term whose postings fit the
 * budget is read in full (its strong postings add half its weight again, so experts for whom it is
 * central come first); a common term is read through its strong postings only.
 */
function candidateTerms(q: TPreparedQuery, df: Map<string, number>): { terms: string[]; weights: number[]; limits: number[] } {
  const entries = new Map<string, { weight: number; df: number; strongDf: number }>();
  const put = (term: string, weight: number) => {
    const d = df.get(term) ?? 0;
    if (d === 0) return;
    const prev = entries.get(term);
    if (!prev || prev.weight < weight) entries.set(term, { weight, df: d, strongDf: df.get(STRONG_PREFIX + term) ?? 0 });
  };
  for (const u of q.units) {
    put(u.term, u.weight);
    if (u.df < 3 && u.parts.length > 0) {
      const total = u.partWeights.reduce((a, b) => a + b, 0);
      for (const [i, p] of u.parts.entries()) if (u.partWeights[i] > 0) put(p, (PART_CREDIT * u.weight * u.partWeights[i]) / total);
    }
    for (const alt of u.alts) for (const t of alt) put(t, (TRANSLATION_CREDIT * u.weight) / alt.length);
  }
  for (const p of q.phrases) put(p.term, p.weight);
  const sorted = [...entries.entries()].sort((a, b) => a[1].df - b[1].df);
  const terms: string[] = [];
  const weights: number[] = [];
  const limits: number[] = [];
  let budget = POSTINGS_BUDGET;
  const take = (term: string, weight: number, postings: number) => {
    terms.push(term);
    weights.push(weight);
    limits.push(Math.max(1, Math.min(postings, budget)));
    budget -= postings;
  };
  for (const [term, e] of sorted) {
    if (e.df + e.strongDf <= budget) {
      take(term, e.weight, e.df);
      if (e.strongDf > 0) take(STRONG_PREFIX + term, e.weight / 2, e.strongDf);
    } else if (e.strongDf > 0 && e.strongDf <= budget) take(STRONG_PREFIX + term, e.weight * 1.5, e.strongDf);
    else if (terms.length === 0) {
      // Only very common terms: a bounded slice of the strongest postings (arbitrary among equals).
      budget = POSTINGS_BUDGET;
      take(e.strongDf > 0 ? STRONG_PREFIX + term : term, e.weight, e.strongDf > 0 ? e.strongDf : e.df);
    }
  }
  return { terms, weights, limits };
}

function districtOf(path: string, orgs: Map<number, { path: string; name: string; kind: string; depth: number }>) {
  const ids = path.split('/').filter(Boolean).map(Number);
  for (const id of ids) {
    const o = orgs.get(id);
    if (o && o.kind === 'district') return { id, ...o };
  }
  // No district kind on the way (e.g. a city-level org): the depth-1 ancestor, if any.
  const id = ids[1];
  const o = id ? orgs.get(id) : undefined;
  return o ? { id, ...o } : null;
}

/** 如皋市科学技术协会 → 如皋市 (for "同在如皋市"). */
function regionName(orgName: string): string {
  return orgName.replace(/(科学技术协会|科协)$/u, '') || orgName;
}

async function demandDistrict(db: DbOrTx, orgId: number | undefined) {
  if (!orgId) return null;
  const own = (await orgsByIds(db, [orgId])).get(orgId);
  if (!own) return null;
  const ancestors = await orgsByIds(db, own.path.split('/').filter(Boolean).map(Number));
  const d = districtOf(own.path, ancestors);
  return d ? { path: d.path, name: regionName(d.name) } : null;
}

/**
 * Ranks experts for a demand text: an absolute relevance in [0, 1] (see match.score.ts), with readable
 * reasons. Experts are a city-wide resource: staff see every expert; `actor` null (public showcase)
 * sees public experts only. Cluster, district and industries of `demand` are signals; `filters` filter.
 * @throws AppError ORG_NOT_FOUND (unknown district filter)
 */
export async function matchExperts(db: Db, actor: TActor | null, input: TMatchExpertsInput): Promise<{ items: TExpertMatch[] }> {
  const limit = clampLimit(input.limit);
  const { units, phrases } = demandQuery(input.text ?? '', input.demand?.keywords ?? []);
  if (units.length === 0) return { items: [] };

  const filters: TExpertFilterSql = { publicOnly: actor === null };
  if (input.filters?.cluster) filters.cluster = input.filters.cluster;
  if (input.filters?.discipline) filters.discipline = input.filters.discipline;
  if (input.filters?.district) {
    const org = await orgByCodeOrId(db, input.filters.district);
    if (!org) throw badRequest('ORG_NOT_FOUND', `组织不存在：${input.filters.district}`, `Org not found: ${input.filters.district}`);
    filters.orgPathPrefix = org.path;
  }

  const allTerms = allTermsOf(units, phrases);
  const [{ n, avgLength, df }, district] = await Promise.all([
    termStats(db, [...allTerms, ...allTerms.map((t) => STRONG_PREFIX + t)]),
    demandDistrict(db, input.demand?.orgId),
  ]);
  if (n === 0) return { items: [] };
  const stats: TCorpusStats = { n, avgLength, df };
  const q = prepareQuery(units, stats, phrases);
  const sel = candidateTerms(q, df);
  const cap = Math.min(Math.max(CANDIDATES, limit * 2), 2500);
  const only = input.expertIds ? [...new Set(input.expertIds)].slice(0, MATCH_LIMIT_MAX) : undefined;
  const candidates = await matchCandidates(
    db,
    sel,
    allTerms.filter((t) => df.has(t)),
    filters,
    only ? only.length : cap,
    only,
  );

  const cluster = input.demand?.cluster ?? input.filters?.cluster ?? null;
  const demandIndustries = new Set(input.demand?.industries ?? []);
  const scored = candidates
    .map((c) => {
      const text = scoreText(q, c.tf, c.length, avgLength);
      if (text.coverage <= 0) return null;
      const sameDistrict = !!district && c.orgPath.startsWith(district.path);
      const score = finalScore(text.coverage, {
        sameCluster: !!cluster && c.industries.includes(cluster),
        sameDistrict,
        sharedIndustries: c.industries.filter((i) => demandIndustries.has(i) && i !== cluster).length,
      });
      return { id: c.id, name: c.name, score, hits: text.hits, sameDistrict };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);

  const surface = new Map(units.map((u) => [u.term, u.surface]));
  const demandTerms = demandTermSet(units);
  const profiles = await loadProfiles(db, scored.slice(0, DETAILED_REASONS).map((s) => s.id));
  const nowYear = new Date().getFullYear();
  const items: TExpertMatch[] = scored.map((s) => {
    const profile = profiles.get(s.id);
    const reasonCtx = {
      cluster,
      industries: input.demand?.industries,
      sameDistrictName: s.sameDistrict ? district?.name : null,
      discipline: input.filters?.discipline,
      surface,
      demandTerms,
      demandText: [input.text ?? '', ...(input.demand?.keywords ?? [])].join('\n'),
      nowYear,
    };
    const reasons: TMatchReason[] = profile
      ? buildReasons(profile, s.hits, reasonCtx)
      : [{ kind: 'text', detail: `相关: ${s.hits.map((h) => surface.get(h.term) ?? h.term).slice(0, 5).join(', ')}` }];
    return { expertId: s.id, name: s.name, score: s.score, reasons };
  });
  return { items };
}

// ------------------------------------------------------------------------------- expert → demands

const demandUnitCache = new Map<number, { key: string; query: ReturnType<typeof demandQuery> }>();
const DEMAND_CACHE_MAX = 20_000;

function queryOfDemand(d: TDemandRow): ReturnType<typeof demandQuery> {
  const text = `${d.title}\n${d.description}`;
  const key = `${text}\u0001${d.keywords.join('\u0001')}`;
  const hit = demandUnitCache.get(d.id);
  if (hit && hit.key === key) return hit.query;
  const query = demandQuery(text, d.keywords);
  if (demandUnitCache.size >= DEMAND_CACHE_MAX) demandUnitCache.delete(demandUnitCache.keys().next().value!);
  demandUnitCache.set(d.id, { key, query });
  return query;
}

const TSQUERY_SAFE = /[^\p{L}\p{N}]/gu;
const LATIN = /^[a-z0-9]+$/;

/**
 * Ranks open demands (published or docking) for an expert with the same score as the demand → expert
 * direction: score(demand, expert) does not depend on which side asked. Staff-only demands appear only
 * for staff actors.
 */
export async function matchDemandsForExpert(
  db: Db,
  actor: TActor | null,
  expertId: number,
  opts: { limit?: number } = {},
): Promise<{ items: TDemandMatch[] }> {
  const limit = clampLimit(opts.limit);
  const includeStaffOnly = !!actor && isRecordStaff(actor);
  const profile = (await loadProfiles(db, [expertId])).get(expertId);
  if (!profile) return { items: [] };
  let terms = await allTermsOfExpert(db, expertId);
  if (!terms) {
    const fresh = profileTermFrequencies(profile);
    terms = { tf: new Map([...fresh.tf].filter(([t]) => !t.startsWith(STRONG_PREFIX))), length: fresh.length };
  }
  const { n, avgLength, df } = await termStats(db, [...terms.tf.keys()]);
  const nn = Math.max(n, 1);
  const telling = [...terms.tf.entries()]
    .filter(([t]) => !t.includes(PHRASE_JOIN))
    .map(([t, f]) => ({ t: t.replace(TSQUERY_SAFE, ''), s: (f / (f + 1)) * idf(df.get(t) ?? 0, nn) }))
    .filter((x) => x.t)
    .sort((a, b) => b.s - a.s)
    .slice(0, DEMAND_QUERY_TERMS);
  // The other language's words for the expert's keywords (glossary), so an English profile finds
  // Chinese demands.
  const translated = new Set<string>();
  for (const u of queryUnits(profile.keywords.join('\n')))
    for (const alt of u.alts) for (const t of alt) if (!terms.tf.has(t)) translated.add(t.replace(TSQUERY_SAFE, ''));
  const tsTerms = [...new Set([...telling.map((x) => x.t), ...[...translated].slice(0, DEMAND_QUERY_TERMS / 2)])].filter(Boolean);
  const tsquery = tsTerms.map((t) => (LATIN.test(t) ? `${t}:*` : t)).join(' | ');
  let demands = await candidateDemands(db, tsquery, { includeStaffOnly, cap: DEMAND_CANDIDATES });
  if (demands.length === 0) demands = await recentOpenDemands(db, { includeStaffOnly, cap: DEMAND_CANDIDATES });
  if (demands.length === 0) return { items: [] };
  if (actor && includeStaffOnly && actor.orgPath.split('/').filter(Boolean).length > 1) {
    // District staff: staff-only demands of their own subtree only.
    const orgs = await orgsByIds(db, [...new Set(demands.map((d) => d.org_id))]);
    demands = demands.filter((d) => d.confidentiality !== 'staff' || (orgs.get(d.org_id)?.path ?? '').startsWith(actor.orgPath));
  }

  const queryById = new Map(demands.map((d) => [d.id, queryOfDemand(d)]));
  const allTerms = new Set<string>();
  for (const dq of queryById.values()) for (const t of allTermsOf(dq.units, dq.phrases)) allTerms.add(t);
  const stats: TCorpusStats = { n: nn, avgLength, df: (await termStats(db, [...allTerms])).df };
  const orgs = await orgsByIds(db, [...new Set(demands.map((d) => d.org_id))]);
  const allAncestors = await orgsByIds(db, [...new Set([...orgs.values()].flatMap((o) => o.path.split('/').filter(Boolean).map(Number)))]);
  const nowYear = new Date().getFullYear();

  const scored = demands
    .map((d) => {
      const { units, phrases } = queryById.get(d.id)!;
      const q = prepareQuery(units, stats, phrases);
      const text = scoreText(q, terms.tf, terms.length, avgLength);
      if (text.coverage <= 0) return null;
      const o = orgs.get(d.org_id);
      const dd = o ? districtOf(o.path, allAncestors) : null;
      const sameDistrict = !!dd && profile.orgPath.startsWith(dd.path);
      const score = finalScore(text.coverage, {
        sameCluster: !!d.cluster && profile.industries.includes(d.cluster),
        sameDistrict,
        sharedIndustries: profile.industries.filter((i) => d.industries.includes(i) && i !== d.cluster).length,
      });
      const reasons = buildReasons(profile, text.hits, {
        cluster: d.cluster,
        industries: d.industries,
        sameDistrictName: sameDistrict && dd ? regionName(dd.name) : null,
        surface: new Map(units.map((u) => [u.term, u.surface])),
        demandTerms: demandTermSet(units),
        demandText: `${d.title}\n${d.description}\n${d.keywords.join('\n')}`,
        nowYear,
      });
      return { demandId: d.id, title: d.title, score, reasons };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => b.score - a.score || b.demandId - a.demandId)
    .slice(0, limit);
  return { items: scored };
}
