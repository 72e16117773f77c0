import type { TActor } from '../../server/platform/auth/policy.js';
import { matchExperts, rebuildMatchIndex } from '../../server/modules/innovation/matching/match.service.js';
import { Bm25SingleField, baselineTsRank, fillBaselineSearchText, profileText } from './baseline.js';
import { gradesByDemand, loadJudgments, loadPool, openEvalDatabase, orgIdsByCode, type TJudgments } from './dataset.js';
import { type TMetrics, summarize } from './metrics.js';

// Offline quality: the matcher against the baselines on the hand-judged pool (judgments.json), per
// language and per demand variant (short title-like text, long text as an enterprise writes it), and
// the calibration check: do short and long versions of the same need get comparable scores?

const STAFF: TActor = {
  userId: 0,
  username: 'bench',
  displayName: 'bench',
  roles: ['city_staff'],
  orgId: 1,
  orgPath: '/1/',
  department: null,
  locale: 'zh-CN',
  via: 'token',
};

type TMethod = 'matcher' | 'matcherTextOnly' | 'baselineTsRank' | 'baselineBm25';
const METHODS: TMethod[] = ['matcher', 'matcherTextOnly', 'baselineTsRank', 'baselineBm25'];
const THRESHOLD = 0.3;

interface TRun {
  demand: string;
  lang: 'zh' | 'en';
  variant: 'short' | 'long';
  method: TMethod;
  ranked: string[];
  grades: Map<string, number>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface TQualityReport {
  pool: { experts: number; demands: number; judgedPairs: number };
  metrics: Record<string, Record<TMethod, TMetrics>>;
  calibration: Record<string, unknown>;
  perDemand: Array<{ demand: string; variant: string; matcher: number; baselineTsRank: number; baselineBm25: number }>;
}

export async function runQuality(opts: { judgments?: TJudgments } = {}): Promise<TQualityReport> {
  const j = opts.judgments ?? loadJudgments();
  const database = await openEvalDatabase();
  try {
    const { idByKey, keyById } = await loadPool(database, j);
    await rebuildMatchIndex(database.db);
    await fillBaselineSearchText(
      database.db,
      j.experts.map((e) => ({ id: idByKey.get(e.key)!, text: profileText({ ...e, achievements: e.achievements.map((a) => ({ ...a, abstract: a.abstract ?? null })) }) })),
    );
    const bm25 = new Bm25SingleField(
      j.experts.map((e) => ({ key: e.key, text: profileText({ ...e, achievements: e.achievements.map((a) => ({ ...a, abstract: a.abstract ?? null })) }) })),
    );
    const orgIds = await orgIdsByCode(database);
    const grades = gradesByDemand(j);
    const runs: TRun[] = [];
    // For calibration: the matcher's score of every expert for every demand variant.
    const scores = new Map<string, Map<string, number>>();
    const top1 = new Map<string, number>();

    for (const d of j.demands) {
      const g = grades.get(d.key) ?? new Map<string, number>();
      for (const variant of ['short', 'long'] as const) {
        const text = d[variant];
        const withSignals = await matchExperts(database.db, STAFF, {
          text,
          limit: 1000,
          demand: { cluster: d.cluster, orgId: orgIds.get(d.district) },
        });
        const textOnly = await matchExperts(database.db, STAFF, { text, limit: 10 });
        const ts = await baselineTsRank(database.db, text, 10);
        const ranked: Record<TMethod, string[]> = {
          matcher: withSignals.items.slice(0, 10).map((i) => keyById.get(i.expertId)!),
          matcherTextOnly: textOnly.items.map((i) => keyById.get(i.expertId)!),
          baselineTsRank: ts.map((id) => keyById.get(id)!),
          baselineBm25: bm25.rank(text, 10),
        };
        for (const method of METHODS) runs.push({ demand: d.key, lang: d.lang, variant, method, ranked: ranked[method], grades: g });
        scores.set(`${d.key}/${variant}`, new Map(withSignals.items.map((i) => [keyById.get(i.expertId)!, i.score])));
        top1.set(`${d.key}/${variant}`, withSignals.items[0]?.score ?? 0);
      }
    }

    const metrics: TQualityReport['metrics'] = {};
    const slices: Array<[string, (r: TRun) => boolean]> = [
      ['all', () => true],
      ['zh', (r) => r.lang === 'zh'],
      ['en', (r) => r.lang === 'en'],
      ['short', (r) => r.variant === 'short'],
      ['long', (r) => r.variant === 'long'],
    ];
    for (const [name, pick] of slices) {
      metrics[name] = {} as Record<TMethod, TMetrics>;
      for (const method of METHODS) metrics[name][method] = summarize(runs.filter((r) => r.method === method && pick(r)));
    }

    const calibration: Record<string, unknown> = { threshold: THRESHOLD };
    for (const variant of ['short', 'long'] as const) {
      const relevantScores: number[] = [];
      const aboveIrrelevant: number[] = [];
      const tops: number[] = [];
      for (const d of j.demands) {
        const s = scores.get(`${d.key}/${variant}`)!;
        const g = grades.get(d.key)!;
        tops.push(top1.get(`${d.key}/${variant}`)!);
        for (const [key, grade] of g) if (grade >= 2) relevantScores.push(s.get(key) ?? 0);
        aboveIrrelevant.push([...s.entries()].filter(([key, score]) => score >= THRESHOLD && (g.get(key) ?? 0) === 0).length);
      }
      calibration[variant] = {
        meanTop1: r3(mean(tops)),
        meanRelevantScore: r3(mean(relevantScores)),
        relevantAboveThreshold: r3(relevantScores.filter((x) => x >= THRESHOLD).length / Math.max(relevantScores.length, 1)),
        irrelevantAboveThresholdPerDemand: r3(mean(aboveIrrelevant)),
      };
    }
    const diffs: number[] = [];
    for (const d of j.demands)
      for (const [key, grade] of grades.get(d.key)!)
        if (grade >= 2) diffs.push((scores.get(`${d.key}/long`)!.get(key) ?? 0) - (scores.get(`${d.key}/short`)!.get(key) ?? 0));
    calibration.relevantPairs = diffs.length;
    calibration.meanLongMinusShort = r3(mean(diffs));
    calibration.meanAbsLongMinusShort = r3(mean(diffs.map(Math.abs)));
    calibration.shareWithin015 = r3(diffs.filter((x) => Math.abs(x) <= 0.15).length / Math.max(diffs.length, 1));

    const perDemand = j.demands.flatMap((d) =>
      (['short', 'long'] as const).map((variant) => {
        const pick = (m: TMethod) => summarize(runs.filter((r) => r.demand === d.key && r.variant === variant && r.method === m)).ndcg10;
        return { demand: d.key, variant, matcher: pick('matcher'), baselineTsRank: pick('baselineTsRank'), baselineBm25: pick('baselineBm25') };
      }),
    );
    return {
      pool: { experts: j.experts.length, demands: j.demands.length, judgedPairs: j.judgments.length },
      metrics,
      calibration,
      perDemand,
    };
  } finally {
    await database.close();
  }
}
