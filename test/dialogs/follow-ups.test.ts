import { describe, expect, it } from '@jest/globals';
import { chatAs, converse, makeBot } from './harness.js';

const M1_EN = "You aren't authorized for this action. You must have a program-associated account.";

/** The last reply of a conversation, as one string. */
async function lastReply(user: string, lines: string[]): Promise<string> {
  const { bot } = await makeBot();
  const turns = await converse(chatAs(bot, user), lines);
  return turns.at(-1)?.join('\n') ?? '';
}

describe('follow-ups read against the conversation (session 5: the d13/d14 first plays)', () => {
  it('"and product support" after the cloud balance is the on-premises balance, not the product list', async () => {
    const reply = await lastReply('contoso-mpn', ['quick one - signature balance?', 'and product support']);
    expect(reply).toMatch(/Incidents left for Contoso Cloud Partners/);
    expect(reply).toMatch(/20 incidents, 18 left/);
  });

  it('"아 아니 온프레미스요" corrects a cloud balance question to the on-premises balance', async () => {
    const reply = await lastReply('contoso-user', ['시그니처 클라우드 지원 몇 개 남았어요?', '아 아니 온프레미스요']);
    expect(reply).toMatch(/인시던트 20개, 18개 남음/);
  });

  it.each<[string, string[], RegExp]>([
    ['English', ['how many on-prem incidents left', 'btw azure gives me Access ID is already associated when i link', 'ok back to the balance, when does it expire'], /2022-03-15/],
    ['Korean', ['온프레미스 몇 개 남았어요', '아 그리고 애저에서 액세스 ID가 이미 연결되어 있다고 떠요', '다시 아까 거요, 그거 언제까지 써요?'], /2022-03-15/],
  ])('"back to …" returns to the topic before the error (%s)', async (_lang, lines, fact) => {
    const reply = await lastReply('contoso-user', lines);
    expect(reply).toMatch(fact);
    expect(reply).not.toMatch(/Ignore the message|메시지를 무시하세요/);
  });

  it('after the CSP answer, "do I need to enter our Access ID?" is answered for CSP (no) and "who has the role?" names the holder', async () => {
    const { bot } = await makeBot();
    const [, ids, who] = await converse(chatAs(bot, 'contoso-user'), ['고객사 애저 문제로 대신 티켓 열어야 하는데요', '액세스 ID 넣어야 돼요?', '저는 그 역할 없어요 누가 있어요']);
    expect(ids?.join()).toMatch(/액세스 ID나 계약 ID가 필요 없습니다/);
    expect(ids?.join()).not.toMatch(/Access ID: 3f2b/);
    expect(who?.join()).toMatch(/관리 에이전트 역할이 있는 분:[\s\S]*Alex Wilber: 관리 에이전트/);
  });

  it('"so who should I ask" after a greyed-out Activate button names the admins', async () => {
    const reply = await lastReply('contoso-agent', ['I\'m admin agent and the activate button is greyed out for me', 'so who should I ask']);
    expect(reply).toMatch(/Megan Bowen: Global admin/);
    expect(reply).not.toMatch(/Access ID: 3f2b/);
  });

  it('a contract expired while the membership is active: the doubt gets why (a contract lasts a year), then who renews it', async () => {
    const { bot } = await makeBot();
    const [, why, who] = await converse(chatAs(bot, 'adventure-user'), ['our contract ID stopped working in azure', 'but our gold membership is still active??', 'who can fix that']);
    expect(why?.join()).toMatch(/The contract expired on 2021-05-15\. A support contract lasts one year/);
    expect(who?.join()).toMatch(/Only a Global admin or an MPN partner admin can activate/);
  });

  it('a staff triage is followed up on the message\'s topic: waiting and retrying does not fix "not authorized"', async () => {
    const reply = await lastReply('staff', [`Isaiah from Contoso sent me this: "${M1_EN}" What should he do?`, 'Would waiting a day and trying again fix it?']);
    expect(reply).toMatch(/not authorized/i);
    expect(reply).toMatch(/Not fixable by waiting|won't fix|doesn't fix|not fixed by waiting|waiting/i);
  });
});

describe('an open yes/no prompt', () => {
  it('"ok …" followed by a question is the question, not a yes to registering', async () => {
    const reply = await lastReply('fabrikam-admin', ['new here, predecessor left no notes. where are our access id and contract id', 'ok activating now. after that who can see them']);
    expect(reply).not.toMatch(/Paste the IDs/);
    expect(reply).toMatch(/every user/i);
  });
});

describe('questions asked without the jargon', () => {
  it.each<[string, string, RegExp, RegExp | undefined]>([
    ['TPD named in the context, "that one" in the question', "There's also some 'presales and deployment' hours thing on the same page. Do I have to activate that one too?", /Technical Presales & Deployment/, undefined],
    ['paying for one case with a work account', 'Our free incidents don\'t cover an old product we use. Can I pay for a single case online with my work (Azure AD) account?', /^No: buying support online needs a Microsoft account/m, /^Yes, a Microsoft account works/m],
    ['sharing a sign-in', 'Can I just give my coworker my Partner Center login so he can open support tickets with our free incidents?', /never (a|your) password/, undefined],
    ['the new pack name seen instead of the old one', "A partner sees 'Partner On-premises Support 20' in the portal instead of the Gold 20pack they expected. Is something wrong?", /Solutions Partner designation/, undefined],
    ['"the number Microsoft gives us"', "What's the number Microsoft gives us to prove we're partners when we open a ticket in Azure, and where do I find it?", /Access ID: 3f2b/, undefined],
    ['counting calls about one problem', 'if I call them 3 times about the same problem, how many incidents is that?', /What counts as one incident/, undefined],
    ['"켜는 거" is activating', '파트너 센터에서 MS 무료 기술지원 켜는 거 아무나 할 수 있나요? 저는 그냥 일반 직원이에요.', /전역 관리자/, undefined],
  ])('%s', async (_name, text, fact, wrong) => {
    const reply = await lastReply(text.startsWith('A partner') ? 'staff' : 'contoso-user', [text]);
    expect(reply).toMatch(fact);
    if (wrong) expect(reply).not.toMatch(wrong);
  });

  it('the records say when the benefits were activated', async () => {
    const reply = await lastReply('contoso-admin', ['who activated our benefit', 'when']);
    expect(reply).toMatch(/has already activated its benefits \(on 2021-03-15\)/);
  });
});

describe('a current-program org\'s balance', () => {
  it('says which offer each line comes from, and that Partner Center shows the balance today', async () => {
    const reply = await lastReply('woodgrove-user', ['how many incidents do we have left?']);
    expect(reply).toMatch(/Partner Cloud Support — Solutions Partner designation: 50 incidents, 49 left/);
    expect(reply).toMatch(/Partner Cloud Support — Partner Success Core: 2 incidents, 1 left/);
    expect(reply).toMatch(/Partner Center benefits page/);
    expect(reply).not.toMatch(/Only Support for Business shows the balance/);
  });
});

describe('support staff asking about a partner, then what to tell them', () => {
  it('after the records of a partner whose cloud pack is used up, "what can I tell them to do?" gives the options', async () => {
    const reply = await lastReply('staff', ['Litware says Azure no longer offers their partner plan when they open a support request. What state are they in?', 'What can I tell them to do?']);
    expect(reply).toMatch(/pay per incident, or buy a paid plan/);
    expect(reply).not.toMatch(/How can I help\?/);
  });
});

describe('support staff describing a partner\'s case (d15)', () => {
  it('a question about a named partner gets its records, then the answer; "which of their people has that role?" names them', async () => {
    const { bot } = await makeBot();
    const [first, who] = await converse(chatAs(bot, 'staff'), ['Contoso wants to open an Azure ticket for one of their CSP customers. Their admin agent asks if he needs to link the Access ID first.', 'which of their people has that role?']);
    expect(first?.join()).toMatch(/Contoso Cloud Partners \(org-contoso\)[\s\S]*Cloud Solution Provider/);
    expect(who?.join()).toMatch(/Alex Wilber: Admin agent/);
  });

  it('a partner\'s records read in Korean use Korean names, and "시그니처 쪽은요?" is that partner\'s balance', async () => {
    const { bot } = await makeBot();
    const [records, signature] = await converse(chatAs(bot, 'staff'), ['Contoso Cloud Partners 남은 인시던트 확인해 주세요', '시그니처 쪽은요?']);
    expect(records?.join()).toMatch(/멤버십: 골드 역량[\s\S]*역량: 클라우드 플랫폼, 데이터 분석/);
    expect(records?.join()).not.toMatch(/global-admin|cloud-platform/);
    expect(signature?.join()).toMatch(/인시던트 10개, 9개 남음/);
  });

  it('the Access-ID message pasted for a current-program partner is triaged with that program\'s tree', async () => {
    const reply = await lastReply('staff', ['Woodgrove Bank Partners의 Grady Archie가 Azure에서 "This Access ID is already associated to an account." 라고 뜬대요. 어떻게 안내할까요?']);
    expect(reply).toMatch(/무시/);
    expect(reply).not.toMatch(/알 수 없는 메시지/);
  });
});

describe('balances that carry the fact asked', () => {
  it('an org that has not activated hears what activating gives', async () => {
    const reply = await lastReply('fabrikam-user', ['how many incidents have we got left']);
    expect(reply).toMatch(/hasn't activated its benefits yet/);
    expect(reply).toMatch(/15 incidents/);
  });

  it('"몇 개 썼어요?" is answered with what was used', async () => {
    const reply = await lastReply('contoso-mpn', ['우리 온프렘 인시던트 몇 개 썼어요?']);
    expect(reply).toMatch(/3건|3개|1건은 환불|환불/);
    expect(reply).toMatch(/18/);
  });

  it('the used-up diagnosis shows the used-up pack from the records', async () => {
    const reply = await lastReply('litware-admin', ['our partner plan vanished from the azure support request wizard, it was there in April']);
    expect(reply).toMatch(/Partner Signature 5pack|5 incidents, 0 left/);
  });
});

describe('pack names and context-bound questions', () => {
  it.each([
    ['staff', "A partner sees 'Partner On-premises Support 20' in the portal instead of the Gold 20pack they expected. Is something wrong?", /renamed on 2025-06-23/],
    ['unknown', 'Partner On-premises Support 20 은 예전에 무슨 이름이었어요?', /2025-06-23에[\s\S]*Partner support Gold 20pack/],
  ])('a pack name seen in a portal gets the pack renaming (%s)', async (user, text, fact) => {
    expect(await lastReply(user, [text])).toMatch(fact);
  });

  it('"Can we still use our incidents?" after the context about a missed renewal is about the renewal window', async () => {
    const reply = await lastReply('unknown', ['Our membership anniversary passed last week and we have not renewed yet. Can we still use our incidents?']);
    expect(reply).toMatch(/renewal window is 30 days/);
  });
});
