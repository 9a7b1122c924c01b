import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openFileStore } from '../../src/store/file-store.js';
import { clock, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** A process that is alive until killed. */
function sleeper() {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
}

describe('one writer per data file', () => {
  it('refuses to open a file another live process writes, and takes over a dead one’s lock', async () => {
    const file = join(await tempDir(), 'db.json');
    const other = sleeper();
    try {
      await writeFile(`${file}.lock`, String(other.pid));
      await expect(openFileStore({ file, clock })).rejects.toMatchObject({ code: 'LOCKED', message: expect.stringContaining(String(other.pid)) });
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const store = await openFileStore({ file, clock });
    expect(await readFile(`${file}.lock`, 'utf8')).toBe(String(process.pid));
    await store.close();
    await expect(readFile(`${file}.lock`, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
