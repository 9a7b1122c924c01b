import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { loadStore } from '../../src/store/load-store.js';
import { processStart } from '../../src/store/store-lock.js';
import { appendLedger, clock, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** A process that is alive until killed. */
function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = sleeper();
  const pid = child.pid!;
  await kill(child);
  return pid;
}

const bootId = async () => (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();

describe('one writer per data file', () => {
  it('writes pid, start time, boot id and a nonce; refuses a live holder; takes over a dead one', async () => {
    const file = join(await tempDir(), 'db.json');
    const other = sleeper();
    try {
      await writeFile(`${file}.lock`, JSON.stringify({ pid: other.pid, start: processStart(other.pid!), boot: await bootId(), nonce: 'theirs' }));
      await expect(openFileStore({ file, clock })).rejects.toMatchObject({ code: 'LOCKED', message: expect.stringContaining(String(other.pid)) });
      // The format before this one: a bare pid.
      await writeFile(`${file}.lock`, String(other.pid));
      await expect(openFileStore({ file, clock })).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      await kill(other);
    }
    const store = await openFileStore({ file, clock });
    expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toEqual({ pid: process.pid, start: processStart(process.pid), boot: await bootId(), nonce: expect.any(String) });
    await store.close();
    await expect(readFile(`${file}.lock`, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    ['its pid now belongs to another live process (another start time)', async (live: number) => ({ pid: live, start: '1', boot: await bootId(), nonce: 'old' })],
    ['it was written before a reboot (another boot id)', async (live: number) => ({ pid: live, start: processStart(live), boot: '00000000-0000-0000-0000-000000000000', nonce: 'old' })],
    ['its process is gone', async () => ({ pid: await deadPid(), nonce: 'old' })],
    ['it is not a lock record at all', async () => ({ garbage: true })],
  ])('takes over a stale lock: %s', async (_name, record) => {
    const file = join(await tempDir(), 'db.json');
    const live = sleeper();
    try {
      await writeFile(`${file}.lock`, JSON.stringify(await record(live.pid!)));
      const store = await openFileStore({ file, clock });
      expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      await store.close();
    } finally {
      await kill(live);
    }
  });

  it('a store whose lock was taken over stops writing (LOCKED) and loses nothing it acknowledged', async () => {
    const file = join(await tempDir(), 'db.json');
    const first = await openFileStore({ file, clock });
    await appendLedger(first, DEMO.orgs.contoso, 'first-1');
    // Someone removes the lock by hand and another writer starts.
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, nonce: 'someone-else' }));
    await expect(appendLedger(first, DEMO.orgs.contoso, 'first-2')).rejects.toMatchObject({ code: 'LOCKED' });
    await first.close();
    expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toEqual({ pid: process.pid, nonce: 'someone-else' });
    const { data } = await loadStore(file, () => {
      throw new Error('missing');
    });
    expect(data.ledger.map((e) => e.id)).toContain('first-1');
    expect(data.ledger.map((e) => e.id)).not.toContain('first-2');
  });

  it('a store whose lock was replaced by a file of the same size (a new inode) stops writing', async () => {
    const file = join(await tempDir(), 'db.json');
    const store = await openFileStore({ file, clock });
    await appendLedger(store, DEMO.orgs.contoso, 'first-1');
    const mine = await readFile(`${file}.lock`, 'utf8');
    const theirs = mine.replace(/"nonce":"[^"]+"/, (nonce) => nonce.replace(/[0-9a-f]/g, '0'));
    expect(theirs).not.toBe(mine);
    expect(theirs.length).toBe(mine.length);
    await writeFile(`${file}.lock.new`, theirs);
    await rename(`${file}.lock.new`, `${file}.lock`);
    await expect(appendLedger(store, DEMO.orgs.contoso, 'first-2')).rejects.toMatchObject({ code: 'LOCKED' });
    await store.close();
    expect(await readFile(`${file}.lock`, 'utf8')).toBe(theirs);
  });

  it('takes the lock again when it was deleted by hand, and keeps writing', async () => {
    const file = join(await tempDir(), 'db.json');
    const store = await openFileStore({ file, clock });
    await appendLedger(store, DEMO.orgs.contoso, 'first-1');
    const mine = await readFile(`${file}.lock`, 'utf8');
    await unlink(`${file}.lock`);
    await appendLedger(store, DEMO.orgs.contoso, 'first-2');
    expect(await readFile(`${file}.lock`, 'utf8')).toBe(mine);
    // And it still notices a takeover after that.
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, nonce: 'someone-else' }));
    await expect(appendLedger(store, DEMO.orgs.contoso, 'first-3')).rejects.toMatchObject({ code: 'LOCKED' });
    await store.close();
  });
});

/** A contender process (test/store/fixtures/lock-contender.ts) driven over IPC. */
class Contender {
  private readonly child = spawn(process.execPath, ['--import', 'tsx', 'test/store/fixtures/lock-contender.ts'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  private readonly inbox: Record<string, unknown>[] = [];
  private waiting: (() => void) | undefined;

  constructor() {
    this.child.on('message', (m: Record<string, unknown>) => {
      this.inbox.push(m);
      this.waiting?.();
    });
  }

  async next(): Promise<Record<string, unknown>> {
    while (this.inbox.length === 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    return this.inbox.shift()!;
  }

  send(message: unknown): void {
    this.child.send(message as object);
  }

  async stop(): Promise<void> {
    await kill(this.child);
  }
}

describe('two processes starting at the same moment', () => {
  const contenders: Contender[] = [];

  beforeAll(async () => {
    contenders.push(new Contender(), new Contender());
    for (const c of contenders) expect(await c.next()).toEqual({ ready: true });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(contenders.map((c) => c.stop()));
  });

  it('exactly one of them writes, every round, and nothing it acknowledged is lost', async () => {
    const dir = await tempDir();
    const dead = await deadPid();
    const stale = [undefined, String(dead), JSON.stringify({ pid: dead, nonce: 'stale' }), JSON.stringify({ pid: process.pid, start: '1', nonce: 'reused-pid' })];
    const problems: string[] = [];
    for (let round = 0; round < 40; round += 1) {
      const file = join(dir, `round-${round}.json`);
      const planted = stale[round % stale.length];
      if (planted !== undefined) await writeFile(`${file}.lock`, planted);
      const at = Date.now() + 40;
      contenders.forEach((c, i) => c.send({ file, at, writes: 10, tag: `r${round}c${i}` }));
      const results = await Promise.all(contenders.map((c) => c.next()));
      const winners = results.filter((r) => r.opened === true);
      if (winners.length !== 1) problems.push(`round ${round} (${planted ?? 'no lock'}): ${winners.length} writers`);
      if (results.some((r) => r.opened === false && r.code !== 'LOCKED')) problems.push(`round ${round}: ${JSON.stringify(results)}`);
      contenders.forEach((c) => c.send({ close: true }));
      await Promise.all(contenders.map((c) => c.next()));
      const { data } = await loadStore(file, () => {
        throw new Error(`round ${round}: no data file`);
      });
      const stored = new Set(data.ledger.map((e) => e.id));
      const acked = winners.flatMap((w) => w.acked as string[]);
      const lost = acked.filter((id) => !stored.has(id));
      if (lost.length > 0) problems.push(`round ${round}: lost ${lost.join(', ')}`);
      if (acked.length !== 10 * winners.length) problems.push(`round ${round}: only ${acked.length} acknowledged`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
