import { existsSync } from 'node:fs';

/**
 * Reads `.env` from the working directory when there is one, for `npm start`, `npm run admin`
 * and `npm run chat` alike. Variables already set in the environment win, as with Node's
 * `--env-file`, so a deployment's real settings are never overridden by a stray file.
 * (`--env-file-if-exists` would do the same but needs Node 20.19/22.9 and a flag on every script.)
 */
export function loadEnvFileIfPresent(file = '.env'): boolean {
  if (!existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}
