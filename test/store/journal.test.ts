import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFile, readdir, readFile, readlink, rename, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../../src/core/errors.js';
import type { Ticket } from '../../src/core/types.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore, type FileStore, type FileStoreOptions } from '../../src/store/file-store.js';
import { encodeLine } from '../../src/store/journal.js';
import { loadStore } from '../../src/store/load-store.js';
import { appendLedger, clock, filesIn, opened, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const C = DEMO.orgs.contoso;
const F = DEMO.orgs.fabrikam;

async function newStore(options: Partial<FileStoreOptions> = {}) {
  const dir = await tempDir();
  const file = join(dir, 'db.json');
  return { dir, file, journal: `${file}.journal`, store: await openFileStore({ file, clock, ...options }) };
}

/** Everything a store holds that a user could see. */
async function contents(store: FileStore) {
  return { records: await store.exportData(), audit: await store.listAudit(), tickets: await store.listTickets(), unanswered: await store.listUnanswered(), state: await store.readState(['conv-1', 'conv-2']) };
}

const draft: Omit<Ticket, 'id'> = {
  createdAt: clock.now().toISOString(),
  status: 'open',
  orgId: C,
  userId: DEMO.users.contosoUser,
  requester: { channel: 'slack', tenant: 'T1', user: 'U1' },
  locale: 'en',
  summary: ['cannot sign in'],
  conversation: {},
  sourceKey: 'msg-1',
  notes: [],
};

/** One mutation of every kind, each its own group commit. */
async function mutateEverything(store: FileStore): Promise<void> {
  await appendLedger(store, C, 'j-1');
  const at = clock.now().toISOString();
  await store.updateOrg(F, () => ({ result: null, changes: { activation: { accessId: 'fab-access', contractId: '1234567890', activatedAt: at, expiresAt: '2022-06-15T09:00:00.000Z', activatedBy: DEMO.users.fabrikamAdmin }, links: [{ account: { kind: 'work', id: 'a@fabrikam.example' }, portal: 'azure-portal', linkedAt: at }] } }));
  await store.appendAudit({ id: 'audit-1', at, actor: { channel: 'slack', tenant: 'T1', user: 'U1' }, action: 'view-ids', outcome: 'ok' });
  await store.createTicket(draft);
  await store.updateTicket(1, (t) => ({ result: null, ticket: { ...t, status: 'claimed', claimedBy: DEMO.users.staff } }));
  await store.recordUnanswered({ at, text: 'what is a widget?', locale: 'en' });
  await store.writeState({ 'conv-1': { value: { step: 1 } }, 'conv-2': { value: { step: 9 } } });
  await store.deleteState(['conv-2']);
}

const journalLines = async (journal: string) => (await readFile(journal, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { seq: number });

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe('the journal', () => {
  it('replays every kind of mutation on reopen, with the data file untouched (no compaction, as after a crash)', async () => {
    const { file, journal, store } = await newStore();
    const snapshot = await readFile(file);
    await mutateEverything(store);
    expect(await readFile(file)).toEqual(snapshot);
    expect((await journalLines(journal)).map((line) => line.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The first store is never closed: the second sees only what is on disk.
    const reopened = await openFileStore({ file, clock });
    expect(await contents(reopened)).toEqual(await contents(store));
    expect((await reopened.getTicket(1))?.status).toBe('claimed');
    expect(await reopened.readState(['conv-1', 'conv-2'])).toEqual({ 'conv-1': expect.objectContaining({ value: { step: 1 } }) });
  });

  it('folds the journal into the data file past its limit (keeping later lines) and on close; nothing is lost', async () => {
    const { file, journal, store } = await newStore({ compactAfter: { batches: 3 } });
    for (const id of ['k-1', 'k-2', 'k-3', 'k-4']) await appendLedger(store, C, id);
    // The third batch started a compaction in the background; the fourth was appended meanwhile.
    await store.whenIdle();
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as { journalSeq: number; ledger: { id: string }[] };
    expect(snapshot.journalSeq).toBe(3);
    expect(snapshot.ledger.map((e) => e.id).slice(-3)).toEqual(['k-1', 'k-2', 'k-3']);
    expect((await journalLines(journal)).map((line) => line.seq)).toEqual([4]);
    const before = await contents(store);
    await store.close();
    expect(await readFile(journal, 'utf8')).toBe('');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ journalSeq: 4 });
    const reopened = await openFileStore({ file, clock });
    expect(await contents(reopened)).toEqual(before);
    await reopened.close();
  });

  it('keeps every mutation acknowledged while compactions run, at every moment', async () => {
    const { file, store } = await newStore({ compactAfter: { batches: 1 } });
    const problems: string[] = [];
    const writer = async (w: number) => {
      for (let i = 0; i < 8; i++) {
        const id = await appendLedger(store, C, `w${w}-${i}`);
        // As if the process died right after the acknowledgement: the files must hold the entry, once
        // (read without taking the lock, which would stop this writer).
        const { data } = await loadStore(file, () => {
          throw new Error('no data file');
        });
        const ids = data.ledger.filter((e) => e.orgId === C).map((e) => e.id);
        if (!ids.includes(id)) problems.push(`${id} missing`);
        if (new Set(ids).size !== ids.length) problems.push(`duplicates after ${id}`);
      }
    };
    await Promise.all([0, 1, 2, 3, 4].map(writer));
    expect(problems).toEqual([]);
    expect((await store.getOrg(C))?.ledger).toHaveLength(6 + 40);
  });

  it('snapshots the data as it was when the compaction started, while later batches are appended', async () => {
    const { file, store } = await newStore({ compactAfter: { batches: 2 } });
    // Megabytes of data, so the snapshot is written in several chunks with appends in between.
    const data = await store.exportData();
    const bulk = Array.from({ length: 10_000 }, (_, i) => ({ orgId: F, ...opened(`bulk-${i}`), ref: `SR ${i} ${'x'.repeat(200)}` }));
    await store.replaceAll({ ...data, ledger: [...data.ledger, ...bulk] });
    await appendLedger(store, C, 'before-1');
    await appendLedger(store, C, 'before-2');
    const during = Array.from({ length: 30 }, (_, i) => `during-${i}`);
    await Promise.all(during.map((id) => appendLedger(store, C, id)));
    await store.whenIdle();
    const reopened = await openFileStore({ file, clock });
    expect((await reopened.getOrg(F))?.ledger).toHaveLength(data.ledger.filter((e) => e.orgId === F).length + 10_000);
    const ids = (await reopened.getOrg(C))?.ledger.map((e) => e.id) ?? [];
    expect(ids.slice(6).sort()).toEqual(['before-1', 'before-2', ...during].sort());
  });

  it.each([
    ['a half-written line', (line: string) => line.slice(0, 40)],
    ['a whole line with a wrong checksum', (line: string) => line.replace('"j-torn"', '"j-tory"')],
  ])('ignores %s at the end (never acknowledged), keeps the lines before it, and writes on', async (_name, tear) => {
    const { file, journal, store } = await newStore();
    await appendLedger(store, C, 'j-1');
    await appendLedger(store, C, 'j-2');
    await appendFile(journal, tear(encodeLine(3, { ledger: [{ orgId: C, ...opened('j-torn') }] })));
    const reopened = await openFileStore({ file, clock });
    expect((await reopened.getOrg(C))?.ledger.map((e) => e.id).slice(-2)).toEqual(['j-1', 'j-2']);
    await appendLedger(reopened, C, 'j-3');
    expect(await readFile(journal, 'utf8')).not.toContain('j-tor');
    expect((await journalLines(journal)).map((line) => line.seq)).toEqual([1, 2, 3]);
    const third = await openFileStore({ file, clock });
    expect((await third.getOrg(C))?.ledger.map((e) => e.id).slice(-3)).toEqual(['j-1', 'j-2', 'j-3']);
  });

  it('refuses a damaged line before the end (CORRUPT_FILE naming the journal and line), touching neither file', async () => {
    const { dir, file, journal, store } = await newStore();
    for (const id of ['j-1', 'j-2', 'j-3']) await appendLedger(store, C, id);
    const lines = (await readFile(journal, 'utf8')).split('\n');
    await writeFile(journal, [lines[0], lines[1]!.replace('j-2', 'j-X'), ...lines.slice(2)].join('\n'));
    const [data, log] = [await readFile(file), await readFile(journal)];
    const error = await rejection(openFileStore({ file, clock }));
    expect(error.code).toBe('CORRUPT_FILE');
    expect(error.message).toBe(`${journal}: line 2 is damaged (bad checksum or not JSON) but is not the last line`);
    expect([await readFile(file), await readFile(journal)]).toEqual([data, log]);
    expect(await filesIn(dir)).toEqual(['db.json', 'db.json.journal']);
  });

  it.each([
    ['an invalid record', encodeLine(1, { ledger: [{ orgId: C, ...opened('x'), at: 'tomorrow' }] }), 'SCHEMA_INVALID', 'line 1: ledger[0].at: '],
    ['an unknown org', encodeLine(1, { ledger: [{ orgId: 'org-nope', ...opened('x') }] }), 'SCHEMA_INVALID', 'line 1: ledger[0].orgId: unknown org "org-nope"'],
    ['a gap after the data file', encodeLine(2, { audit: [] }), 'CORRUPT_FILE', "line 1: seq 2 does not follow the data file's journalSeq 0"],
    ['lines out of order', encodeLine(1, {}) + encodeLine(3, {}), 'CORRUPT_FILE', 'line 2: seq 3 does not follow 1'],
  ])('refuses a whole line with %s, touching nothing', async (_name, text, code, message) => {
    const { file, journal, store } = await newStore();
    await store.close();
    await writeFile(journal, text);
    const data = await readFile(file);
    const error = await rejection(openFileStore({ file, clock }));
    expect([error.code, error.message]).toEqual([code, expect.stringContaining(`${journal}: ${message}`)]);
    expect([await readFile(file), await readFile(journal, 'utf8')]).toEqual([data, text]);
  });

  it('refuses a journal whose data file is missing instead of starting afresh', async () => {
    const { dir, file, journal, store } = await newStore();
    await appendLedger(store, C, 'j-1');
    const log = await readFile(journal);
    await rm(file);
    expect((await rejection(openFileStore({ file, clock }))).message).toContain(`${journal}: journal without its data file ${file}`);
    expect(await filesIn(dir)).toEqual(['db.json.journal']);
    expect(await readFile(journal)).toEqual(log);
  });

  it('starts a journal beside a data file that has none (as an older version left it), without rewriting the data file', async () => {
    const { file, journal, store } = await newStore();
    await store.close();
    await rm(journal);
    const data = await readFile(file);
    const reopened = await openFileStore({ file, clock });
    await appendLedger(reopened, C, 'j-1');
    expect(await readFile(file)).toEqual(data);
    expect((await journalLines(journal)).map((line) => line.seq)).toEqual([1]);
    expect((await (await openFileStore({ file, clock })).getOrg(C))?.ledger.at(-1)?.id).toBe('j-1');
  });

  it.each([
    ['while it held lines', ['mine-0']],
    ['while it was empty', []],
  ])('stops writing (LOCKED) when another writer took the files over %s, and nothing acknowledged is lost', async (_name, before) => {
    const { file, store } = await newStore();
    for (const id of before) await appendLedger(store, C, id);
    const other = await openFileStore({ file, clock });
    await appendLedger(other, C, 'other-1');
    await other.close();
    // The lock is free again and the journal was replaced: still, this store must not write over the other's lines.
    expect((await rejection(appendLedger(store, C, 'mine-1'))).code).toBe('LOCKED');
    expect((await rejection(appendLedger(store, C, 'mine-2'))).code).toBe('LOCKED');
    await store.close();
    const ids = (await (await openFileStore({ file, clock })).getOrg(C))?.ledger.map((e) => e.id);
    expect(ids?.slice(6)).toEqual([...before, 'other-1']);
  });

  it('stops writing (LOCKED) when another process appended to its journal behind its back', async () => {
    const { file, journal, store } = await newStore();
    await appendLedger(store, C, 'mine-1');
    const seq = (await readFile(journal, 'utf8')).trim().split('\n').length;
    await appendFile(journal, encodeLine(seq + 1, { ledger: [{ orgId: C, ...opened('theirs-1') }] }));
    expect((await rejection(appendLedger(store, C, 'mine-2'))).code).toBe('LOCKED');
    await store.close();
    const ids = (await (await openFileStore({ file, clock })).getOrg(C))?.ledger.map((e) => e.id);
    expect(ids?.slice(6)).toEqual(['mine-1', 'theirs-1']);
  });

  it('stops writing (LOCKED) when its journal, held open between appends, was replaced by a byte-identical copy', async () => {
    const { file, journal, store } = await newStore();
    await appendLedger(store, C, 'mine-1');
    // Same bytes, same size: only the inode tells the new file from the one this store appends to.
    await writeFile(`${journal}.copy`, await readFile(journal));
    await rename(`${journal}.copy`, journal);
    expect((await rejection(appendLedger(store, C, 'mine-2'))).code).toBe('LOCKED');
    await store.close();
    const ids = (await (await openFileStore({ file, clock })).getOrg(C))?.ledger.map((e) => e.id);
    expect(ids?.slice(6)).toEqual(['mine-1']);
  });

  it('after a compaction replaced the journal, still sees another process appending to the new one', async () => {
    const { journal, store } = await newStore({ compactAfter: { bytes: 10 ** 9, batches: 3 } });
    for (const id of ['c-1', 'c-2', 'c-3', 'c-4']) await appendLedger(store, C, id);
    await store.whenIdle();
    const seq = (await journalLines(journal)).at(-1)!.seq;
    await appendFile(journal, encodeLine(seq + 1, { ledger: [{ orgId: C, ...opened('theirs-1') }] }));
    expect((await rejection(appendLedger(store, C, 'mine-5'))).code).toBe('LOCKED');
    await store.close();
  });

  it('closes the files it holds open (journal and lock) when the store closes, also once it stopped writing', async () => {
    const heldOpen = async (dir: string) => {
      const fds = await readdir('/proc/self/fd');
      const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
      return targets.filter((target) => target.startsWith(dir));
    };
    const { dir, file, store } = await newStore();
    await appendLedger(store, C, 'mine-1');
    expect((await heldOpen(dir)).sort()).toEqual([`${file}.journal`, `${file}.lock`]);
    await store.close();
    expect(await heldOpen(dir)).toEqual([]);
    const fenced = await openFileStore({ file, clock });
    await appendLedger(fenced, C, 'mine-2');
    await appendFile(`${file}.journal`, '\n');
    expect((await rejection(appendLedger(fenced, C, 'mine-3'))).code).toBe('LOCKED');
    await fenced.close();
    expect(await heldOpen(dir)).toEqual([]);
  });

  // An append is durable when its write returns because the journal is opened with O_DSYNC (no fdatasync after it).
  (process.platform === 'linux' ? it : it.skip)('appends through an fd opened with O_DSYNC, also after a compaction replaced the journal', async () => {
    const journalFlags = async (journal: string) => {
      const fds = await readdir('/proc/self/fd');
      const targets = await Promise.all(fds.map(async (fd) => ((await readlink(`/proc/self/fd/${fd}`).catch(() => '')) === journal ? fd : undefined)));
      const fd = targets.find((x) => x !== undefined);
      const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8');
      return parseInt(/^flags:\s+(\d+)/m.exec(info)![1]!, 8);
    };
    const { journal, store } = await newStore({ compactAfter: { batches: 2 } });
    await appendLedger(store, C, 'mine-1');
    expect((await journalFlags(journal)) & constants.O_DSYNC).toBe(constants.O_DSYNC);
    await appendLedger(store, C, 'mine-2');
    await store.whenIdle();
    await appendLedger(store, C, 'mine-3');
    expect((await journalFlags(journal)) & constants.O_DSYNC).toBe(constants.O_DSYNC);
    await store.close();
  });

  it('never changes either file when opened only to read (e.g. an export while the bot runs)', async () => {
    const { file, journal, store } = await newStore();
    await appendLedger(store, C, 'j-1');
    const [data, log] = [await readFile(file), await readFile(journal)];
    const reader = await openFileStore({ file, clock });
    expect((await reader.exportData()).ledger.at(-1)?.id).toBe('j-1');
    await reader.close();
    expect([await readFile(file), await readFile(journal)]).toEqual([data, log]);
  });

  it('writes an import as a new data file and starts a fresh journal', async () => {
    const { file, journal, store } = await newStore();
    await appendLedger(store, C, 'j-1');
    await store.replaceAll(await store.exportData());
    expect(await readFile(journal, 'utf8')).toBe('');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ journalSeq: 2, ledger: expect.arrayContaining([expect.objectContaining({ id: 'j-1' })]) });
  });
});
