import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeConnector } from '../support/fake-connector.js';
import { CHANNEL_ISSUER, FakeOpenId } from '../support/fake-openid.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A refused Teams token is logged once, through pino, with a reason that echoes nothing the
 * caller sent; botbuilder's own console.error writes (the public key in PEM, an expired token's
 * stack) never reach stderr.
 */
const APP_ID = '00000000-0000-4000-8000-00000000b07a';
const FOREIGN_AUD = 'aud-chosen-by-the-caller-7f3e';
let server: TestServer;
let connector: FakeConnector;
let openId: FakeOpenId;
/** Everything written with console.error in this process while the server runs. */
const stderr: string[] = [];
const originalError = console.error;

beforeAll(async () => {
  // Installed before the server, so the adapter's filter sits in front of it (as in production it sits in front of stderr).
  console.error = (...args: unknown[]) => void stderr.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack}` : String(a))).join(' '));
  [connector, openId] = await Promise.all([FakeConnector.start(), FakeOpenId.start()]);
  server = await startTestServer({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant', BOT_OPENID_METADATA: openId.metadataUrl } });
});

afterAll(async () => {
  await server?.close();
  await Promise.all([connector?.close(), openId?.close()]);
  await removeTempDirs();
  console.error = originalError;
});

const claims = (serviceUrl: string) => ({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: serviceUrl });
const bad: [string, (serviceUrl: string) => string][] = [
  ['a token signed by a key not in the JWKS', (s) => openId.token(claims(s), { untrustedKey: true })],
  ['a token for another audience', (s) => openId.token({ ...claims(s), aud: FOREIGN_AUD })],
  ['an expired token', (s) => openId.token({ ...claims(s), iat: 1_600_000_000, nbf: 1_600_000_000, exp: 1_600_003_600 })],
];

describe('bad Teams tokens', () => {
  it.each(bad)('%s: 401, one pino line without the caller\'s values, nothing on stderr', async (_name, token) => {
    const before = { logs: server.logs().length, stderr: stderr.length };
    const activity = { ...teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'help' }), id: `noise-${Math.random()}` };
    const res = await server.post(activity, { authorization: `Bearer ${token(connector.url)}` });
    expect(res.status).toBe(401);
    const lines = server.logs().slice(before.logs).split('\n').filter((l) => l.includes('authentication failed'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(FOREIGN_AUD);
    expect(lines[0]).not.toMatch(/BEGIN (RSA )?PUBLIC KEY|\n\s+at /);
    expect(stderr.slice(before.stderr)).toEqual([]);
  });

  it('other console.error output still passes through', () => {
    console.error('something unrelated');
    expect(stderr.at(-1)).toBe('something unrelated');
  });
});
