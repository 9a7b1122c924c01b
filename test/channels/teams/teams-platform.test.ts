import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DEMO } from '../../../src/store/demo-data.js';
import { cardOf, cardText, choices, submitData, type Json } from '../support/cards.js';
import { exchange } from '../support/conversation.js';
import { BOT, botAddedToPersonalChat, teamsMessage, teamsUser } from '../support/teams-activities.js';
import { useTeamsServer } from '../support/test-server.js';

const { server, connector } = useTeamsServer();

/** The turn log line of an activity (the server logs one per turn). */
const turnLine = (activityId: string): Record<string, unknown> | undefined =>
  server().logs().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['activityId'] === activityId && 'outcome' in l);

describe('buttons as the Agents Playground, Teams and the Emulator click them', () => {
  it('a card button carries plain {choice} data, and posting exactly that data continues the dialog', async () => {
    const user = await teamsUser(server().app.store, DEMO.users.fabrikamAdmin);
    const conversationId = 'a:1playground-click';
    const [offer] = await exchange(server(), connector(), teamsMessage({ serviceUrl: connector().url, user, text: 'where are our access id and contract id?', conversationId }));
    const data = submitData(offer!, 'no');
    expect(data).toEqual({ choice: 'no' });
    const [after] = await exchange(server(), connector(), teamsMessage({ serviceUrl: connector().url, user, value: data, conversationId }));
    expect(cardText(after!)).not.toBe(cardText(offer!));
    expect((await server().app.store.getOrg(DEMO.orgs.fabrikam))?.activation ?? null).toBeNull();
  });
});

describe('invokes', () => {
  const invoke = (name: string, value: unknown, conversationId: string) => ({
    ...teamsMessage({ serviceUrl: connector().url, user: { aadObjectId: 'a11ce000-0000-4000-8000-00000000c0de', tenant: 'c0ffee00-0000-4000-8000-0000000000aa', name: 'Pat' }, conversationId }),
    type: 'invoke', name, value,
  });

  it('adaptiveCard/action (Action.Execute) is answered at once with a Universal Actions response, then runs as the click it stands for', async () => {
    const conversationId = 'a:1execute';
    const before = connector().messages(conversationId).length;
    const activity = invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'choice', data: { choice: 'help' } }, trigger: 'manual' }, conversationId);
    const res = await server().post(activity);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' });
    await server().idle(); // answered at once; the click's turn runs after
    const replies = connector().messages(conversationId).slice(before);
    expect(replies).toHaveLength(1);
    expect(choices(cardOf(replies[0]! as Json)).length).toBeGreaterThan(0);
  });

  it('an invoke the bot does not handle gets an invoke error body (not a bare 400), logged as unsupported', async () => {
    const activity = invoke('composeExtension/query', { commandId: 'search', parameters: [] }, 'a:1unknown-invoke');
    const res = await server().post(activity);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ statusCode: 501, type: 'application/vnd.microsoft.error', value: { code: 'NotSupported' } });
    expect(turnLine(activity.id)).toMatchObject({ outcome: 'unsupported' });
  });
});

describe('the personal-chat welcome', () => {
  it('comes when only the bot is listed in membersAdded, and only once per conversation', async () => {
    const user = await teamsUser(server().app.store, DEMO.users.contosoUser);
    const installed = { ...botAddedToPersonalChat({ serviceUrl: connector().url, user }), membersAdded: [{ id: BOT.id }] };
    const conversationId = (installed.conversation as { id: string }).id;
    const before = connector().messages(conversationId).length;
    await exchange(server(), connector(), installed);
    await exchange(server(), connector(), { ...installed, id: `${installed.id}-again` });
    const welcomes = connector().messages(conversationId).slice(before);
    expect(welcomes).toHaveLength(1);
    expect(choices(cardOf(welcomes[0]! as Json))).toEqual(expect.arrayContaining(['benefits', 'ids']));
  });
});

describe('HEAD /api/messages (the Agents Playground probes it on every page load)', () => {
  it('is answered 204 without a warning in the log', async () => {
    const res = await fetch(`${server().url}/api/messages`, { method: 'HEAD' });
    expect([200, 204]).toContain(res.status);
    expect(server().logs()).not.toContain('"msg":"request refused"');
  });
});

describe('.m365agentsplayground.yml', () => {
  it('makes the Playground user a demo person the bot knows (Megan Bowen, Contoso)', async () => {
    const yml = readFileSync(new URL('../../../.m365agentsplayground.yml', import.meta.url), 'utf8');
    const tenant = /^tenantId: (\S+)$/m.exec(yml)?.[1];
    const aad = /^currentUser:\n(?: {2}.*\n)*? {2}aadObjectId: (\S+)$/m.exec(yml)?.[1];
    const megan = await teamsUser(server().app.store, DEMO.users.contosoAdmin);
    expect({ tenant, aad }).toEqual({ tenant: megan.tenant, aad: megan.aadObjectId });
  });
});

describe('questions in a Teams channel (only @mentions reach the bot)', () => {
  it.each([
    ['en-US', 'help', /@mention me with your answer/],
    ['ko-KR', '도움말', /@멘션해서 답해/],
  ])('a prompt with buttons says, in %s, to click or @mention the bot', async (locale, text, hint) => {
    const user = await teamsUser(server().app.store, DEMO.users.contosoUser);
    const inChannel = { serviceUrl: connector().url, user, text: `<at>Partner Support</at> ${text}`, locale, conversationType: 'channel' as const, entities: [{ type: 'mention', text: '<at>Partner Support</at>', mentioned: BOT }] };
    const [card] = await exchange(server(), connector(), teamsMessage(inChannel));
    expect(choices(card!).length).toBeGreaterThan(0);
    expect(cardText(card!)).toMatch(hint);
    const [personal] = await exchange(server(), connector(), teamsMessage({ serviceUrl: connector().url, user, text, locale, conversationId: `a:1hint-${locale}` }));
    expect(cardText(personal!)).not.toMatch(hint);
  });
});
