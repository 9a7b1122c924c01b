import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { ConfigError } from '../../../src/config.js';
import { createSlackEndpoint } from '../../../src/channels/slack/endpoint.js';
import { DEMO } from '../../../src/store/demo-data.js';
import { SIGNING_SECRET, SLACK_USERS, SlackTestBed, sign, titleOf, type PostOptions } from './slack-test-bed.js';

let bed: SlackTestBed;

beforeAll(async () => {
  bed = await SlackTestBed.start();
});
afterAll(async () => {
  await bed.close();
});
beforeEach(() => bed.slack.reset());

const now = () => Math.floor(Date.now() / 1000);

describe('request verification', () => {
  const bad: [string, () => PostOptions][] = [
    ['unsigned', () => ({ headers: {} })],
    ['signed with another secret', () => ({ secret: 'not-the-signing-secret' })],
    ['stale (timestamp over 5 minutes old, correctly signed)', () => ({ timestamp: now() - 6 * 60 })],
    ['signed for another body', () => ({ headers: { 'x-slack-request-timestamp': String(now()), 'x-slack-signature': sign('text=help', now()) } })],
    ['signature without its timestamp', () => ({ headers: { 'x-slack-signature': sign('', now()) } })],
    ['an unknown signature version', () => ({ headers: { 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v1=00' } })],
  ];

  it.each(bad)('%s: a slash command gets 401 and no answer', async (_name, options) => {
    const res = await bed.command(SLACK_USERS.contosoAdmin, 'ids', options());
    expect(res.status).toBe(401);
    await bed.endpoint.idle();
    expect(bed.slack.responses).toEqual([]);
    expect(bed.slack.calls).toEqual([]);
  });

  it.each(bad)('%s: a DM event gets 401 and no answer', async (_name, options) => {
    const res = await bed.dm(SLACK_USERS.contosoAdmin, 'ids', options());
    expect(res.status).toBe(401);
    await bed.endpoint.idle();
    expect(bed.slack.calls).toEqual([]);
  });

  it('a correctly signed request just inside the 5-minute window is answered', async () => {
    const res = await bed.command(SLACK_USERS.contosoUser, 'help', { timestamp: now() - 4 * 60 });
    expect(res.status).toBe(200);
    await bed.endpoint.idle();
    expect(bed.slack.responses.map((r) => titleOf(r.body))).toEqual(['How can I help?']);
  });

  it('url_verification returns the challenge, only when signed', async () => {
    const body = JSON.stringify({ token: 'legacy', challenge: 'c-3a7f9b2e1d', type: 'url_verification' });
    const signed = await bed.post(body, 'application/json');
    expect(signed.status).toBe(200);
    expect(JSON.parse(signed.body)).toEqual({ challenge: 'c-3a7f9b2e1d' });
    const unsigned = await bed.post(body, 'application/json', { headers: {} });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body).not.toContain('c-3a7f9b2e1d');
  });

  it('an empty signing secret is refused at construction', () => {
    const make = (signingSecret: string) => () =>
      createSlackEndpoint({ config: { signingSecret, botToken: 'xoxb-x' }, bot: bed.app.bot, store: bed.app.store, logger: pino({ level: 'silent' }) });
    expect(make('')).toThrow(ConfigError);
    expect(make('   ')).toThrow(ConfigError);
    expect(make(SIGNING_SECRET)).not.toThrow();
  });

  it('never calls auth.test (not at construction, not on requests)', async () => {
    await bed.command(SLACK_USERS.contosoUser, 'help');
    await bed.dm(SLACK_USERS.contosoUser, 'help');
    await bed.endpoint.idle();
    expect(bed.slack.calls.map((c) => c.method)).not.toContain('auth.test');
    expect(bed.slack.calls.map((c) => c.method)).toContain('chat.postMessage');
  });
});

describe('who is asking', () => {
  it('a team and user linked to no org get general answers and a refusal for the IDs', async () => {
    const who = SLACK_USERS.stranger;
    await bed.command(who, 'ids');
    await bed.command(who, 'Can we use a Microsoft account?');
    await bed.endpoint.idle();
    const [ids, general] = bed.slack.responses.map((r) => r.body);
    expect(titleOf(ids!)).toBe('Where to find the Access ID and Contract ID');
    expect(titleOf(general!)).toBe('A Microsoft account works too');
    expect(JSON.stringify(bed.slack.responses)).not.toContain(DEMO.activation.accessId);
  });

  it('a user of one org is not someone of another org with the same user id in another workspace', async () => {
    await bed.command({ team: DEMO.slackTeams.fabrikam, user: SLACK_USERS.contosoAdmin.user }, 'ids');
    await bed.endpoint.idle();
    const [reply] = bed.slack.responses.map((r) => r.body);
    expect(titleOf(reply!)).toBe('Where to find the Access ID and Contract ID');
    expect(JSON.stringify(reply)).not.toContain(DEMO.activation.accessId);
  });
});

describe('logs', () => {
  it('the Slack door never logs the IDs, not even at trace level', async () => {
    bed.logs.length = 0;
    await bed.command(SLACK_USERS.contosoAdmin, 'ids');
    await bed.dm(SLACK_USERS.contosoAdmin, 'what are our access id and contract id?');
    await bed.endpoint.idle();
    const sent = JSON.stringify(bed.slack.sent());
    expect(sent).toContain(DEMO.activation.accessId);
    const logged = bed.logs.join('');
    expect(logged).toContain('slack turn');
    expect(logged).not.toContain(DEMO.activation.accessId);
    expect(logged).not.toContain(DEMO.activation.contractId);
  });
});
