import { describe, expect, it } from 'vitest';
import { type TExpertProfile, profileTermFrequencies } from './match.profile.js';
import { buildReasons } from './match.reasons.js';
import { prepareQuery, scoreText } from './match.score.js';
import { demandQuery } from './match.service.js';
import { indexTerms, stemWord } from './match.text.js';

// Issue 12 §4: a reason names only terms the demand and the expert share. Each term a reason names must
// occur in both texts, read the way the matcher reads them: Chinese by substring of the text, Latin by
// the Porter stem of a word; a translation is its own reason kind (the pair), never a shared term.

const HAN = /\p{Script=Han}/u;

function occursIn(term: string, text: string): boolean {
  if (HAN.test(term)) return text.includes(term);
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stemWord));
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => words.has(stemWord(w)) || indexTerms(text).includes(stemWord(w)));
}

const profile = (p: Partial<TExpertProfile>): TExpertProfile => ({
  id: 1,
  name: '专家',
  unit: null,
  title: null,
  disciplines: [],
  industries: [],
  keywords: [],
  bio: null,
  achievements: [],
  ...p,
});

const profileText = (p: TExpertProfile) =>
  [p.unit, p.title, ...p.disciplines, ...p.industries, ...p.keywords, p.bio, ...p.achievements.flatMap((a) => [a.title, a.abstract, ...a.keywords])]
    .filter(Boolean)
    .join('\n');

function reasonsFor(demand: { text: string; keywords?: string[]; cluster?: string; industries?: string[] }, p: TExpertProfile) {
  const { units, phrases } = demandQuery(demand.text, demand.keywords ?? []);
  const { tf, length } = profileTermFrequencies(p, 2026);
  const q = prepareQuery(units, { n: 1000, avgLength: length, df: new Map() }, phrases);
  const { hits } = scoreText(q, tf, length, length);
  const demandTerms = new Set(units.flatMap((u) => [u.term, ...u.parts]));
  return buildReasons(p, hits, {
    cluster: demand.cluster,
    industries: demand.industries,
    surface: new Map(units.map((u) => [u.term, u.surface])),
    demandTerms,
    demandText: [demand.text, ...(demand.keywords ?? [])].join('\n'),
    nowYear: 2026,
  });
}

const PAIRS: Array<{ name: string; demand: { text: string; keywords?: string[]; cluster?: string; industries?: string[] }; expert: TExpertProfile }> = [
  {
    name: 'vehicle thermal management vs a body/controller expert (the issue)',
    demand: { text: '新能源汽车整车热管理与驱动电机散热\n需要优化整车热管理系统，降低驱动电机温升。', keywords: ['整车热管理', '驱动电机'] },
    expert: profile({
      keywords: ['轻量化车身', '整车控制器', '电机控制'],
      disciplines: ['车辆工程'],
      bio: '从事整车控制器开发与轻量化车身设计。',
      achievements: [{ kind: 'patent', title: '一种整车控制器的故障诊断方法', abstract: null, keywords: ['整车控制器'], year: 2025 }],
    }),
  },
  {
    name: 'marine welding',
    demand: { text: '海工平台厚板焊接变形控制\n大型海工平台厚板焊接后变形大，需要工艺优化与在线监测方案。', keywords: ['焊接变形'], cluster: '船舶海工' },
    expert: profile({
      keywords: ['焊接', '海工装备', '焊接变形控制'],
      industries: ['船舶海工'],
      disciplines: ['材料加工工程'],
      bio: '长期从事船舶与海洋工程结构焊接研究。',
      achievements: [{ kind: 'paper', title: '厚板多层多道焊残余应力数值模拟', abstract: '研究海工厚板焊接残余应力与变形。', keywords: ['残余应力'], year: 2024 }],
    }),
  },
  {
    name: 'English fuel cell demand vs a mixed-language profile',
    demand: { text: 'Improving catalyst durability in PEM fuel cell stacks', keywords: ['fuel cells'] },
    expert: profile({
      keywords: ['fuel cell', 'catalyst durability', '氢能'],
      bio: 'Works on membrane electrode assemblies and catalysts for hydrogen fuel cells.',
      industries: ['氢能'],
    }),
  },
  {
    name: 'Chinese demand vs an English profile (translation only)',
    demand: { text: '燃料电池催化剂耐久性' },
    expert: profile({ keywords: ['fuel cell', 'catalyst durability'], bio: 'PEM fuel cell catalysts.' }),
  },
  {
    name: 'textile demand vs a partly related chemist',
    demand: { text: '功能性纺织面料抗菌整理工艺\n家纺面料需要耐洗抗菌整理，寻求化学助剂方案。', industries: ['高端纺织'] },
    expert: profile({
      keywords: ['抗菌材料', '纺织助剂', '高分子合成'],
      industries: ['高端纺织', '新材料'],
      bio: '研究纺织用抗菌助剂与高分子材料。',
    }),
  },
];

describe('match reasons name only shared terms', () => {
  for (const pair of PAIRS) {
    it(`each reason term occurs in both texts: ${pair.name}`, () => {
      const reasons = reasonsFor(pair.demand, pair.expert);
      const demandText = [pair.demand.text, ...(pair.demand.keywords ?? []), ...(pair.demand.industries ?? [])].join('\n');
      const expertText = profileText(pair.expert);
      let named = 0;
      for (const r of reasons) {
        if (r.kind === 'translation' || r.kind === 'district' || r.kind === 'cluster') continue;
        expect(r.terms, `${r.kind}: ${r.detail}`).toBeDefined();
        for (const term of r.terms ?? []) {
          named++;
          expect(occursIn(term, demandText), `「${term}」 (${r.detail}) in the demand`).toBe(true);
          expect(occursIn(term, expertText), `「${term}」 (${r.detail}) in the profile`).toBe(true);
          expect(r.detail).toContain(term);
        }
      }
      if (pair.name.startsWith('Chinese demand vs an English')) expect(reasons.map((r) => r.kind)).toContain('translation');
      else expect(named, JSON.stringify(reasons)).toBeGreaterThan(0);
    });
  }

  it('does not name a profile keyword that only shares a sub-word with the demand (整车控制器 for 整车热管理)', () => {
    const reasons = reasonsFor(PAIRS[0].demand, PAIRS[0].expert);
    const all = reasons.map((r) => r.detail).join(' ');
    expect(all).not.toContain('整车控制器');
    expect(all).not.toContain('轻量化车身');
    expect(all).toContain('整车');
  });

  it('names a profile keyword whole when all of it is in the demand', () => {
    const reasons = reasonsFor(PAIRS[1].demand, PAIRS[1].expert);
    const keywords = reasons.find((r) => r.kind === 'keywords')?.terms ?? [];
    expect(keywords).toEqual(expect.arrayContaining(['焊接', '焊接变形控制']));
    expect(keywords).not.toContain('海工装备'); // the demand says 海工平台: only 海工 is shared
    expect(keywords).toContain('海工');
    expect(reasons).toContainEqual({ kind: 'cluster', detail: '同属产业集群: 船舶海工' });
  });
});
