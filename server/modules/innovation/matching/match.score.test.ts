import { describe, expect, it } from 'vitest';
import { PHRASE_FLOOR, PIVOT_UNITS, TAIL_WEIGHT, finalScore, prepareQuery, scoreText, termCoverage } from './match.score.js';

const unit = (term: string, count = 1) => ({ term, surface: term, parts: [], count, alts: [] });
const stats = (df: Record<string, number>) => ({ n: 1000, avgLength: 100, df: new Map(Object.entries(df)) });

describe('match score', () => {
  it('saturates term coverage below 1 and penalizes long profiles', () => {
    expect(termCoverage(0, 100, 100)).toBe(0);
    expect(termCoverage(3, 100, 100)).toBeCloseTo(0.75, 5);
    expect(termCoverage(1000, 100, 100)).toBeLessThan(1);
    expect(termCoverage(3, 400, 100)).toBeLessThan(termCoverage(3, 100, 100));
  });

  it('gives a profile covering every term of a short demand a score near its term coverage', () => {
    const q = prepareQuery([unit('焊接'), unit('变形')], stats({ 焊接: 10, 变形: 20 }));
    const s = scoreText(q, new Map([['焊接', 3], ['变形', 3]]), 100, 100);
    expect(s.coverage).toBeCloseTo(0.75, 5);
    expect(s.hits.map((h) => h.term).sort()).toEqual(['变形', '焊接']);
  });

  it('discounts the tail of a long demand in the denominator only', () => {
    const terms = Array.from({ length: PIVOT_UNITS + 4 }, (_, i) => `t${i}`);
    const q = prepareQuery(terms.map((t) => unit(t)), stats(Object.fromEntries(terms.map((t) => [t, 10]))));
    const w = q.units[0].weight;
    expect(q.norm).toBeCloseTo(w * (PIVOT_UNITS + 4 * TAIL_WEIGHT), 5);
    const all = scoreText(q, new Map(terms.map((t) => [t, 1000])), 100, 100);
    expect(all.coverage).toBe(1);
  });

  it('prefers a profile with the phrase to one with both words apart, when some profile has the phrase', () => {
    const phrase = { term: 'fuel_cell', a: 'fuel', b: 'cell' };
    const q = prepareQuery([unit('fuel'), unit('cell')], stats({ fuel: 20, cell: 20, fuel_cell: 5 }), [phrase]);
    const together = scoreText(q, new Map([['fuel', 3], ['cell', 3], ['fuel_cell', 3]]), 100, 100).coverage;
    const apart = scoreText(q, new Map([['fuel', 3], ['cell', 3]]), 100, 100).coverage;
    expect(apart).toBeCloseTo(together * PHRASE_FLOOR, 5);
    const unknown = prepareQuery([unit('fuel'), unit('cell')], stats({ fuel: 20, cell: 20 }), [phrase]);
    expect(scoreText(unknown, new Map([['fuel', 3], ['cell', 3]]), 100, 100).coverage).toBeCloseTo(together, 5);
  });

  it('lifts by signals without creating a score, and stays in [0, 1]', () => {
    const none = { sameCluster: false, sameDistrict: false, sharedIndustries: 0 };
    const all = { sameCluster: true, sameDistrict: true, sharedIndustries: 2 };
    expect(finalScore(0, all)).toBe(0);
    expect(finalScore(0.5, all)).toBeGreaterThan(finalScore(0.5, none));
    expect(finalScore(1, all)).toBe(1);
    for (let c = 0; c <= 1; c += 0.05) expect(finalScore(c, all)).toBeLessThanOrEqual(1);
  });
});
