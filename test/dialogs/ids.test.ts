import { describe, expect, it } from '@jest/globals';
import { DEMO } from '../../src/store/demo-data.js';
import { ask, chatAs, converse, makeBot } from './harness.js';

const { accessId, contractId } = DEMO.activation;

describe('get-ids dialog', () => {
  it.each([
    ['contoso-user', 'Where are our Access ID and Contract ID?'],
    ['contoso-agent', 'show me the contract id'],
    ['contoso-admin', '액세스 ID랑 계약 ID 어디서 봐요?'],
  ])('%s, a member of an activated org, gets the IDs in a private chat', async (user, question) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, user), question);
    expect(reply).toContain(accessId);
    expect(reply).toContain(contractId);
  });

  it.each(['channel', 'groupChat'])('in a %s the bot refuses to print them', async (conversationType) => {
    const { bot } = await makeBot();
    const adapter = chatAs(bot, 'contoso-user', { conversation: { id: 'team-1', isGroup: true, conversationType, name: 'team' } });
    const reply = await ask(adapter, 'Where are our Access ID and Contract ID?');
    expect(reply).toMatch(/I only share the IDs in private/);
    expect(reply).not.toContain(accessId);
    expect(reply).not.toContain(contractId);
  });

  it('a CSP-only account gets the "not authorized" explanation, no IDs', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-csp'), 'what is our access id?');
    expect(reply).toMatch(/You are not authorized for this action/);
    expect(reply).not.toContain(accessId);
  });

  it('an unknown user is told how to get linked', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'stranger'), 'give me our access id')).toMatch(/I don't know your organization yet/);
  });

  it('an admin of an unactivated org activates after confirming, and sees the new IDs', async () => {
    const { bot, store } = await makeBot();
    const [offer, done] = await converse(chatAs(bot, 'fabrikam-admin'), ['Where are our Access ID and Contract ID?', 'yes']);
    expect(offer?.join()).toMatch(/Activate the technical support benefits\?[\s\S]*\[1\] Yes, activate/);
    expect(done?.join()).toMatch(/Activated\.[\s\S]*Access ID: ACCESS-1[\s\S]*Contract ID: CONTRACT-1/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation?.accessId).toBe('ACCESS-1');
  });

  it('declining the confirmation activates nothing (Korean)', async () => {
    const { bot, store } = await makeBot();
    const [offer, done] = await converse(chatAs(bot, 'fabrikam-admin'), ['혜택 활성화해 줘', '아니요']);
    expect(offer?.join()).toMatch(/활성화할까요\?/);
    expect(done?.join()).toMatch(/아무것도 활성화하지 않았습니다/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('an ordinary user cannot activate and is told who can', async () => {
    const { bot, store } = await makeBot();
    const reply = await ask(chatAs(bot, 'fabrikam-user'), 'activate our technical benefits');
    expect(reply).toMatch(/Only an admin can activate/);
    expect(reply).toMatch(/Lee Gu: Global admin/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('activating an activated org shows the same pair again', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-admin'), 'activate');
    expect(reply).toMatch(/already activated/);
    expect(reply).toContain(accessId);
  });

  it('cancel at the confirmation stops without activating, in both languages', async () => {
    for (const word of ['cancel', '취소']) {
      const { bot, store } = await makeBot();
      const [, cancelled] = await converse(chatAs(bot, 'fabrikam-admin'), ['activate', word]);
      expect(cancelled?.join()).toMatch(word === 'cancel' ? /Cancelled/ : /취소했습니다/);
      expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
    }
  });
});
