import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { TRole } from '../../shared/limits.js';
import { buildApp } from '../app.js';
import { type Database, migrateModules, openDatabase } from '../db/client.js';
import { MODULES } from '../modules/index.js';
import { resetLoginRateLimit } from '../platform/auth/auth.service.js';
import { ensureAdmin } from '../platform/auth/user.service.js';
import { MemoryFileStore } from '../platform/files/file-store.js';
import type { TServerModule } from '../platform/module/module.types.js';
import { loadCityConfig } from '../platform/orgs/city-config.js';
import { applyCityConfig } from '../platform/orgs/org.service.js';
import { addUserWords } from '../platform/search/text.js';

export const ADMIN_PASSWORD = 'admin-pass-123';

/**
 * A database for one test file: in-memory PGlite, or — when KEXIE_TEST_DATABASE_URL points at a
 * PostgreSQL server — a fresh database created on it and dropped afterwards.
 */
async function openTestDatabase(): Promise<Database & { drop?: () => Promise<void> }> {
  const serverUrl = process.env.KEXIE_TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({});
  const name = `kexie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // pool.end() resolves once the clients are told to end, not when their backends are gone. Killing
      // a backend that has not yet read the Terminate message (DROP … WITH (FORCE)) makes it answer
      // FATAL 57P01, which the pool re-emits as an unhandled 'error': wait for them to leave first.
      for (let i = 0; i < 200; i++) {
        const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TSession {
  cookie: string;
  csrf: string;
  userId: number;
}

export interface TTestApp {
  app: FastifyInstance;
  database: Database;
  orgIdByCode(code: string): Promise<number>;
  /** Sign in; returns cookie and CSRF token for `as`. */
  login(username: string, password: string): Promise<TSession>;
  /** Create an account (as admin) and sign in as it. */
  userAt(orgCode: string, roles: TRole[], username?: string): Promise<TSession>;
  admin: TSession;
  /** app.inject with the session's cookie and CSRF header. */
  as(session: TSession | null, opts: { method: string; url: string; payload?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let counter = 0;

export interface TTestAppOptions {
  /** The module list (default: MODULES); their own migrations are applied first. */
  modules?: readonly TServerModule[];
}

export async function createTestApp(opts: TTestAppOptions = {}): Promise<TTestApp> {
  resetLoginRateLimit();
  const city = loadCityConfig({ city: 'nantong' });
  addUserWords(city.dictionary.userWords);
  const modules = opts.modules ?? MODULES;
  const database = await openTestDatabase();
  await migrateModules(database, modules);
  await applyCityConfig(database.db, city);
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const app = await buildApp(
    {
      db: database.db,
      dbKind: database.kind,
      env: { KEXIE_SESSION_HOURS: 12, KEXIE_SECURE_COOKIES: '0', KEXIE_MAX_UPLOAD_MB: 5 },
      city,
      files: new MemoryFileStore(),
    },
    { serveWeb: false, modules },
  );

  const as: TTestApp['as'] = (session, opts) =>
    app.inject({
      method: opts.method as 'GET',
      url: opts.url,
      payload: opts.payload as string,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...opts.headers,
      },
    });

  const login = async (username: string, password: string): Promise<TSession> => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const sid = res.cookies.find((c) => c.name === 'kexie_sid');
    const body = res.json();
    return { cookie: `kexie_sid=${sid?.value}`, csrf: body.csrfToken, userId: body.id };
  };

  const orgIdByCode = async (code: string) => {
    const res = await database.db.query.orgs.findFirst({ where: (o, { eq }) => eq(o.code, code) });
    if (!res) throw new Error(`no org ${code}`);
    return res.id;
  };

  const admin = await login('admin', ADMIN_PASSWORD);

  const userAt = async (orgCode: string, roles: TRole[], username?: string) => {
    const name = username ?? `u${++counter}_${randomBytes(3).toString('hex')}`;
    const res = await as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: name, password: 'password-123', displayName: `测试${name}`, orgId: await orgIdByCode(orgCode), roles },
    });
    if (res.statusCode !== 201) throw new Error(`create user failed: ${res.body}`);
    return login(name, 'password-123');
  };

  return {
    app,
    database,
    orgIdByCode,
    login,
    userAt,
    admin,
    as,
    close: async () => {
      await app.close();
      await database.close();
      await (database as { drop?: () => Promise<void> }).drop?.();
    },
  };
}
