import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { pinyin } from 'pinyin-pro';

const jieba = Jieba.withDict(dict);
const loadedWords = new Set<string>();

/** Adds domain words (from the city configuration) to the segmenter, so 院士工作站 stays one token. */
export function addUserWords(words: readonly string[]): void {
  const fresh = words.filter((w) => w.trim() && !loadedWords.has(w));
  if (fresh.length === 0) return;
  for (const w of fresh) loadedWords.add(w);
  // High frequency so the user word wins over the built-in split; "n" = noun.
  jieba.loadDict(Buffer.from(fresh.map((w) => `${w.trim()} 100000 n`).join('\n')));
}

const TOKEN_OK = /[\p{L}\p{N}]/u;
const STOP = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '等', 'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in']);

function clean(tokens: string[]): string[] {
  const out = new Set<string>();
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase();
    if (!t || !TOKEN_OK.test(t) || STOP.has(t)) continue;
    out.add(t.replace(/[\s'"\\:&|!()<>*]/g, ''));
  }
  out.delete('');
  return [...out];
}

/** Tokens to store for full-text search (search mode: overlapping sub-words too). */
export function indexTokens(...texts: Array<string | null | undefined>): string {
  const tokens: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    tokens.push(...jieba.cutForSearch(text, true));
  }
  return clean(tokens).join(' ');
}

/** Tokens of a user's query (precise mode). */
export function queryTokens(q: string): string[] {
  return clean(jieba.cut(q, true));
}

/** Full pinyin and initials of a Chinese name ("张三丰" → zhangsanfeng / zsf); surnames read as surnames. */
export function pinyinKeys(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
  const parts = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { full: parts.join(''), initials: parts.map((p) => p[0]).join('') };
}

const ASCII_LETTERS = /^[a-z]+$/i;
const HAS_HAN = /\p{Script=Han}/u;

/**
 * Every substring of a short Chinese name as a token (张三丰 → 张 三 丰 张三 三丰 张三丰), so "张三" or a
 * surname alone finds the name through the GIN index instead of an unindexable ILIKE '%…%'.
 * Longer names get their single characters and pairs.
 */
export function nameGrams(name: string | null | undefined): string {
  const chars = [...(name ?? '').replace(/[^\p{Script=Han}]/gu, '')];
  const out = new Set<string>();
  const maxLen = chars.length <= 4 ? chars.length : 2;
  for (let len = 1; len <= maxLen; len++)
    for (let i = 0; i + len <= chars.length; i++) out.add(chars.slice(i, i + len).join(''));
  return [...out].join(' ');
}

export interface TTextColumns {
  tsv: AnyPgColumn | SQL;
  name: AnyPgColumn | SQL;
  pinyin?: AnyPgColumn | SQL;
  initials?: AnyPgColumn | SQL;
}

/**
 * One search condition used everywhere, built from branches that each have an index:
 * - jieba tokens of the query against the tsvector (GIN) — words in any field, and name n-grams;
 * - Latin input ("zsf", "zhangsan") as a prefix of the pinyin initials or full pinyin (btree);
 * - Chinese input by its pinyin (btree): a same-sound typo (张小燕 for 张晓燕) still finds the name;
 * - the name's prefix, and — for queries of 3+ characters, where trigrams exist — a substring and
 *   trigram similarity (GIN trgm).
 * Returns the WHERE fragment and a rank (higher is better).
 */
export function textMatch(q: string, cols: TTextColumns): { where: SQL; rank: SQL; arms: SQL[] } | null {
  const query = q.trim().slice(0, 100);
  if (!query) return null;
  const tokens = queryTokens(query);
  const conds: SQL[] = [];
  const ranks: SQL[] = [];
  if (tokens.length > 0) {
    const tsq = sql`plainto_tsquery('simple', ${tokens.join(' ')})`;
    conds.push(sql`${cols.tsv} @@ ${tsq}`);
    ranks.push(sql`ts_rank(${cols.tsv}, ${tsq})`);
  }
  const escaped = query.replace(/[\\%_]/g, (c) => `\\${c}`);
  conds.push(sql`${cols.name} like ${`${escaped}%`}`);
  ranks.push(sql`(case when ${cols.name} = ${query} then 3 when ${cols.name} like ${`${escaped}%`} then 1 else 0 end)`);
  if ([...query].length >= 3) {
    conds.push(sql`${cols.name} ilike ${`%${escaped}%`}`);
    ranks.push(sql`(${cols.name} ilike ${`%${escaped}%`})::int * 0.5`);
  }
  if (ASCII_LETTERS.test(query) && cols.initials && cols.pinyin) {
    const lower = query.toLowerCase();
    const prefix = `${lower}%`;
    conds.push(sql`${cols.initials} like ${prefix}`, sql`${cols.pinyin} like ${prefix}`);
    ranks.push(
      sql`(case when ${cols.initials} = ${lower} or ${cols.pinyin} = ${lower} then 1.5 when ${cols.pinyin} like ${prefix} then 1.2 when ${cols.initials} like ${prefix} then 0.8 else 0 end)`,
    );
  }
  if (HAS_HAN.test(query) && cols.pinyin && [...query].length <= 6) {
    const full = pinyinKeys(query).full;
    if (full) {
      conds.push(sql`${cols.pinyin} = ${full}`);
      ranks.push(sql`(${cols.pinyin} = ${full})::int * 1.5`);
    }
  }
  if (HAS_HAN.test(query) && [...query].length >= 4 && [...query].length <= 30) {
    conds.push(sql`${cols.name} % ${query}`);
    ranks.push(sql`similarity(${cols.name}, ${query})`);
  }
  return { where: sql`(${sql.join(conds, sql` or `)})`, rank: sql`(${sql.join(ranks, sql` + `)})`, arms: conds };
}
