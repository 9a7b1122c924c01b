import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { types as slack } from '@slack/bolt';
import { checkBlockKitLimits } from '../../../src/channels/slack/render-blocks.js';
import { DEMO } from '../../../src/store/demo-data.js';
import type { ApiCall } from './fake-slack.js';
import { BOT_TOKEN, SLACK_USERS, SlackTestBed, buttonsOf, dmChannel, titleOf, visibleText, type Who } from './slack-test-bed.js';

let bed: SlackTestBed;
let strangers = 0;
const stranger = (): Who => ({ team: 'T0STRANGER', user: `U0EVT${++strangers}` });

beforeAll(async () => {
  bed = await SlackTestBed.start();
});
afterAll(async () => {
  await bed.close();
});
beforeEach(() => bed.slack.reset());

type Posted = { channel: string; thread_ts?: string; user?: string; text: string; blocks: slack.KnownBlock[] };
const args = (call: ApiCall): Posted => call.args as Posted;

/** Waits for the turns the requests started, and returns (and forgets) what was posted with chat.postMessage. */
async function posted(): Promise<Posted[]> {
  await bed.endpoint.idle();
  const posts = bed.slack.posts().map(args);
  expect(bed.slack.responses).toEqual([]);
  for (const call of bed.slack.posts()) expect(call.token).toBe(BOT_TOKEN);
  bed.slack.reset();
  return posts;
}

function button(message: Posted, value: string): slack.Button {
  const found = buttonsOf(message).find((b) => b.value === value);
  if (!found) throw new Error(`no "${value}" button in "${titleOf(message)}"`);
  return found;
}

describe('direct messages (message.im)', () => {
  it('hold a conversation over several events, answered with chat.postMessage in the DM', async () => {
    const who = SLACK_USERS.contosoUser;
    expect(await bed.dm(who, 'Azure says this access id is already associated with an account')).toEqual({ status: 200, body: '' });
    const [question] = await posted();
    expect(question).toMatchObject({ channel: dmChannel(who) });
    expect(question?.thread_ts).toBeUndefined();
    expect(titleOf(question!)).toBe('Ignore the message: your contract is already linked');
    expect(buttonsOf(question!).map((b) => b.value)).toEqual(['error customerSubscription=yes', 'error customerSubscription=no']);

    await bed.dm(who, '1');
    const [answer] = await posted();
    expect(answer?.channel).toBe(dmChannel(who));
    expect(titleOf(answer!)).toBe("Don't link anything: use the Cloud Solution Provider plan");
    expect(checkBlockKitLimits(answer!)).toEqual([]);

    await bed.dm(who, 'how many incidents do we have left?');
    const [incidents] = await posted();
    expect(titleOf(incidents!)).toBe('Incidents left for Contoso Cloud Partners');
  });

  it('continue with button clicks in the DM; an unlinked user gets the general answers', async () => {
    const who = stranger();
    await bed.dm(who, 'Azure says this access id is already associated with an account');
    const [first] = await posted();
    expect(titleOf(first!)).toBe('Ignore the message: your contract is already linked');

    // The answer's one question, as buttons: a click refines the diagnosis.
    await bed.click(who, button(first!, 'error customerSubscription=yes'), { channel: dmChannel(who), ts: bed.nextTs() });
    const [answer] = await posted();
    expect(answer?.channel).toBe(dmChannel(who));
    expect(titleOf(answer!)).toBe("Don't link anything: use the Cloud Solution Provider plan");

    await bed.dm(who, 'ids');
    const [refusal] = await posted();
    expect(titleOf(refusal!)).toBe('Where to find the Access ID and Contract ID');
    expect(JSON.stringify(refusal)).not.toContain(DEMO.activation.accessId);
  });

  it('show a linked member the IDs in the DM', async () => {
    await bed.dm(SLACK_USERS.contosoAdmin, 'what are our access id and contract id?');
    const [ids] = await posted();
    expect(ids?.channel).toBe(dmChannel(SLACK_USERS.contosoAdmin));
    expect(visibleText(ids!)).toContain(DEMO.activation.accessId);
    expect(ids?.text).not.toContain(DEMO.activation.accessId);
  });

  it.each([
    ['a bot message', { bot_id: 'B0OTHERBOT', subtype: 'bot_message' }],
    ["the bot's own message", { bot_id: 'B0PARTNERBOT', user: 'U0PARTNERBOT' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a join notice', { subtype: 'channel_join' }],
  ])('are not answered when they are %s', async (_name, extra) => {
    const who = SLACK_USERS.contosoUser;
    const ts = bed.nextTs();
    const event = { type: 'message', channel_type: 'im', channel: dmChannel(who), user: who.user, team: who.team, text: 'help', ts, event_ts: ts, ...extra };
    expect((await bed.event(who, event)).status).toBe(200);
    expect(await posted()).toEqual([]);
  });
});

describe('app mentions in a channel', () => {
  it('are answered in the thread, and a click in the thread continues the clicker\'s own dialog there', async () => {
    const who = stranger();
    await bed.mention(who, 'Azure says this access id is already associated with an account');
    const [first] = await posted();
    expect(first?.channel).toBe('C0GENERAL0');
    const thread = first?.thread_ts;
    expect(thread).toMatch(/^\d+\.\d+$/);
    expect(titleOf(first!)).toBe('Ignore the message: your contract is already linked');
    const csp = button(first!, 'error customerSubscription=yes');
    const where = { channel: 'C0GENERAL0', ts: bed.nextTs(), thread: thread! };

    await bed.click(who, csp, where);
    const [answer] = await posted();
    expect(answer).toMatchObject({ channel: 'C0GENERAL0', thread_ts: thread });
    expect(titleOf(answer!)).toBe("Don't link anything: use the Cloud Solution Provider plan");

    // Someone else's click is their own question, answered for them in the same thread.
    await bed.click(stranger(), csp, where);
    const [other] = await posted();
    expect(other).toMatchObject({ channel: 'C0GENERAL0', thread_ts: thread });
    expect(titleOf(other!)).toBe("Don't link anything: use the Cloud Solution Provider plan");
  });

  it('never post the IDs to the channel; the refusal is shown to the asker only (chat.postEphemeral)', async () => {
    await bed.mention(SLACK_USERS.contosoAdmin, 'what are our access id and contract id?');
    await bed.mention(SLACK_USERS.contosoAdmin, 'ids');
    await bed.endpoint.idle();
    const ephemerals = bed.slack.ephemerals().map(args);
    expect(await posted()).toEqual([]);
    expect(ephemerals).toHaveLength(2);
    for (const post of ephemerals) {
      expect(post).toMatchObject({ channel: 'C0GENERAL0', user: SLACK_USERS.contosoAdmin.user });
      expect(post.thread_ts).toBeDefined();
      expect(titleOf(post)).toBe('I only share the IDs in private');
      expect(JSON.stringify(post)).not.toContain(DEMO.activation.accessId);
      expect(JSON.stringify(post)).not.toContain(DEMO.activation.contractId);
    }
  });
});

describe('retries and duplicates', () => {
  it('a retried delivery (X-Slack-Retry-Num) of an answered event gets 200 and no second reply', async () => {
    const who = SLACK_USERS.contosoAdmin;
    const ts = bed.nextTs();
    await bed.dm(who, 'incidents', { eventId: 'EvRETRY0001', ts });
    expect(await posted()).toHaveLength(1);
    const retry = await bed.dm(who, 'incidents', { eventId: 'EvRETRY0001', ts, extraHeaders: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry).toEqual({ status: 200, body: '' });
    expect(await posted()).toEqual([]);
  });

  it('a duplicate event_id is ignored, also when both copies arrive at once', async () => {
    const who = SLACK_USERS.contosoAdmin;
    const ts = bed.nextTs();
    const copies = await Promise.all([1, 2, 3].map(() => bed.dm(who, 'incidents', { eventId: 'EvDUP000001', ts })));
    expect(copies.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(await posted()).toHaveLength(1);
    await bed.dm(who, 'incidents', { eventId: 'EvDUP000001', ts });
    expect(await posted()).toEqual([]);
  });

  it('a retry of an event never seen before (the first delivery failed) is answered once', async () => {
    const who = SLACK_USERS.contosoAdmin;
    await bed.dm(who, 'incidents', { eventId: 'EvFIRSTLOST', extraHeaders: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(await posted()).toHaveLength(1);
  });
});
