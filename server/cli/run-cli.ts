import { DataDirLockedError } from '../db/lock.js';
import { EnvError } from '../env.js';
import { CliError } from './backup-restore.js';

/**
 * Runs a command-line tool: prints operator errors (bad settings, locked data dir, CliError) as plain
 * messages, anything else with its stack, and always exits — an open PGlite would keep Node alive.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  main()
    .then((code) => process.exit(code ?? 0))
    .catch((err) => {
      if (err instanceof EnvError || err instanceof DataDirLockedError || err instanceof CliError) {
        console.error(`\n${err.message}\n`);
        process.exit(err instanceof CliError ? 1 : 2);
      }
      console.error(err);
      process.exit(1);
    });
}
