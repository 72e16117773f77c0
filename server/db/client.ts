import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './lock.js';
import { trackWrites } from './read-cache.js';
import * as schema from './schema.js';

export type TSchema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, TSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, TSchema, ExtractTablesWithRelations<TSchema>>;
/** Either the database or an open transaction: repos accept both. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** For backup: the raw PGlite instance (undefined on PostgreSQL). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres://… to use a server; otherwise the embedded database. */
  databaseUrl?: string;
  /** PGlite data directory; undefined = in memory (tests). */
  dataDir?: string;
}

/**
 * Opens the database and applies migrations. An embedded data directory is locked against a second
 * process (PGlite would silently lose data).
 * @throws DataDirLockedError
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    await migrateNodePg(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  let release = () => {};
  let dataDir: string | undefined;
  if (opts.dataDir) {
    release = lockDataDir(opts.dataDir);
    dataDir = path.join(opts.dataDir, 'pgdata');
  }
  try {
    // PGlite.create, not `new PGlite(undefined, opts)`: the latter drops the options for in-memory databases.
    const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    trackWrites(client, db);
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db,
      kind: 'pglite',
      pglite: client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * Applies a migrations folder outside the core one (a module's own tables), recorded in its own table
 * `drizzle.<table>` so it never mixes with the core migrations' bookkeeping. Idempotent, like the core.
 */
export async function migrateFolder(database: Database, folder: string, table: string): Promise<void> {
  const config = { migrationsFolder: folder, migrationsTable: table };
  if (database.kind === 'postgres') await migrateNodePg(database.db as never, config);
  else await migratePglite(database.db as never, config);
}

/** Applies the own migrations of every module in the list that has some (TServerModule.migrations). */
export async function migrateModules(database: Database, modules: ReadonlyArray<{ name: string; migrations?: { folder: string; table: string } }>) {
  for (const m of modules) if (m.migrations) await migrateFolder(database, m.migrations.folder, m.migrations.table);
}

/** Rows of a raw SQL query, on either driver (both answer with `{ rows }`). */
export async function queryRows<T>(db: DbOrTx, query: import('drizzle-orm').SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
