import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../src/core/errors.js';
import type { Activation } from '../../src/core/types.js';
import { DEMO, demoData } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { appendLedger, clock, demoJsonWith, filesIn, opened, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const C = DEMO.orgs.contoso;

async function newStore(demo = true) {
  const dir = await tempDir();
  const file = join(dir, 'db.json');
  return { dir, file, store: await openFileStore({ file, clock, demo }) };
}

const activation = (accessId: string): Activation => ({ accessId, contractId: '1234567890', activatedAt: clock.now().toISOString(), expiresAt: '2022-06-15T09:00:00.000Z', activatedBy: DEMO.users.fabrikamAdmin });

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe('opening the file store', () => {
  it('creates the file with demo data on first open; reopening reads the same data without rewriting it', async () => {
    const { file, store } = await newStore();
    await store.close();
    const bytes = await readFile(file);
    expect(JSON.parse(bytes.toString())).toEqual({ ...demoData(clock), journalSeq: 0, sum: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const again = await openFileStore({ file, clock: { now: () => new Date('2030-01-01T00:00:00Z') } });
    expect(await again.getOrg(C)).toEqual(await store.getOrg(C));
    await again.close();
    expect(await readFile(file)).toEqual(bytes);
  });

  it('creates an empty store (and its directory) when demo data is off', async () => {
    const dir = await tempDir();
    const store = await openFileStore({ file: join(dir, 'sub', 'db.json'), clock, demo: false });
    expect(await store.findOrgs('contoso')).toEqual([]);
    await store.close();
    expect(JSON.parse(await readFile(join(dir, 'sub', 'db.json'), 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION, orgs: [], users: [] });
  });

  it.each([
    ['broken JSON', '{"schemaVersion": 1, "orgs": [', 'CORRUPT_FILE', /not valid JSON/],
    ['an empty file', '', 'CORRUPT_FILE', /not valid JSON/],
    ['an offer of the wrong type', JSON.stringify(demoJsonWith(['orgs', 2, 'membership', 'offer'], 42)), 'SCHEMA_INVALID', /: orgs\[2\]\.membership\.offer: /],
  ])('refuses %s, naming the file, and leaves it byte-for-byte untouched', async (_name, text, code, message) => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    await writeFile(file, text);
    const before = await readFile(file);
    const error = await rejection(openFileStore({ file, clock }));
    expect(error.code).toBe(code);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(message);
    expect(await readFile(file)).toEqual(before);
    expect(await filesIn(dir)).toEqual(['db.json']);
  });

  it('validates every record again once a file the store wrote was edited (its seal no longer matches)', async () => {
    const { dir, file, store } = await newStore();
    await store.close();
    // The same file with one record changed; the old seal stays at its end.
    const edited = (await readFile(file, 'utf8')).replace('"offer":"gold"', '"offer":42');
    expect(edited).toContain('"offer":42');
    await writeFile(file, edited);
    const error = await rejection(openFileStore({ file, clock }));
    expect(error.code).toBe('SCHEMA_INVALID');
    expect(error.message).toMatch(/: orgs\[\d+\]\.membership\.offer: /);
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(await filesIn(dir)).toEqual(['db.json', 'db.json.journal']);
  });
});

describe('reading', () => {
  it('finds users by channel identity and orgs by id or name', async () => {
    const { store } = await newStore();
    const user = await store.findUserByIdentity({ channel: 'console', tenant: 'local', user: DEMO.consoleUser });
    expect(user).toMatchObject({ id: DEMO.users.contosoUser, orgId: C });
    expect(await store.findUserByIdentity({ channel: 'slack', tenant: DEMO.slackTeams.fabrikam, user: 'U0CONTUSER' })).toBeUndefined();
    expect((await store.listUsers(C)).map((u) => u.id)).toContain(DEMO.users.contosoCspOnly);
    expect((await store.findOrgs('FABRIKAM')).map((o) => o.id)).toEqual([DEMO.orgs.fabrikam]);
    expect((await store.findOrgs(DEMO.orgs.tailspin)).map((o) => o.name)).toEqual(['Tailspin Labs']);
    expect(await store.findOrgs('  ')).toEqual([]);
    await store.close();
  });

  it('returns an org\'s records as the port describes them (no `orgId` tags of the file\'s lists)', async () => {
    const { store } = await newStore();
    await appendLedger(store, C, 'tagged?');
    const record = await store.getOrg(C);
    const seen = await store.updateOrg(C, (r) => ({ result: r }));
    for (const r of [record, seen]) {
      expect(Object.keys(r?.activation ?? {}).sort()).toEqual(['accessId', 'activatedAt', 'activatedBy', 'contractId', 'expiresAt']);
      expect(r?.links.every((link) => !('orgId' in link))).toBe(true);
      expect(r?.ledger.filter((entry) => 'orgId' in entry)).toEqual([]);
      expect(r?.ledger.at(-1)).toEqual(opened('tagged?'));
    }
    await store.close();
  });

  it('returns copies: changing a result does not change the store', async () => {
    const { store } = await newStore();
    const record = await store.getOrg(C);
    record!.ledger.length = 0;
    record!.org.name = 'Changed';
    const user = await store.getUser(DEMO.users.contosoUser);
    user!.roles.push('global-admin');
    expect((await store.getOrg(C))?.ledger).toHaveLength(6);
    expect((await store.getOrg(C))?.org.name).toBe('Contoso Cloud Partners');
    expect((await store.getUser(DEMO.users.contosoUser))?.roles).toEqual(['user']);
    await store.close();
  });

  it('shows a change only once it is durable', async () => {
    const { store } = await newStore();
    const pending = appendLedger(store, C, 'e-1');
    expect((await store.getOrg(C))?.ledger.map((e) => e.id)).not.toContain('e-1');
    await pending;
    expect((await store.getOrg(C))?.ledger.map((e) => e.id)).toContain('e-1');
    await store.close();
  });
});

describe('updateOrg', () => {
  it('keeps all 200 concurrent appends across close and reopen', async () => {
    const { file, store } = await newStore();
    const ids = Array.from({ length: 200 }, (_, i) => `entry-${i}`);
    expect(await Promise.all(ids.map((id) => appendLedger(store, C, id)))).toEqual(ids);
    await store.close();
    const reopened = await openFileStore({ file, clock });
    const ledger = (await reopened.getOrg(C))?.ledger.map((e) => e.id) ?? [];
    expect(ledger.slice(6)).toEqual(ids);
    await reopened.close();
  });

  it('writes mutations queued during a write together, as one journal line (group commit)', async () => {
    const { file, store } = await newStore();
    await Promise.all(Array.from({ length: 50 }, (_, i) => appendLedger(store, C, `g-${i}`)));
    // The first append starts a write at once; the other 49 arrive while it is in flight.
    const lines = (await readFile(`${file}.journal`, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as { ops: { ledger: unknown[] } });
    expect(lines.map((line) => line.ops.ledger.length)).toEqual([1, 49]);
    await store.close();
  });

  it('lets each decision see the changes queued before it in the same batch', async () => {
    const { store } = await newStore();
    const counts = await Promise.all([1, 2, 3].map((n) => store.updateOrg(C, (r) => ({ result: r.ledger.length, changes: { ledger: [opened(`n-${n}`)] } }))));
    expect(counts).toEqual([6, 7, 8]);
    await store.close();
  });

  it('refuses a second activation (CONFLICT) and keeps the first, also within one batch', async () => {
    const { store } = await newStore();
    const outcomes = await Promise.allSettled([
      store.updateOrg(C, () => ({ result: 'gold again', changes: { activation: activation('new-id') } })),
      store.updateOrg(DEMO.orgs.fabrikam, () => ({ result: 'first', changes: { activation: activation('fab-1') } })),
      store.updateOrg(DEMO.orgs.fabrikam, () => ({ result: 'second', changes: { activation: activation('fab-2') } })),
    ]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as StoreError).code))).toEqual(['CONFLICT', 'first', 'CONFLICT']);
    expect((await store.getOrg(C))?.activation?.accessId).toBe(DEMO.activation.accessId);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation?.accessId).toBe('fab-1');
    await store.close();
  });

  it('rejects a throwing decision without trace while the rest of its batch lands', async () => {
    const { file, store } = await newStore();
    const a = appendLedger(store, C, 'a');
    const bad = store.updateOrg(C, (record) => {
      record.ledger.push(opened('sneaky'));
      throw new Error('decided to fail');
    });
    const b = appendLedger(store, C, 'b');
    await expect(bad).rejects.toThrow('decided to fail');
    expect([await a, await b]).toEqual(['a', 'b']);
    expect((await store.getOrg(C))?.ledger.map((e) => e.id).slice(6)).toEqual(['a', 'b']);
    await store.close();
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.ledger.map((e: { id: string }) => e.id).slice(demoData(clock).ledger.length)).toEqual(['a', 'b']);
  });

  it('writes nothing for decisions without changes, and a change only to the journal', async () => {
    const { file, store } = await newStore();
    const before = await stat(file);
    expect(await store.updateOrg(C, (record) => ({ result: record.ledger.length }))).toBe(6);
    expect((await stat(`${file}.journal`)).size).toBe(0);
    await appendLedger(store, C, 'changed');
    expect((await stat(`${file}.journal`)).size).toBeGreaterThan(0);
    expect((await stat(file)).ino).toBe(before.ino);
    await store.close();
    expect((await stat(file)).ino).not.toBe(before.ino);
  });

  it('refuses changes that would make the file invalid, and unknown orgs', async () => {
    const { file, store } = await newStore();
    const bad = store.updateOrg(C, () => ({ result: 1, changes: { ledger: [{ ...opened('x'), at: 'tomorrow' }] } }));
    expect((await rejection(bad)).message).toMatch(/ledger\[0\]\.at: /);
    expect((await rejection(appendLedger(store, 'org-nope', 'y'))).code).toBe('NOT_FOUND');
    await store.close();
    await (await openFileStore({ file, clock })).close();
  });

  it('rejects every mutation of a failed write (WRITE_FAILED) and rolls back to what is on disk', async () => {
    const { dir, file, store } = await newStore();
    await rm(dir, { recursive: true });
    const lost = await Promise.allSettled([appendLedger(store, C, 'lost-1'), appendLedger(store, C, 'lost-2')]);
    expect(lost.map((r) => r.status === 'rejected' && (r.reason as StoreError).code)).toEqual(['WRITE_FAILED', 'WRITE_FAILED']);
    expect((await store.getOrg(C))?.ledger).toHaveLength(6);
    await mkdir(dir);
    await appendLedger(store, C, 'kept');
    await store.close();
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.ledger.map((e: { id: string }) => e.id).slice(demoData(clock).ledger.length)).toEqual(['kept']);
  });

  it('keeps the journal readable after an import whose snapshot failed (no gap in its line numbers)', async () => {
    const { file, store } = await newStore();
    await appendLedger(store, C, 'before');
    const data = await store.exportData();
    // A directory where the snapshot is renamed to makes only the snapshot fail; the journal stays writable.
    await rename(file, `${file}.aside`);
    await mkdir(join(file, 'in-the-way'), { recursive: true });
    expect((await rejection(store.replaceAll(data))).code).toBe('WRITE_FAILED');
    await rm(file, { recursive: true });
    await rename(`${file}.aside`, file);
    await appendLedger(store, C, 'after');
    // Reopened without closing (as after a crash): the journal's lines must follow each other.
    const reopened = await openFileStore({ file, clock });
    expect((await reopened.getOrg(C))?.ledger.map((e) => e.id).slice(-2)).toEqual(['before', 'after']);
    await reopened.close();
  });
});

describe('conversation state', () => {
  it('gives a new eTag per write and refuses a stale one (CONFLICT)', async () => {
    const { file, store } = await newStore();
    await store.writeState({ k: { value: { n: 1 } } });
    const first = (await store.readState(['k', 'missing']))['k'];
    expect(first?.value).toEqual({ n: 1 });
    await store.writeState({ k: { value: { n: 2 }, expectedETag: first!.eTag } });
    const second = (await store.readState(['k']))['k'];
    expect(second?.eTag).not.toBe(first?.eTag);
    expect((await rejection(store.writeState({ k: { value: { n: 3 } , expectedETag: first!.eTag }, other: { value: {} } }))).code).toBe('CONFLICT');
    expect(await store.readState(['k', 'other'])).toEqual({ k: second });
    await store.writeState({ k: { value: { n: 4 }, expectedETag: '*' } });
    await store.close();
    const reopened = await openFileStore({ file, clock });
    expect((await reopened.readState(['k']))['k']?.value).toEqual({ n: 4 });
    await reopened.deleteState(['k']);
    expect(await reopened.readState(['k'])).toEqual({});
    await reopened.close();
  });
});

describe('copies', () => {
  it('copies a "__proto__" key in conversation state as a key, never as a prototype', async () => {
    const { store } = await newStore();
    await store.writeState({ k: { value: JSON.parse('{"__proto__": {"polluted": true}, "n": 1}') as Record<string, unknown> } });
    const value = (await store.readState(['k']))['k']?.value ?? {};
    expect(Object.keys(value)).toEqual(['__proto__', 'n']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
    await store.close();
  });
});

describe('close', () => {
  it('waits for queued writes, then refuses mutations (CLOSED) but still answers reads', async () => {
    const { file, store } = await newStore();
    const queued = appendLedger(store, C, 'before-close');
    await store.close();
    expect(await queued).toBe('before-close');
    expect((await rejection(appendLedger(store, C, 'after-close'))).code).toBe('CLOSED');
    expect((await rejection(store.writeState({ k: { value: {} } }))).code).toBe('CLOSED');
    expect((await store.getOrg(C))?.ledger.at(-1)?.id).toBe('before-close');
    expect(await readFile(file, 'utf8')).toContain('before-close');
  });
});

describe('import and export (admin)', () => {
  it('replaces all records durably and keeps conversation state', async () => {
    const { file, store } = await newStore();
    await store.writeState({ conv: { value: { step: 2 } } });
    const data = await store.exportData();
    expect(data).not.toHaveProperty('state');
    await store.replaceAll({ ...data, orgs: data.orgs.map((o) => ({ ...o, name: `${o.name} (imported)` })) });
    expect((await store.getOrg(C))?.org.name).toBe('Contoso Cloud Partners (imported)');
    await store.close();
    const reopened = await openFileStore({ file, clock });
    expect((await reopened.getOrg(C))?.org.name).toBe('Contoso Cloud Partners (imported)');
    expect((await reopened.readState(['conv']))['conv']?.value).toEqual({ step: 2 });
    await reopened.close();
  });

  it('refuses an invalid import (IMPORT_INVALID) and keeps the data', async () => {
    const { store } = await newStore();
    const data = await store.exportData();
    const error = await rejection(store.replaceAll({ ...data, users: [...data.users, data.users[0]!] }));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toContain(`users[${data.users.length}].id: duplicate user id`);
    expect(await store.listUsers(C)).toHaveLength(5);
    await store.close();
  });
});
