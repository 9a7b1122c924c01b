import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DEMO } from '../../../src/store/demo-data.js';
import { PG_SETUP_TIMEOUT, startTestPostgres, type TestPostgres } from '../../store/pg-harness.js';
import { hostPort, TcpProxy } from '../../store/tcp-proxy.js';
import { cardOf, cardText } from '../support/cards.js';
import { FakeConnector } from '../support/fake-connector.js';
import { teamsMessage, teamsUser, type TeamsUser } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

/** The bot on PostgreSQL while the database is unreachable: not ready, and a localized "try again shortly", never a 500. */
let pg: TestPostgres;
let proxy: TcpProxy;
let connector: FakeConnector;
let server: TestServer;
let user: TeamsUser;

beforeAll(async () => {
  pg = await startTestPostgres();
  const url = await pg.fresh();
  proxy = await TcpProxy.start(hostPort(url));
  connector = await FakeConnector.start();
  server = await startTestServer({ env: { DATABASE_URL: proxy.through(url) } });
  user = await teamsUser(server.app.store, DEMO.users.contosoUser);
}, PG_SETUP_TIMEOUT);

afterAll(async () => {
  proxy.restore();
  await server?.close();
  await connector?.close();
  await proxy?.close();
  await pg?.stop();
  await removeTempDirs();
});

async function ask(text: string, locale = 'en-US'): Promise<{ status: number; seen: string }> {
  const activity = teamsMessage({ serviceUrl: connector.url, user, text, locale, conversationId: `a:1personal-down-${randomUUID()}` });
  const res = await server.post(activity);
  return { status: res.status, seen: connector.messages(activity.conversation.id).map((m) => cardText(cardOf(m))).join('\n') };
}

describe('the database goes away and comes back', () => {
  it('is ready while the database answers, 503 while it does not, and ready again after', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    proxy.cut();
    const down = await fetch(`${server.url}/readyz`);
    expect([down.status, await down.json()]).toEqual([503, { status: 'not-ready' }]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    proxy.restore();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('tells the user, in their language, to try again shortly (200, not a 500), and answers normally once it is back', async () => {
    proxy.cut();
    const en = await ask('How many incidents do we have left?');
    expect(en.status).toBe(200);
    expect(en.seen).toMatch(/try again in a minute or two/);
    const ko = await ask('남은 인시던트 몇 개야?', 'ko-KR');
    expect(ko.status).toBe(200);
    expect(ko.seen).toMatch(/잠시 후 다시 시도해 주세요/);
    expect(server.logs()).not.toContain(DEMO.activation.accessId);
    proxy.restore();
    const back = await ask('How many incidents do we have left?');
    expect([back.status, back.seen]).toEqual([200, expect.stringMatching(/18 left/)]);
  });
});
