import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.js';
import { createTestApp, type TSession, type TTestApp } from './harness.js';

/**
 * Hostile input against every write endpoint in the OpenAPI document: malformed JSON, wrong types,
 * 1 MB strings, SQL and script fragments. Each answer must be a 4xx (never a 5xx) and change nothing.
 */

const HOSTILE_STRINGS = [
  "'; drop table people; --",
  "' or '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '\u0000\u0001\u0002',
  '%s%n%x',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${process.exit()}',
  'x'.repeat(1024 * 1024),
  '😀'.repeat(1000),
  '-1',
  '99999999999999999999999',
  'NaN',
];

const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 8)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_STRINGS.slice(0, 8)), { maxKeys: 3 }),
);

/** A body with the endpoint's own field names, filled with hostile values (so validation is reached). */
function hostileBody(fieldNames: string[]) {
  return fc.oneof(
    fc.record(Object.fromEntries(fieldNames.map((f) => [f, hostileValue])), { requiredKeys: [] }),
    hostileValue,
  );
}

const BROKEN_JSON = ['{', '{"a":', 'not json at all', '\u0000', '{"name": "x",}'];
/** Valid JSON of the wrong shape: only meaningful for endpoints that take a body. */
const WRONG_SHAPES = ['null', '[]', '"just a string"', '42', '{"name": "\\ud800"}'];
/** Ids that name no record (so an endpoint without a body has nothing it could legitimately change). */
const BAD_IDS = ['0', '-1', 'abc', "1' or 1=1", '99999999999', '2147483647'];

interface TWriteRoute {
  method: string;
  path: string;
  fields: string[];
}

async function fingerprint(t: TTestApp): Promise<string> {
  const rows = await queryRows<{ f: string }>(t.database.db, sql`
    select
      (select count(*) from orgs) || ':' || (select md5(coalesce(string_agg(id || name || path, ',' order by id), '')) from orgs) || ':' ||
      (select count(*) from users) || ':' || (select md5(coalesce(string_agg(id || username || display_name || array_to_string(roles, '|') || is_disabled || locale || password_hash, ',' order by id), '')) from users) || ':' ||
      (select count(*) from people) || ':' || (select md5(coalesce(string_agg(id || name || coalesce(phone, '') || coalesce(title, '') || updated_at, ',' order by id), '')) from people) || ':' ||
      (select count(*) from person_orgs) || ':' || (select count(*) from files) || ':' ||
      (select count(*) from api_tokens where revoked_at is null) || ':' || (select count(*) from audit_log) as f`);
  return String(rows[0].f);
}

describe('hostile input on every write endpoint', () => {
  let t: TTestApp;
  let staff: TSession;
  let routes: TWriteRoute[];
  let personId: number;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.userAt('rugao', ['district_staff']);
    const created = await t.as(t.admin, {
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: '测试人员', orgId: await t.orgIdByCode('rugao') },
    });
    personId = created.json().id;
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    routes = [];
    for (const [path, ops] of Object.entries<Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        if (path === '/api/v1/auth/logout') continue; // takes no input; ending one's own session is its whole job
        const schema = op.requestBody?.content?.['application/json']?.schema;
        routes.push({ method: method.toUpperCase(), path, fields: Object.keys(schema?.properties ?? {}) });
      }
    }
  });
  afterAll(() => t.close());

  const concrete = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);

  it('finds the write endpoints to attack', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('POST /api/v1/people');
    expect(paths).toContain('POST /api/v1/users');
    expect(paths).toContain('PATCH /api/v1/people/{id}');
  });

  it('answers malformed JSON with 400 and changes nothing', async () => {
    for (const r of routes) {
      const bodies = r.fields.length > 0 ? [...BROKEN_JSON, ...WRONG_SHAPES] : BROKEN_JSON;
      for (const raw of bodies) {
        const before = await fingerprint(t);
        const res = await t.as(t.admin, {
          method: r.method,
          url: concrete(r.path, r.fields.length > 0 ? String(personId) : '2147483647'),
          payload: raw,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, `${r.method} ${r.path} ${JSON.stringify(raw)} → ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${r.method} ${r.path}`).toBeLessThan(500);
        expect(await fingerprint(t), `${r.method} ${r.path} changed data`).toBe(before);
      }
    }
  });

  it('answers hostile field values with 4xx and changes nothing (property-based)', async () => {
    for (const r of routes) {
      await fc.assert(
        fc.asyncProperty(hostileBody(r.fields), fc.constantFrom(...(r.fields.length > 0 ? [String(personId), ...BAD_IDS] : BAD_IDS)), async (body, id) => {
          const before = await fingerprint(t);
          const who = Math.random() < 0.5 ? t.admin : staff;
          const res = await t.as(who, { method: r.method, url: concrete(r.path, encodeURIComponent(id)), payload: body as object });
          const where = `${r.method} ${r.path} id=${id} body=${JSON.stringify(body).slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(await fingerprint(t), `changed data: ${where}`).toBe(before);
          } else {
            // A random body can be a legitimate edit (a title of "-1" is just text): then the data must
            // still be whole — no table dropped, no org or account lost — and the text stored verbatim.
            const [orgsBefore, usersBefore] = before.split(':').filter((_, i) => i === 0 || i === 2).map(Number);
            const [orgsAfter, usersAfter] = (await fingerprint(t)).split(':').filter((_, i) => i === 0 || i === 2).map(Number);
            expect(orgsAfter, where).toBe(orgsBefore);
            expect(usersAfter, where).toBeGreaterThanOrEqual(usersBefore);
          }
        }),
        { numRuns: 25, seed: 20261128 },
      );
    }
  });
});
