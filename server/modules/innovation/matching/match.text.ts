import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { stemmer } from 'stemmer';
import { loadCityConfig } from '../../../platform/orgs/city-config.js';
import { addUserWords } from '../../../platform/search/text.js';
import { translationsFor } from './match.glossary.js';

// The matcher's analyzer: jieba for Chinese (search mode on the index side, precise mode on the query
// side), lower-case + stop words + Porter stemming for Latin text. Both sides produce the same term
// space, so a term stored in expert_terms is exactly what a query term looks like.

const jieba = Jieba.withDict(dict);
const userWords = new Set<string>();

/**
 * Adds domain words to the matcher's segmenter (and to the platform's search segmenter), so
 * 海工装备 or 院士工作站 stay one term. Call with the city dictionary at startup.
 */
export function addMatchWords(words: readonly string[]): void {
  addUserWords(words);
  const fresh = words.map((w) => w.trim()).filter((w) => w && !userWords.has(w));
  if (fresh.length === 0) return;
  for (const w of fresh) userWords.add(w);
  jieba.loadDict(Buffer.from(fresh.map((w) => `${w} 100000 n`).join('\n')));
}

let cityLoaded = false;

/** The city's dictionary and cluster names, loaded once (the same file the server was started with). */
function ensureCityWords(): void {
  if (cityLoaded) return;
  cityLoaded = true;
  try {
    const city = loadCityConfig({ city: process.env.KEXIE_CITY, file: process.env.KEXIE_CITY_FILE });
    addMatchWords([
      ...city.dictionary.userWords,
      ...city.clusters.key,
      ...city.clusters.emerging,
      ...city.clusters.future,
    ]);
  } catch {
    // No readable city file: the built-in dictionary still segments; user words can be added explicitly.
  }
}

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]+$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** English stop words (a compact SMART/Lucene-style list) plus words that say nothing in a profile or demand. */
const EN_STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
via per et al use used using based new study research method methods approach approaches paper result results propose proposed
within without towards toward among however thus therefore e g eg ie etc may might must shall need needs needed want seek seeking
company enterprise expert experts problem problems solution solutions solve provide provides help hope looking`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Chinese function words and the boilerplate every demand or profile carries ("我公司希望寻求…专家合作").
 * Kept short on purpose: IDF takes care of the merely frequent.
 */
const ZH_STOP = new Set(
  `的 了 和 与 及 或 在 是 等 对 从 为 以 于 将 把 被 由 向 其 之 而 并 且 也 就 都 又 还 则 即 个 这 那 此 该 各 每 某 我 我们 你 您 他 她 它
们 有 无 没有 不 非 能 可 可以 能够 需 需要 要 想 希望 寻求 寻找 求 请 拟 欲 愿 现 现有 目前 当前 主要 进行 开展 从事 实现 解决 提高 提升
提供 具有 具备 存在 通过 采用 利用 使用 基于 相关 有关 方面 方向 问题 一些 一种 一个 多种 各种 若干 以及 及其 其中 并且 或者 如何 怎样 什么 哪些
公司 企业 我司 本公司 单位 专家 合作 对接 支持 帮助 研究 技术 方法 工作 领域 情况 过程 需求 项目 难题 方案 服务 等等 包括 例如 比如
年 月 日 多 大 小 高 新 好 较 很 更 最 非常 一定 进一步 重点 主要是 其他 以上 以下 左右 用于 应用 行业 产业`
    .split(/\s+/)
    .filter(Boolean),
);

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word (cached). */
export function stemWord(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

function normalizeLatin(token: string): string | null {
  const t = token.toLowerCase();
  if (EN_STOP.has(t)) return null;
  if (/^\p{N}+$/u.test(t)) return t.length >= 2 && t.length <= 6 ? t : null; // years, "304", "5"; not long ids
  if (t.length === 1) return null;
  return /\p{N}/u.test(t) ? t : stemWord(t);
}

function normalizeToken(raw: string): string | null {
  const t = raw.trim();
  if (!t || !WORD_CHAR.test(t)) return null;
  if (HAN.test(t)) {
    if (ZH_STOP.has(t)) return null;
    return t.toLowerCase();
  }
  if (LATIN_OR_DIGIT.test(t)) return normalizeLatin(t);
  // Mixed or other scripts (e.g. "Ti-6Al-4V" pieces already split by jieba): keep letters/digits only.
  const s = t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return s.length >= 2 ? s : null;
}

/** Splits Latin runs the way jieba does not: "fuel-cell/PEMFC" → fuel, cell, pemfc. */
function splitLatin(token: string): string[] {
  if (HAN.test(token)) return [token];
  return token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Joins the two stems of a Latin bigram ("fuel_cell"); no single term contains it. */
export const PHRASE_JOIN = '_';

/**
 * Adjacent Latin word pairs of a text, as stems ("fuel cells" → fuel_cell). Punctuation, Chinese text
 * and stop words break a phrase: "thermal runaway of batteries" gives thermal_runaway only.
 */
export function latinBigrams(text: string | null | undefined): string[] {
  if (!text || !/[a-z]/i.test(text)) return [];
  const out: string[] = [];
  for (const piece of text.toLowerCase().split(/[^a-z0-9\s-]+/)) {
    let prev: string | null = null;
    for (const w of piece.split(/[\s-]+/)) {
      if (!w) continue;
      const t = normalizeLatin(w);
      if (t && prev && t !== prev) out.push(prev + PHRASE_JOIN + t);
      prev = t;
    }
  }
  return out;
}

/** Terms of an indexed text, with repetitions (for term frequency): jieba search mode. */
export function indexTerms(text: string | null | undefined): string[] {
  if (!text) return [];
  ensureCityWords();
  const out: string[] = [];
  for (const raw of jieba.cutForSearch(text, true)) {
    for (const piece of splitLatin(raw)) {
      const t = normalizeToken(piece);
      if (t) out.push(t);
    }
  }
  return out;
}

/** One informative unit of a query: a precise-mode term and the sub-words it contains (for partial credit). */
export interface TQueryUnit {
  term: string;
  /** The word as written in the query (for reasons: "batteries", not the stem "batteri"). */
  surface: string;
  /** Sub-words of a Chinese compound (search mode), e.g. 燃料电池 → 燃料, 电池. Empty for simple words. */
  parts: string[];
  /** Occurrences in the query text (after normalization). */
  count: number;
  /** Translations (match.glossary.ts): alternative term lists in the other language. */
  alts: string[][];
}

/** Normalized query terms in text order, with repetitions. */
export function queryTermSequence(text: string): string[] {
  ensureCityWords();
  const out: string[] = [];
  for (const raw of jieba.cut(text, true))
    for (const piece of splitLatin(raw)) {
      const t = normalizeToken(piece);
      if (t) out.push(t);
    }
  return out;
}

/** Informative units of a query text: jieba precise mode, normalized, counted. */
export function queryUnits(text: string | null | undefined): TQueryUnit[] {
  if (!text) return [];
  ensureCityWords();
  const units = new Map<string, TQueryUnit>();
  for (const raw of jieba.cut(text, true)) {
    for (const piece of splitLatin(raw)) {
      const term = normalizeToken(piece);
      if (!term) continue;
      const unit = units.get(term);
      if (unit) {
        unit.count++;
        continue;
      }
      let parts: string[] = [];
      if (HAN.test(term) && [...term].length >= 3) {
        parts = [...new Set(jieba.cutForSearch(term, true).map(normalizeToken))].filter(
          (p): p is string => !!p && p !== term && [...p].length >= 2,
        );
      }
      units.set(term, { term, surface: piece.trim(), parts, count: 1, alts: [] });
    }
  }
  const list = [...units.values()];
  const translations = translationsFor(text, list.map((u) => u.term), queryTermSequence(text), queryTermSequence);
  for (const u of list) u.alts = translations.get(u.term) ?? [];
  return list;
}

/** Whether a single Han character term: these carry little meaning alone and are weighted down. */
export function isSingleHan(term: string): boolean {
  return [...term].length === 1 && HAN.test(term);
}
