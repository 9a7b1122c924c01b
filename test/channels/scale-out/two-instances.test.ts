import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac, randomUUID } from 'node:crypto';
import { DEMO } from '../../../src/store/demo-data.js';
import { PG_SETUP_TIMEOUT, startTestPostgres, type TestPostgres } from '../../store/pg-harness.js';
import { SIGNING_SECRET, SlackDriver, TeamsDriver } from '../both/drivers.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { FakeConnector } from '../support/fake-connector.js';
import { RoundRobin } from '../support/round-robin.js';
import { teamsMessage, teamsUser } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Two instances of the bot on one PostgreSQL database, over real HTTP: behind a round-robin
 * load balancer a conversation continues whichever instance gets the next turn; a delivery
 * that reaches both instances is answered once; concurrent turns over both lose nothing.
 */
let pg: TestPostgres;
let connector: FakeConnector;
let slack: FakeSlack;
let a: TestServer;
let b: TestServer;
let lb: RoundRobin;
/** The load balancer, as the drivers see a server. */
let balanced: TestServer;

beforeAll(async () => {
  pg = await startTestPostgres();
  const url = await pg.fresh();
  [connector, slack] = await Promise.all([FakeConnector.start(), FakeSlack.start()]);
  // One person files the burst's 100 tickets: the cap on open tickets per person (store contract) is lifted.
  const env = { DATABASE_URL: url, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-two-instances', SLACK_API_URL: slack.apiUrl, RATE_LIMIT_PER_MINUTE: '10000', MAX_OPEN_TICKETS_PER_PERSON: '1000', LOG_LEVEL: 'warn' };
  // Started together: both migrate under the advisory lock, one loads the demo data.
  [a, b] = await Promise.all([startTestServer({ env }), startTestServer({ env })]);
  lb = await RoundRobin.start([a.url, b.url]);
  balanced = { ...a, url: lb.url, post: (activity, headers = {}) => fetch(`${lb.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) }) };
}, PG_SETUP_TIMEOUT);

afterAll(async () => {
  await lb?.close();
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all([connector?.close(), slack?.close()]);
  await pg?.stop();
  await removeTempDirs();
}, 120_000);

describe('two instances, one database', () => {
  it('logs which store each uses, without the password, and both are ready', async () => {
    for (const server of [a, b]) {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect(server.logs()).toMatch(/"store":"postgres postgres:\/\/[^"]*127\.0\.0\.1:\d+/);
    }
  });

  it('continues a Teams conversation across instances: the prompt asked by one is answered on the other; both show the IDs', async () => {
    const teams = new TeamsDriver(balanced, connector);
    expect(await teams.say(DEMO.users.fabrikamAdmin, 'Where are our Access ID and Contract ID?')).toMatch(/Register the IDs with me\?/);
    expect(await teams.click(DEMO.users.fabrikamAdmin, 'register')).toMatch(/Paste the Access ID and the Contract ID/);
    expect(await teams.say(DEMO.users.fabrikamAdmin, 'Access ID 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d Contract ID 8801234567')).toMatch(/Register these IDs for Fabrikam Solutions\?/);
    expect(await teams.click(DEMO.users.fabrikamAdmin, 'yes')).toMatch(/IDs registered for Fabrikam Solutions/);
    const activation = (await a.app.store.getOrg(DEMO.orgs.fabrikam))?.activation;
    expect(activation).toMatchObject({ accessId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', contractId: '8801234567' });
    for (const server of [a, b]) {
      const seen = await new TeamsDriver(server, connector).say(DEMO.users.fabrikamAdmin, 'Where are our Access ID and Contract ID?');
      expect(seen).toContain(activation!.accessId);
      expect(seen).toContain(activation!.contractId);
    }
  });

  it('continues a Slack conversation across instances: a typed reply refines the answer the other instance gave', async () => {
    const driver = new SlackDriver(balanced, slack);
    expect(await driver.say('stranger', 'Azure says this access id is already associated with an account')).toMatch(/Ignore the message: your contract is already linked/);
    expect(await driver.say('stranger', 'the contract expired')).toMatch(/Your contract has expired or has no incidents left/);
  });

  it('answers the same Teams activity delivered to both instances exactly once', async () => {
    const user = await teamsUser(a.app.store, DEMO.users.contosoUser);
    const activity = teamsMessage({ serviceUrl: connector.url, user, text: 'How many incidents do we have left?', conversationId: `a:1personal-dup-${randomUUID()}` });
    const statuses = await Promise.all([a.post(activity), b.post(activity)]).then((all) => all.map((r) => r.status));
    expect(statuses).toEqual([200, 200]);
    expect(connector.messages(activity.conversation.id)).toHaveLength(1);
  });

  it('answers the same Slack event delivered to both instances exactly once', async () => {
    const channel = `D${randomUUID().slice(0, 8).toUpperCase()}`;
    const ts = `${Math.floor(Date.now() / 1000)}.000100`;
    const event = { type: 'message', channel_type: 'im', channel, user: 'U0NOBODY00', team: 'T0STRANGER', text: 'how many incidents does gold give?', ts, event_ts: ts };
    const body = JSON.stringify({ token: 't', team_id: 'T0STRANGER', api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: Math.floor(Date.now() / 1000), event });
    const statuses = await Promise.all([a, b].map((server) => postSigned(server.url, body).then((r) => r.status)));
    expect(statuses).toEqual([200, 200]);
    await Promise.all([a.idle(), b.idle()]);
    expect(slack.posts().filter((p) => p.args['channel'] === channel)).toHaveLength(1);
  });

  // On the local server (TEST_DATABASE_URL) or, without one, on in-process PGlite (test/store/pglite-server.ts).
  it('loses no ticket or audit line in 200 concurrent turns spread over both instances', async () => {
    const user = await teamsUser(a.app.store, DEMO.users.contosoUser);
    const ticketsBefore = (await a.app.store.listTickets()).length;
    const auditBefore = (await a.app.store.listAudit(100_000)).length;
    const turns = Array.from({ length: 200 }, (_, i) => {
      const text = i % 2 ? 'I want to talk to a person' : 'Where are our Access ID and Contract ID?';
      return teamsMessage({ serviceUrl: connector.url, user, text, conversationId: `a:1personal-burst-${i}-${randomUUID()}` });
    });
    const statuses = await Promise.all(turns.map((t, i) => (i % 4 < 2 ? a : b).post(t).then((r) => r.status)));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const tickets = await b.app.store.listTickets();
    const sources = new Set(tickets.map((t) => t.sourceKey));
    for (const t of turns.filter((_, i) => i % 2)) expect(sources.has(`msteams/${t.conversation.id}/${t.id}`)).toBe(true);
    expect(tickets.length - ticketsBefore).toBe(100);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
    const audit = (await b.app.store.listAudit(100_000)).slice(auditBefore);
    expect(audit.filter((e) => e.action === 'ticket-create')).toHaveLength(100);
    expect(audit.filter((e) => e.action === 'view-ids')).toHaveLength(100);
  }, 120_000);
});

function postSigned(url: string, body: string): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature }, body });
}
