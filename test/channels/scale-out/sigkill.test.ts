import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../../../src/store/demo-data.js';
import { systemClock } from '../../../src/store/ids.js';
import { openPgStore, type OpenPgStore } from '../../../src/store/pg/open-pg-store.js';
import { PG_SETUP_TIMEOUT, startTestPostgres, type TestPostgres } from '../../store/pg-harness.js';
import { FakeConnector } from '../support/fake-connector.js';
import { teamsMessage, teamsUser } from '../support/teams-activities.js';

/**
 * Two bot processes (`npm start`) on one database; one is killed with SIGKILL in the middle of
 * a burst. Every turn that was acknowledged (HTTP 200: the ticket and its audit line commit in
 * one transaction before the answer) is in the database, and the other instance keeps serving.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Instance {
  child: ChildProcess;
  url: Promise<string>;
}

function startInstance(databaseUrl: string): Instance {
  // One person files every ticket here: the cap on open tickets per person (store contract) is lifted.
  // node itself with tsx as a loader (not the tsx wrapper, which runs the server as a grandchild a SIGKILL would miss).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '10000', MAX_OPEN_TICKETS_PER_PERSON: '1000' } });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`instance exited before listening:\n${out}`)));
  });
  return { child, url };
}

let pg: TestPostgres;
let databaseUrl: string;
let connector: FakeConnector;
const instances: Instance[] = [];
let store: OpenPgStore;

beforeAll(async () => {
  pg = await startTestPostgres();
  databaseUrl = await pg.fresh();
  connector = await FakeConnector.start();
  // The test's own view of the database (it also migrates and loads the demo data first).
  store = await openPgStore({ url: databaseUrl, clock: systemClock });
}, PG_SETUP_TIMEOUT);

afterAll(async () => {
  for (const i of instances) i.child.kill('SIGKILL');
  await store?.close();
  await connector?.close();
  await pg?.stop();
});

// On the local server (TEST_DATABASE_URL) or, without one, on in-process PGlite served by this
// test's process (test/store/pglite-server.ts): the killed instance's open transaction is rolled back either way.
describe('SIGKILL of one instance during a burst', () => {
  it('loses nothing that was acknowledged, and the other instance keeps serving', async () => {
    instances.push(startInstance(databaseUrl), startInstance(databaseUrl));
    const [urlA, urlB] = await Promise.all(instances.map((i) => i.url));
    const user = await teamsUser(store, DEMO.users.contosoUser);
    const turn = () => teamsMessage({ serviceUrl: connector.url, user, text: 'I want to talk to a person', conversationId: `a:1personal-kill-${randomUUID()}` });
    const post = async (url: string, activity: ReturnType<typeof turn>) => {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }).catch(() => undefined);
      return { activity, acknowledged: res?.status === 200 };
    };
    // A steady stream over both; A dies a third of the way in, with turns in flight.
    const burst: Promise<{ activity: ReturnType<typeof turn>; acknowledged: boolean }>[] = [];
    for (let i = 0; i < 90; i += 1) {
      if (i === 30) instances[0]!.child.kill('SIGKILL');
      burst.push(post(i % 2 ? urlB! : urlA!, turn()));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const results = await Promise.all(burst);
    const acknowledged = results.filter((r) => r.acknowledged);
    expect(results.length - acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(45);
    const tickets = new Map((await store.listTickets()).map((t) => [t.sourceKey, t.id]));
    const audited = new Set((await store.listAudit(100_000)).filter((e) => e.action === 'ticket-create').map((e) => e.ticketId));
    const lost = acknowledged.map(({ activity }) => `msteams/${activity.conversation.id}/${activity.id}`).filter((key) => !audited.has(tickets.get(key)));
    expect(lost).toEqual([]);
    const after = await Promise.all(Array.from({ length: 5 }, () => post(urlB!, turn())));
    expect(after.map((r) => r.acknowledged)).toEqual([true, true, true, true, true]);
    expect((await fetch(`${urlB}/readyz`)).status).toBe(200);
  }, 120_000);
});
