import type { TExpertProfile } from './match.profile.js';
import type { TUnitHit } from './match.score.js';
import { queryTermSequence, stemWord } from './match.text.js';
import type { TMatchReason } from './match.types.js';

const KIND_LABEL: Record<string, { label: string; unit: string }> = {
  paper: { label: '论文', unit: '篇' },
  patent: { label: '专利', unit: '项' },
  project: { label: '项目', unit: '项' },
  award: { label: '奖项', unit: '项' },
  other: { label: '成果', unit: '项' },
};

/** Years counted as "近三年" (this year and the two before). */
export const RECENT_YEARS = 3;

export interface TReasonContext {
  /** Cluster of the demand or of the filter. */
  cluster?: string | null;
  industries?: string[];
  /** District name when the expert is in the demand's district, e.g. 如皋市. */
  sameDistrictName?: string | null;
  discipline?: string;
  /** Surface forms of query terms, for display. */
  surface: Map<string, string>;
  /** The demand's normalized terms (units and their sub-words) and its text: a profile keyword is named whole only when it occurs in the demand. */
  demandTerms?: ReadonlySet<string>;
  demandText?: string;
  nowYear: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a field mentions one of the matched terms: Chinese terms by substring, Latin terms by their
 * stem (no segmentation: reasons are built for every result and must stay cheap).
 */
function makeMatcher(matched: Set<string>): (text: string | null | undefined) => boolean {
  const han = [...matched].filter((t) => HAN.test(t));
  const latin = new Set([...matched].filter((t) => !HAN.test(t)));
  return (text) => {
    if (!text) return false;
    for (const t of han) if (text.includes(t)) return true;
    if (latin.size === 0) return false;
    for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w && (latin.has(w) || latin.has(stemWord(w)))) return true;
    return false;
  };
}

const list = (items: string[], max = 5) => [...new Set(items)].slice(0, max).join(', ');

/**
 * Readable reasons (Chinese) for one expert: which of their keywords, disciplines, achievements and
 * signals meet the demand. A reason names only terms the demand and the expert share (issue 12 §4): a
 * profile keyword is named whole when all its words are in the demand, otherwise only the shared words
 * inside it are (整车热管理 vs 整车控制器 share 整车, not 整车控制器); a translation is named as the pair.
 */
export function buildReasons(p: TExpertProfile, hits: TUnitHit[], ctx: TReasonContext): TMatchReason[] {
  // Shared terms (normalized → as written in the demand): whole units the profile has, or the
  // sub-words of a demand compound the profile has. Translations are in neither text as such.
  const shared = new Map<string, string>();
  const translations: string[] = [];
  for (const h of [...hits].sort((a, b) => b.credit - a.credit)) {
    if (h.viaKind === 'translation') translations.push(`${ctx.surface.get(h.term) ?? h.term} ↔ ${h.via.join(' ')}`);
    else if (h.viaKind === 'parts') for (const v of h.via) shared.set(v, v);
    else shared.set(h.term, ctx.surface.get(h.term) ?? h.term);
  }
  const demandTerms = new Set([...(ctx.demandTerms ?? []), ...shared.keys()]);
  const matchers = [...shared.entries()].map(([term, display]) => ({ display, mentions: makeMatcher(new Set([term])) }));
  const sharedIn = (text: string | null | undefined) => matchers.filter((m) => m.mentions(text)).map((m) => m.display);
  // Chinese: the phrase itself is in the demand (纺织 … 助剂 apart is not 纺织助剂); Latin: every word's stem is.
  const demandText = ctx.demandText ?? '';
  const isWhollyShared = (text: string) => {
    const seq = queryTermSequence(text);
    if (seq.length === 0 || !seq.every((t) => demandTerms.has(t))) return false;
    return !HAN.test(text) || demandText.includes(text.trim());
  };
  const reasons: TMatchReason[] = [];
  const named = (kind: string, label: string, terms: string[], max = 5) => {
    const chosen = [...new Set(terms)].slice(0, max);
    if (chosen.length > 0) reasons.push({ kind, detail: `${label}: ${chosen.join(', ')}`, terms: chosen });
    return chosen;
  };

  const keywordTerms = p.keywords.flatMap((k) => (isWhollyShared(k) ? [k] : sharedIn(k)));
  const keywords = named('keywords', '关键词', keywordTerms);

  if (ctx.cluster && p.industries.includes(ctx.cluster)) reasons.push({ kind: 'cluster', detail: `同属产业集群: ${ctx.cluster}` });
  named(
    'industries',
    '行业',
    p.industries.filter((i) => i !== ctx.cluster && ((ctx.industries ?? []).includes(i) || isWhollyShared(i))),
  );
  named(
    'discipline',
    '学科',
    p.disciplines.filter((d) => d === ctx.discipline || isWhollyShared(d)),
    3,
  );

  const related = p.achievements.filter((a) => sharedIn(a.title).length > 0 || a.keywords.some((k) => sharedIn(k).length > 0) || sharedIn(a.abstract).length > 0);
  if (related.length > 0) {
    const recentFrom = ctx.nowYear - RECENT_YEARS + 1;
    const recent = related.filter((a) => a.year != null && a.year >= recentFrom);
    const pool = recent.length > 0 ? recent : related;
    const byKind = new Map<string, number>();
    for (const a of pool) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
    const parts = [...byKind.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => {
        const k = KIND_LABEL[kind] ?? KIND_LABEL.other;
        return `${k.label} ${n} ${k.unit}`;
      });
    const prefix = recent.length > 0 ? '近三年相关' : '相关';
    const terms = [...new Set(pool.flatMap((a) => [...sharedIn(a.title), ...a.keywords.flatMap(sharedIn), ...sharedIn(a.abstract)]))].slice(0, 5);
    // The shared terms, not an example title: a title names more than the two texts share.
    reasons.push({ kind: 'achievements', detail: `${prefix}${parts.join('、')}（涉及: ${terms.join(', ')}）`, terms });
  }

  if (reasons.length === 0 || (keywords.length === 0 && related.length === 0)) {
    const inProfile = [p.bio, p.unit, p.title].some((t) => sharedIn(t).length > 0);
    named('text', inProfile ? '简介相关' : '相关', [...shared.values()]);
  }
  if (translations.length > 0) reasons.push({ kind: 'translation', detail: `中英对应: ${list(translations, 3)}` });
  if (ctx.sameDistrictName) reasons.push({ kind: 'district', detail: `同在${ctx.sameDistrictName}` });
  return reasons;
}
