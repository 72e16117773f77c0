import { type SQL, and, asc, eq, getTableColumns, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type TActor, scopeCondition } from '../../platform/auth/policy.js';
import { orgs } from '../../platform/orgs/org.schema.js';
import { indexTokens, nameGrams, pinyinKeys, textMatch } from '../../platform/search/text.js';
import { people, personOrgs } from './person.schema.js';
import type { TPersonInput, TPersonQuery } from './person.types.js';

export type TPersonRow = typeof people.$inferSelect;
export type TPersonRowWithOrg = TPersonRow & { orgName: string; orgPath: string };

/** Search columns derived from a person's fields: jieba tokens, pinyin, initials. */
export function personSearchColumns(p: Pick<TPersonInput, 'name' | 'unit' | 'title' | 'education' | 'disciplines'>) {
  const keys = pinyinKeys(p.name);
  return {
    namePinyin: keys.full,
    nameInitials: keys.initials,
    searchText: `${indexTokens(p.name, p.unit, p.title, p.education, ...(p.disciplines ?? []))} ${nameGrams(p.name)}`.trim(),
  };
}

export function personValues(input: TPersonInput) {
  return {
    name: input.name,
    gender: input.gender ?? null,
    birthYear: input.birthYear ?? null,
    unit: input.unit ?? null,
    title: input.title ?? null,
    education: input.education ?? null,
    disciplines: input.disciplines ?? [],
    phone: input.phone ?? null,
    idNumber: input.idNumber ?? null,
    email: input.email ?? null,
    orgId: input.orgId,
    ...personSearchColumns(input),
  };
}

const { searchTsv: _tsv, ...personColumns } = getTableColumns(people);
const withOrg = { ...personColumns, orgName: orgs.name, orgPath: orgs.path };
// Lists leave out the search columns (long token strings nobody reads back).
const { searchText: _st, namePinyin: _np, nameInitials: _ni, ...listPersonColumns } = personColumns;
const listColumns = { ...listPersonColumns, orgName: orgs.name, orgPath: orgs.path };
type TMembership = { orgId: number; orgName: string; role: string };
export type TPersonListRow = Omit<TPersonRowWithOrg, 'searchText' | 'namePinyin' | 'nameInitials'> & { memberships: TMembership[] };

export async function findPersonById(db: DbOrTx, id: number): Promise<TPersonRowWithOrg | undefined> {
  const [row] = await db.select(withOrg).from(people).innerJoin(orgs, eq(orgs.id, people.orgId)).where(eq(people.id, id));
  return row as TPersonRowWithOrg | undefined;
}

export async function insertPeople(db: DbOrTx, rows: Array<ReturnType<typeof personValues> & { isDemo?: boolean; createdAt?: Date; updatedAt?: Date }>) {
  if (rows.length === 0) return [];
  return db.insert(people).values(rows).returning({ id: people.id });
}

export async function updatePersonRow(db: DbOrTx, id: number, values: Partial<ReturnType<typeof personValues>>) {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(people.id, id))
    .returning({ id: people.id });
  return row;
}

/** A PostgreSQL array literal ({"a","b"}) — drizzle's sql`` would spread a JS array into a list. */
function pgTextArrayLiteral(items: string[]): string {
  return `{${items.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/**
 * Updates many people in one statement (UPDATE … FROM (VALUES …)): an import of 10k known people is
 * one round trip per chunk instead of one per row.
 */
export async function updatePeopleRows(db: DbOrTx, rows: Array<{ id: number; values: ReturnType<typeof personValues> }>) {
  if (rows.length === 0) return;
  const tuples = rows.map(
    ({ id, values: v }) =>
      sql`(${id}::int, ${v.name}::text, ${v.gender}::text, ${v.birthYear}::smallint, ${v.unit}::text, ${v.title}::text, ${v.education}::text, ${pgTextArrayLiteral(v.disciplines)}::text[], ${v.phone}::text, ${v.idNumber}::text, ${v.email}::text, ${v.orgId}::int, ${v.namePinyin}::text, ${v.nameInitials}::text, ${v.searchText}::text)`,
  );
  await db.execute(sql`
    update people p set
      name = v.name, gender = v.gender, birth_year = v.birth_year, unit = v.unit, title = v.title,
      education = v.education, disciplines = v.disciplines, phone = v.phone, id_number = v.id_number,
      email = v.email, org_id = v.org_id, name_pinyin = v.name_pinyin, name_initials = v.name_initials,
      search_text = v.search_text, updated_at = now()
    from (values ${sql.join(tuples, sql`, `)}) as v(id, name, gender, birth_year, unit, title, education, disciplines, phone, id_number, email, org_id, name_pinyin, name_initials, search_text)
    where p.id = v.id`);
}

export async function deletePersonRow(db: DbOrTx, id: number) {
  await db.delete(people).where(eq(people.id, id));
}

export async function replaceMemberships(db: DbOrTx, personId: number, memberships: Array<{ orgId: number; role?: string }>) {
  await db.delete(personOrgs).where(eq(personOrgs.personId, personId));
  const unique = [...new Map(memberships.map((m) => [m.orgId, m])).values()];
  if (unique.length > 0)
    await db.insert(personOrgs).values(unique.map((m) => ({ personId, orgId: m.orgId, role: m.role ?? '会员' })));
}

export async function membershipsOf(db: DbOrTx, personIds: number[]) {
  if (personIds.length === 0) return new Map<number, Array<{ orgId: number; orgName: string; role: string }>>();
  const rows = await db
    .select({ personId: personOrgs.personId, orgId: personOrgs.orgId, orgName: orgs.name, role: personOrgs.role })
    .from(personOrgs)
    .innerJoin(orgs, eq(orgs.id, personOrgs.orgId))
    .where(inArray(personOrgs.personId, personIds));
  const map = new Map<number, Array<{ orgId: number; orgName: string; role: string }>>();
  for (const r of rows) {
    const list = map.get(r.personId) ?? [];
    list.push({ orgId: r.orgId, orgName: r.orgName, role: r.role });
    map.set(r.personId, list);
  }
  return map;
}

/** Paths of the existing orgs among the ids (for validating orgs and memberships). */
export async function orgPathsOf(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(inArray(orgs.id, ids));
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** People matching natural keys (ID number, phone), with their org path: for idempotent import. */
export async function findByNaturalKeys(db: DbOrTx, idNumbers: string[], phones: string[]) {
  const conds: SQL[] = [];
  if (idNumbers.length) conds.push(inArray(people.idNumber, idNumbers));
  if (phones.length) conds.push(inArray(people.phone, phones));
  if (conds.length === 0) return [];
  return db
    .select({ id: people.id, idNumber: people.idNumber, phone: people.phone, orgId: people.orgId, orgPath: orgs.path })
    .from(people)
    .innerJoin(orgs, eq(orgs.id, people.orgId))
    .where(sql.join(conds, sql` or `));
}

function filters(actor: TActor, q: TPersonQuery): { where: SQL | undefined; rank?: SQL } {
  const conds: SQL[] = [scopeCondition(actor, people.orgId)];
  let rank: SQL | undefined;
  if (q.q) {
    const m = textMatch(q.q, { tsv: people.searchTsv, name: people.name, pinyin: people.namePinyin, initials: people.nameInitials });
    if (m) {
      // One index per arm, unioned: an OR of the arms made PostgreSQL scan the whole table and test the
      // trigram and ILIKE arms on every row (300 ms for a title word over 100k people).
      const arms = m.arms.map((a) => sql`select id from people where ${a}`);
      conds.push(sql`${people.id} in (${sql.join(arms, sql` union `)})`);
      rank = m.rank;
    }
  }
  if (q.orgId) conds.push(sql`${people.orgId} in (select id from orgs where path like (select path from orgs where id = ${q.orgId}) || '%')`);
  if (q.gender) conds.push(eq(people.gender, q.gender));
  if (q.title) conds.push(eq(people.title, q.title));
  if (q.education) conds.push(eq(people.education, q.education));
  if (q.discipline) conds.push(sql`${q.discipline} = any(${people.disciplines})`);
  if (q.birthYearFrom) conds.push(gte(people.birthYear, q.birthYearFrom));
  if (q.birthYearTo) conds.push(lte(people.birthYear, q.birthYearTo));
  if (q.isDemo) conds.push(eq(people.isDemo, q.isDemo === 'true'));
  return { where: and(...conds), rank };
}

const SORT_COLUMNS = { name: people.namePinyin, birthYear: people.birthYear, createdAt: people.createdAt, updatedAt: people.updatedAt };

/** One page of people in the actor's scope, plus the total. Search results rank by relevance unless sorted. */
export async function selectPeople(db: DbOrTx, actor: TActor, q: TPersonQuery, opts: { limit: number; offset: number; count?: boolean }) {
  const { where, rank } = filters(actor, q);
  const order: SQL[] = [];
  if (q.sort) {
    const desc_ = q.sort.startsWith('-');
    const col = SORT_COLUMNS[q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
    order.push(desc_ ? sql`${col} desc nulls last` : sql`${col} asc nulls last`);
  } else if (rank) {
    order.push(sql`${rank} desc`);
  } else {
    order.push(sql`${people.updatedAt} desc nulls last`); // matches people_updated_idx
  }
  order.push(asc(people.id));
  // One round trip: the page, its memberships and the total together. On the embedded database every
  // statement costs a trip through the single connection, which dominated a 20-row page (bench/).
  const membershipsJson = sql<TMembership[]>`coalesce((select json_agg(json_build_object('orgId', po.org_id, 'orgName', mo.name, 'role', po.role) order by po.org_id) from person_orgs po join orgs mo on mo.id = po.org_id where po.person_id = ${people.id}), '[]'::json)`;
  const page = (filter: SQL | undefined, totalSql: SQL<number>) =>
    db
      .select({ ...listColumns, memberships: membershipsJson, total: totalSql })
      .from(people)
      .innerJoin(orgs, eq(orgs.id, people.orgId))
      .where(filter)
      .orderBy(...order)
      .limit(opts.limit)
      .offset(opts.offset);
  let rows: Awaited<ReturnType<typeof page>>;
  if (rank) {
    // A search: the matching ids once (a CTE used twice is materialized), then the count and the ranked page
    // over them — instead of evaluating the search condition a second time for the count.
    const hits = db.$with('hits').as(db.select({ id: people.id }).from(people).where(where));
    const totalSql = opts.count === false ? sql<number>`-1` : sql<number>`(select count(*)::int from ${hits})`;
    rows = await db
      .with(hits)
      .select({ ...listColumns, memberships: membershipsJson, total: totalSql })
      .from(people)
      .innerJoin(orgs, eq(orgs.id, people.orgId))
      .where(inArray(people.id, db.select({ id: hits.id }).from(hits)))
      .orderBy(...order)
      .limit(opts.limit)
      .offset(opts.offset);
  } else {
    rows = await page(where, opts.count === false ? sql<number>`-1` : sql<number>`(select count(*)::int from people where ${where})`);
  }
  let total = rows[0]?.total ?? 0;
  // A page past the end has no row to carry the total.
  if (rows.length === 0 && opts.offset > 0 && opts.count !== false) {
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(people).where(where);
    total = c?.n ?? 0;
  }
  const items = rows.map(({ total: _t, ...r }) => r);
  return { items: items as Array<TPersonListRow>, total };
}

/** For the global search: best matches in scope, id + display fields + rank. */
export async function searchPeople(db: DbOrTx, actor: TActor, q: string, limit: number) {
  const m = textMatch(q, { tsv: people.searchTsv, name: people.name, pinyin: people.namePinyin, initials: people.nameInitials });
  if (!m) return [];
  return db
    .select({ id: people.id, name: people.name, unit: people.unit, title: people.title, rank: sql<number>`${m.rank}` })
    .from(people)
    .where(and(scopeCondition(actor, people.orgId), m.where))
    .orderBy(sql`${m.rank} desc`, asc(people.id))
    .limit(limit);
}

