import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from './client.js';
import { mayWrite, readThrough } from './read-cache.js';

describe('mayWrite', () => {
  it('lets plain reads through and counts everything else as a write', () => {
    expect(mayWrite('select "people"."id", "people"."updated_at" from "people" order by "people"."updated_at" desc')).toBe(false);
    expect(mayWrite('  WITH hits AS (select id from people) select count(*) from hits')).toBe(false);
    for (const text of [
      'insert into orgs (name) values ($1)',
      'update people set name = $1',
      'delete from people where id = $1',
      'with gone as (delete from people returning id) select count(*) from gone',
      'select id from reminders for update skip locked',
      "select nextval('x')",
      'begin',
      'create table t (id int)',
      'set search_path to public',
    ])
      expect(mayWrite(text), text).toBe(true);
    expect(mayWrite(undefined)).toBe(true);
  });
});

// Embedded database only: on PostgreSQL nothing is cached (another process may write).
describe('readThrough on the embedded database', () => {
  let database: Database;
  const names = () => queryRows<{ name: string }>(database.db, sql`select name from read_cache_t order by name`);
  let loads = 0;
  const cachedNames = () =>
    readThrough(database.db, 'names', async () => {
      loads++;
      return names();
    });

  beforeAll(async () => {
    database = await openDatabase({});
    await database.db.execute(sql`create table read_cache_t (name text)`);
    await database.db.execute(sql`insert into read_cache_t values ('a')`);
  });
  afterAll(() => database.close());

  it('serves a repeated read from the cache until something is written', async () => {
    loads = 0;
    expect(await cachedNames()).toEqual([{ name: 'a' }]);
    expect(await cachedNames()).toEqual([{ name: 'a' }]);
    expect(loads).toBe(1);
    // Reads of other tables do not invalidate.
    await database.db.execute(sql`select 1`);
    await cachedNames();
    expect(loads).toBe(1);

    await database.db.execute(sql`insert into read_cache_t values ('b')`);
    expect(await cachedNames()).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(loads).toBe(2);
  });

  it('reloads after a transaction, committed or rolled back, and after a raw PGlite write', async () => {
    await cachedNames();
    const before = loads;
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`update read_cache_t set name = 'c' where name = 'b'`);
    });
    expect(await cachedNames()).toEqual([{ name: 'a' }, { name: 'c' }]);
    expect(loads).toBe(before + 1);

    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from read_cache_t`);
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(await cachedNames()).toEqual([{ name: 'a' }, { name: 'c' }]);
    expect(loads).toBe(before + 2);

    await database.pglite?.exec(`delete from read_cache_t where name = 'c'`);
    expect(await cachedNames()).toEqual([{ name: 'a' }]);
    expect(loads).toBe(before + 3);
  });

  it('does not keep a read that overlapped a write', async () => {
    let n = 0;
    // The read answers with the data before the write; the write lands before the read is stored.
    const stale = await readThrough(database.db, 'overlap', async () => {
      n++;
      const rows = await names();
      await database.db.execute(sql`insert into read_cache_t values ('d')`);
      return rows;
    });
    expect(stale).toEqual([{ name: 'a' }]);
    const fresh = await readThrough(database.db, 'overlap', async () => {
      n++;
      return names();
    });
    expect(fresh).toEqual([{ name: 'a' }, { name: 'd' }]);
    expect(n).toBe(2);
  });

  it('never caches inside a transaction', async () => {
    await database.db.transaction(async (tx) => {
      let n = 0;
      const load = async () => ++n;
      await readThrough(tx, 'tx', load);
      await readThrough(tx, 'tx', load);
      expect(n).toBe(2);
    });
  });
});
