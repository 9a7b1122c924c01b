import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { checkBlockKitLimits } from '../../../src/channels/slack/render-blocks.js';
import { DEMO } from '../../../src/store/demo-data.js';
import type { ResponsePost } from './fake-slack.js';
import { SLACK_USERS, SlackTestBed, buttonsOf, titleOf, visibleText, type Who } from './slack-test-bed.js';

let bed: SlackTestBed;
let strangers = 0;
/** A Slack user of a workspace linked to no org, new for each use (no dialog left open). */
const stranger = (): Who => ({ team: 'T0STRANGER', user: `U0ROW${++strangers}` });

beforeAll(async () => {
  bed = await SlackTestBed.start();
});
afterAll(async () => {
  await bed.close();
});
beforeEach(() => {
  bed.slack.reset();
  bed.slack.locales = {};
});

/** Sends `/partner <text>` and returns the one answer that reached the response_url. */
async function partner(who: Who, text: string): Promise<ResponsePost['body']> {
  const before = bed.slack.responses.length;
  const ack = await bed.command(who, text);
  expect(ack).toEqual({ status: 200, body: '' });
  await bed.endpoint.idle();
  expect(bed.slack.responses).toHaveLength(before + 1);
  return bed.slack.responses[before]!.body;
}

describe('/partner', () => {
  it('is acked with an empty 200 before the turn finishes; the answer then arrives at the response_url, ephemeral', async () => {
    let release: () => void = () => undefined;
    bed.slack.holdUsersInfo = new Promise((resolve) => (release = resolve));
    try {
      // users.info is held, so the turn cannot finish: the 200 proves the ack does not wait for it.
      const ack = await bed.command(SLACK_USERS.contosoUser, 'help', { key: 'help-1' });
      expect(ack).toEqual({ status: 200, body: '' });
      expect(bed.slack.responses).toEqual([]);
    } finally {
      release();
      bed.slack.holdUsersInfo = undefined;
    }
    await bed.endpoint.idle();
    expect(bed.slack.responses).toHaveLength(1);
    const [{ key, body }] = bed.slack.responses as [ResponsePost];
    expect(key).toBe('help-1');
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(titleOf(body)).toBe('How can I help?');
    expect(checkBlockKitLimits(body)).toEqual([]);
    expect(buttonsOf(body).map((b) => b.value)).toEqual(['benefits', 'ids', 'error', 'incidents', 'human']);
    expect(bed.slack.posts()).toEqual([]);
  });

  it('answers a free-text question with the asker\'s own org', async () => {
    const reply = await partner(SLACK_USERS.contosoUser, 'how many incidents for gold?');
    expect(titleOf(reply)).toBe('Benefits of Contoso Cloud Partners');
    expect(visibleText(reply)).toContain('20 incidents, 18 left');
    expect(reply.response_type).toBe('ephemeral');
    expect(checkBlockKitLimits(reply)).toEqual([]);
  });

  it('answers a Korean question in Korean, whatever the Slack locale', async () => {
    bed.slack.locales = { [SLACK_USERS.contosoUser.user]: 'en-US' };
    const reply = await partner(SLACK_USERS.contosoUser, '골드 인시던트 몇 개?');
    expect(titleOf(reply)).toBe('Contoso Cloud Partners의 혜택');
    expect(visibleText(reply)).toContain('인시던트 20개, 18개 남음');
    expect(checkBlockKitLimits(reply)).toEqual([]);
  });

  it('answers an English sentence in English, whatever the Slack locale', async () => {
    bed.slack.locales = { [SLACK_USERS.contosoUser.user]: 'ko-KR' };
    const reply = await partner(SLACK_USERS.contosoUser, 'how many incidents do we have left?');
    expect(titleOf(reply)).toBe('Incidents left for Contoso Cloud Partners');
    expect(visibleText(reply)).toContain('20 incidents, 18 left');
  });

  it('answers in the Slack user\'s locale (users.info with include_locale) when the text does not say', async () => {
    const who = stranger();
    bed.slack.locales = { [who.user]: 'ko-KR' };
    const reply = await partner(who, 'help');
    expect(titleOf(reply)).toBe('무엇을 도와드릴까요?');
    const lookups = bed.slack.calls.filter((c) => c.method === 'users.info');
    expect(lookups).toEqual([{ method: 'users.info', token: 'xoxb-test-token', args: expect.objectContaining({ user: who.user, include_locale: 'true' }) }]);
  });

  it('falls back to the language of the text when users.info is refused (no users:read scope)', async () => {
    const who = stranger();
    bed.slack.locales = { [who.user]: null };
    expect(titleOf(await partner(who, 'help'))).toBe('How can I help?');
    expect(titleOf(await partner(who, '도움말'))).toBe('무엇을 도와드릴까요?');
  });

  it.each([
    ['help', () => stranger(), 'help', 'How can I help?'],
    ['no text', () => stranger(), '', 'How can I help?'],
    ['benefits', () => stranger(), 'benefits', 'Technical support incidents per membership (2021 program)'],
    ['benefits <offer>', () => stranger(), 'benefits silver', 'What Silver competency gives you'],
    ['ids', () => SLACK_USERS.contosoAdmin, 'ids', 'Your Access ID and Contract ID'],
    ['activate (already active)', () => SLACK_USERS.contosoAdmin, 'activate', 'Your Access ID and Contract ID'],
    ['incidents', () => SLACK_USERS.contosoAdmin, 'incidents', 'Incidents left for Contoso Cloud Partners'],
    ['why <pasted error>', () => stranger(), 'why This Access ID is already associated with another account', 'Ignore the message: your contract is already linked'],
    ['error <pasted error> (alias)', () => stranger(), 'error Access ID is already associated', 'Ignore the message: your contract is already linked'],
    ['a Korean subcommand', () => stranger(), '혜택', '멤버십별 기술 지원 인시던트(2021 프로그램)'],
  ] as const)('subcommand %s', async (_name, who, text, title) => {
    const reply = await partner(who(), text);
    expect(titleOf(reply)).toBe(title);
    expect(reply.response_type).toBe('ephemeral');
    expect(checkBlockKitLimits(reply)).toEqual([]);
  });

  it('continues a dialog with a button click: a Fabrikam admin is walked through activation and starts registering, ephemeral', async () => {
    const ask = await partner(SLACK_USERS.fabrikamAdmin, 'activate');
    expect(titleOf(ask)).toBe('Activate the benefits in Partner Center');
    const register = buttonsOf(ask).find((b) => b.value === 'register');
    expect(register?.text.text).toBe('Register the IDs now');
    bed.slack.reset();

    const ack = await bed.click(SLACK_USERS.fabrikamAdmin, register!, { ephemeral: true, key: 'register' });
    expect(ack).toEqual({ status: 200, body: '' });
    await bed.endpoint.idle();

    expect(bed.slack.responses).toHaveLength(1);
    const [{ key, body }] = bed.slack.responses as [ResponsePost];
    expect(key).toBe('register');
    expect(body.response_type).toBe('ephemeral');
    expect(titleOf(body)).toBe('Paste the IDs from Partner Center');
    expect(checkBlockKitLimits(body)).toEqual([]);
    expect(bed.slack.posts()).toEqual([]);
    expect((await bed.app.store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('"public" answers in the channel, but never with the IDs: their refusal is ephemeral', async () => {
    const reply = await partner(SLACK_USERS.contosoAdmin, 'ids public');
    expect(reply.response_type).toBe('ephemeral');
    expect(titleOf(reply)).toBe('I only share the IDs in private');
    expect(JSON.stringify(reply)).not.toContain(DEMO.activation.accessId);
    expect(JSON.stringify(reply)).not.toContain(DEMO.activation.contractId);

    const general = await partner(SLACK_USERS.contosoAdmin, 'public benefits');
    expect(general.response_type).toBe('in_channel');
    expect(titleOf(general)).toBe('Benefits of Contoso Cloud Partners');
  });
});
