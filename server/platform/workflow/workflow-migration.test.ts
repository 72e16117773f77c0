import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../shared/validators.js';
import { MIGRATIONS_DIR, queryRows } from '../../db/client.js';
import { type TTestApp, createTestApp } from '../../test/harness.js';

/**
 * Migration 0005 moves the demand history of a database made before the workflow piece into
 * status_transitions, naming the person and their org. Replays it: the old table with rows, then the SQL.
 */
describe('demand_transitions → status_transitions migration', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('copies every old move with the actor’s name and org', async () => {
    const staff = await t.userAt('rugao', ['district_staff']);
    const code = '91320682MA1M2G3R4';
    const ent = await t.as(staff, { method: 'POST', url: '/api/v1/enterprises', payload: { name: '迁移测试有限公司', creditCode: `${code}${creditCodeCheckChar(code)}` } });
    const d = await t.as(staff, { method: 'POST', url: '/api/v1/demands', payload: { title: '迁移', description: '迁移测试', category: '技术咨询', enterpriseId: ent.json().id } });
    const demandId = d.json().id as number;
    const db = t.database.db;
    await db.execute(sql`create table demand_transitions (id serial primary key, demand_id integer not null, from_status text not null, to_status text not null, actor_id integer, reason text, at timestamptz not null default now())`);
    await db.execute(sql`insert into demand_transitions (demand_id, from_status, to_status, actor_id, reason, at) values
      (${demandId}, 'draft', 'pending', ${staff.userId}, null, '2025-01-01T00:00:00Z'),
      (${demandId}, 'pending', 'returned', null, '补充材料', '2025-01-02T00:00:00Z')`);
    const file = fs.readdirSync(MIGRATIONS_DIR).find((f) => f.includes('demand_transitions_to_status_transitions'));
    await db.execute(sql.raw(fs.readFileSync(path.join(MIGRATIONS_DIR, file as string), 'utf8')));
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`select from_status, to_status, actor_id, actor_name, actor_org_name, reason, org_id from status_transitions where entity = 'demand' and entity_id = ${demandId} order by at`,
    );
    const orgId = await t.orgIdByCode('rugao');
    expect(rows).toEqual([
      { from_status: 'draft', to_status: 'pending', actor_id: staff.userId, actor_name: expect.stringMatching(/^测试/), actor_org_name: '如皋市科学技术协会', reason: null, org_id: orgId },
      { from_status: 'pending', to_status: 'returned', actor_id: null, actor_name: null, actor_org_name: null, reason: '补充材料', org_id: orgId },
    ]);
  });
});
