import { afterAll, describe, expect, it } from '@jest/globals';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/ports.js';
import type { AuditEntry, Ticket } from '../../src/core/types.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves forward. */
class ManualClock implements Clock {
  constructor(private t = Date.parse('2026-01-01T00:00:00Z')) {}
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** What the bot writes for one person's turn: its conversation state and the redelivery guard's ids. */
function turnState(user: string): Record<string, { value: Record<string, unknown> }> {
  return {
    [`msteams/conversations/a:1personal-${user}/`]: { value: { locale: 'en', memory: { recent: ['how many incidents do we have left?'] } } },
    [`dedupe/msteams/a:1personal-${user}`]: { value: { ids: [`activity-${user}`] } },
  };
}

async function wave(store: Awaited<ReturnType<typeof openFileStore>>, name: string, users: number): Promise<void> {
  const chunk = 5000;
  for (let start = 0; start < users; start += chunk) {
    const items = Object.assign({}, ...Array.from({ length: chunk }, (_, i) => turnState(`${name}-${start + i}`))) as Record<string, { value: Record<string, unknown> }>;
    await store.writeState(items);
  }
}

/** Bytes of the data file and its journal, and the state keys the data file holds (as memory would after a restart). */
async function footprint(file: string): Promise<{ bytes: number; stateKeys: number }> {
  const journal = await stat(`${file}.journal`).then((s) => s.size, () => 0);
  const data = JSON.parse(await readFile(file, 'utf8')) as { state: Record<string, unknown> };
  return { bytes: (await stat(file)).size + journal, stateKeys: Object.keys(data.state).length };
}

describe('conversation state expires', () => {
  it('50,000 new people a month: after expiry the store is the size of one month, not two', async () => {
    const file = join(await tempDir(), 'db.json');
    const clock = new ManualClock();
    const retention = { stateTtlMs: 30 * DAY, sweepEveryMs: 60_000 };
    const sizes: { bytes: number; stateKeys: number }[] = [];
    for (const month of ['jan', 'feb']) {
      const store = await openFileStore({ file, clock, retention, compactAfter: { bytes: 256 * 2 ** 20 } });
      await store.writeState({ 'staff/announce': { value: { reference: { channel: 'C1' } } } });
      await wave(store, month, 50_000);
      await store.close();
      sizes.push(await footprint(file));
      clock.advance(31 * DAY);
    }
    // Without expiry: 100,000 more state keys (and megabytes) each month.
    const [jan, feb] = sizes as [typeof sizes[0], typeof sizes[0]];
    expect(jan.stateKeys).toBe(100_001);
    expect(feb.stateKeys).toBe(100_001);
    expect(feb.bytes).toBeLessThan(jan.bytes * 1.1);
    const last = await openFileStore({ file, clock });
    expect(Object.keys(await last.readState(['staff/announce', 'dedupe/msteams/a:1personal-jan-1', 'msteams/conversations/a:1personal-feb-1/']))).toEqual(['staff/announce', 'msteams/conversations/a:1personal-feb-1/']);
    await last.close();
  }, 120_000);

  it('keeps state that is still in use, and keys that are not a conversation’s', async () => {
    const file = join(await tempDir(), 'db.json');
    const clock = new ManualClock();
    const store = await openFileStore({ file, clock, retention: { stateTtlMs: 10 * DAY, sweepEveryMs: 1000 } });
    await store.writeState({ ...turnState('active'), ...turnState('gone'), 'slack/seen-events': { value: { ids: ['Ev1'] } } });
    clock.advance(6 * DAY);
    await store.writeState(turnState('active'));
    clock.advance(6 * DAY);
    await store.writeState({ 'other/key': { value: {} } });
    await store.whenIdle();
    const keys = Object.keys(await store.readState([...Object.keys(turnState('active')), ...Object.keys(turnState('gone')), 'slack/seen-events']));
    expect(keys.sort()).toEqual([...Object.keys(turnState('active')), 'slack/seen-events'].sort());
    await store.close();
  });
});

const entry = (i: number, at: string): AuditEntry => ({ id: `a-${i}`, at, actor: { channel: 'console', tenant: 'local', user: `u${i}` }, action: 'view-ids', outcome: 'ok' });

describe('the audit log and unanswered questions are rotated, exported first', () => {
  it('keeps at most auditMax entries; the oldest are in export files, none lost, in order', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const clock = new ManualClock();
    const store = await openFileStore({ file, clock, demo: false, retention: { auditMax: 100, unansweredMax: 50 } });
    for (let i = 0; i < 250; i += 1) await store.appendAudit(entry(i, clock.now().toISOString()));
    for (let i = 0; i < 120; i += 1) await store.recordUnanswered({ at: clock.now().toISOString(), text: `q${i}`, locale: 'en' });
    const kept = (await store.listAudit(1000)).map((e) => e.id);
    expect(kept.length).toBeLessThanOrEqual(100);
    expect((await store.listUnanswered()).length).toBeLessThanOrEqual(50);
    await store.close();
    const exported = async (section: string) => {
      const files = (await readdir(dir)).filter((f) => f.startsWith(`db.json.${section}-`)).sort();
      const lines = (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('').trim().split('\n');
      return lines.map((l) => JSON.parse(l) as { id?: string; text?: string });
    };
    expect([...(await exported('audit')).map((e) => e.id), ...kept]).toEqual(Array.from({ length: 250 }, (_, i) => `a-${i}`));
    const reopened = await openFileStore({ file, clock });
    expect((await reopened.listAudit(1000)).map((e) => e.id)).toEqual(kept);
    expect([...(await exported('unanswered')).map((e) => e.text), ...(await reopened.listUnanswered()).map((e) => e.text)]).toEqual(Array.from({ length: 120 }, (_, i) => `q${i}`));
    await reopened.close();
  });
});

describe('open tickets per person', () => {
  const draft = (user: string, source: string): Omit<Ticket, 'id'> => ({
    createdAt: '2026-01-01T00:00:00.000Z', status: 'open', orgId: DEMO.orgs.contoso, userId: null, requester: { channel: 'slack', tenant: 'T1', user },
    locale: 'en', summary: ['help'], conversation: {}, sourceKey: source, notes: [],
  });

  it('a person gets at most maxOpenTicketsPerPerson; more requests get their newest open ticket back', async () => {
    const store = await openFileStore({ file: join(await tempDir(), 'db.json'), clock: new ManualClock(), retention: { maxOpenTicketsPerPerson: 3 } });
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await store.createTicket(draft('U-SPAM', `m${i}`)));
    expect(results.map((r) => r.created)).toEqual([true, true, true, false, false, false]);
    expect(new Set(results.slice(3).map((r) => r.ticket.id))).toEqual(new Set([results[2]!.ticket.id]));
    expect((await store.listTickets()).length).toBe(3);
    expect((await store.createTicket(draft('U-OTHER', 'x1'))).created).toBe(true);
    await store.updateTicket(results[0]!.ticket.id, (t) => ({ result: null, ticket: { ...t, status: 'resolved', resolution: { by: 's', at: t.createdAt, reply: 'done' } } }));
    expect((await store.createTicket(draft('U-SPAM', 'm9'))).created).toBe(true);
    await store.close();
  });
});

describe('configuration', () => {
  it('has retention defaults and reads overrides', () => {
    expect(loadConfig({}).retention).toEqual({ stateTtlMs: 30 * DAY, auditMax: 50_000, unansweredMax: 5000, maxOpenTicketsPerPerson: 3 });
    expect(loadConfig({ STATE_TTL_DAYS: '7', AUDIT_MAX_ENTRIES: '1000', UNANSWERED_MAX_ENTRIES: '200', MAX_OPEN_TICKETS_PER_PERSON: '1' }).retention).toEqual({ stateTtlMs: 7 * DAY, auditMax: 1000, unansweredMax: 200, maxOpenTicketsPerPerson: 1 });
    expect(() => loadConfig({ UNANSWERED_MAX_ENTRIES: '9000' })).toThrow(/UNANSWERED_MAX_ENTRIES/);
  });
});
