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

export interface TTextColumns {
  tsv: AnyPgColumn | SQL;
  name: AnyPgColumn | SQL;
  pinyin?: AnyPgColumn | SQL;
  initials?: AnyPgColumn | SQL;
}

/**
 * One search condition used everywhere: jieba tokens against the tsvector, pinyin full/initial
 * prefixes for Latin input ("zsf"), trigram similarity on the name for typos, and a substring on the
 * name. Returns the WHERE fragment and a rank (higher is better).
 */
export function textMatch(q: string, cols: TTextColumns): { where: SQL; rank: SQL } | null {
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
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  conds.push(sql`${cols.name} ilike ${like}`);
  ranks.push(sql`(case when ${cols.name} = ${query} then 2 when ${cols.name} ilike ${like} then 1 else 0 end)`);
  if (ASCII_LETTERS.test(query) && cols.initials && cols.pinyin) {
    const prefix = `${query.toLowerCase()}%`;
    conds.push(sql`${cols.initials} like ${prefix}`, sql`${cols.pinyin} like ${prefix}`);
    ranks.push(sql`(case when ${cols.initials} = ${query.toLowerCase()} then 1.5 when ${cols.pinyin} like ${prefix} then 1.2 else 0.8 end * (${cols.initials} like ${prefix} or ${cols.pinyin} like ${prefix})::int)`);
  }
  if (HAS_HAN.test(query) && query.length <= 20) {
    conds.push(sql`${cols.name} % ${query}`);
    ranks.push(sql`similarity(${cols.name}, ${query})`);
  }
  return { where: sql`(${sql.join(conds, sql` or `)})`, rank: sql`(${sql.join(ranks, sql` + `)})` };
}
