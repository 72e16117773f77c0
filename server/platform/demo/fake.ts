// Deterministic fake data for the demo seeders and the benchmarks: the seeded PRNG, Chinese names, and
// the org tree as the generators see it. No randomness outside the PRNG, so the same seed gives the same
// data on every machine. Module generators (people.fake.ts, innovation.demo.ts) build on these.
import type { DbOrTx } from '../../db/client.js';
import { type TOrgKind, orgs } from '../orgs/org.schema.js';

// ---------------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for fake data, fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TRng {
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(table: TWeighted<T>): T;
  /** Up to n distinct items. */
  sample<T>(items: readonly T[], n: number): T[];
}

/** Items with cumulative weights, prepared once for O(log n) picks. */
export interface TWeighted<T> {
  items: readonly T[];
  cumulative: readonly number[];
  total: number;
}

export function weightedTable<T>(entries: ReadonlyArray<readonly [T, number]>): TWeighted<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, w] of entries) {
    if (w <= 0) continue;
    total += w;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new Error('weightedTable: no entry with a positive weight');
  return { items, cumulative, total };
}

export function createRng(seed: number): TRng {
  const next = mulberry32(seed);
  const rng: TRng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (table) => {
      const x = next() * table.total;
      let lo = 0;
      let hi = table.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (table.cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return table.items[lo];
    },
    sample: (items, n) => {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------------
// Names

/**
 * Surnames with weights (‰ of people, roughly): national frequency, shifted towards what 南通 registries
 * show — 陈 张 王 朱 徐 顾 陆 周 lead, and the local 缪 季 施 瞿 邱 冒 are far more common than nationally.
 */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['陈', 75], ['张', 65], ['王', 60], ['李', 40], ['朱', 38], ['徐', 36], ['周', 30], ['刘', 30],
  ['顾', 28], ['黄', 26], ['杨', 25], ['吴', 25], ['陆', 24], ['孙', 18], ['沈', 16], ['施', 16],
  ['钱', 14], ['季', 13], ['胡', 13], ['曹', 13], ['赵', 12], ['缪', 12], ['丁', 12], ['许', 12],
  ['高', 10], ['蔡', 10], ['姜', 10], ['范', 10], ['冯', 9], ['葛', 9], ['马', 8], ['何', 8],
  ['林', 8], ['蒋', 8], ['姚', 8], ['邱', 8], ['倪', 8], ['唐', 7], ['郑', 7], ['谢', 7],
  ['董', 7], ['袁', 7], ['潘', 7], ['金', 7], ['夏', 7], ['郭', 6], ['罗', 6], ['梁', 6],
  ['宋', 6], ['韩', 6], ['邓', 6], ['田', 6], ['叶', 6], ['严', 6], ['戴', 6], ['彭', 5],
  ['肖', 5], ['程', 5], ['苏', 5], ['吕', 5], ['汪', 5], ['石', 5], ['邵', 5], ['汤', 5],
  ['曾', 4], ['于', 4], ['余', 4], ['杜', 4], ['魏', 4], ['任', 4], ['卢', 4], ['方', 4],
  ['秦', 4], ['江', 4], ['薛', 4], ['史', 4], ['陶', 4], ['毛', 4], ['龚', 4], ['瞿', 4],
  ['崔', 3], ['钟', 3], ['贾', 3], ['邹', 3], ['孟', 3], ['冒', 3], ['储', 3], ['包', 3],
  ['茅', 3], ['谭', 2], ['廖', 2], ['付', 2], ['白', 2], ['熊', 2], ['尹', 2], ['段', 2],
  ['雷', 2], ['侯', 2], ['贺', 2], ['万', 2], ['武', 2], ['莫', 2], ['孔', 2], ['仇', 2],
  ['韦', 1], ['闫', 1], ['龙', 1], ['黎', 1], ['郝', 1], ['覃', 0.5], ['向', 0.5], ['欧阳', 0.5],
  ['诸葛', 0.2], ['上官', 0.2], ['司马', 0.2],
];

/** Given-name characters by gender and era: classic (born before ~1970), common, modern (after ~1985). */
const GIVEN = {
  男: {
    single: ['伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '斌', '辉', '刚', '健', '峰', '华', '平', '鹏', '飞', '俊', '波', '兵', '亮', '海', '宇', '浩', '凯', '晨', '阳', '东', '林', '新', '忠', '彬', '剑', '锐', '翔', '骏', '龙', '锋', '欣'],
    classic: { first: ['建', '国', '志', '永', '卫', '德', '振', '立', '春', '桂', '金', '宝', '学', '家', '荣'], second: ['国', '华', '军', '平', '民', '东', '明', '林', '生', '根', '荣', '兴', '良', '昌', '祥', '忠'] },
    common: { first: ['晓', '海', '文', '俊', '宏', '建', '云', '红', '志', '小', '新', '卫', '伟', '明', '春', '国', '永', '军'], second: ['华', '军', '明', '平', '强', '伟', '林', '峰', '东', '杰', '辉', '涛', '斌', '刚', '勇', '波', '兵', '锋', '庆', '俊'] },
    modern: { first: ['子', '浩', '宇', '嘉', '天', '思', '一', '博', '泽', '俊', '志', '晨', '文', '家', '明', '逸', '皓', '睿'], second: ['轩', '然', '航', '宇', '辰', '阳', '豪', '杰', '晨', '凯', '鹏', '远', '涛', '超', '哲', '楠', '昊', '峰'] },
  },
  女: {
    single: ['芳', '娟', '敏', '静', '丽', '艳', '燕', '霞', '玲', '红', '梅', '琳', '雪', '婷', '慧', '颖', '洁', '倩', '萍', '英', '兰', '琴', '云', '莉', '佳', '欣', '蕾', '晶', '虹', '娜', '瑾', '璐', '君', '岚'],
    classic: { first: ['秀', '桂', '玉', '凤', '金', '美', '月', '素', '淑', '兰', '翠', '银'], second: ['英', '兰', '芳', '华', '珍', '萍', '娟', '琴', '梅', '凤', '霞', '芬', '红', '英'] },
    common: { first: ['晓', '丽', '海', '春', '红', '雪', '文', '小', '燕', '亚', '慧', '静', '建', '美', '金', '秀'], second: ['燕', '红', '霞', '丽', '萍', '娟', '芳', '琴', '梅', '华', '玲', '敏', '洁', '琳', '艳', '云'] },
    modern: { first: ['雨', '思', '佳', '梦', '欣', '诗', '雅', '婷', '可', '晓', '梓', '语', '若', '心', '书', '一'], second: ['琪', '涵', '怡', '然', '婷', '颖', '倩', '莹', '萱', '瑶', '彤', '洁', '雯', '妍', '悦', '琳'] },
  },
} as const;

const surnameTable = weightedTable(SURNAMES);

export function fakeName(rng: TRng, gender: '男' | '女', birthYear: number): string {
  const surname = rng.weighted(surnameTable);
  const pools = GIVEN[gender];
  // Single-character given names were commoner in older generations.
  const singleP = birthYear < 1970 ? 0.32 : birthYear < 1985 ? 0.25 : 0.16;
  if (rng.chance(singleP)) return surname + rng.pick(pools.single);
  const era =
    birthYear < 1968
      ? rng.weighted(ERA_OLD)
      : birthYear < 1985
        ? rng.weighted(ERA_MID)
        : rng.weighted(ERA_YOUNG);
  const pool = pools[era];
  let first: string = rng.pick(pool.first);
  let second: string = rng.pick(pool.second);
  if (first === second) second = rng.pick(pools.single);
  if (first === second) first = rng.pick(pool.first);
  return surname + first + second;
}

const ERA_OLD = weightedTable<'classic' | 'common' | 'modern'>([['classic', 6], ['common', 4]]);
const ERA_MID = weightedTable<'classic' | 'common' | 'modern'>([['classic', 1], ['common', 7], ['modern', 2]]);
const ERA_YOUNG = weightedTable<'classic' | 'common' | 'modern'>([['common', 3], ['modern', 7]]);

// ---------------------------------------------------------------------------------------------------
// Orgs as the generator sees them

export interface TFakeOrg {
  id: number;
  name: string;
  kind: TOrgKind;
  /** The district (县区) the org lies in, if any. */
  district?: { code: string; adcode: string; name: string };
}

/**
 * Orgs as the fake generator needs them: each with its district (县区科协), found through the
 * materialized path. Used by the demo seeder and the benchmarks.
 */
export async function loadFakeOrgs(db: DbOrTx): Promise<Array<TFakeOrg & { code: string; path: string }>> {
  const rows = await db
    .select({ id: orgs.id, code: orgs.code, name: orgs.name, kind: orgs.kind, adcode: orgs.adcode, path: orgs.path })
    .from(orgs)
    .orderBy(orgs.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows.map((r) => {
    const district = r.path
      .split('/')
      .filter(Boolean)
      .map((id) => byId.get(Number(id)))
      .find((o) => o?.kind === 'district');
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      path: r.path,
      district: district
        ? { code: district.code, adcode: district.adcode ?? '', name: district.name.replace(/(科学技术协会|科协)$/, '') }
        : undefined,
    };
  });
}
