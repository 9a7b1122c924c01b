import { readFile, rm, writeFile } from 'node:fs/promises';
import { StoreError } from '../core/errors.js';

/** Whether a process with this id is running (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The store has one writer: `<file>.lock` holds the writing process's id. Another live process
 * holding it is refused (LOCKED) instead of both writing and one losing; a lock left by a process
 * that died (a crash, SIGKILL) is taken over. Returns the release function.
 */
export async function lockStore(file: string): Promise<() => Promise<void>> {
  const lock = `${file}.lock`;
  try {
    await writeFile(lock, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (holder > 0 && holder !== process.pid && alive(holder)) {
      throw new StoreError('LOCKED', `${file} is in use by process ${holder} (stop it first, or use another DATA_FILE)`);
    }
    await writeFile(lock, String(process.pid));
  }
  return () => rm(lock, { force: true });
}
