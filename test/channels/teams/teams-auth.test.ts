import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { FakeConnector } from '../support/fake-connector.js';
import { CHANNEL_ISSUER, FakeOpenId } from '../support/fake-openid.js';
import { teamsMessage, teamsUser, type TeamsUser } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

const APP_ID = '00000000-0000-4000-8000-00000000b07a';
// The bot's own tenant: every Azure Bot created since 2025-07-31 is single-tenant (the default type).
const TENANT_ID = '00000000-0000-4000-8000-0000000b07a7';

let server: TestServer;
let connector: FakeConnector;
let openId: FakeOpenId;
let admin: TeamsUser;

beforeAll(async () => {
  [connector, openId] = await Promise.all([FakeConnector.start(), FakeOpenId.start()]);
  server = await startTestServer({
    env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID, BOT_OPENID_METADATA: openId.metadataUrl },
  });
  admin = await teamsUser(server.app.store, DEMO.users.contosoAdmin);
});

afterAll(async () => {
  await server?.close();
  await Promise.all([connector?.close(), openId?.close()]);
  await removeTempDirs();
});

/** A fresh conversation each time, so "nothing reached the bot" can be read from the store. */
let n = 0;
function ask(): ReturnType<typeof teamsMessage> {
  n += 1;
  return teamsMessage({ serviceUrl: connector.url, user: admin, text: 'show our access id', conversationId: `a:1auth-test-${n}` });
}

/** Claims a genuine Teams token carries for this bot and this request. */
function claims(activity: { serviceUrl: string }): Record<string, unknown> {
  return { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: activity.serviceUrl };
}

/** Whether the bot ran a turn for the conversation: it records the activity id before anything else. */
async function botSaw(conversationId: string): Promise<boolean> {
  const state = await server.app.store.readState([`dedupe/msteams/${conversationId}`, `msteams/conversations/${conversationId}/`]);
  return Object.keys(state).length > 0;
}

describe('Teams authentication (MicrosoftAppId set)', () => {
  it('accepts a correctly signed token for this bot (the control for the refusals below)', async () => {
    // An update the bot answers with nothing (a reply would need a real Entra token to send).
    const activity = { ...ask(), type: 'conversationUpdate', membersRemoved: [{ id: '29:someone-who-left' }] };
    const res = await server.post(activity, { authorization: `Bearer ${openId.token(claims(activity))}` });
    expect(res.status).toBe(200);
    expect(await botSaw(activity.conversation.id)).toBe(true);
  });

  const forged: [string, (a: { serviceUrl: string }) => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['an empty bearer token', () => 'Bearer '],
    ['garbage instead of a JWT', () => 'Bearer not.a.jwt'],
    ['a Basic credential', () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['a token signed by a key that is not in the JWKS', (a) => `Bearer ${openId.token(claims(a), { untrustedKey: true })}`],
    ['an unsigned token (alg "none")', (a) => `Bearer ${openId.token(claims(a), { alg: 'none' })}`],
    ['a token for another bot (wrong audience)', (a) => `Bearer ${openId.token({ ...claims(a), aud: 'some-other-bot' })}`],
    ['a token from another issuer', (a) => `Bearer ${openId.token({ ...claims(a), iss: 'https://evil.example' })}`],
    ['an expired token', (a) => `Bearer ${openId.token({ ...claims(a), iat: 1_600_000_000, nbf: 1_600_000_000, exp: 1_600_003_600 })}`],
    ['a token issued for another serviceUrl', (a) => `Bearer ${openId.token({ ...claims(a), serviceurl: 'https://smba.trafficmanager.net/emea/' })}`],
  ];

  it.each(forged)('refuses %s with 401, and nothing reaches the bot', async (_name, authorization) => {
    const activity = ask();
    const res = await server.post(activity, authorization(activity) ? { authorization: authorization(activity)! } : {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'Unauthorized', message: 'invalid or missing token' });
    expect(await botSaw(activity.conversation.id)).toBe(false);
    expect(connector.sent).toEqual([]);
  });

  it('remembers a checked token only for its own header, channel and service URL: every other request is checked and refused as before', async () => {
    const first = { ...ask(), type: 'conversationUpdate', membersRemoved: [{ id: '29:someone-who-left' }] };
    const valid = `Bearer ${openId.token(claims(first))}`;
    expect((await server.post(first, { authorization: valid })).status).toBe(200);
    // The same token for a request naming another service URL (where replies would go): its serviceurl claim says otherwise.
    const elsewhere = { ...ask(), serviceUrl: 'https://smba.trafficmanager.net/emea/' };
    const refusals = [
      [elsewhere, { authorization: valid }],
      [{ ...ask(), channelId: 'emulator' }, { authorization: valid }],
      [ask(), {}],
      [ask(), { authorization: `${valid}x` }],
      [ask(), { authorization: `Bearer ${openId.token(claims(first), { untrustedKey: true })}` }],
    ] as const;
    for (const [activity, headers] of refusals) {
      const res = await server.post(activity, headers);
      expect(res.status).toBe(401);
      expect(await botSaw(activity.conversation.id)).toBe(false);
    }
    // And the remembered token still works where it was checked.
    const again = { ...ask(), type: 'conversationUpdate', membersRemoved: [{ id: '29:someone-else' }] };
    expect((await server.post(again, { authorization: valid })).status).toBe(200);
    expect(await botSaw(again.conversation.id)).toBe(true);
    expect(connector.sent).toEqual([]);
  });

  it('still answers health checks and logs the refusals without the tokens', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const logs = server.logs();
    expect(logs).toContain('activity rejected: authentication failed');
    expect(logs).not.toContain('Bearer ');
    expect(logs).not.toContain('eyJ'); // how every JWT starts
  });
});

describe('Teams authentication when the signing keys cannot be fetched', () => {
  let offline: TestServer;
  beforeAll(async () => {
    const gone = await FakeOpenId.start();
    const metadataUrl = gone.metadataUrl;
    await gone.close(); // nothing listens there any more
    offline = await startTestServer({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID, BOT_OPENID_METADATA: metadataUrl } });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('answers 503 (the channel retries later), and nothing reaches the bot', async () => {
    const activity = ask();
    const res = await offline.post(activity, { authorization: `Bearer ${openId.token(claims(activity))}` });
    expect(res.status).toBe(503);
    expect(Object.keys(await offline.app.store.readState([`dedupe/msteams/${activity.conversation.id}`]))).toEqual([]);
    expect(connector.sent).toEqual([]);
  });
});
