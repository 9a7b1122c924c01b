import { describe, expect, it } from '@jest/globals';
import { ask, chatAs, converse, makeBot } from './harness.js';

const M3_EN = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.';
const M3_KO = '이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요.';

/** Walks the tree as someone the bot has no records for, answering each question by its option number. */
describe('access-id-error dialog: every triage leaf through conversation', () => {
  it.each<[string, string[], RegExp]>([
    ['seen elsewhere', [M3_EN, '2'], /This advice covers the Azure portal only/],
    ['Action Pack', [M3_EN, '1', '1'], /There is no cloud benefit to link/],
    ['no active offer', [M3_EN, '1', '2'], /There is no cloud benefit to link/],
    ['CSP customer', [M3_EN, '1', 'gold', '1'], /Don't link anything: use the Cloud Solution Provider plan/],
    ['expired (scenario 2)', [M3_EN, '1', 'gold', '2', '1'], /Your contract has expired or has no incidents left/],
    ['used up (scenario 2)', [M3_EN, '1', 'silver', '2', '2'], /Your contract has expired or has no incidents left/],
    ['never activated', [M3_EN, '1', 'gold', '2', '3'], /The benefit isn't activated yet/],
    ['linked before (scenario 1)', [M3_EN, '1', 'gold', '2', '4', '1'], /Ignore the message: your contract is already linked/],
    ['not linked, plan offered', [M3_EN, '1', 'gold', '2', '4', '2', '1'], /Ignore the message/],
    ['not linked, not offered', [M3_EN, '1', 'gold', '2', '4', '2', '2'], /Check the sign-in, then escalate/],
  ])('%s', async (_name, lines, leaf) => {
    const { bot } = await makeBot();
    const turns = await converse(chatAs(bot, 'stranger'), lines);
    const last = turns.at(-1)?.join() ?? '';
    expect(last).toMatch(leaf);
    expect(last).toMatch(/Source: .*Access ID is already associated|Source: .*Signature Cloud Support|Source: .*View and activate/);
    expect(last).toMatch(/Don't request a new Access ID/);
    // Only one question per turn before the end, never a repeat of an answered one.
    for (const t of turns.slice(0, -1)) expect(t).toHaveLength(1);
  });

  it('uses the records: a linked Gold user is asked only whose subscription it is', async () => {
    const { bot } = await makeBot();
    const [first, second] = await converse(chatAs(bot, 'contoso-user'), [`Azure portal says "${M3_EN}"`, 'our own']);
    expect(first?.join()).toMatch(/Whose Azure subscription is it\?/);
    expect(second?.join()).toMatch(/Ignore the message: your contract is already linked/);
    expect(second?.join()).toMatch(/Membership: Gold competency \(from our records\)/);
    expect(second?.join()).toMatch(/This account linked before: Yes \(from our records\)/);
    expect(second?.join()).toMatch(/\+ New support request/);
  });

  it('an unactivated org goes straight to activation once the subscription is known', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'fabrikam-user'), 'linking support benefits in azure gives access id already associated', '2');
    expect(reply).toMatch(/The benefit isn't activated yet/);
  });

  it('an Action Pack org needs no questions beyond where', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'northwind-user'), `In the Azure portal: ${M3_EN}`)).toMatch(/There is no cloud benefit to link/);
  });

  it('Korean paste, Korean questions and diagnosis', async () => {
    const { bot } = await makeBot();
    const [first, second] = await converse(chatAs(bot, 'contoso-user'), [`Azure에서 "${M3_KO}" 라고 나와요`, '2']);
    expect(first?.join()).toMatch(/누구의 Azure 구독인가요\?/);
    expect(second?.join()).toMatch(/메시지를 무시하세요/);
    expect(second?.join()).toMatch(/새 액세스 ID를 요청하거나/);
  });

  it('a described (not pasted) error is recognized too', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'stranger'), 'azure won\'t let me link our benefits, says the access id is already used by an account')).toMatch(/Whose Azure subscription|Which membership/);
  });

  it('cancel works in the middle of the questions', async () => {
    const { bot } = await makeBot();
    const [, cancelled, after] = await converse(chatAs(bot, 'stranger'), [M3_EN, 'cancel', 'how many incidents does gold with cloud platform give?']);
    expect(cancelled?.join()).toMatch(/Cancelled/);
    expect(after?.join()).toMatch(/What Gold competency gives you/);
  });
});
