import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BOT_SCOPES } from '../../../src/channels/slack/oauth.js';
import { postSlack } from '../hardening/both-doors.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';
import { FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET, SLACK_USERS, dmChannel } from './slack-test-bed.js';

let fake: FakeSlack;
let server: TestServer;
const FABRIKAM_TOKEN = 'xoxb-fabrikam-installed-7d1e';
const INSTALLATION_KEY = `slack/installations/T:${SLACK_USERS.fabrikamUser.team}`;

beforeAll(async () => {
  fake = await FakeSlack.start();
  fake.installs = { 'code-fabrikam': { team: SLACK_USERS.fabrikamUser.team, token: FABRIKAM_TOKEN } };
  // No SLACK_BOT_TOKEN: every workspace's token comes from its installation.
  server = await startTestServer({
    env: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'test-client-secret',
      SLACK_STATE_SECRET: 'state-secret-for-tests', SLACK_TOKEN_KEY: randomBytes(32).toString('base64'),
    },
  });
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  await removeTempDirs();
});

/** The install page's state and the cookie that must come back with it. */
async function startInstall(): Promise<{ state: string; cookie: string; page: string }> {
  const res = await fetch(`${server.url}/slack/install`);
  expect(res.status).toBe(200);
  const page = await res.text();
  const link = /<a href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const url = new URL(link);
  expect(url.origin + url.pathname).toBe('https://slack.com/oauth/v2/authorize');
  expect(url.searchParams.get('scope')?.split(',').sort()).toEqual([...BOT_SCOPES].sort());
  return { state: url.searchParams.get('state') ?? '', cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', page };
}

const dm = (who: { team: string; user: string }, text: string, ts: string) =>
  JSON.stringify({ token: 't', team_id: who.team, api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: `Ev${ts}`, event_time: Math.floor(Date.now() / 1000), event: { type: 'message', channel_type: 'im', channel: dmChannel(who), user: who.user, team: who.team, text, ts } });

describe('OAuth install in many workspaces', () => {
  it('refuses a callback whose state does not match the cookie, and stores nothing', async () => {
    const { state } = await startInstall();
    const res = await fetch(`${server.url}/slack/oauth_redirect?code=code-fabrikam&state=${encodeURIComponent(state)}`);
    expect(res.status).toBe(400);
    expect(fake.calls.filter((c) => c.method === 'oauth.v2.access')).toEqual([]);
    const forged = await fetch(`${server.url}/slack/oauth_redirect?code=code-fabrikam&state=forged`, { headers: { cookie: (await startInstall()).cookie } });
    expect(forged.status).toBe(400);
  });

  it('installs a workspace; its users get answers sent with that workspace’s token; the token is encrypted at rest and never logged', async () => {
    const { state, cookie } = await startInstall();
    const res = await fetch(`${server.url}/slack/oauth_redirect?code=code-fabrikam&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(fake.calls.find((c) => c.method === 'oauth.v2.access')?.args).toMatchObject({ code: 'code-fabrikam', client_id: '1234.5678' });

    fake.reset();
    const who = SLACK_USERS.fabrikamUser;
    expect((await postSlack(server, dm(who, 'how many incidents for gold?', '1700004001.000100'), { contentType: 'application/json' })).status).toBe(200);
    await server.idle();
    const [post] = fake.posts();
    expect(post?.token).toBe(FABRIKAM_TOKEN);
    expect(post?.args['channel']).toBe(dmChannel(who));

    // Every file of the store (data file, journal, lock) holds the token only encrypted.
    const dir = dirname(server.dataFile);
    for (const file of await readdir(dir)) expect(await readFile(join(dir, file), 'utf8')).not.toContain(FABRIKAM_TOKEN);
    expect(JSON.stringify(await server.app.store.readState([INSTALLATION_KEY]))).not.toContain(FABRIKAM_TOKEN);
    expect(server.logs()).not.toContain(FABRIKAM_TOKEN);
  });

  it('does not answer a workspace that never installed the app', async () => {
    fake.reset();
    await postSlack(server, dm(SLACK_USERS.contosoUser, 'help', '1700004002.000100'), { contentType: 'application/json' });
    await server.idle();
    expect(fake.posts()).toEqual([]);
    expect(server.logs()).toContain('the app is not installed in this workspace');
  });

  it('app_uninstalled deletes the installation: the workspace is not answered any more', async () => {
    const who = SLACK_USERS.fabrikamUser;
    expect(Object.keys(await server.app.store.readState([INSTALLATION_KEY]))).toEqual([INSTALLATION_KEY]);
    const uninstalled = JSON.stringify({ token: 't', team_id: who.team, api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: 'Ev0UNINSTALL', event_time: Math.floor(Date.now() / 1000), event: { type: 'app_uninstalled' } });
    expect((await postSlack(server, uninstalled, { contentType: 'application/json' })).status).toBe(200);
    await server.idle();
    expect(await server.app.store.readState([INSTALLATION_KEY])).toEqual({});
    fake.reset();
    await postSlack(server, dm(who, 'help', '1700004003.000100'), { contentType: 'application/json' });
    await server.idle();
    expect(fake.posts()).toEqual([]);
  });
});
