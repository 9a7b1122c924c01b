import { describe, expect, it } from '@jest/globals';
import { ask, chatAs, converse, makeBot, tempDataFile } from './harness.js';
import { openFileStore } from '../../src/store/file-store.js';
import { FixedClock } from '../fakes/ports.js';
import { NOW } from './harness.js';

describe('short answers, in English and Korean', () => {
  it.each<[string, RegExp[]]>([
    ['help', [/How can I help\?/, /\[1\] Our benefits/]],
    ['도움말', [/무엇을 도와드릴까요\?/]],
    ['Partner Center says You are not authorized for this action', [/CSP side/, /MPN membership/]],
    ['파트너 센터에서 이 작업에 대한 권한이 없습니다 라고 떠요', [/CSP 쪽에만/]],
    ["It says Looks like you don't have any benefits yet", [/Sign in with another account/, /no active membership offer/]],
    ['아직 혜택이 없는 것 같습니다 라고 나와요', [/다른 계정으로 로그인/]],
    ['how do I open a support ticket for my CSP customer azure subscription?', [/Cloud Solution Provider/, /CSP → Customers → Service management → New request/]],
    ['what paid support plans are there for partners?', [/Premier Support for Partners: top tier, all products/, /Advanced Support for Partners: cloud products only/]],
    ['which competencies count as cloud?', [/Security/, /Cloud Business Applications/, /Cloud Platform/, /Cloud Productivity/, /Enterprise Mobility Management/, /Small and Midmarket Cloud Solutions/]],
    ['클라우드 역량이 뭐예요?', [/클라우드 플랫폼/, /중소기업 클라우드 솔루션/]],
    ['how do I link the benefit in the azure portal?', [/Help \+ support → Support plans → Link support benefits/]],
    ['Azure 포털에서 혜택 연결은 어떻게 해요?', [/도움말 \+ 지원\(Help \+ support\)/]],
    ['can we use a microsoft account instead of a work account?', [/A Microsoft account works too/]],
    ['which on-premises product versions are covered?', [/mainstream support/, /aka\.ms\/n-1/]],
    ['I want to talk to a person', [/A person will take it from here/, /ticket #1/]],
    ['what is the weather in seattle', [/Sorry, I didn't get that/, /\[1\] Our benefits/]],
    ['점심 뭐 먹지', [/죄송합니다, 이해하지 못했습니다/]],
  ])('"%s"', async (question, expected) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'stranger'), question);
    for (const e of expected) expect(reply).toMatch(e);
  });

  it('a terse Korean request for benefits answers with the org\'s own benefits at once', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'contoso-user'), '혜택 좀')).toMatch(/Contoso Cloud Partners의 혜택/);
  });

  it('typing the number of a help-menu button works like clicking it', async () => {
    const { bot } = await makeBot();
    const [, second] = await converse(chatAs(bot, 'contoso-user'), ['help', '4']);
    expect(second?.join()).toMatch(/Incidents left for Contoso/);
  });

  it('"cancel" with nothing open says so', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'stranger'), 'cancel')).toMatch(/Nothing to cancel/);
  });

  it('a menu button value routes like the question it stands for', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'contoso-user'), 'incidents')).toMatch(/Incidents left for Contoso/);
    expect(await ask(chatAs(bot, 'contoso-user'), '인시던트')).toMatch(/Contoso Cloud Partners의 남은 인시던트/);
  });

  it('in a team, welcomes once when the bot is added, not for every member who joins later', async () => {
    const { bot } = await makeBot();
    const team = { conversation: { id: 'team-1', isGroup: true, conversationType: 'channel', name: 'general' } };
    const added = chatAs(bot, 'contoso-admin', team);
    await added
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Partner Support' }], recipient: { id: 'bot', name: 'Partner Support' } })
      .assertReply((a) => expect(a.text).toMatch(/Hi, I'm Partner Support/))
      .startTest();
    const joined = chatAs(bot, 'contoso-admin', team);
    await joined.send({ type: 'conversationUpdate', membersAdded: [{ id: 'new-person', name: 'New Person' }], recipient: { id: 'bot', name: 'Partner Support' } }).startTest();
    expect(joined.activeQueue).toHaveLength(0);
  });

  it('welcomes a user who adds the bot', async () => {
    const { bot } = await makeBot();
    const adapter = chatAs(bot, 'stranger');
    await adapter
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'stranger', name: 'stranger' }], recipient: { id: 'bot', name: 'Partner Support' } })
      .assertReply((a) => expect(a.text).toMatch(/Hi, I'm Partner Support/))
      .startTest();
  });
});

describe('conversation state lives in the store', () => {
  it('a dialog resumes after the store is closed and reopened (restart)', async () => {
    const file = tempDataFile();
    const first = await makeBot({ file });
    const [offer, paste] = await converse(chatAs(first.bot, 'fabrikam-admin'), ['activate our benefits', 'Register the IDs now']);
    expect(offer?.join()).toMatch(/Register the IDs with me\?/);
    expect(paste?.join()).toMatch(/Paste the Access ID and the Contract ID/);
    await first.store.close();

    const store = await openFileStore({ file, clock: new FixedClock(NOW) });
    const second = await makeBot({ store });
    const [confirm, done] = await converse(chatAs(second.bot, 'fabrikam-admin'), ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d 8801234567', 'yes']);
    expect(confirm?.join()).toMatch(/Register these IDs for Fabrikam Solutions\?/);
    expect(done?.join()).toMatch(/IDs registered for Fabrikam Solutions/);
    expect((await store.getOrg('org-fabrikam'))?.activation?.contractId).toBe('8801234567');
    await store.close();
  });
});
