import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { types as slack } from '@slack/bolt';
import type { ApiCall } from './fake-slack.js';
import { SLACK_USERS, SlackTestBed, buttonsOf, dmChannel, sign, titleOf, visibleText, type Who } from './slack-test-bed.js';

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
});
afterAll(async () => {
  await bed.close();
});
beforeEach(() => bed.slack.reset());

type Posted = { channel: string; thread_ts?: string; user?: string; text: string; blocks: slack.KnownBlock[] };
const args = (call: ApiCall): Posted => call.args as Posted;

async function settled(): Promise<{ posts: Posted[]; ephemerals: Posted[] }> {
  await bed.endpoint.idle();
  const result = { posts: bed.slack.posts().map(args), ephemerals: bed.slack.ephemerals().map(args) };
  bed.slack.reset();
  return result;
}

const form = 'application/x-www-form-urlencoded';
let seq = 0;
const newUser = (): Who => ({ team: SLACK_USERS.contosoUser.team, user: `U0DOOR${++seq}` });

describe('one user action, one answer', () => {
  it('a DM that @mentions the bot (message.im and its app_mention twin, same ts) is answered once', async () => {
    const who = SLACK_USERS.contosoUser;
    const ts = bed.nextTs();
    const channel = dmChannel(who);
    await bed.dm(who, '<@U0PARTNERBOT> how many incidents do we have left?', { ts });
    await bed.event(who, { type: 'app_mention', channel, user: who.user, team: who.team, text: '<@U0PARTNERBOT> how many incidents do we have left?', ts, event_ts: ts });
    const { posts } = await settled();
    expect(posts.map(titleOf)).toEqual(['Incidents left for Contoso Cloud Partners']);
  });

  it('inside a dialog, the twin is not taken as the answer to the question', async () => {
    const who = newUser();
    const ts = bed.nextTs();
    // The twin arrives first this time: the same action, whichever comes first.
    const text = '<@U0PARTNERBOT> Azure says this access id is already associated with an account';
    await bed.event(who, { type: 'app_mention', channel: dmChannel(who), user: who.user, team: who.team, text, ts, event_ts: ts });
    await bed.dm(who, text, { ts });
    const { posts } = await settled();
    expect(posts).toHaveLength(1);
    expect(buttonsOf(posts[0]!).length).toBeGreaterThan(0); // still the first question, not a reply to it
    expect(posts[0]?.thread_ts).toBeUndefined();
  });

  it('a slash command replayed within the signature window (same signed body) is answered once', async () => {
    const body = new URLSearchParams({
      team_id: SLACK_USERS.contosoUser.team, channel_id: 'C0GENERAL0', user_id: SLACK_USERS.contosoUser.user, command: '/partner', text: 'help',
      response_url: bed.slack.responseUrl('replayed'), trigger_id: 'trigger-replayed-1',
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) };
    expect((await bed.post(body, form, { headers })).status).toBe(200);
    expect((await bed.post(body, form, { headers })).status).toBe(200);
    await bed.endpoint.idle();
    expect(bed.slack.responses.map((r) => r.key)).toEqual(['replayed']);
  });

  it('a button click replayed within the signature window is taken once', async () => {
    const who = newUser();
    await bed.dm(who, 'Azure says this access id is already associated with an account');
    const { posts } = await settled();
    const yes = buttonsOf(posts[0]!)[0]!;
    const payload = {
      type: 'block_actions', team: { id: who.team }, user: { id: who.user, team_id: who.team }, container: { type: 'message', channel_id: dmChannel(who), message_ts: '1.1', is_ephemeral: false },
      channel: { id: dmChannel(who) }, message: { ts: '1.1' }, trigger_id: 'trigger-click-replayed', response_url: bed.slack.responseUrl('click'), actions: [{ type: 'button', action_id: yes.action_id, value: yes.value }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) };
    await bed.post(body, form, { headers });
    await bed.post(body, form, { headers });
    const after = await settled();
    expect(after.posts).toHaveLength(1);
  });
});

describe('messages Slack sends with a subtype', () => {
  it('a DM with a file and words (file_share) is answered from the words', async () => {
    const who = SLACK_USERS.contosoUser;
    const ts = bed.nextTs();
    const event = { type: 'message', subtype: 'file_share', channel_type: 'im', channel: dmChannel(who), user: who.user, team: who.team, text: 'how many incidents do we have left?', ts, files: [{ id: 'F0SCREEN1', name: 'error.png', mimetype: 'image/png' }] };
    await bed.event(who, event);
    const { posts } = await settled();
    expect(posts.map(titleOf)).toEqual(['Incidents left for Contoso Cloud Partners']);
  });

  it.each([
    ['en-US', "I can't read files", 'paste'],
    ['ko-KR', '파일은 읽을 수 없습니다', '붙여 넣어'],
  ])('a DM with only a file gets, in %s, a request to paste the text', async (locale, title, word) => {
    const who = newUser();
    bed.slack.locales[who.user] = locale;
    const ts = bed.nextTs();
    await bed.event(who, { type: 'message', subtype: 'file_share', channel_type: 'im', channel: dmChannel(who), user: who.user, team: who.team, text: '', ts, files: [{ id: 'F0SCREEN2' }] });
    const { posts } = await settled();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.channel).toBe(dmChannel(who));
    expect(titleOf(posts[0]!)).toBe(title);
    expect(visibleText(posts[0]!)).toContain(word);
  });

  it('a thread reply also sent to the channel (thread_broadcast) that mentions the bot is answered in the thread', async () => {
    const who = SLACK_USERS.contosoUser;
    const ts = bed.nextTs();
    await bed.event(who, { type: 'app_mention', subtype: 'thread_broadcast', channel: 'C0GENERAL0', user: who.user, team: who.team, text: '<@U0PARTNERBOT> how many incidents for gold?', ts, thread_ts: '1699999999.000100' });
    const { posts } = await settled();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C0GENERAL0', thread_ts: '1699999999.000100' });
  });

  it('edits and bot messages are still ignored', async () => {
    const who = SLACK_USERS.contosoUser;
    await bed.event(who, { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: dmChannel(who), message: { text: 'help' }, ts: bed.nextTs() });
    await bed.event(who, { type: 'message', subtype: 'bot_message', channel_type: 'im', channel: dmChannel(who), bot_id: 'B1', text: 'help', ts: bed.nextTs() });
    expect((await settled()).posts).toEqual([]);
  });
});

describe('interactivity the bot does not know', () => {
  it.each([
    ['a button of another app (unknown action_id)', { type: 'block_actions', user: { id: 'U1', team_id: 'T0CONTOSO' }, container: { channel_id: 'C1' }, trigger_id: 't-unknown', actions: [{ action_id: 'approve_request', value: 'x' }] }],
    ['a view submission', { type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1', callback_id: 'feedback' } }],
    ['a global shortcut', { type: 'shortcut', callback_id: 'open_ticket', trigger_id: 't-short', user: { id: 'U1' } }],
  ])('%s is acknowledged at once (200) and ignored', async (_name, payload) => {
    const res = await bed.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form);
    expect(res).toEqual({ status: 200, body: '' });
    const { posts, ephemerals } = await settled();
    expect([...posts, ...ephemerals, ...bed.slack.responses]).toEqual([]);
  });
});

describe('replies in a channel thread without an @mention (message.channels)', () => {
  const threadMessage = (who: Who, thread: string, text: string) => {
    const ts = bed.nextTs();
    return bed.event(who, { type: 'message', channel_type: 'channel', channel: 'C0GENERAL0', user: who.user, team: who.team, text, ts, thread_ts: thread }, {});
  };

  it('are answered when the thread holds the bot’s open question for that person, and only for them', async () => {
    const asker = newUser();
    await bed.mention(asker, 'Azure says this access id is already associated with an account');
    const { posts } = await settled();
    const thread = posts[0]!.thread_ts!;
    const question = titleOf(posts[0]!);
    expect(buttonsOf(posts[0]!).length).toBeGreaterThan(0);

    await threadMessage(newUser(), thread, '1'); // someone else in the thread: not theirs to answer
    expect(await settled()).toEqual({ posts: [], ephemerals: [] });

    await threadMessage(asker, thread, '1');
    const answered = await settled();
    expect(answered.posts).toHaveLength(1);
    expect(answered.posts[0]).toMatchObject({ channel: 'C0GENERAL0', thread_ts: thread });
    expect(titleOf(answered.posts[0]!)).not.toBe(question);
  });

  it('are ignored in threads where the bot asked nothing, and top-level channel messages too', async () => {
    const who = newUser();
    await threadMessage(who, '1699999990.000100', 'how many incidents for gold?');
    await bed.event(who, { type: 'message', channel_type: 'channel', channel: 'C0GENERAL0', user: who.user, team: who.team, text: 'help', ts: bed.nextTs() });
    expect(await settled()).toEqual({ posts: [], ephemerals: [] });
  });

  it('a channel message that mentions the bot is left to its app_mention twin (answered once)', async () => {
    const who = newUser();
    const ts = bed.nextTs();
    const text = '<@U0PARTNERBOT> how many incidents for gold?';
    await bed.event(who, { type: 'message', channel_type: 'channel', channel: 'C0GENERAL0', user: who.user, team: who.team, text, ts, thread_ts: '1699999991.000100' });
    await bed.event(who, { type: 'app_mention', channel: 'C0GENERAL0', user: who.user, team: who.team, text, ts, thread_ts: '1699999991.000100' });
    expect((await settled()).posts).toHaveLength(1);
  });
});

describe('the pure seam', () => {
  it('{headers, rawBody} → {status, body}: the challenge, 401 unsigned or out of the window, 400 unreadable', () => {
    const raw = Buffer.from(JSON.stringify({ type: 'url_verification', challenge: 'c-9d' }));
    const now = Math.floor(Date.now() / 1000);
    const headers = (ts: number, body = raw) => ({ 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body.toString(), ts) });
    expect(bed.endpoint.http({ headers: headers(now), rawBody: raw })).toEqual({ status: 200, body: { challenge: 'c-9d' } });
    expect(bed.endpoint.http({ headers: headers(now - 301), rawBody: raw }).status).toBe(401);
    expect(bed.endpoint.http({ headers: headers(now + 301), rawBody: raw }).status).toBe(401);
    expect(bed.endpoint.http({ headers: { ...headers(now), 'x-slack-signature': 'v0=00' }, rawBody: raw }).status).toBe(401);
    const junk = Buffer.from('{"type":');
    expect(bed.endpoint.http({ headers: headers(now, junk), rawBody: junk }).status).toBe(400);
  });
});
