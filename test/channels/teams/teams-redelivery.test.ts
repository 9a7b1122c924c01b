import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { choices, facts } from '../support/cards.js';
import { exchange } from '../support/conversation.js';
import { FakeConnector } from '../support/fake-connector.js';
import { teamsMessage, teamsUser, type TeamsUser } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let connector: FakeConnector;
let admin: TeamsUser;
const conversationId = 'a:1northwind-admin-personal';

beforeAll(async () => {
  connector = await FakeConnector.start();
  server = await startTestServer();
  admin = await teamsUser(server.app.store, DEMO.users.northwindPartnerAdmin);
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await removeTempDirs();
});

const message = (id: string, options: { text?: string; value?: Record<string, unknown> }) => teamsMessage({ serviceUrl: connector.url, user: admin, conversationId, id, ...options });

describe('Teams: a redelivered activity (same id) is processed once', () => {
  let askIds: ReturnType<typeof message>;
  let yes: ReturnType<typeof message>;
  beforeAll(() => {
    askIds = message('1700000000001', { text: 'activate our benefits' });
    yes = message('1700000000002', { value: { choice: 'register' } });
  });

  it('answers the first delivery and ignores the second, which gets 200 so Teams stops retrying', async () => {
    const first = await exchange(server, connector, askIds);
    expect(first).toHaveLength(1);
    expect(choices(first[0]!)).toEqual(['register', 'no']);
    expect(await exchange(server, connector, askIds)).toEqual([]);
  });

  it('registers once, and a redelivered click or confirmation neither answers again nor repeats the registration', async () => {
    expect(await exchange(server, connector, yes)).toHaveLength(1);
    expect(await exchange(server, connector, yes)).toEqual([]);
    expect(await exchange(server, connector, message('1700000000006', { text: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d 8801234567' }))).toHaveLength(1);
    const confirm = message('1700000000007', { value: { choice: 'yes' } });
    const [done] = await exchange(server, connector, confirm);
    const activation = (await server.app.store.getOrg(DEMO.orgs.northwind))?.activation;
    expect(activation).toMatchObject({ contractId: '8801234567' });
    expect(facts(done!)).toEqual(expect.arrayContaining([{ title: 'Contract ID', value: '••••4567' }]));

    expect(await exchange(server, connector, confirm)).toEqual([]);
    expect((await server.app.store.getOrg(DEMO.orgs.northwind))?.activation).toEqual(activation);
    expect((await server.app.store.listAudit()).filter((a) => a.action === 'register-ids')).toHaveLength(1);
  });

  it('answers concurrent deliveries of the same activity once', async () => {
    const help = message('1700000000003', { text: 'help' });
    const before = connector.messages(conversationId).length;
    const responses = await Promise.all([server.post(help), server.post(help), server.post(help)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(connector.messages(conversationId).length - before).toBe(1);
  });

  it('still answers new activities in the conversation', async () => {
    expect(await exchange(server, connector, message('1700000000004', { text: 'help' }))).toHaveLength(1);
  });

  it('remembers processed ids across a restart of the server', async () => {
    const dataFile = server.dataFile;
    await server.close();
    server = await startTestServer({ dataFile });
    expect(await exchange(server, connector, yes)).toEqual([]);
    expect(await exchange(server, connector, askIds)).toEqual([]);
    expect(await exchange(server, connector, message('1700000000005', { text: 'help' }))).toHaveLength(1);
  });

  it('logs the skipped redeliveries as duplicates, and not the IDs it showed', async () => {
    const activation = (await server.app.store.getOrg(DEMO.orgs.northwind))?.activation;
    expect(server.logs()).toMatch(/"outcome":"duplicate"/);
    expect(server.logs()).not.toContain(activation!.accessId);
    expect(server.logs()).not.toContain(activation!.contractId);
  });
});
