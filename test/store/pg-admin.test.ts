import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ticket } from '../../src/core/types.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { loadStore } from '../../src/store/load-store.js';
import { MIGRATIONS } from '../../src/store/pg/migrations.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { adminContext, appendLedger, clock, removeTempDirs, tempDir } from './helpers.js';
import { PG_SETUP_TIMEOUT, startTestPostgres, type TestPostgres } from './pg-harness.js';

/** The admin CLI on a PostgreSQL database (DATABASE_URL), and `copy` between a data file and a database. */
let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, PG_SETUP_TIMEOUT);
afterAll(async () => {
  await server.stop();
  await removeTempDirs();
});

const ticket = (sourceKey: string): Omit<Ticket, 'id'> => ({
  createdAt: '2021-06-15T09:00:00.000Z', status: 'open', orgId: DEMO.orgs.contoso, userId: DEMO.users.contosoUser, requester: { channel: 'slack', tenant: 'T0CONTOSO', user: 'U0CONTUSER' },
  locale: 'ko', summary: ['도와주세요'], conversation: { channelId: 'slack', conversation: { id: 'D1' } }, sourceKey, notes: [{ by: DEMO.users.staff, at: '2021-06-15T09:05:00.000Z', text: 'looking' }],
});

/** A data file with something in every section: records, audit, tickets, unanswered questions, state. */
async function busyDataFile(): Promise<string> {
  const file = join(await tempDir(), 'db.json');
  const store = await openFileStore({ file, clock });
  await appendLedger(store, DEMO.orgs.contoso, 'moved-entry');
  await store.appendAudit({ id: 'a1', at: '2021-06-15T09:00:00.000Z', actor: { channel: 'slack', tenant: 'T0CONTOSO', user: 'U0CONTUSER' }, action: 'view-ids', outcome: 'denied', reason: 'shared-scope' });
  await store.createTicket(ticket('m1'));
  await store.createTicket(ticket('m2'));
  await store.recordUnanswered({ at: '2021-06-15T09:00:00.000Z', text: 'what is a widget', locale: 'en' });
  await store.writeState({ 'msteams/conversations/c1/': { value: { dialogState: { dialogStack: [] }, locale: 'ko', nested: { list: [1, 'two', null] } } } });
  await store.close();
  return file;
}

describe('admin copy', () => {
  it('moves every record from a data file to a database and back without loss; ticket numbers continue', async () => {
    const original = await busyDataFile();
    const url = await server.fresh();
    const back = join(await tempDir(), 'back.json');
    const { out, err, run } = await adminContext();
    expect(await run('copy', '--from', original, '--to', url)).toBe(0);
    expect(out[0]).toMatch(/^copied .*db\.json to postgres:\/\/.*: \d+ orgs, \d+ users, .*1 audit entries, 2 tickets, 1 unanswered, 1 state items$/);
    expect(await run('copy', '--from', url, '--to', back)).toBe(0);
    expect(err).toEqual([]);
    const before = (await loadStore(original, () => { throw new Error('missing'); })).data;
    const after = (await loadStore(back, () => { throw new Error('missing'); })).data;
    delete before.journalSeq;
    delete after.journalSeq;
    expect(after).toEqual(before);
    const store = await openPgStore({ url, clock });
    expect((await store.createTicket(ticket('m3'))).ticket.id).toBe(3);
    const { eTag, value } = before.state['msteams/conversations/c1/']!;
    expect((await store.readState(['msteams/conversations/c1/']))['msteams/conversations/c1/']).toMatchObject({ eTag, value });
    await store.close();
  });

  it('refuses a destination that is not empty, and bad arguments', async () => {
    const original = await busyDataFile();
    const url = await server.fresh();
    const { err, run } = await adminContext();
    expect(await run('copy', '--from', original, '--to', url)).toBe(0);
    expect(await run('copy', '--from', original, '--to', url)).toBe(1);
    expect(err.at(-1)).toMatch(/not empty/);
    expect(await run('copy', '--from', url, '--to', original)).toBe(1);
    expect(err.at(-1)).toMatch(/already exists/);
    expect(await run('copy', '--from', original)).toBe(2);
  });
});

describe('admin commands on DATABASE_URL', () => {
  it('migrates explicitly, imports, exports, validates, prints the audit log and manages staff', async () => {
    const url = await server.fresh();
    const { ctx, out, run } = await adminContext();
    ctx.databaseUrl = url;
    expect(await run('migrate')).toBe(0);
    expect(out.pop()).toMatch(new RegExp(`applied migration ${MIGRATIONS.map((m) => m.version).join(', ')}$`));
    expect(await run('migrate')).toBe(0);
    expect(out.pop()).toMatch(/up to date$/);
    const file = await busyDataFile();
    expect(await run('import', file)).toBe(0);
    expect(await run('validate')).toBe(0);
    expect(out.pop()).toMatch(/valid \(schema version \d+\): \d+ orgs, \d+ users/);
    const exported = join(await tempDir(), 'export.json');
    expect(await run('export', exported)).toBe(0);
    const fromFile = (await loadStore(file, () => { throw new Error('missing'); })).data;
    expect(JSON.parse(await readFile(exported, 'utf8'))).toEqual({ schemaVersion: fromFile.schemaVersion, orgs: fromFile.orgs, users: fromFile.users, activations: fromFile.activations, links: fromFile.links, ledger: fromFile.ledger });
    expect(await run('staff', 'add', 'Kim', 'slack:T0PSUPPORT:U0KIM')).toBe(0);
    expect(await run('staff', 'revoke', DEMO.users.staff)).toBe(0);
    out.splice(0);
    expect(await run('staff', 'list')).toBe(0);
    expect(out.map((l) => l.split('\t')[0])).toEqual(['staff-kim']);
    const store = await openPgStore({ url, clock });
    await store.appendAudit({ id: 'a9', at: '2021-06-15T10:00:00.000Z', actor: { channel: 'console', tenant: 'local', user: 'kim' }, action: 'staff-lookup', outcome: 'ok', orgId: DEMO.orgs.fabrikam });
    expect(await store.findUserByIdentity({ channel: 'slack', tenant: 'T0PSUPPORT', user: 'U0KIM' })).toMatchObject({ id: 'staff-kim' });
    await store.close();
    out.splice(0);
    expect(await run('audit', '1')).toBe(0);
    expect(out).toEqual([`2021-06-15T10:00:00.000Z\tconsole:local:kim\tstaff-lookup\tok\t\torg ${DEMO.orgs.fabrikam}`]);
  });

  it('says migrate needs DATABASE_URL', async () => {
    const { err, run } = await adminContext();
    expect(await run('migrate')).toBe(2);
    expect(err[0]).toMatch(/DATABASE_URL/);
  });
});
