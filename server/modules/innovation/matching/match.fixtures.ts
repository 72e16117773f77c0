import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { creditCodeCheckChar } from '../../../../shared/validators.js';
import { indexTokens } from '../../../platform/search/text.js';

// Test and benchmark fixtures: rows written straight into the innovation tables (the experts and
// demands services are not the subject here). Not used by the application.

export interface TFixtureExpert {
  name: string;
  orgId: number;
  unit?: string;
  title?: string;
  disciplines?: string[];
  industries?: string[];
  keywords?: string[];
  bio?: string;
  isPublic?: boolean;
  achievements?: Array<{ kind: 'paper' | 'patent' | 'project' | 'award' | 'other'; title: string; abstract?: string; keywords?: string[]; year?: number }>;
}

const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** Inserts experts (and achievements) in bulk; returns their ids in input order. */
export async function insertFixtureExperts(db: DbOrTx, experts: TFixtureExpert[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < experts.length; i += 1000) {
    const chunk = experts.slice(i, i + 1000);
    const rows = await queryRows<{ id: number }>(
      db,
      sql`insert into experts (org_id, name, unit, title, disciplines, industries, keywords, bio, is_public)
          select o, n, u, t, string_to_array(d, '|'), string_to_array(ind, '|'), string_to_array(k, '|'), b, p
          from unnest(${sql.param(chunk.map((e) => e.orgId))}::int[], ${textArray(chunk.map((e) => e.name))},
                      ${textArray(chunk.map((e) => e.unit ?? null) as string[])}, ${textArray(chunk.map((e) => e.title ?? null) as string[])},
                      ${textArray(chunk.map((e) => (e.disciplines ?? []).join('|')))}, ${textArray(chunk.map((e) => (e.industries ?? []).join('|')))},
                      ${textArray(chunk.map((e) => (e.keywords ?? []).join('|')))}, ${textArray(chunk.map((e) => e.bio ?? null) as string[])},
                      ${sql.param(chunk.map((e) => e.isPublic ?? true))}::bool[])
               with ordinality as x(o, n, u, t, d, ind, k, b, p, ord)
          order by ord
          returning id`,
    );
    ids.push(...rows.map((r) => r.id).sort((a, b) => a - b));
    const ach = chunk.flatMap((e, j) => (e.achievements ?? []).map((a) => ({ ...a, expertId: ids[i + j] })));
    for (let k = 0; k < ach.length; k += 2000) {
      const part = ach.slice(k, k + 2000);
      await db.execute(
        sql`insert into expert_achievements (expert_id, kind, title, abstract, keywords, year)
            select e, kd, t, a, string_to_array(kw, '|'), y from unnest(${sql.param(part.map((a) => a.expertId))}::int[],
              ${textArray(part.map((a) => a.kind))}, ${textArray(part.map((a) => a.title))}, ${textArray(part.map((a) => a.abstract ?? null) as string[])},
              ${textArray(part.map((a) => (a.keywords ?? []).join('|')))}, ${sql.param(part.map((a) => a.year ?? null))}::smallint[]) as x(e, kd, t, a, kw, y)`,
      );
    }
  }
  return ids;
}

let creditSeq = 0;
/** A valid 统一社会信用代码 for fixtures (check digit computed). */
export function fixtureCreditCode(): string {
  const body = `91320600MA${String(++creditSeq).padStart(7, '0')}`;
  return body + creditCodeCheckChar(body);
}

export async function insertFixtureEnterprise(db: DbOrTx, orgId: number, name: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into enterprises (name, credit_code, org_id) values (${name}, ${fixtureCreditCode()}, ${orgId}) returning id`,
  );
  return row.id;
}

export interface TFixtureDemand {
  enterpriseId: number;
  orgId: number;
  title: string;
  description: string;
  cluster?: string | null;
  industries?: string[];
  keywords?: string[];
  status?: string;
  confidentiality?: 'public' | 'staff';
}

/** Inserts demands in bulk with search_text as the demands service would fill it (jieba tokens). */
export async function insertFixtureDemands(db: DbOrTx, demands: TFixtureDemand[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < demands.length; i += 1000) {
    const c = demands.slice(i, i + 1000);
    const rows = await queryRows<{ id: number }>(
      db,
      sql`insert into demands (enterprise_id, org_id, title, description, category, cluster, industries, keywords, status, confidentiality, search_text)
          select e, o, t, d, '技术攻关', cl, string_to_array(ind, '|'), string_to_array(k, '|'), s, cf, st
          from unnest(${sql.param(c.map((x) => x.enterpriseId))}::int[], ${sql.param(c.map((x) => x.orgId))}::int[],
                      ${textArray(c.map((x) => x.title))}, ${textArray(c.map((x) => x.description))}, ${textArray(c.map((x) => x.cluster ?? null) as string[])},
                      ${textArray(c.map((x) => (x.industries ?? []).join('|')))}, ${textArray(c.map((x) => (x.keywords ?? []).join('|')))},
                      ${textArray(c.map((x) => x.status ?? 'published'))}, ${textArray(c.map((x) => x.confidentiality ?? 'public'))},
                      ${textArray(c.map((x) => indexTokens(x.title, x.description, ...(x.keywords ?? []), ...(x.industries ?? []), x.cluster)))})
               with ordinality as x(e, o, t, d, cl, ind, k, s, cf, st, ord)
          order by ord
          returning id`,
    );
    ids.push(...rows.map((r) => r.id).sort((a, b) => a - b));
  }
  return ids;
}
