import { describe, expect, it } from '@jest/globals';
import { ask, chatAs, converse, makeBot } from './harness.js';

describe('benefits answers', () => {
  it('an org member gets their own lines and balance (English)', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-user'), 'How many support incidents does our Gold membership give us?');
    expect(reply).toContain('Benefits of Contoso Cloud Partners');
    expect(reply).toMatch(/Microsoft Product Support: 20 incidents, 18 left/);
    expect(reply).toMatch(/Signature Cloud Support \(cloud competency\): unlimited/);
    expect(reply).toMatch(/Signature Cloud Support \(other competencies\): 10 incidents, 9 left/);
    expect(reply).toMatch(/Source: .*Technical support entitlement and supported products/);
  });

  it.each([
    ['fabrikam-user', 'How many support incidents does our Gold membership give us?', /Our records show Fabrikam Solutions holds Silver competency, not Gold competency[\s\S]*Microsoft Product Support: 15 incidents[\s\S]*other competencies\): 5 incidents/],
    ['northwind-admin', '우리 골드 멤버십이면 지원 건수 얼마나 돼요?', /기록상 Northwind Traders은\(는\) 골드 역량이\(가\) 아니라 Microsoft Action Pack입니다[\s\S]*인시던트 10개/],
    ['tailspin-admin', 'How many support incidents does our Gold membership give us?', /Our records show Tailspin Labs has no active membership \(not Gold competency\)/],
  ])('%s says "our Gold" but the records say otherwise: the records, and that they differ', async (user, question, expected) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, user), question);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/What Gold competency gives you|20 incidents/);
  });

  it('"why only 5 cloud incidents?" names the competency that is not a cloud one (and only for an org without one)', async () => {
    const { bot } = await makeBot();
    const [, why] = await converse(chatAs(bot, 'fabrikam-admin'), ['what do we get?', 'why only 5 cloud incidents and not unlimited?']);
    expect(why?.join()).toMatch(/Messaging: not a cloud competency, so Signature Cloud Support is counted \(5 a year with Silver competency\)/);
    const [, contoso] = await converse(chatAs(bot, 'contoso-admin'), ['incidents left?', 'why only 18?']);
    expect(contoso?.join()).toMatch(/3 opened so far this membership year and 1 of them refunded: [0-9]+ used, so 18 left/);
    expect(contoso?.join()).not.toMatch(/not a cloud competency/);
  });

  it('an org member gets the same in Korean, with the same numbers and product names', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-user'), '우리 회사 혜택 알려줘');
    expect(reply).toContain('Contoso Cloud Partners의 혜택');
    expect(reply).toMatch(/Microsoft Product Support: 인시던트 20개, 18개 남음/);
    expect(reply).toMatch(/Signature Cloud Support \(클라우드 역량\): 무제한/);
    expect(reply).toMatch(/출처|Source/);
  });

  it.each([
    ['how many incidents does gold with cloud platform give?', /What Gold competency gives you/, [/Microsoft Product Support: 20 incidents/, /Signature Cloud Support \(cloud competency\): unlimited/]],
    ['how many incidents for silver with messaging?', /What Silver competency gives you/, [/Microsoft Product Support: 15 incidents/, /\(other competencies\): 5 incidents/]],
    ['what does action pack give us', /What Microsoft Action Pack gives you/, [/Microsoft Product Support: 10 incidents/, /no Signature Cloud Support/]],
    ['골드 클라우드 플랫폼 인시던트 몇 개?', /골드 역량의 기술 지원 혜택/, [/인시던트 20개/, /무제한/]],
  ])('an unknown user asking "%s" gets the table for that membership', async (question, title, lines) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'stranger'), question);
    expect(reply).toMatch(title);
    for (const l of lines) expect(reply).toMatch(l);
    expect(reply).not.toMatch(/left|남음/);
  });

  it('shows the whole table when the question names no membership, and a follow-up narrows it', async () => {
    const { bot } = await makeBot();
    const [first, second, third] = await converse(chatAs(bot, 'stranger'), ['what technical support benefits do partners get?', 'and gold?', 'why?']);
    expect(first?.join()).toMatch(/Microsoft Action Pack · Microsoft Product Support: 10 incidents/);
    expect(first?.join()).toMatch(/Silver competency · Microsoft Product Support: 15 incidents/);
    expect(first?.join()).toMatch(/Gold competency · Signature Cloud Support \(other competencies\): 10 incidents/);
    expect(first?.join()).not.toMatch(/Action Pack · Signature/);
    expect(second?.join()).toMatch(/What Gold competency gives you[\s\S]*Microsoft Product Support: 20 incidents/);
    expect(third?.join()).toMatch(/What Gold competency gives you/);
    expect(third?.join()).toMatch(/20 incidents with Gold, 15 with Silver and 10 with Microsoft Action Pack/);
  });

  it('Korean follow-ups keep the topic: another offer, competencies in words', async () => {
    const { bot } = await makeBot();
    const [first, second, third] = await converse(chatAs(bot, 'stranger'), ['파트너 기술 지원 혜택이 뭐가 있어요?', '실버, 메시징', '그럼 액션팩은요?']);
    expect(first?.join()).toMatch(/멤버십별 기술 지원 인시던트/);
    expect(second?.join()).toMatch(/실버 역량의 기술 지원 혜택/);
    expect(second?.join()).toMatch(/인시던트 15개[\s\S]*\(기타 역량\): 인시던트 5개/);
    expect(second?.join()).not.toMatch(/무제한/);
    expect(third?.join()).toMatch(/Microsoft Action Pack의 기술 지원 혜택[\s\S]*인시던트 10개/);
    expect(third?.join()).not.toMatch(/두 혜택/);
  });

  it('remembers the membership the partner stated, for later questions that leave it out', async () => {
    const { bot } = await makeBot();
    const [, cloud, security, error] = await converse(chatAs(bot, 'stranger'), [
      "hi, we're a silver partner with the data analytics competency",
      'how many cloud incidents do we get?',
      'and if we had security instead?',
      "azure says this access id is already associated, it's our own sub and I think we used them all",
    ]);
    expect(cloud?.join()).toMatch(/What Silver competency gives you[\s\S]*Signature Cloud Support \(other competencies\): 5 incidents/);
    expect(cloud?.join()).not.toMatch(/unlimited/);
    expect(security?.join()).toMatch(/Signature Cloud Support \(cloud competency\): unlimited/);
    expect(error?.join()).toMatch(/Your contract has expired or has no incidents left[\s\S]*Membership: Silver competency/);
  });

  it('"and for Azure?" after a benefits answer gives the cloud part', async () => {
    const { bot } = await makeBot();
    const [, second] = await converse(chatAs(bot, 'stranger'), ['how many incidents does silver give?', 'what about for Azure?']);
    expect(second?.join()).toMatch(/Signature Cloud Support: unlimited with a cloud competency, 10 incidents \(Gold\) or 5 \(Silver\)/);
    expect(second?.join()).toMatch(/Link support benefits/);
  });

  it('a member asking about another offer gets that offer, not their own', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-user'), 'how many incidents does silver with cloud productivity give?');
    expect(reply).toMatch(/What Silver competency gives you[\s\S]*15 incidents/);
  });

  it('an org without an active offer hears "no benefits yet"', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'tailspin-admin'), 'what are our benefits?')).toMatch(/Looks like you don't have any benefits yet/);
  });
});

describe('remaining incidents', () => {
  it('gives the ledger balance and how to check it in Support for Business', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-user'), 'How many incidents do we have left?');
    expect(reply).toMatch(/Incidents left for Contoso Cloud Partners/);
    expect(reply).toMatch(/18 left/);
    expect(reply).toMatch(/Windows 10/);
    expect(reply).toMatch(/https:\/\/support\.serviceshub\.microsoft\.com\/supportforbusiness\/create/);
    expect(reply).toMatch(/never show it/);
  });

  it('for an unknown user, only how to check; in Korean', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'stranger'), '남은 인시던트 어떻게 확인해요?');
    expect(reply).toMatch(/남은 인시던트 확인 방법/);
    expect(reply).toMatch(/Windows 10/);
    expect(reply).not.toMatch(/개 남음/);
  });

  it('for an org that has not activated, says so', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'fabrikam-user'), 'how many incidents are left?')).toMatch(/The benefits of Fabrikam Solutions are not activated yet/);
  });
});
