import path from 'node:path';
import { buildApp } from './app.js';
import { migrateModules, openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/lock.js';
import { EnvError, readEnv } from './env.js';
import { MODULES } from './modules/index.js';
import { ensureAdmin } from './platform/auth/user.service.js';
import { runDemoSeed } from './platform/demo/demo.js';
import { PLATFORM_REMINDERS, startReminderWorker } from './platform/notifications/reminder.service.js';
import { LocalFileStore } from './platform/files/file-store.js';
import { loadCityConfig } from './platform/orgs/city-config.js';
import { applyCityConfig } from './platform/orgs/org.service.js';
import { addUserWords } from './platform/search/text.js';

// read env → open db → migrate → configure → seed → listen; nothing else.
async function main() {
  const env = readEnv();
  const city = loadCityConfig({ city: env.KEXIE_CITY, file: env.KEXIE_CITY_FILE });
  addUserWords(city.dictionary.userWords);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : env.dataDir });
  await migrateModules(database, MODULES);
  await applyCityConfig(database.db, city);
  const admin = await ensureAdmin(database.db, env.KEXIE_ADMIN_PASSWORD);
  if (admin.created && env.KEXIE_DEMO === '1') {
    await runDemoSeed(database.db, city, MODULES, { log: (m) => console.log(m) });
  }

  const app = await buildApp(
    { db: database.db, dbKind: database.kind, env, city, files: new LocalFileStore(path.join(env.dataDir, 'files')) },
    { logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL } },
  );
  // Durable reminders: every process polls; SKIP LOCKED lets each due reminder fire in one of them.
  const reminders = startReminderWorker(
    database.db,
    Object.assign({ ...PLATFORM_REMINDERS }, ...MODULES.map((m) => m.reminders ?? {})),
    {
      intervalMs: env.KEXIE_REMINDER_POLL_SECONDS * 1000,
      onError: (err) => app.log.error({ err }, 'reminders: round failed'),
      onFired: (n) => app.log.info(`reminders: ${n} fired`),
    },
  );
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return; // a second signal while closing must not cut the close short
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    await reminders.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: env.HOST, port: env.PORT });
  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${(app.server.address() as { port: number }).port}`;
  console.log(`\n  kexie 智慧科协 is running: ${url}`);
  console.log(`  database: ${database.kind === 'pglite' ? `embedded PGlite in ${env.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);
  if (admin.created) {
    console.log(`  sign in as: admin / ${admin.password ?? '(KEXIE_ADMIN_PASSWORD)'}`);
    if (admin.password) console.log('  (generated password, shown only this once: change it after signing in)');
    if (env.KEXIE_DEMO === '1') console.log('  demo data loaded (演示数据); demo accounts use the password "demo12345"');
  } else {
    console.log('  sign in with your existing account (user admin was created on first start)');
  }
  console.log(`  API docs: ${url}/api/docs\n`);
}

main().catch((err) => {
  if (err instanceof EnvError || err instanceof DataDirLockedError) {
    console.error(`\n${err.message}\n`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
