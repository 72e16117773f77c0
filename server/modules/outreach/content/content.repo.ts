import { type AnyColumn, and, asc, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { textMatch } from '../../../platform/search/text.js';
import { type CONTENT_CHANNELS, contentColumns, contentPublications, contentScreens, contents } from './content.schema.js';
import type { TContentQuery, TPublicContentQuery } from './content.types.js';

export type TContentRow = typeof contents.$inferSelect & { orgName: string; orgPath: string; columnName: string | null };
export type TContentValues = typeof contents.$inferInsert;
export type TColumnRow = typeof contentColumns.$inferSelect & { orgName: string; orgPath: string };
export type TScreenRow = typeof contentScreens.$inferSelect & { orgName: string; orgPath: string };
export type TPublicationRow = typeof contentPublications.$inferSelect & { screenName: string | null; columnName: string | null };
export type TChannel = (typeof CONTENT_CHANNELS)[number];

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const inSubtree = (col: AnyColumn, orgId: number) =>
  sql`${col} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${orgId}) || '%')`;

const contentWithOrg = { ...getTableColumns(contents), orgName: orgs.name, orgPath: orgs.path, columnName: contentColumns.name };
const { searchTsv: _tsv, ...contentCols } = contentWithOrg;

function contentSelect(db: DbOrTx) {
  return db
    .select(contentCols)
    .from(contents)
    .innerJoin(orgs, eq(orgs.id, contents.orgId))
    .leftJoin(contentColumns, eq(contentColumns.id, contents.columnId));
}

export async function findContentById(db: DbOrTx, id: number): Promise<TContentRow | undefined> {
  const [row] = await contentSelect(db).where(eq(contents.id, id));
  return row as TContentRow | undefined;
}

export async function lockContentStatus(db: DbOrTx, id: number) {
  const [row] = await db.select({ status: contents.status }).from(contents).where(eq(contents.id, id)).for('update');
  return row?.status;
}

export async function insertContents(db: DbOrTx, rows: TContentValues[]) {
  if (rows.length === 0) return [];
  return db.insert(contents).values(rows).returning({ id: contents.id });
}

export async function updateContentRow(db: DbOrTx, id: number, values: Partial<TContentValues>) {
  await db
    .update(contents)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(contents.id, id));
}

export async function deleteContentRow(db: DbOrTx, id: number) {
  await db.delete(contents).where(eq(contents.id, id));
}

/** Content ids now on a channel (an active publication). */
const onChannel = (channel: TChannel, extra?: SQL) =>
  sql`exists (select 1 from content_publications p where p.content_id = ${contents.id} and p.channel = ${channel} and p.withdrawn_at is null${extra ? sql` and ${extra}` : sql``})`;

function searchCond(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const m = textMatch(q, { tsv: contents.searchTsv, name: contents.title });
  const p = likePattern(q);
  return m ? sql`(${m.where} or ${contents.summary} ilike ${p})` : undefined;
}

const SORTS: Record<string, AnyColumn> = {
  title: contents.title,
  createdAt: contents.createdAt,
  updatedAt: contents.updatedAt,
  publishedAt: contents.publishedAt,
};

export async function selectContents(db: DbOrTx, actor: TActor, q: TContentQuery) {
  const conds: Array<SQL | undefined> = [scopeCondition(actor, contents.orgId), searchCond(q.q)];
  if (q.status) conds.push(eq(contents.status, q.status));
  if (q.kind) conds.push(eq(contents.kind, q.kind));
  if (q.columnId) conds.push(eq(contents.columnId, q.columnId));
  if (q.channel) conds.push(onChannel(q.channel));
  if (q.orgId) conds.push(inSubtree(contents.orgId, q.orgId));
  if (q.isDemo) conds.push(eq(contents.isDemo, q.isDemo === 'true'));
  const w = and(...conds);
  let order: SQL = sql`${contents.updatedAt} desc`;
  if (q.sort) {
    const col = SORTS[q.sort.replace(/^-/, '')];
    if (col) order = q.sort.startsWith('-') ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
  }
  const [items, [{ n }]] = await Promise.all([
    contentSelect(db)
      .where(w)
      .orderBy(order, desc(contents.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(contents).where(w),
  ]);
  return { items: items as TContentRow[], total: Number(n) };
}

/** Published content on the portal: the portal channel, or — on a column's page — that column. */
export async function selectPublicContents(db: DbOrTx, q: TPublicContentQuery) {
  const conds: Array<SQL | undefined> = [
    eq(contents.status, 'published'),
    q.columnId ? onChannel('column', sql`p.column_id = ${q.columnId}`) : onChannel('portal'),
    searchCond(q.q),
  ];
  if (q.kind) conds.push(eq(contents.kind, q.kind));
  const w = and(...conds);
  const [items, [{ n }]] = await Promise.all([
    contentSelect(db)
      .where(w)
      .orderBy(desc(contents.publishedAt), desc(contents.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(contents).where(w),
  ]);
  return { items: items as TContentRow[], total: Number(n) };
}

/** A published content on the portal or a portal column (what its public page may show). */
export async function findPublicContent(db: DbOrTx, id: number): Promise<TContentRow | undefined> {
  const [row] = await contentSelect(db).where(
    and(eq(contents.id, id), eq(contents.status, 'published'), sql`(${onChannel('portal')} or ${onChannel('column')})`),
  );
  return row as TContentRow | undefined;
}

/** Is this upload shown by some published content? */
export async function isFileOfPublishedContent(db: DbOrTx, fileId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contents.id })
    .from(contents)
    .where(and(eq(contents.status, 'published'), sql`${fileId}::text = any(${contents.fileIds})`))
    .limit(1);
  return Boolean(row);
}

/** A screen's playlist: published content pinned to it, and content of its columns put on every screen. */
export async function selectPlaylist(db: DbOrTx, screen: { id: number; columnIds: number[] }, limit = 50) {
  const cols = screen.columnIds.length > 0 ? sql`array[${sql.join(screen.columnIds, sql`, `)}]::int[]` : sql`'{}'::int[]`;
  const rows = await contentSelect(db)
    .where(
      and(
        eq(contents.status, 'published'),
        sql`(${onChannel('bigscreen', sql`p.screen_id = ${screen.id}`)} or (${contents.columnId} = any(${cols}) and ${onChannel('bigscreen', sql`p.screen_id is null`)}))`,
      ),
    )
    .orderBy(desc(contents.publishedAt), desc(contents.id))
    .limit(limit);
  return rows as TContentRow[];
}

// ---- publications

export async function publicationsOf(db: DbOrTx, contentIds: number[]): Promise<Map<number, TPublicationRow[]>> {
  const map = new Map<number, TPublicationRow[]>();
  if (contentIds.length === 0) return map;
  const rows = await db
    .select({ ...getTableColumns(contentPublications), screenName: contentScreens.name, columnName: contentColumns.name })
    .from(contentPublications)
    .leftJoin(contentScreens, eq(contentScreens.id, contentPublications.screenId))
    .leftJoin(contentColumns, eq(contentColumns.id, contentPublications.columnId))
    .where(inArray(contentPublications.contentId, [...new Set(contentIds)]))
    .orderBy(desc(contentPublications.publishedAt), desc(contentPublications.id));
  for (const r of rows) {
    const list = map.get(r.contentId) ?? [];
    list.push(r);
    map.set(r.contentId, list);
  }
  return map;
}

export async function insertPublications(db: DbOrTx, rows: Array<typeof contentPublications.$inferInsert>) {
  if (rows.length === 0) return [];
  return db.insert(contentPublications).values(rows).returning({ id: contentPublications.id });
}

export async function withdrawPublications(
  db: DbOrTx,
  contentId: number,
  ids: number[] | null,
  by: { userId: number | null; name: string | null; reason: string | null },
) {
  return db
    .update(contentPublications)
    .set({ withdrawnAt: new Date(), withdrawnBy: by.userId, withdrawnByName: by.name, withdrawReason: by.reason })
    .where(
      and(
        eq(contentPublications.contentId, contentId),
        isNull(contentPublications.withdrawnAt),
        ids ? inArray(contentPublications.id, ids.length ? ids : [0]) : undefined,
      ),
    )
    .returning({ id: contentPublications.id });
}

// ---- columns

const columnWithOrg = { ...getTableColumns(contentColumns), orgName: orgs.name, orgPath: orgs.path };

export async function selectColumns(db: DbOrTx): Promise<Array<TColumnRow & { contentCount: number }>> {
  const rows = await db
    .select({
      ...columnWithOrg,
      contentCount: sql<number>`(select count(*)::int from contents c where c.column_id = content_columns.id and c.status = 'published')`,
    })
    .from(contentColumns)
    .innerJoin(orgs, eq(orgs.id, contentColumns.orgId))
    .orderBy(asc(contentColumns.sortOrder), asc(contentColumns.id));
  return rows.map((r) => ({ ...r, contentCount: Number(r.contentCount) }));
}

/** Columns for the portal: with the count of content published to each column channel. */
export async function selectPublicColumns(db: DbOrTx) {
  const rows = await db
    .select({
      id: contentColumns.id,
      name: contentColumns.name,
      description: contentColumns.description,
      contentCount: sql<number>`(select count(distinct p.content_id)::int from content_publications p join contents c on c.id = p.content_id
        where p.column_id = content_columns.id and p.channel = 'column' and p.withdrawn_at is null and c.status = 'published')`,
    })
    .from(contentColumns)
    .orderBy(asc(contentColumns.sortOrder), asc(contentColumns.id));
  return rows.map((r) => ({ ...r, contentCount: Number(r.contentCount) }));
}

export async function findColumnById(db: DbOrTx, id: number): Promise<TColumnRow | undefined> {
  const [row] = await db.select(columnWithOrg).from(contentColumns).innerJoin(orgs, eq(orgs.id, contentColumns.orgId)).where(eq(contentColumns.id, id));
  return row;
}

export async function findColumnsByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: contentColumns.id, name: contentColumns.name }).from(contentColumns).where(inArray(contentColumns.id, ids));
}

export async function findColumnByName(db: DbOrTx, name: string) {
  const [row] = await db.select({ id: contentColumns.id }).from(contentColumns).where(eq(contentColumns.name, name));
  return row;
}

export async function insertColumns(db: DbOrTx, rows: Array<typeof contentColumns.$inferInsert>) {
  if (rows.length === 0) return [];
  return db.insert(contentColumns).values(rows).returning({ id: contentColumns.id, name: contentColumns.name });
}

export async function updateColumnRow(db: DbOrTx, id: number, values: Partial<typeof contentColumns.$inferInsert>) {
  await db
    .update(contentColumns)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(contentColumns.id, id));
}

export async function deleteColumnRow(db: DbOrTx, id: number) {
  await db.delete(contentColumns).where(eq(contentColumns.id, id));
}

// ---- screens

const screenWithOrg = { ...getTableColumns(contentScreens), orgName: orgs.name, orgPath: orgs.path };
const pinnedCount = sql<number>`(select count(*)::int from content_publications p join contents c on c.id = p.content_id
  where p.screen_id = content_screens.id and p.channel = 'bigscreen' and p.withdrawn_at is null and c.status = 'published')`;

export async function selectScreens(db: DbOrTx, actor: TActor) {
  const rows = await db
    .select({ ...screenWithOrg, pinnedCount })
    .from(contentScreens)
    .innerJoin(orgs, eq(orgs.id, contentScreens.orgId))
    .where(scopeCondition(actor, contentScreens.orgId))
    .orderBy(asc(contentScreens.id));
  return rows.map((r) => ({ ...r, pinnedCount: Number(r.pinnedCount) }));
}

export async function findScreenById(db: DbOrTx, id: number): Promise<(TScreenRow & { pinnedCount: number }) | undefined> {
  const [row] = await db
    .select({ ...screenWithOrg, pinnedCount })
    .from(contentScreens)
    .innerJoin(orgs, eq(orgs.id, contentScreens.orgId))
    .where(eq(contentScreens.id, id));
  return row ? { ...row, pinnedCount: Number(row.pinnedCount) } : undefined;
}

export async function findScreenByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(contentScreens).where(eq(contentScreens.code, code));
  return row;
}

export async function findScreensByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: contentScreens.id, name: contentScreens.name, orgPath: orgs.path })
    .from(contentScreens)
    .innerJoin(orgs, eq(orgs.id, contentScreens.orgId))
    .where(inArray(contentScreens.id, ids));
}

export async function insertScreens(db: DbOrTx, rows: Array<typeof contentScreens.$inferInsert>) {
  if (rows.length === 0) return [];
  return db.insert(contentScreens).values(rows).returning({ id: contentScreens.id, code: contentScreens.code });
}

export async function updateScreenRow(db: DbOrTx, id: number, values: Partial<typeof contentScreens.$inferInsert>) {
  await db
    .update(contentScreens)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(contentScreens.id, id));
}

export async function deleteScreenRow(db: DbOrTx, id: number) {
  await db.delete(contentScreens).where(eq(contentScreens.id, id));
}

/** Search provider: titles and tokens, within the actor's scope. */
export async function searchContentRows(db: DbOrTx, actor: TActor, q: string, limit: number) {
  const m = textMatch(q, { tsv: contents.searchTsv, name: contents.title });
  if (!m) return [];
  return db
    .select({ id: contents.id, title: contents.title, status: contents.status, kind: contents.kind, orgName: orgs.name, rank: m.rank })
    .from(contents)
    .innerJoin(orgs, eq(orgs.id, contents.orgId))
    .where(and(scopeCondition(actor, contents.orgId), m.where))
    .orderBy(desc(m.rank))
    .limit(limit);
}

/** To-do counts: contents waiting for review in the actor's subtree, and the actor's own returned drafts. */
export async function countContentTodos(db: DbOrTx, actor: TActor) {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${contents.status} = 'pending')::int`,
      late: sql<number>`count(*) filter (where ${contents.status} = 'pending' and ${contents.submittedAt} < now() - interval '5 days')::int`,
      returned: sql<number>`count(*) filter (where ${contents.status} = 'draft' and ${contents.returnReason} is not null and ${contents.createdBy} = ${actor.userId})::int`,
    })
    .from(contents)
    .where(scopeCondition(actor, contents.orgId));
  return { pending: Number(row?.pending ?? 0), late: Number(row?.late ?? 0), returned: Number(row?.returned ?? 0) };
}
