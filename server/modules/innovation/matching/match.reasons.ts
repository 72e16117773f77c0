import type { TExpertProfile } from './match.profile.js';
import type { TUnitHit } from './match.score.js';
import { stemWord } from './match.text.js';
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
 * signals meet the demand. Built from the profile itself, so a reason always names something true.
 */
export function buildReasons(p: TExpertProfile, hits: TUnitHit[], ctx: TReasonContext): TMatchReason[] {
  const matched = new Set<string>();
  for (const h of hits) {
    matched.add(h.term);
    for (const v of h.via) matched.add(v);
  }
  const mentions = makeMatcher(matched);
  const reasons: TMatchReason[] = [];
  const keywords = p.keywords.filter((k) => mentions(k));
  if (keywords.length > 0) reasons.push({ kind: 'keywords', detail: `关键词: ${list(keywords)}` });

  if (ctx.cluster && p.industries.includes(ctx.cluster)) reasons.push({ kind: 'cluster', detail: `同属产业集群: ${ctx.cluster}` });
  const sharedIndustries = p.industries.filter(
    (i) => i !== ctx.cluster && ((ctx.industries ?? []).includes(i) || mentions(i)),
  );
  if (sharedIndustries.length > 0) reasons.push({ kind: 'industries', detail: `行业: ${list(sharedIndustries)}` });

  const disciplines = p.disciplines.filter((d) => d === ctx.discipline || mentions(d));
  if (disciplines.length > 0) reasons.push({ kind: 'discipline', detail: `学科: ${list(disciplines, 3)}` });

  const related = p.achievements.filter(
    (a) => mentions(a.title) || a.keywords.some((k) => mentions(k)) || mentions(a.abstract),
  );
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
    const example = pool[0].title.length > 30 ? `${pool[0].title.slice(0, 30)}…` : pool[0].title;
    reasons.push({ kind: 'achievements', detail: `${prefix}${parts.join('、')}（如《${example}》）` });
  }

  if (reasons.length === 0 || (keywords.length === 0 && related.length === 0)) {
    const inProfile = [p.bio, p.unit, p.title].some((t) => mentions(t));
    const terms = hits
      .slice()
      .sort((a, b) => b.credit - a.credit)
      .map((h) => ctx.surface.get(h.term) ?? h.term);
    if (terms.length > 0) reasons.push({ kind: 'text', detail: `${inProfile ? '简介相关' : '相关'}: ${list(terms)}` });
  }
  if (ctx.sameDistrictName) reasons.push({ kind: 'district', detail: `同在${ctx.sameDistrictName}` });
  return reasons;
}
