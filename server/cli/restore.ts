// `npm run restore -- FILE`: restores a backup made by `npm run backup` into KEXIE_DATA_DIR, which must
// be empty or absent. On PostgreSQL it tells you the psql command instead.
import { readEnv } from '../env.js';
import { CliError, restoreDataDir } from './backup-restore.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const env = readEnv();
  const file = process.argv[2];
  if (!file) throw new CliError('用法 / usage: KEXIE_DATA_DIR=<empty dir> npm run restore -- <backup.sql>');
  if (env.DATABASE_URL) {
    console.error(
      [
        '',
        'DATABASE_URL 已设置：请用 psql 把备份导入一个新建的空数据库。',
        'DATABASE_URL is set: load the dump into a new, empty database with psql:',
        '',
        `  psql --set ON_ERROR_STOP=1 --single-transaction --file=${file} "$DATABASE_URL"`,
        '',
      ].join('\n'),
    );
    return 1;
  }
  console.log(`restoring ${file} into ${env.dataDir} …`);
  const t0 = Date.now();
  const out = await restoreDataDir({ dataDir: env.dataDir, file });
  const total = Object.values(out.tables).reduce((a, b) => a + b, 0);
  console.log(`恢复完成 / restored: ${Object.keys(out.tables).length} tables, ${total} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const [name, n] of Object.entries(out.tables)) console.log(`  ${name.padEnd(28)} ${n}`);
  console.log(
    out.migrationsApplied === 0
      ? `schema: ${out.migrationsInDump} migrations, all present (nothing to apply)`
      : `schema: the backup had ${out.migrationsInDump} migrations; ${out.migrationsApplied} newer ones were applied`,
  );
  console.log(`start the server with KEXIE_DATA_DIR=${env.dataDir} npm start`);
  return 0;
});
