import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type TActor, inScope } from '../auth/policy.js';
import { orgs } from '../orgs/org.schema.js';

export interface TOrgRef {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  path: string;
}

export type TOrgMatch = { org: TOrgRef } | { error: 'not_found' | 'ambiguous' };

/** Org text as compared: width-folded (（）→()), no whitespace, lower case. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Resolves what users type in an 组织 column — the full name, the short name or the code — to an org.
 * Full names and codes are unique in a city; a short name shared by several orgs resolves to the one
 * in the actor's subtree, else it is ambiguous.
 */
export class OrgLookup {
  private readonly exact = new Map<string, TOrgRef>();
  private readonly short = new Map<string, TOrgRef[]>();

  constructor(rows: TOrgRef[]) {
    for (const o of rows) {
      this.exact.set(norm(o.name), o);
      this.exact.set(norm(o.code), o);
      if (o.shortName) {
        const list = this.short.get(norm(o.shortName)) ?? [];
        list.push(o);
        this.short.set(norm(o.shortName), list);
      }
    }
  }

  resolve(text: string, actor?: TActor): TOrgMatch {
    const key = norm(text);
    const hit = this.exact.get(key);
    if (hit) return { org: hit };
    const candidates = this.short.get(key) ?? [];
    if (candidates.length === 1) return { org: candidates[0] };
    if (candidates.length === 0) return { error: 'not_found' };
    const mine = actor ? candidates.filter((o) => inScope(actor, o.path)) : [];
    return mine.length === 1 ? { org: mine[0] } : { error: 'ambiguous' };
  }
}

/** Every org of the city (a few thousand at most), for resolving a whole file with one query. */
export async function loadOrgLookup(db: DbOrTx): Promise<OrgLookup> {
  const rows = await db
    .select({ id: orgs.id, code: orgs.code, name: orgs.name, shortName: orgs.shortName, path: orgs.path })
    .from(orgs)
    .orderBy(asc(orgs.id));
  return new OrgLookup(rows);
}
