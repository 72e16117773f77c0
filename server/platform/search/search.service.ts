import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../auth/auth.schema.js';
import { type TAction, type TActor, can, scopeCondition } from '../auth/policy.js';
import { orgs } from '../orgs/org.schema.js';
import { textMatch } from './text.js';

export interface TSearchHit {
  entity: string;
  id: number;
  title: string;
  subtitle: string | null;
  score: number;
}

/** A module's contribution to the global search: what it finds, for whom. */
export interface TSearchProvider {
  entity: string;
  action: TAction;
  search(db: Db, actor: TActor, q: string, limit: number): Promise<TSearchHit[]>;
}

const orgProvider: TSearchProvider = {
  entity: 'org',
  action: 'orgs:read',
  async search(db, actor, q, limit) {
    const m = textMatch(q, { tsv: orgs.searchTsv, name: orgs.name, pinyin: orgs.namePinyin, initials: orgs.nameInitials });
    if (!m) return [];
    const rows = await db
      .select({ id: orgs.id, name: orgs.name, kind: orgs.kind, rank: sql<number>`${m.rank}` })
      .from(orgs)
      .where(and(like(orgs.path, `${actor.orgPath}%`), m.where))
      .orderBy(sql`${m.rank} desc`, asc(orgs.id))
      .limit(limit);
    return rows.map((r) => ({ entity: 'org', id: r.id, title: r.name, subtitle: r.kind, score: Number(r.rank) }));
  },
};

const userProvider: TSearchProvider = {
  entity: 'user',
  action: 'users:read',
  async search(db, actor, q, limit) {
    const like_ = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await db
      .select({ id: users.id, username: users.username, displayName: users.displayName, orgName: orgs.name })
      .from(users)
      .innerJoin(orgs, eq(orgs.id, users.orgId))
      .where(and(scopeCondition(actor, users.orgId), sql`(${users.username} ilike ${like_} or ${users.displayName} ilike ${like_})`))
      .orderBy(asc(users.id))
      .limit(limit);
    return rows.map((r) => ({ entity: 'user', id: r.id, title: `${r.displayName} (${r.username})`, subtitle: r.orgName, score: 1 }));
  },
};

/** The platform's own providers; buildApp appends each module's `searchProviders`. */
export const PLATFORM_SEARCH_PROVIDERS: readonly TSearchProvider[] = [orgProvider, userProvider];

/**
 * Searches every entity the actor may read with the given providers (one list per app instance);
 * each provider applies the actor's org scope.
 */
export async function globalSearch(db: Db, providers: readonly TSearchProvider[], actor: TActor, q: string, limitPerEntity: number) {
  const usable = providers.filter((p) => can(actor, p.action));
  const results = await Promise.all(usable.map((p) => p.search(db, actor, q, limitPerEntity)));
  return results.flat();
}
