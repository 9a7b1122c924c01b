/**
 * The admin CLI (`npm run admin -- <command>`): a thin wrapper over ./admin.ts, which holds
 * the logic so tests can call it directly.
 */
import { loadEnvFileIfPresent } from '../env-file.js';
import { systemClock } from '../store/ids.js';
import { runAdmin } from './admin.js';

loadEnvFileIfPresent();
process.exitCode = await runAdmin(process.argv.slice(2), {
  dataFile: process.env['DATA_FILE'] ?? 'data/db.json',
  databaseUrl: process.env['DATABASE_URL']?.trim() || undefined,
  clock: systemClock,
  io: {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
});
