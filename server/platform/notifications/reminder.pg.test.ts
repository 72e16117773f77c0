// Two server processes on one PostgreSQL poll the same due reminders: each fires exactly once. Two
// workers on two separate connection pools are two sessions to the server, which is what the row
// locks (FOR UPDATE SKIP LOCKED) see, so this is the two-process case without two HTTP servers.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type Db, openDatabase, queryRows } from '../../db/client.js';
import { fireDueReminders, scheduleReminder } from './reminder.service.js';

const serverUrl = process.env.KEXIE_TEST_DATABASE_URL;

// Needs a PostgreSQL server (PGlite is one process with one connection: no concurrent sessions to race).
describe.skipIf(!serverUrl)('reminders with two processes on PostgreSQL', () => {
  const name = `kexie_test_rem_${randomBytes(5).toString('hex')}`;
  let a: Database;
  let b: Database;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    a = await openDatabase({ databaseUrl: url.toString() });
    b = await openDatabase({ databaseUrl: url.toString() });
    await a.db.execute(sql`create table reminder_firings (reminder_id bigint not null, worker text not null)`);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });

  it('fires each due reminder exactly once when both poll at the same time', async () => {
    const N = 120;
    await a.db.transaction(async (tx) => {
      for (let i = 0; i < N; i++) await scheduleReminder(tx, { kind: 'count', dueAt: new Date(Date.now() - 1000), payload: { i }, dedupeKey: `race:${i}` });
    });
    const handlers = (worker: string) => ({
      count: async (db: Db, r: { id: number }) => {
        await db.execute(sql`insert into reminder_firings (reminder_id, worker) values (${r.id}, ${worker})`);
        await new Promise((resolve) => setTimeout(resolve, 3)); // hold the row lock a little: the other worker must skip it
      },
    });
    const drain = async (db: Db, worker: string) => {
      let total = 0;
      for (;;) {
        const n = await fireDueReminders(db, handlers(worker), { limit: 10 });
        if (n === 0) return total;
        total += n;
      }
    };
    const [fromA, fromB] = await Promise.all([drain(a.db, 'a'), drain(b.db, 'b')]);
    const rows = await queryRows<{ n: number; distinct_n: number }>(a.db, sql`select count(*)::int as n, count(distinct reminder_id)::int as distinct_n from reminder_firings`);
    expect(rows[0]).toEqual({ n: N, distinct_n: N });
    expect(fromA + fromB).toBe(N);
    expect(fromA).toBeGreaterThan(0); // both took part: the second skipped locked rows instead of waiting
    expect(fromB).toBeGreaterThan(0);
    const [unfired] = await queryRows<{ n: number }>(a.db, sql`select count(*)::int as n from reminders where fired_at is null`);
    expect(unfired.n).toBe(0);
  }, 60_000);
});
