import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/core/ports.js';
import type { LedgerEntry } from '../../src/core/types.js';
import { demoData } from '../../src/store/demo-data.js';
import type { FileStore } from '../../src/store/file-store.js';
import { runAdmin, type AdminContext } from '../../src/admin/admin.js';

/** A fixed instant, so demo data and ledger dates are the same on every run. */
export const clock: Clock = { now: () => new Date('2021-06-15T09:00:00.000Z') };

const made: string[] = [];

/** A fresh temp directory; `removeTempDirs` deletes every one made so far. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

export function opened(id: string, benefit = 'product-support'): LedgerEntry {
  return { id, benefit, kind: 'opened', at: clock.now().toISOString() };
}

/** Appends one ledger entry to the org and resolves with its id once durable. */
export function appendLedger(store: FileStore, orgId: string, id: string): Promise<string> {
  return store.updateOrg(orgId, () => ({ result: id, changes: { ledger: [opened(id)] } }));
}

type Key = string | number;

/** The demo data as a file holds it, with the value at `path` replaced (or deleted, for undefined). */
export function demoJsonWith(path: readonly Key[], value: unknown): unknown {
  const data: unknown = JSON.parse(JSON.stringify(demoData(clock)));
  let node = data as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  const last = path.at(-1) ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return data;
}

/** An admin CLI context on a data file in a fresh temp dir, collecting what the commands print. */
export async function adminContext() {
  const dir = await tempDir();
  const out: string[] = [];
  const err: string[] = [];
  const ctx: AdminContext = { dataFile: join(dir, 'db.json'), clock, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
  return { dir, ctx, out, err, run: (...args: string[]) => runAdmin(args, ctx) };
}
