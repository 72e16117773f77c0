// `npm run backup [-- FILE]`: a plain SQL dump of the embedded database (default backups/kexie-<time>.sql).
// Refuses while the server has the data directory open. On PostgreSQL it tells you the pg_dump command.
import { readEnv } from '../env.js';
import { backupDataDir, defaultBackupFile } from './backup-restore.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const env = readEnv();
  const file = process.argv[2] ?? defaultBackupFile();
  if (env.DATABASE_URL) {
    console.error(
      [
        '',
        'DATABASE_URL 已设置：数据在 PostgreSQL 服务器上，请用 PostgreSQL 自带的 pg_dump 备份。',
        'DATABASE_URL is set: the data lives on a PostgreSQL server. Back it up with pg_dump:',
        '',
        `  mkdir -p backups && pg_dump --no-owner --no-privileges --file=${file} "$DATABASE_URL"`,
        '',
        'and copy the attachments too (KEXIE_DATA_DIR/files).',
        '',
      ].join('\n'),
    );
    return 1;
  }
  console.log(`backing up the embedded database in ${env.dataDir} …`);
  const t0 = Date.now();
  const out = await backupDataDir({ dataDir: env.dataDir, file });
  console.log(`备份完成 / backup written: ${out.file} (${(out.bytes / 1024).toFixed(0)} KiB, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`attachments are not in the dump: copy ${env.dataDir}/files as well`);
  console.log(`restore with: KEXIE_DATA_DIR=<new empty dir> npm run restore -- ${out.file}`);
  return 0;
});
