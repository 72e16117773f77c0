import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, queryRows } from '../../server/db/client.js';
import { insertFixtureExperts, type TFixtureExpert } from '../../server/modules/innovation/matching/match.fixtures.js';
import { addMatchWords } from '../../server/modules/innovation/matching/match.text.js';
import { loadCityConfig } from '../../server/platform/orgs/city-config.js';
import { applyCityConfig } from '../../server/platform/orgs/org.service.js';
import { addUserWords } from '../../server/platform/search/text.js';

export interface TJudgedExpert {
  key: string;
  name: string;
  district: string;
  unit: string;
  title: string;
  disciplines: string[];
  industries: string[];
  keywords: string[];
  bio: string;
  achievements: Array<{ kind: 'paper' | 'patent' | 'project' | 'award' | 'other'; year: number; title: string; abstract?: string; keywords: string[] }>;
}

export interface TJudgedDemand {
  key: string;
  lang: 'zh' | 'en';
  district: string;
  cluster: string;
  short: string;
  long: string;
}

export interface TJudgments {
  experts: TJudgedExpert[];
  demands: TJudgedDemand[];
  judgments: Array<{ demand: string; expert: string; grade: number }>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

export function loadJudgments(file = path.join(HERE, 'judgments.json')): TJudgments {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TJudgments;
}

/** Grades per demand key: expert key → grade. */
export function gradesByDemand(j: TJudgments): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const x of j.judgments) {
    if (!out.has(x.demand)) out.set(x.demand, new Map());
    out.get(x.demand)!.set(x.expert, x.grade);
  }
  return out;
}

/** A fresh database with the city's org tree and dictionary (PostgreSQL when a URL is given). */
export async function openEvalDatabase(databaseUrl?: string): Promise<Database> {
  const city = loadCityConfig({ city: 'nantong' });
  addUserWords(city.dictionary.userWords);
  addMatchWords(city.dictionary.userWords);
  const database = await openDatabase(databaseUrl ? { databaseUrl } : {});
  await applyCityConfig(database.db, city);
  return database;
}

export async function orgIdsByCode(database: Pick<Database, 'db'>): Promise<Map<string, number>> {
  const rows = await queryRows<{ id: number; code: string }>(database.db, sql`select id, code from orgs`);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export function toFixture(e: TJudgedExpert, orgIds: Map<string, number>): TFixtureExpert {
  return {
    name: e.name,
    orgId: orgIds.get(e.district) ?? orgIds.get('root')!,
    unit: e.unit,
    title: e.title,
    disciplines: e.disciplines,
    industries: e.industries,
    keywords: e.keywords,
    bio: e.bio,
    achievements: e.achievements,
  };
}

/** Loads the judged pool; returns expert key ↔ id maps. */
export async function loadPool(database: Pick<Database, 'db'>, j: TJudgments): Promise<{ idByKey: Map<string, number>; keyById: Map<number, string> }> {
  const orgIds = await orgIdsByCode(database);
  const ids = await insertFixtureExperts(
    database.db,
    j.experts.map((e) => toFixture(e, orgIds)),
  );
  const idByKey = new Map(j.experts.map((e, i) => [e.key, ids[i]]));
  const keyById = new Map(j.experts.map((e, i) => [ids[i], e.key]));
  return { idByKey, keyById };
}
