import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { cardIssues, cardOf, cardText, choices, facts, submitData, type Json } from '../support/cards.js';
import { exchange } from '../support/conversation.js';
import { FakeConnector } from '../support/fake-connector.js';
import { BOT, botAddedToPersonalChat, botMention, stranger, teamsMessage, teamsUser, type MessageOptions, type TeamsUser } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await FakeConnector.start();
  // Typing indicator right away, so every turn also exercises it.
  server = await startTestServer({ typing: { delayMs: 0 } });
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await removeTempDirs();
});

const user = (id: string) => teamsUser(server.app.store, id);
const say = (options: Omit<MessageOptions, 'serviceUrl'>) => exchange(server, connector, teamsMessage({ serviceUrl: connector.url, ...options }));
const one = (cards: Json[]): Json => {
  expect(cards).toHaveLength(1);
  return cards[0]!;
};
const HANGUL = /[\uac00-\ud7a3]/;

describe('Teams: questions over HTTP', () => {
  it('answers "how many incidents does gold give?" from an unknown user with the general table', async () => {
    const card = one(await say({ user: stranger, text: 'how many incidents does gold give?' }));
    expect(facts(card).map((f) => f.value).join('\n')).toMatch(/\b20\b/);
    expect(cardText(card)).not.toMatch(HANGUL);
  });

  it('shows the typing indicator in the conversation while it works', async () => {
    const activity = teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'help' });
    await exchange(server, connector, activity);
    expect(connector.sent.filter((s) => s.activity.type === 'typing' && s.replyToId === activity.id)).not.toHaveLength(0);
  });

  it('answers a Korean conversation in Korean, across turns', async () => {
    const northwind = await user(DEMO.users.northwindPartnerAdmin);
    const conversationId = 'a:1korean-conversation';
    const table = one(await say({ user: stranger, text: '골드는 인시던트가 몇 개인가요?', locale: 'ko-KR', conversationId: 'a:1korean-stranger' }));
    expect(cardText(table)).toMatch(HANGUL);
    expect(facts(table).map((f) => f.value).join('\n')).toContain('20');

    const offer = one(await say({ user: northwind, text: '액세스 ID와 계약 ID는 어디서 보나요?', locale: 'ko-KR', conversationId }));
    expect(cardText(offer)).toMatch(HANGUL);
    expect(choices(offer)).toEqual(['register', 'no']);
    // An Action.Submit click: Teams posts the button's data as activity.value, with no text.
    const skipped = one(await say({ user: northwind, value: submitData(offer, 'no'), locale: 'ko-KR', conversationId }));
    expect(cardText(skipped)).toMatch(HANGUL);
    expect((await server.app.store.getOrg(DEMO.orgs.northwind))?.activation ?? null).toBeNull();
  });

  it('greets with the welcome card when a user adds the bot to a personal chat', async () => {
    const fabrikam = await user(DEMO.users.fabrikamUser);
    const card = one(await exchange(server, connector, botAddedToPersonalChat({ serviceUrl: connector.url, user: fabrikam })));
    expect(choices(card)).toEqual(expect.arrayContaining(['benefits', 'ids']));
  });
});

describe('Teams: a multi-turn activation with card submits', () => {
  let admin: TeamsUser;
  const conversationId = 'a:1fabrikam-admin-personal';
  beforeAll(async () => {
    admin = await user(DEMO.users.fabrikamAdmin);
  });

  it('walks the Global admin of an unactivated org through activation, and registers the IDs Partner Center shows with card submits', async () => {
    expect((await server.app.store.getOrg(DEMO.orgs.fabrikam))?.activation ?? null).toBeNull();
    const offer = one(await say({ user: admin, text: 'where are our access id and contract id?', conversationId }));
    expect(choices(offer)).toEqual(['register', 'no']);
    expect(facts(offer)).toEqual([{ title: 'Lee Gu', value: 'Global admin' }]);

    // The submit as the brief describes a bare card submit: no text, only the value.
    expect(cardText(one(await say({ user: admin, value: { choice: 'register' }, conversationId })))).toMatch(/Paste the Access ID/);
    const confirm = one(await say({ user: admin, text: 'Access ID 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d Contract ID 8801234567', conversationId }));
    expect(JSON.stringify(confirm)).not.toContain('8801234567');
    one(await say({ user: admin, value: { choice: 'yes' }, conversationId }));
    expect((await server.app.store.getOrg(DEMO.orgs.fabrikam))?.activation).toMatchObject({ accessId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', contractId: '8801234567' });
    const idsCard = one(await say({ user: admin, text: 'ids', conversationId }));
    expect(facts(idsCard)).toEqual(expect.arrayContaining([
      { title: 'Access ID', value: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
      { title: 'Contract ID', value: '8801234567' },
    ]));
  });

  it('never creates a second pair when activation is asked for again', async () => {
    const first = (await server.app.store.getOrg(DEMO.orgs.fabrikam))?.activation;
    const again = one(await say({ user: admin, text: 'activate our benefits', conversationId }));
    expect(choices(again)).toEqual([]);
    expect(facts(again)).toEqual(expect.arrayContaining([{ title: 'Access ID', value: first!.accessId }]));
    expect((await server.app.store.getOrg(DEMO.orgs.fabrikam))?.activation).toEqual(first);
  });
});

describe('Teams: channels and group chats', () => {
  it('understands a message that @mentions the bot in a channel', async () => {
    const contoso = await user(DEMO.users.contosoUser);
    // "benefits" is a command word: it only routes if the <at>…</at> in front of it is removed.
    const card = one(await say({ user: contoso, text: '<at>Partner Support</at> benefits', conversationType: 'channel', entities: [botMention()] }));
    expect(cardText(card)).toContain('Contoso Cloud Partners');
  });

  it.each(['channel', 'groupChat'] as const)('refuses to show the IDs in a %s, and shows none', async (conversationType) => {
    const admin = await user(DEMO.users.contosoAdmin);
    const card = one(await say({ user: admin, text: '<at>Partner Support</at> where are our access id and contract id?', conversationType, entities: [botMention()] }));
    expect(cardText(card)).toMatch(/private/i);
    expect(JSON.stringify(card)).not.toContain(DEMO.activation.accessId);
    expect(JSON.stringify(card)).not.toContain(DEMO.activation.contractId);
  });

  it('answers a bare @mention with the help card', async () => {
    const admin = await user(DEMO.users.contosoAdmin);
    const card = one(await say({ user: admin, text: '<at>Partner Support</at>', conversationType: 'channel', entities: [botMention()] }));
    expect(choices(card)).toEqual(expect.arrayContaining(['benefits', 'ids', 'error', 'incidents']));
  });
});

describe('Teams: messages the bot starts (ticket replies, staff announcements)', () => {
  it('delivers an answer into a Teams conversation as an Adaptive Card', async () => {
    const conversation = { id: 'a:1proactive-personal', conversationType: 'personal', tenantId: stranger.tenant, isGroup: false, name: '' };
    const delivered = await server.app.bot.deliver(
      { channelId: 'msteams', serviceUrl: connector.url, conversation, bot: BOT, user: { id: `29:${stranger.aadObjectId}`, name: stranger.name } },
      { kind: 'info', locale: 'en', title: 'Your ticket was answered', text: 'See the reply from support.', sensitive: false },
    );
    expect(delivered).toBe(true);
    const [card] = connector.messages(conversation.id).map(cardOf);
    expect(cardText(card!)).toContain('Your ticket was answered');
    expect(cardIssues(card!)).toEqual([]);
  });
});

describe('Teams: logs', () => {
  it('never contain an Access ID or Contract ID, even right after showing them', async () => {
    const admin = await user(DEMO.users.contosoAdmin);
    const card = one(await say({ user: admin, text: 'ids', conversationId: 'a:1contoso-admin-personal' }));
    expect(JSON.stringify(card)).toContain(DEMO.activation.accessId);
    const fabrikam = (await server.app.store.getOrg(DEMO.orgs.fabrikam))?.activation;
    const secrets = [DEMO.activation.accessId, DEMO.activation.contractId, ...(fabrikam ? [fabrikam.accessId, fabrikam.contractId] : [])];
    expect(secrets).toHaveLength(4);
    const logs = server.logs();
    expect(logs).toMatch(/"msg":"turn"/);
    for (const secret of secrets) expect(logs).not.toContain(secret);
    expect(logs).not.toContain('where are our access id');
  });
});
