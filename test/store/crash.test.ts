import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO } from '../../src/store/demo-data.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { openFileStore } from '../../src/store/file-store.js';
import { clock, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** Runs the appending child and SIGKILLs it once it has acknowledged `atLeast` entries. */
function appendUntilKilled(file: string, atLeast: number): Promise<{ acked: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/fixtures/append-ledger.ts', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    // Only complete lines count: an id is acknowledged once its newline is out.
    if (out.split('\n').length - 1 >= atLeast) child.kill('SIGKILL');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ acked: out.split('\n').slice(0, -1), signal, stderr }));
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged ledger entry when the writer is killed mid-stream', async () => {
    const file = join(await tempDir(), 'db.json');
    const { acked, signal, stderr } = await appendUntilKilled(file, 30);
    expect(stderr).toBe('');
    expect(signal).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(30);

    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    const store = await openFileStore({ file, clock });
    const onDisk = new Set((await store.getOrg(DEMO.orgs.contoso))?.ledger.map((e) => e.id));
    expect(acked.filter((id) => !onDisk.has(id))).toEqual([]);
    await store.close();
  });
});
