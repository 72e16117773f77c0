import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, MIGRATIONS_DIR, openDatabase } from '../db/client.js';
import { lockDataDir } from '../db/lock.js';

/** Where PGlite keeps its files inside a data directory (server/db/client.ts). */
export const pgdataOf = (dataDir: string) => path.join(dataDir, 'pgdata');

/** An operator mistake with a message to print as is (the CLIs exit 1 on it, without a stack trace). */
export class CliError extends Error {}

/** `backups/kexie-YYYYMMDD-HHMMSS.sql` in local time. */
export function defaultBackupFile(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return path.join('backups', `kexie-${stamp}.sql`);
}

/**
 * Writes a plain SQL dump (pg_dump --inserts, compiled to WASM) of the embedded database in `dataDir`.
 * Takes the data-dir lock, so it refuses while the server (or another backup) has the directory open.
 * The database is dumped as it is: no migration runs first.
 * @throws DataDirLockedError while another process holds the data directory
 * @throws CliError when there is no database to back up
 */
export async function backupDataDir(opts: { dataDir: string; file: string }): Promise<{ file: string; bytes: number }> {
  const dataDir = path.resolve(opts.dataDir);
  if (!fs.existsSync(path.join(pgdataOf(dataDir), 'PG_VERSION'))) {
    throw new CliError(`没有可备份的数据库 / no embedded database in ${dataDir} (expected ${pgdataOf(dataDir)})`);
  }
  const release = lockDataDir(dataDir);
  let pg: PGlite | undefined;
  try {
    pg = await PGlite.create({ dataDir: pgdataOf(dataDir), extensions: { pg_trgm } });
    const dump = await pgDump({ pg, fileName: path.basename(opts.file) });
    // pg_dump 17+ sets transaction_timeout, which PostgreSQL 15 and 16 reject; it only matters while
    // loading, so drop it and the dump loads into any supported server (and back into PGlite).
    const text = (await dump.text()).replace(/^SET transaction_timeout = 0;\r?\n/m, '');
    const file = path.resolve(opts.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write beside, then rename: a half-written backup never carries the final name.
    const tmp = `${file}.partial-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
    return { file, bytes: Buffer.byteLength(text) };
  } finally {
    await pg?.close();
    release();
  }
}

/**
 * Makes a dump executable by PGlite: drops the psql meta-commands newer pg_dump versions emit
 * (`\restrict` / `\unrestrict`) and refuses what PGlite cannot run (COPY … FROM stdin data blocks).
 * @throws CliError
 */
export function prepareDump(text: string): string {
  if (!/^-- PostgreSQL database dump/m.test(text)) {
    throw new CliError('这不是 pg_dump 生成的 SQL 备份 / not a plain SQL dump made by pg_dump (npm run backup)');
  }
  if (/^COPY .* FROM stdin;$/m.test(text)) {
    throw new CliError(
      '备份使用了 COPY 格式，嵌入式数据库无法导入 / the dump uses COPY blocks, which the embedded database cannot run: ' +
        'make it with `pg_dump --inserts --no-owner --no-privileges`',
    );
  }
  const pruned = text.replace(/^\\(?:un)?restrict\b.*\r?\n?/gm, '');
  const meta = pruned.match(/^\\\S+/m);
  if (meta) throw new CliError(`备份中有 psql 命令 ${meta[0]}，无法导入 / the dump contains the psql command ${meta[0]}`);
  return pruned;
}

function isEmptyOrAbsent(dir: string): boolean {
  if (!fs.existsSync(dir)) return true;
  return fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0;
}

export interface TRestoreResult {
  dataDir: string;
  /** Rows per table in the public schema after the restore. */
  tables: Record<string, number>;
  /** Migrations recorded in the dump. */
  migrationsInDump: number;
  /** Migrations openDatabase applied afterwards (0 when the dump came from this version). */
  migrationsApplied: number;
}

/**
 * Restores a dump made by `backupDataDir` into a new data directory: a fresh PGlite with pg_trgm loaded
 * (the dump says `CREATE EXTENSION IF NOT EXISTS pg_trgm`), the dump executed as one implicit
 * transaction, then a check through openDatabase — the drizzle migrations table must be there and
 * record the migrations, so nothing (or only migrations newer than the backup) is applied.
 * The directory must be absent or empty; on failure it is left as it was found.
 * @throws CliError for a non-empty target, a missing or foreign file, or a dump that is not kexie's
 */
export async function restoreDataDir(opts: { dataDir: string; file: string }): Promise<TRestoreResult> {
  const dataDir = path.resolve(opts.dataDir);
  const file = path.resolve(opts.file);
  if (!fs.existsSync(file)) throw new CliError(`找不到备份文件 / backup file not found: ${file}`);
  if (!isEmptyOrAbsent(dataDir)) {
    throw new CliError(
      `数据目录 ${dataDir} 不是空的，恢复只写入空目录 / the data directory ${dataDir} is not empty. ` +
        'Restore only writes into an empty or new directory: set KEXIE_DATA_DIR to a new path, or move the old one away.',
    );
  }
  const script = prepareDump(fs.readFileSync(file, 'utf8'));
  const existed = fs.existsSync(dataDir);
  let restored = false;
  try {
    const release = lockDataDir(dataDir);
    let migrationsInDump = 0;
    try {
      fs.mkdirSync(pgdataOf(dataDir), { recursive: true });
      const pg = await PGlite.create({ dataDir: pgdataOf(dataDir), extensions: { pg_trgm } });
      try {
        await pg.exec(script);
        const found = await pg.query<{ t: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
        if (!found.rows[0]?.t) {
          throw new CliError('备份中没有迁移记录，不是本系统的备份 / the dump has no drizzle.__drizzle_migrations table: not a kexie backup');
        }
        const n = await pg.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
        migrationsInDump = n.rows[0].n;
      } finally {
        await pg.close();
      }
    } finally {
      release();
    }

    const known = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')).entries.length as number;
    if (migrationsInDump > known) {
      throw new CliError(`备份来自更新的版本 / the backup has ${migrationsInDump} migrations, this version knows ${known}: upgrade kexie first`);
    }
    const database = await openDatabase({ dataDir });
    try {
      const [after] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const tables = await countRows(database.db);
      restored = true;
      return { dataDir, tables, migrationsInDump, migrationsApplied: after.n - migrationsInDump };
    } finally {
      await database.close();
    }
  } finally {
    if (!restored) {
      // Leave the target as we found it: absent, or empty.
      if (existed) for (const e of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, e), { recursive: true, force: true });
      else fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/** Rows of a raw query on either driver (both answer with `{ rows }`). */
async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Row counts of every table in the public schema (printed after a restore, compared in tests). */
export async function countRows(db: DbOrTx): Promise<Record<string, number>> {
  const names = await rowsOf<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, number> = {};
  for (const { name } of names) {
    const [r] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    out[name] = r.n;
  }
  return out;
}
