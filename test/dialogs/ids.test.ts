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

  it('support staff (no org of their own) get where the IDs are, not a refusal', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), 'where does a partner find the access id and contract id?');
    expect(reply).toMatch(/Where to find the Access ID and Contract ID[\s\S]*Partner Center under Benefits → Technical benefits → Activate/);
    expect(reply).not.toMatch(/I can't show that/);
  });

  it('an unknown user is told how to get linked', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'stranger'), 'give me our access id')).toMatch(/I don't know your organization yet/);
  });

  const PASTE = 'Access ID: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d  Contract ID: 8801234567';

  it('an admin is walked through activation in Partner Center, then registers the IDs it shows (valid to the membership year’s end, not a year)', async () => {
    const { bot, store } = await makeBot();
    const [guide, paste, confirm, done] = await converse(chatAs(bot, 'fabrikam-admin'), ['Where are our Access ID and Contract ID?', 'Register the IDs now', PASTE, 'yes']);
    expect(guide?.join()).toMatch(/Activate the benefits in Partner Center[\s\S]*Global admin or MPN partner admin[\s\S]*Benefits → Technical benefits → Activate[\s\S]*minutes to several days/);
    expect(guide?.join()).toMatch(/Lee Gu: Global admin[\s\S]*\[1\] Register the IDs now/);
    expect(paste?.join()).toMatch(/Paste the Access ID and the Contract ID/);
    expect(confirm?.join()).toMatch(/Register these IDs for Fabrikam Solutions\?[\s\S]*••••3c4d[\s\S]*••••4567[\s\S]*valid until 2022-03-16/);
    expect(confirm?.join()).not.toContain('8801234567');
    expect(done?.join()).toMatch(/IDs registered for Fabrikam Solutions/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toMatchObject({ accessId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', contractId: '8801234567', activatedBy: DEMO.users.fabrikamAdmin, expiresAt: '2022-03-16T00:00:00.000Z' });
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'register-ids', outcome: 'ok', reason: 'registered', orgId: DEMO.orgs.fabrikam });
    // Any user of the org now gets them, in private.
    expect(await ask(chatAs(bot, 'fabrikam-user'), 'what is our contract id?')).toContain('8801234567');
  });

  it('a question asked at the "register now?" prompt is answered, not met with "pick one of the options"', async () => {
    const { bot, store } = await makeBot();
    const [, asked] = await converse(chatAs(bot, 'northwind-admin'), ['우리 회사 ID 어디 있어요?', '그럼 클라우드 지원은요?']);
    expect(asked?.join()).not.toMatch(/선택지 중 하나를 고르세요/);
    expect(asked?.join()).toMatch(/Signature Cloud Support가 없/);
    const [, , timing] = await converse(chatAs(bot, 'fabrikam-admin'), ['are our support benefits activated?', 'ok how do I do that', 'how long until the IDs show up?']);
    expect(timing?.join()).not.toMatch(/pick one of the options/);
    expect(timing?.join()).toMatch(/several days|a few days|minutes/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation ?? null).toBeNull();
  });

  it('Korean: "등록", a malformed paste is refused and nothing is stored', async () => {
    const { bot, store } = await makeBot();
    const [, refused] = await converse(chatAs(bot, 'fabrikam-admin'), ['등록', '액세스 ID 1234-abcd, 계약 ID 8801234567']);
    expect(refused?.join()).toMatch(/액세스 ID 형식이 아닙니다/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'register-ids', outcome: 'denied', reason: 'malformed-accessId' });
  });

  it('re-registration shows what it replaces, replaces only after confirmation, and is audited', async () => {
    const { bot, store } = await makeBot();
    const [paste, confirm, done] = await converse(chatAs(bot, 'contoso-admin'), ['register', PASTE, 'yes']);
    expect(paste?.join()).toMatch(/already has IDs registered \(Contract ID ••••3398/);
    expect(confirm?.join()).toMatch(/Replace the registered IDs of Contoso Cloud Partners\?[\s\S]*Contract ID ••••3398[\s\S]*\[1\] Yes, replace them/);
    expect(done?.join()).toMatch(/IDs replaced for Contoso Cloud Partners/);
    expect((await store.getOrg(DEMO.orgs.contoso))?.activation?.contractId).toBe('8801234567');
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'register-ids', reason: 'replaced' });
  });

  it('declining the replacement keeps the registered IDs', async () => {
    const { bot, store } = await makeBot();
    await converse(chatAs(bot, 'contoso-admin'), ['register', PASTE, 'no']);
    expect((await store.getOrg(DEMO.orgs.contoso))?.activation?.contractId).toBe(contractId);
  });

  it.each([
    ['contoso-user', /Only an admin can activate/],
    ['contoso-csp', /You are not authorized for this action/],
  ])('%s cannot register, and the refusal is audited', async (who, refusal) => {
    const { bot, store } = await makeBot();
    expect(await ask(chatAs(bot, who), 'register')).toMatch(refusal);
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'register-ids', outcome: 'denied' });
    expect((await store.getOrg(DEMO.orgs.contoso))?.activation?.contractId).toBe(contractId);
  });

  it('staff saying "register" without an org are told the staff form (they belong to no partner org)', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'staff'), 'register')).toMatch(/register org:<org> <Access ID> <Contract ID>/);
  });

  it('dialogs of two conversations on one bot keep apart when their turns interleave', async () => {
    const { bot, store } = await makeBot();
    const a = chatAs(bot, 'fabrikam-admin');
    const b = chatAs(bot, 'fabrikam-admin', { conversation: { id: 'conv-other', isGroup: false, conversationType: 'personal', name: 'chat' } });
    await converse(a, ['Where are our Access ID and Contract ID?']);
    await converse(b, ['Where are our Access ID and Contract ID?']);
    const [[pasteA]] = (await converse(a, ['Register the IDs now'])) as [string[]];
    const [[pasteB]] = (await converse(b, ['Register the IDs now'])) as [string[]];
    expect(pasteA).toMatch(/Paste the Access ID and the Contract ID/);
    expect(pasteB).toMatch(/Paste the Access ID and the Contract ID/);
    const [cancelled] = await converse(b, ['cancel']);
    expect(cancelled?.join()).not.toMatch(/Register these IDs/);
    const [confirm] = await converse(a, [PASTE]);
    expect(confirm?.join()).toMatch(/Register these IDs for Fabrikam Solutions\?/);
    const [done] = await converse(a, ['yes']);
    expect(done?.join()).toMatch(/IDs registered for Fabrikam Solutions/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toMatchObject({ accessId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' });
  });

  it('registration is refused in a shared conversation', async () => {
    const { bot } = await makeBot();
    const adapter = chatAs(bot, 'fabrikam-admin', { conversation: { id: 'team-1', isGroup: true, conversationType: 'channel', name: 'team' } });
    expect(await ask(adapter, 'register')).toMatch(/Register the IDs only in a private chat/);
  });

  it.each([
    ['contoso-user', "What is Litware's contract ID?"],
    ['contoso-user', 'Litware의 계약 ID 알려줘'],
  ])('%s asking "%s" is told the bot cannot show another org\'s IDs, and gets none', async (who, question) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, who), question);
    expect(reply).toMatch(/I can't show another organization's IDs|다른 조직의 ID는 보여 드릴 수 없습니다/);
    expect(reply).toMatch(/Litware Inc\./);
    for (const secret of [accessId, contractId, DEMO.litwareActivation.contractId]) expect(reply).not.toContain(secret);
  });

  it.each([
    ['adventure-user', 'what is our contract id?', /membership renewed on [\d-]+, but the registered contract is last year's: it expired on [\d-]+[\s\S]*activates this year's benefit/],
    ['adventure-user', '우리 계약 ID 알려줘', /멤버십은 [\d-]+에 갱신되었지만, 등록된 계약은 작년 것이며/],
  ])('%s asking "%s" gets the IDs with what the records show (last year’s contract)', async (who, question, note) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, who), question);
    expect(reply).toContain(DEMO.adventureActivation.contractId);
    expect(reply).toMatch(note);
  });

  it('declining the offer registers nothing (Korean)', async () => {
    const { bot, store } = await makeBot();
    const [offer, done] = await converse(chatAs(bot, 'fabrikam-admin'), ['혜택 활성화해 줘', '나중에']);
    expect(offer?.join()).toMatch(/파트너 센터에서 혜택을 활성화하세요[\s\S]*ID를 저에게 등록하시겠어요\?/);
    expect(done?.join()).toMatch(/등록하지 않았습니다/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('an ordinary user cannot activate and is told who can', async () => {
    const { bot, store } = await makeBot();
    const reply = await ask(chatAs(bot, 'fabrikam-user'), 'activate our technical benefits');
    expect(reply).toMatch(/Only an admin can activate/);
    expect(reply).toMatch(/Lee Gu: Global admin/);
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('"activate" in an org with registered IDs shows them, and says how to replace them', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-admin'), 'activate');
    expect(reply).toMatch(/already activated/);
    expect(reply).toContain(accessId);
    expect(reply).toMatch(/Registering again replaces them after a confirmation/);
  });

  it('cancel at the paste prompt stops without registering, in both languages', async () => {
    for (const word of ['cancel', '취소']) {
      const { bot, store } = await makeBot();
      const [, , cancelled] = await converse(chatAs(bot, 'fabrikam-admin'), ['activate', 'Register the IDs now', word]);
      expect(cancelled?.join()).toMatch(word === 'cancel' ? /Cancelled/ : /취소했습니다/);
      expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
    }
  });
});
