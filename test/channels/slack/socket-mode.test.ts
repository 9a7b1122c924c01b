import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { types as slack } from '@slack/bolt';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';
import { FakeSlack } from './fake-slack.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { expectSlackReaction, fill, loadFixtures, type SlackFixture, type SlackRequestFixture } from '../support/payload-fixtures.js';
import { BOT_TOKEN, SLACK_USERS, buttonsOf, dmChannel, titleOf } from './slack-test-bed.js';

let fake: FakeSlack;
let socket: FakeSocketMode;
let server: TestServer;

beforeAll(async () => {
  fake = await FakeSlack.start();
  socket = await FakeSocketMode.start();
  fake.socketUrl = socket.url;
  // No signing secret: Socket Mode only, the same door and dialogs.
  server = await startTestServer({ env: { SLACK_APP_TOKEN: 'xapp-1-A0PARTNER0-1-fake', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.apiUrl } });
  await socket.ready;
});

afterAll(async () => {
  await server?.close();
  await socket?.close();
  await fake?.close();
  await removeTempDirs();
});

const who = SLACK_USERS.contosoUser;
type Posted = { channel: string; thread_ts?: string; blocks?: slack.KnownBlock[] };

describe('Socket Mode (SLACK_APP_TOKEN)', () => {
  it('connects with the app token through apps.connections.open, and has no HTTP Slack endpoint', async () => {
    const open = fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.token).toBe('xapp-1-A0PARTNER0-1-fake');
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('answers /partner help: the envelope is acked by its envelope_id, the answer goes to the response_url', async () => {
    fake.reset();
    const ack = await socket.send('slash_commands', {
      token: 'legacy', team_id: who.team, team_domain: 'contoso', channel_id: 'C0GENERAL0', channel_name: 'general', user_id: who.user, user_name: 'contoso.user',
      command: '/partner', text: 'help', api_app_id: 'A0PARTNER0', is_enterprise_install: 'false', response_url: fake.responseUrl('socket-help'), trigger_id: 'socket-trigger-1',
    });
    expect(ack.envelope_id).toEqual(expect.any(String));
    await server.idle();
    expect(fake.responses.map((r) => [r.key, r.body.response_type, titleOf(r.body)])).toEqual([['socket-help', 'ephemeral', 'How can I help?']]);
  });

  it('answers a DM (events_api) and then a click on its button (interactive)', async () => {
    fake.reset();
    const ts = '1700003001.000100';
    const event = { type: 'message', channel_type: 'im', channel: dmChannel(who), user: who.user, team: who.team, text: 'Azure says this access id is already associated with an account', ts, event_ts: ts };
    await socket.send('events_api', { token: 'legacy', team_id: who.team, api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: 'Ev0SOCKET01', event_time: 1700003001, event });
    await server.idle();
    const [question] = fake.posts().map((p) => p.args as Posted);
    expect(question?.channel).toBe(dmChannel(who));
    expect(titleOf(question!)).toBe('Ignore the message: your contract is already linked');
    for (const call of fake.posts()) expect(call.token).toBe(BOT_TOKEN);

    fake.reset();
    const yes = buttonsOf(question!).find((b) => b.value === 'error customerSubscription=yes')!;
    await socket.send('interactive', {
      type: 'block_actions', team: { id: who.team, domain: 'contoso' }, user: { id: who.user, team_id: who.team }, api_app_id: 'A0PARTNER0',
      container: { type: 'message', message_ts: '1700003001.000200', channel_id: dmChannel(who), is_ephemeral: false }, channel: { id: dmChannel(who), name: 'directmessage' },
      trigger_id: 'socket-trigger-2', response_url: fake.responseUrl('socket-click'), message: { type: 'message', ts: '1700003001.000200' },
      actions: [{ type: 'button', action_id: yes.action_id, block_id: 'choices', value: yes.value, text: yes.text, action_ts: '1700003002.1' }],
    });
    await server.idle();
    const [answer] = fake.posts().map((p) => p.args as Posted);
    expect(answer?.channel).toBe(dmChannel(who));
    expect(titleOf(answer!)).toBe("Don't link anything: use the Cloud Solution Provider plan");
  });

  it('acks envelopes it does not handle (a shortcut) and answers nothing', async () => {
    fake.reset();
    const ack = await socket.send('interactive', { type: 'shortcut', callback_id: 'open_ticket', trigger_id: 'socket-trigger-3', user: { id: who.user } });
    expect(ack.envelope_id).toEqual(expect.any(String));
    await server.idle();
    expect(fake.sent()).toEqual([]);
  });
});

/** A fixture request as the Socket Mode envelope carrying it; HTTP-only handshakes have none. */
function envelopeOf(request: SlackRequestFixture, responseUrl: string): ['events_api' | 'slash_commands' | 'interactive', unknown] | undefined {
  if (request.payload !== undefined) return ['interactive', fill(request.payload, responseUrl)];
  if (request.form !== undefined) return request.form['command'] ? ['slash_commands', fill(request.form, responseUrl)] : undefined;
  const body = request.json as { type?: string };
  return body.type === 'event_callback' ? ['events_api', fill(body, responseUrl)] : undefined;
}

describe.each(loadFixtures<SlackFixture>('slack'))('Slack payload %s over Socket Mode', (name, fixture) => {
  const envelopes = fixture.requests.map((r) => envelopeOf(r, fake?.responseUrl(name) ?? ''));
  const runs = envelopes.every(Boolean) ? it : it.skip; // url_verification and ssl_check exist over HTTP only

  runs(`is acked and gets the same reaction as over HTTP (${fixture.source})`, async () => {
    fake.reset();
    for (const request of fixture.requests) {
      const [type, payload] = envelopeOf(request, fake.responseUrl(name))!;
      const ack = await socket.send(type, payload, request.headers?.['x-slack-retry-num'] ? { retry_attempt: Number(request.headers['x-slack-retry-num']) } : {});
      expect(ack.envelope_id).toEqual(expect.any(String));
    }
    await server.idle();
    expectSlackReaction(fake, name, fixture);
  });
});
