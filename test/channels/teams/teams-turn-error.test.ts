import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { cardText, choices } from '../support/cards.js';
import { exchange } from '../support/conversation.js';
import { FakeConnector } from '../support/fake-connector.js';
import { teamsMessage, teamsUser, type TeamsUser } from '../support/teams-activities.js';
import { useTeamsServer, type TestServer } from '../support/test-server.js';

const harness = useTeamsServer();
let server: TestServer;
let connector: FakeConnector;
let admin: TeamsUser;
const conversationId = 'a:1turn-error';

beforeAll(async () => {
  server = harness.server();
  connector = harness.connector();
  admin = await teamsUser(server.app.store, DEMO.users.northwindPartnerAdmin);
});

const say = (text: string) => exchange(server, connector, teamsMessage({ serviceUrl: connector.url, user: admin, conversationId, text, locale: 'ko-KR' }));

describe('Teams: a turn that fails', () => {
  it('apologises in the user\'s language, logs the error without the message, and drops the broken dialog', async () => {
    const [offer] = await say('혜택을 활성화해 주세요');
    expect(choices(offer!)).toEqual(['register', 'no']);

    connector.failNext(1); // the channel refuses the dialog's next reply: the turn throws
    const [apology] = await say('아니요, 나중에 할게요');
    expect(connector.refused).toHaveLength(1);
    expect(cardText(apology!)).toMatch(/[\uac00-\ud7a3]/);
    expect(server.logs()).toContain('"msg":"turn failed"');
    expect(server.logs()).not.toContain('나중에');

    // Had the waiting offer survived, this "1" would start registering the IDs.
    const [after] = await say('1');
    expect(cardText(after!)).not.toMatch(/붙여 넣어/);
    expect((await server.app.store.getOrg(DEMO.orgs.northwind))?.activation ?? null).toBeNull();
  });
});
