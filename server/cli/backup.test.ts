import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type Database, openDatabase } from '../db/client.js';
import { DataDirLockedError } from '../db/lock.js';
import { ensureAdmin } from '../platform/auth/user.service.js';
import { LocalFileStore } from '../platform/files/file-store.js';
import { loadCityConfig } from '../platform/orgs/city-config.js';
import { applyCityConfig } from '../platform/orgs/org.service.js';
import { addUserWords } from '../platform/search/text.js';
import { CliError, backupDataDir, countRows, defaultBackupFile, prepareDump, restoreDataDir } from './backup-restore.js';

const ADMIN_PASSWORD = 'backup-admin-123';

/** The server's own start sequence (server/main.ts) on a data directory, without listening. */
async function openServer(dataDir: string) {
  const city = loadCityConfig({ city: 'nantong' });
  addUserWords(city.dictionary.userWords);
  const database = await openDatabase({ dataDir });
  await applyCityConfig(database.db, city);
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const app = await buildApp(
    {
      db: database.db,
      dbKind: database.kind,
      env: { KEXIE_SESSION_HOURS: 12, KEXIE_SECURE_COOKIES: '0', KEXIE_MAX_UPLOAD_MB: 5 },
      city,
      files: new LocalFileStore(path.join(dataDir, 'files')),
    },
    { serveWeb: false },
  );
  const countsAtOpen = await countRows(database.db); // before signing in adds a token and an audit row
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { username: 'admin', password: ADMIN_PASSWORD } });
  expect(res.statusCode).toBe(200);
  const auth = { authorization: `Bearer ${res.json().token}` };
  return {
    app,
    database,
    countsAtOpen,
    call: (method: 'GET' | 'POST', url: string, payload?: object) => app.inject({ method, url, payload, headers: auth }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function orgId(database: Database, code: string): Promise<number> {
  const org = await database.db.query.orgs.findFirst({ where: (o, { eq }) => eq(o.code, code) });
  if (!org) throw new Error(`no org ${code}`);
  return org.id;
}

async function rows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

// The embedded database only: under KEXIE_TEST_DATABASE_URL (the PostgreSQL run) there is nothing new to learn.
describe.skipIf(Boolean(process.env.KEXIE_TEST_DATABASE_URL))('backup and restore of the embedded database', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kexie-backup-test-'));
  const source = path.join(tmp, 'source');
  const target = path.join(tmp, 'restored');
  const dump = path.join(tmp, 'dumps', 'kexie.sql');
  let before: Record<string, number>;
  let personId: number;

  beforeAll(async () => {
    const s = await openServer(source);
    try {
      const rugao = await orgId(s.database, 'rugao');
      for (const [i, name] of ['周建国', '钱文静', '孙海洋'].entries()) {
        const res = await s.call('POST', '/api/v1/users', {
          username: `staff${i}`,
          password: 'password-123',
          displayName: name,
          orgId: rugao,
          roles: ['district_staff'],
        });
        expect(res.statusCode).toBe(201);
      }
      const person = await s.call('POST', '/api/v1/people', {
        name: '张三丰',
        gender: '男',
        birthYear: 1978,
        unit: '南通大学机械工程学院',
        title: '教授',
        disciplines: ['机械工程'],
        phone: '13812345678',
        orgId: rugao,
      });
      expect(person.statusCode).toBe(201);
      personId = person.json().id;
      before = await countRows(s.database.db);
    } finally {
      await s.close();
    }
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('refuses to back up while another holder has the data directory open', async () => {
    const held = await openDatabase({ dataDir: source });
    try {
      await expect(backupDataDir({ dataDir: source, file: dump })).rejects.toBeInstanceOf(DataDirLockedError);
      expect(fs.existsSync(dump)).toBe(false);
    } finally {
      await held.close();
    }
  });

  it('writes a plain SQL dump with the extension, the schema, the migrations and the rows', async () => {
    const out = await backupDataDir({ dataDir: source, file: dump });
    expect(out.file).toBe(dump);
    const text = fs.readFileSync(dump, 'utf8');
    expect(text).toMatch(/^-- PostgreSQL database dump/m);
    expect(text).toContain('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    expect(text).toContain('CREATE TABLE drizzle.__drizzle_migrations');
    expect(text).toContain('周建国');
    expect(text).not.toContain('transaction_timeout'); // PostgreSQL 15 and 16 would reject it
    expect(fs.readdirSync(path.dirname(dump))).toEqual(['kexie.sql']); // no partial file left behind
    expect(defaultBackupFile(new Date(2026, 0, 2, 3, 4, 5))).toBe(path.join('backups', 'kexie-20260102-030405.sql'));
  });

  it('restores into a new directory with the same rows, and search and logins still work', async () => {
    const result = await restoreDataDir({ dataDir: target, file: dump });
    expect(result.migrationsApplied).toBe(0);
    expect(result.migrationsInDump).toBeGreaterThan(0);
    expect(result.tables).toEqual(before);
    expect(before.orgs).toBeGreaterThan(8);
    expect(before.users).toBe(4);

    const s = await openServer(target);
    try {
      expect(s.countsAtOpen).toEqual(before); // the city config and the admin were already there: no change
      // Chinese full-text search (jieba tokens in a 'simple' tsvector) and trigram similarity (pg_trgm).
      const byTokens = await rows<{ name: string }>(s.database, sql`select name from orgs where search_tsv @@ plainto_tsquery('simple', '如皋')`);
      expect(byTokens.map((r) => r.name)).toContain('如皋市科学技术协会');
      const [similar] = await rows<{ name: string }>(
        s.database,
        sql`select name from orgs where name % '如皋市科协会' order by similarity(name, '如皋市科协会') desc limit 1`,
      );
      expect(similar?.name).toBe('如皋市科学技术协会');
      const people = await s.call('GET', `/api/v1/people?q=${encodeURIComponent('张三丰')}`);
      expect(people.statusCode).toBe(200);
      expect(people.json().items.map((p: { id: number }) => p.id)).toContain(personId);

      // Password hashes came along, and sequences continue after the restored ids.
      const login = await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'staff1', password: 'password-123' } });
      expect(login.statusCode).toBe(200);
      const created = await s.call('POST', '/api/v1/users', {
        username: 'after-restore',
        password: 'password-123',
        displayName: '吴新',
        orgId: await orgId(s.database, 'haian'),
        roles: ['district_staff'],
      });
      expect(created.statusCode).toBe(201);
    } finally {
      await s.close();
    }
  });

  it('refuses to restore over a directory that holds data, and leaves it untouched', async () => {
    const listing = fs.readdirSync(source).sort();
    await expect(restoreDataDir({ dataDir: source, file: dump })).rejects.toThrow(/not empty/);
    expect(fs.readdirSync(source).sort()).toEqual(listing);
  });

  it('refuses a file that is not a pg_dump, and leaves no directory behind', async () => {
    const bogus = path.join(tmp, 'bogus.sql');
    fs.writeFileSync(bogus, 'select 1;\n');
    const dir = path.join(tmp, 'never-created');
    await expect(restoreDataDir({ dataDir: dir, file: bogus })).rejects.toBeInstanceOf(CliError);
    expect(fs.existsSync(dir)).toBe(false);
    expect(() => prepareDump('-- PostgreSQL database dump\nCOPY public.orgs (id) FROM stdin;\n1\n\\.\n')).toThrow(/--inserts/);
    expect(prepareDump('-- PostgreSQL database dump\n\\restrict abc\nselect 1;\n\\unrestrict abc\n')).toBe('-- PostgreSQL database dump\nselect 1;\n');
  });
});

// With a PostgreSQL server at hand (the PostgreSQL run of npm test): the way from the embedded database to
// production — a backup loads into an empty PostgreSQL database and the server opens it as its own.
describe.runIf(Boolean(process.env.KEXIE_TEST_DATABASE_URL))('a backup of the embedded database on PostgreSQL', () => {
  // The describe body runs even when skipped: nothing here may need the server.
  const serverUrl = process.env.KEXIE_TEST_DATABASE_URL ?? '';
  const tmp = path.join(os.tmpdir(), `kexie-backup-pg-test-${randomBytes(6).toString('hex')}`);
  const name = `kexie_restore_${randomBytes(6).toString('hex')}`;
  const databaseUrl = () => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

  async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await admin(async (c) => {
      for (let i = 0; i < 200; i++) {
        const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
    });
  });

  it('loads into an empty database, which then opens with nothing to migrate and search working', async () => {
    const source = path.join(tmp, 'source');
    const s = await openServer(source);
    let before: Record<string, number>;
    try {
      const res = await s.call('POST', '/api/v1/users', {
        username: 'pg-staff',
        password: 'password-123',
        displayName: '陈海燕',
        orgId: await orgId(s.database, 'rudong'),
        roles: ['district_staff'],
      });
      expect(res.statusCode).toBe(201);
      before = await countRows(s.database.db);
    } finally {
      await s.close();
    }
    const file = path.join(tmp, 'kexie.sql');
    await backupDataDir({ dataDir: source, file });

    await admin((c) => c.query(`create database ${name} template template0 encoding 'UTF8'`));
    const loader = new pg.Client({ connectionString: databaseUrl() });
    await loader.connect();
    let loaded: number;
    try {
      await loader.query(fs.readFileSync(file, 'utf8')); // one simple-protocol round trip: one transaction
      loaded = (await loader.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0].n;
    } finally {
      await loader.end();
    }
    expect(loaded).toBeGreaterThan(0);

    const database = await openDatabase({ databaseUrl: databaseUrl() });
    try {
      const migrations = await rows<{ n: number }>(database, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(migrations[0].n).toBe(loaded); // openDatabase found every migration already applied
      expect(await countRows(database.db)).toEqual(before);
      const found = await rows<{ name: string }>(
        database,
        sql`select name from orgs where search_tsv @@ plainto_tsquery('simple', '如东') and name % '如东县科协会'`,
      );
      expect(found.map((r) => r.name)).toEqual(['如东县科学技术协会']);
    } finally {
      await database.close();
    }
  });
});
