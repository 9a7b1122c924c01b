import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_TEXT_CHARS } from '../../../src/language/limits.js';
import { SLACK_USERS, sign, titleOf, visibleText } from '../slack/slack-test-bed.js';
import { cardOf, cardText, facts, type Json } from '../support/cards.js';
import { exchange } from '../support/conversation.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs } from '../support/test-server.js';
import { activityId, directMessage, eventCallback, nowSeconds, postSlack, postTeams, slashCommand, startBothDoors, type BothDoors } from './both-doors.js';

/**
 * Whatever arrives at either door, the server answers 4xx (or 200 and a polite answer when the
 * input is valid but odd), never 5xx, never crashes, and afterwards answers normally.
 */
let doors: BothDoors;

beforeAll(async () => {
  doors = await startBothDoors({ RATE_LIMIT_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await doors?.close();
  await removeTempDirs();
});

const APOLOGY = 'Sorry, something went wrong';
const message = (fields: Json = {}): Json => ({ ...teamsMessage({ serviceUrl: doors.connector.url, user: stranger, text: 'help' }), id: activityId(), ...fields });
const without = (field: string): Json => Object.fromEntries(Object.entries(message()).filter(([key]) => key !== field));
const json = (value: unknown) => JSON.stringify(value);
/** Bytes that are not UTF-8 (0xFF never occurs in UTF-8; 0xC3 starts a sequence that does not continue). */
const NOT_UTF8 = Buffer.from([0xff, 0xfe, 0xc3, 0x28]);

describe('Teams door: requests that are not a valid activity', () => {
  const refused: [string, () => string | Buffer, string | undefined, number][] = [
    ['malformed JSON', () => '{"type": "message", ', 'application/json', 400],
    ['an empty body', () => '', 'application/json', 400],
    ['an empty body without a content type', () => '', undefined, 400],
    ['JSON null', () => 'null', 'application/json', 400],
    ['a JSON array', () => '[1,2]', 'application/json', 400],
    ['text that is a number', () => json(message({ text: 42 })), 'application/json', 400],
    ['from that is a string', () => json(message({ from: 'x' })), 'application/json', 400],
    ['no conversation', () => json(without('conversation')), 'application/json', 400],
    ['no type', () => json(without('type')), 'application/json', 400],
    ['no channelId', () => json(without('channelId')), 'application/json', 400],
    ['a locale that is a number', () => json(message({ locale: 42 })), 'application/json', 400],
    ['a conversationType that is a number', () => json(message({ conversation: { id: 'a:1typed', conversationType: 5 } })), 'application/json', 400],
    ['an aadObjectId that is a number', () => json(message({ from: { id: '29:x', aadObjectId: 7 } })), 'application/json', 400],
    ['membersAdded that is not a list', () => json(message({ type: 'conversationUpdate', membersAdded: 'everyone' })), 'application/json', 400],
    ['membersAdded holding null', () => json(message({ type: 'conversationUpdate', membersAdded: [null] })), 'application/json', 400],
    ['bytes that are not UTF-8 around the JSON', () => Buffer.concat([NOT_UTF8, Buffer.from(json(message()))]), 'application/json', 400],
    ['text/plain', () => json(message()), 'text/plain', 400],
    ['multipart/form-data', () => '--b\r\nContent-Disposition: form-data; name="text"\r\n\r\nhelp\r\n--b--\r\n', 'multipart/form-data; boundary=b', 400],
    ['a form', () => 'type=message&text=help', 'application/x-www-form-urlencoded', 400],
    ['a body over MAX_BODY_BYTES', () => json(message({ text: 'x'.repeat(300 * 1024) })), 'application/json', 413],
  ];

  it.each(refused)('%s is refused, and the bot sends nothing', async (_name, body, contentType, status) => {
    const before = doors.connector.sent.length;
    const res = await postTeams(doors.server, body(), contentType);
    expect(res.status).toBe(status);
    expect(doors.connector.sent.length).toBe(before);
  });
});

describe('Teams door: activities the bot does not handle', () => {
  const odd: [string, () => Json, number][] = [
    // An unhandled invoke gets 200 with an invoke error body (application/vnd.microsoft.error, NotSupported).
    ['an invoke with a made-up name', () => message({ type: 'invoke', name: 'made/up', value: {} }), 200],
    ['an invoke with no name', () => message({ type: 'invoke' }), 200],
    ['a messageReaction', () => message({ type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }), 200],
    ['a messageReaction with a malformed list', () => message({ type: 'messageReaction', reactionsAdded: 'like' }), 200],
    ['a deleteUserData', () => message({ type: 'deleteUserData' }), 200],
    ['a made-up activity type', () => message({ type: 'zzz-not-an-activity' }), 200],
    ['an event with an unknown name', () => message({ type: 'event', name: 'made-up' }), 200],
  ];

  it.each(odd)('%s: no 5xx, and no message', async (_name, activity, status) => {
    const before = doors.connector.messages().length;
    const res = await postTeams(doors.server, json(activity()));
    expect(res.status).toBe(status);
    expect(doors.connector.messages().length).toBe(before);
  });
});

describe('Teams door: valid but odd text gets a polite answer', () => {
  const texts: [string, string][] = [
    ['very long text (100,000 characters)', `how many incidents? ${'lorem ipsum '.repeat(8_333)}`],
    ['emoji only', '👍🏽👨‍👩‍👧‍👦🎉🤖'],
    ['Arabic (RTL)', 'مرحبا، كم عدد الحوادث المتبقية؟'],
    ['Hebrew (RTL)', 'שלום, כמה תקריות נשארו לי?'],
    ['zero-width characters', 'he\u200blp\u200d\u2060\ufeff'],
    ['control characters and an RTL override', '\u0000\u0007\u001b[31mhelp\u202e\u0008'],
    ['a lone surrogate', 'help \ud800 me'],
  ];

  it.each(texts)('%s', async (_name, text) => {
    const cards = await exchange(doors.server, doors.connector, message({ text }));
    // Over the text limit, a note that only the start was read comes first.
    const long = text.length > MAX_TEXT_CHARS;
    expect(cards).toHaveLength(long ? 2 : 1);
    if (long) expect(cardText(cards[0]!)).toContain(`first ${MAX_TEXT_CHARS} characters`);
    expect(cardText(cards.at(-1)!)).not.toContain(APOLOGY);
  });

  it('Korean gets a Korean answer', async () => {
    const [card] = await exchange(doors.server, doors.connector, message({ text: '골드는 인시던트가 몇 개인가요?', locale: 'ko-KR' }));
    expect(cardText(card!)).toMatch(/[\uac00-\ud7a3]/);
    expect(facts(card!).map((f) => f.value).join('\n')).toContain('20');
  });

  it('bytes that are not UTF-8 inside the text are read as replacement characters and answered', async () => {
    const [before, after] = json(message({ text: 'help XX' })).split('XX') as [string, string];
    const count = doors.connector.messages().length;
    const res = await postTeams(doors.server, Buffer.concat([Buffer.from(before), NOT_UTF8, Buffer.from(after)]));
    expect(res.status).toBe(200);
    const replies = doors.connector.messages().slice(count);
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]!))).not.toContain(APOLOGY);
  });
});

describe('Slack door: requests that are not from Slack', () => {
  const command = () => slashCommand(doors.slack, SLACK_USERS.contosoUser, 'help');
  const form = 'application/x-www-form-urlencoded';
  const unverified: [string, () => Parameters<typeof postSlack>[2]][] = [
    ['no signature', () => ({ contentType: form, signature: null })],
    ['no timestamp', () => ({ contentType: form, timestampHeader: null })],
    ['a timestamp that is not a number', () => ({ contentType: form, timestampHeader: 'yesterday' })],
    ['a bad signature', () => ({ contentType: form, signature: 'v0=deadbeef' })],
    ['signed with another secret', () => ({ contentType: form, signature: sign(command(), nowSeconds(), 'not-the-secret') })],
    ['a stale timestamp (an hour ago), correctly signed', () => ({ contentType: form, timestamp: nowSeconds() - 3600 })],
    ['a future timestamp (in an hour), correctly signed', () => ({ contentType: form, timestamp: nowSeconds() + 3600 })],
  ];

  it.each(unverified)('%s: 401, and nothing reaches Slack', async (_name, options) => {
    const res = await postSlack(doors.server, command(), options());
    expect(res.status).toBe(401);
    await doors.server.idle();
    expect(doors.slack.calls).toEqual([]);
    expect(doors.slack.responses).toEqual([]);
  });
});

describe('Slack door: signed requests with bodies Slack never sends', () => {
  const form = 'application/x-www-form-urlencoded';
  const bodies: [string, () => string | Buffer, string | undefined, number][] = [
    ['malformed JSON', () => '{"type": "event_callback", ', 'application/json', 400],
    ['an empty body', () => '', 'application/json', 400],
    ['JSON null', () => 'null', 'application/json', 400],
    ['a form whose payload is null', () => 'payload=null', form, 400],
    ['a form whose payload is not JSON', () => 'payload=%7Bnot-json', form, 400],
    ['an event callback whose event is null', () => eventCallback(SLACK_USERS.contosoUser, null), 'application/json', 400],
    ['a button click whose actions are not a list', () => `payload=${encodeURIComponent(json({ type: 'block_actions', actions: 'click' }))}`, form, 400],
    ['multipart/form-data', () => '--b\r\nContent-Disposition: form-data; name="text"\r\n\r\nhelp\r\n--b--\r\n', 'multipart/form-data; boundary=b', 400],
    ['a form without a content type', () => slashCommand(doors.slack, SLACK_USERS.contosoUser, 'help'), undefined, 400],
    ['a huge body (5 MB)', () => `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`, 'application/json', 413],
  ];

  it.each(bodies)('%s is refused, and nothing reaches Slack', async (_name, body, contentType, status) => {
    doors.slack.reset();
    const res = await postSlack(doors.server, body(), contentType === undefined ? {} : { contentType });
    expect(res.status).toBe(status);
    await doors.server.idle();
    expect(doors.slack.sent()).toEqual([]);
  });

  it('payloads of no known kind are left unanswered (4xx), all at once', async () => {
    doors.slack.reset();
    const unknown = ['{}', json({ type: 'made_up' }), json([1, 2])].map((body) => postSlack(doors.server, body, { contentType: 'application/json' }));
    const empty = postSlack(doors.server, '', { contentType: 'application/x-www-form-urlencoded' });
    const statuses = (await Promise.all([...unknown, empty])).map((res) => res.status);
    expect(statuses.filter((status) => status < 400 || status >= 500)).toEqual([]);
    await doors.server.idle();
    expect(doors.slack.sent()).toEqual([]);
  });

  it.each([
    ['a DM whose text is a number', () => eventCallback(SLACK_USERS.contosoUser, { type: 'message', channel_type: 'im', channel: 'D0X', user: SLACK_USERS.contosoUser.user, text: 42, ts: '1.1' })],
    ['a DM without a user', () => eventCallback(SLACK_USERS.contosoUser, { type: 'message', channel_type: 'im', channel: 'D0X', text: 'help', ts: '1.2' })],
    ['a DM over the length limit of a Slack message (100,000 characters)', () => directMessage(SLACK_USERS.contosoUser, 'x'.repeat(100_000))],
    ['an event of an unsubscribed type', () => eventCallback(SLACK_USERS.contosoUser, { type: 'reaction_added', user: SLACK_USERS.contosoUser.user })],
  ])('%s: acknowledged (Slack would retry otherwise), and ignored', async (_name, body) => {
    doors.slack.reset();
    const res = await postSlack(doors.server, body(), { contentType: 'application/json' });
    expect(res.status).toBe(200);
    await doors.server.idle();
    expect(doors.slack.sent()).toEqual([]);
  });

  it('a slash command without a user is acknowledged and not answered', async () => {
    doors.slack.reset();
    const body = new URLSearchParams({ command: '/partner', text: 'help', response_url: doors.slack.responseUrl('anonymous') }).toString();
    expect((await postSlack(doors.server, body, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    await doors.server.idle();
    expect(doors.slack.sent()).toEqual([]);
  });
});

describe('Slack door: valid but odd text gets a polite answer', () => {
  const texts: [string, string][] = [
    ['text at the length limit of a command (4,000 characters)', `how many incidents? ${'lorem ipsum '.repeat(331)}`],
    ['emoji only', '👍🏽👨‍👩‍👧‍👦🎉🤖'],
    ['Arabic (RTL)', 'مرحبا، كم عدد الحوادث المتبقية؟'],
    ['Hebrew (RTL)', 'שלום, כמה תקריות נשארו לי?'],
    ['zero-width characters', 'he\u200blp\u200d\u2060\ufeff'],
    ['control characters and an RTL override', '\u0000\u0007\u001b[31mhelp\u202e\u0008'],
  ];

  it.each(texts)('a slash command with %s', async (_name, text) => {
    doors.slack.reset();
    const res = await postSlack(doors.server, slashCommand(doors.slack, SLACK_USERS.contosoUser, text, 'odd'), { contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    await doors.server.idle();
    expect(doors.slack.responses.map((r) => r.key)).toEqual(['odd']);
    expect(titleOf(doors.slack.responses[0]!.body)).not.toBe(APOLOGY);
  });

  it('a DM at the length limit of a Slack message (40,000 characters)', async () => {
    doors.slack.reset();
    const text = `how many incidents? ${'lorem ipsum '.repeat(3_331)}`;
    expect((await postSlack(doors.server, directMessage(SLACK_USERS.contosoUser, text), { contentType: 'application/json' })).status).toBe(200);
    await doors.server.idle();
    // The note that only the first MAX_TEXT_CHARS characters were read, then the answer.
    expect(doors.slack.sent()).toHaveLength(2);
    expect(titleOf(doors.slack.sent()[0]!)).toContain(`first ${MAX_TEXT_CHARS} characters`);
    expect(titleOf(doors.slack.sent()[1]!)).not.toBe(APOLOGY);
  });

  it('a DM in Korean gets a Korean answer', async () => {
    doors.slack.reset();
    expect((await postSlack(doors.server, directMessage(SLACK_USERS.stranger, '골드는 인시던트가 몇 개인가요?'), { contentType: 'application/json' })).status).toBe(200);
    await doors.server.idle();
    const [reply] = doors.slack.sent();
    expect(visibleText(reply!)).toMatch(/[\uac00-\ud7a3]/);
  });

  it('bytes that are not UTF-8 in a signed slash command are answered', async () => {
    doors.slack.reset();
    const body = Buffer.concat([Buffer.from(slashCommand(doors.slack, SLACK_USERS.contosoUser, 'help', 'bytes')), Buffer.from('&extra='), NOT_UTF8]);
    expect((await postSlack(doors.server, body, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    await doors.server.idle();
    expect(doors.slack.responses.map((r) => titleOf(r.body))).toEqual(['How can I help?']);
  });
});

describe('after all of that', () => {
  it('the server is alive, logged no server error, and answers a normal question on both doors', async () => {
    expect((await fetch(`${doors.server.url}/healthz`)).status).toBe(200);
    const [teams] = await exchange(doors.server, doors.connector, message({ text: 'how many incidents does gold give?' }));
    expect(facts(teams!).map((f) => f.value).join('\n')).toMatch(/\b20\b/);

    doors.slack.reset();
    const res = await postSlack(doors.server, slashCommand(doors.slack, SLACK_USERS.contosoUser, 'how many incidents for gold?'), { contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    await doors.server.idle();
    expect(visibleText(doors.slack.sent()[0]!)).toContain('20 incidents');

    expect(doors.server.logs()).not.toContain('"msg":"request failed"');
    expect(doors.server.logs()).not.toContain('could not be answered');
  });
});
