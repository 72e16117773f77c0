import { asc, eq, like, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { type TActor, assertCan, inScope } from '../auth/policy.js';
import { notFound } from '../errors.js';
import { indexTokens, pinyinKeys } from '../search/text.js';
import { type TCityConfig, flattenOrgTree } from './city-config.js';
import { orgs } from './org.schema.js';

export type TOrgRow = typeof orgs.$inferSelect;

/**
 * Makes the org table match the city configuration: inserts new orgs, updates names/kinds of existing
 * ones (matched by code). Orgs are never deleted here (records point at them). One transaction.
 */
export async function applyCityConfig(db: Db, config: TCityConfig): Promise<{ inserted: number; updated: number }> {
  const nodes = flattenOrgTree(config.orgs);
  return db.transaction(async (tx) => {
    const existing = new Map((await tx.select().from(orgs)).map((o) => [o.code, o]));
    const byCode = new Map<string, { id: number; path: string; depth: number }>();
    let inserted = 0;
    let updated = 0;
    for (const node of nodes) {
      const parent = node.parentCode ? byCode.get(node.parentCode) : undefined;
      const keys = pinyinKeys(node.shortName ?? node.name);
      const values = {
        name: node.name,
        shortName: node.shortName ?? null,
        kind: node.kind,
        adcode: node.adcode ?? null,
        sortOrder: node.sortOrder,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 0,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        searchText: indexTokens(node.name, node.shortName, node.region),
      };
      const found = existing.get(node.code);
      if (found) {
        const path = `${parent?.path ?? '/'}${found.id}/`;
        await tx
          .update(orgs)
          .set({ ...values, path, updatedAt: new Date() })
          .where(eq(orgs.id, found.id));
        byCode.set(node.code, { id: found.id, path, depth: values.depth });
        updated++;
      } else {
        const [row] = await tx
          .insert(orgs)
          .values({ ...values, code: node.code, path: '/' })
          .returning({ id: orgs.id });
        const path = `${parent?.path ?? '/'}${row.id}/`;
        await tx.update(orgs).set({ path }).where(eq(orgs.id, row.id));
        byCode.set(node.code, { id: row.id, path, depth: values.depth });
        inserted++;
      }
    }
    return { inserted, updated };
  });
}

export async function getOrgById(db: DbOrTx, id: number): Promise<TOrgRow | undefined> {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  return row;
}

export async function getRootOrg(db: DbOrTx): Promise<TOrgRow> {
  const [row] = await db.select().from(orgs).where(eq(orgs.depth, 0)).orderBy(asc(orgs.id)).limit(1);
  if (!row) throw new Error('org tree is empty: the city configuration was not applied');
  return row;
}

/**
 * An org the actor may use (read, or attach records to).
 * @throws AppError NOT_FOUND when it does not exist or lies outside the actor's subtree
 */
export async function getOrgInScope(db: DbOrTx, actor: TActor, id: number): Promise<TOrgRow> {
  const org = await getOrgById(db, id);
  if (!org || !inScope(actor, org.path)) throw notFound('组织', 'Organization');
  return org;
}

export interface TOrgNodeOut {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: TOrgRow['kind'];
  adcode: string | null;
  parentId: number | null;
  children: TOrgNodeOut[];
}

/** The actor's subtree as a nested tree (rooted at the actor's own org). */
export async function listOrgTree(db: DbOrTx, actor: TActor): Promise<TOrgNodeOut[]> {
  assertCan(actor, 'orgs:read');
  const rows = await db
    .select()
    .from(orgs)
    .where(like(orgs.path, `${actor.orgPath}%`))
    .orderBy(asc(orgs.depth), asc(orgs.sortOrder), asc(orgs.id));
  const nodes = new Map<number, TOrgNodeOut>();
  const roots: TOrgNodeOut[] = [];
  for (const r of rows) {
    const node: TOrgNodeOut = {
      id: r.id,
      code: r.code,
      name: r.name,
      shortName: r.shortName,
      kind: r.kind,
      adcode: r.adcode,
      parentId: r.parentId,
      children: [],
    };
    nodes.set(r.id, node);
    const parent = r.parentId == null ? undefined : nodes.get(r.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Counts per kind in the actor's subtree (for the dashboard and the org page header). */
export async function countOrgsByKind(db: DbOrTx, actor: TActor) {
  return db
    .select({ kind: orgs.kind, n: sql<number>`count(*)::int` })
    .from(orgs)
    .where(like(orgs.path, `${actor.orgPath}%`))
    .groupBy(orgs.kind);
}
