// Databases and configuration for the benchmarks: a fresh in-memory PGlite, or a fresh database created
// on a PostgreSQL server (KEXIE_BENCH_DATABASE_URL) and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase, queryRows } from '../server/db/client.js';
import { ensureAdmin } from '../server/platform/auth/user.service.js';
import { type TCityConfig, loadCityConfig } from '../server/platform/orgs/city-config.js';
import { applyCityConfig } from '../server/platform/orgs/org.service.js';
import { addUserWords } from '../server/platform/search/text.js';

export const BENCH_ADMIN_PASSWORD = 'bench-admin-pass';

export type TBenchTarget = { kind: 'pglite' } | { kind: 'postgres'; serverUrl: string };

export interface TBenchDatabase extends Database {
  /** "pglite (PostgreSQL 17.5)" / "postgres (PostgreSQL 16.4)": goes into every entry's `db`. */
  label: string;
  city: TCityConfig;
  /** Closes the connection and drops the database it created (PostgreSQL). */
  dispose(): Promise<void>;
}

/** A fresh, migrated database with the city's org tree and the admin account. */
export async function openBenchDatabase(target: TBenchTarget): Promise<TBenchDatabase> {
  const city = loadCityConfig({ city: 'nantong' });
  addUserWords(city.dictionary.userWords);
  let database: Database;
  let drop = async () => {};
  if (target.kind === 'pglite') {
    database = await openDatabase({});
  } else {
    const name = `kexie_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: target.serverUrl });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
    await admin.end();
    const url = new URL(target.serverUrl);
    url.pathname = `/${name}`;
    drop = async () => {
      const c = new pg.Client({ connectionString: target.serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
    try {
      database = await openDatabase({ databaseUrl: url.toString() });
    } catch (err) {
      await drop();
      throw err;
    }
  }
  await applyCityConfig(database.db, city);
  await ensureAdmin(database.db, BENCH_ADMIN_PASSWORD);
  const [{ version }] = await queryRows<{ version: string }>(database.db, sql`select version() as version`);
  const pgVersion = /PostgreSQL [\d.]+/.exec(version)?.[0] ?? version;
  return {
    ...database,
    label: `${database.kind} (${pgVersion})`,
    city,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}
