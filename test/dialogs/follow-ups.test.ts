import { describe, expect, it } from '@jest/globals';
import { chatAs, converse, makeBot } from './harness.js';

const M1_EN = "You aren't authorized for this action. You must have a program-associated account.";

/** The last reply of a conversation carries every fact and never the wrong one. */
async function expectLastReply(user: string, lines: string[], facts: RegExp[], wrong: RegExp | null): Promise<void> {
  const reply = await lastReply(user, lines);
  for (const fact of facts) expect(reply).toMatch(fact);
  if (wrong) expect(reply).not.toMatch(wrong);
}

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
    ['paying for one case with a work account', 'Our free incidents don\'t cover an old product we use. Can I pay for a single case online with my work (Azure AD) account?', /^No: buying support online needs a Microsoft account/m, /^A Microsoft account works too/m],
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
    expect(reply).toMatch(/has already activated its benefits \(on 2021-03-15, by Megan Bowen\)/);
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
    expect(reply).toMatch(/pay per incident, or buy a paid plan|For Azure support now, buy a support plan/);
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
    expect(reply).toMatch(/are not activated yet/);
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

describe('records in follow-ups (session 6: the d16/d17 first plays)', () => {
  it.each<[string, string[], RegExp[]]>([
    ['a misspelt org, then who there is an admin', ['Litwre inc - same "Access ID is already associated" error in Azure for them.', 'who there is an admin?'], [/Pradeep Gupta: Global admin/, /by Pradeep Gupta/]],
    ['an org written in Hangul, then who can activate there', ['노스윈드 트레이더스가 자사 Azure 지원을 받으려는데 혜택 연결에서 액세스 ID가 이미 연결되어 있다는 오류가 난대요.', '거기서 활성화할 수 있는 사람은 누구예요?'], [/Lynne Robbins: MPN 파트너 관리자/, /Northwind Traders의 혜택은 아직 활성화되지 않았습니다/]],
    ['an expired contract: when it expired', ['Adventure Works Cycles: "Access ID is already associated ..." in the Azure portal, and no partner plan offered.', 'when did it expire?'], [/expired on 2021-05-15/]],
    ['a not-activated org: who can, then the on-premises count', ['Fabricam Solutions say the Access ID field is empty for them in Partner Center.', 'who there can do it?', 'and how many on-prem incidents will they get?'], [/15 incidents/]],
    ['who can share the IDs with a CSP-side colleague', ['콘토소 클라우드 파트너스 직원 한 명이 \'이 작업에 대한 권한이 없습니다.\' 오류를 받는대요.', '그분한테 ID를 공유해 줄 수 있는 사람은요?'], [/Megan Bowen: 전역 관리자/]],
  ])('staff: %s', async (_what, lines, facts) => {
    const reply = await lastReply('staff', lines);
    for (const fact of facts) expect(reply).toMatch(fact);
    expect(reply).not.toMatch(/Access ID: 3f2b|Contract ID: [0-9a-f]{8}-/);
  });

  it('staff asking why a count is what it is get the lookup and what was used and refunded', async () => {
    const reply = await lastReply('staff', ['우드그로브 클라우드 인시던트가 왜 49개예요? 두 건 열었다는데요.']);
    expect(reply).toMatch(/Woodgrove Bank Partners \(org-woodgrove\)/);
    expect(reply).toMatch(/2건을 열었고 그중 1건이 환불되어 실제 사용은 [0-9]+건, 49건 남았습니다/);
    // Each line is explained with the offer that grants it.
    expect(reply).toMatch(/Partner Success Core 기준 연간 2건/);
  });

  it('a partner learns who activated, and when, from the records', async () => {
    const { bot } = await makeBot();
    const [, who] = await converse(chatAs(bot, 'contoso-user'), ['온프레미스 인시던트 몇 개 남았어요?', '누가 활성화했어요?']);
    expect(who?.join()).toMatch(/2021-03-15, Megan Bowen 님이 활성화/);
    expect(await lastReply('contoso-mpn', ['when was our benefit activated, and by whom'])).toMatch(/on 2021-03-15, by Megan Bowen/);
  });

  it('asking for the IDs before activation says they are not activated, then who can', async () => {
    const reply = await lastReply('fabrikam-user', ["What's our Access ID?"]);
    expect(reply).toMatch(/Our records: the benefits of Fabrikam Solutions are not activated yet/);
    expect(reply).toMatch(/Lee Gu: Global admin/);
  });

  it('a CSP-side account asking who can give them the IDs gets the membership colleagues', async () => {
    const reply = await lastReply('contoso-csp', ['who on our team can give me the IDs?']);
    expect(reply).toMatch(/People in Contoso Cloud Partners who can see the IDs/);
    expect(reply).toMatch(/Megan Bowen: Global admin/);
  });

  it('after "not authorized" in Korean, the pasted message is that message, not the one answered before', async () => {
    const { bot } = await makeBot();
    const turns = await converse(chatAs(bot, 'contoso-csp'), ['파트너 센터에서 기술 혜택 페이지를 열려고 해요.', "'이 작업에 대한 권한이 없습니다.' 라고 나와요."]);
    expect(turns[1]?.join()).toMatch(/CSP 쪽에만 연결되어 있으면/);
  });

  it('an Admin agent asking what the role is for hears about CSP customer requests', async () => {
    const reply = await lastReply('contoso-agent', ['Can I activate our technical benefits?', 'then what is my role good for?']);
    expect(reply).toMatch(/Admin agent role is for support requests of your CSP customers/);
    expect(reply).toMatch(/Service management/);
  });

  it.each<[string, string[], RegExp]>([
    ['"and after it expires?" after a table', ['Silver partners get 15 on-prem incidents, right?', 'and after it expires?'], /renew/i],
    ['"when was that change?" after today\'s table', ['What is Signature Cloud Support called now?', 'and the on-prem one?', 'when was that change?'], /2025-06-23/],
    ['a paid plan named, asked what it covers', ['Advanced Support for Partners는 온프렘도 지원돼요?'], /클라우드 전용: Advanced Support for Partners/],
    ['several calls about one problem', ['if one problem takes 3 calls with the engineer, is that 3 incidents?'], /same incident/],
    ['an offer refund', ['we bought Success Core 2 weeks ago and want a refund. haven\'t activated anything'], /30 days/],
    ['where the IDs are, asked while linking', ['need the contract ID to link azure support. where is it'], /Partner Center shows them under Benefits → Technical benefits/],
  ])('%s', async (_what, lines, fact) => {
    expect(await lastReply('guest-partner', lines)).toMatch(fact);
  });

  it('a count questioned without a balance asked before is explained from the records', async () => {
    expect(await lastReply('woodgrove-admin', ['why only 49 cloud incidents?'])).toMatch(/2 opened so far this membership year and 1 of them refunded: [0-9]+ used, so 49 left/);
  });
});

describe('verdicts first (session 6)', () => {
  it.each<[string, string, string[], RegExp]>([
    ['an offer refund after two months is a no (30 days)', 'guest-partner', ['익스팬디드 산지 두 달 됐어요', '환불 돼요?'], /환불받을 수 없습니다\. 멤버십 오퍼는 구매 후 30일 이내에만/],
    ['an offer refund with a benefit activated is a no', 'guest-partner', ['멤버십 오퍼 산 지 열흘 됐는데 환불돼요? 혜택은 이미 활성화했어요'], /환불받을 수 없습니다[^\n]*이미 혜택을 활성화/],
    ['an offer refund within 30 days, nothing activated, is a yes', 'guest-partner', ["we bought Success Core 2 weeks ago and want a refund. haven't activated anything"], /^Yes, within 30 days of purchase/m],
    ['a case closed as a duplicate is refunded (the whole message, not its vague last part)', 'guest-partner', ['Partner Cloud Support case got closed as a duplicate - do we get the incident back?'], /duplicate[^\n]*refunded/i],
    ['a Korean duplicate case is refunded', 'guest-partner', ['실수로 같은 케이스 두 번 열었어요 (중복). 인시던트 2개 깎여요?'], /중복[^\n]*환불/],
    ['emailing the IDs to the team is fine', 'guest-partner', ['is it ok to email the access id + contract id to the rest of my team?'], /share the Access ID and Contract ID with colleagues/],
    ['"can I open a ticket with our contract?" with an expired contract', 'adventure-user', ['can I open a support ticket with our contract?'], /expired on 2021-05-15/],
    ['"우리 계약으로 지원 요청 열 수 있어요?" with an expired contract', 'adventure-user', ['우리 계약으로 지원 요청 열 수 있어요?'], /2021-05-15에 만료/],
  ])('%s', async (_what, user, lines, fact) => {
    expect(await lastReply(user, lines)).toMatch(fact);
  });
});

describe('two questions in one message, and the triage walk told in sentences (session 6: d18/d19)', () => {
  it('each question of a message is read on its own, not as a follow-up of its sibling', async () => {
    const reply = await lastReply('contoso-user', ['how many incidents do we get with gold and where do I find the access id?']);
    expect(reply).toMatch(/20 incidents, 18 left/);
    expect(reply).toMatch(/Access ID: 3f2b9c1e/);
  });

  it.each<[string, string[], RegExp]>([
    ['the contract added in Support for Business before: ignore the message', ['Azure says the Access ID is already associated', 'our own subscription', 'Yes, I added the contract in Support for Business for an on-prem case earlier this year, same account.'], /Ignore the message/],
    ['Korean: added in Support for Business before', ['Azure에서 "액세스 ID가 이미 연결되어 있습니다..." 오류가 떠요', '저희 회사 자체 구독이에요', '네, 예전에 같은 계정으로 비즈니스 지원(Support for Business)에서 온프레미스 건 때문에 계약 추가했었어요'], /메시지를 무시하세요/],
    ['the balance checked in Support for Business is 0: a new plan', ['Azure에서 액세스 ID가 이미 연결되어 있다고 나와요', '우리 회사 구독입니다', '비즈니스 지원에서 확인하니 시그니처 5팩이 남은 인시던트 0건이에요'], /새 지원 플랜|구매|유료/],
    ['Support for Business says valid but the plan is missing: check the sign-in', ['Azure: Access ID is already associated ...', 'our own subscription', "ignored it, but the Signature plan isn't offered in + New support request", 'SfB shows it valid: 7 incidents left, ends next March.'], /sign-in|signed in|account/i],
  ])('%s', async (_what, lines, fact) => {
    const reply = await lastReply('guest-partner', lines);
    expect(reply).toMatch(fact);
    expect(reply).not.toMatch(/covers the Azure portal only|Azure Portal에만 해당합니다/);
  });
});

describe('own records asked plainly (session 6: d20/d21)', () => {
  it.each<[string, string, string[], RegExp[]]>([
    ['which accounts linked the contract, and whether mine did', 'contoso-user', ['Is our contract linked to my account?'], [/linked to these sign-in accounts/, /Diego Siciliani: diego\.siciliani@contoso\.example \(work\), Support for Business, 2021-03-24/, /Your own account is one of them/]],
    ['staff: who on their side linked it', 'staff', ['Contoso Cloud Partners shows 18 on-prem incidents. Why not 20?', 'Who on their side linked the contract?'], [/Diego Siciliani: diego\.siciliani@contoso\.example/]],
    ['a refund asked after a balance: what was used and refunded', 'staff', ['Contoso Cloud Partners 남은 인시던트 몇 건이에요?', '그중 환불된 건 있어요?'], [/환불/]],
    ['a number put for confirmation after a balance', 'contoso-user', ['How many on-prem incidents do we have?', "So with the refund we're back to 19?"], [/18 left/]],
    ['"now" about our own contract is our records, not the 2026 program', 'adventure-user', ['Can I use our partner support contract right now?'], [/expired on 2021-05-15/]],
    ['"권한 있어요?" asks about one\'s own role, not the "not authorized" message', 'northwind-admin', ['제가 기술 지원 혜택 활성화해도 되나요? 권한 있어요?'], [/MPN 파트너 관리자/]],
    ['a CSP-side account that cannot open the benefits page', 'contoso-csp', ["Why can't I open the Technical benefits page?"], [/CSP/]],
    ['"I can\'t use a personal account, right?" is not answered with "Yes"', 'northwind-user', ["I sign in with a personal Microsoft account, so I can't use our on-prem incidents. Only work accounts can, right?"], [/^A Microsoft account works too/m]],
  ])('%s', async (_what, user, lines, facts) => {
    const reply = await lastReply(user, lines);
    for (const fact of facts) expect(reply).toMatch(fact);
    expect(reply).not.toMatch(/^(Yes|네)\b/m);
  });
});

describe('a colleague\'s claim put to the bot is answered by the last answer (session 6: d21)', () => {
  it.each<[string, string, string[], RegExp]>([
    ['"linking again will fix it" after a used-up plan', 'litware-admin', ["Why doesn't our Signature plan appear in Azure anymore?", 'My colleague insists that linking the benefit again will fix it.'], /buy|paid|new support plan/i],
    ['"내일 다시 들어가 보면 생긴다던데요?" after "no benefits yet"', 'tailspin-admin', ["파트너 센터 기술 혜택 페이지에 '아직 혜택이 없는 것 같습니다'가 떠요", '동료는 그냥 내일 다시 들어가 보면 생긴다던데요?'], /멤버십/],
    ['"a Global admin always has access" from a CSP-side account', 'contoso-csp', ["Why can't I open the Technical benefits page?", "My colleague says a Global admin always has access, so it's a bug on Microsoft's side."], /CSP/],
    ['each engineer does not need an Access ID of their own', 'fabrikam-admin', ['엔지니어마다 각자 액세스 ID를 따로 발급받아야 하죠?'], /같은 액세스 ID와 계약 ID/],
  ])('%s', async (_what, user, lines, fact) => {
    const reply = await lastReply(user, lines);
    expect(reply).toMatch(fact);
    expect(reply).not.toMatch(/Sorry, I didn't get that|죄송합니다, 이해하지 못했습니다/);
  });
});

describe('staff triage per message (session 6: d23)', () => {
  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['an undocumented error pasted for a partner is an unknown message, not a guess', ['Litware Inc.: "Error 500 - Something went wrong. Please try again later." on the benefits page.'], [/Unknown message/i], null],
    ['"anything else in their records?" shows the partner in focus', ['Fabrikam Solutions reports \'You are not authorized for this action\' in Partner Center. Diagnose it.', 'Anything else in their records I should mention?'], [/Fabrikam Solutions \(org-fabrikam\)/, /not activated yet/], null],
    ['"what are their options?" after a used-up plan', ['Litware Inc. gets \'Access ID is already associated ...\' in Azure and no partner plan shows up.', 'How many do they have left?', 'What are their options?'], [/paid|buy|Premier|Advanced/i], /How can I help\?/],
    ['a reply for the partner names who can activate', ['Northwind Traders: Miriam Graham says the Activate button is greyed out.', 'Reply for the partner please.'], [/Lynne Robbins/], null],
    ['"what do they get once activated?" counts the partner\'s lines', ['Fabrikam Solutions emailed: "We can\'t find our Access ID or Contract ID anywhere". Why?', 'What do they get once activated?'], [/15 incidents/], null],
    ['CSP for a partner\'s customer: no contract ID to link', ['콘토소가 CSP 고객 Azure 문제로 티켓을 열려고 합니다. 누가 할 수 있죠?', '계약 ID를 연결해야 하나요?'], [/필요 없/], null],
    ['who there can see the IDs', ['콘토소 Isaiah Langer 스크린샷에 "이 작업에 대한 권한이..." 까지만 보여요.', '그 회사에서 ID를 볼 수 있는 사람은 누구예요?'], [/Megan Bowen/], null],
  ])('%s', async (_what, lines, facts, not) => {
    const reply = await lastReply('staff', lines);
    for (const fact of facts) expect(reply).toMatch(fact);
    if (not !== null) expect(reply).not.toMatch(not);
  });
});

describe('may I activate? (session 6)', () => {
  it.each<[string, string, RegExp]>([
    ['an MPN partner admin asking for permission hears yes, from the records', 'northwind-admin', /네, 활성화할 수 있습니다/],
    ['a plain user asking the same hears the role from the records', 'fabrikam-user', /제 기록상 역할은 사용자입니다/],
  ])('%s', async (_what, user, fact) => {
    expect(await lastReply(user, ['제가 기술 지원 혜택 활성화해도 되나요? 권한 있어요?'])).toMatch(fact);
  });

  it('an expired contract: the next benefit is activated again by a Global admin or MPN partner admin', async () => {
    expect(await lastReply('adventure-user', ['계약이 만료됐는데 제가 다시 활성화할 수 있나요?'])).toMatch(/전역 관리자나 MPN 파트너 관리자가/);
  });
});

describe('the requests on record, and the last answer in the other language (session 7: d24/d25)', () => {
  it.each<[string, string, string[], RegExp[]]>([
    ['when the last one was', 'contoso-user', ['when did we last use a support incident?'], [/Requests on record for Contoso Cloud Partners/, /latest was opened on 2021-05-24/, /2021-03-25: Microsoft Product Support: opened \(SR 12103040000001\)/, /2021-04-29: Microsoft Product Support: refunded/]],
    ['a date asked after the balance', 'contoso-admin', ['how many incidents do we have left?', 'when was the hybrid signature one?'], [/2021-05-14: Signature Cloud Support \(other competencies\): opened/]],
    ['the history in Korean', 'litware-admin', ['클라우드 인시던트 언제언제 썼는지 알려줘요'], [/Litware Inc\.의 인시던트 사용 기록/, /2021-03-27: Signature Cloud Support \(기타 역량\): 사용\(요청 열림\)/, /5건 중 이번 멤버십 연도에 5건을 써서 0건 남았습니다/]],
    ['a refund on today\'s program, and why', 'woodgrove-admin', ['which of our cloud cases got refunded and when?'], [/2021-04-07: Partner Cloud Support — Solutions Partner designation: refunded/, /closed as a duplicate or a bug is refunded/, /2 opened so far this membership year and 1 of them refunded: [0-9]+ used, so 49 left/]],
  ])('%s', async (_name, user, lines, facts) => {
    const reply = await lastReply(user, lines);
    for (const fact of facts) expect(reply).toMatch(fact);
  });

  it('an org with nothing on record says so', async () => {
    const reply = await lastReply('fabrikam-admin', ['when did we last open an incident?']);
    expect(reply).toMatch(/The benefits of Fabrikam Solutions are not activated yet/);
    expect(reply).not.toMatch(/not a cloud competency/);
    expect(reply).not.toMatch(/opened \(SR/);
  });

  it('"in Korean please" answers the question before again, in Korean, and "english please" turns back', async () => {
    const { bot } = await makeBot();
    const [, ko, en] = await converse(chatAs(bot, 'contoso-user'), ['how many incidents do we have left?', '한국어로 답해 주세요', 'english please']);
    expect(ko?.join()).toMatch(/Contoso Cloud Partners의 남은 인시던트[\s\S]*인시던트 20개, 18개 남음/);
    expect(en?.join()).toMatch(/Incidents left for Contoso Cloud Partners[\s\S]*20 incidents, 18 left/);
  });

  it('staff asking for the triage in Korean get the diagnosis and the reply for the partner in Korean', async () => {
    const reply = await lastReply('staff', ['Litware\'s admin pasted: "This Access ID is already associated to an account" - diagnosis + next step pls', 'in Korean please']);
    expect(reply).toMatch(/담당자 진단: 계약이 만료되었거나 남은 인시던트가 없습니다/);
    expect(reply).toMatch(/파트너에게 보낼 답변 \(한국어\)|한국어/);
    expect(reply).not.toMatch(/Your contract has expired/);
  });

  it('a request for a language with nothing asked before gets the help in that language', async () => {
    const reply = await lastReply('contoso-user', ['in korean please']);
    expect(reply).toMatch(/[가-힣]/);
    expect(reply).not.toMatch(/I can help with/);
  });
});

describe('opening a request, corrections, today\'s lines in the records (session 7: d24/d27)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['how to open a request, for an org that has not activated: activate first, and who', 'fabrikam-user', ['I need to open a ticket for exchange, what do I do?'], [/Opening a support request/, /not activated yet/, /Global admin or MPN partner admin/, /Support for Business/], null],
    ['the same in Korean', 'fabrikam-user', ['지원 티켓 열고 싶은데 어떻게 해야 돼요?'], [/지원 요청 열기/, /전역 관리자 또는 MPN 파트너 관리자/], null],
    ['"who do I ask then?" names the admins', 'fabrikam-user', ['I need to open a ticket for exchange, what do I do?', 'who do I ask then?'], [/Lee Gu|Global admin/], /Opening a support request/],
    ['a correction to on-premises products after the Azure steps', 'unknown', ['how do i add the ids in the azure portal', 'no wait, I meant for on-premises products, not azure'], [/Support for Business|Partner Center/], /Linking your benefit in the Azure portal/],
    ['a correction in Korean after a cloud balance', 'fabrikam-user', ['우리 회사 클라우드 인시던트 몇 개 나와요?', '아 온프레미스 말한 거였어요'], [/15/], /^지원되는 제품$/m],
    ['a correction to cloud after an on-premises count', 'unknown', ['how many on prem incidents come with the action pack', 'sorry, cloud incidents I mean'], [/no Signature Cloud Support/], null],
    ['a correction from a customer\'s Azure to our own', 'contoso-agent', ['how do I open an azure ticket for a customer\'s subscription', 'actually scratch that, it\'s our own azure subscription'], [/Link support benefits/], null],
    ['a balance on a line named by today\'s name is the records\' balance', 'woodgrove-user', ['how many cloud incidents left on the solutions partner line?'], [/Incidents left for Woodgrove Bank Partners/, /50 incidents, 49 left/], null],
    ['"why only one counted?" is answered from the records, refund rule included', 'woodgrove-user', ['weird, we opened two cloud cases on the designation line. why only one counted?'], [/2 opened so far this membership year and 1 of them refunded: [0-9]+ used, so 49 left/, /duplicate or a bug is refunded/], null],
    ['"정말요? 두 건 열었는데요" doubts the balance just given', 'woodgrove-user', ['솔루션 파트너 쪽 클라우드 인시던트 몇 개 남았어요?', '정말요? 저희 두 건 열었는데요'], [/2건을 열었고 그중 1건이 환불되어 실제 사용은 [0-9]+건, 49건 남았습니다/], /이해하지 못했습니다/],
    ['"do we get that incident back?" is the refund rule', 'woodgrove-user', ['one of our tickets was closed as a duplicate', 'do we get that incident back?'], [/duplicate or a bug is refunded/], null],
    ['"back to signature: what are our options?" returns to the used-up cloud line', 'litware-admin', ['can we still open azure tickets on our signature 5 pack?', 'btw what is TPD', 'ok back to signature: what are our options now?'], [/used up/], /Technical Presales/],
    ['"is my own account linked?" answers from the records\' links', 'contoso-admin', ['is my own account linked? if not what do I do'], [/Diego Siciliani|diego\.siciliani/, /Your own account isn't among them/], null],
    ['"can I still use our old Access ID?" after the contract expired', 'adventure-user', ['can i still use our old access id?'], [/expired on 2021-05-15/], null],
    ['a used-up cloud line: the on-premises line is still usable, with its balance', 'litware-admin', ['we ran out of signature incidents'], [/used up/, /Microsoft Product Support \(on-premises\) is separate and still usable: 15 of 15 left/], null],
    ['"17개 아니에요?" questions the balance just given', 'contoso-user', ['온프렘 남은 거 몇 개?', '어? 우리 3건 열었는데 17개 아니에요?'], [/3건을 열었고 그중 1건이 환불되어 실제 사용은 [0-9]+건, 18건 남았습니다/], /Access ID: 3f2b/],
    ['"how do we use it again?" after an expired contract is activating the next benefit', 'adventure-user', ['우리 계약 상태 어때요?', '그럼 어떻게 해야 다시 쓸 수 있어요?'], [/전역 관리자나 MPN 파트너 관리자/], null],
    ['"where do I register the on-prem contract ID in 2026?" is where, not a registration', 'woodgrove-admin', ['2026 프로그램 기준으로 온프레미스 계약 ID는 어디다 등록해요?'], [/engagecenter\.microsoft\.com/], /붙여 넣어 주세요/],
    ['separate CSP and MPN tenants, after "not authorized"', 'unknown', ["getting 'You are not authorized for this action' in partner center", 'our CSP and MPN sides are separate tenants. what do I do now?'], [/Sign in with another account/], /Support requests for CSP customers/],
    ['which offers an org holds today', 'woodgrove-admin', ['which offers do we hold right now?'], [/Offers held: Solutions Partner designation, Partner Success Core/], null],
    ['two offers compared: each one\'s count', 'unknown', ['partner success core vs expanded - how many cloud incidents each?'], [/Partner Success Expanded: 5 incidents/, /Partner Success Core: 2 incidents/], null],
    ['the 2026-11 change is an open point, not a guess', 'unknown', ['2026년 11월부터 혜택 만료 기준이 바뀐다던데 어떻게 바뀌는 거예요?'], [/2026-11-01/, /문서에 명시되지 않아/], null],
    ['the frontline team is free', 'unknown', ['if I ask Partner Center support (the frontline team) a question, does that use up one of our Partner Cloud Support incidents?'], [/frontline team are free/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));
});

describe('conversations and the support desk (session 7: d30/d31)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"could you reply in English?" after a Korean answer', 'contoso-csp', ["파트너 센터에서 '이 작업에 대한 권한이 없습니다'라고 떠요", 'Sorry, could you reply in English?'], [/You are not authorized for this action/], /권한이 없습니다/],
    ['"한국어로 다시 설명해 주실 수 있나요?"', 'unknown', ["got the 'access id is already associated' error in azure when linking, what now", '한국어로 다시 설명해 주실 수 있나요?'], [/메시지를 무시하세요/], null],
    ['"where exactly?" stays on activation', 'northwind-admin', ['where do i activate our technical support benefit', "where exactly? i'm in partner center and only see the dashboard"], [/How to activate/], /not authorized/i],
    ['a correction naming the membership', 'unknown', ["we're gold, how many on-prem incidents do we get?", "sorry my bad, we're silver actually. messaging competency"], [/15 incidents/], /The six cloud competencies/],
    ['"아까 그 에러" returns to the error', 'contoso-user', ['Azure에서 지원 혜택 연결하니까 액세스 ID가 이미 연결되어 있다고 나와요', '아 근데 잠깐, 시그니처 클라우드 지원 Microsoft 365 티켓에도 돼요?', '알겠어요. 그럼 아까 그 에러는 그냥 무시하고 뭐 하면 돼요?'], [/메시지를 무시하세요/], null],
    ['"which option gets us on-prem incidents?" is the table', 'tailspin-admin', ["why don't we have any tech benefits?", 'which option gets us at least some on-prem incidents?'], [/Microsoft Action Pack · Microsoft Product Support: 10 incidents/], /How can I help/],
    ['"did I already link?" then "when?"', 'contoso-user', ['did I already link our contract to my account?', 'when?'], [/linked to these sign-in accounts/], /Ignore the message/],
    ['staff: when a partner last opened an incident', 'staff', ['when did Contoso last open an incident?'], [/Contoso Cloud Partners \(org-contoso\)/, /latest was opened on 2021-05-24/], null],
    ['staff: can regular users see the IDs', 'staff', ['콘토소 일반 사용자도 액세스 ID랑 계약 ID 볼 수 있어요?'], [/회사의 모든 사용자가 볼 수 있습니다/], /Access ID: 3f2b/],
    ['staff: a current-program org\'s lines name their offers', 'staff', ['우드그로브 라인별 남은 인시던트 알려주세요'], [/Solutions Partner 지정, Partner Success Core/, /Partner Cloud Support — Partner Success Core/], null],
    ['staff: the counts a partner would get once activated', 'staff', ['Fabrikam Solutions', 'how many incidents would they get once activated?'], [/Benefits of Fabrikam Solutions/, /15 incidents/], /per membership/],
    ['staff: reading balances makes the unusable cloud plan expected', 'staff', ['Contoso checking their balance the way the doc says (SfB, picked Windows 10) and their Signature plan shows "Support plan cannot be used for the specified product". Is it broken?'], [/Expected while reading balances/], null],
    ['"I want to use our partner support, first step?" for an org not activated', 'northwind-user', ["I want to use our partner support. what's the first step for me?"], [/not activated yet/, /Global admin or MPN partner admin/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));
});

describe('how people type in Teams and Slack (session 7: d32)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"thanks" gets a short reply, not the last answer again', 'contoso-user', ['remaining?', 'thanks'], [/You're welcome/], /Incidents left/],
    ['"감사합니다" alone', 'unknown', ['감사합니다'], [/천만에요/], /이해하지 못했습니다/],
    ['a Korean portal message quoted in an English question is answered in English', 'tailspin-admin', ['our korean partner center says 아직 혜택이 없는 것 같습니다 - what does that mean and what do I do?'], [/Looks like you don't have any benefits yet/], null],
    ['a Korean portal message pasted alone is answered in Korean', 'unknown', ['아직 혜택이 없는 것 같습니다'], [/아직 혜택이 없는 것 같습니다/, /[가-힣]{2,} [가-힣]{2,}/], /Looks like/],
    ['a greyed-out Activate button in mixed Korean', 'contoso-agent', ['Activate 버튼이 greyed out 이에요 왜죠'], [/활성화/, /전역 관리자/], /Azure Portal에서 혜택 연결하기/],
    ['"onprem?" then "and cloud?" as the first words', 'litware-admin', ['onprem?', 'and cloud?'], [/Benefits of Litware Inc\./, /5 incidents, 0 left/], /The six cloud competencies/],
    ['"unlimited 맞나요?" about one\'s own benefits', 'contoso-admin', ['저희 Signature cloud support unlimited 맞나요?'], [/Contoso Cloud Partners의 혜택/, /무제한/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));
});

describe('tried as a partner before stopping (session 7)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"who opened the last one?" after the balance is the history', 'contoso-user', ['hey, how many cases do we still have for on-prem stuff?', 'and who opened the last one?'], [/latest was opened on 2021-05-24/], /Opening a support request/],
    ['an Action Pack org asking for Azure support, then what to buy', 'northwind-user', ['저희도 애저 문제로 지원 받을 수 있나요?', '그럼 뭘 사야 돼요?'], [/Premier Support for Partners/], /Microsoft 365에서는/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it('an Action Pack org asking for Azure support hears it has no cloud benefit', async () => {
    const reply = await lastReply('northwind-user', ['저희도 애저 문제로 지원 받을 수 있나요?']);
    expect(reply).toMatch(/Signature Cloud Support(는|가)? ?없/);
  });
});

describe('own records, today\'s program and the desk (session 8: d33–d37)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"which ones did we use" after the balance is the history', 'contoso-user', ['how many incidents do we have left', 'which ones did we use'], [/2021-04-29: Microsoft Product Support: refunded/], /How to activate/],
    ['"was one of them refunded?" lists the refund with its date', 'contoso-admin', ['when did we open our on-prem cases this year?', 'was one of them refunded?'], [/2021-04-29/], null],
    ['"환불된 인시던트 있어요?" is the org\'s history', 'contoso-admin', ['환불된 인시던트 있어요?'], [/2021-04-29/], /Microsoft AI 클라우드 파트너 프로그램의 기술 지원 인시던트/],
    ['"did anyone use the unlimited cloud support yet?" then "when?"', 'contoso-agent', ['did anyone use the unlimited cloud support yet?', 'when?'], [/2021-05-24/], /How to activate/],
    ['"did we get the incident back?" on today\'s program: the refund on record and what is left', 'woodgrove-user', ['we had a duplicate case closed, did we get the incident back?'], [/49 left/, /refunded/], null],
    ['"linked to anyone\'s account?" lists the links', 'contoso-user', ['has our contract already been linked to anyone’s account? where'], [/diego\.siciliani@contoso\.example/], /Ignore the message/],
    ['a new hire needs the IDs once', 'contoso-mpn', ['new hire wants to file on-prem tickets. does she need me to do anything?'], [/Access ID/, /once/], null],
    ['an Outlook account is a Microsoft account', 'northwind-user', ['I sign in with my outlook account, can i still use the on-prem incidents later?'], [/Microsoft account|MSA/], /Sorry, I didn't get that/],
    ['"what counts as 1 incident?"', 'unknown', ['what counts as 1 incident?'], [/single issue|one single issue/i], null],
    ['three weeks on one case is still one incident', 'unknown', ['if the engineer spends 3 weeks on my case is that more than one incident'], [/doesn't depend on how much time it takes/], /no ticket with us/],
    ['"온프렘 쪽은 남아있어요?" after the cloud line is the on-premises balance', 'litware-admin', ['시그니처는 다 쓴거 맞죠?', '온프렘 쪽은 남아있어요?'], [/15개 남음/], /지원되는 제품/],
    ['an on-premises product question shows the on-premises balance too', 'litware-admin', ['exchange server 2019 on-prem broke. can we still get partner support?'], [/15 of 15 left/], null],
    ['activation status asked by an admin says it is not activated', 'northwind-admin', ['have we activated our action pack support yet'], [/not activated yet/], null],
    ['"제가 직접 할 수 있어요?" in an activation thread', 'adventure-user', ['올해 혜택 다시 쓰려면 뭐 해야돼요?', '제가 직접 할 수 있어요?'], [/전역 관리자|MPN 파트너 관리자/], /이해하지 못했습니다/],
    ['a contract ID that stopped working is the expired plan', 'adventure-user', ['our contract id doesnt work anymore'], [/expired on 2021-05-15/, /can't be used/], null],
    ['the IDs of an expired contract say when they expired', 'adventure-user', ['what are our access id and contract id'], [/They expired on 2021-05-15/, /Expired on: 2021-05-15/], /Valid until 2021-05-15/],
    ['no membership on record: how to get incidents', 'tailspin-admin', ['what support do we have', 'what can we do to get incidents'], [/no active membership for Tailspin Labs/, /Microsoft Action Pack · Microsoft Product Support: 10 incidents/, /pay per incident/], null],
    ['no membership and no records: the table and paid support', 'unknown', ['we have no membership. how can we get technical support incidents?'], [/Silver competency · Microsoft Product Support: 15 incidents/, /Premier Support for Partners/], /Opening a support request/],
    ['"what is Signature Cloud Support?" in Korean', 'unknown', ['Signature 클라우드 지원이 뭐예요?'], [/무제한/, /골드 10건·실버 5건/], /Microsoft 365에서는/],
    ['Core vs Expanded lists those two only', 'unknown', ["what's the difference between core and expanded"], [/Partner Success Expanded: 5 incidents/, /Partner Success Core: 2 incidents/], /Solutions Partner designation: 50/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['Action Pack "going forward" is what replaced it', 'northwind-admin', ["we're on action pack. what happens to it going forward?"], [/2025-01-22/, /Partner Success Core/], /Benefits of Northwind Traders/],
    ['"지금은 몇건?" after Silver\'s 15 is today\'s designation', 'fabrikam-user', ['실버때 온프렘 15건이었는데 지금은 몇건?'], [/Solutions Partner/, /20건/], /Fabrikam Solutions의 혜택/],
    ['renewing a legacy Gold pack: when it ended', 'unknown', ['can I still renew the legacy gold benefits pack'], [/2025-01-22/], null],
    ['"is it still unlimited on today\'s program?" after the org\'s unlimited line', 'contoso-admin', ['our signature is unlimited since we have cloud platform, correct?', "is it still unlimited on today's program?"], [/(?<!\d)50(?!\d)/], null],
    ['"what does Success Core have instead" of Action Pack', 'northwind-admin', ['action pack had 10 on-prem incidents. what does success core have instead'], [/Partner Success Core: 2 incidents/], /Benefits of Northwind Traders/],
    ['Partner Center support costs no incident (not the prices)', 'unknown', ['does a ticket with partner center support (like for a sign-in problem) cost us one of our incidents'], [/free/], /Prices \(USD/],
    ['"파트너센터 지원팀 통하면요?" after a billing question is the frontline rule', 'woodgrove-user', ['중복으로 닫힌 티켓은 차감 안되나요?', '빌링 문의로 연건요?', '파트너센터 지원팀 통하면요?'], [/무료/], null],
    ['ASfP retiring', 'unknown', ['heard ASfP is being retired, true?'], [/2027/], null],
    ['Success Core refund window in Korean', 'woodgrove-admin', ['석세스 코어 환불 가능한가요 안쓸거 같아서요'], [/30일/], null],
    ['Microsoft 365 named with today\'s benefit name', 'unknown', ['M365 이슈도 파트너 클라우드 지원으로 티켓 열수있나요?'], [/Microsoft 365/, /관리 센터/], null],
    ['an org on today\'s program opening an on-prem case: engagecenter first', 'woodgrove-user', ['need to open an on-prem SQL Server case using our benefit. which site do I go to'], [/engagecenter\.microsoft\.com/], null],
    ['"F&O는요?" after Power Platform, for an org on today\'s program', 'woodgrove-admin', ['파워플랫폼 관리센터에서도 저희 클라우드 인시던트 쓸수있어요?', 'F&O는요?'], [/Manage support plans/], null],
    ['"what about the Success Core one" after the balances', 'woodgrove-admin', ['give me all our support balances pls', 'what about the success core one'], [/2 incidents, 1 left/], /Prices \(USD/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"and how many on-prem for each" keeps both memberships', 'unknown', ['action pack vs silver, which one gets cloud support', 'and how many on-prem for each'], [/Microsoft Action Pack · Microsoft Product Support: 10 incidents/, /Silver competency · Microsoft Product Support: 15 incidents/], null],
    ['moving up from Silver to Gold compares the two', 'fabrikam-admin', ['we are silver now. if we move up to gold next year what do we gain support-wise'], [/Gold competency · Microsoft Product Support: 20 incidents/, /Silver competency · Microsoft Product Support: 15 incidents/], /How long the benefit/],
    ['"we\'re out of Signature incidents, what now" is not today\'s program', 'litware-admin', ["we're out of signature incidents, what now", 'and on-prem, are we still ok there?'], [/15 left/], null],
    ['"i count 3 tickets opened though" is explained by the refund', 'contoso-user', ['how many on prem incidents do we have left', 'hm i count 3 tickets opened though'], [/refunded/], /Opening a support request/],
    ['"do i actually have to submit it?" while reading the balance', 'contoso-user', ["where can i see the balance myself? azure doesn't show it", 'which product do I pick there', 'do i actually have to submit it?'], [/Don't submit: no request is created/], null],
    ['"we\'re gold, so 20 right?" from someone without records', 'unknown', ['how many incidents do i have left', "we're gold, so 20 right?"], [/(?<!\d)20(?!\d)/], null],
    ['"answer in English? my colleague needs to read it" repeats the balance in English', 'woodgrove-admin', ['남은 클라우드 인시던트 몇개에요', 'sorry, can you answer in english? my colleague needs to read it'], [/49 left/], null],
    ['a membership being considered is not a claim', 'tailspin-admin', ["I'm global admin and want to activate our technical support benefits", 'we were looking at action pack - what would that give us'], [/10 incidents/], /not Microsoft Action Pack/],
    ['"where do i switch" after "no benefits"', 'fabrikam-user', ["benefits page says looks like you don't have any benefits yet but we're silver??", 'where do i switch'], [/Sign in with another account/], /Sorry, I didn't get that/],
    ['"can i just re-link the ids?" with the cloud line used up', 'litware-admin', ["our signature plan isn't showing up when I create a new support request in azure", 'can i just re-link the ids?'], [/linking won't offer it/], /Access ID: /],
    ['"who can do that, i\'m just a normal user" after an expired contract', 'adventure-user', ['our contract id stopped working in azure', 'who can do that, i\'m just a normal user'], [/Global admin/], /Access ID: /],
    ['"활성화하고 나면 얼마동안 쓸 수 있어요"', 'unknown', ['활성화하고 나면 얼마동안 쓸 수 있어요'], [/1년/], null],
    ['no membership: any way to get support', 'tailspin-admin', ['we have no partner membership at all. any way to get microsoft technical support?'], [/pay per incident|Premier/], /Sorry, I didn't get that/],
    ['staff: "the TAM error" is the already-associated message', 'staff', ['contoso again. Diego says Azure link gives the TAM error. should they ask for a new access id?'], [/ignore/i], /Unknown message/],
    ['staff: what activation would give the partner', 'staff', ['파브리캄 리디아님이 활성화 버튼이 회색이래요', '활성화하면 뭐 받아요?'], [/(?<!\d)15(?!\d)/], null],
    ['staff: when the partner used the last one', 'staff', ["litware can't see the partner plan in azure new support request. why", 'when did they use the last one?'], [/2021-04-24/], null],
    ['staff triage shows the on-premises balance as evidence', 'staff', ['Litware got "Support plan cannot be used for the specified product" when they tried to open an Exchange 2019 case in SfB. their on-prem pack is untouched though'], [/15 incidents, 15 left/], null],
    ['"저희 파트너 지원이 다 안돼요" reads the records', 'adventure-user', ['저희 파트너 지원이 다 안돼요 왜이래요'], [/만료/], /일선 지원팀/],
    ['"다 쓴거에요? 더 살 수 있어요?" answers both', 'litware-admin', ['시그니처 5팩 다 쓴거에요? 더 살 수 있어요?'], [/0개 남음|0 left/, /Premier|유료/], null],
    ['"갱신하면 ID 바뀌나요?" is not documented, said so', 'contoso-user', ['안녕하세요 저희 남은 인시던트 좀 알려주세요', '갱신하면 ID 바뀌나요?'], [/문서화되지 않음/], null],
    ['"do we get new IDs every year?"', 'unknown', ['do we get new IDs every year?'], [/Not documented/], null],
    ['"그럼 어떤 걸 사야 해요?" after Action Pack and Azure is the paid plans', 'unknown', ['액션팩인데 애저 문제 지원 받을 수 있어요?', '그럼 어떤 걸 사야 해요?'], [/Premier Support for Partners/], /Microsoft Action Pack의 기술 지원 혜택/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));
});

describe('own-records conversations, the desk and Korean (session 8: d38–d42)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['the count after one more request', 'contoso-user', ['I need to open a case for Exchange Server 2019, where do i go', 'ok and how many will be left after this one'], [/Support for Business/, /17 left \(now 18\)/], null],
    ['"이거 하나 쓰면 몇개 남아요?"', 'contoso-user', ['이거 하나 쓰면 몇개 남아요?'], [/17건 남습니다/], null],
    ['a doubted count split over two sentences is one question', 'contoso-user', ['남은게 18개라고요? 저희 세번 열었는데 17개 아니에요?'], [/환불/], /액세스 ID와 계약 ID 확인 위치/],
    ['"the number you gave me (18) looks wrong" on the first turn', 'contoso-admin', ['the number you gave me (18) looks wrong, we only had 1 real case'], [/refunded/, /18 left/], /Sorry, I didn't get that/],
    ['"which ones count then" and "how do I double check"', 'contoso-admin', ['the number you gave me (18) looks wrong, we only had 1 real case', 'which ones count then', 'and how do I double check outside this chat'], [/Support for Business/], /What counts as one incident/],
    ['"did I already activate?" says when and by whom', 'contoso-admin', ['did I already activate our technical benefits or not'], [/already activated: on 2021-03-15, by Megan Bowen/], null],
    ['"what is our access id and contract id again" shows them', 'contoso-admin', ['what is our access id and contract id again'], [/3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c/], null],
    ['"can I just mail them to the rest of the team"', 'contoso-admin', ['what is our access id and contract id again', 'can I just mail them to the rest of the team'], [/share/i], /How long the benefit/],
    ['IDs not showing right after activating: it takes time', 'fabrikam-admin', ['방금 활성화 눌렀는데 ID가 아직 안떠요'], [/기다렸다가/], null],
    ['"했어요 ID 나왔네요. 이제 몇개 있어요?" is the count', 'northwind-admin', ['활성화 버튼 어디있어요', '했어요 ID 나왔네요. 이제 몇개 있어요?'], [/인시던트 10개/], /파트너 센터에서 혜택을 활성화하세요/],
    ['"언제까지요?" after the benefits is how long they last', 'northwind-admin', ['활성화 버튼 어디있어요', '했어요 ID 나왔네요. 이제 몇개 있어요?', '언제까지요'], [/1년/], /선택지/],
    ['Global admin with no membership on record', 'tailspin-admin', ['i am global admin and still no benefits. is it my account'], [/no active membership for Tailspin Labs/], /Yes, you can activate/],
    ['"is that one limited?" about the cloud line', 'contoso-user', ['got a SQL Server 2019 problem on a customer box, which incidents does that use', 'and an azure vm issue in our own subscription?', 'is that one limited?'], [/unlimited/], null],
    ['"so for cloud what now" after Microsoft 365, with the cloud line used up', 'litware-admin', ['signature is used up, do we still have on-prem incidents', 'could we use those for exchange online', 'so for cloud what now'], [/pay per incident|Premier/], null],
    ['"woodgrove 클라우드 인시던트 몇개 있어요"', 'woodgrove-user', ['woodgrove 클라우드 인시던트 몇개 있어요'], [/49(개|건) 남음/], /이해하지 못했습니다/],
    ['"out of how many" after the balance in English', 'woodgrove-user', ['온프레미스 몇개 남음?', 'can you answer in english', 'out of how many'], [/20 incidents, 19 left/], /Sorry, I didn't get that/],
    ['"list our incidents please" then "which of those were signature"', 'contoso-admin', ['list our incidents please', 'which of those were signature'], [/2021-05-14/], null],
    ['an expired contract and "a new Access ID?": no, and when it expired', 'adventure-user', ['애저에서 지원 혜택 연결하니까 이미 연결돼있다고 에러나요. 새 액세스ID 받아야 되나요?'], [/2021-05-15/], null],
    ['"Partner Cloud Support라고 뜨던데 예전 시그니처랑 같은 건가요"', 'unknown', ['요즘 파트너센터에 Partner Cloud Support 라고 뜨던데 예전 시그니처 클라우드 지원이랑 같은건가요'], [/시그니처|Signature/, /2025/], null],
    ['"몇 달 안에 써야 돼요?" today', 'unknown', ['요즘 규정으로는 혜택 받고 몇 달 안에 써야 돼요?'], [/13/, /12/], null],
    ['badges merging: benefits unchanged', 'unknown', ['솔루션 파트너 배지가 3개로 합쳐진다는데 그럼 혜택도 줄어드는건가요'], [/변경되지 않|그대로|unchanged/], /문서화되지 않음/],
    ['"제가 예전에 SfB에 계약 연결 해놨었나요?"', 'contoso-user', ['제가 예전에 SfB에 계약 연결 해놨었나요? 기억이 잘 안나서'], [/2021-03-24/], null],
    ['"우리 시그니처 혜택은 어떻게 되어 있어요?"', 'contoso-user', ['우리 시그니처 혜택은 어떻게 되어 있어요?'], [/무제한/, /9개 남음/], /이해하지 못했습니다/],
    ['the plan to pick for a CSP customer', 'contoso-agent', ['고객 애저 구독 이슈로 티켓 열어야 함', '지원 플랜은 뭘로 고르면 돼요? 우리 시그니처 계약?'], [/Cloud Solution Provider|클라우드 솔루션 공급자/], /이해하지 못했습니다/],
    ['M3, no plan, and the end date already passed in SfB', 'unknown', ['이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요.', '무시하고 새 지원 요청 갔는데 파트너 플랜이 안 떠요', 'SfB에서 보니까 종료일이 이미 지났네요'], [/만료/], /Azure Portal에만 해당/],
    ['today\'s deduction rule, then a bug', 'unknown', ['요즘 프로그램은 인시던트 차감 기준이 어떻게 돼요', '버그로 판명되면요?'], [/환불/], null],
    ['more than Gold\'s 20 is paid support, not the table', 'unknown', ['is it possible to get more than 20 incidents with gold?'], [/pay per incident/], /What Gold competency gives you/],
    ['"does gold give more incidents than silver?" is still the comparison', 'unknown', ['does gold give more incidents than silver?'], [/Gold competency · Microsoft Product Support: 20 incidents/], /Paid partner support plans/],
    ['"our support status" is the org\'s benefits, then "what about cloud" with the cloud line used up', 'litware-admin', ['hi, quick check on our support status pls', 'what should we do about cloud?'], [/all 5 used, 0 left/], /How to activate/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['a person named instead of the company, with the refunds asked', ['Adele Vance 있는 회사요 온프렘 몇 건 썼어요? 환불된것도 있나'], [/Contoso Cloud Partners \(org-contoso\)/, /환불/], null],
    ['"Christie Cline\'s company" is Woodgrove, and no guess beside the records', ["Christie Cline's company - which program are they on?"], [/Woodgrove Bank Partners/, /Solutions Partner/], /not authorized/],
    ['the reason a partner has no IDs, with evidence', ['패브리캄 솔루션즈에서 파트너센터에 액세스 ID가 안보인다고 하네요', '원인이 뭐에요? 근거도 같이요'], [/활성화되지 않았습니다/], null],
    ['"본인이 직접 해도 되나요?" names who may activate', ['노스윈드 린 로빈스님이 활성화 어디서 하는지 물어보네요', '본인이 직접 해도 되나요?'], [/MPN 파트너 관리자/], /이해하지 못했습니다/],
    ['"could Alex Wilber do it? he is admin agent"', ['contoso - who activated their benefit and when', 'and if they needed to do it again, could Alex Wilber do it? he is admin agent'], [/Global admin|MPN partner admin/], /Support requests for CSP customers/],
    ['"diagnosis? with evidence pls" after a pasted M3', ['diego siciliani (contoso) is trying to link their ids in azure and gets: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.', 'diagnosis? with evidence pls'], [/ignore/i], /Sorry, I didn't get that/],
    ['"what do they need to do" after an expired contract', ['adventureworks - membership is still active isn\'t it? so why can\'t they use their incidents', 'what do they need to do'], [/Global admin|MPN partner admin/], null],
    ['"why only 5 on cloud?" after what the partner gets', ['fabrikam is silver in messaging. what do they get exactly', 'why only 5 on cloud?'], [/not a cloud competency/], /How to activate/],
    ['where a partner checks the balance, and whether it opens a ticket', ['contoso wants to check their remaining incidents themselves. where?', 'step by step? and will it create a ticket'], [/Windows 10/, /Don't submit: no request is created/], null],
    ['"draft me a reply to send her"', ['fabrikam solutions, lidia holloway asked why she has no access id', 'draft me a reply to send her'], [/Lee Gu/], /Sorry, I didn't get that/],
    ['"pls write the reply in korean, he prefers korean"', ['contoso - diego gets the access id already associated error in azure, he linked in support for business before', 'pls write the reply in korean, he prefers korean'], [/무시/], null],
    ['a person named in Hangul ("크리스티 클라인님 회사") is that person\'s org', ['크리스티 클라인님 회사 인시던트 몇 개 남았어요?'], [/Woodgrove Bank Partners/, /49건 남음/], /Support for Business를 엽니다/],
    ['"테일스핀이 액션팩 사면 클라우드도 되요?" is what Action Pack would give', ['테일스핀이 액션팩 사면 클라우드도 되요?'], [/인시던트 10개/, /Signature Cloud Support가 없/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"where do we use our 10 incidents" with Action Pack named', ["we're an action pack partner, where do we actually use our 10 incidents"], [/Support for Business/], null],
    ['no membership stated after "no benefits"', ["partner center: Looks like you don't have any benefits yet", "tried another account, same thing. honestly we don't have any membership, we just registered in partner center"], [/pay per incident|Premier/], /Sorry, I didn't get that/],
    ['"how do I check how many we have left, we\'re silver" is where to check', ["how do i check how many incidents we have left, we're silver", "i'm in support for business now, what do i click"], [/Windows 10/], /How can I help/],
    ['a CSP partner\'s own subscription: link in Azure', ["we're a csp partner - can we use the cloud solution provider support plan for our own azure subscription", "we're gold cloud platform btw. so how do we get support on our own sub then"], [/Link support benefits/], null],
    ['Exchange 2010 with Gold named is the version rule, then the options', ['can we use our gold incidents for an exchange 2010 issue', 'then what are our options'], [/pay-per-incident|Premier/], null],
    ['last year\'s contract gone from Azure after renewing', ["our gold membership renewed but the contract from last year doesn't show in azure anymore"], [/expir/], /What Gold competency gives you/],
    ['a correction to Silver with Cloud Platform is the Silver counts', ['we have the action pack. do we get cloud support?', 'wait no, we earned a silver cloud platform competency last month'], [/15 incidents/], /The six cloud competencies/],
    ['no partner plan to pick after ignoring M3, Gold named', ["linked our support benefit in azure, got the already associated error, ignored it like you're supposed to", "but when i do + New support request there's no partner plan to pick. we're gold cloud platform"], [/Support for Business/], /What Gold competency gives you/],
  ])('unknown partner: %s', (_name, lines, facts, wrong) => expectLastReply('unknown', lines, facts, wrong));
});

describe('roles, pasted errors, then and now, and the desk (session 9: d43–d52)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['an Admin agent asking whether they may activate: no, who may, and what the role is for', 'contoso-agent', ['관리 에이전트 역할인데 제가 활성화 할 수 있나여'], [/관리 에이전트입니다/, /Megan Bowen: 전역 관리자/, /CSP 고객의 지원 요청/], /Access ID: 3f2b/],
    ['"i\'m not an admin though" in the activation thread names who is', 'fabrikam-user', ['ok where do i activate it?', "i'm not an admin though"], [/Lee Gu: Global admin/], null],
    ['"저는 그냥 일반 사용자인데요" after where to open a request', 'fabrikam-user', ['실버 혜택으로 온프레미스 티켓 열고 싶은데 뭐부터 해야 돼요?', '저는 그냥 일반 사용자인데요'], [/Lee Gu: 전역 관리자/], /이해하지 못했습니다/],
    ['"우리 회사 파트너 관리자가 누구임?"', 'woodgrove-user', ['우리 회사 파트너 관리자가 누구임?'], [/Christie Cline/], /현재 기준입니다/],
    ['"관리자가 누군데요?" after "not authorized"', 'woodgrove-user', ['기술 지원 및 상담 들어갔더니 "이 작업에 대한 권한이 없습니다." 나오네요', '관리자가 누군데요?'], [/Christie Cline/], null],
    ['"can I activate myself?" as a plain user: activated already, by whom, and who may', 'contoso-user', ['can I activate our support benefits myself? or do I need someone'], [/by Megan Bowen/, /Adele Vance: MPN partner admin/], null],
    ['the three roles compared, one line each', 'unknown', ['global admin vs mpn partner admin vs admin agent - what does each do for the support benefit, one line each'], [/either one can activate/, /Admin agent: can't activate/, /CSP customers/], null],
    ['"역할 3개 뭐뭐예요?"', 'unknown', ['기술 지원 혜택 페이지에 역할 3개 써있던데 뭐뭐예요?'], [/전역 관리자와 MPN 파트너 관리자/, /관리 에이전트: 활성화할 수 없습니다/], /멤버십별 기술 지원 인시던트/],
    ['a greyed-out button names who may activate', 'northwind-user', ['파센에서 아직 혜택이 없는 것 같습니다. 뜨는데 우리 액션팩 있지 않나요', '다른 계정으로 들어가니까 보이네요. 근데 활성화 버튼이 회색이에요'], [/Lynne Robbins: MPN 파트너 관리자/], null],
    ['"can I give the password too?": no, the IDs only', 'contoso-admin', ['우리 계약 ID 뭐였죠? 새 직원한테 공유해야 돼서', '비번도 같이 줘야 되나요?'], [/비밀번호/], /이해하지 못했습니다/],
    ['"그냥 여기서 알려주면 안돼요?" shows the IDs in a private chat', 'contoso-user', ['우리 액세스 ID랑 계약 ID 어디서 봐요?', '그냥 여기서 알려주면 안돼요? 파센 들어가기 귀찮'], [/7741203398/], null],
    ['an expired contract: "why? the membership is still valid" and "how do we use it again?"', 'adventure-user', ['작년에 활성화한 ID 아직 쓸 수 있나요?', '왜요? 멤버십은 아직 유효한데', '어떻게 하면 다시 써요?'], [/만료된 계약은 다시 쓸 수 없습니다/, /전역 관리자나 MPN 파트너 관리자/], /이해하지 못했습니다/],
    ['"is our membership gone?" beside "no benefits yet": what the org holds', 'woodgrove-user', ['"Looks like you don\'t have any benefits yet" on the benefits page, is our membership gone?'], [/holds Solutions Partner designation, Partner Success Core/], null],
    ['"not authorized" from a CSP-side account: activated already, and by whom', 'contoso-csp', ["hi! quick one. PC says 'You are not authorized for this action' on Benefits. is it because nobody activated our benefits yet?"], [/already activated its benefits \(on 2021-03-15, by Megan Bowen\)/], null],
    ['"switched, what next?" after "not authorized" is activating', 'fabrikam-admin', ["i'm GA of our company and still get 'You are not authorized for this action' when I try to activate. how??", 'ok I switched to the right account now, what next?'], [/not activated yet/, /Activate/], null],
    ['"switched, still the same" stays on "no benefits yet"', 'tailspin-admin', ["Benefits page says 'Looks like you don't have any benefits yet'. We're a Microsoft partner, what gives?", 'I switched accounts like the page says, still the same'], [/no active membership for Tailspin Labs/], /Sorry, I didn't get that/],
    ['"근데 클라우드 지원은 왜 없어요?" after switching accounts: Action Pack has none', 'northwind-admin', ["액티베이트 하려고 하는데 '이 작업에 대한 권한이 없습니다.' 나와요. 저 MPN 파트너 관리자 맞는데요", '다른 계정으로 했더니 됐어요. 근데 클라우드 지원은 왜 없어요?'], [/Action Pack에는 Signature Cloud Support가 없습니다/], null],
    ['numbered questions beside a pasted error: both answered', 'contoso-user', ["two things: (1) Azure says 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.' (2) how many on-prem incidents do we still have?"], [/Ignore the message|ignore/i, /18 left/], null],
    ['"1) … 2) … 3) …" in one message: each answered', 'fabrikam-admin', ['1) how many incidents do we get 2) who can activate 3) where do i open on-prem tickets'], [/15 incidents/, /Who can activate in Fabrikam Solutions/, /Support for Business/], null],
    ['"몇 개 썼어요? 언제?" is the history with dates', 'woodgrove-admin', ['우리 온프레미스 몇 개 썼어요? 언제?'], [/인시던트 사용 기록/, /2021-04-17/], /유효 기간/],
    ['"what\'s that benefit called today?" after the balance is the org\'s own membership renamed', 'contoso-user', ['how many on-prem incidents do we have left?', "what's that benefit called today?"], [/Solutions Partner designation/, /Partner On-premises Support/], null],
    ['"골드 역량 없어졌다던데 언제 끝났어요?" after the balance', 'contoso-admin', ['우리 골드 시그니처 hybrid 쪽 몇개 남았어요?', '근데 골드 역량 없어졌다던데 언제 끝났어요?'], [/2022-09-30/], /사용 기록/],
    ['"is it still 5 in the new program?" is what Silver became', 'litware-admin', ['our signature cloud incidents are all used, right?', 'is it still 5 in the new program?'], [/Solutions Partner designation/, /50 Partner Cloud Support/], null],
    ['"그럼 지금 남은건?" is the balance, not today\'s program', 'contoso-admin', ['gold 인데 cloud platform 이랑 data analytics 역량 있어요 시그니처 몇개 나와요?', '그럼 지금 남은건?'], [/9개 남음/], /Solutions Partner 지정/],
    ['"지금까지 몇번 썼나요" is not today\'s program', 'contoso-mpn', ['안녕하세요~ 저희 클라우드 플랫폼 골드라 시그니처는 무제한이죠? 지금까지 몇번 썼나요'], [/무제한/], /문서화되지 않음/],
    ['the cheapest offer with incidents today', 'tailspin-admin', ['지금 살 수 있는 것 중에 지원 인시던트 들어있는 제일 싼거 뭐에요?'], [/Success Core 925/], /유료 파트너 지원 플랜/],
    ['"what should we buy?" after "no benefits yet" is what each membership gives', 'tailspin-admin', ['혜택 페이지에 \'아직 혜택이 없는 것 같습니다.\' 라고만 떠요;; 왜그런거죠', '그럼 뭘 사야 돼요? 인시던트 몇개 받을수있어요?'], [/인시던트 10개/, /인시던트 15개/], null],
    ['balances "right now" on today\'s program', 'woodgrove-admin', ['did I activate both the designation and the core benefits ok? what are our balances right now'], [/49 left/, /19 left/, /1 left/], null],
    ['"why is one unlimited and the other 10?" names the cloud competency', 'contoso-admin', ['우리 시그니처 몇개 남았어요?', '왜 하나는 무제한이고 하나는 10개에요?'], [/클라우드 플랫폼은\(는\) 클라우드 역량/], null],
    ['the two Signature lines compared', 'contoso-user', ['whats the difference between the two signature lines we have and how many on each'], [/Cloud Platform is a cloud competency/, /9 left/], /Sorry, I didn't get that/],
    ['"did anyone on my team link our contract yet?" is the accounts on record', 'contoso-user', ['did anyone on my team link our contract to their account yet?'], [/2021-03-24/], /Sorry, I didn't get that/],
    ['"온프렘 쪽도 그때 같이 바뀜?" after a rename', 'unknown', ['혹시 언제부터 이름이 바뀐건지 아세요? 시그니처 -> 파트너 클라우드 지원 이거요', '온프렘 쪽 Microsoft 제품 지원도 그때 같이 바뀜?'], [/Partner On-premises Support/], /N-1/],
    ['"지금 프로그램에서는 이게 뭐라고 불려요?" after two questions is what the org\'s membership became', 'contoso-user', ['우리 시그니처 남은 거 몇 개고 온프렘은 몇 개예요? 그리고 그거 언제까지 써야 돼요', '그럼 지금 프로그램에서는 이게 뭐라고 불려요?'], [/Solutions Partner 지정/], /유효 기간/],
    ['a pack name "뭐라고 떠요" today', 'litware-admin', ['Partner Signature 5pack 은 이제 포털에 뭐라고 떠요? 헷갈리네'], [/Partner Cloud Support/], null],
    ['"IDs 링크 한번 하면 평생 가요?" is how long it lasts', 'unknown', ['IDs 링크 한번 하면 평생 가요? 매년 다시해야돼요?'], [/1년/], /이해하지 못했습니다/],
    ['"2026년 지금도 그 규칙 그대로예요?": a year is not a count, so not what Gold became', 'unknown', ['N-2 버전도 되나요?', '2026년 지금도 그 규칙 그대로예요?'], [/N-1|메인스트림/], /명칭의 현재 이름/],
    ['"so who do we contact then?" after the Azure error stays on the error', 'contoso-admin', ['azure says access id already associated?? we dont even have a TAM', 'so who do we contact then?'], [/Ignore the message/], /How to activate/],
    ['"윈도우 골라도 돼요?" is not a person who may activate', 'contoso-agent', ['시그니처 잔여 건수 어디서 봐요?', '윈도우 골라도 돼요? 클라우드 건데'], [/남은 인시던트/], /활성화 방법/],
    ['a numbered list without question marks: each line answered', 'northwind-user', ['1) can I use my outlook.com account for tickets\n2) is it on-prem only for us?\n3) how many do we get'], [/A Microsoft account works too/, /10 incidents/], null],
    ['on-prem vs Signature, and which portal for each, is the two benefits side by side', 'unknown', ['how is on-prem support different from signature cloud support, and which portal do I use for each?'], [/Support for Business/, /Azure portal/], null],
    ['a message described in Korean words is not "not authorized" ("사용할 수 없다는 메시지")', 'unknown', ['잔여 건수 보려고 윈도우10 선택했더니 시그니처 플랜에 지정된 제품에 사용할 수 없다는 메시지가 떠요'], [/정상|예상/], /권한이 없습니다/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['an error described in words ("권한 없다는 에러") is that message, then the CSP side', ['Contoso의 Isaiah Langer님이 파트너센터에서 권한 없다는 에러 난다고 연락왔어요'], [/CSP 측에만 속해/], /알 수 없는 메시지/],
    ['"TAM 없는데 새 액세스 ID" is the already-associated message, not a quote', ['컨토소가 Azure 오류 때문에 새 액세스 ID 발급해달래요 TAM 없는데 어떡하죠'], [/무시하세요/, /85% 일치/], /알 수 없는 메시지/],
    ['a message pasted first, the partner named next', ["looks like you don't have any benefits yet <- partner screenshot says this", 'its Lidia Holloway at Fabrikam'], [/Staff triage/, /signed-in account/], null],
    ['M4 while reading balances, the partner named next: harmless', ['partner pasted "Support plan cannot be used for the specified product" from support for business. what does it mean?', "it's Diego at Contoso, he picked Windows 10 just to check their Signature balance"], [/Expected while reading balances/], null],
    ['a partner the records don\'t have', ['Blue Yonder Airlines says they have 20 on-prem incidents left, can you confirm from our records?'], [/No organization matches "Blue Yonder Airlines"/, /can't find/], /How to see your incidents left/],
    ['a Hangul partner name the records don\'t have ("확인해주세요" is no name)', ['알파인 스키 하우스 잔여 인시던트 확인해주세요'], [/"알파인 스키 하우스"에 해당하는 조직이 없습니다/], /Contoso/],
    ['the company of a person, not the person ("Kim Minjun from Wingtip Toys")', ['can you find Kim Minjun from Wingtip Toys'], [/No organization matches "Wingtip Toys"/], null],
    ['"lookup <org>: <question>" looks the org up', ['lookup Fabrikam Solutions: are they activated?'], [/Fabrikam Solutions \(org-fabrikam\)/, /not activated yet/], /No organization matches/],
    ['"Lidia Holloway는 안돼요?" about the partner in view', ['fabrikam 솔루션즈에서 활성화 할 수 있는 사람 누구에요', 'Lidia Holloway는 안돼요?'], [/Lidia Holloway 님은 기록상 사용자\(이\)라 활성화할 수 없습니다/], null],
    ['a partner\'s how-to question answered beside the records', ['pradeep.gupta@litware.example 이분이 남은 인시던트 직접 확인하는 방법 물어봐요'], [/Litware Inc\. \(org-litware\)/, /Support for Business를 엽니다/], null],
    ['"온프렘은 쓸수 있죠?" after the Signature plan missing', ['litware inc Azure 티켓 못연대요. 지원플랜 선택에서 시그니처가 안보인다고', '온프렘은 쓸수 있죠?'], [/15개 남음/], null],
    ['a reply asked with the count in it is the balance', ['contosso 파트너 좀 찾아주세요', '만료일은요?', '그럼 지금 몇개 남았는지 파트너한테 보낼 답장 써줘요'], [/18/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('fresh questions, today\'s offers and the desk (session 10: d55–d60)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"액세스 ID가 뭐예요?" is what the IDs are, not the "already associated" message', 'unknown', ['안녕 봇 👋', '액세스 ID가 뭐예요?'], [/계약 ID/], /무시하세요/],
    ['"18?? shouldnt it be 17" after the balance is why (a refund)', 'contoso-user', ['how many incidents do we have left', '18?? we opened 2 tickets... wait no 3. shouldnt it be 17'], [/1 of them refunded: [0-9]+ used, so 18 left/], /Opening a support request/],
    ['"once it\'s on how many on-prem ones do we get" is what the membership gives', 'fabrikam-user', ["can i see our access id? need to open a case for exchange server", "who's our admin then", "once it's on how many on-prem ones do we get"], [/15 incidents/], /Enter the IDs once/],
    ['"엔지니어랑 여러 번 통화하면 여러 개 차감?" is what one incident is', 'contoso-user', ['인시던트 1개 기준이 뭐에요?', '엔지니어랑 여러 번 통화하면 여러 개 차감?'], [/여러 번 연락해도 한 인시던트/], /한 번만 입력/],
    ['Core vs Expanded with prices and "which gets more cloud tickets": both offers', 'northwind-admin', ['how much is success core vs expanded per year, and which one gets more cloud tickets?'], [/Success Core 925/, /Partner Success Core: 2 incidents/, /Partner Success Expanded: 5 incidents/], null],
    ['"코어로 바꾸면 온프레미스 몇개?": not included, and which offer has them (20)', 'northwind-user', ['석세스 코어로 바꾸면 온프레미스 인시던트는 몇개 나와요?'], [/포함되지 않음/, /인시던트\(20건\)는 Solutions Partner 지정에만/], null],
    ['"and if we had only bought Core?" after the balance is what Core gives', 'woodgrove-admin', ['how many on-prem incidents do we have left', 'and if we had only bought success core?'], [/Partner On-premises Support — Partner Success Core: not included/], /refunded within 30 days/],
    ['"what\'s considered on-prem vs cloud?" is which products each covers', 'unknown', ['whats considered on-prem vs cloud for these incidents?? like windows server vs azure vms'], [/Which products are covered/, /N-1/], /Opening a support request/],
    ['"the paid option that\'s cloud only" is the paid plans', 'northwind-admin', ["no cloud benefit for us (action pack). whats the paid option that's cloud only?"], [/Paid partner support plans/, /Advanced Support for Partners: cloud products only/], null],
    ['"what\'s left on our Partner Cloud Support?" is the own balance, whatever the benefit is called today', 'woodgrove-user', ["what's left on our partner cloud support?"], [/49 left/], /Technical support incidents in the Microsoft AI Cloud Partner Program/],
    ['"새 프로그램으로 갈아타면 클라우드 생겨요?" is what the org\'s Action Pack became', 'northwind-user', ['우리 혜택 뭐 있어요?', '클라우드는?', '그럼 새 프로그램으로 갈아타면 클라우드 생겨요?'], [/Partner Success Core\(Partner Cloud Support 2건\)/], null],
    ['"그것도 활성화 해야돼요?" after TPD: it needs none', 'unknown', ['기술 혜택 페이지에 TPD는 뭐예요?', '그것도 활성화 해야돼요?'], [/TPD는 활성화할 필요가 없습니다/], /기술 지원 혜택 활성화 방법/],
    ['"signature = cloud only?" is the cloud benefit', 'fabrikam-user', ['signature = cloud only?'], [/For Azure and other cloud products the benefit is Signature Cloud Support/, /cloud products only/], /The six cloud competencies/],
    ['a colleague\'s link described in the message\'s words is whether the IDs are one account\'s only, not the message', 'contoso-mpn', ['동료가 이미 저희 액세스 ID랑 계약 ID를 자기 계정에 연결했대요. 이거 한 계정에만 쓸 수 있는 거죠? 전 못 쓰나요?'], [/같은 액세스 ID와 계약 ID를 한 번 입력/], /메시지를 무시하세요/],
    ['"where do i get them tho?" after linking is where the IDs are', 'contoso-mpn', ['diego already linked our access id and contract id to his account. can i still link them to mine or are they burned now', 'where do i get them tho, do i have to ask diego or an admin?'], [/Every user of your company can also see them in Partner Center/], /Sorry, I didn't get that/],
    ['a new login: the IDs are entered once per sign-in account', 'contoso-user', ["tenant migration next month, i'm getting a new login. will my support contract link just follow me to the new account?"], [/Enter the IDs once per sign-in account/], /Benefits of Contoso/],
    ['"separate IDs for each of my 4 engineers? 15 each?": one pair, one balance for the company', 'fabrikam-admin', ['after i activate do i get separate ids for each of my 4 engineers? and do they each get 15 incidents?'], [/One Access ID and Contract ID serve the whole company/, /Microsoft Product Support: 15 incidents/], null],
    ['"각자 15개씩이에요?" after the IDs being shared', 'fabrikam-admin', ['활성화하면 엔지니어 4명한테 각각 다른 ID가 나오나요?', '그럼 인시던트는 각자 15개씩이에요?'], [/회사 전체가 함께 쓰는 하나의 잔여량/, /인시던트 15개/], /기술 지원 혜택 활성화 방법/],
    ['"역할 이름 뭐로 바뀜?" after naming the MPN partner admin is that role\'s new name', 'northwind-admin', ['2021년엔 MPN 파트너 관리자가 활성화했잖아요', '2026년 기준으로는 역할 이름 뭐로 바뀜?'], [/파트너 관리자\(Microsoft AI 클라우드 파트너 프로그램\)/], /Partner Success Core/],
    ['"요즘 프로그램에선 유효기간 규칙이 어떻게 돼요?" after an expired contract is today\'s validity rule', 'adventure-user', ['우리 계약 만료됐다고 나오는데 멤버십은 내년까지잖아요 왜 그래요??', '요즘 프로그램에선 유효기간 규칙이 어떻게 돼요?'], [/13개월/, /12개월/], null],
    ['"요즘 프로그램에선 어떤 경우에 인시던트 돌려받아요?" after a refund on record is today\'s refund rule', 'contoso-user', ['저희 온프렘 인시던트 하나 환불됐던데 그거 뭐예요?', '요즘 프로그램에선 어떤 경우에 인시던트 돌려받아요?'], [/중복 또는 버그/], null],
    ['"does that still come with on-prem incidents?" after what replaced Action Pack: only the designation (20)', 'northwind-admin', ["we have action pack, 10 on-prem incidents a year. what replaced action pack in today's program?", 'does that still come with on-prem incidents? we mostly do windows server work'], [/Partner On-premises Support — Solutions Partner designation: 20 incidents/], /How long the benefit and the IDs last/],
    ['"in today\'s program … on-prem too, what\'s the cheapest" is today\'s offers with prices', 'fabrikam-admin', ["hey bot 🙂 we're silver messaging, 15 on-prem + 5 signature iirc?", "if we had to pick something in today's program with the same kind of support (on-prem too) what's the cheapest"], [/designation fee 4,875/, /Partner On-premises Support — Solutions Partner designation: 20/], /Sorry, I didn't get that/],
    ['"a timeline of what happened to MPN since 2021" is the whole timeline', 'unknown', ['can someone give me a timeline of what happened to MPN since 2021? gold/silver, action pack, signature etc'], [/2022-09-30/, /2025-06-23/], null],
    ['"실버 역량 있으면 솔루션 파트너 지정 자동으로 받아요?" is what the designation needs', 'litware-admin', ['실버 역량 있으면 솔루션 파트너 지정 자동으로 받는 거예요?'], [/100점 만점에 70점 이상/], null],
    ['"아 한국어로 다시 말해줄래요?" is the last answer in Korean (an interjection is no question)', 'contoso-user', ['how many onprem incidents do we have left', '아 한국어로 다시 말해줄래요?'], [/18개 남음/], /이해하지 못했습니다/],
    ['"numbers don\'t add up" after the balance is a doubt, not whether offers add up', 'contoso-user', ['@PartnerSupport hey how many on-prem incidents do we still have?', "hmm pretty sure we opened 3 of those 🤔 numbers don't add up"], [/1 of them refunded: [0-9]+ used, so 18 left/], /Not documented/],
    ['"what would action pack get us" after "no benefits yet" is what Action Pack gives', 'tailspin-admin', ['seeing "Looks like you don\'t have any benefits yet" in partner center', 'so i just sign in with another account and it works?', 'what would action pack get us'], [/What Microsoft Action Pack gives you/, /10 incidents/], null],
    ['"are they active already? who can switch them on" is activation with who may', 'fabrikam-user', ['what do we get as silver? messaging comp', 'wait is messaging a cloud competency?', 'ok and are they active already? who can switch them on'], [/not activated yet/, /Lee Gu: Global admin/], /The six cloud competencies/],
    ['"and if not what are our options" after the versions covered stays on them (paid options there)', 'contoso-user', ['does onprem support cover any version? we still run some old exchange 2010 boxes lol', 'and if not what are our options'], [/pay-per-incident or a paid plan/], /How can I help/],
    ['"which competencies count as cloud for the unlimited signature thing?" is the list, not the own records', 'contoso-mpn', ['which competencies count as "cloud" for the unlimited signature thing?'], [/The six cloud competencies/, /Enterprise Mobility Management/], null],
    ['"그럼 지원 인시던트는요?" after TPD: they need activating, and who does it', 'fabrikam-user', ['TPD도 활성화해야 돼요?', '그럼 지원 인시던트는요?'], [/혜택은 아직 활성화되지 않았습니다/, /전역 관리자/], /기술 사전 판매 및 배포/],
    ['"do they all log in with my account?" is each with their own account, the same IDs', 'contoso-mpn', ['our 4 engineers each need to open tickets. do they all log in with my account or how does this work'], [/enters the same Access ID and Contract ID once with their own account/], /Opening a support request/],
    ['"why doesn\'t azure offer our partner support plan anymore" is the plan missing, from the records', 'litware-admin', ["why doesn't azure offer our partner support plan anymore when i create a ticket"], [/expired or has no incidents left/], /Technical support incidents in the Microsoft AI Cloud Partner Program/],
    ['"closed as a duplicate, did we get that incident back?" is the own history', 'woodgrove-user', ['one of our cloud cases got closed as a duplicate back in april. did we get that incident back?'], [/Requests on record for Woodgrove Bank Partners/, /49 left/], null],
    ['the Signature plan among the unavailable plans while reading balances with Windows: expected', 'contoso-user', ['checking our balance in SfB with windows 10 like the docs say', "my signature plan is sitting under 'unavailable support plans' - is it expired or broken??"], [/that is expected/], /An expired or used-up plan/],
    ['"which account do I sign in to Partner Center with?" is one of the membership tenant', 'unknown', ['파트너 센터에 어떤 계정으로 로그인해야 기술 혜택이 보여요? 회사 계정이 여러개라 헷갈리네요'], [/멤버십 테넌트의 계정/, /다른 계정으로 로그인/], /Microsoft 계정도 사용할 수 있습니다/],
    ['"which account should i sign into partner center with?" as a known user', 'contoso-csp', ['which account should i sign into partner center with to see our technical benefits?'], [/Sign in to Partner Center with a membership account/, /You are not authorized for this action/], /I don't know your organization/],
    ['"how do we get azure help for the rest of the year?" after the cloud line used up, then "how much?"', 'litware-admin', ['hey, quick q - do we still have any signature tickets left?', 'ok so how do we get azure help for the rest of the year', 'and how much would that cost roughly'], [/Paid partner support plans/], /How long the benefit and the IDs last/],
    ['"link our IDs again every year?" on today\'s program: today\'s rule (once per account, per year, per offer)', 'woodgrove-user', ['do we have to link our IDs again every year?'], [/Link once per user account, per year, per offer/], null],
    ['"we never bought any membership. so what are our options" after "no benefits yet" is paid support', 'tailspin-admin', ['benefits page just says looks like you dont have any benefits yet', 'we never bought any membership tbh. so what are our options'], [/Paid partner support plans/, /Advanced Support for Partners/], /How can I help/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['a partner the records don\'t have, with a pasted message: said so, and the message triaged', ['check Relecloud - partner pasted Looks like you don\'t have any benefits yet'], [/Staff triage/, /No organization matches "Relecloud": /], null],
    ['"Priya Raman\'s company" is the partner asked about', ["can you check Priya Raman's company? she's getting the TAM / already associated error in azure"], [/Staff triage: Ignore the message/, /No organization matches "Priya Raman"/], null],
    ['"what to do next" after a triage stays on the message', ['Lee Gu (Fabrikam) got Access ID is already associated ... in azure. how??', 'what to do next'], [/Global admin or MPN partner admin activates it/], /Sorry, I didn't get that/],
    ['"시그니처 5팩은?" then "언제 바뀌었어?" after a pack\'s new name: that pack, then when it changed', ['Partner support Gold 20pack 요즘 포털에서 뭐라고 보여?', '시그니처 5팩은?', '언제 바뀌었어?'], [/시그니처 클라우드 지원 변경 시점/, /2025-06-23/], /골드 역량 변경 시점/],
    ['"litware usage history + dates" is the requests on record', ['litware usage history + dates pls'], [/Requests on record for Litware Inc\./, /2021-03-27/], null],
    ['"show me the history" after a triage is the partner\'s requests', ["Pradeep Gupta @ Litware: Access ID is already associated... when linking in azure. diagnose", 'show me the history'], [/SR 22103040000005/], /Staff triage/],
    ['"who activated it back then" is the partner\'s records, not the Partner Membership Center era', ["Adventure Works Cycles - Johanna Lorenz gets 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.' from azure. their gold is active, whats up", 'who activated it back then'], [/on 2020-05-15, by Johanna Lorenz/], /Partner Membership Center/],
    ['a partner\'s status says when and by whom it was activated', ['contoso 조직 상태 알려주세요'], [/활성화된 날: 2021-03-15 \(Megan Bowen\)/], null],
    ['"will re-linking reset it?" about a partner: the records, and linking won\'t bring a used-up plan back', ['litware want to just re-link the IDs in azure to reset it, will that help?'], [/Litware Inc\. \(org-litware\)/, /linking won't offer it/], null],
    ['"그럼 파트너한테 뭐라고 해요" after a partner with no membership is what "no benefits yet" says', ['테일스핀 랩스 조회해줘', '그럼 파트너한테 뭐라고 해요'], [/활성 멤버십이 없어/], /현재 이름/],
    ['a partner with no membership: "how to activate" is answered with who could, not "no benefits yet" again', ['Tailspin Labs asks how to activate their technical benefits.', 'Who there could buy one?'], [/Nestor Wilke: Global admin/], null],
    ['a partner with no membership: "and if they bought action pack?" is what Action Pack gives', ['tailspn labs asked how many support incidents they get', 'and if they bought action pack?'], [/What Microsoft Action Pack gives you/, /10 incidents/], /Looks like you don't have any benefits yet/],
    ['"no benefits yet" from a partner on today\'s program is triaged with its offers', ["woodgrove's Grady Archie: Looks like you don't have any benefits yet. aren't they on the new program?"], [/Staff triage/, /check the signed-in account/, /Woodgrove Bank Partners/], /Unknown message/],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('today\'s counterparts, refunds, conversations and the desk (session 11: d65–d74)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"and what would that be on today\'s program?" after the balance: the membership\'s counterpart today', 'contoso-user', ['how many on-prem incidents do we have left', "ok and what would that be on today's program?"], [/Solutions Partner designation/, /20 Partner On-premises Support incidents/], null],
    ['"그럼 지금 프로그램이면요?" after the balance: the same, in Korean', 'litware-admin', ['우리 온프레미스 인시던트는 몇 개 남았어요?', '그럼 지금 프로그램이면요?'], [/Solutions Partner 지정/, /Partner On-premises Support 20건/], null],
    ['"what do silver partners get on the new program": the counterpart, not the own records', 'fabrikam-user', ['wat do silvr partnrs get on the new progrm lol, like on prem incidnets'], [/Silver competency → Solutions Partner designation/], /Benefits of Fabrikam/],
    ['"is that the same role setup in the new program?" after activation stays on activation', 'adventure-user', ["can I re-activate it myself? i'm just a normal user", 'is that the same role setup in the new program?'], [/Global admin/], /Gold competency → Solutions Partner/],
    ['"cheapest offer today with any incidents" is today\'s offers with prices', 'tailspin-admin', ['we never had an MPN membership. which is the cheapest offer today that comes with any support incidents at all?'], [/Success Core 925/, /Partner Success Core: 2 incidents/], /MAICPP\) \(since/],
    ['a pasted "no benefits yet" and a question after it: both answered', 'tailspin-admin', ['"아직 혜택이 없는 것 같습니다" 뜨는데요, 지원 인시던트 있는 오퍼 중에 제일 싼 게 뭐예요?'], [/아직 혜택이 없는 것 같습니다/, /Success Core 925/], null],
    ['a quote inside a sentence is no second question ("\'not authorized\' when I try to activate. how??")', 'fabrikam-admin', ["i'm GA of our company and still get 'You are not authorized for this action' when I try to activate. how??"], [/not authorized/i], /Paid partner support plans/],
    ['"a bug on their side?" after what an incident is: bugs and duplicates are given back', 'contoso-user', ['what exactly is 1 incident?', 'and if it turns out to be a bug on their side?'], [/closed as a duplicate or a bug is refunded/], null],
    ['"do we lose the incident" for a confirmed product bug is the refund rule', 'contoso-user', ['MS engineer confirmed its a product bug in exchange 2019. do we lose the incident for that?'], [/closed as a duplicate or a bug is refunded/], /Which products are covered/],
    ['"같은 문제로 두 번 열었어요" is one incident, and the duplicate is given back', 'woodgrove-user', ['실수로 같은 문제로 티켓을 두 번 열었어요 ㅠ 인시던트 두 개 다 차감되나요?'], [/여러 번 연락해도 한 인시던트/, /중복 또는 버그로 종료된 요청은 환불/], null],
    ['"signature 5pack used up, what do we buy now?" is the used-up plan, not its new name', 'litware-admin', ['시그니처 5팩 다 써버렸는데 클라우드 문제 또 생기면 지금 뭘 사면 돼요?'], [/건별 유료 지원/, /0개 남음/], /이름만 바뀐/],
    ['"contract expired, do the unused incidents carry over?" is the expired plan and who activates again', 'adventure-user', ['our contract from last year expired but the membership is current. do the unused gold incidents carry over, or what do we do?'], [/Global admin or MPN partner admin activates/], /When Gold competency changed/],
    ['"if we had cloud platform instead?" is the membership with that competency', 'litware-admin', ['how many signature incidents left', 'why, we are silver', 'if we had cloud platform instead?'], [/What Silver competency gives you/, /unlimited/], null],
    ['"온프레미스 인시던트는요?" after TPD hours is the count, not activation', 'woodgrove-admin', ['designation으로 자문 시간 몇 시간 받아요?', '온프레미스 인시던트는요?'], [/20건/], /활성화는 전역 관리자나/],
    ['"which ones count as cloud?" is the cloud competencies', 'fabrikam-admin', ['what will we get', 'which ones count as cloud?'], [/Cloud Platform/], /Requests on record/],
    ['"엔지니어 5명인데 각자 계정에 다 연결해야 함?" is how the IDs are used', 'contoso-admin', ['엔지니어 5명인데 각자 계정에 다 연결해야 함?'], [/한 번만 입력/], /권한이 없습니다/],
    ['today\'s org: the IDs with today\'s menu and redemption places', 'woodgrove-user', ['where do i enter the contract id for on-prem support these days? still serviceshub?'], [/Technical support & consultation/, /engagecenter/], null],
    ['"can we get our money back" after using the incidents: no', 'woodgrove-admin', ['can we get our money back for the success core purchase? bought it about 2 weeks ago, we have already been using the support incidents tho'], [/No, it can't be refunded/], /^Yes/m],
    ['"how many per offer in the current partner program" is today\'s table, not 2021\'s', 'unknown', ['quick q: how many support incidents per offer in the current partner program?'], [/Partner Cloud Support — Solutions Partner designation: 50 incidents/], /unlimited/],
    ['"디자인네이션" is the designation', 'unknown', ['ㅎㅇ 디자인네이션 있으면 파트너클라우드서포트 인시던트 몇개임?'], [/50건/], /무제한/],
    ['"what does that show up as these days" is the pack\'s new name', 'contoso-admin', ['our "Partner support Gold 20pack" — what does that show up as in the support portals these days'], [/Partner On-premises Support 20/], null],
    ['"does gold even exist anymore?" is what Gold became', 'contoso-admin', ['we are a gold partner, does gold even exist anymore?'], [/Solutions Partner designation/], /Benefits of Contoso/],
    ['"50개 다 쓰면 어떻게 해요?" after today\'s counts is the paid options', 'contoso-admin', ['골드 클라우드 역량이라 시그니처 무제한이었는데 지금도 무제한이에요?', '그럼 50개 다 쓰면 어떻게 해요?'], [/Premier Support for Partners/], null],
    ['"2021 unlimited, really?" says it was for cloud competencies only', 'woodgrove-user', ['2021년에는 골드 파트너 클라우드 지원이 무제한이었다던데 진짜예요? 지금 우리는 몇 개예요?'], [/클라우드 역량에만/], null],
    ['"13개월 아니에요?" after the validity is a doubt about the validity, not the balance', 'unknown', ['지금 프로그램은 혜택 언제까지 써야 돼요?', '확실해요? 13개월 아니에요?'], [/13개월/, /12개월/], /남은 인시던트 확인 방법/],
    ['"만료일 = 마지막 사용일?" is what the end date means', 'contoso-user', ['혜택페이지에 나오는 만료일 = 마지막 사용일 맞죠?'], [/유효 기간/], /사용 기록/],
    ['"any version?" is which versions are covered', 'unknown', ['can we use our on-prem incidents for any version?'], [/mainstream/], null],
    ['"who needs to do that" after an expired plan is who activates', 'adventure-user', ['our signature plan disappeared from azure support, what gives', 'how?? our gold membership is current', 'ok who needs to do that'], [/Global admin/], /Enter the IDs once/],
    ['"now what do i do with the ids?" after switching accounts is how the IDs are used', 'fabrikam-admin', ['activate button is grey', 'oh wait nvm, i was in my personal account. switched and it worked. now what do i do with the ids?'], [/Support for Business|Link support benefits/], /A Microsoft account works too/],
    ['"우리 테넌트 말고 고객 건은요?" after the Azure error is the CSP customer case', 'contoso-user', ['해봤는데 이미 연결되어 있다고 떠요', '우리 테넌트 말고 고객 건은요?'], [/Cloud Solution Provider|CSP/], null],
    ['"and where do i link it" is where the IDs are linked', 'contoso-agent', ['can we use the CSP support plan for our own company azure subscription?', 'and where do i link it'], [/Link support benefits/], null],
    ['"we had one ticket refunded, why?" gives the reason a request is given back', 'contoso-user', ['we had one ticket refunded, why would that happen?'], [/duplicate or a bug/], null],
    ['a greyed Activate button for an admin agent: the role decides', 'contoso-agent', ['activate button is grey for me'], [/greyed out for your role \(Admin agent\)/, /Global admin or MPN partner admin/], null],
    ['"hmm the partner plan isnt in the list" after the Azure error: the plan-missing branch', 'contoso-user', ['getting this in azure when i add our ids: `This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.`', 'hmm the partner plan isnt in the list'], [/Support for Business|another account|signed in/], /Sorry, I didn't get that/],
    ['"where can i see that myself" after the balance is where the balance shows', 'contoso-user', ['how many on-prem incidents do we have left', 'where can i see that myself'], [/Only Support for Business/], /Your Access ID and Contract ID/],
    ['"hmm so what are the options" after Azure is not covered (Action Pack): paid support', 'northwind-user', ['can we use partner support incidents for azure?', 'hmm so what are the options'], [/Premier Support for Partners/], /How can I help/],
    ['"who in our company can see them" after the IDs: everyone in the membership', 'contoso-csp', ['PC gives me "You are not authorized for this action" when i open benefits. im global admin!!', 'so how do i get the ids', 'who in our company can see them'], [/People in Contoso Cloud Partners who can see the IDs/], /Incidents left/],
    ['a Teams admin center issue is Microsoft 365, and "for that" stays there', 'contoso-user', ['we have a teams admin center issue in our own tenant', 'can i use our signature incidents for that?'], [/Microsoft 365 doesn't take the Access ID and Contract ID/], /CSP customers/],
    ['"so how do i do that" after the CSP plan is not for the own subscription: linking', 'contoso-agent', ['can we use the same csp plan for our OWN azure subscription?', 'so how do i do that'], [/Link support benefits/], null],
    ['"and it uses our incidents?" about a CSP customer\'s request: the CSP plan', 'contoso-agent', ['customer has an azure outage, how do i open a ticket for them', 'and it uses our incidents?'], [/Cloud Solution Provider/], /Incidents left/],
    ['"old doc mentions signature cloud support, i cant find it" is its new name', 'woodgrove-admin', ['old doc mentions signature cloud support, i cant find it'], [/Partner Cloud Support/], /don't have any benefits yet/],
    ['"can we use our on-prem incidents for it" after an old product: the versions covered', 'northwind-user', ['exchange 2010 server issue', 'can we use our on-prem incidents for it once activated?'], [/N-1/], null],
    ['"when do we get more" is the next contract', 'litware-admin', ['how many incidents do we have left', 'when do we get more'], [/valid/i], /Requests on record/],
    ['"nice thx" is thanks', 'contoso-user', ['do i have to enter the access id and contract id for every ticket', 'nice thx'], [/You're welcome/], null],
    ['"so ignore and open new support request?" for Action Pack: still no cloud benefit', 'unknown', ["we're action pack. linked ids in azure and get 'Access ID is already associated'", 'so ignore and open new support request?'], [/Action Pack/], null],
    ['"Core 쪽은 몇 개 남았죠?" is that offer\'s balance only', 'woodgrove-user', ['Core 쪽은 몇 개 남았죠?'], [/Partner Success Core: 인시던트 2건, 1건 남음/], /49건 남음/],
    ['"그럼 어떻게 켜요?" is activation', 'fabrikam-admin', ['지원 혜택 있나요?', '그럼 어떻게 켜요?'], [/활성화/], null],
    ['"액티베이션 된건가요?" is whether it is activated', 'fabrikam-user', ['우리 회사 기술혜택 액티베이션 된건가요?'], [/활성화되지 않았습니다/], /이해하지 못했습니다/],
    ['"signature is done for the year, what are my options?" is the used-up plan', 'litware-admin', ['ok so signature is done for the year. what are my options?'], [/pay per incident/], /When Signature Cloud Support changed/],
    ['"hit activate again to get a fresh batch?" is the used-up plan', 'litware-admin', ['can i just hit activate again to get a fresh batch of signature incidents?'], [/0 left/], null],
    ['"활성화하면 애저 지원도 받을 수 있나요?" for Action Pack: no cloud line', 'northwind-admin', ['활성화하면 애저 지원도 받을 수 있나요?'], [/인시던트 10개/, /Signature Cloud Support가 없습니다/], null],
    ['"혜택 화면에 아무것도 없다고 나와요" is "no benefits yet"', 'unknown', ['우리 회사 골드 파트너인데 혜택 화면에 아무것도 없다고 나와요'], [/다른 계정으로 로그인/], null],
    ['"what does my admin agent role let me do" is requests for CSP customers', 'contoso-agent', ['first time here. what does my admin agent role let me do with the support stuff?'], [/customer/, /Service management|New request/], null],
    ['"실버도 클라우드 무제한 아님?" is why the cloud line is counted', 'fabrikam-admin', ['실버도 클라우드 무제한 아님? 옆 회사는 무제한이라던데'], [/클라우드 역량/], null],
    ['a quoted message with "so why?" after it is one question', 'tailspin-admin', ["Partner Center shows 'Looks like you don't have any benefits yet'. We use lots of Azure, so why?", 'How do we get benefits then?'], [/buy|purchase|paid|Launch|Success/], /Linking your benefit/],
    ['"is an incident capped at some number of hours? our last case …" is what an incident is', 'fabrikam-admin', ['is an incident capped at some number of hours? our last case dragged on 3 weeks'], [/doesn't depend on how much time it takes/], /Requests on record/],
    ['"하나 열어놓고 관련 문제 여러 개 물어봐도 돼요?" is what an incident is', 'unknown', ['인시던트 1개 기준이 뭐예요?', '하나 열어놓고 관련 문제 여러 개 물어봐도 돼요?'], [/서로 다른 문제 두 개는 인시던트 두 건/], /한 번만 입력/],
    ['"계정에 연결해두면 언제까지 유지됨?" is how long a link lasts', 'contoso-user', ['SfB에 계약 추가 방금 했어요', '계정에 연결해두면 언제까지 유지됨?'], [/만료되거나 인시던트가 모두 소진될 때까지/], null],
    ['"그럼 거기선 제품 뭐 골라요?" after the balance steps: the dummy on-premises product', 'contoso-user', ['애저 포털에서 남은 개수 볼 수 있나요?', '그럼 거기선 제품 뭐 골라요?'], [/Windows 10/], /지원되는 제품/],
    ['"지금 프로그램 이름이랑 시그니처 후속 이름" names both', 'woodgrove-user', ['지금 프로그램 이름이랑 시그니처 후속 혜택 이름 알려줘요'], [/Partner Cloud Support/, /AI 클라우드 파트너 프로그램|MAICPP/], null],
    ['"in 2021 where did people enter the access id … same today?" for today\'s org: engagecenter too', 'woodgrove-user', ['in 2021 where did people enter the access id for on-prem tickets? is that the same today?'], [/engagecenter/], null],
    ['"why cant we use support anymore? membership is fine" is the expired contract', 'adventure-user', ['why cant we use support anymore? membership is fine'], [/expired on 2021-05-15/], /Sorry, I didn't get that/],
    ['"how do we become a partner and get support incidents?" is how incidents come with a membership', 'tailspin-admin', ['how do we become a partner and get support incidents?'], [/Support incidents come with a membership offer/], /Opening a support request/],
    ['"우리 회사 액세스 ID 뭐에요? 일반유저인데 봐도 되나" shows the IDs', 'contoso-user', ['우리 회사 액세스 ID 뭐에요? 저 권한없는 일반유저인데 봐도 되나'], [/3f2b9c1e/], /활성화는 전역 관리자나/],
    ['"엔지니어마다 액세스ID 새로 받아야되나요?" is one shared pair, not the renewal question', 'contoso-user', ['엔지니어마다 액세스ID 새로 받아야되나요?? 12명 정도 됨'], [/공유/], /문서화되지 않음/],
    ['"does the windows 10 dummy thing eat an incident?" is no: nothing is submitted', 'contoso-user', ['if i do that windows 10 dummy thing to check the balance does it eat an incident?'], [/no request is created/], null],
    ['"can we buy core twice then" is no', 'woodgrove-admin', ['can we hold the designation and success core and expanded at the same time?', 'can we buy core twice then'], [/cannot be bought twice|can't be bought twice/], /Paid partner support plans/],
    ['"the technical benefits page lists two things, what\'s the second one" is TPD', 'contoso-mpn', ["the technical benefits page lists two things, what's the second one"], [/Technical Presales & Deployment/], null],
    ['"활성화하고 나면 얼마나 쓸 수 있어요?" is how long the benefit lasts', 'fabrikam-admin', ['활성화하고 나면 얼마나 쓸 수 있어요?'], [/12개월|1년/], /활성화는 전역 관리자나/],
    ['"a silver partner with a cloud competency" is the general rule, not the own records', 'fabrikam-user', ['how many signature incidents does a silver partner with a cloud competency get'], [/unlimited/], /Benefits of Fabrikam/],
    ['a chat account no org knows asking its own balance is told so', 'unknown', ['우리 회사 남은 인시던트 몇개예요?'], [/조직에 연결되어 있지 않아/], null],
    ['an English question around a pasted Korean message is answered in English', 'contoso-user', ['my korean colleague sees this in azure: "이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요." what does it mean'], [/Ignore the message/], /무시하세요/],
    ['"do I have to activate again for new engineers?": already activated, by whom', 'woodgrove-admin', ['신입 엔지니어들이 자기 계정으로 애저 티켓을 열려면 뭘 해야 하나요? 관리자인 제가 다시 활성화해야 하나요?'], [/이미 활성화되어 있습니다/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"why 18 and not 17?" pasted from a partner: the records, then the refund that explains it', ['contosso cloud partners emailed: "we only opened 3 on-prem cases this year, why does support for business say 18 left and not 17??"'], [/Contoso Cloud Partners \(org-contoso\)/, /1 of them refunded: [0-9]+ used, so 18 left/], null],
    ['a reply draft "why 18 instead of 20": the refund is in it', ['콘토소에 왜 20개가 아니라 18개인지 설명하는 답장 초안 써줘요'], [/1건이 환불되어 실제 사용은 2건, 18건 남았습니다/], null],
    ['"49 left not 48?? explain" for today\'s org: the refund and its rule', ['woodgrove opened 2 cloud cases on the designation but it shows 49 left not 48?? explain'], [/1 of them refunded: [0-9]+ used, so 49 left/, /closed as a duplicate or a bug is refunded/], null],
    ['a lowercase partner the records don\'t have is said so', ['proseware inc says they\'re a gold partner but have no IDs. can you check?'], [/No organization matches "proseware inc"/], null],
    ['"relecloud: <message>": the miss, and the message triaged in its conditional wording', ['relecloud: "Looks like you don\'t have any benefits yet". whats going on with them'], [/No organization matches "relecloud"/, /If the company has an active membership offer/], /Our records show an active membership offer/],
    ['two partners named: each one\'s records', ['quick one: adventure works and litware - whats wrong with each'], [/Litware Inc\. \(org-litware\)/, /Adventure Works Cycles \(org-adventure\)/, /expired on 2021-05-15/], null],
    ['"what do I tell pradeep?" after the balance: the used-up line and what to do now', ["whats litware's signature balance", 'ok what do i tell pradeep? draft me something short'], [/0 left/, /pay per incident/], /Sorry, I didn't get that/],
    ['"can they still open on-prem cases?" is the on-premises balance', ["litware's cloud incidents are gone right?", 'can they still open on-prem cases tho?'], [/15 incidents, 15 left/], /Where to find the Access ID/],
    ['"새 ID 발급해줘야 하나요?" after a pasted "already associated": no, ignore it', ['파트너가 이거 보냈어요\n> 이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요.', '새 ID 발급해줘야 하나요?'], [/무시/], null],
    ['"how many will they get" after activation: what the membership gives', ['lynne robbins at nortwind asks if she can activate or does she need their global admin', 'how many will they get'], [/10 incidents/], null],
    ['"멤버십은 살아있어요?" after an expired contract: what the org holds', ['어드벤처웍스 계약 상태 좀 봐줘요', '멤버십은 살아있어요?'], [/골드 역량/], null],
    ['"azure does not show their plan" for an Action Pack partner: no cloud benefit to link', ['northwind traders - partner says azure does not show their plan'], [/Northwind Traders \(org-northwind\)/, /no cloud benefit to link/], null],
    ['"who has linked" is the sign-in accounts on record', ['contoso: how many on-prem left', 'who activated', 'who has linked'], [/diego\.siciliani@contoso\.example/], null],
    ['"Azure 포털에서 보여요?" beside the records is where the balance shows', ['컨토소가 남은 인시던트 직접 확인하고 싶대요. Azure 포털에서 보여요?'], [/Support for Business에서만 볼 수 있/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('then and now, Korean conversations, pasted errors and the desk (session 12: d83–d90)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"will it fix itself if I wait?" after "not authorized" (with activation in between): no, the account decides', 'contoso-csp', ["Getting 'You are not authorized for this action' on the benefits page. I'm a global admin!!", 'but a global admin should be able to activate??', 'will it fix itself if I wait a day or so?'], [/Trying again, now or later, won't fix it/], /Sorry, I didn't get that/],
    ['"그 경우엔 어떻게 지원 받아요?" after an uncovered version is paid support', 'contoso-admin', ['온프레미스 지원은 제품 어떤 버전까지 돼요?', '그럼 N-2는요?', '그 경우엔 어떻게 지원 받아요?'], [/Premier Support for Partners/], /Contoso Cloud Partners의 혜택/],
    ['"do we have cloud support?" for Action Pack: none, and the on-premises count after', 'northwind-user', ['do we have cloud support?', 'why', 'onprem?'], [/10 incidents/], /Linking your benefit/],
    ['"그거 하면 실제로 요청이 만들어지지 않아요?" after the balance steps: nothing is submitted', 'fabrikam-user', ['남은 인시던트 확인하려면 어디서 봐요?', '그거 하면 실제로 요청이 만들어지지 않아요? 차감되면 곤란한데'], [/만들어지지 않고/], /지원 요청 열기/],
    ['"which ones are cloud competencies then" is the list, not the usage history', 'fabrikam-admin', ['we get unlimited signature since we are silver right?', 'which ones are cloud competencies then'], [/Cloud Platform/], /incidents left/],
    ['"if we were on today\'s program instead" is the membership\'s counterpart', 'litware-admin', ["if we were on today's program instead, would we have run out this fast?", 'what would that cost us per year?'], [/4,875/], /Paid partner support plans/],
    ['"다음 달에 다시 채워지나요?" is the membership year', 'litware-admin', ['시그니처 5건 다 쓴 거 다음 달에 다시 채워지나요?'], [/1년/], /이해하지 못했습니다/],
    ['"is there a deadline to activate in 2026?": 13 months, then 12', 'adventure-user', ['today, in 2026 — is it still 12 months from activation? and is there a deadline to activate at all?'], [/13 months/, /12 months/], null],
    ['"SfB lists our Gold 20pack under unavailable support plans" is an expired or used-up plan', 'adventure-user', ["SfB lists our 'Partner support Gold 20pack' under unavailable support plans. what does that mean?"], [/activates the benefit of the current membership year/], null],
    ['"then how many left?" after what Woodgrove has instead of Gold is its balance', 'woodgrove-admin', ['우리는 예전 골드 대신 뭘 가지고 있는 거죠?', '그럼 몇 개 남았어요?'], [/49건 남음/], null],
    ['"how much is that?" after what to buy today is today\'s prices', 'unknown', ['we had an action pack in 2021 and let it lapse. do we still have anything?', 'what would we buy today to get on-prem support back?', 'how much is that?'], [/4,875/], null],
    ['"지금은요?" after a 2021 count is what that membership became', 'unknown', ['2021년에 실버인데 클라우드 역량이면 시그니처 몇 건이었어요?', '지금은요?'], [/50건/], null],
    ['"and now?" after who could activate in 2021 names today\'s role header', 'unknown', ['who could activate the technical benefits back in 2021?', 'and now?'], [/Microsoft AI Cloud Partner Program partner admin \| Admin agent/], null],
    ['"Does Action Pack even exist anymore?" is what it became', 'northwind-user', ['Does Action Pack even exist anymore?? we still have it on our membership lol'], [/Partner Success Core/], /Benefits of Northwind/],
    ['"nobody ever clicked activate, what do we have?" is activation with what it unlocks', 'northwind-admin', ["hey, we're on action pack and nobody ever clicked activate on the tech benefits. what do we actually have and what do i do now?"], [/10 incidents/, /Global admin/], null],
    ['"on-prem left, and what\'s it called nowadays?" is both', 'contoso-user', ["how many on-prem incidents do we have left, and what's that benefit called nowadays?"], [/18 left/, /Partner On-premises Support/], null],
    ['"summarise what changed 2021 -> now" ends with today\'s counts', 'unknown', ['pls summarise what changed 2021 -> now for partner support benefits. short'], [/2022-09-30/, /Solutions Partner designation: 50 incidents/], null],
    ['"Can I ask you in Korean?" is yes', 'unknown', ['Can I also ask you questions in Korean?'], [/You can ask in English or Korean/], null],
    ['"which accounts have the contract linked already?" is the links on record, not the Azure message', 'contoso-user', ['which accounts in our company have the contract linked already?'], [/diego\.siciliani@contoso\.example/], /Ignore the message/],
    ['"what about non-azure workloads?" for an indirect reseller is GDAP (and that the pages disagree)', 'unknown', ["we're a CSP indirect reseller. can we open azure support tickets for our customers ourselves?", 'what about non-azure workloads?'], [/GDAP/], /Linking your benefit/],
    ['"그럼 우리 지원 인시던트도 영향 받아요?" after the November change stays on that change', 'woodgrove-admin', ['11월부터 바뀐다는 건 뭐예요?', '그럼 우리 지원 인시던트도 영향 받아요?'], [/명시되지 않아/], null],
    ['"같은 오퍼를 두 번 사면 두 배?" is no', 'unknown', ['같은 오퍼를 두 번 사면 인시던트도 두 배로 받나요?'], [/두 번 구매할 수 없습니다/], /TPD/],
    ['"적절한 역할이 뭐뭐예요?" is the roles the page lists', 'contoso-user', ['기술 지원 혜택 문서 맨 위에 "적절한 역할" 이라고 몇 개 나와 있던데 뭐뭐예요?'], [/관리 에이전트/, /전역 관리자/], /Contoso Cloud Partners의 혜택/],
    ['"요즘 새로 가입하면 어떤 멤버십이 있어요?" is today\'s offers', 'tailspin-admin', ['요즘 새로 가입하면 어떤 멤버십이 있어요?', '각각 클라우드 지원 몇개씩?'], [/Partner Success Core: 인시던트 2건/, /Partner Launch/], /이해하지 못했습니다/],
    ['"Alex는 뭘 할 수 있는데요" after activation is what each role may do', 'contoso-mpn', ['관리 에이전트 권한만 있는 Alex도 활성화 할 수 있어요?', 'Alex는 뭘 할수 있는데요 그럼'], [/CSP/], null],
    ['"그거 두 개 합쳐서 쓸 수 있어요?" about Woodgrove\'s offers is not documented', 'woodgrove-admin', ['저희 Partner Cloud Support 몇 개 남았나요?', '그거 두 개 합쳐서 하나처럼 쓸 수 있는거에요?'], [/문서화되지 않음: 함께 보유한 오퍼의 인시던트 수가 합산되나요/], null],
    ['"새 지원 요청에서 플랜 뭐 골라요?" names the org\'s plans', 'woodgrove-user', ['새 지원 요청에서 플랜 뭐 골라요?'], [/Partner Cloud Support — Solutions Partner 지정/], null],
    ['"MPN도 이름 바뀌었어요?" is the program\'s new name', 'contoso-admin', ['요즘은 골드 실버 없어졌다던데 맞아요?', 'MPN도 이름 바뀌었어요?'], [/AI 클라우드 파트너 프로그램|AI Cloud Partner Program/], null],
    ['"Partner Launch is $350 a year right?" gives the price and no incidents', 'unknown', ['Partner Launch is $350 a year right? does it come with any support incidents at all'], [/Launch 350/], null],
    ['a pasted "already associated" with "is on-prem still usable, how many left?" adds the on-premises balance', 'litware-admin', ['오류 또 떴어요: 이 액세스 ID는 이미 계정에 연결되어 있습니다. 온프레미스는 아직 쓸 수 있어요? 몇 개 남았어요?'], [/Microsoft Product Support\(온-프레미스\): 15건 중 15건 남음/], null],
    ['"what is that menu called in Korean?" adds the Korean path on one line of the English answer', 'contoso-admin', ["Where's the activation button in partner center?", 'my colleague uses Partner Center in Korean, what is that menu called for her?'], [/혜택\(Benefits\) → 기술 혜택\(Technical benefits\) → 활성화\(Activate\)/, /How to activate/], null],
    ['"and the Azure one, Link support benefits, in Korean?" is the Azure path', 'contoso-admin', ["Where's the activation button in partner center?", 'thanks. and the Azure one, Link support benefits, what would that be in Korean?'], [/지원 혜택 연결\(Link support benefits\)/], /How to activate/],
    ['"who on my team has already used our access id?" is the links on record', 'contoso-admin', ['who on my team has already used our access id?'], [/diego\.siciliani@contoso\.example/], /Ignore the message/],
    ['"how many used?" after the benefits is the usage history', 'contoso-admin', ["what's a Signature 10pack", 'how many used?'], [/Requests on record/], null],
    ['"what is the partner program called now?" is the program\'s name, not the own membership', 'contoso-mpn', ['what is the partner program called now?'], [/Microsoft AI Cloud Partner Program/], /Gold competency → Solutions Partner/],
    ['"and after 5?" after a count is the paid options', 'fabrikam-user', ['can we get Azure support for our own subscription?', 'and after 5?'], [/Premier Support for Partners/], null],
    ['"options?" after a used-up plan is the paid options', 'litware-admin', ["Azure doesn't show our Signature plan anymore", 'options?'], [/Paid partner support plans/], /How can I help/],
    ['"how do I get our access id" is where the IDs are, not how long they last', 'contoso-admin', ['how do I get our access id'], [/Access ID/], /How long the benefit/],
    ['"1 incident = how many hours" is what an incident is', 'unknown', ['1 incident = how many hours'], [/What counts as one incident/], null],
    ['"can i use my outlook acct for onprem tix or need work acct" is which account works', 'northwind-user', ['can i use my outlook acct for onprem tix or need work acct'], [/Microsoft account works/], /Sorry, I didn't get that/],
    ['"ms365 티켓도 시그니처로 되나요" is Microsoft 365', 'unknown', ['ms365 티켓도 시그니처로 되나요'], [/Microsoft 365에서는/], /이해하지 못했습니다/],
    ['"what products qualify for on-prem" is which products are covered', 'woodgrove-user', ['what products qualify for on-prem'], [/Which products are covered/], /Sorry, I didn't get that/],
    ['"shouldn\'t that dupe have been refunded? what does our record say" is the usage history', 'litware-admin', ["I opened 5 signature tickets but one of them was a dupe, shouldn't that one have been refunded? what does our record say"], [/0 refunded/], null],
    ['"우리 계약 시작일이랑 종료일" is the contract\'s dates', 'contoso-mpn', ['우리 계약 시작일이랑 종료일 알려줘요'], [/2021-03-15/, /2022-03-15/], null],
    ['"우리 회사 멤버십 등급이랑 역량" is the org\'s own competencies', 'contoso-user', ['우리 회사 멤버십 등급이랑 역량이 뭐로 돼 있어요?'], [/데이터 분석/], /클라우드 역량 6가지/],
    ['"whos our global admin?" names the admins', 'fabrikam-user', ['whos our global admin? need them to activate the support thing'], [/Lee Gu/], null],
    ['"ok what do we do" after an expired balance is the expired plan\'s way forward', 'adventure-user', ['how many incidents do we have left', 'ok what do we do'], [/activates the benefit of the current membership year/], null],
    ['"how do I use the on-prem incidents today" is opening a request', 'woodgrove-admin', ['how do I use the on-prem incidents today'], [/engagecenter/], null],
    ['"can we pass them to a contractor?" after who sees the IDs: they may be shared', 'contoso-user', ['after our admin activated, who in the company can see the Access ID and Contract ID? just admins?', 'can we pass them to a contractor who does not have partner center access?'], [/You can share the Access ID and Contract ID/], /Only an admin can activate/],
    ['"and for us?" from a chat account no org knows says so', 'unknown', ['how many onprem incidents does a gold partner get', 'and for us?'], [/isn't linked to an organization/], /per membership \(2021 program\)/],
    ['"would relinking help?" after the used-up message: linking won\'t offer it', 'litware-admin', ['Trying to open an Azure case. Link support benefits says "This Access ID is already associated to an account."', 'would relinking help?'], [/linking won't offer it/], /How can I help/],
    ['"what\'s SfB" is where requests are opened', 'unknown', ["what's SfB"], [/Support for Business/], /Sorry, I didn't get that/],
    ['"who receives the IDs" after the Partner Membership Center stays on it', 'contoso-mpn', ["what if a partner hasn't moved to partner center yet, how do they activate", 'who receives the IDs'], [/Partner Membership Center/], null],
    ['"없으면 어떻게 해요?" after a balance is the paid options', 'contoso-user', ['시그니처 남은 거 있나요', '없으면 어떻게 해요?'], [/Premier Support for Partners/], /남은 인시던트 확인 방법/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['a Korean question around an English quote gets its suggested reply in Korean', ['Contoso의 Isaiah Langer가 혜택 페이지에서 "You are not authorized for this action" 을 받았대요. 전역 관리자라는데 왜 그렇죠?'], [/추천 답변\(한국어\)/], /추천 답변\(영어\)/],
    ['"partner is disputing the count" adds how incidents are counted and refunded', ["can you pull contoso cloud partners' incident usage? partner is disputing the count"], [/closed as duplicate or as a bug .* is refunded/], null],
    ['"what their Action Pack maps to today" adds the counterpart beside the records', ["Northwind Traders asks what their Action Pack maps to today and whether they'd keep their 10 on-prem incidents. what do I tell them?"], [/Partner Success Core/, /Northwind Traders \(org-northwind\)/], null],
    ['"유료 옵션 안내해주려면 뭐 있어요" is the paid options', ["Tailspin Labs에서 '아직 혜택이 없습니다.' 뜬다고 해요. 계정 문제일까요?", '유료 옵션 안내해주려면 뭐 있어요'], [/Premier Support for Partners/], null],
    ['"Core 쪽은?" after a partner\'s records is that partner\'s Core line', ['Woodgrove Bank Partners 혜택 현황 알려주세요', 'Core 쪽은?'], [/Partner Success Core: 인시던트 2건, 1건 남음/], /현재 Partner Success Core에 포함된/],
    ['"will retrying help" after a pasted message is no', ['Isaiah Langer at Contoso gets "You are not authorized for this action" in partner center', 'will retrying help'], [/won't fix it/], /How can I help/],
    ['"and the cloud side?" after a partner\'s records is its cloud balance ("where they\'re at" is no question of where)', ["hey, got Contoso Cloud Partners on the line. can you pull up where they're at with support incidents?", 'and the cloud side?'], [/9 left/, /unlimited/], /Linking your benefit/],
    ['"which of their users has the contract linked?" is the links on record', ['Contoso Cloud Partners — how many on-prem incidents do they have left?', 'which of their users has the contract linked?'], [/diego\.siciliani@contoso\.example/], /Sorry, I didn't get that/],
    ['"how many left after their SfB error? quick number?" is the records, not an unknown message', ['Contoso asked how many on-prem incidents they still have after their SfB error. quick number?'], [/20 incidents, 18 left/], /Unknown message/],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('first questions, long conversations and the desk (session 13: d99–d102)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"we just became a solutions partner, do we get any incidents?" is the designation\'s counts, not a balance', 'unknown', ['we just became a solutions partner for azure. do we get any support incidents?'], [/Solutions Partner designation: 50 incidents/], /How to see your incidents left/],
    ['"can I open a ticket myself?" from a user is: yes, with the shared IDs', 'contoso-user', ['where are our access id and contract id?', 'can I open a ticket with it myself?'], [/Each colleague who needs support enters the same Access ID and Contract ID once/], /How long the benefit/],
    ['"제가 직접 티켓 열 수 있어요? 일반 사용자예요" is the same', 'contoso-user', ['제가 직접 티켓 열 수 있어요? 일반 사용자예요'], [/한 번만 입력/], /활성화 방법/],
    ['"who used them?" after a balance is the requests on record', 'contoso-admin', ['how many incidents do we have left?', 'who used them?'], [/Requests on record/, /SR 12103040000001/], null],
    ['"difference between our two cloud lines?" for Woodgrove is its Partner Cloud Support lines', 'woodgrove-admin', ["what's the difference between our two cloud lines?"], [/one line for each offer you hold/, /Partner Success Core: 2 incidents, 1 left/], /Signature Cloud Support: unlimited/],
    ['"are our support benefits gone already?" after the anniversary is the renewal window', 'unknown', ["our membership anniversary was yesterday and we haven't renewed yet - are our support benefits gone already?"], [/renewal window is 30 days/], /per membership \(2021 program\)/],
    ['"how do I use our on-prem incidents these days?" for Woodgrove names engagecenter', 'woodgrove-user', ['how do I use our on-prem incidents these days, is it still support for business?'], [/engagecenter\.microsoft\.com/], /Incidents left for/],
    ['"no membership, what support options?" is paid support', 'tailspin-admin', ["we don't have any partner membership. what support options are there for us?"], [/Premier Support for Partners/], /How can I help/],
    ['"제가 활성화 버튼 눌러도 되나요?" from an MPN partner admin is yes', 'northwind-admin', ['제가 활성화 버튼 눌러도 되나요?'], [/네, 활성화할 수 있습니다/], null],
    ['"어떻게 확인해요 그럼" after where the balance shows stays on the balance', 'unknown', ['남은 인시던트 애저 포탈에서 볼수있나요?', '어떻게 확인해요 그럼'], [/Windows 10/], /액세스 ID와 계약 ID 확인 위치/],
    ['"but we def have silver" after "no benefits yet" is the wrong account', 'fabrikam-user', ['"Looks like you don\'t have any benefits yet" ← this is what partner center shows me', 'but we def have silver, so how can it say that'], [/Sign in with another account/], /Paid partner support plans/],
    ['"우리는 몇 건이에요?" after the IDs thread is the membership\'s count', 'northwind-user', ['활성화되면 매번 입력해야 해요?', '우리는 몇 건이에요?'], [/인시던트 10/], /한 번만 입력/],
    ['"우리 클라우드는 무제한 맞죠?" is the own cloud line', 'contoso-user', ['Azure 지원 혜택 연결은 어디서 해요?', '우리 클라우드는 무제한 맞죠?'], [/무제한/], /Azure Portal에서 혜택 연결하기/],
    ['"CSP 고객 티켓은 이 계정으로 열 수 있죠?" after "not authorized" is the CSP customer answer', 'contoso-agent', ["파트너 센터 혜택 메뉴에서 'You are not authorized for this action' 이게 뜨는데요", '그럼 CSP 고객 티켓은 이 계정으로 열 수 있죠?'], [/클라우드 솔루션 공급자/], null],
    ['"결제 문제로 티켓 열면요?" is deducted and may be refunded', 'woodgrove-user', ['파트너센터 지원팀에 문의하면 그것도 차감돼요?', '결제 문제로 티켓 열면요?'], [/환불될 수도/], null],
    ['"what counts as recent?" after on-prem counts is N-1 in mainstream support', 'unknown', ['ok how many of each for gold?', "what counts as 'recent'?"], [/N-1/], /How long the benefit/],
    ['"what do we use then?" after CSP tickets is the own Signature line in the Azure portal', 'unknown', ["our own tenant's azure is broken. can I open it under CSP?", "we're gold with cloud platform. what do we use then?"], [/Link support benefits/], null],
    ['"in the 2026 program what\'s my role called" is the partner admin\'s new name', 'contoso-mpn', ['where do i see the IDs?', "and in the 2026 program what's my role called"], [/Partner admin \(Microsoft AI Cloud Partner Program\)/], /Your Access ID/],
    ['"what\'s the current name of that plan after the rename?" is the pack\'s new name', 'contoso-mpn', ["old screenshots of our SfB show 'Partner support Gold 20pack'. what's the current name of that plan after the rename?"], [/Partner On-premises Support 20/], /^Benefits of Contoso/],
    ['"we\'re gold, what would we get today as a Solutions Partner?" is the designation\'s counts', 'contoso-admin', ["we're gold with cloud platform. roughly what would we get in today's program as a Solutions Partner?"], [/Solutions Partner designation: 50 incidents/], /^Benefits of Contoso/],
    ['"현재 … 활성화하는 메뉴 경로 알려줘요" is the path, today\'s too', 'contoso-admin', ['현재 파트너 센터에서 기술 지원 혜택 활성화하는 메뉴 경로 알려줘요'], [/Technical support & consultation/], /Access ID: /],
    ['"그럼 지금 2026 프로그램에선요?" after a 2021 count is what it became', 'contoso-user', ['골드 역량 온프레미스 인시던트 몇 개예요?', '그럼 지금 2026 프로그램에선요?'], [/Solutions Partner/], null],
    ['"같은 코어 오퍼를 한 번 더 살 수 있어요?" is no', 'woodgrove-user', ['같은 코어 오퍼를 한 번 더 살 수 있어요?'], [/두 번 구매할 수 없습니다/], null],
    ['"exchange 2010 onprem ticket w our gold pack ok?" is the N-1 rule', 'unknown', ['exchange 2010 onprem ticket w our gold pack ok?'], [/not covered/], /What Gold competency gives you/],
    ['"애저 플랜 안보임" with an expired contract is the expired plan', 'adventure-user', ['애저 플랜 안보임'], [/만료되었거나 남은 인시던트가 없습니다/], /혜택 연결하기/],
    ['"골드면 온프렘 무제한?" is 20, and "클라우드는?" the cloud line', 'contoso-mpn', ['골드면 온프렘 무제한?', '클라우드는?'], [/무제한/, /클라우드 역량이라/], /^지원되는 제품$/m],
    ['"who in our org holds which role?" names every role holder', 'contoso-admin', ['who in our org holds which partner center role?'], [/Alex Wilber: Admin agent/, /Adele Vance: MPN partner admin/], /Paste the IDs/],
    ['"can the rest of our team see the ids too or just me?" is every user', 'litware-admin', ['can the rest of our team see the ids too or just me?'], [/Every user of your company can also see them/], /How long the benefit/],
    ['"we automatically have on-prem incidents, where are ours?" is the own records (none)', 'tailspin-admin', ["We're a Microsoft partner so we automatically have on-prem incidents like everyone else, where are ours?"], [/no active membership for Tailspin Labs/], /Sorry, I didn't get that/],
    ['"1 incident = 1 hour? 3 hours = 3 incidents?" is one incident', 'contoso-user', ['one incident = 1 hour of engineer time right? my case ran 3 hours so that\'s 3 incidents gone?'], [/one single issue/], /expired or used-up plan/],
    ['"checking the balance costs an incident, right" is no', 'contoso-user', ['checking the balance in SfB costs an incident because it creates a ticket, right'], [/no incident is used/], /Opening a support request/],
    ['"각자 연결할 때마다 인시던트 쓰이는 거 아니에요?" is no', 'contoso-mpn', ['근데 각자 연결할 때마다 인시던트 하나씩 쓰이는 거 아니에요?'], [/연결하는 것.*차감되지 않습니다/], /활성화 방법/],
    ['"renew next year, same IDs forever?" says the contract expires', 'contoso-admin', ['when our membership renews next year the same Access ID / Contract ID just keep working forever, nothing to do?'], [/expires a year after it is issued/], null],
    ['"온프레미스는요?" after today\'s rules from an org on today\'s program adds its own lines', 'woodgrove-user', ['지금 프로그램에서도 클라우드 인시던트는 골드 때처럼 무제한이죠?', '온프레미스는요?'], [/19건 남음/], null],
    ['"그럼 이제 뭐 해야 돼요?" with an expired contract is the way forward', 'adventure-user', ['우리 혜택 상태 어때요?', '멤버십은 아직 유효한데 왜 만료돼요?', '그럼 이제 뭐 해야 돼요?'], [/전역 관리자/], /한 번만 입력/],
    ['"요즘 프로그램에서 활성화하면 ID 뜨는 데 얼마나?" is minutes, not the 2021 days', 'woodgrove-admin', ['요즘 프로그램에서 활성화하면 ID 뜨는 데 얼마나 걸려요?'], [/1~2분/], /며칠/],
    ['"how long until the IDs show? need to open a case today" keeps the 2021 days', 'unknown', ['how long after activating do the IDs show up? need to open a case today'], [/several days/], null],
    ['"저 관리 에이전트인데 저도 봐도 돼요?" after the IDs is yes, every user', 'contoso-agent', ['계약 ID 알려줄 수 있어요?', '저 관리 에이전트인데 저도 봐도 돼요?'], [/관리자가 아니어도/], /관리자로 되어 있지 않습니다/],
    ['"클라우드는요?" for a Silver org without a cloud competency is its counted line, not "unlimited"', 'fabrikam-user', ['우리 회사는 온프레 몇 건 받아요?', '클라우드는요?'], [/메시징은\(는\) 클라우드 역량이 아니라/], /클라우드 역량이면 무제한/],
    ['"그럼 어떻게 해요?" after "no cloud line" for Action Pack is how to get Azure support', 'northwind-admin', ['애저 문제에 우리 인시던트 쓸 수 있어요?', '그럼 어떻게 해요?'], [/구매하거나 역량을 취득/], null],
    ['"그럼 지원은 어디서 받아요?" with no membership says support is paid', 'tailspin-admin', ['저 전역 관리자인데 활성화하면 되지 않아요?', '그럼 지원은 어디서 받아요?'], [/유료/], null],
    ['"우리 계약 아직 유효해요?" with an expired contract is the expired plan', 'adventure-user', ['우리 계약 아직 유효해요?'], [/만료되었거나 소진된 플랜/], null],
    ['"what replaced action pack later?" then "do those successors include on-prem?"', 'northwind-admin', ["we're on action pack. how many on prem incidents do we get, and any cloud ones?", 'ok and what replaced action pack later?', 'do those successors include on-prem incidents?'], [/Solutions Partner designation/], /^Benefits of Northwind/],
    ['"is that role even a thing anymore?" is the partner admin\'s new name', 'contoso-mpn', ["I'm the MPN partner admin. is that role even a thing anymore?"], [/Partner admin \(Microsoft AI Cloud Partner Program\)/], /Sorry, I didn't get that/],
    ['"2026 프로그램에서도 클라우드 인시던트가 다 떨어질 수 있어요?" is today\'s counts', 'litware-admin', ['2026 프로그램에서도 클라우드 인시던트가 다 떨어질 수 있어요?'], [/50건/], /만료되었거나 소진된/],
    ['"골드/실버 역량 마지막 날이 언제였어요?" is 2022-09-30, and what came next needs 70 points', 'unknown', ['골드/실버 역량 마지막 날이 언제였어요?', '그 다음엔 뭐로 바뀌었어요?'], [/70점/], null],
    ['"exact date that ended?" after the legacy pack is 2025-01-22', 'fabrikam-admin', ['after competencies ended in 2022 could partners keep buying the silver benefits pack?', 'exact date that ended?'], [/2025-01-22/], /^Benefits of Fabrikam/],
    ['"2021 때처럼 아무 사용자나 ID 볼 수 있어요?" is every user', 'woodgrove-user', ['2021 때처럼 아무 사용자나 ID 볼 수 있어요?'], [/관리자가 아니어도/], /지원되는 제품/],
    ['"heard expiry rules change Nov 2026?" is the purchase-date alignment', 'unknown', ["heard expiry rules change Nov 2026? what's that about"], [/purchase date/, /billing account/], null],
    ['"그럼 우리 지금 쓸 수 있어요?" with an expired contract is no', 'adventure-user', ['2021엔 골드 보안 역량이면 클라우드 무제한이었죠? 지금 대응하는 혜택은요?', '그럼 우리 지금 쓸 수 있어요?'], [/만료/], null],
    ['"MAPS 10팩 쓰던 파트너는 2025년 이후엔?" is Action Pack\'s successors, and only the designation has on-prem', 'unknown', ['MAPS 10팩 쓰던 파트너는 2025년 이후엔 어떻게 돼요?'], [/Partner Success Core/, /Solutions Partner 지정에만/], null],
    ['"잔액 보려고 더미로 채웠잖아요. 지금도 그렇게 해야 돼요?" is where the balance shows, today on Partner Center too', 'contoso-user', ['2021엔 잔액 보려고 SfB에서 Windows 10 골라서 더미로 채웠잖아요. 지금도 그렇게 해야 돼요?'], [/파트너 센터/], /지원되는 제품/],
    ['"실버 파트너는 온프레미스 인시던트 20건 맞죠?" is corrected first', 'unknown', ['실버 파트너는 온프레미스 인시던트 20건 맞죠?'], [/20건이 아닙니다/, /15건입니다/], null],
    ['"gold gets 15 on-prem incidents right?" is corrected first', 'unknown', ['gold gets 15 on-prem incidents right?'], [/Not 15: Gold competency gives 20/], null],
    ['"클라우드 역량이랑 다른 역량이랑 왜 다른건데요?" is the cloud competencies', 'unknown', ['골드 역량 파트너는 클라우드 지원 인시던트 몇 건이에요?', '클라우드 역량이랑 다른 역량이랑 왜 다른건데요?'], [/클라우드 플랫폼|Cloud Platform/], null],
    ['"\'Microsoft 제품 지원\'이랑 \'시그니처 클라우드 지원\'이 같은 거예요?" is the two benefits side by side', 'contoso-user', ["'Microsoft 제품 지원'이랑 '시그니처 클라우드 지원'이 같은 거예요? 헷갈려요"], [/온-프레미스/, /클라우드/], /이해하지 못했습니다/],
    ['"is MPN the same thing as MAICPP?" says it was renamed', 'unknown', ['is MPN the same thing as MAICPP? the docs use both'], [/is now called Microsoft AI Cloud Partner Program/], null],
    ['"저희 회사 애저 문제 시그니처 지원으로 문의 가능한가요?" for Action Pack is no cloud line', 'northwind-user', ['저희 회사 애저 문제 시그니처 지원으로 문의 가능한가요?'], [/Action Pack에는 Signature Cloud Support가 없습니다/], /이해하지 못했습니다/],
    ['"so I can open an azure ticket today with it?" with an expired contract is no', 'adventure-user', ["we're gold security, cloud is unlimited for us right?", 'so I can open an azure ticket today with it?'], [/expired/], /Solutions Partner designation/],
    ['"why can\'t I see our benefits, I\'m GA" from a CSP-side account is the CSP answer', 'contoso-csp', ["why can't I see our benefits, I'm GA"], [/CSP/], /^Benefits of Contoso/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['an English question around a Korean quote gets an English suggested reply, and how to get a Korean one', ['Litware forwarded a Korean screenshot: "이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요." - can Pradeep just relink?'], [/Suggested reply \(English\)/, /say "in Korean"/], /추천 답변/],
    ['"in Korean" after it gives the Korean suggested reply', ['Litware forwarded a Korean screenshot: "이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요." - can Pradeep just relink?', 'in Korean'], [/추천 답변\(한국어\)/], null],
    ['"shouldn\'t have been charged, what does their history show?" is the requests on record', ["Woodgrove says one of their cloud tickets shouldn't have been charged. what does their history show?"], [/Requests on record for Woodgrove/, /refunded \(SR 25103040000003\)/], /The six cloud competencies/],
    ['"what\'s the deadline for them to use it?" is the validity', ['Woodgrove status', "what's the deadline for them to use it?"], [/13 months/], null],
    ['"and their on-prem incidents? those gone too?" after a used-up cloud line is the separate on-premises balance', ['Pradeep at Litware is linking in Azure and gets: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.', 'and their on-prem incidents? those gone too?'], [/separate and still usable: 15 of 15 left/], null],
    ['"so what can they use" after an Azure question for Action Pack is its lines', ['Northwind Traders wants to open an Azure ticket on their partner benefit. how?', 'so what can they use'], [/10 incidents, 10 left/], null],
    ['a partner the records don\'t have, named by its admin, is said to be unknown', ["Relecloud's admin pasted: You are not authorized for this action. can you pull up their balance and who activated?"], [/No organization matches "Relecloud"/], null],
    ['"Fourth Coffee … how many incidents left" is unknown too', ['Fourth Coffee (gold partner they say) wants to know how many incidents they have left'], [/No organization matches "Fourth Coffee"/], null],
    ['"what would make it unlimited" is the cloud competencies', ["Fabrikam says their friends at Contoso get unlimited Azure incidents and they want the same. they're silver", 'what would make it unlimited'], [/The six cloud competencies/], null],
    ['"when does their membership end" is the partner\'s membership year', ['balance for northwind?', 'when does their membership end'], [/until 2022-03-15/], null],
    ['"what does she need first" for a partner not activated names who can activate', ['Miriam Graham at Northwind only has an outlook.com account. can she use the on-prem benefit with that?', 'ok and what does she need first'], [/Lynne Robbins: MPN partner admin/], null],
    ['"add what they need to do next" after a reply draft stays on it', ["draft me a short reply to Adventure Works on why Azure doesn't show their Signature plan anymore", 'add what they need to do next'], [/activation in Partner Center|activates the benefit/], /Sorry, I didn't get that/],
    ['"if core runs out, can they still open cloud tickets?" adds the partner\'s own lines', ['did woodgrove use up their Core incidents', 'if core runs out, can they still open cloud tickets?'], [/50 incidents, 49 left/], null],
    ['"그럼 본인들이 어디서 확인해요?" after an unknown partner is where the balance shows', ['Alpine Ski House라는 파트너가 잔여 인시던트 물어보는데 우리 기록에 있어요?', '그럼 본인들이 어디서 확인해요?'], [/Support for Business/], /이해하지 못했습니다/],
    ['"리트웨어 시그니처 다 썼다는데 그럼 온프레미스도 못 쓰나요?" is the separate on-premises line', ['리트웨어 시그니처 다 썼다는데 그럼 온프레미스도 못 쓰나요?'], [/별도 혜택이라 계속 쓸 수 있습니다/], null],
    ['"why can\'t their admin activate then" after "tailspin status?" is about the benefits, not a ticket', ['tailspin labs status?', "why can't their admin activate then"], [/membership/], /You have no ticket with us/],
    ['"what do they have then" after an Azure question is the partner\'s lines', ['northwind wants azure support thru their benefit', 'what do they have then'], [/10 incidents/], null],
    ['"what are their balances?" after a pasted message is the balance', ['Woodgrove Bank Partners: azure link support benefits says this access id is already associated to an account', 'what are their balances?'], [/49 left/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('false premises, then and now, Korean follow-ups (session 14: d115–d126)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"Azure에서 기술지원 받으려면 어떻게 해요? 우리 회사 골드예요" is linking in Azure', 'contoso-user', ['Azure에서 파트너 혜택으로 기술지원 받으려면 어떻게 해요? 우리 회사 골드예요'], [/지원 혜택 연결\(Link support benefits\)/], /^Contoso Cloud Partners의 혜택/],
    ['"one incident for an Exchange and a SharePoint 권한 problem?" is the incident definition, not a role question', 'unknown', ['인시던트 하나 열어서 Exchange 메일 흐름 문제랑 SharePoint 권한 문제 같이 물어봐도 되나요?'], [/하나의 문제/], /역할을 확인할 수 없습니다/],
    ['"are our ids still valid?" asks: an expired contract is said so', 'adventure-user', ['trying to use our partner contract in azure and it doesnt show up. are our ids still valid?'], [/Contract: Expired/], /Contract: Valid/],
    ['"the IDs expire every month" is corrected with how long they last', 'unknown', ['our Access ID and Contract ID expire every month so each month I have to re-enter them in support for business?? kind of annoying'], [/1 year|one year/], null],
    ['"how do I add the ids with my outlook.com account then" is where they are entered', 'unknown', ['on-prem support incidents only work with an Azure AD work account, not a personal MSA, correct?', 'ok how do i add the ids with my outlook.com account then'], [/Add Contract/], null],
    ['"며칠 기다리면 되는거죠?" beside "no benefits yet" is the message, and "계정 바꾸는건 어디서" stays on it', 'unknown', ["파트너센터에서 '아직 혜택이 없는 것 같습니다.' 나오는데 활성화 처리중이라 며칠 기다리면 되는거죠?", '계정 바꾸는건 어디서 해요'], [/다른 계정으로 로그인/], /유효 기간/],
    ['"파트너 support plan이 안 떠요" for Litware is its used-up contract, not CSP', 'litware-admin', ['Azure에서 새 지원 요청 하는데 파트너 support plan이 안 떠요 왜 그런가요'], [/남은 인시던트 없음|0개 남음/], /CSP 고객의 지원 요청/],
    ['"우리 액세스 ID 뭐예요?" before activation says it is not activated', 'fabrikam-user', ['우리 액세스 ID 뭐예요?'], [/아직 활성화되지 않았습니다/], null],
    ['"그럼 활성화하고 나면 얼마나 써요?" is how long the benefit lasts', 'unknown', ['혜택 페이지에 만료일 나와 있던데 그날까지 인시던트 쓰면 되는 거죠?', '그럼 활성화하고 나면 얼마나 써요?'], [/1년/], /활성화 방법/],
    ['"저흰 독일 법인이라 EMEA예요" after the PMC answer is the EMEA address', 'unknown', ['저희 아직 PMC(파트너 멤버십 센터) 회원인데 파트너 센터에서 활성화가 안 되네요', '아 저흰 독일 법인이라 EMEA예요'], [/regform@msdirectservices\.com/], null],
    ['"어느 메뉴에서 해요?" after today\'s activation is today\'s page', 'unknown', ['2026년 현재 프로그램에서는 혜택 활성화하고 ID 나오는 데 얼마나 걸려요?', '어느 메뉴에서 해요?'], [/Technical support & consultation/], /무엇을 도와드릴까요/],
    ['"does the action pack replacement include cloud incidents" is its successors', 'northwind-user', ['we have action pack. can i open an azure ticket using signature support?', 'what about today, does the action pack replacement include cloud incidents'], [/Partner Success Core/, /Partner Success Expanded/], null],
    ['"would the current program give us more cloud incidents?" is what the membership became', 'litware-admin', ['why cant i see our partner signature plan in azure anymore', 'would the current program give us more cloud incidents?'], [/Solutions Partner designation \(50 Partner Cloud Support incidents/], null],
    ['"no benefits yet … what do we buy now?" for an org without membership says so first', 'tailspin-admin', ["partner center says Looks like you don't have any benefits yet . we had action pack years ago, what do we buy now?"], [/no active membership for Tailspin/, /Partner Success Core/], null],
    ['"bought Success Core last week … refund?" is the membership refund rule, with the verdict', 'unknown', ['bought partner success core last week, changed our mind. can we get a refund like the old action pack?'], [/Yes, within 30 days of purchase/], null],
    ['"is premier and advanced support still around in 2026? our gold lapsed" is the paid plans', 'unknown', ['is premier and advanced support for partners still around in 2026? our gold lapsed'], [/Premier Support for Partners/, /Advanced Support for Partners/], /^Gold competency →/],
    ['"옛날 MAPS 10pack 지금은 뭐에요?" names Action Pack\'s successors too', 'unknown', ['옛날 MAPS 10pack 지금은 뭐에요?'], [/Partner On-premises Support/, /Partner Success Core/], null],
    ['"csp support for our own azure, or partner cloud support like the old signature?" is the CSP answer', 'unknown', ["we're csp direct bill. can we use csp support for our own azure or do we need partner cloud support like the old signature"], [/CSP support does not cover your company's own tenant/], null],
    ['"the three badges in 2026, did requirements change?" names the badges', 'unknown', ['whats with the three badges in 2026, did designation requirements change?'], [/Cloud & AI Platforms, AI Business Solutions and Security; requirements and benefits are unchanged/], null],
    ['"이거 뭐임? 전에 sfb에서 계약추가 했었음" beside the pasted Azure message is: ignore it', 'unknown', ['This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID. 이거 뭐임? 전에 sfb에서 계약추가 했었음'], [/메시지를 무시하세요/], /Azure Portal에만 해당합니다/],
    ['a plan gone from Azure and listed as ended in SfB is an expired contract, whatever the portals named', 'unknown', ['작년엔 azure에서 시그니처로 티켓 잘 열었는데 요새 새 지원 요청 만들때 파트너 플랜이 안나와서 지원혜택연결 다시 했더니 액세스 ID가 이미 연결되어 있습니다 뜨네요 sfb 들어가보니까 사용할 수 없는 지원 플랜쪽에 종료날짜가 지난걸로 나와있음. 이거 어떻게 해야돼요?'], [/계약: 만료됨/], null],
    ['"환불됨? 근데 혜택 하나 이미 활성화 해버림" is no', 'unknown', ['멤버십 잘못 샀는데 환불됨? 근데 혜택 하나 이미 활성화 해버림ㅠ'], [/환불받을 수 없습니다/], null],
    ['"designation 두개 따면 비용 두번 내야돼?" is the one designation fee', 'unknown', ['solutions partner designation 두개 따면 비용 두번 내야돼?'], [/4,875/], null],
    ['"what happens if our membership lapses" is that the benefits go with it', 'unknown', ['what does the expiration date shown on our benefits actually mean', 'and how long is the renewal window', 'what happens if our membership lapses'], [/How long the benefit and the IDs last/], /per membership \(2021 program\)/],
    ['"why does it say 18" is the requests that used the Gold 20', 'contoso-user', ["we're gold so it should be 20 on-prem right? why does it say 18"], [/3 opened so far this membership year and 1 of them refunded: [0-9]+ used, so 18 left/], null],
    ['"opened two cloud cases, why only one deducted?" shows the refund on record', 'woodgrove-user', ['클라우드 케이스 두 개 열었는데 왜 하나만 차감됐어요?'], [/1건 환불/], /클라우드 역량 6가지/],
    ['"is our on-prem line affected too?" is the own lines', 'litware-admin', ['is our on-prem support line affected too or only the cloud one?'], [/15 incidents, 15 left/], null],
    ['"and the cloud ones, same date?" stays on the end date', 'contoso-admin', ['when does our support contract expire?', 'and the cloud ones, same date?'], [/valid until 2022-03-15/], /Linking your benefit/],
    ['"back to the activation - when does it run out" is when the contract ends', 'woodgrove-admin', ['who activated our benefits?', 'can i send the ids to a colleague who is not in our tenant', 'back to the activation - when does it run out'], [/How long the benefit and the IDs last/], null],
    ['"what do we need to do" after an expired balance is the next year\'s activation', 'adventure-user', ['how many incidents left then', 'what do we need to do'], [/An expired or used-up plan can't be used/], null],
    ['"unrelated: what does MAICPP stand for" is not a follow-up, and "back to advanced - still around in 2026?" is the paid plans today', 'unknown', ['difference between premier support for partners and advanced support for partners?', 'unrelated: what does MAICPP stand for', 'back to advanced - is it still around in 2026?'], [/January 2027/], null],
    ['"and \'Partner Signature 5pack\'?" is Silver\'s pack', 'unknown', ["what is 'Partner support MAPS 10pack'", "and 'Partner Signature 5pack'?"], [/What Silver competency gives you/], null],
    ['"5pack은요?" after Gold\'s Signature 10pack is Silver\'s', 'unknown', ['Partner Signature 10pack이 뭐예요?', '5pack은요?'], [/실버 역량/], null],
    ['"why only 20?" after Gold\'s counts is the allowance, not a balance', 'unknown', ['gold on prem incidents?', 'why only 20?'], [/20/], /How to see your incidents left/],
    ['"if we hold both do we get 52?" is not documented', 'unknown', ['today, how many cloud incidents does a solutions partner designation give', 'and partner success core', 'if we hold both do we get 52?'], [/Not documented/], null],
    ['"the newer version of that message" after "not authorized" is its 2026 wording', 'unknown', ['partner center: "You are not authorized for this action"', 'back to the error - what does the newer version of that message say'], [/program-associated account/], /Ignore the message/],
    ['"does Expanded include on-prem incidents?" says none, in words', 'unknown', ['does partner success expanded include on-prem incidents?'], [/not included \(no on-premises incidents\)/], null],
    ['"Azure 티켓은요?" after the balance is where Azure requests are opened', 'contoso-user', ['온프렘 윈도우 서버 티켓은 어디서 열어요?', '우리 몇 개 남았어요?', 'Azure 티켓은요?'], [/새 지원 요청|New support request/], /남은 인시던트$/m],
    ['"does linking in azure burn one incident?" is no', 'unknown', ['does linking the contract id in azure burn one incident? dont want to waste them'], [/don't use an incident \(they're free\)/], null],
    ['"can we still renew action pack in 2026?" is what it became', 'unknown', ['can we still renew action pack in 2026? our AP runs out next month'], [/Microsoft Action Pack was retired on 2025-01-22/], /How long the benefit/],
    ['"온프렘 몇개 남았어요? 석세스코어까지 합쳐서 25개 맞죠?" is the balance, not whether offers add up', 'woodgrove-user', ['온프렘 몇개 남았어요? 석세스코어까지 합쳐서 25개 맞죠?'], [/19/], /문서화되지 않음/],
    ['"where do I enter the ids in m365 admin center" is that Microsoft 365 takes none', 'woodgrove-user', ['exchange online issue, can i use partner cloud support', 'where do i enter the ids in m365 admin center'], [/Microsoft 365/], /^Your Access ID and Contract ID/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"what does their on-prem usage look like" is the partner\'s requests on record', ['Contoso Cloud Partners - who activated their benefit', 'what does their on-prem usage look like'], [/Requests on record for Contoso/], null],
    ['"is their competency a cloud one" answers for the partner\'s competency', ['Fabrikam Solutions asks how many incidents they have', 'is their competency a cloud one'], [/No: Messaging is not a cloud competency/], null],
    ['"can they at least use on-prem support?" is the partner\'s lines', ['Northwind Traders says they can\'t find any Signature plan in Azure. what\'s the diagnosis?', 'can they at least use on-prem support?'], [/10 incidents, 10 left/], null],
    ['"실버 파트너인데 지금 프로그램으로 가면 온프레미스 몇 개?" is what Silver became', ['Fabrikam Solutions 실버 파트너인데 지금 프로그램으로 가면 온프레미스 인시던트 몇 개예요?'], [/실버 역량 → Solutions Partner 지정/], null],
    ['"back to the greyed button - would giving her admin agent fix it?" is who can activate', ['Fabrikam Solutions: Lidia Holloway says the Activate button is greyed out for her. why?', 'back to the greyed button - would giving her admin agent fix it?'], [/Only a Global admin or an MPN partner admin can activate/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('long formal questions, names in Hangul, acknowledgements and follow-ups (session 15: d127–d134)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['a long formal question about Gold on-premises being unlimited is not the "not authorized" message', 'unknown', ['저희 팀장님께서 Gold 역량이면 온프레미스 지원도 사실상 무제한이라고 하셔서 그동안 건수를 따로 관리하지 않았습니다. 그런데 최근 다른 파트너사 담당자분께서 그렇지 않다고 하시더군요. 골드 역량 기준으로 온프레미스 제품 지원 인시던트는 정말 제한이 없는 것입니까?'], [/(?<!\d)20(?!\d)/], /권한이 없습니다/],
    ['"…연간 총 몇 건인지 답변 부탁드립니다" about Action Pack is its counts, cloud included or not', 'northwind-admin', ['노스윈드 트레이더스에서 파트너 센터 관리를 맡고 있는 담당자입니다. 저희는 현재 Microsoft Action Pack 멤버십만 보유하고 있으며 기술 혜택은 아직 활성화하지 않은 상태입니다. 이 혜택으로 Azure 관련 문제도 문의할 수 있는지, 그리고 연간 총 몇 건인지 답변 부탁드립니다.'], [/(?<!\d)10(?!\d)/, /Signature Cloud Support가 없/], /Partner Success Core/],
    ['"매달 초에 다시 채워진다던데" is corrected: a membership year', 'litware-admin', ['리트웨어의 Pradeep입니다. 하이브리드 Signature 5건을 벌써 다 써 버렸습니다. 팀원 한 명은 매달 초에 건수가 다시 채워진다고 하던데, 그게 사실이라면 다음 달까지 기다리려고 합니다. 소진된 건수는 언제 다시 사용할 수 있게 되는지 여쭙니다.'], [/1년|멤버십/], null],
    ['"고객이 아닌 저희 회사 자체 Exchange Online" is Microsoft 365, not CSP', 'fabrikam-admin', ['고객이 아닌 저희 회사 자체 Exchange Online에서 메일 흐름 지연이 생겼습니다. Microsoft 365 건은 어디에서 지원을 요청해야 하는지 문의드립니다.'], [/관리 센터/], /CSP 고객의 지원 요청/],
    ['"ah my bad. and signature?" after a wrong membership is the company\'s own cloud line', 'northwind-admin', ['we are gold right? how many incidents do we get', 'ah my bad. and signature?'], [/no Signature Cloud Support/], /What Gold competency gives you/],
    ['"좋네요 ㅎ 그럼 오피스 365 쪽도 무제한?" is Microsoft 365', 'contoso-user', ['우리 회사 클라우드 플랫폼 골드라서 애저는 무제한 맞죠?', '좋네요 ㅎ 그럼 오피스 365 쪽도 무제한?'], [/Microsoft 365/], /남은 인시던트/],
    ['"에이 확실해요? 딴 데서 무제한이라고 들었는데" explains the cloud competency', 'fabrikam-user', ['저희 실버 역량이면 시그니처 무제한 맞죠?', '에이 확실해요? 딴 데서 무제한이라고 들었는데'], [/클라우드 역량/, /(?<!\d)5(?!\d)/], /이해하지 못했습니다/],
    ['"우리 회사 자체 애저 테넌트도 그 방식으로 되나요?" after CSP customers: not covered, use Signature', 'contoso-agent', ['고객사 애저 구독 장애 건 지원 요청 넣으려는데 우리 액세스 ID 써야 돼요?', '우리 회사 자체 애저 테넌트 문제도 그 방식으로 되나요?'], [/해당되지 않습니다/, /Signature Cloud Support/], null],
    ['"그때 우리 시그니처 인시던트도 차감돼요?" after CSP customers: no IDs, no contract', 'unknown', ['재판매하는 고객사 애저 문제는 CSP 쪽으로 요청 열면 되나요?', '그때 우리 시그니처 인시던트도 같이 차감되는 거예요?'], [/필요 없습니다/], /멤버십별 기술 지원 인시던트/],
    ['"혹시 모르고 해버리면요?" after linking in Azure is the message to ignore', 'contoso-user', ['애저 포털에서 지원 혜택 연결하는 메뉴 어디 있어요', '혹시 모르고 해버리면요?'], [/무시/], null],
    ['"누르면 ID는 바로 나오나요?" after activating is how soon', 'woodgrove-admin', ['요즘 프로그램 기준으로 파트너센터에서 기술 지원 혜택 활성화하는 메뉴가 어디예요?', '누르면 ID는 바로 나오나요?'], [/1~2분/], null],
    ['"아 맞다 저희는 이미 했던가요?" is the activation on record', 'woodgrove-admin', ['파트너센터에서 기술 지원 혜택 활성화하는 메뉴가 어디예요?', 'ID 어디서 봐요?', '아 맞다 저희는 이미 했던가요?'], [/이미 활성화되어/], /메시지를 무시하세요/],
    ['"같은 회사 다른 분한테 받아서 넣어도 돼요?" is sharing the IDs', 'contoso-csp', ['같은 회사 다른 분한테 받아서 애저에 넣어도 되는 거예요?'], [/공유해도 됩니다/], null],
    ['"그럼 ID 또 넣어야 돼요?" says whether the asker\'s own account is linked', 'contoso-user', ['저 전에 계약 추가 했었던가요?', '그럼 ID 또 넣어야 돼요?'], [/다시 입력할 필요 없이/], null],
    ['"온프레미스 서버 문제로 파트너 인시던트 하나 쓰려고요" is where requests are opened', 'contoso-user', ['온프레미스 서버 문제 때문에 파트너 인시던트 하나 쓰려고요'], [/Support for Business/], /Microsoft AI 클라우드 파트너 프로그램/],
    ['"그러면 티켓이 실제로 생성되는 거 아니에요?" after the balance steps: nothing is submitted', 'contoso-user', ['남은 인시던트 제가 직접 확인하는 방법 있어요?', '그러면 티켓이 실제로 생성되는 거 아니에요? 괜히 차감되면 안 되는데'], [/제출하지 않으므로/], /사용 기록/],
    ['"ID 좀 다시 알려줄래요?" shows the IDs in a private chat', 'contoso-admin', ['ID 좀 다시 알려줄래요? 팀원한테 전달하게'], [/3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c/], null],
    ['"can you remind me of our access ID" shows it', 'contoso-admin', ['can you remind me of our access ID'], [/3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c/], /Incidents left/],
    ['"그럼 지금 우리 실버 혜택은 쓸 수 있어요?" is the company\'s own state: activate first', 'fabrikam-admin', ['실버 역량 없어진다는 얘기가 있던데 사실이에요?', '그럼 지금 우리 실버 혜택은 쓸 수 있어요?'], [/먼저 활성화해야 합니다/], null],
    ['"did they kill it?" about Signature is its new name', 'unknown', ["we always opened azure tickets on Signature Cloud Support but i can't find anything with that name in partner center anymore. did they kill it?"], [/Partner Cloud Support/, /renamed/], null],
    ['"if I dig the IDs out again in 2026, will they still work?" is how long they last', 'contoso-user', ['we got our Access ID and Contract ID this year. if i dig them out again in 2026, will they still work?'], [/2022-03-15/], null],
    ['"switched from Action Pack to Core - do our 10 on-prem incidents carry over?" is Core\'s lines', 'northwind-admin', ['Say we switched from Action Pack to Partner Success Core - do our 10 on-prem incidents carry over?'], [/not included \(no on-premises incidents\)/], null],
    ['"when does an incident get credited back?" today: duplicates, bugs, and billing or quota requests', 'contoso-admin', ['under the current program, when does an incident get credited back to us?'], [/duplicate/, /quota/], null],
    ['"if we were on today\'s program, what would we need to get incidents again?" includes activating', 'adventure-user', ['is our partner support contract still good?', "ok. if we were on today's program instead, what would we need to get support incidents again?"], [/Solutions Partner designation/, /Activate/], null],
    ['"관리자가 다시 활성화하면 되는 거 아니에요?" with a used-up line: activating again brings nothing back', 'litware-admin', ['관리자가 다시 활성화하면 되는 거 아니에요?'], [/다시 활성화해도 사용한 인시던트는 돌아오지 않습니다/, /유료/], null],
    ['"Plan: buy the designation a second time so 50 become 100" is the buy-once rule', 'woodgrove-admin', ['Plan: buy the Solutions Partner designation a second time so our 50 cloud incidents become 100.'], [/cannot be bought twice/], /100 incidents/],
    ['"where on our azure invoice is the access id printed?" is where the IDs are', 'contoso-user', ["where on our azure invoice is the access id printed? finance says it's on there somewhere"], [/Partner Center/], /Sorry, I didn't get that/],
    ['"my teammate in the other office, same pool?" is one contract for the company', 'contoso-user', ['do we still have on-prem incidents or do I need to buy one for a windows server case', 'nice. my teammate in the other office, same pool?'], [/company/], /AI Cloud Partner Program/],
    ['"and how much of the signature 10-pack is gone" is the balance, not the new pack name', 'contoso-mpn', ['why do we have 18 left if we opened 3 on-prem cases?', 'and how much of the signature 10-pack is gone'], [/(?<!\d)9(?!\d)/], /were renamed/],
    ['"is there another way to get hold of the access id" on the CSP side: a colleague shares them', 'contoso-csp', ["why can't I get into benefits in partner center? I'm a global admin there", 'is there another way for me to get hold of the access id'], [/colleague/], /How long the benefit/],
    ['"our admin agent (that\'s me) activated it last week" is corrected with who can, and who did', 'contoso-agent', ["our admin agent (that's me, Alex) activated the tech benefits last week so why does it look like nothing happened?? do i have to do it again"], [/Global admin/, /Megan Bowen/], null],
    ['"다시 로그인하니까 혜택은 보이는데 액세스 ID가 안 보여요" is activation', 'fabrikam-admin', ['혜택 페이지에 "아직 혜택이 없습니다." 라고 나옵니다', '다시 로그인하니까 기술 혜택은 보이는데 액세스 ID가 안 보여요'], [/전역 관리자/], null],
    ['"하루 이틀 지나면 생기나요?" beside "no benefits yet" is the message again (waiting does not help)', 'northwind-admin', ['혜택이 아직 없다는 메시지가 떠요', '하루 이틀 지나면 생기나요?'], [/다른 계정/], /이해하지 못했습니다/],
    ['"we\'ve got an Azure issue on our own tenant" answers the used-up message\'s question: a new plan', 'litware-admin', ['Azure keeps throwing "Access ID is already associated..." at me when I try to link our Signature benefit. tried like 4 times now', "ok so what do I do now? we've got a nasty Azure issue on our own tenant", 'and our on-prem Exchange box, can we at least still open something for that?'], [/Microsoft Product Support: 15 incidents, 15 left/], /Support requests for CSP customers/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"미리엄이 하면 안 돼요?" names Miriam Graham in Hangul: she cannot', ['노스윈드 쪽에서 혜택 활성화를 하려면 누가 해야 하나요?', '미리엄이 하면 안 돼요?'], [/Miriam Graham 님은 기록상 사용자/], /이해하지 못했습니다/],
    ['"리디아 할로웨이인데 … 관리자였으면 바로 할 수 있었던 거예요?" is who can activate', ['Fabrikam Solutions 기술 혜택 활성화 돼 있나요?', '문의한 분이 리디아 할로웨이인데 일반 사용자래요. 관리자였으면 바로 할 수 있었던 거예요?'], [/Lidia Holloway 님은 기록상 사용자/, /Lee Gu: 전역 관리자/], null],
    ['"그럼 그 오류는 어떻게 처리하면 돼요?" after a link triage is the message to ignore', ['콘토소 디에고 시실리아니 님이 Azure에서 지원 혜택 연결하다 오류가 났어요. 디에고 계정에 계약 연결된 기록 있어요?', '그럼 그 오류는 어떻게 처리하면 돼요?'], [/무시하세요/, /새 지원 요청/], null],
    ['"Windows 10 골라서 잔여 수량 보려는데 … cannot be used" is the expected message', ['콘토소에서 SfB로 Windows 10 골라서 잔여 수량 보려는데, 시그니처 플랜이 사용할 수 없는 지원 플랜 밑에 `Support plan cannot be used for the specified product` 로 나온대요. 문제 있는 건가요?'], [/정상/], null],
    ['"he keeps telling me he\'s a global admin" about a CSP-side account is still the membership account', ["isaiah.langer@contoso.example says Partner Center gives him 'You are not authorized for this action' when he opens Benefits. what does his record say?", "he keeps telling me he's a global admin though. doesn't that cover it?"], [/CSP/, /membership/], /Which products are covered/],
    ['"and for Contoso\'s own Azure subscription?" after a CSP customer: Signature, linked in Azure', ["alex.wilber@contoso.example wants to open an Azure ticket for one of their CSP customers. should he use Contoso's Signature?", "and for Contoso's own Azure subscription?"], [/Link support benefits/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('own offers, hypotheticals, then and now and the desk (session 16: d139–d142)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"what counts as one support incident?" is the definition, not the menu', 'unknown', ['what counts as one support incident?'], [/one single issue/], /Sorry, I didn't get that/],
    ['"if the case takes three weeks, is that more than one?" is one incident however long', 'unknown', ['if the case takes three weeks, is that more than one?'], [/doesn't depend on how much time it takes/], /Sorry, I didn't get that/],
    ['"which offers is our org on right now?" is the org\'s own offers', 'woodgrove-user', ['which offers is our org on right now?'], [/Solutions Partner designation, Partner Success Core/], /How to activate/],
    ['"저희가 가진 오퍼가 뭐뭐죠?" is the org\'s own offers', 'woodgrove-admin', ['저희가 가진 오퍼가 뭐뭐죠?'], [/보유 오퍼: Solutions Partner 지정, Partner Success Core/], /이해하지 못했습니다/],
    ['"혜택에 표시된 만료일이 활성화 마지막 날이라는데 무슨 뜻이에요?" is what the date means', 'contoso-user', ['혜택에 표시된 만료일이 활성화 마지막 날이라는데 무슨 뜻이에요?'], [/활성화할 수 있는 마지막 날/], /기술 지원 혜택 활성화 방법/],
    ['"그 친구는 처음 쓸 때 뭘 하면 되나요?" after the IDs is entering them once', 'contoso-admin', ['새로 온 엔지니어한테 전달하려고 하는데 저희 Contract ID 뭐였죠?', '그 친구는 처음 쓸 때 뭘 하면 되나요?'], [/한 번/], /이해하지 못했습니다/],
    ['"제가 MPN partner admin인데 직접 할 수 있어요?" is who can activate', 'northwind-admin', ['우리 ID 발급됐나요? activation 상태 궁금', '제가 MPN partner admin인데 직접 할 수 있어요?'], [/MPN 파트너 관리자만 할 수 있습니다/], /무엇을 도와드릴까요/],
    ['"help with an exchange server issue" after "no benefits" is what can be bought, not the menu', 'tailspin-admin', ["why does partner center say we don't have any benefits yet", 'ok so what can we do if we need help with an exchange server issue'], [/Premier Support for Partners/], /How can I help\?/],
    ['"and if it were a non-cloud competency instead?" is Gold\'s other-competency line', 'adventure-user', ["we're gold in security. how many signature incidents does that give?", 'and if it were a non-cloud competency instead?'], [/other competencies\): 10 incidents/], null],
    ['"back in 2021 a gold cloud competency would have been unlimited, right?" after today\'s balance: unlimited', 'woodgrove-user', ['how many cloud incidents do we have left', 'back in 2021 a gold cloud competency would have been unlimited, right?'], [/unlimited/], /Incidents left for Woodgrove/],
    ['"온프레미스는요? 실버때 15개였잖아요" after today\'s designation is today\'s on-premises count', 'fabrikam-user', ['우리 실버 메시징 역량이면 시그니처 클라우드 몇개 받아요?', '그럼 지금 솔루션 파트너 지정이면 클라우드 몇 개로 늘어요?', '온프레미스는요? 실버때 15개였잖아요'], [/Partner On-premises Support — Solutions Partner 지정: 인시던트 20건/], /Fabrikam Solutions의 혜택/],
    ['"if i link in dynamics does that count for azure too?" in 2026 is the link-once rule', 'contoso-user', ['is that still how it works in 2026 - if i link in dynamics does that count for azure too?'], [/also serves Azure/], /Which products are covered/],
    ['"yes I added the contract in SfB… so it\'s fine?" after the Access ID message: ignore it', 'contoso-user', ['Azure says "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID." when I click Link support benefits', "yes I added the contract in support for business a while ago. so it's fine?"], [/ignore it/], /Your Access ID and Contract ID/],
    ['"무시하라고 했는데 지금도 그래요?" with nothing activated: the rule holds, the records differ', 'fabrikam-admin', ['2021엔 Azure에서 "Access ID is already associated" 뜨면 무시하라고 했는데 지금도 그래요?'], [/그 원칙은 지금도 같습니다/, /활성화/], null],
    ['"we renewed action pack every year, now in 2026 it says no benefits" says Action Pack was retired', 'northwind-admin', ['we renewed action pack every year since 2019, now in 2026 partner center shows "Looks like you don\'t have any benefits yet". why?'], [/retired on 2025-01-22/, /Partner Success Core/], null],
    ['"what\'s that one called now?" after pack names is the packs\' new names', 'unknown', ["what's the pack name for silver on-prem in the support portal?", 'and gold?', "what's that one called now?"], [/Partner On-premises Support 20/], null],
    ['"Action Pack 인시던트 10건 맞죠? 언제까지 유효해요?" answers both', 'northwind-admin', ['Action Pack 인시던트 10건 맞죠? 언제까지 유효해요?'], [/인시던트 10개/, /유효 기간/], null],
    ['"Signature 5팩 다 쓴 거 맞아요?" confirms the used-up line', 'litware-admin', ['Signature 5팩 다 쓴 거 맞아요?'], [/인시던트 5개를 모두 사용해 남은 것이 없습니다/], null],
    ['"다음 해 할당 기다리는 거 말고 방법 있어요?" is paid support', 'litware-admin', ['Signature 5팩 다 쓴 거 맞아요?', '다음 해 할당 기다리는 거 말고 방법 있어요?'], [/Premier Support for Partners/], /혜택과 ID의 유효 기간/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"quick one: action pack 2021 vs core 2026 - cloud incidents?" names no partner, and Action Pack had none', ['quick one: action pack 2021 vs partner success core 2026 - cloud incidents?'], [/Microsoft Action Pack has no Signature Cloud Support/, /Partner Success Core \(2 Partner Cloud Support incidents\)/], /No organization matches/],
    ['"what would they get on-prem then?" after Northwind and Azure is its on-premises line', ['northwind wants to open an azure ticket with their benefit. can they?', 'what would they get on-prem then?'], [/10 incidents, 10 left/], /Where to find the Access ID/],
    ['"다음 조치는?" after an expired contract is activating this year\'s benefit', ['Adventure Works 계약 상태 알려줘요', '다음 조치는?'], [/현재 멤버십 연도의 혜택을 활성화/], null],
    ['"SfB shows the plan valid, + New support request doesn\'t offer it, next step?" is sign-in then escalate', ['partner ignored the access id error like the doc says, but + New support request still doesn\'t offer their Signature plan. SfB shows the plan valid (end date next year, incidents left). next step?'], [/different account or tenant/, /Partner Center support request/], /How long the benefit/],
    ['"partner renewed action pack since 2019, in 2026 PC says no benefits" says Action Pack was retired', ['partner says they renewed action pack every year since 2019, now in 2026 PC shows "Looks like you don\'t have any benefits yet". what do i tell them'], [/retired on 2025-01-22/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('doubts, hypotheticals, today\'s rules and the desk (session 16: d143–d146)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"on-prem should still be all 20, nobody has used one" is the balance explained', 'woodgrove-user', ["what's our balance?", 'wait, on-prem should still be all 20, nobody has used one'], [/1 used so far this membership year, so 19 left/], /Sorry, I didn't get that/],
    ['"are you sure? we opened 2 … so it should be 48" is the refund on record', 'woodgrove-admin', ['how many cloud incidents do we have left on the designation?', 'are you sure? we opened 2 on the designation line, so it should be 48'], [/1 of them refunded: [0-9]+ used, so 49 left/], /What Solutions Partner designation gives you/],
    ['"are you sure?? I\'m pretty sure we bought it" after a claimed Action Pack the records lack: no membership', 'tailspin-admin', ["we're on action pack so we've got 10 on-prem incidents, right?", "are you sure?? I'm pretty sure we bought it"], [/no active membership for Tailspin Labs/], /What Microsoft Action Pack gives you/],
    ['"만약 오늘날(2026) 프로그램에서 designation을 갖고 있다고 치면" is today\'s designation', 'contoso-mpn', ['저희 지금 골드인데, 만약 오늘날(2026) 프로그램에서 Solutions Partner designation을 갖고 있다고 치면 온프레미스랑 클라우드 인시던트는 각각 몇 개예요?'], [/인시던트 50건/, /인시던트 20건/], /Contoso Cloud Partners의 혜택/],
    ['"만약 Data Analytics는 빼고 Cloud Platform만 남기면" is still unlimited', 'contoso-mpn', ['저희 골드 유지할지 검토 중이에요. 지금 Cloud Platform이랑 Data Analytics 역량 있어요.', '근데 만약 Data Analytics는 빼고 Cloud Platform만 남기면 시그니처 클라우드 인시던트는 어떻게 되나요?'], [/무제한/], /Microsoft AI 클라우드 파트너 프로그램의 기술 지원 인시던트/],
    ['"저희 지금 멤버십이 없거든요 … 무료 인시던트를 받을 수 있나요?" is no membership, not today\'s table', 'tailspin-admin', ['저희 지금 멤버십이 없거든요. 그래도 만약 파트너 센터 기술 혜택 페이지에 들어가면 뭐가 보이고, 무료 인시던트를 받을 수 있나요?'], [/활성 멤버십이 없어/], /현재 기준입니다/],
    ['"2026년 기준이면 그건 어디서 계약 넣고 써요?" is today\'s redemption places', 'contoso-user', ['온프레미스 인시던트 몇개 남았어요?', '2026년 기준이면 그건 어디서 계약 넣고 써요? 아직도 비즈니스 지원(SfB)?'], [/engagecenter/], /^액세스 ID와 계약 ID$/m],
    ['"what\'s that benefit called now in 2026 and where would I redeem it?" after on-prem is that benefit, and where', 'contoso-user', ['how many on-prem incidents do we have left', "what's that benefit called now in 2026 and where would I redeem it?"], [/Partner On-premises Support/, /engagecenter/], /Gold competency → Solutions Partner designation/],
    ['"2026년 규칙이면 유효기간이 어떻게 돼요?" is today\'s validity rule', 'adventure-user', ['우리 회사 지원 계약 아직 유효해요?', '2026년 규칙이면 유효기간이 어떻게 돼요? 그때도 그냥 1년?'], [/13개월/, /12개월/], null],
    ['"Partner Cloud Support, 2021년에는 뭐라고 불렀어요?" is the 2021 name', 'woodgrove-admin', ['우리가 쓰는 Partner Cloud Support, 2021년에는 뭐라고 불렀어요?'], [/시그니처 클라우드 지원 → Partner Cloud Support/], null],
    ['"2026년엔 솔루션 파트너 배지가 몇 개로 나뉘고" is today\'s badges', 'adventure-user', ['우리 골드 보안 역량이었는데 2026년엔 솔루션 파트너 배지가 몇 개로 나뉘고 각각 뭐예요?'], [/Cloud & AI Platforms, AI Business Solutions, Security/], /Adventure Works Cycles의 혜택/],
    ['"골드 레거시 혜택 팩 2026년에도 계속 갱신할 수 있나여?" says no first', 'unknown', ['골드 레거시 혜택 팩 2026년에도 계속 갱신할 수 있나여?'], [/아니요, 골드 역량은\(는\) 이제 구매하거나 갱신할 수 없습니다/], null],
    ['"예전 액션팩처럼 온프레미스 10건도 같이 나와요?" after Core is today\'s on-premises rule', 'northwind-admin', ['저희 액션팩인데 액션팩 2026년에도 있어요?', '그럼 지금 파트너 석세스 코어 사면 클라우드 인시던트 몇 건?', '예전 액션팩처럼 온프레미스 10건도 같이 나와요?'], [/Solutions Partner 지정에만 포함/], /Microsoft Action Pack의 기술 지원 혜택/],
    ['"Partner Success Core를 하나 더 사면" is the buy-once rule', 'woodgrove-admin', ['가정인데요, Partner Success Core를 하나 더 사면 클라우드 인시던트가 4개 되나요?'], [/같은 오퍼를 두 번 구매할 수 없습니다/], null],
    ['"would re-linking the IDs give us a fresh batch?" is no: a used-up plan stays used up', 'contoso-user', ['how many hybrid Signature incidents do we have left?', 'suppose we burn through all of them before the contract ends - would re-linking the IDs in Azure give us a fresh batch?'], [/can't be used/], /Linking your benefit in the Azure portal/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"status of fourthcoffee.example?" names a partner the records lack', ['status of fourthcoffee.example?'], [/No organization matches "fourthcoffee.example"/], /You have no ticket/],
    ['"relecloud.example 조직 상태 조회해줘" names a partner the records lack', ['relecloud.example 조직 상태 조회해줘'], [/"relecloud.example"에 해당하는 조직이 없습니다/], null],
    ['"does a billing question eat an incident?" after Woodgrove\'s lines is today\'s billing rule', ["Woodgrove's partner admin is asking how much is left on each of their support lines.", 'What if they file a billing question under Partner Cloud Support - does that eat an incident?'], [/deducted when created and may be refunded/], null],
    ['"who at adventure works can sort this out?" is who may activate', ['adventure-works.example — partner plan isn\'t offered in Azure when they open a request', 'why?', 'who at adventure works can sort this out?'], [/Only a Global admin or an MPN partner admin can activate/], null],
    ['"anything they need to do first?" after a Microsoft account question is activating first', ['Miriam at northwind.example only has an outlook.com MSA. can she use the on-prem incidents with that?', 'anything they need to do first?'], [/Activate/], /Sorry, I didn't get that/],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('newcomers, chat words and first questions with company names (session 16: d147–d150)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"just joined Fabrikam. what tech support benefits do we get?" is the company\'s benefits', 'fabrikam-user', ['just joined Fabrikam. what tech support benefits do we get?'], [/(?<!\d)15(?!\d)/], /Sorry, I didn't get that/],
    ['"hi im new at northwind traders, what support stuff do we have" is the company\'s benefits', 'northwind-user', ['hi im new at northwind traders, what support stuff do we have'], [/Microsoft Action Pack/, /10 incidents/], /Sorry, I didn't get that/],
    ['"can I use it for azure problems?" after Action Pack\'s benefits: no cloud line', 'northwind-user', ['hi im new at northwind traders, what support stuff do we have', 'can I use it for azure problems?'], [/no Signature Cloud Support/], /How to activate/],
    ['"어드벤처웍스 신입인데 우리 ID 아직 쓸수있나요?" is the IDs, expired', 'adventure-user', ['어드벤처웍스 신입인데 우리 ID 아직 쓸수있나요?'], [/만료/], /이해하지 못했습니다/],
    ['"sfb에서 만료라고 뜸 왜?" is the expired plan', 'adventure-user', ['sfb에서 만료라고 뜸 왜?'], [/2021-05-15에 만료/], /이해하지 못했습니다/],
    ['"Anything I need to do for our partner support benefits?" is activation: already done', 'contoso-admin', ['Hi, just got global admin at Contoso. Anything I need to do for our partner support benefits?'], [/already activated its benefits/], null],
    ['"how long are support benefits good for once we unlock them?" is how long they last', 'woodgrove-admin', ['how long are support benefits good for once we unlock them?'], [/12 months/], /Offers held/],
    ['"how do i check remaining incidents w/o actually opening a ticket" is the balance steps', 'unknown', ['how do i check remaining incidents w/o actually opening a ticket'], [/Don't submit/], /Opening a support request/],
    ['"SfB에 계약추가 이미 했는데 애저에서도 또 연결해야돼요?" says no first', 'contoso-user', ['SfB에 계약추가 이미 했는데 애저에서도 또 연결해야돼요?'], [/^아니요, 같은 로그인 계정으로 Support for Business에 계약을 추가했다면/m], null],
    ['"골드 … 실버는? AP는?" reads AP as Action Pack', 'unknown', ['골드 온프렘 인시던트 몇개임?', '실버는?', 'AP는?'], [/(?<!\d)10(?!\d)/], /실버 역량의 기술 지원 혜택/],
    ['"azure says contact TAM for new access id. do we need to?" calls the message invalid', 'fabrikam-admin', ['azure says contact TAM for new access id. do we need to? we dont even have a TAM'], [/invalid/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it('staff: "연결된 계정은 있어요?" after a partner\'s records shows the linked accounts', () => expectLastReply('staff', ['컨토소 누가 활성화했고 언제 만료돼요? 신입이 물어봐서요', '연결된 계정은 있어요?'], [/diego\.siciliani@contoso\.example/], null));
});

describe('two questions, names from either era and the desk in Korean (session 16: d151–d154)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"do we get the duplicate back? and do frontline tickets cost anything?" answers both rules', 'woodgrove-user', ['one of our tickets got closed as a duplicate. do we get the incident back? and do frontline tickets cost anything?'], [/closed as a duplicate or a bug is refunded/, /frontline team are free/], null],
    ['"so contoso has 50 signature incidents right?" is the records\' cloud lines', 'contoso-user', ['the docs say the cloud benefit is 50 incidents. so contoso has 50 signature incidents right?'], [/unlimited/], /Sorry, I didn't get that/],
    ['"what\'s a Solutions Partner designation?" is what it is and what it replaced', 'contoso-user', ["what's a Solutions Partner designation?"], [/replacing Gold and Silver competencies/], /Support Services designation/],
    ['"do I still link the IDs in azure … like the old Signature?" is linking, today\'s way', 'woodgrove-user', ["we're on the new program. do I still link the IDs in azure under Help + support like the old Signature?"], [/Link support benefits/], /Signature Cloud Support → Partner Cloud Support/],
    ['"one of our CSP customers has an Azure problem. do i link our contract?" is still the CSP path', 'contoso-agent', ['one of our CSP customers has an Azure problem. do i link our contract for that?'], [/Cloud Solution Provider/], /Linking your benefit in the Azure portal/],
    ['"can we use the CSP support entitlement for our OWN azure tenant?" says it does not cover it', 'contoso-admin', ['can we use the CSP support entitlement for our OWN azure tenant?'], [/does not cover your company's own tenant/], /Benefits of Contoso Cloud Partners/],
    ['"our OWN azure subscription issue" is no billing question', 'contoso-agent', ['can i use our contract for OUR OWN azure subscription issue, not a customer'], [/Link support benefits|Signature/], /Billing, quota or subscription requests/],
    ['"and if we had a cloud competency instead of messaging?" is unlimited (a competency swapped, not dropped)', 'fabrikam-admin', ['what would we get if we were gold instead of silver?', 'and if we had a cloud competency instead of messaging?'], [/unlimited/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"woodgrove\'s Grady can\'t find the IDs, does he need admin?" is who sees them, beside the records', ["woodgrove's Grady can't find the IDs, does he need admin?"], [/every user of your company can see them/], null],
    ['"can they still open an Exchange on-prem ticket?" after Litware is where requests are opened', ['litware signature is used up right?', 'can they still open an Exchange on-prem ticket?'], [/Support for Business/], null],
    ['"Azure에서 지원 혜택 연결 누르면 오류 나겠네요?" after a linked account is the message to ignore', ['콘토소 diego.siciliani 계정 계약 연결돼 있어요?', '그럼 Azure에서 지원 혜택 연결 누르면 오류 나겠네요? 파트너한테 뭐라고 해요'], [/무시/], null],
    ['"오류 코드 0x80070005 …" from Contoso is no documented message, whatever its words', ['콘토소에서 "오류 코드 0x80070005 액세스가 거부되었습니다" 라는 메시지를 보냈어요. 무슨 문제죠?'], [/스크린샷|정확한|확인/], /메시지를 무시하세요/],
    ['"SfB에서 계약 추가 이미 했고 Azure에서 다시 연결하니까 …" happened in Azure', ['파트너한테 보낼 답장 써줘: SfB에서 계약 추가 이미 했고 Azure에서 다시 연결하니까 "이 액세스 ID는 이미 계정에 연결되어 있습니다" 오류'], [/무시/, /발생 위치: Azure Portal/], /다른 곳\(Support for Business/],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('several questions at once, lapsed contracts and follow-ups that keep their subject (session 17: d155–d162)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"how many left, what\'s our contract ID, and when does it expire?" answers all three', 'contoso-admin', ["hi, Megan from Contoso. 3 quick ones: how many on-prem incidents do we have left, what's our contract ID, and when does it expire?"], [/18 left/, /7741203398/, /2022-03-15/], null],
    ['a numbered list after "다음을 문의드립니다" answers the refund item too', 'woodgrove-admin', ['안녕하십니까, Woodgrove Bank Partners의 Christie Cline입니다. 다음을 문의드립니다.\n1) Partner Cloud Support 남은 건수\n2) Partner On-premises Support 남은 건수\n3) 중복으로 종료된 요청은 환불되었습니까?'], [/49건 남음/, /환불/], null],
    ['three listed rules (duplicate, billing, frontline) are all answered', 'woodgrove-user', ['안녕하십니까. 현재 프로그램에서 인시던트 차감 기준을 여쭙니다.\n1) 요청이 중복으로 종료되면 인시던트가 환불됩니까?\n2) 청구·할당량 관련 요청도 차감됩니까?\n3) 파트너 센터 지원팀에 문의하는 것도 차감됩니까?'], [/중복 또는 버그로 종료된 요청은 환불/, /차감되지 않습니다/], null],
    ['"how many left this year?" from a lapsed partner says the contract expired and who activates the next one', 'adventure-user', ['Hi, quick q — how many support incidents does Adventure Works have left this year?'], [/expired on 2021-05-15/, /Global admin or MPN partner admin/], null],
    ['"I only have my outlook.com MSA, no work account … can I buy a single incident?" is no "No:"', 'northwind-user', ['I only have my outlook.com MSA, no work account. can I use our on-prem incidents with it? and if the product is too old can I buy a single incident?'], [/Support for Business/], /^No: buying/m],
    ['"ok so i dont need new ids?" after the Access ID message says no new ID is needed', 'contoso-admin', ['got this in azure when linking our ids: "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID."', 'ok so i dont need new ids? thx'], [/don't need a new Access ID/], null],
    ['"only 3 designations now?" is the badges rule: six designations, unchanged', 'unknown', ['some1 said there r only 3 designations now in 2026?? do we need to requalify or wat'], [/six Solutions Partner designations/, /unchanged/], null],
    ['"how much r the offers that replaced action pack?" gives their prices', 'unknown', ['how much r the new offers that replaced action pack? launch/core/expanded prices pls thx'], [/925/, /4,125/], null],
    ['"when we become a solutions partner is it still unlimited?" is today\'s cloud count', 'contoso-mpn', ['we are gold cloud platform so signature is unlimited right?', 'when we become a solutions partner is it still unlimited?'], [/50 with Solutions Partner designation/], /Requests on record/],
    ['"can we just buy another Core to top it up?" is the same-offer rule', 'woodgrove-user', ['how many cloud incidents are left on our Partner Success Core?', 'can we just buy another Core to top it up?'], [/the same offer cannot be bought twice/], /Paid partner support plans/],
    ['"what if we pay? cheapest option" after Action Pack and Azure is paid support, not today\'s prices', 'unknown', ["We're an action pack partner. Can we get support for an Azure issue with our partner benefits?", 'what if we pay? whats the cheapest option'], [/Advanced Support for Partners/], /Launch 350/],
    ['"CSP only, no MPN membership: any free incidents?" says incidents come with a membership', 'unknown', ["we're CSP only, no MPN membership. do we get any free support incidents?"], [/come with a membership offer/, /Cloud Solution Provider/], /How to see your incidents left/],
    ['"usable by my colleagues too, or only by me?" is one pair of IDs, entered once per account', 'litware-admin', ['how many on-prem incidents do we have left?', 'are our remaining on-prem incidents usable by my colleagues too, or only by me?'], [/once/], /^Incidents left/m],
    ['"그럼 어떤 역량들이 클라우드 역량이에요?" after the records is the list of cloud competencies', 'fabrikam-user', ['저희 메시징 역량 말고 클라우드 플랫폼 역량도 따면 시그니처가 무제한 되나요?', '그럼 어떤 역량들이 클라우드 역량이에요?'], [/클라우드 역량 6가지/], null],
    ['"do we get Signature cloud support too?" while activating an Action Pack says it has none', 'northwind-admin', ["We're an Action Pack partner. Can I activate our tech support benefit myself (I'm MPN partner admin)? Where exactly in Partner Center? And do we get Signature cloud support too?"], [/Microsoft Action Pack has no Signature Cloud Support/], null],
    ['"받을 수 있는 지원 혜택이랑 활성화 방법 알려주세요" gives the counts beside how to activate (no one named by "알려주세요")', 'fabrikam-admin', ['안녕하세요 파브리캄 전역관리자입니다. 저희가 받을 수 있는 지원 혜택이랑 활성화 방법 알려주세요'], [/인시던트 15개/, /활성화/], /Lidia Holloway/],
    ['"시그니처 5건은 온프레미스 제품에도 쓸 수 있습니까?" says no, cloud only', 'fabrikam-admin', ['시그니처 5건은 온프레미스 제품 문의에도 사용할 수 있습니까?'], [/^아니요\. Signature Cloud Support는 클라우드 제품 전용/m], null],
    ['"아이디가 애저에서 안 먹혀요 … 프로그램 바뀌어서 그런가요?" from a lapsed partner is the expired contract', 'adventure-user', ['아이디가 애저에서 안 먹혀요 ㅠ 프로그램 바뀌어서 그런가요? 저희 골드 보안이에요'], [/2021-05-15에 만료/], /골드 역량 → Solutions Partner/],
    ['"does it use up our support incidents?" after TPD is about TPD', 'unknown', ["what's TPD on the technical benefits page?", 'does it use up our support incidents?'], [/Technical Presales & Deployment/], /Microsoft AI Cloud Partner Program/],
    ['"even if we already activated the support benefit?" after the offer refund stays on the refund', 'unknown', ['we bought a membership offer last week, can we get a refund?', 'even if we already activated the support benefit?'], [/can't be refunded/], /How to activate/],
    ['"Expanded를 두 개 사서 10개 받을 수 있나요?" is the same-offer rule', 'fabrikam-admin', ['Partner Success Expanded를 두 개 사서 인시던트 10개 받을 수 있나요?'], [/같은 오퍼를 두 번 구매할 수 없습니다/], null],
    ['"which program offers does Woodgrove hold?" is its records', 'woodgrove-admin', ['Hi, which program offers does Woodgrove hold at the moment?'], [/Solutions Partner designation, Partner Success Core/], /Sorry, I didn't get that/],
    ['"1. show me the IDs 2. our new hire uses a personal MSA - can he use them?" reads the second question with its statement', 'contoso-admin', ['Megan here. re our benefits: 1. can you show me the access ID and contract ID 2. our new hire uses a personal MSA - can he use them for on-prem?'], [/any sign-in account|Microsoft account/], null],
    ['"Azure 포털에서 남은 시그니처 건수 볼 수 있어요?" is the balance, which Azure never shows', 'contoso-user', ['Azure 포털에서 남은 시그니처 건수 볼 수 있어요? 그리고 지원 요청 만들 때 우리 플랜은 어디서 골라요?'], [/표시되지 않습니다/], null],
    ['"우리 회사 자체 Azure 구독 문제도 CSP 플랜으로 되나요?" says no first', 'contoso-agent', ['아 그리고 우리 회사 자체 Azure 구독 문제도 CSP 플랜으로 되나요?'], [/^아니요\. 클라우드 솔루션 공급자/m], null],
    ['"예전 ID 다시 연결하면 안 돼요?" with an expired contract: Azure hides it, linking again won\'t bring it back', 'adventure-user', ['계약 만료됐으면 아이디 새로 받아야 하는 거예요?', '확실해요? 예전 ID 다시 연결하면 안 돼요?'], [/다시 연결해도 돌아오지 않으며/], null],
    ['"fine, what are our options" after a plan Azure no longer offers is paid support, not the menu', 'adventure-user', ["why can't I see our signature plan in azure anymore", 'so should I just link it again?', 'fine, what are our options'], [/Premier Support for Partners/], /How can I help\?/],
    ['"몇 단계에서 멈추면 돼요?" after reading the balance is its steps', 'unknown', ['잔여 인시던트 확인하려고 비즈니스 지원에서 요청 만들면 1건 차감되나요?', '몇 단계에서 멈추면 돼요?'], [/2\. Windows 10/], /이해하지 못했습니다/],
    ['"do I need to enter the IDs again? I already used them in Support for Business" about Azure: the SfB link serves Azure', 'contoso-user', ['we have a problem with Azure SQL Database in our own subscription. where do I open a ticket with our partner benefit?', 'do I need to enter the access id and contract id again? I already used them in Support for Business for a Windows case last month'], [/New support request/], null],
    ['"sorry, I meant on-prem Exchange 2019, not Azure" is where an on-premises request is opened', 'northwind-admin', ["we're action pack - can I link our IDs in Azure for an issue in our own tenant?", 'sorry, I meant on-prem Exchange 2019, not Azure'], [/Support for Business/], null],
    ['"y not unlimited?" is why (Messaging is no cloud competency)', 'fabrikam-admin', ['how many do we get? silver', 'y not unlimited?'], [/cloud competenc/], null],
    ['"50+2 = 52 cloud? do they stack" is the open stacking question', 'woodgrove-admin', ['50+2 = 52 cloud? do they stack'], [/Not documented/], /Sorry, I didn't get that/],
    ['a pasted Access ID message with "how many cloud incidents do we still have" gives the balance too', 'woodgrove-admin', ["Azure portal keeps saying 'This Access ID is already associated to an account.' when I click Link support benefits. Do we need to re-activate in Partner Center? also how many cloud incidents do we still have"], [/49 left/], null],
    ['"once I\'m on the work account can I use it for Azure tickets too?" after "no benefits yet" is the cloud benefit (none with Action Pack)', 'northwind-user', ["signed in with miriam.graham@outlook.example and partner center says Looks like you don't have any benefits yet. We have Action Pack. is it broken", "ok and once I'm on the work account can I use it for Azure tickets too?"], [/Microsoft Action Pack has no Signature Cloud Support/], null],
    ['"Partner Launch만 있는 파트너가 애저에서 연결 가능한가요?" says Launch has nothing to link', 'woodgrove-admin', ['Partner Launch만 있는 파트너가 애저에서 지원 혜택 연결하려고 하는데 가능한가요?'], [/Partner Launch에는 지원 인시던트가 없어서/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"한빛클라우드 상태 좀 봐줘요" is a partner the records lack', ['한빛클라우드 상태 좀 봐줘요'], [/"한빛클라우드"에 해당하는 조직이 없습니다/], null],
    ['"so next step for him?" after a pasted message and its records is that message\'s next step', ["Diego (contoso) pasted from Azure: 'This Access ID is already associated to an account. Please contact your Technical Account Manager...' after Link support benefits", "any evidence in the records why he'd get that?", 'so next step for him?'], [/New support request/], /^Incidents left/m],
    ['"Azure에서 link support benefits 다시 하면 되나요?" is no question about the staff member\'s role', ['Litware Inc. Signature 잔여 인시던트 확인 부탁드려요', '그럼 Azure에서 link support benefits 다시 하면 되나요?'], [/구매|유료/], /관리자로 되어 있지 않습니다/],
    ['"몇 건까지요?" after the Microsoft-account answer is the partner\'s count', ['Northwind Miriam Graham님은 outlook MSA 계정인데 온프레미스 티켓 되나요?', '몇 건까지요?'], [/인시던트 10개/], null],
    ['"Can Globex Corp open a cloud ticket today?" is a partner the records lack', ['Can Globex Corp open a cloud ticket today?'], [/No organization matches "Globex Corp"/], null],
    ['"Contoso\'s admin asks: how many on-prem left, was anything refunded…" counts the refunds', ["Contoso's admin asks: how many on-prem left, was anything refunded, and who has linked their account?"], [/1 refunded/], null],
    ['a pasted "no benefits yet" from Fabrikam says whether it is activated', ["Fabrikam 사용자가 '아직 혜택이 없는 것 같습니다' 캡처를 보냈어요. 조회해보면 이 회사 실제로 멤버십 있나요? 활성화는 됐나요?"], [/지원 계약: 아직 활성화되지 않음/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('quotes, lists on their own lines, staff drafting and who may do what (session 18: d167–d170)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['a quote of the question asked before, then a new one, answers the new one', 'contoso-user', ['how many signature incidents r left on the non-cloud competency pack (the data analytics one)?', '> how many signature incidents r left on the non-cloud competency pack\nand the cloud platform side, is that one capped too or'], [/Signature Cloud Support \(cloud competency\): unlimited/], /^Incidents left/m],
    ['a quote of someone else\'s question with "this. can we?" is that question', 'contoso-agent', ["> can't we just use the CSP support plan for our own Azure sub?\n@Partner Support ^ this. can we?"], [/Signature/], /Sorry, I didn't get that/],
    ['a forwarded mail\'s "Forwarded message" header is no "TAM message"', 'unknown', ['---------- Forwarded message ---------\nFrom: Service Desk <sd@partner.example>\nSubject: Which versions can we use partner incidents for?\n\nHi, customer is on an older on-prem SharePoint, two releases behind. Does the partner on-prem benefit cover any version or only recent ones?'], [/mainstream/], /already associated/],
    ['"Which portal?" beside an on-premises version question says where requests are opened', 'unknown', ['partner wants to file a Windows Server 2016 case on their Silver 15pack (today, June 2021). Eligible in principle? Which portal?'], [/opened in Support for Business/], /Silver competency → Solutions Partner/],
    ['"which current offer gives on-prem support incidents?" is today\'s table', 'unknown', ['which current offer gives on-prem support incidents? thinking of joining'], [/Only the Solutions Partner designation includes Partner On-premises Support incidents \(20\)/], /2021 program/],
    ['"do I need to be an admin to add the contract?" says no role is needed', 'unknown', ["Do I need to be some kind of admin to add the contract in Support for Business? I'm just a dev, I have zero roles in Partner Center"], [/No role is needed to enter them/], null],
    ['"have to activate again under my own account?" with the benefits activated says once is enough', 'contoso-mpn', ['Megan already activated our benefits in March. Do I, as MPN partner admin, have to activate again under my own account before I can use them?'], [/No need to activate again/], /Yes, you can activate/],
    ['"once it\'s on can we use it for azure tickets too?" from an Action Pack partner is the cloud benefit (none)', 'northwind-user', ['who has to turn the benefit on for us? im not an admin of anything', "got it. and once it's on can we use it for azure tickets too?"], [/Microsoft Action Pack has no Signature Cloud Support/], /Enter the IDs once/],
    ['"can I see those in the azure portal?" after the balance is where the balance shows', 'unknown', ["How do I check how many partner incidents remain? We're Silver.", 'thanks! and the signature cloud ones, can I see those in the azure portal?'], [/unavailable support plans/], null],
    ['"시그니처 10팩은 왜 10개짜리예요? 우리 클라우드 플랫폼 골드잖아요" says which competency is the cloud one', 'contoso-mpn', ['시그니처 10팩은 왜 10개짜리예요? 우리 클라우드 플랫폼 골드잖아요'], [/클라우드 플랫폼은\(는\) 클라우드 역량이라/], /유효 기간/],
    ['"deadline to activate … how long do incidents last?" is the validity rule, not how long activation takes', 'woodgrove-admin', ['Is there a deadline to activate/redeem benefits after the membership starts? And how long do support incidents last once unlocked?'], [/13 months/, /12 months/], null],
    ['"what\'s the partner admin role called today, and does Global admin still work?" says who activates today', 'unknown', ["back in 2021 it was the 'MPN partner admin' who could activate. what's that role called today, and does Global admin still work?"], [/Global admin/], null],
    // d171–d178: the balance in other words, claims to confirm, long messages.
    ['"are we out of cloud cases?" is the balance', 'contoso-admin', ['are we out of cloud cases?'], [/unlimited/, /10 incidents, 9 left/], /Sorry, I didn't get that/],
    ['"how many did we burn so far" is the balance', 'woodgrove-user', ['how many did we burn so far'], [/49 left/], null],
    ['"when does it reset" after "what\'s our quota" is when the contract ends', 'contoso-admin', ["what's our quota looking like rn", 'when does it reset'], [/2022-03-15/], /Requests on record/],
    ['"저희 쿼터 얼마예요?" from a partner not activated yet says so', 'northwind-user', ['저희 쿼터 얼마예요?'], [/아직 활성화되지 않아/], null],
    ['a numbered summary to confirm corrects each wrong point', 'unknown', ['Let me summarise what I got from the docs, pls correct anything wrong:\n1) Gold 20 on-prem, Silver 15, Action Pack 10 on-prem + 5 cloud\n2) only the Global admin can activate\n3) after activation we type Access ID + Contract ID on every ticket\ncorrect?'], [/^Not quite\./m, /an MPN partner admin can activate too/, /entered only once per sign-in account/, /Action Pack has no cloud/], null],
    ['"Gold gives 20 on-prem incidents, right?" says yes', 'unknown', ['Gold gives 20 on-prem incidents, right?'], [/^Yes, that's right\./m], null],
    ['"so gold is 10 on-prem, right?" says no, with the counts', 'unknown', ['so gold is 10 on-prem, right?'], [/^No\. The on-premises counts are Gold 20/m], null],
    ['a long message about a bug and a duplicate is the refund rule', 'woodgrove-admin', ['Hi, Christie (Woodgrove). One of our engineers opened an Azure case under Partner Cloud Support last month, and the Microsoft engineer eventually confirmed it was a product bug on their side. Another colleague accidentally opened the same case twice on the same day. Do we get those incidents back, or are they just gone?'], [/a request closed as a duplicate or a bug is refunded/], /Enter the IDs once/],
    ['"does each symptom count as a separate incident?" is what one incident is', 'contoso-mpn', ['We have an on-prem Exchange hybrid problem with three symptoms. Before I open anything - does each symptom count as a separate incident, and does a long case burn more than one incident?'], [/What counts as one incident/], null],
    ['a plan missing in Azure and listed as unavailable in Support for Business, from a lapsed partner, is the expired contract', 'adventure-user', ['This week our Azure support request screen does not show the partner plan anymore, and in Support for Business the plan is sitting under the unavailable plans bit. Our Gold membership is definitely still active. What is going on?'], [/expired on 2021-05-15/], /covers the Azure portal only/],
    ['"만약 지원 혜택을 이미 활성화했다면요?" after an offer refund question says no refund', 'unknown', ['열흘 전에 회사 카드로 Partner Success Expanded를 구매했는데 온프레미스 지원이 안 되더라고요. 아직 혜택은 하나도 활성화 안 했고 제품 키도 본 적 없습니다. 환불 받을 수 있을까요?', '만약 지원 혜택을 이미 활성화했다면요?'], [/환불받을 수 없습니다/], null],
    ['"under the current program, where do I add the Contract ID for on-premises?" is today\'s redemption', 'contoso-user', ['Under the current program, where do I add the Contract ID for on-premises support?'], [/engagecenter\.microsoft\.com/], null],
    ['"not in any partner program: any free support?" says support is paid until there is a membership', 'tailspin-admin', ["we're not in any partner program. is there any free support from MS for us?"], [/Support incidents come with a membership offer/], null],
    ['"the technical benefits page lists support incidents and what else?" is TPD', 'contoso-mpn', ['the technical benefits page lists 2 things - support incidents and what else?'], [/Technical Presales/], null],
    ['"when did it end exactly?" after whether Gold still exists is its end date', 'unknown', ['Does Gold still exist?', 'when did it end exactly?'], [/2022-09-30/], /How long the benefit/],
    ['"일주일 걸려도 1개예요?" after what one incident is stays on it', 'unknown', ['인시던트 1개 기준이 뭐예요?', '일주일 걸려도 1개예요?'], [/인시던트 한 건의 기준/], null],
    ['"does the 12-month clock start at membership start or at unlock?" is the validity rule', 'litware-admin', ['and today? does the 12-month clock for support benefits start at membership start or when we unlock/activate?'], [/12 months/], /How to activate/],
    ['"블루 망고 회사인데 혜택 어떻게 받아요?" is how benefits come (a membership), not how long they last', 'unknown', ['블루 망고 회사인데 혜택 어떻게 받아요?'], [/멤버십/], /혜택과 ID의 유효 기간/],
    ['"what\'s the entry-level offer today?" from a new partner is today\'s table', 'unknown', ["We're a brand new partner, never were in MPN. What's the entry-level offer today and does it include any technical support incidents?"], [/Partner Launch: no support incidents/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"…어디서 확인하냐고 물어요. 한국어로 답장 써주세요" is the question, not only a language request', ['콘토소 admin이 남은 인시던트를 직접 어디서 확인하냐고 물어요. 한국어로 답장 써주세요'], [/Support for Business/], /무엇을 도와드릴까요/],
    ['"who activated Contoso\'s? and can their admin agent see the IDs?" answers beside the records', ["who activated Contoso's support benefit? and can their admin agent Alex see the IDs or only the admins?"], [/every user of your company can see them/], null],
    ['"Miriam은요? 그 분이 하겠다는데" after who may activate is about Miriam', ['Northwind에서 기술 혜택 활성화 누가 할 수 있어요?', 'Miriam은요? 그 분이 하겠다는데'], [/Miriam Graham 님은 기록상 사용자/], null],
    ['"which of their accounts has the contract linked?" after the Access ID message is the records\' links', ["Contoso user got the 'Access ID is already associated' error in Azure", 'which of their accounts has the contract linked already?'], [/diego\.siciliani@contoso\.example/], null],
    ['"draft me 2-3 sentences I can send him" after Litware\'s records is the reply about the used-up plan', ['Hi, got an escalation from Litware Inc. Their admin says the partner plan vanished from Azure. What benefits do they have and what is used?', 'ok, draft me 2-3 sentences I can send him'], [/no incidents left/], /Sorry, I didn't get that/],
    ['"Adele Vance는요? 그 사람도 활성화 권한 있나" after who activated is whether she may', ['Contoso Cloud Partners 누가 활성화 했어요?', 'Adele Vance는요? 그 사람도 활성화 권한 있나'], [/Adele Vance 님은 기록상 MPN 파트너 관리자\(이\)라 활성화할 수 있습니다/], null],
    ['"number?" after a balance question is that balance, not the IDs', ['Contoso (the Gold one) is asking how many on-prem incidents they have left. number?', 'ok write me a short reply to them with that, plus how they can check it themselves next time'], [/Support for Business/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('time left, CSP sides, hypotheticals and comparisons (session 19: d179–d186)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"그럼 오늘 기준으로 몇 달 남은 거예요?" after until when is the time to the contract\'s end', 'contoso-admin', ['저희 회사 골드 기술 지원 혜택 언제까지 쓸 수 있는지 확인 좀 부탁드려요', '그럼 오늘 기준으로 몇 달 남은 거예요?'], [/2022-03-15까지 9개월\(273일\) 남았습니다/], null],
    ['"how long do we still have on our support contract?" counts the time left', 'contoso-user', ['hi! quick one - how long do we still have on our support contract?'], [/9 months \(273 days\) left/], null],
    ['"and if i open 3 more on-prem cases this week?" is the on-premises balance three requests later', 'contoso-user', ['how long do we still have on our support contract?', 'and if i open 3 more on-prem cases this week?'], [/After 3 more requests on Microsoft Product Support: 15 left \(now 18\)/], /After 3 more requests on Signature/],
    ['"how many days until our contract expires?" counts the days', 'contoso-user', ['how many days until our contract expires?'], [/From today \(2021-06-15\) to 2022-03-15: 9 months \(273 days\) left/], null],
    ['"is there a deadline?" before activation is the membership year\'s end', 'fabrikam-admin', ['We never activated our Silver tech benefits. Is there a deadline?'], [/membership year of Fabrikam Solutions in our records ends on 2022-03-15/], null],
    ['"how many incidents left?" says no time left', 'contoso-user', ['how many incidents left?'], [/18 left/], /months \(\d+ days\) left/],
    ['"혜택 화면의 만료일까지 다 써야 하나요?" is what the shown date means', 'unknown', ['파트너센터 혜택 화면에 만료일이라고 뜨는데 그 날짜까지 인시던트를 다 써야 하는 건가요?'], [/활성화할 수 있는 마지막 날/], /만료되었거나 소진된 플랜/],
    ['"all 5 are gone, when do we get new ones?" is the balance with what helps now', 'litware-admin', ['all 5 of our Signature incidents are gone. when do we get new ones?'], [/5 incidents, 0 left/, /pay per incident/], /renamed/],
    ['"다 써버렸으면 만료일까지 못 받나요?" is the used-up plan and what helps until then', 'litware-admin', ['그 전에 시그니처 다 써버렸으면 만료일까지 클라우드 기술지원은 못 받는 건가요?'], [/유료/], /혜택과 ID의 유효 기간/],
    ['"and our own internal azure sub?" after CSP customers says no, with the company\'s own cloud balance', 'litware-admin', ['a CSP customer of ours just had an Azure outage - are we stuck?', 'ok good. and our own internal azure sub?'], [/does not cover your company's own tenant/, /used up \(all 5 used, 0 left\)/], null],
    ['"scratch that, diff issue" starts a new question', 'contoso-agent', ['how do i see how many incidents we have left', 'actually scratch that, diff issue. a customer of ours has an azure problem in the subscription we sell them thru CSP. do i have to link our access id/contract id for that?'], [/Cloud Solution Provider/], /^Incidents left/m],
    ['"what about opening azure tickets for our customers then" after the benefits is the CSP way', 'tailspin-admin', ['Do we get any free support incidents for on-prem products?', 'what about opening azure tickets for our customers then'], [/Service management/], null],
    ['"is a CSP agreement alone enough to get the IDs?" says a membership is needed', 'unknown', ['is a CSP agreement alone enough to get the Access ID / Contract ID support benefits, or do we need a partner membership on top?'], [/Gold, Silver or Microsoft Action Pack/], /How long the benefit/],
    ['"if I try to activate from this account" on a CSP-only account is the "not authorized" message', 'contoso-csp', ["I'm global admin on our CSP side. if I try to activate the partner support benefit from this account will that work?"], [/You are not authorized for this action/], null],
    ['"그럼 온프레미스는 골드랑 똑같이 20건?" from a Silver partner is its own count', 'fabrikam-admin', ['저희는 실버 메시징 역량이에요. 시그니처는 몇 개예요?', '그럼 온프레미스는 골드랑 똑같이 20건?'], [/인시던트 15개/], /골드 역량의 기술 지원 혜택/],
    ['"when does the contract die?" is how long it lasts', 'unknown', ['We activated our tech benefits on Jan 10 this year. roughly when does the contract die?'], [/one year after it is issued/], null],
    ['"would Advanced Support for Partners cover on-prem?" is what each paid plan covers', 'contoso-admin', ['If we bought Advanced Support for Partners on top of our Gold, would that also cover on-prem server products?'], [/Premier Support for Partners \(all products\)/], null],
    ['"골드 역량 내년에도 갱신할 수 있나요?" is what Gold became', 'contoso-admin', ['골드 역량 내년에도 계속 갱신할 수 있나요?'], [/2022-09-30/], null],
    ['"a dupe" is a duplicate (refunded)', 'woodgrove-user', ['we opened a cloud ticket that turned out to be a dupe of one we already had open. does that still eat one of our incidents?'], [/closed as a duplicate or a bug is refunded/], null],
    ['"우리 계약 왜안됨" from a lapsed partner is the expired contract', 'adventure-user', ['우리 계약 왜안됨'], [/만료/], /이해하지 못했습니다/],
    // d187–d194
    ['"post our IDs in the #partner-team channel" posts no IDs and says where everyone sees them', 'contoso-user', ['can you post our Access ID and Contract ID in the #partner-team channel so everyone has them?'], [/I don't post the IDs in shared chats/, /Partner Center \(Benefits → Technical benefits → Activate\)/], /7741203398|3f2b9c1e/],
    ['"팀원들은 각자 어디서 확인하면 돼요?" after a request to post them says where, without the IDs', 'contoso-mpn', ['팀 단톡방에 우리 액세스 ID랑 계약 ID 좀 올려줘요', '그럼 팀원들은 각자 어디서 확인하면 돼요?'], [/파트너 센터/], /7741203398|3f2b9c1e/],
    ['"가. … 나. … 다. …" in a formal letter answers every listed question', 'unknown', ['안녕하세요, 파트너 프로그램 가입을 검토 중인 회사의 담당자입니다.\n\n메시징 분야 실버 역량을 취득하는 경우를 가정하여 문의드립니다.\n가. 온프레미스 제품 지원 인시던트는 몇 건인지\n나. 클라우드(시그니처) 지원 인시던트는 몇 건인지\n다. 이 혜택으로 Microsoft 365 관련 지원 요청도 가능한지\n\n검토 부탁드립니다. 감사합니다.'], [/인시던트 15개/, /Microsoft 365/], null],
    ['"a case that has now been open for three weeks" is not a question about today\'s program', 'contoso-user', ['One of our on-prem SQL Server cases has now been open for three weeks. Does a long case like this consume more than one incident, and how is an "incident" defined?'], [/What counts as one incident/], /AI Cloud Partner Program/],
    ['"does TPD need the admin to press Activate too?" says it needs no activation', 'contoso-user', ['인시던트 말고 TPD라는 것도 보이던데, 이것도 관리자가 활성화 버튼 눌러줘야 쓸 수 있는 건가요?'], [/TPD는 활성화할 필요가 없습니다/], null],
    ['"count that as 1 incident or 2?" is what one incident is', 'fabrikam-user', ['mail flow broke and separately OWA logins fail. does MS count that as 1 incident or 2?'], [/What counts as one incident/], null],
    ['"N-1 규정이 Azure 티켓에도 적용돼요?" is the N-1 rule (not for cloud)', 'contoso-user', ['N-1 규정이 azure 같은 클라우드 제품 signature 티켓에도 적용돼요??'], [/N-1 정책이 적용되지 않으며/], null],
    ['"cheapest way to get support for that single problem" is pay per incident', 'fabrikam-user', ["customer runs an old on-prem version that's not covered. whats the cheapest way to still get MS support for that single problem?"], [/pay per incident/], null],
    ['"no MPN membership at all: can we still get support somehow?" is the paid options', 'tailspin-admin', ["we're a small ISV, no MPN membership at all right now. Can we still get Microsoft technical support as a partner somehow?"], [/Premier Support for Partners/], /is now called/],
    ['"what is the admin agent role for then?" is requests for CSP customers', 'contoso-agent', ['저 관리 에이전트인데 기술 혜택 활성화 제가 할 수 있어요?', '관리 에이전트 역할은 그럼 어디에 쓰는 거예요?'], [/서비스 관리\(Service management\)/], null],
    ['"will his tickets come out of the same 20?" is the company\'s one balance', 'contoso-admin', ['he wants to use his personal outlook account for the on-prem stuff, thats fine?', 'will his tickets come out of the same 20?'], [/18 left/], /Sorry, I didn't get that/],
    ['"two Signature lines, one capped at 10 and one with no cap" is which competencies are cloud ones', 'contoso-admin', ['Looking at our Signature benefit there seem to be two lines, one capped at 10 and one with no cap. Why two and which is which?'], [/Cloud Platform/, /unlimited/], /Sorry, I didn't get that/],
    ['"골드 20건 매달 리셋돼요?" is the yearly count', 'unknown', ['골드 온프레미스 20건이요, 매달 리셋되는 건가요 아니면 1년에 20건인가요?'], [/인시던트 20개/], null],
    ['"ok how" after the activation guide is how to activate, not a yes to registering', 'fabrikam-admin', ["we're silver but i dont see any access id in partner center", 'ok how'], [/How to activate the technical support benefits/], /Paste the IDs/],
    // d195–d202
    ['"after that one, how many will we still have?" is the balance after one more', 'contoso-mpn', ["I'm about to open a new on-prem case. After that one, how many incidents will we still have on our Gold pack?"], [/After one more request on Microsoft Product Support: 17 left \(now 18\)/], null],
    ['"활성화하고 나서 한 건 열면 몇 개 남아요?" before activation counts from the full allowance', 'northwind-user', ['그럼 활성화하고 나서 한 건 열면 몇 개 남는 거예요?'], [/1건 더 열면 9건 남습니다/], null],
    ['"/partner status" typed in a chat is the company\'s status', 'litware-admin', ['/partner status'], [/Benefits of Litware Inc\./, /5 incidents, 0 left/], /Support Services designation/],
    ['"/partner status" from a chat account no company knows says so', 'unknown', ['@PartnerBot /partner status'], [/isn't linked to an organization in my records/], null],
    ['"the dates our incidents were opened, plus the refund" is the requests on record', 'contoso-admin', ['Need the dates our on-prem incidents were opened for an internal report, plus the date of the refund.'], [/Requests on record for Contoso Cloud Partners/, /2021-03-25/], null],
    ['"what\'s our access id and contract id?" beside linking in Azure shows them', 'woodgrove-user', ["need to link our benefit in azure, what's our access id and contract id?"], [/8851207736/], null],
    ['"where do I paste the contract id in the M365 admin center?" says Microsoft 365 takes none', 'contoso-user', ['can we use a signature incident for an M365 / EXO issue? where do i paste the contract id in the M365 admin center'], [/cannot be linked in the Microsoft 365 admin center/], null],
    ['"since our incidents renew every month" is answered with the yearly counts', 'contoso-user', ['since our support incidents renew every month, how many will we have again on July 1st?'], [/^Not every month: the counts are per membership year/m, /20 incidents, 18 left/], null],
    ['"매달 리셋되나요 아니면 1년 단위예요?" says not monthly', 'contoso-user', ['우리 지원 건수 매달 리셋되는 거예요 아니면 1년 단위예요?'], [/매달 초기화되지 않습니다/], null],
    ['"how many will Northwind get once I activate?" is the membership\'s count', 'northwind-admin', ["We haven't activated anything yet. How many incidents will Northwind get once I do?"], [/10 incidents/], null],
    ['"not in the partner program at all: a free partner incident?" is paid support', 'unknown', ["My company isn't in the Microsoft partner program at all. Can I still open one of those free partner support incidents?"], [/pay per incident/], /Sorry, I didn't get that/],
    ['"누가 언제 했는지 봐줄래요" is who activated and when', 'contoso-admin', ['/partner 활성화 어디서 해요?', '아 근데 우리 회사 이미 한 거 아닌가? 누가 언제 했는지 봐줄래요'], [/2021-03-15, Megan Bowen 님이 활성화/], null],
    ['"and if support closes one as a bug, same deal?" is the refund rule', 'woodgrove-user', ['one of our tickets got closed as a duplicate a while back. did we get that incident back?', 'and if support closes one as a bug, same deal?'], [/closed as a duplicate or a bug is refunded/], null],
    ['"and technical sales prep, is that capped too?" is TPD', 'woodgrove-admin', ['how many TPD advisory hours does our designation give us?', 'and technical sales prep - is that capped too?'], [/Technical Presales & Deployment/], null],
    ['"now that we have unlimited Signature incidents as a Silver partner" is corrected first', 'fabrikam-admin', ['now that we have unlimited Signature cloud incidents as a Silver partner, where do I link them in the Azure portal?'], [/Messaging is not a cloud competency, so Signature Cloud Support is counted/], null],
    ['"it\'s under unavailable support plans, expired?" after how to read the balance is which plans a product shows (expected)', 'contoso-user', ["how do I check the balance on our signature cloud plan? azure portal doesn't show any number", "ok i see it but it's sitting under unavailable support plans. does that mean it expired??"], [/that is expected/i], /An expired or used-up plan can't be used/],
    ['"권한 없는 동료에게 우리 ID를 알려줘도 되나요?" is the sharing rule, not a request for the IDs', 'contoso-mpn', ['파트너 센터 권한이 없는 동료에게 우리 액세스 ID랑 계약 ID를 알려줘도 되나요?'], [/공유/], /7741203398/],
    ['"and on-prem incidents with the designation?" after TPD is the incidents', 'woodgrove-admin', ['how many advisory hours do we get with our designation', 'and tech sales prep?', 'and on-prem incidents with the designation?'], [/Partner On-premises Support/], /^Technical Presales & Deployment \(TPD\)$/m],
    ['"and then the rest of my team can see them too?" says every user sees them', 'fabrikam-admin', ["we're silver but i dont see any access id in partner center", 'after i click it, is it instant?', 'and then the rest of my team can see them too?'], [/Every user of your company can see them/i], /How long the benefit/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"and their membership itself - when does that end?" is the membership year\'s end', ["Partner from Adventure Works Cycles says their IDs stopped working in May. Can you confirm the expiry date on their contract?", 'and their membership itself - when does that end?'], [/membership year of Adventure Works Cycles in our records ends on 2022-03-15/], null],
    ['"could it be the wrong account?" about a partner without a membership says a membership is needed', ['tailspn labs, do we have any contract on file for them?', 'could it just be them signing in with the wrong account?'], [/no active membership for Tailspin Labs/], /Sorry, I didn't get that/],
    ['"they say Silver, but Partner Center only shows Partner Success Expanded" is what Expanded gives', ['Partner insists they\'re "Silver" per the 2021 doc and should get 15 on-prem incidents. Their Partner Center only shows Partner Success Expanded. What are they actually entitled to?'], [/Partner Success Expanded: not included \(no on-premises incidents\)/], null],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('sums and differences, lapses, redrafts, listed questions and described messages (session 20: d203–d218)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"ok so 20 + unlimited, what\'s the total?" says unlimited has no single total', 'unknown', ['gold w/ cloud platform comp - how many signature cloud incidents per year?', 'ok so 20 + unlimited.. whats the total number then?'], [/Gold competency in all, per membership year: 20 \+ unlimited cloud incidents/, /no single total/], /Enter the IDs once/],
    ['"how many more does a gold hybrid partner get than silver?" is the difference per line', 'unknown', ['so a gold hybrid partner gets how many more cloud incidents than silver hybrid?'], [/Signature Cloud Support \(other competencies\): Gold competency gives 5 more than Silver competency \(10 against 5\)/], null],
    ['"all lines together" adds the counted lines used', 'contoso-agent', ['how many incidents has contoso actually used this year, all lines together?'], [/All counted lines together: 2 \+ 1 = 3 used, 27 left \(of 30 a year/, /1 of them refunded: 2 used, so 18 left/], null],
    ['"if we burn 3 of those" before activation counts three requests from the full allowance', 'northwind-admin', ['we are on action pack', 'and if we burn 3 of those this month how many left for the rest of the yr?'], [/After 3 more requests on Microsoft Product Support: 7 left \(now 10\)/], null],
    ['"about to open an Azure ticket, how many cloud incidents?" is the count, not how to open one', 'northwind-user', ["I'm about to open an Azure ticket, how many cloud incidents do we have?"], [/^Benefits of Northwind Traders/m], /^Opening a support request/m],
    ['"if our action pack lapses and we don\'t renew" is how long benefits last (the renewal window)', 'unknown', ['if our action pack lapses and we just dont renew, can we still burn the leftover on-prem incidents afterwards?'], [/^How long the benefit and the IDs last/m, /30 days/], /can no longer be bought or renewed/],
    ['"dropping silver and keeping just action pack" is what Action Pack gives', 'fabrikam-admin', ['we are thinking of dropping silver (messaging) next year and keeping just action pack. what support do we keep?'], [/^What Microsoft Action Pack gives you/m, /no Signature Cloud Support/], null],
    ['"지정 갱신 안 하고 Partner Launch만 하면" is what Launch gives', 'unknown', ['솔루션 파트너 지정 갱신 안 하고 Partner Launch만 하면 기술지원 인시던트 남아요?'], [/현재 Partner Launch에 포함된 기술 지원/, /기술 지원 인시던트 없음/], null],
    ['"클라우드 역량을 하나 따면요?" after Gold with Messaging adds the unlimited cloud line', 'litware-admin', ['그럼 내년에 골드로 올리면 시그니처 몇 건 돼요? 역량은 메시징 그대로요', '클라우드 역량을 하나 따면요?'], [/Signature Cloud Support \(클라우드 역량\): 무제한/], null],
    ['"그럼 우리 회사 자체 Azure 문제는요?" after CSP customers says no, and that nothing is activated yet', 'fabrikam-user', ['고객 테넌트 Azure 문제로 티켓 열면 우리 시그니처 5건에서 차감되나요?', '그럼 우리 회사 자체 Azure 문제는요?'], [/^아니요\. 클라우드 솔루션 공급자/m, /Fabrikam Solutions의 혜택은 아직 활성화되지 않았습니다/], null],
    ['"참고로 저희는 indirect reseller예요" after CSP customers is who opens them', 'woodgrove-admin', ['CSP 고객 애저 이슈도 우리 Partner Cloud Support 인시던트로 열어야 하나요?', '참고로 저희는 indirect reseller 예요'], [/간접 리셀러는 공급자에게 요청합니다/], /이해하지 못했습니다/],
    ['"고객사 Azure 이슈도 이 계약으로?" after the links is the CSP way', 'contoso-agent', ['제 계정에도 계약 연결돼 있어요?', '근데 고객사 Azure 이슈도 이 계약으로 열어야 되나요?'], [/CSP 고객의 지원 요청/], null],
    ['"나 sfb에 계약 연결돼있음?" is the linked accounts', 'contoso-user', ['나 sfb에 계약 연결돼있음?'], [/내 계정도 그중 하나이므로/], /이해하지 못했습니다/],
    ['"ㄴㄴ 액팩은 클라우드 ㅠ" reads 액팩 as Action Pack', 'unknown', ['ㄴㄴ 액팩은 클라우드 ㅠ'], [/Microsoft Action Pack의 기술 지원 혜택/], null],
    ['"애져에서 지원 혜택 연결" reads 애져 as Azure', 'unknown', ['애져에서 지원 혜택 연결은 어디서 해요?'], [/Azure Portal에서 혜택 연결하기/], /이해하지 못했습니다/],
    ['"done, i see the ids now. does the rest of the team see them?" says every user sees them', 'fabrikam-admin', ['done, i see the ids now. does the rest of the team see them or do i have to send them around'], [/Every user of your company can see the Access ID and Contract ID/], /^How long the benefit/m],
    ['"계약 추가 버튼이 안보여요, 어디 있음?" is where the IDs are entered', 'unknown', ['비지니스 지원 들어갔는데 계약 추가 버튼이 안보여요;; 어디 있음?'], [/지원 플랜을 구입하거나 추가해야 합니까/], /만료되었거나 소진된 플랜/],
    ['"그 날짜 지나면 남은 인시던트 못 쓰는 건가요?" is what the shown date means', 'unknown', ['파트너센터 혜택에 만료일이 찍혀있던데 그 날짜 지나면 남은 인시던트 못 쓰는 건가요?'], [/활성화할 수 있는 마지막 날/], /남은 인시던트 확인 방법/],
    ['"cant i just hit activate myself" from a user says no first', 'fabrikam-user', ['cant i just hit activate myself'], [/^You can't do it yourself: activation needs the Global admin/m], null],
    ['"신입 때문에 다시 활성화해야 해요?" is once per company', 'woodgrove-admin', ['신입 엔지니어가 들어왔는데 그 사람 때문에 혜택 다시 활성화해야 해요? 아니면 ID만 주면 되나요'], [/다시 활성화할 필요 없음/], null],
    ['"활성화한 날부터 2년 동안 쓸 수 있다고 들었는데" is how long the contract lasts', 'contoso-admin', ['저희 계약 ID는 활성화한 날부터 2년 동안 쓸 수 있다고 들었는데 맞나요?'], [/발급\(프로비저닝\) 후 1년/], /사용자\(이\)라 활성화할 수 없습니다/],
    ['"그럼 활성화하고 난 뒤에 계약 자체는 얼마나 유효한가요?" is the validity, not activation', 'unknown', ['그럼 활성화하고 난 뒤에 계약 자체는 얼마나 유효한가요?'], [/혜택과 ID의 유효 기간/], /기술 지원 혜택 활성화 방법/],
    ['"can we use our ids for azure tix" from an Action Pack partner says there is no cloud benefit', 'northwind-user', ['can we use our ids for azure tix'], [/the IDs only give on-premises incidents \(10 a year\)/], null],
    ['"액세스 ID가 벌써 딴 계정에 붙어있다는 식으로 나와요" is the "already associated" message in other words', 'woodgrove-user', ['애저에서 지원 혜택 연결 누르면 액세스 ID가 벌써 딴 계정에 붙어있다는 식으로 나와요. 전 한번도 연결해본 적 없는데요'], [/메시지를 무시하세요/], null],
    ['"when was it activated, and by who?" is the activation on record, not the usage', 'adventure-user', ['is our support contract still good?', 'when was it activated, and by who?'], [/on 2020-05-15, by Johanna Lorenz/], /^Requests on record/m],
    ['"클라우드 인시던트 중에 환불된 거 몇 건이에요?" is the requests on record', 'woodgrove-admin', ['클라우드 인시던트 중에 환불된 거 몇 건이에요?'], [/이번 멤버십 연도: 4건 열림, 1건 환불/], null],
    ['"헐 그럼 온프렘도 못씀?" after the used-up cloud line is the on-premises balance', 'litware-admin', ['시그니처 다 쓴 것 같아요', '헐 그럼 온프렘도 못씀?'], [/인시던트 15개, 15개 남음/], /이해하지 못했습니다/],
    ['a list item that points back ("for this", "raise it") is read with the sentence before the list', 'contoso-agent', ['Hello,\n\nOne of our CSP customers has an Azure VM that keeps rebooting and they asked us to raise it with Microsoft. Two questions:\n\n1. Do I need to use our partner Access ID / Contract ID for this?\n2. Where in Partner Center do I raise it?\n\nThanks,\nAlex'], [/^Support requests for CSP customers/m, /Service management/], /^Enter the IDs once/m],
    ['numbered lines in a mail are each answered (balance, refunds, end date), whatever the subject line names', 'contoso-mpn', ['안녕하세요, 파트너 관리자 Adele Vance입니다.\n제목: MPN 혜택 감사\n\n1. 골드 온프레미스 20건 중 현재 잔여 건수\n2. 그 중 환불 처리된 인시던트가 있었는지\n3. 현재 계약의 만료일\n\n감사합니다.'], [/18개 남음/, /인시던트 사용 기록/, /2022-03-15까지 유효/], /변경 시점/],
    ['"so in total we have 52 cloud incidents right? 50 + 2" gives no plain sum of today\'s offers', 'woodgrove-admin', ['so in total we have 52 cloud incidents right? 50 + 2'], [/Partner Success Core: 2 incidents, 1 left/], /= 52|in all, per membership year/],
    ['"Core랑 Expanded 둘 다 가지고 있으면 단순 합계는?" gives the plain sum, said to be undocumented', 'unknown', ['Core랑 Expanded 둘 다 가지고 있으면 단순 합계는 몇 건?'], [/= 7건/, /문서에 명시되어 있지 않으니/], null],
    ['"론치, 코어, 익스팬디드 몇 개씩인지 정리" lists all three offers', 'unknown', ['론치, 코어, 익스팬디드 클라우드 지원 인시던트 몇 개씩인지 정리해 주세요'], [/Partner Launch: 기술 지원 인시던트 없음/, /Partner Success Core: 인시던트 2건/, /Partner Success Expanded: 인시던트 5건/], null],
    ['"we\'re silver. if we move up to gold, how many more signature incidents?" is the difference for its competencies', 'fabrikam-admin', ["we're silver. if we move up to gold how many more signature incidents would we get?"], [/Signature Cloud Support \(other competencies\): Gold competency gives 5 more than Silver competency \(10 against 5\)/], null],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));

  it.each<[string, string[], RegExp[], RegExp | null]>([
    ['"shorter pls" after a drafted reply is the same answer again, not the menu', ['northwind traders wants to use Signature cloud support for their own azure sub. draft a reply to Lynne', 'shorter pls, like 2 lines'], [/no cloud \(Signature\) support/], /Sorry, I didn't get that/],
    ['"리트웨어 ID 이 스레드에 붙여줘요" keeps them masked and says where they are seen', ['리트웨어 액세스 ID랑 계약 ID 이 스레드에 그냥 붙여줘요. 프라딥님께 전달하게'], [/여기서는 ID가 가려집니다/, /"열람"\(reveal\)/], /9a8b7c6d-5e4f|5520931147/],
    ['"and their on-prem pool, is that hit too?" is the partner\'s on-premises balance', ['Litware guy pinged: "azure wont take our ids anymore, says the id belongs to some account, and theres no partner plan when opening a case". can u check them?', 'and their on-prem pool, is that hit too?'], [/15 incidents, 15 left/], /^Where to find the Access ID/m],
    ['"anything after that on the cloud side?" after the usage is the same history', ['woodgrove - any on-prem usage?', 'anything after that on the cloud side?'], [/Requests on record for Woodgrove Bank Partners/, /2021-05-01/], /After one more request/],
    ['a partner\'s Korean questions pasted as a list inside an English message are answered in English', ['Patti here. Litware pinged us in Korean, roughly:\n- 시그니처 5팩 다 쓴 건가요?\n- 온프레미스는 몇 개 남았나요?\ncan you give me the facts in English so I can reply'], [/5 incidents, 0 left/, /15 incidents, 15 left/], /인시던트/],
  ])('staff: %s', (_name, lines, facts, wrong) => expectLastReply('staff', lines, facts, wrong));
});

describe('an org on today\'s program, and the batches of session 21 (d227–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"what do we have on the current program?" after the usage is what the org holds, not the list of new names', 'woodgrove-user', ['how many have we used?', 'what do we have on the current program?'], [/Offers held: Solutions Partner designation, Partner Success Core/, /50 incidents, 49 left/], /What the 2021 names are called now/],
    ['"what do we have on the current program and how many have we used?" is the org\'s usage per line', 'woodgrove-user', ['what do we have on the current program and how many have we used?'], [/1 used, so 49 left/, /1 used so far this membership year, so 19 left/], /Activate first/],
    ['"감사합니다 ㅎㅎ" is thanks, not the last answer again', 'contoso-user', ['남은 인시던트 몇개?', '감사합니다 ㅎㅎ'], [/천만에요/], /남은 인시던트/],
    ['"awesome thank you!! you\'re a lifesaver, have a good one 😊" is thanks', 'woodgrove-admin', ["awesome thank you!! you're a lifesaver, have a good one 😊"], [/You're welcome/], /didn't get that/],
    ['thanks before an off-topic question is answered as thanks', 'unknown', ['thx that helped a lot!! btw whats the weather like in seattle today lol'], [/You're welcome/], /didn't get that/],
    ['a request number from the records is that request, as recorded', 'contoso-user', ['SR 12103040000004 건이 refunded 라고 되어있던데 이거 무슨 의미에요? 인시던트 다시 돌려받은거 맞나요'], [/SR 12103040000004은\(는\) \d{4}-\d{2}-\d{2}에 Microsoft Product Support에서 환불된 것으로 기록/, /18건 남았습니다/], /Microsoft AI 클라우드 파트너 프로그램의 현재 기준/],
    ['a request number not on record says so', 'contoso-user', ['what happened to SR 12199999999999?'], [/SR 12199999999999 is not in our records for Contoso Cloud Partners/], null],
    ['"지금까지 몇개 썼어요?" is so far, not today\'s program', 'litware-admin', ['온프렘 인시던트 지금까지 몇개 썼어요?'], [/0건을 써서 15건 남았습니다/], /현재 기준입니다/],
    ['"the list of support cases we filed so far" is the requests on record', 'contoso-agent', ['can u pull up the list of support cases we filed against our partner benefits so far? dates + which benefit pls'], [/Requests on record for Contoso Cloud Partners/, /refunded \(SR 12103040000004\)/], null],
    ['"if we log 3 on-prem cases" before activation counts them on the full allowance', 'fabrikam-admin', ['ok I just hit activate. if we log 3 on-prem cases this month how many remain?'], [/3 more requests? on Microsoft Product Support: 12 left/], null],
    ['"someone said we can also get help with the online azure stuff, is that right?" from Action Pack is no', 'northwind-user', ['can I use my personal outlook email to log in for the microsoft support thing?', 'great!! and someone said we can also get help with the online azure stuff, is that right?'], [/Action Pack/, /no Signature Cloud Support|doesn't include Signature/], null],
    ['"지원 받을 때 필요한 번호 두 개" are the Access ID and Contract ID', 'contoso-mpn', ['저 그 뭐냐.. 지원 받을 때 필요한 번호 두 개요, 저희 회사 거 좀 알려주실수 있나요?'], [/액세스 ID/, /계약 ID/], /Contoso Cloud Partners의 혜택/],
    ['"사장님께 보고드릴 수 있게 세 줄로 정리" is what the company has', 'contoso-admin', ['남은 인시던트 몇개?', '사장님께 보고드릴 수 있게 세 줄 정도로만 정리해 주세요. 정말 감사합니다!!'], [/18개 남음/, /무제한/], /이해하지 못했습니다/],
    ['"a plain-English paragraph for my boss" is what the company has, activation included', 'northwind-admin', ["My boss (the owner) wants a plain-English paragraph about what Microsoft support we're entitled to as a company, whether it costs us anything extra, and whether anything needs doing on our side. Can you draft it?"], [/10 incidents/, /[Aa]ctivate/], /didn't get that/],
    ['a message no topic fits as a whole is its questions ("언제까지인지? … 누가 켜놓은 건지도")', 'litware-admin', ['재무팀입니다. 저희 회사 마이크로소프트 지원 계약이 언제까지인지 알 수 있을까요? 내년 예산 짜야 돼서요. 그리고 그거 누가 켜놓은 건지도 궁금하네요'], [/2022-03-15/, /Pradeep Gupta/], /이해하지 못했습니다/],
    ['"do we have to pay extra for them?" is nothing extra', 'fabrikam-user', ["ok. do we have to pay extra for them? I need to know for the budget"], [/Nothing extra: the Access ID, the Contract ID and the incidents of Silver competency come with the membership itself/], null],
    ['"what would a single incident cost us?" is the paid ways', 'unknown', ["what is one of those microsoft partner support incidents actually worth? like if we didn't have the free ones, what would a single one cost us?"], [/pay-per-incident|pay per incident/i], /didn't get that/],
    ['"explain on-premises vs cloud like I\'m 5 and what we get" is both kinds in plain words and the company\'s lines', 'contoso-mpn', ["My boss keeps asking what 'on-premises' vs 'cloud' means on our benefits page. Can you explain it like I'm 5 and tell me what we actually get?"], [/In plain words: on-premises products are the software you install/, /unlimited/], null],
    ['an MPN partner admin asking whether the CEO must activate hears they can do it themselves', 'northwind-admin', ['우리 대표님이 전역관리자고 저는 MPN 파트너 관리자인데 혜택 활성화는 대표님이 꼭 하셔야 되나요?'], [/MPN 파트너 관리자\(이\)시므로 직접 활성화하실 수 있습니다/], /관리 에이전트는 활성화할 수 없습니다/],
    ['the company\'s counted Signature line is said with its own count only', 'fabrikam-admin', ['저희 회사 골드 회원이라서 일년에 20번 받는 거 맞죠?', '헐 그래요? 그럼 클라우드 쪽은요?'], [/실버 역량 기준 연간 5건/], /골드 10건/],
    ['the portal message beside another question: both answered', 'woodgrove-admin', ["Azure 'Link support benefits' gives me that 'already associated' message for our Partner Cloud Support IDs. Do I need to worry? also how many cloud incidents does our solutions partner designation still have?"], [/already/, /49/], null],
    ['"그럼 클라우드 쪽은? 예전엔 메시징이라 5개였는데" after today\'s name is today\'s count', 'fabrikam-admin', ['실버 역량 없어졌다던데 그럼 지금은 뭐로 바뀐거임??', '그럼 클라우드 쪽은? 예전엔 메시징이라 5개였는데'], [/Partner Cloud Support 50건/], null],
    ['"코어 말고 익스팬디드였으면요?" is Expanded', 'woodgrove-admin', ['솔루션 파트너 지정이면 클라우드 지원 인시던트 몇 개예요?', '코어 말고 익스팬디드였으면요?'], [/Partner Success Expanded: 인시던트 5건/], null],
    ['"언제 만료돼요? 3월에 활성화했어요" is when it ends', 'woodgrove-admin', ['저희 지원 혜택 언제 만료돼요? 3월에 활성화했어요'], [/12개월/], /기술 지원 혜택 활성화 방법/],
    ['numbered questions whose words share a topic are each answered', 'fabrikam-admin', ['안녕하십니까.\n두 가지 여쭙겠습니다.\n1. 파트너 센터 어디에서 혜택을 활성화해야 하는지요?\n2. 활성화하면 온프레미스와 클라우드 인시던트를 각각 몇 건씩 받게 되는지요?\n감사합니다.'], [/인시던트 15개/, /활성화/], null],
    ['"환불은 어떤 경우에 돼요?" after an offer named is both refunds, the incident\'s first', 'woodgrove-admin', ['Success Core 쪽은요?', '환불은 어떤 경우에 돼요?'], [/중복 또는 버그/, /30일 이내/], null],
    ['"그 케이스 알고보니 제품 버그였거든요. 인시던트는 돌려받나요?" after an offer refund is the incident\'s refund', 'woodgrove-admin', ['2주 전에 partner success core를 추가로 샀는데 환불 받을 수 있나요?', '아 그리고 그 케이스 알고보니 제품 버그였거든요. 그럼 인시던트는 돌려받나요?'], [/버그/], null],
    ['"does an azure ticket then come out of our 18 on prem ones?" is the cloud line', 'contoso-user', ['does an azure ticket then come out of our 18 on prem ones?'], [/Signature Cloud Support/, /unlimited/], null],
    ['"그럼 애저 티켓은 몇건까지 열수있어요?" after the portal message is the cloud count', 'contoso-user', ['애저에서 지원 혜택 연결하니까 액세스 ID가 이미 연결되어 있다고 떠요', 'ㅇㅋ 그럼 애저 티켓은 몇건까지 열수있어요?'], [/무제한/], null],
    ['"were any refunded?" with none on record says no first', 'litware-admin', ['list the signature tickets we opened', 'were any refunded?'], [/^No: none of the requests on record was refunded/m], null],
    ['"환불됐다는 건 뭐에요? 저희 돈 돌려받는 거?" is the incident given back, not money', 'woodgrove-user', ['우리 사용 내역 보여줘', '근데 환불됐다는 건 뭐에요? 저희 돈 돌려받는 거?'], [/돈이 아니라 인시던트를 돌려받았다는 뜻/], null],
    ['"한달에 15건 맞죠?" beside another question is corrected to a year', 'fabrikam-admin', ['실버 메시징 역량 있는데요 exchange 2010 온프렘 이슈로 인시던트 열수 있나요? 그리고 한달에 15건 맞죠?'], [/한 달 기준이 아닙니다\. 실버 역량의 온-프레미스 인시던트는 멤버십 연도 기준 연간 15건/], null],
    ['"our plan vanished from the azure portal, is it the new program?" leads with the expired contract', 'adventure-user', ["our partner support plan vanished from the azure portal. we're gold security so it was unlimited. is this because of the new program stuff?"], [/expired on 2021-05-15/], null],
    ['"Solutions Partner AND Success Core, so 52 combined?" says counts are per offer', 'woodgrove-user', ['we have the solutions partner designation AND success core, so thats 52 cloud incidents combined right? how many cloud ones do we have left'], [/Counts are per offer/, /49 left/], null],
    ['"Dynamics 365도 시그니처로 지원돼요?" is yes, a cloud product', 'contoso-admin', ['클라우드 플랫폼 역량 있으면 애저 말고 dynamics 365도 시그니처로 지원돼요?'], [/Dynamics 365는 클라우드 제품/], null],
    ['"활성화 한번 더 해주면 해결되나요?" with a used-up line: activating again brings nothing back', 'litware-admin', ['새로 온 직원이 애저 포털에서 지원 혜택 연결했는데 파트너 플랜이 안나온다네요. 제가 전역관리자니까 혜택 활성화 한번 더 해주면 해결되나요?'], [/다시 활성화해도 사용한 인시던트는 돌아오지 않습니다/], /직접 활성화하실 수 있습니다/],
    ['who may activate, asked beside another topic, is said too', 'contoso-admin', ["We run CSP in a separate tenant. Isaiah only has an account there and gets 'not authorized' on the benefits page. Simplest way for him to use our support benefit? Also thinking of just making him admin agent so he can handle activation next year, would that work?"], [/An Admin agent can't activate: only a Global admin or an MPN partner admin can/], null],
    ['"혜택 활성화도 아직 안된거같은데 제가 하면 되나요? 제 계정은 outlook 개인계정이에요" is who may activate', 'northwind-user', ['아 그리고 혜택 활성화도 아직 안된거같은데 제가 하면 되나요? 제 계정은 outlook 개인계정이에요'], [/전역 관리자|MPN 파트너 관리자/], /^Microsoft 계정도 사용할 수 있습니다/m],
    ['"billing이나 할당량 문제로 케이스 열면 인시던트 깎여요? 그리고 중복으로 닫힌 케이스는?" is both of today\'s rules', 'contoso-user', ['질문 두개요. 지금 규칙에서 billing이나 할당량(quota) 문제로 케이스 열면 인시던트 깎여요? 그리고 중복으로 닫힌 케이스는 어떻게 돼요'], [/청구·할당량·구독 요청은 생성 시 차감/, /중복 또는 버그로 종료된 요청은 환불/], /남은 인시던트/],
    ['"can u show me ours" after CSP talk is the company\'s IDs', 'contoso-agent', ['do i need our access id for partner tickets?', 'and for CSP customer tickets do i need them?', 'can u show me ours'], [/7741203398/], null],
    ['"if we need on-prem incidents too?" after today\'s offers is the designation', 'tailspin-admin', ["we're a brand new partner, no membership at all yet. whats the cheapest way to get some free microsoft support incidents", 'ok and if we need on-prem incidents too (sql server 2019)?'], [/Solutions Partner designation/, /20/], null],
    ['an Action Pack partner asking to use its incidents for a CSP customer hears it has no cloud line', 'northwind-admin', ["We're an Action Pack partner and we also resell Azure through CSP. a customer wants us to raise a ticket about their AKS cluster. can we use our action pack support incidents for that one?"], [/Cloud Solution Provider/, /no Signature Cloud Support/], null],
    ['a CSP-only account whose company Azure is in the membership tenant is told to sign in with a membership account', 'contoso-csp', ['네 제 계정은 CSP쪽 테넌트에 있어요. 회사 애저 구독은 MPN 테넌트에 있고요. 그럼 어떻게 해야돼요?'], [/로그인/], null],
    ['an English message with a short Korean aside is answered in English', 'woodgrove-admin', ['on-prem incidents for us left? 20개 맞죠?'], [/19 left/], /남은 인시던트/],
    ['a Korean message with English product words stays Korean', 'contoso-user', ['remaining incidents 확인하려면 어디서 봐야돼? azure portal에서 봐도 되나'], [/Support for Business/, /표시되지 않습니다/], null],
    ['a portal message pasted in English inside a Korean question stays Korean', 'contoso-user', ['애저에서 This Access ID is already associated to an account 이렇게 떠요 왜 그래요?'], [/무시/], /^Ignore the message/m],
    ['"how long from now is that?" gives the time left', 'contoso-user', ['hey when does our ms support contract actually expire?? trying to figure out if we can still open cases next spring, and roughly how long from now is that'], [/9 months/], null],
    ['"누가 언제 활성화 했는지" names who did, not who could', 'contoso-user', ['저희 회사 기술지원 혜택 누가 언제 활성화 했는지 알수있나요?'], [/Megan Bowen 님이 활성화/], /Adele Vance/],
    ['"if Lee activates it today, when would it expire?" is how long it lasts', 'fabrikam-user', ['ok if lee activates it today when would it expire'], [/one year|1 year|12 months/], null],
    ['a second question beside the main one: the contract\'s state from the records', 'contoso-agent', ["going on leave for 2 months from next week. when im back in august and need to file azure tickets for our csp customers, do i need our access id for that? and will our contract still be valid then"], [/Cloud Solution Provider/, /2022-03-15/], null],
    ['a second question beside the main one: the balance from the records', 'woodgrove-admin', ['작년에 제가 혜택 활성화한거 맞죠? 날짜도 같이 알려주시고 온프레미스 20개 중에 몇개 남았는지두요'], [/2021-03-17/, /19(개|건) 남음/], null],
    ['a second question beside the main one: a personal account works', 'northwind-user', ['관리자가 오늘 활성화해주면 금요일 전에는 쓸수있는거죠? 그리고 제 계정이 outlook 개인계정인데 상관없나요'], [/개인 Microsoft 계정\(MSA\)/], null],
    ['"can we still use the benefits while we\'re in that window?" after the renewal window is validity', 'contoso-admin', ["we're renewing gold next year, when does the renewal window open and how long is it", "and can we still use the benefits while we're in that window?"], [/benefits are still usable during it while the membership is active/], /^Benefits of Contoso/m],
    ['a history of a used-up line with more requests planned says what to do', 'litware-admin', ['시그니처 5팩 언제언제 썼는지 날짜별로 볼수있나요? 다음달에 애저 케이스 또 열어야 하거든요'], [/2021-04-24/, /유료/], null],
    ['"and if we hit zero before the contract ends, then what?" after the balance is the paid ways', 'contoso-user', ['how many on prem tickets do we still have', 'and if we hit zero before the contract ends, then what'], [/pay-per-incident|pay per incident/i], null],
    ['a CSP-only global admin asking to activate hears the company already did, and why they can\'t', 'contoso-csp', ["im global admin, can i just go activate the technical benefits myself? dont want to bug megan again"], [/already activated its benefits \(on 2021-03-15, by Megan Bowen\)/, /CSP side/], null],
    ['"디에고가 … 자기 계정에 연결했나요?" reads the linked accounts', 'contoso-admin', ['디에고가 우리 지원 계약을 자기 계정에 연결했나요? 했다면 언제 어디서 했는지'], [/Diego Siciliani/, /2021-03-24/], null],
    ['"그럼 3개 더 쓰면요?" after the on-premises balance counts that side only', 'contoso-user', ['온프렘은 몇개 남았어요?', '그럼 3개 더 쓰면요?'], [/Microsoft Product Support에서 요청을 3건 더 열면 15건 남습니다/], /Signature Cloud Support \(기타 역량\)에서 요청을/],
    ['"and after 2 more?" after the balance counts two more requests', 'contoso-user', ['how many left?', 'and after 2 more?'], [/After 2 more requests on Microsoft Product Support: 16 left/], null],
    ['"so what are our options for azure now?" after the used-up cloud line is the paid ways', 'litware-admin', ["Azure portal keeps throwing 'access id is already associated' when I try to link our partner benefit again. now the partner Signature plan simply isn't offered. What happened?", 'ugh. so what are our options for azure now?'], [/Advanced Support for Partners/, /used up/], /How can I help/],
    ['"how many days from today is that?" after the expiry is the time left', 'contoso-user', ['when does our partner support contract expire?', 'how many days from today is that roughly?'], [/273 days/], null],
    ['the renewal window from the anniversary stated', 'contoso-mpn', ['our membership anniversary is March 15 2022. what are the exact dates of the renewal window?'], [/Renewal window: 2022-03-16 to 2022-04-14/], null],
    ['the renewal window from the anniversary on record, in Korean', 'fabrikam-admin', ['우리 멤버십 갱신 기간이 언제부터 언제까지예요?'], [/갱신 기간: 2022-03-16부터 2022-04-14까지/], null],
    ["today's 13 months from a stated membership start", 'woodgrove-admin', ["under the current program: our membership started on 1 Feb 2026. what's the last date to redeem our benefits?"], [/until 2027-03-01/], null],
    ["today's 12 months from a stated unlock date, in Korean", 'contoso-admin', ['지금 프로그램에서 지원 혜택을 2026년 9월 1일에 활성화(잠금 해제)하면 언제까지 쓸 수 있어요?'], [/2027-09-01까지 유효/], null],
    ['"4월에 … 몇 건 썼는지" is that month\'s requests, and "3월에는요?" the month before', 'litware-admin', ['4월에 시그니처 인시던트 몇 건 썼는지 알려주세요', '3월에는요?'], [/3월에 연 요청: 1건\(2021-03-27/], null],
    ['"how many on-prem tickets did we open in April and on which dates?"', 'contoso-user', ['how many on-prem tickets did we open in April and on which dates?'], [/Requests opened in April: 2 \(2021-04-08, Microsoft Product Support; 2021-04-25/], null],
    ['a renewal window from a day stated without its year, and again after a correction', 'fabrikam-admin', ['저희 멤버십 기념일이 7월 31일인데 갱신 기간이 정확히 언제부터 언제까지예요?', '아 죄송해요 잘못 말했네요. 기념일은 9월 30일이에요. 다시 계산해 주세요'], [/갱신 기간: 2021-10-01부터 2021-10-30까지/], null],
    ["today's rules named apply to a 2021 date", 'woodgrove-admin', ['우리 멤버십이 2021년 3월 15일 시작이죠? 지금 규칙(13개월/12개월) 기준으로 혜택 redeem 마감일이랑 활성화한 지원 혜택 종료일을 각각 알려주세요'], [/2022-04-15까지 사용/], null],
    ['"how long ago did it expire?" is the time since', 'adventure-user', ['is our support contract still valid? we need to open an azure case', 'how long ago did it expire?'], [/expired on 2021-05-15: 1 month \(31 days\) ago/], null],
    ['staff: "what did they consume in May 2021?" is that month\'s requests', 'staff', ['Contoso Cloud Partners - what did they consume in May 2021?'], [/Requests opened in May: 2 \(2021-05-14/], null],
    ['plain words: "기술 문의할 때마다 돈이 따로 청구되나요?" is nothing extra', 'fabrikam-admin', ['재무 담당입니다. 마이크로소프트에 기술 문의할 때마다 돈이 따로 청구되나요?'], [/추가 비용은 없습니다/], /발생 위치/],
    ['plain words: "인시던트라는 말이 … 뭐예요? 전화 한 번 하면 하나 쓰는 거예요?" is what an incident is', 'woodgrove-user', ['인시던트라는 말이 자꾸 나오는데 그게 정확히 뭐예요? 전화 한 번 하면 하나 쓰는 거예요?'], [/같은 문제로 여러 번 연락해도 한 인시던트/], null],
    ['plain words: "그 기본 패키지로 애저 같은 클라우드 문제도 도움 받을 수 있어요?" is the cloud line (none for Action Pack)', 'northwind-admin', ['사장입니다. 우리가 가입한 그 기본 패키지로 애저 같은 클라우드 문제도 마이크로소프트한테 도움 받을 수 있어요?'], [/Microsoft Action Pack에는 Signature Cloud Support가 없습니다/], /Microsoft 365에서는/],
    ['plain words: free support asked beside the "no benefits" message is answered once', 'tailspin-admin', ['우리 회사도 마이크로소프트 파트너라서 무료 기술지원 받을 수 있는 거 맞죠? 파트너 센터 들어가니까 뭐 혜택이 아직 없다고 나오던데요.'], [/활성 멤버십이 없어/], /[^]*"아직 혜택이 없는 것 같습니다"\n=+[^]*"아직 혜택이 없는 것 같습니다"\n=+/],
    ['plain words: "someone told me microsoft partners get free support tickets" is what memberships give', 'unknown', ['hello?? someone told me microsoft partners get free support tickets. how do i get that'], [/Microsoft Action Pack/, /Silver competency/], /Sorry, I didn't get that/],
    ['plain words: "do I need my own personal code … or the company\'s?" is the shared IDs', 'woodgrove-user', ["First week here at Woodgrove. When something Microsoft breaks, do I need my own personal code to ask them for help, or do I use the company's?"], [/shared IDs/], /How can I help/],
    ['plain words: "뭐부터 해야 하나요? 처음이라" is what the company has', 'contoso-admin', ['회사에서 저보고 마이크로소프트 지원 담당하라는데 뭐부터 해야 하나요? 처음이라 하나도 모르겠어요'], [/Contoso Cloud Partners의 혜택/], /인시던트 한 건의 기준/],
    ['plain words: "MPN 회원이라고 들었는데 기술지원 받을 수 있는 건가요?" is what the company has', 'fabrikam-user', ['안녕하세요, 저희 회사가 MPN 회원이라고 들었는데 마이크로소프트 기술지원 같은 거 받을 수 있는 건가요?'], [/Fabrikam Solutions의 혜택/, /인시던트 15/], null],
    ['"but I don\'t remember linking it anywhere before. did I?" after the portal message is the links on record', 'contoso-user', ['Trying to add our partner benefit in the Azure portal and it says "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID." what do I do??', "but I don't remember linking it anywhere before. did I?"], [/Your own account is one of them/, /2021-03-24/], null],
    ['"그 전에 제가 연결한 게 언제였죠?" after the portal message is the links on record', 'contoso-user', ['애저에서 지원 혜택 연결 눌렀더니 액세스 ID가 이미 연결돼 있대요. 고객사 구독 문제예요.', '아 잘못 말했어요, 고객사 아니고 우리 회사 자체 구독이에요', '그 전에 제가 연결한 게 언제였죠?'], [/2021-03-24/], null],
    ['staff: "and on-prem?" after the portal message and the cloud line is that side\'s balance', 'staff', ['Woodgrove Bank Partners says Azure shows the already associated message when they link. Do they still have Partner Cloud Support incidents under the designation?', 'and on-prem?'], [/20 incidents, 19 left/], /^Ignore the message/m],
    ['"why 9 on the signature one and not 10?" gives the days of the requests on record', 'contoso-user', ["hey can you break down what we've got left on each of our support lines?", 'why 9 on the signature one and not 10?'], [/so 9 left\. On record: opened 2021-05-14\./], null],
    ['"did we ever get an incident credited back to us?" is the requests on record', 'contoso-mpn', ['did we ever get an incident credited back to us?'], [/1 refunded/, /2021-04-29/], /Sorry, I didn't get that/],
    ['"did any of our on-prem tickets get refunded? which one?" is the requests on record', 'contoso-agent', ['looking at our usage this membership year — did any of our on-prem tickets get refunded? which one?'], [/SR 12103040000004/], null],
    ['"통화할 때마다 인시던트가 하나씩 빠지는 건가요?" is one problem, one incident, whatever the product', 'fabrikam-user', ['Exchange 2019 문제 하나로 엔지니어랑 통화를 네 번 했는데, 통화할 때마다 인시던트가 하나씩 빠지는 건가요?'], [/같은 문제로 여러 번 연락해도 한 인시던트/], null],
    ['a Korean billing question from a 2021 member leads with 2021\'s rule', 'contoso-admin', ['Azure 구독 청구서에 오류가 있어서 지원 요청을 열려고 하는데, 이런 결제 문의도 시그니처 클라우드 지원 인시던트에서 차감되나요?'], [/^2021년 기준으로 Azure의 청구·할당량·구독 요청에는 파트너 플랜이 필요 없습니다/m], null],
    ['"\'Microsoft 제품 지원\' … what\'s the current English name of that benefit?" is the rename', 'northwind-user', ["'Microsoft 제품 지원' in the old Korean article — what's the current English name of that benefit?"], [/Partner On-premises Support/], null],
    ['chat shorthand: "exp?", "r we activated", "who activ8d"', 'fabrikam-user', ['r we activated'], [/not activated yet/], null],
    ['chat shorthand: "exp?" is when it expires', 'contoso-mpn', ['exp?'], [/2022-03-15/], /Sorry, I didn't get that/],
    ['a Korean question with "(answer in English, my manager will read it)" is answered in English', 'contoso-agent', ['CSP 고객 Azure 이슈인데 우리 contract ID 써야 돼요? (answer in English, my manager will read it)'], [/you don't need your Access ID or Contract ID/], /필요 없습니다/],
    ['staff: a triage says who activated and when', 'staff', ['Woodgrove Bank Partners: someone there pasted "You aren\'t authorized for this action. You must have a program-associated account." while opening Technical support & consultation. Have they activated, and by whom?'], [/Activated: 2021-03-17 \(Christie Cline\)/], null],
    ['staff: "he swears he never added the contract anywhere before" is the links on record', 'staff', ['Diego Siciliani (Contoso) pasted this from the Azure portal: "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID." What should I tell him?', 'he swears he never added the contract anywhere before'], [/Support for Business, 2021-03-24/], null],
    ['staff: "what would they get?" after the activation state is what the membership gives', 'staff', ['northwind traders - activated yet?', 'what would they get?'], [/10 incidents/], null],
    ['staff: "which ticket used the on-prem one?" is the requests on record', 'staff', ['woodgrove bank partners: remaining cloud incidents?', 'on-prem?', 'which ticket used the on-prem one?'], [/2021-04-17/], null],
    ['staff: "is that refund already counted in that number?" is how the count is made', 'staff', ["Contoso's Diego can't figure out where to see how many incidents they have left. Azure shows nothing.", 'ok and what would he see there for on-prem right now?', 'wait, one of their cases got refunded in april - is that already counted in that number?'], [/1 of them refunded: 2 used, so 18 left/], null],
    ['staff: "이거 파트너한테 보낼 거라 영어로 다시 써줘" is the last answer in English', 'staff', ['Contoso Cloud Partners 계약 상태 알려줘. 누가 활성화했고 언제 만료돼?', '이거 파트너한테 보낼 거라 영어로 다시 써줘'], [/Membership: Gold competency/], /멤버십/],
    ['"a second cloud competency, more Signature incidents?" is no, already unlimited', 'contoso-mpn', ['We already hold Gold Cloud Platform. If we add Security as a second cloud competency, do we get more Signature incidents on top?'], [/^No: with a cloud competency Signature Cloud Support is already unlimited/m], null],
    ['"had our Silver been a cloud one, would we have run out?" is no', 'litware-admin', ['Our Signature 5-pack is gone already. If our Silver competency had been a cloud one instead of Messaging, would we have run out like this?'], [/^No: with a cloud competency \(Gold or Silver\)/m], null],
    ['"Gold면 온프레미스 인시던트도 무제한 아닌가요?" is no, on-premises is counted', 'adventure-user', ['저희 Security Gold인데, Gold면 온프레미스 인시던트도 무제한 아닌가요?'], [/^아니요\. 무제한은/m, /골드 연간 20건/], null],
    ['"what if we burn through all of them? do they top back up?" after the balance is the paid ways', 'contoso-user', ['how many on-prem incidents do we have left right now?', 'what happens if we burn through all of them before the year is over? do they top back up?'], [/pay per incident/i], /When Gold competency changed/],
    ["today's prices of each offer asked by a partner with none", 'tailspin-admin', ["We're not in the partner program at all yet. What does each offer cost per year right now? Launch, Success Core, Success Expanded and the Solutions Partner designation"], [/Launch 350, Success Core 925, Success Expanded 4,125, Solutions Partner designation fee 4,875/], null],
    ['staff: "Alex가 기술 혜택 활성화도 할 수 있어요?" after CSP is who may activate', 'staff', ['Contoso가 CSP 고객의 Azure 구독 문제로 티켓을 열고 싶어 합니다. Alex Wilber가 관리 에이전트인데 어떻게 하면 되나요?', 'Alex가 기술 혜택 활성화도 할 수 있어요?'], [/Alex Wilber 님은 기록상 관리 에이전트/], null],
    ['"how do i check in SfB without actually opening a ticket" is the dummy-request check', 'contoso-mpn', ['can i see how many incidents we have left in the azure portal?', 'how do i check in SfB without actually opening a ticket'], [/Windows 10/, /Don't submit/], null],
    ['"오늘 기준으로 그에 해당하는 걸 가지면 몇 개?" is what Silver became', 'fabrikam-admin', ['우리는 실버 메시징 역량이에요. 오늘 기준으로 그에 해당하는 걸 가지면 인시던트 몇 개 받을 수 있어요?'], [/Solutions Partner 지정/, /50건/], null],
    ['"why not unlimited for cloud? messaging is pretty much a cloud thing" is which competencies are cloud ones', 'fabrikam-admin', ["We're Silver with the Messaging competency. How many incidents do we get on-prem and how many cloud?", 'why not unlimited for cloud? messaging is pretty much a cloud thing'], [/Messaging is not a cloud competency/, /Cloud Platform/], null],
    ['the "cannot be used" line seen while checking the balance with a dummy request is the balance check', 'contoso-mpn', ['I did the Windows 10 dummy-ticket trick in Support for Business to check our Signature balance, and under step 2 the partner Signature plan shows with "Support plan cannot be used for the specified" (the rest is cut). Is our cloud plan broken?'], [/unlimited/, /9 left/], null],
    ['staff: "어떤 요청에서 쓰였어?" is the requests on record', 'staff', ['Woodgrove 온프레미스 인시던트 잔여 몇 건이야?', '어떤 요청에서 쓰였어?'], [/2021-04-17/], null],
    ["a billing question naming today's Partner Cloud Support is today's rule", 'woodgrove-admin', ['azure 구독 결제 문의도 Partner Cloud Support로 열면 차감돼요?'], [/Microsoft AI 클라우드 파트너 프로그램/, /생성 시 차감/], null],
    ['"제가 하면 돼요?" after the activation state is about the asker, not someone named', 'fabrikam-user', ['우리 혜택 활성화 돼 있어요?', '제가 하면 돼요?'], [/Lee Gu: 전역 관리자/], null],
    ["two stated dates get today's two rules, and not the records' own end", 'woodgrove-admin', ['our membership started on 2026-03-01, by when must we redeem? and if we unlock support on 2026-04-15 how long does it last?'], [/until 2027-04-01/, /until 2027-04-15/], /From today \(2021-06-15\)/],
    ['plain words: "are we entitled to free partner support incidents?" is what memberships give, with today\'s counts', 'unknown', ['hi, we are a small MSP. are we entitled to free partner support incidents?'], [/Microsoft Action Pack/, /50 with Solutions Partner designation/], /Opening a support request/],
    ['"그동안 애저 쿼터 늘리는 요청은 어떻게 하죠?" with no membership: free in 2021, and today\'s rule', 'tailspin-admin', ["'아직 혜택이 없습니다.' 라고 떠요. 다른 계정으로 로그인해 봤는데도 똑같아요. 어떻게 해야 돼요?", '그동안 애저 쿼터 늘리는 요청은 어떻게 하죠?'], [/구독 관리 지원을 무료로 제공하므로 인시던트가 차감되지 않습니다/, /생성 시 차감/], null],
    ['a quota request under the partner plan on today\'s program is today\'s rule only', 'woodgrove-admin', ['how many cloud incidents do we have left?', 'and if I open a quota increase under the partner plan, does that burn one?'], [/deducted when created and may be refunded/], /In 2021, billing/],
    ['a quota request beside the portal message is a note after the diagnosis', 'contoso-user', ["애저에서 '지원 혜택 링크' 했더니 액세스 ID 이미 연결됐다고 에러 나요. 근데 사실 제가 하려는 건 vCPU 쿼터 증가 요청이에요"], [/^메시지를 무시하세요/m, /! 2021년 기준으로 Azure의 청구·할당량·구독 요청에는 파트너 플랜이 필요 없습니다/], null],
    ['"누가 activate 했어요?" (an English verb in a Korean sentence) names who did', 'contoso-user', ['저희 benefit 누가 activate 했어요? 언제요?'], [/Megan Bowen 님이 활성화/], /Adele Vance/],
    ['"Partner Center에서 technical benefits activate 하는 메뉴가 어디예요?" is how to activate', 'northwind-admin', ['Partner Center에서 technical benefits activate 하는 메뉴가 어디예요?'], [/혜택\(Benefits\) → 기술 혜택\(Technical benefits\) → 활성화\(Activate\)/], /무엇을 도와드릴까요/],
    ['a whole English question beside Korean context is answered in English', 'staff', ['Litware 파트너가 Azure ticket 못 연다고 하네요. can you check their Signature status?'], [/Partner Signature 5pack/, /0 left/], /남음/],
    ['"does that link also work for dynamics?" after the portal message: a link in one portal serves the others', 'contoso-admin', ['Azure portal says "This Access ID is already associated to an account" when I try to link', 'ok and does that link also work for dynamics?'], [/a link made in one cloud portal \(e\.g\. Dynamics\) also serves Azure and the others/], /^Ignore the message/m],
    ['"아델 반스님한테 말하면 되나요?" after who may activate says whether she may', 'contoso-user', ['누가 활성화할 수 있어요?', '아델 반스님한테 말하면 되나요?'], [/Adele Vance 님은 기록상 MPN 파트너 관리자/], /이해하지 못했습니다/],
    ['"온프레미스 몇 개? 그리고 클라우드는요?" is one answer with both lines, not the list of cloud competencies', 'adventure-user', ['온프레미스 몇 개? 그리고 클라우드는요?'], [/Microsoft Product Support: 인시던트 20개/, /Signature Cloud Support \(클라우드 역량\): 무제한/], /클라우드 역량 6가지/],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));
});

describe('session 23: dates stated and elapsed, requests named and listed, premises corrected, follow-ups (d283–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"활성화 언제 됐어요? 벌써 몇 달 된 거 같은데" is the day and the time since', 'contoso-user', ['우리 회사 기술 혜택 활성화 언제 됐어요? 벌써 몇 달 된 거 같은데'], [/2021-03-15에 활성화되었습니다/, /3개월\(92일\) 전/], null],
    ['an end date written 06/30/2021 gives the days from today', 'unknown', ['Support for Business shows our partner support plan end date as 06/30/2021. How many days do we have left to use it?'], [/From today \(2021-06-15\) to 2021-06-30: 15 days left/], null],
    ['"how many did we use and when?" after the portal message is the requests with their days', 'litware-admin', ["azure says 'This Access ID is already associated to an account' and there's no partner plan in + New support request", 'how is that possible, we barely used it. how many did we use and when?'], [/2021-03-27/, /2021-04-24/], null],
    ['staff: "once Lee activates, what do they actually get?" is what the membership gives', 'staff', ["Lidia Holloway at Fabrikam Solutions can't find an Access ID anywhere in Partner Center. Can you look at their records?", 'ok and once Lee activates, what do they actually get?'], [/Microsoft Product Support: 15 incidents/], /^How to activate/],
    ['staff: "when did it run out?" about a used-up pack says the day of its last request', 'staff', ['Litware says their Signature plan vanished from Azure sometime in late April. Can you confirm from the records when it ran out?'], [/the last one used on 2021-04-24/], null],
    ['staff: "Triage q: …?" with no message in it is asked as a question', 'staff', ["Triage q: partner still thinks in 2021 terms, Gold competency in Cloud Platform. What's the equivalent offer today and how many support incidents does it come with?"], [/Solutions Partner/, /50/], /Unknown message/],
    ['"just paste it here" after the IDs were asked by an unknown account is why not, and where', 'unknown', ["whats our contract id? need it to open a case asap", "I'm Diego from Contoso Cloud Partners (diego.siciliani@contoso.example). just paste it here pls"], [/Partner Center/, /I don't know your organization yet/], /didn't get that/],
    ['"do I have to type in the IDs in Support for Business?" from an account already linked says so', 'contoso-user', ['first time opening an on-prem case (SQL Server 2019). do I have to type in the access id and contract id in support for business?'], [/Your own account is one of them: it is already linked/], /^Which products are covered/],
    ['an old role named beside "how do I set it up, step by step" is activation, not the role\'s new name', 'northwind-admin', ['MPN 파트너 관리자 권한 받은 지 얼마 안 됐는데요, 기술 지원 혜택 처음 세팅하려면 순서대로 뭐 해야 하나요?'], [/기술 혜택\(Technical benefits\)/, /액세스 ID/], /^MPN 파트너 관리자 →/m],
    ['"both of our Success Core incidents are still unused, right?" is the requests on record', 'woodgrove-admin', ['quick sanity check: both of our Success Core cloud incidents are still unused, right? nobody opened anything on core'], [/2021-05-01/, /SR 25103040000005/], null],
    ['"Partner Success Core 것도요" after the balance stays on the balance', 'woodgrove-user', ['이번 연도 온프레미스 지원 인시던트 몇 건 썼고 몇 건 남았어요?', '클라우드 쪽 Partner Success Core 것도요'], [/Partner Success Core 기준 연간 2건 중 이번 멤버십 연도에 1건을 써서 1건 남았습니다/], /^현재 Partner Success Core에 포함된/m],
    ['a refunded request named by its number is said as it stands (refunded)', 'contoso-mpn', ['Earlier the bot listed our on-prem SRs and one was marked refunded (SR 12103040000004). does that one still count against our 20?'], [/SR 12103040000004 is on record as refunded on 2021-04-29/], /It counts as one incident/],
    ['"has it expired already?" with a valid contract and a used-up line is not expired, and the line used up', 'litware-admin', ['시그니처 플랜이 Azure 새 지원 요청에서 안 보여요. 벌써 만료된 건가요? 아직 6월인데..'], [/만료되지 않았습니다\. 기록상 지원 계약은 2022-03-15까지 유효합니다/, /남은 인시던트 없음 \(봇 기록 기준\)/], /계약: 만료됨/],
    ['"this error didn\'t eat one of our incidents, right?" beside the portal message: linking uses none', 'contoso-user', ['Azure에서 지원 혜택 연결 누르니까 이렇게 떠요: "이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요." 이거 때문에 인시던트 하나 날아간 건 아니죠?'], [/인시던트가 차감되지 않습니다/], null],
    ['"Premier is included with Gold, so it\'s free?" is corrected first', 'contoso-admin', ['골드 파트너는 Premier Support for Partners가 기본 포함이라 무료잖아요. 그걸로 Azure 케이스 열면 되죠?'], [/멤버십에 포함되지 않는 유료 플랜/, /시그니처 클라우드 지원/], null],
    ['"the designation plus Success Core, 20 on-prem each, so 40?" is corrected: only the designation has them', 'woodgrove-admin', ["We hold the Solutions Partner designation plus Partner Success Core, and each one comes with 20 on-prem incidents, so that's 40 on-prem for us. how many of the 40 are left?"], [/^Only the Solutions Partner designation carries Partner On-premises Support incidents \(20\)/m], null],
    ['"as admin agent it\'s on me to activate, walk me through it" says who may, and that it is done', 'contoso-agent', ["Admin agent is listed as a role on the technical support article, so as our admin agent it's on me to activate the MPN support benefit. walk me through it pls"], [/Only a Global admin or an MPN partner admin can activate/, /already activated its benefits \(on 2021-03-15, by Megan Bowen\)/], null],
    ['"I added the contract in SfB in March, is that related?" after the portal message is why', 'contoso-user', ['tried to link our benefit in azure and got this: "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID."', 'fwiw I added the contract in Support for Business back in march for an on-prem ticket. is that related?'], [/a link made in Support for Business serves Azure too/], /^Support for Business \(Services Hub\) →/m],
    ['"where in the Microsoft 365 admin center do I enter the IDs?" is that it takes none', 'contoso-mpn', ['Where in the Microsoft 365 admin center do I enter the Access ID and Contract ID? Want to use our Signature benefit for an Exchange Online problem.'], [/Microsoft 365 doesn't take the Access ID and Contract ID/], null],
    ['"is my account linked? what do I do first for a Signature ticket in Azure?" is the links on record', 'contoso-admin', ['제 계정은 지원 계약 연결이 돼 있나요? Azure에서 시그니처 티켓 열려면 뭐부터 해야 돼요?'], [/Diego Siciliani/], null],
    ['"is a 15-minute fix a partial incident?" is one whole incident', 'fabrikam-user', ["If the engineer fixes my thing in like 15 minutes, is that charged as a partial incident or the full one?"], [/no partial incidents/], null],
    ['staff: "a list of every request they filed" is the lookup and then their requests', 'staff', ["Contoso Cloud Partners wants a list of every support request they've filed this membership year, grouped by benefit. Can you pull it?"], [/Requests on record for Contoso Cloud Partners/, /2021-05-24: Signature Cloud Support/], null],
    ['"그중에 클라우드 쪽은 몇 건이에요?" after the requests is that side\'s requests', 'contoso-admin', ['올해 저희 회사에서 연 지원 요청 내역 좀 전부 보여주세요', '그중에 클라우드(시그니처) 쪽은 몇 건이에요?'], [/클라우드\(시그니처\) 쪽에서 연 요청: 2건\(2021-05-14/], null],
    ['"잔여 건수랑 계약 만료일" is the balance with the contract\'s end', 'woodgrove-admin', ['온프레미스 지원 인시던트 잔여 건수랑 계약 만료일 알려주세요'], [/19건 남음/, /2022-03-17까지 유효/], null],
    ['"we might go gold next year - what would change?" is what Gold gives', 'fabrikam-admin', ['what are we actually entitled to right now? silver messaging', 'we might go gold next year in messaging - what would change?'], [/20 incidents/, /10 incidents/], /^How long the benefit/m],
    ['"혜택 페이지 만료일 지나면 인시던트 날아가요?" is what the shown date means', 'fabrikam-admin', ['혜택 페이지에 만료일 나와 있던데, 그 날짜 지나면 아직 활성화 안 한 인시던트 다 날아가는 거예요?'], [/활성화할 수 있는 마지막 날/], null],
    ['"뭐 썼는지 보여줘" after the balance is the requests, not the IDs', 'contoso-admin', ['봇아 온프렘 인시던트 몇 개 남음?', '뭐 썼는지 보여줘'], [/SR 12103040000001/], /^액세스 ID와 계약 ID$/m],
    ['"sfb에 또넣어야됨?" is entering the IDs, with the links on record', 'contoso-user', ['access id랑 contract id 어디서봄?? 난 걍 일반유저임', 'ㅇㅋ 근데 sfb에 또넣어야됨? 전에 한번 넣은거같은데'], [/2021-03-24/], /이해하지 못했습니다/],
    ['staff: "should they just relink it?" after a used-up line is that linking again brings nothing back', 'staff', ['cx from litware says azure portal doesnt show their partner plan anymore. can u chk their signature balance', 'ok wat do i tell them, should they just relink it?'], [/pay per incident|paid plan/], /didn't get that/],
    ['"activate button is disabled, can you activate it for me?" is who can activate', 'northwind-user', ['logged into partner center w/ my outlook.com account, Activate btn is disabled. can u activate it for me or what'], [/Lynne Robbins/], null],
    ['"why 18, and who activated our benefits?" answers both', 'contoso-mpn', ['Quick one: why does it say 18 on-prem incidents left when we\'re Gold (20), and who activated our benefits in the first place?'], [/refunded/, /by Megan Bowen/], null],
    ['"짧게 한 줄로 다시요" is the last answer again, shorter', 'contoso-user', ['시그니처 클라우드 지원 몇 건 남았나요?', '짧게 한 줄로 다시요'], [/9/], /이해하지 못했습니다/],
    ['"does our Success Core come with on-prem incidents?" is no, only the designation', 'woodgrove-user', ['does our Success Core come with on-prem incidents? I need to open a case for SQL Server 2019'], [/Partner Success Core: not included \(no on-premises incidents\)/, /Only the Solutions Partner designation includes Partner On-premises Support incidents/], null],
    ['"do i need to activate something before a cloud ticket?" is whether and by whom it is', 'woodgrove-user', ['do i need to activate something before i open a cloud ticket? not sure if someone already did it for Woodgrove'], [/Christie Cline/], null],
    ['"그럼 파트너 센터에서는 어디 메뉴?" after the balance names the page', 'woodgrove-admin', ['Azure 포털에서 남은 인시던트 수 확인할 수 있나요?', '그럼 파트너 센터에서는 어디 메뉴 보면 돼요?'], [/기술 지원 및 상담\(Technical support & consultation\)/], null],
    ['a product key viewed rules the offer\'s refund out, whatever the days', 'unknown', ["We bought Partner Success Core 10 days ago by credit card. Haven't activated any benefit but I did view one product key to test. Can we still get our money back?"], [/^No, it can't be refunded: .*a product key was viewed/m], /^Yes, within 30 days/m],
    ['"Silver 멤버십 환불 받을 수 있나요?" is decided by how long the records say it has been held', 'fabrikam-admin', ['저희 Silver 멤버십 환불 받을 수 있나요? 기술 혜택 활성화는 아직 안 했어요'], [/환불받을 수 없습니다/, /30일 이내에만/], null],
    ['"Two things: 1) … 2) …" on one line is two questions, each answered', 'contoso-user', ['Two things: 1) how many on-prem incidents do we have left? 2) do I have to type the Access ID + Contract ID again when I open the next one in Support for Business?'], [/20 incidents, 18 left/, /Your own account is one of them/], null],
    ['"if three of our engineers each open 2 on-prem cases?" is six requests later', 'woodgrove-admin', ['how many on-prem incidents do we have left?', 'ok and if three of our engineers each open 2 on-prem cases?'], [/After 6 more requests on Partner On-premises Support: 13 left \(now 19\)/], null],
    ['"한 달에 2개씩 쓰면 몇 달이면 다 써요?" is the months the balance lasts, not "not monthly"', 'contoso-admin', ['온프레미스 인시던트 지금 몇 개 남았죠?', '그럼 한 달에 2개씩 쓰면 몇 달이면 다 써요?'], [/한 달에 2건씩 쓰면 Microsoft Product Support에 남은 18건은 9개월 동안/], /한 달 기준이 아닙니다/],
    ['"spread evenly over that time, how many per month?" is the balance over the months left', 'contoso-admin', ['How many days until our support contract ends?', 'and if we spread our remaining on-prem incidents evenly over that time, roughly how many per month?'], [/Spread over the 9 months until 2022-03-15, the 18 left on Microsoft Product Support come to about 2 a month/], null],
    ['staff: "usage broken down per month" is the requests by month, and what each line has used net of refunds', 'staff', ["Need Litware Inc.'s Signature usage broken down per month please, plus what's left on that pack."], [/Opened by month: March 2021: 1, April 2021: 4/, /5 opened, 0 refunded \(5 used\)/], null],
    ['"where can I find that article? title/url" is the source article itself', 'unknown', ['where can i find that MPN technical support article you keep quoting? title/url pls'], [/"MPN Benefits - Technical Support for on-premises or Cloud products"/, /mpn-benefits-technical-support/, /dated 2021-03-04/, /Azure portal error "Access ID is already associated/], null],
    ['"문서 목차 좀 알려주세요" is the article\'s outline in Korean', 'contoso-mpn', ['2021년 MPN 기술 지원 문서(온-프레미스 또는 클라우드 제품에 대한 기술 지원) 목차 좀 알려주세요'], [/^2021년 원문 문서$/m, /기술 지원 혜택 보기 및 활성화/, /PMC\(파트너 구성원 센터\)/], null],
    ['staff: "any open partner tickets waiting for me in the queue?" is the queue', 'staff', ['morning! any open partner tickets waiting for me in the queue?'], [/^Open tickets: 0$/m], null],
    ['"ugh. get me a human then" is a person', 'tailspin-admin', ['Partner Center shows "Looks like you don\'t have any benefits yet" and I need to open a support ticket. How?', 'ugh. get me a human then'], [/passed your question to our support team as ticket #1/], null],
    ['staff: "Technical benefits in Partner Center gives him an error" for a CSP-only admin is the missing permission', 'staff', ["Isaiah Langer from Contoso says he's a global admin but Technical benefits in Partner Center gives him an error. Can you check what's going on with his account?"], [/belongs only to the company's CSP side/], /Ignore the message/],
    ['"남은 온프렘 인시던트로 Azure 티켓 열면 되나요?" is no', 'litware-admin', ['온프렘 인시던트는 몇 개 남았어요?', '시그니처는 다 썼던데, 남은 온프렘 인시던트로 Azure 티켓 열면 되나요?'], [/^아니요\. 온-프레미스 인시던트\(Microsoft 제품 지원\)는 Azure 같은 클라우드 요청에는 쓸 수 없습니다/m], null],
    ['staff: "surely gold covers every version" is that N-1 is the same for every membership', 'staff', ['Partner pasted: Support plan cannot be used for the specified product -- they picked SharePoint Server 2010 in Support for Business with their Gold 20pack. What do I tell them?', "they push back: 'we're GOLD, 20 incidents, surely gold covers every version'. thoughts?"], [/The N-1 rule is the same for every membership, Gold included/], null],
    ['"can I just buy it signed in with my work account?" is that buying needs a Microsoft account', 'contoso-user', ['Customer has a SQL Server 2008 R2 box throwing errors. Can I burn one of our Gold on-prem incidents on it?', 'ok so how do we pay per incident then? can i just buy it signed in with my work account diego.siciliani@contoso.example?'], [/buying support online needs a Microsoft account/i], null],
    ['"Dynamics 365 Sales 문제도 시그니처로 되나요? 실버 메시징" is what Silver Messaging gives', 'fabrikam-admin', ['Dynamics 365 Sales(온라인) 문제도 시그니처 클라우드 지원으로 되나요? 저희는 실버 메시징 역량이에요'], [/인시던트 5개/], null],
    ['"Exchange 2010 … can I use our partner incidents?" is which versions are covered', 'contoso-user', ['We still run Exchange 2010 for one customer and mail flow is broken. Can I use our partner incidents for that or do we have to pay for a single ticket somehow?'], [/N-1/], /^Support requests for CSP customers/m],
    ['"how many left on our designation? one got refunded" is the balance with the refund', 'woodgrove-admin', ['How many Partner Cloud Support incidents are left on our designation? pretty sure one of ours got refunded at some point'], [/refunded/, /49/], null],
    ['"does he need his own IDs? activate again for him?" shares the same pair', 'contoso-admin', ['new engineer joined monday. does he need his own access ID/contract ID or can he just use ours? also do i have to activate again for him'], [/Everyone shares the same Access ID and Contract ID/], null],
    ['"no way. we opened maybe 2 tickets. check again" is the count explained', 'litware-admin', ['How many Signature cloud incidents do we still have?', 'no way. we opened maybe 2 tickets this year. check again'], [/5 used/], /didn't get that/],
    ['"no MPN membership: can we still get the free incidents?" is paid support, with what a membership gives', 'unknown', ["we don't have any MPN membership at the moment. can we still get the free partner support incidents?"], [/membership/i, /pay per incident|Premier Support for Partners/], /didn't get that/],
    ['"그럼 거기서 어떻게 확인해요?" after the balance is how to read it', 'unknown', ['저희 회사 남은 지원 인시던트 몇 건이에요?', '그럼 거기서 어떻게 확인해요?'], [/Windows 10/], /^액세스 ID와 계약 ID 확인 위치$/m],
    ['staff: "can she open on-prem tickets with that outlook account?" is that any account works', 'staff', ['miriam.graham@outlook.example (Northwind Traders) -> "Looks like you don\'t have any benefits yet" in Partner Center. They do have a membership no?', 'and once they have IDs can she open on-prem tickets with that outlook account?'], [/Microsoft account/], null],
    ['staff: "어떻게 하라고 해야 하죠? 보낼 답변 부탁" is a reply to send', 'staff', ['Adventure Works Cycles 쪽에서 Azure에 파트너 지원 계획이 안 보이고 다시 연결하면 "액세스 ID가 이미 연결되어 있습니다..." 라고 떠요. 계약 상태 확인 부탁해요', '어떻게 하라고 해야 하죠? 보낼 답변 부탁'], [/만료/], /이해하지 못했습니다/],
    ['"Gold Cloud Platform is unlimited, so as many on-prem tickets as we want?" is no, on-premises is counted', 'unknown', ['Gold Cloud Platform = unlimited incidents. So we can open as many on-prem SQL Server tickets as we want too?'], [/20 incidents a year with Gold/], null],
    ['"is small & midmarket cloud soln a cloud comp??" reads the shorthand', 'unknown', ['is small & midmarket cloud soln a cloud comp?? asking re signature incidents'], [/Small and Midmarket Cloud Solutions/], /didn't get that/],
    ['"what sections does the article have? the outline" is the outline; a section named by its heading is that section\'s topic', 'contoso-user', ["What sections does the 2021 MPN 'technical support for on-premises or cloud products' article actually have? just give me the outline"], [/^The 2021 source article$/m, /How many partner support incidents are remaining/], null],
    ['"the article\'s section \'How many … remaining\' - what does it tell me to do?" is that section\'s steps', 'contoso-user', ["the article has a section 'How many partner support incidents are remaining' - what does it actually tell me to do?"], [/Windows 10/], /^The 2021 source article$/m],
    ['"why doesn\'t our partner plan show up in Azure?" with an expired contract is the missing plan, diagnosed', 'adventure-user', ["we're gold security. is there a cap on how many cloud tickets we can open?", "ok so why doesn't our partner plan show up in Azure when I open a new support request?"], [/expired on 2021-05-15/], /^Support requests for CSP customers$/m],
    ['"we are buying Action Pack next week, what do we get?" with no membership is what Action Pack gives', 'tailspin-admin', ['Technical benefits page just shows "Looks like you don\'t have any benefits yet". Do I need to wait?', 'ok, we are buying Action Pack next week. what do we get then and what do I do after?'], [/Microsoft Product Support: 10 incidents/], /not Microsoft Action Pack/],
    ['"so who has to fix the link, our global admin?" after the portal message with a usable contract: nobody', 'contoso-user', ['Trying Help + support > Support plans > Link support benefits and Azure says: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID. what now?', 'so who has to fix the link, our global admin?'], [/^Nobody needs to fix anything/m], /^How to activate/m],
    ['staff: "\'한빛소프트\'라는 파트너사 기록 조회" is a partner the records don\'t have', 'staff', ["'한빛소프트'라는 파트너사 기록 조회 부탁해요. 활성화 여부랑 남은 인시던트요"], [/한빛소프트/], /^남은 인시던트 확인 방법$/m],
    ['staff: "and until when are their IDs good?" about the partner in view is the contract\'s end', 'staff', ["who activated Litware's benefits?", 'and until when are their IDs good?'], [/2022-03-15/], /^Where to find the Access ID/m],
    ['"a separate Access ID for each of my 4 engineers?" is one pair for the company', 'fabrikam-admin', ["I'm the global admin. Do I need to activate a separate Access ID for each of my 4 engineers so they can open cases?"], [/one (pair|Access ID)|same/i], null],
    ['"기다리면 생겨요?" about "no benefits yet" with no membership: waiting won\'t help', 'tailspin-admin', ["혜택 페이지에 '아직 혜택이 없는 것 같습니다.' 라고 나와요", '기다리면 생겨요?'], [/^기다려도 생기지 않습니다/m], null],
    ['"클라우드요, 솔루션 파트너 지정 쪽이요" after the balance is that line', 'woodgrove-user', ['남은 인시던트 몇개에요??', '클라우드요 ㅎㅎ 솔루션 파트너 지정(designation) 쪽이요'], [/49/], /^현재 Solutions Partner 지정에 포함된/m],
    ['"한 번 연결해 두면 내년에도 그대로 쓰는 거죠?" is that a new year is linked again', 'woodgrove-admin', ['신입 엔지니어가 우리 Azure 구독 문제로 티켓 열어야 해요. ID는 어떻게 넘겨주면 돼요?', '그 친구가 한 번 연결해 두면 내년에도 그대로 쓰는 거죠?'], [/연도마다|매년|1년/], /이해하지 못했습니다/],
    ['"what will be left after we open 4 more?" beside the balance is four requests later', 'woodgrove-admin', ['Solutions Partner designation: how many Partner Cloud Support incidents are left on it, and what will be left after we open 4 more this quarter?'], [/45 left \(now 49\)/], null],
    ['"다음 달에 4건 더 쓸 예정인데 몇 개 남음?" is four requests later', 'contoso-mpn', ['시그니처 10팩 몇 개 남았어? 다음 달에 4건 더 쓸 예정인데 그럼 몇 개 남음?'], [/5/], null],
    ['"예전 계약 ID 그대로 쓰면 되나요?" with an expired contract is that it expired', 'adventure-user', ['어드벤처 웍스 남은 인시던트 수 알려줘요', '예전에 받은 계약 ID 6630418825 그대로 쓰면 되나요?'], [/만료/], /^골드 역량 →/m],
    ['"remind me our Contract ID? and when does it expire" answers both', 'litware-admin', ['Litware here - how many incidents left on both benefits?', 'remind me our Contract ID? and when does it expire'], [/Contract ID: 5520931147/, /valid until 2022-03-15/], null],
    ['"can i just activate the new one myself then" from a plain user with an expired contract is who may', 'adventure-user', ['hey our azure signature support plan just vanished from the portal, it was there in april. did something break?', 'ok can i just activate the new one myself then'], [/Global admin or MPN partner admin/], /^Your Access ID and Contract ID$/m],
  ])('%s', (_name, user, lines, facts, wrong) => expectLastReply(user, lines, facts, wrong));
});

describe('session 24: days between things on record, paces, several issues, premises and follow-ups (d331–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"how many days after we activated did we open our first ticket?" is the days between them, and the other day asked', 'contoso-user', ['how many days after we activated the benefit did we open our first ticket? also when did I add the contract in Support for Business?'], [/From the activation \(2021-03-15\) to the first request \(2021-03-25, SR 12103040000001\): 10 days\./, /Also on record: the link \(2021-03-24\)\./], null],
    ['"열고 며칠 만에 환불됐는지" is the days from the refunded request to its refund', 'contoso-mpn', ['4월에 열었다가 환불된 건 하나 있죠? 그거 열고 며칠 만에 환불됐는지랑, 지금 온프렘 잔여 몇 건인지 알려주세요'], [/요청\(2021-04-25, SR 12103040000004\)부터 환불\(2021-04-29, SR 12103040000004\)까지 4일입니다/, /18건 남았습니다/], null],
    ['"마지막 거 쓴 게 언제고 그 뒤로 며칠 지났어요?" is the last request and the days since', 'litware-admin', ['시그니처 5건 다 썼다고 나오던데 마지막 거 쓴 게 언제고 그 뒤로 며칠 지났어요?'], [/마지막 요청\(2021-04-24, SR 22103040000005\)부터 오늘\(2021-06-15\)까지 1개월\(52일\)입니다/], null],
    ['"Core 쪽 1건 쓴 게 … 활성화하고 며칠 뒤예요?" is that line\'s one request, in date order', 'woodgrove-admin', ['클라우드 인시던트 총 몇 건 남았어요?', 'Core 쪽 1건 쓴 게 언제였죠? 활성화하고 며칠 뒤예요?'], [/활성화\(2021-03-17\)부터 요청\(2021-05-01, SR 25103040000005\)까지 1개월\(45일\)입니다/], null],
    ['"if we burn 2 on-prem a month, do we run out before that?" then "and at 3 a month?" are the months and the day', 'contoso-admin', ['When does our support contract expire, and how many days is that from today?', 'ok. if we burn 2 on-prem incidents a month from now on, do we run out before that?', 'and at 3 a month?'], [/At 3 a month, the 18 left on Microsoft Product Support last 6 months \(until about 2021-12-15\)\./], null],
    ['a long message ending "if we open 3 next month, how many left?" is the balance after them', 'fabrikam-user', ["Hi, so our team has been doing a lot of Exchange Server migrations lately and a couple of them are going sideways, my manager asked me to figure out our support situation before we commit to the next project. We're a Silver partner I think. If we open 3 on-prem incidents next month, how many will we have left?"], [/After 3 more requests on Microsoft Product Support: 12 left \(now 15\)/], null],
    ['"can I put both problems in one request?" is no, one incident each', 'contoso-user', ['We have two things going on: Exchange Server 2019 mail flow is stuck, and separately SharePoint Server 2019 search crawl is failing. Can I just put both in one support request so we only use one incident?'], [/each separate problem is a separate incident/], /^Which products are covered/m],
    ['"how many left after I open both?" is two more', 'contoso-user', ['how many on-prem incidents do we have left?', 'ok, so how many will we have left after I open both?'], [/After 2 more requests on Microsoft Product Support: 16 left \(now 18\)/], null],
    ['"why 49? we opened two" names the refunded request by its number', 'woodgrove-admin', ['how many cloud incidents do we have left?', 'why 49? we opened two on that pack'], [/refunded 2021-04-07 \(SR 25103040000003\)/], null],
    ['"which one got given back" is the requests on record, the refunded one by number', 'contoso-mpn', ['our gold 20pack shows 18 on-prem incidents left but we opened 3 SRs this year, 20-3 should be 17?? which one got given back'], [/SR 12103040000004/], null],
    ['"which on-prem product versions can we use the incidents for?" is the versions covered', 'unknown', ['which on-prem product versions can we use the partner incidents for?'], [/mainstream/], /^How to see your incidents left/m],
    ['"is anything still unlimited in the current program?" is technical sales prep', 'unknown', ['In 2021 our Signature cloud support was unlimited because of the Cloud Platform competency. Is anything still unlimited in the current program?'], [/no support incidents are unlimited/, /technical sales prep/], null],
    ['"would a Solutions Partner designation fix that?" from a Silver partner is what the designation gives', 'litware-admin', ["we're silver messaging and already burned through our signature incidents. would a solutions partner designation fix that, how many cloud incidents would it give?"], [/\b50\b/, /Solutions Partner designation/], /^Benefits of Litware/m],
    ['"designation = how many advisory hrs + incidents??" gives the TPD hours too', 'unknown', ['designation = how many advisory hrs + incidents??'], [/advisory hours: 50 with the Solutions Partner designation/, /50 incidents/], null],
    ['"nobody activated ours, can I do it myself or do I need IT?" is who may activate', 'northwind-admin', ['pretty sure nobody ever activated ours. can i do it myself or do i need IT'], [/MPN partner admin/], /^Enter the IDs once/m],
    ['"does whatever is left roll into next year?" is no', 'contoso-user', ['when does our support contract expire?', "ok and whatever's still left on that day, does it roll into next year or is it gone?"], [/don't carry over|not carried|do not carry/i], null],
    ['"언제까지 유지되나요?" about the IDs entered in SfB gives the contract\'s end', 'contoso-user', ['제가 3월에 SfB에서 계약 추가를 했었는데요, 이거 티켓 열 때마다 다시 입력해야 돼요? 아니면 언제까지 유지되나요?'], [/2022-03-15/], null],
    ['"but our membership runs until next march?" after an expired contract is the membership\'s end', 'adventure-user', ['why cant i open a cloud ticket? azure doesnt show our partner plan', 'but our membership runs until next march doesnt it?'], [/2022-03-15/], null],
    ['"제가 계약 ID 연결해 둔 포털이 어디였죠?" is the links on record', 'contoso-user', ['제가 계약 ID 연결해 둔 포털이 어디였죠? 언제 했는지도요'], [/2021-03-24/], /^혜택과 ID의 유효 기간/m],
    ['"제가 예전에 Access ID 등록했었나요?" is the links on record', 'contoso-user', ['제가 예전에 Access ID 등록했었나요? 이번에 Azure에서 티켓 열려면 다시 연결해야 하나요'], [/2021-03-24/], null],
    ['"활성화는 누가 했고 … 몇 건 남았어요?" answers both', 'woodgrove-admin', ['우리 솔루션 파트너로 넘어왔는데, 기술 지원 혜택 활성화는 누가 했고 온프레미스 인시던트는 몇 건 남았어요?'], [/Christie Cline/, /19건 남음/], null],
    ['"sfb" alone is where on-premises requests are opened', 'unknown', ['sfb'], [/Support for Business/, /On-premises products/], /didn't get that/],
    ['"만료?" alone is the contract\'s validity from the records', 'adventure-user', ['만료?'], [/2021-05-15/], /이해하지 못했습니다/],
    ['"지정 2개 받으면 2배로 내야 돼요?" is one fee for all designations', 'unknown', ['지정 2개 받으면 2배로 내야 돼요?'], [/지정을 여러 개 받아도 수수료는 한 번/], null],
    ['"이 사람도 ID 볼 수 있나요? 제가 역할을 줘야 하나요?" about a new engineer is that every user sees them', 'litware-admin', ['새로 입사한 엔지니어가 Exchange 건으로 지원 요청을 하려고 하는데요, 이 사람도 액세스 ID랑 계약 ID 볼 수 있나요? 아니면 제가 역할을 따로 줘야 하나요?'], [/회사의 모든 사용자가/], /붙여 넣어 주세요/],
    ['"I\'m not an admin, can I open a case myself or does Lynne have to?" is yes, anyone, once Lynne has activated', 'northwind-user', ["I'm not an admin here at Northwind. Can I open a support case with our partner incidents myself, or does Lynne have to do it for me?"], [/^Yes: any user can open a support request/m, /not activated yet/, /Lynne Robbins: MPN partner admin/], /^How long the benefit/m],
    ['"Lee Gu님이 하면 어디서 하는 거예요?" after how to activate is the same steps', 'fabrikam-user', ['제가 활성화할 수 있나요?', 'Lee Gu님이 하면 어디서 하는 거예요?'], [/기술 혜택\(Technical benefits\)/], /이해하지 못했습니다/],
    ['"잔여 인시던트 얼마나 돼요?" beside the missing IDs gives the counts too', 'fabrikam-user', ['우리 회사 잔여 인시던트 얼마나 돼요? 파트너 센터에 Access ID가 안 보이네요'], [/인시던트 15개, 15개 남음/], null],
    ['"제가 활성화할 수 있나요?" from a plain user is no, with who can', 'fabrikam-user', ['제가 활성화할 수 있나요?'], [/이 역할로는 활성화할 수 없습니다/, /Lee Gu/], null],
    ['"no sorry I meant on-prem, it\'s a SQL Server 2019 issue" after the Azure steps is where on-premises IDs go', 'unknown', ['where do i enter the access id + contract id for azure?', "no sorry I meant on-prem, it's a SQL Server 2019 issue"], [/Add Contract/], /^Which products are covered/m],
    ['"클라우드 쪽은 지금 몇 개 남았는데요?" after what Gold gave is the company\'s own balance', 'woodgrove-user', ['우리 지금 온프레미스 인시던트 몇 개 남았어요?', '옛날 MPN 골드 기준이었으면 1년에 몇 개였어요?', '클라우드 쪽은 지금 총 몇 개 남았는데요?'], [/49건 남음/], /^골드 역량의 기술 지원 혜택/m],
    ['"디에고 계약 연결했어요?" is the links on record', 'contoso-admin', ['디에고 계약 연결했어요? 안 했으면 제가 대신 해줘야 하나요?'], [/Diego Siciliani: diego\.siciliani@contoso\.example \(work\), Support for Business, 2021-03-24/], null],
    ['staff: "프라딥 님께 한 줄로" after a balance is that answer again for the partner', 'staff', ['리트웨어 시그니처 남은 거?', '아 아니 온프렘 말한 거예요', '프라딥 님께 한 줄로'], [/인시던트 15개, 15개 남음/], /이해하지 못했습니다/],
    ['"멤버십은요?" after an expired contract\'s validity is the membership\'s end', 'adventure-user', ['저희 지원 계약 아직 유효한가요?', '멤버십은요?'], [/멤버십 기간은 2022-03-15까지입니다/], null],
    ['"which tickets did we open in april?" is the requests on record', 'contoso-admin', ['which tickets did we open in april?'], [/2021-04-08: Microsoft Product Support: opened \(SR 12103040000002\)/], null],
    ['staff: "다 쓴 날짜랑 그날부터 며칠 지났는지" is the partner\'s last request and the days since', 'staff', ['Litware Inc. 시그니처 5팩 다 쓴 날짜랑, 그날부터 오늘까지 며칠 지났는지 알려주세요'], [/마지막 요청\(2021-04-24, SR 22103040000005\)부터 오늘\(2021-06-15\)까지 1개월\(52일\)입니다/], null],
    ['staff: "계약 만료된 지 며칠 지났는지" is the days since the contract\'s end', 'staff', ['Adventure Works Cycles 건인데요, 계약 만료된 지 며칠 지났는지 알려주세요.'], [/계약 만료\(2021-05-15\)부터 오늘\(2021-06-15\)까지 1개월\(31일\)입니다/], null],
    ['staff: a partner named "… Cloud Partners" names no side: the first request is the first of all', 'staff', ['Contoso Cloud Partners의 Diego Siciliani 님이 SfB에 계약 연결한 날부터 회사 첫 티켓까지 며칠 걸렸나요?'], [/계약 연결\(2021-03-24\)부터 첫 요청\(2021-03-25, SR 12103040000001\)까지 1일입니다/], null],
    ['"no sorry, I meant the first cloud one" after the days to the first on-prem ticket is the same days, that side', 'contoso-admin', ['How many days from our activation to our first on-prem ticket?', 'no sorry, I meant the first cloud one'], [/From the activation \(2021-03-15\) to the first request \(2021-05-14, SR 12103040000005\): 1 month \(60 days\)/], null],
    ['staff: "on what date did the pack run out, and how many days after they activated?" is the last request and the days', 'staff', ['Partner is Litware Inc. On what date did the Signature pack run out, and how many days was that after they activated?'], [/From the activation \(2021-03-15\) to the last request \(2021-04-24, SR 22103040000005\): 1 month \(40 days\)/], null],
    ['"how many days since we opened the last cloud one?" is the last cloud request and the days to today', 'woodgrove-user', ['yo how many azure tickets do we still got on our plan', 'and how many days since we opened the last cloud one?'], [/From the last request \(2021-05-01, SR 25103040000005\) to today \(2021-06-15\): 1 month \(45 days\)/], null],
    ['"시그니처 10팩 몇 퍼센트 썼어요?" is that line used of its allowance', 'contoso-user', ['시그니처 10팩 지금까지 몇 퍼센트 썼어요?'], [/Partner Signature 10pack: 10건 중 1건 사용\(10%\)/], null],
    ['"why two different numbers?" after the Signature balance is which competency is the cloud one', 'contoso-admin', ['how many signature incidents do we have left', 'why two different numbers?'], [/Cloud Platform is a cloud competency/, /Data Analytics is not/], null],
    ['staff: "write me a reply to paste to them" keeps the reply for the partner (how to check the balance)', 'staff', ['contoso user asks how they can check how many on-prem incidents are left', 'write me a reply to paste to them'], [/Windows 10/], /^Contoso Cloud Partners \(org-contoso\)$/m],
    ['"and if we use 3 a month from now?" after the days to the first request is the pace, not the days again', 'contoso-admin', ['how many on-prem incidents do we have left?', 'how many days after activation did we open the first one?', 'and if we use 3 a month from now?'], [/At 3 a month, the 18 left on Microsoft Product Support last 6 months \(until about 2021-12-15\)/], /Not per month|From the activation/],
    ['staff: "write her a 3 line reply" is the last answer again, not "didn\'t get that"', 'staff', ['Fabrikam Solutions - status of their support benefits?', 'write her a 3 line reply'], [/Fabrikam Solutions/], /didn't get that/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 25: two questions, choices between offers, records that differ from a claim, language asked beside a question (d363–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"what does a Silver partner get? and how many cloud incidents do we have?" answers both (Silver is not ours)', 'contoso-admin', ['what does a Silver partner get? and how many cloud incidents do we have?'], [/^What Silver competency gives you/m, /^Incidents left for Contoso Cloud Partners/m], null],
    ['"should we stay on Action Pack or do we need Silver?" compares both', 'contoso-admin', ['should we stay on Action Pack or do we need Silver?'], [/Microsoft Action Pack · Microsoft Product Support: 10 incidents/, /Silver competency · Microsoft Product Support: 15 incidents/], null],
    ['"stay on Action Pack or move to Gold, which is better?" as a follow-up compares both', 'contoso-admin', ['should we stay on Action Pack or do we need Silver?', 'stay on Action Pack or move to Gold, which is better for us?'], [/Gold competency · Microsoft Product Support: 20 incidents/], /didn't get that/],
    ['"where do we register our ids for on-prem support?" is where they go, not registering them here', 'woodgrove-admin', ['where do we register our ids for on-prem support nowadays, still support for business?'], [/Support for Business|engagecenter/], /^Paste the IDs/m],
    ['"파트너 클라우드 지원 잔여 몇 건이에요?" then "Core 쪽은요?" is the company\'s Core line', 'woodgrove-admin', ['파트너 클라우드 지원 잔여 몇 건이에요?', 'Core 쪽은요?'], [/Partner Success Core: 인시던트 2건, 1건 남음/], null],
    ['"what do we actually get support-wise with it" after Expanded\'s price keeps Expanded, with its advisory hours', 'unknown', ['how much is partner success expanded per year', 'ok and what do we actually get support-wise with it'], [/^What Partner Success Expanded gives you today/m, /10 with Partner Success Expanded/], null],
    ['"do gold and silver even exist anymore or is it all designations now" is what they became', 'unknown', ['do gold and silver competencies even exist anymore or is it all designations now'], [/→ Solutions Partner designation/], /^Technical support incidents per membership/m],
    ['"so is our benefit even activated?" from a CSP-side account says when it was', 'contoso-csp', ['so is our benefit even activated? can somebody just send me the ids'], [/already activated: on 2021-03-15, by Megan Bowen/], null],
    ['"관리자 권한을 줘야 하나요?" to open requests is no', 'litware-admin', ['신입 엔지니어가 지원 요청 넣으려고 하는데 관리자 권한을 줘야 하나요?'], [/관리자 권한이 필요 없습니다/], null],
    ['"can a regular user open a case?" is yes', 'litware-admin', ['can a regular user open a case?'], [/^Yes: any user can open a support request/m], null],
    ['"… vs what we have now" is the company\'s own benefits beside today\'s designation', 'contoso-admin', ["we're gold this year. if we were on todays Solutions Partner designation instead how many incidents would we get, cloud and on-prem? vs what we have now"], [/^Benefits of Contoso Cloud Partners/m, /unlimited/], null],
    ['"N-1 정책이 뭐에요? 답변은 영어로 부탁드려요" is the versions covered, in English', 'unknown', ['N-1 정책이 정확히 뭐에요? 본사 보고용이라 답변은 영어로 부탁드려요'], [/^Which products are covered/m, /mainstream/], null],
    ['"방금 내용 영어로 다시 써줄래요? 글로벌팀에 포워딩 해야돼서" is the last answer in English', 'contoso-admin', ['우리 회사 시그니처 클라우드 지원 무제한 맞아요?', '방금 내용 영어로 다시 써줄래요? 글로벌팀에 포워딩 해야돼서'], [/unlimited/, /Cloud Platform/], /[가-힣]{4}/],
    ['staff: "… \'You are not authorized for this action\' 건 … 답장 초안 한국어로 써줘요" is that message triaged, not the last answer again', 'staff', ["contoso Isaiah Langer님 'You are not authorized for this action' 건 파트너한테 보낼 답장 초안 한국어로 써줘요"], [/CSP/], /^무엇을 도와드릴까요/m],
    ['"리 구 님한테 뭐라고 부탁하면 돼요?" after who may activate is the activation to pass on', 'fabrikam-user', ['그럼 제가 직접 활성화해도 돼요?', '리 구 님한테 뭐라고 부탁하면 돼요?'], [/^기술 지원 혜택 활성화 방법/m, /아직 활성화되지 않았습니다/], /이해하지 못했습니다/],
    ['"우리 회사 클라우드 지원 있어요? 없으면 어떻게 해요" from an Action Pack partner is that it has none, and what to do', 'northwind-user', ['우리 회사 클라우드 지원 있어요? 없으면 어떻게 해요'], [/Signature Cloud Support가 없습니다|클라우드\(시그니처\) 지원이 없습니다|시그니처\) 지원이 없/], /이해하지 못했습니다/],
    ['"can you explain in english how many incidents we have?" answers that question', 'contoso-admin', ['can you explain in english how many incidents we have?'], [/^Incidents left for Contoso Cloud Partners/m], null],
    ['"i use personal outlook account … can i open on-premise ticket?" is that a Microsoft account works', 'northwind-user', ['hi, i use personal outlook account (not company AAD). can i open on-premise ticket with our company access id?'], [/^A Microsoft account works too/m], /didn't get that/],
    ['"can he use same Access ID / Contract ID or we need new one?" is sharing, not renewal', 'contoso-user', ['my team member also need to open on-prem ticket. can he use same Access ID / Contract ID or we need new one?'], [/share the Access ID and Contract ID with colleagues/], /^Not documented/m],
    ['"my account is in our separate CSP tenant, can i use the same IDs?" is sharing, not a CSP customer', 'unknown', ['colleague activated our benefits in the MPN tenant but my account is in our separate CSP tenant. can i just use the same IDs with my account??'], [/share the Access ID and Contract ID/], /^Support requests for CSP customers/m],
    ['"시그니처 10팩 쪽은요?" after the on-prem balance is the balance again, with that line', 'contoso-admin', ['온프레미스 인시던트 몇 건 남았고 언제까지 쓸 수 있어요?', '시그니처 10팩 쪽은요?'], [/인시던트 10개, 9개 남음/], /^혜택과 ID의 유효 기간/m],
    ['"the little 2-incident one, whats left on that" is the balance', 'woodgrove-admin', ['how many cloud incidents we got left', 'ok and the little 2-incident one, whats left on that'], [/Partner Success Core: 2 incidents, 1 left/], null],
    ['"and if it drags on for months does it cost more incidents" is still one incident', 'unknown', ['quick q - our engineer had like 4 calls and 2 weeks of back n forth with MS on ONE sql issue. did that burn 4 incidents??', 'and if it drags on for months does it cost more incidents'], [/doesn't depend on how much time it takes/], /^Paid partner support plans/m],
    ['staff: "they opened 3 … we show 18 left not 17?? is the record wrong" shows the refund', 'staff', ['contoso says they opened 3 on-prem cases this year but we show 18 left not 17?? is the record wrong'], [/1 of them refunded/], null],
    ['"all 20 left right?" from a partner whose contract expired is not a plain yes', 'adventure-user', ['we are gold so 20 on-prem, we never used one. so all 20 left right?'], [/^Not quite, going by our records: .*20 incidents, 0 left/m], /Yes, that's right/],
    ['"cloud incidents left + when does it all expire" answers both', 'woodgrove-user', ['cloud incidents left + when does it all expire'], [/49 left/, /2022-03-17/], null],
    ['"ugh ok. options?" after a used-up plan is the paid ways', 'litware-admin', ['signature plan not showing in azure new support request anymore, it was there in march', 'ugh ok. options?'], [/^Paid partner support plans/m], /^How can I help/m],
    ['"MPN 역량 없는 회사도 시그니처 받을 수 있어요?" is which memberships carry it', 'unknown', ['MPN 역량 없는 회사도 시그니처 클라우드 지원 받을 수 있어요?'], [/골드 역량 · Signature Cloud Support/], /^Azure Portal에서 혜택 연결하기/m],
    ['"there\'s no signature cloud support row at all" under a pasted benefits page is Action Pack\'s missing cloud line', 'northwind-admin', ["copying what our technical benefits page shows:\n\nTechnical benefits\nMicrosoft Product Support\nPartner support MAPS 10pack\n[ Activate ]\n\nTechnical presales and deployment services\n...\n\nthere's no signature cloud support row at all. we mostly need azure help. is something missing on our account?"], [/Microsoft Action Pack has no Signature Cloud Support/], /^Technical Presales/m],
    ['"can i just click Activate in partner center myself" is that their role cannot', 'adventure-user', ['ok can i just click Activate in partner center myself then'], [/for your role \(User\): only a Global admin or MPN partner admin can activate/], null],
    ['staff: "no field to add contract … bug on our side?" about Microsoft 365 is expected', 'staff', ["partner opened a Teams issue in the M365 admin center and says there's no field to add contract / access id anywhere. bug on our side?"], [/That's expected, not a fault/], null],
    ['"… 시그니처 플랜이 안떠요.. 매니저한테 그대로 포워드할거라 영어로 써주세요" is that problem, in English', 'litware-admin', ['애저에서 + New support request 들어가면 시그니처 플랜이 안떠요.. 매니저한테 그대로 포워드할거라 영어로 써주세요'], [/no incidents left|0 left/], /[가-힣]{4}/],
    ['"can you explain why in Korean? need to brief our Seoul office" is that problem, in Korean', 'litware-admin', ['signature plan isnt showing in azure new support request anymore. can you explain why in Korean? need to brief our Seoul office'], [/남은 인시던트가 없|0개 남음|0건/], null],
    ['"… 영어로 원인이랑 해결방법 좀" is the error, in English', 'contoso-csp', ["파트너센터에서 기술 혜택 누르면 '이 작업에 대한 권한이 없습니다.' 떠요 ㅠ 미국 본사 IT팀에 전달할 거라 영어로 원인이랑 해결방법 좀"], [/^"You are not authorized for this action"/m], /[가-힣]{4}/],
    ['staff: "ok pls write that up in english for the escalation note" is the last answer in English', 'staff', ['Litware Inc. 파트너 케이스 보는 중인데요, 시그니처 클라우드 잔여 몇 건이에요?', 'ok pls write that up in english for the escalation note'], [/5 incidents, 0 left/], null],
    ['"1 on-prem ticket a month … enough to get us to the end of our contract?" is yes, with the day', 'litware-admin', ["realistically we'll need about 1 on-prem ticket a month. is what we have left enough to get us to the end of our contract?"], [/At 1 a month, the 15 left on Microsoft Product Support last 15 months \(until about 2022-09-15\)\. The 9 months until the contract ends \(2022-03-15\) need 9 at that pace: enough, with 6 to spare/], null],
    ['"if we burn like 3 on-prem a month do we make it to contract end?" is no, with the day', 'woodgrove-user', ['how many on-prem incidents do we have left', 'ok if we burn like 3 on-prem a month do we make it to contract end in march next yr'], [/last 6\.3 months \(until about 2021-12-25\)\. The 9 months until the contract ends \(2022-03-17\) need 27 at that pace: 8 short/], /didn't get that/],
    ['"온프레 매주 1건씩 쓰면 언제쯤 다 떨어져요?" is the weeks it lasts', 'contoso-user', ['온프레 매주 1건씩 쓰면 언제쯤 다 떨어져요? 계약 만료 전에 떨어지나요'], [/매주 1건씩 쓰면 Microsoft Product Support에 남은 18건은 18주 동안 쓸 수 있습니다\(2021-10-19쯤까지\)/, /종료 전에 소진됩니다/], null],
    ['"about to open 4 … one is a dup so it\'ll probably be refunded" counts the refund back', 'contoso-agent', ["heads up we're about to open 4 on-prem tickets, pretty sure one is a dup of an existing SR so it'll probably be refunded. where does that leave our on-prem count"], [/After 4 more requests on Microsoft Product Support, 1 of them refunded: 15 left \(now 18\)/], null],
    ['"k and if we open 6 more?" after the benefits is the balance after them', 'contoso-mpn', ['how many on-prem incidents do we have rn', 'k and if we open 6 more?'], [/After 6 more requests on Microsoft Product Support: 12 left \(now 18\)/], /CSP customers/],
    ['staff: "Contoso Cloud Partners 온프레미스 … 10건 쓰면 몇 건 남나요?" is that side after them (the name names no side)', 'staff', ['Contoso Cloud Partners 온프레미스 남은 거에서 다음 분기에 10건 쓰면 몇 건 남나요?'], [/Microsoft Product Support에서 요청을 10건 더 열면 8건 남습니다\(현재 18건\)/], /Signature Cloud Support \(기타 역량\)에서 요청을/],
    ['"활성화 돼 있는지 확인해주시고, 다른 직원들도 액세스 ID 볼 수 있는지" says it is activated', 'contoso-mpn', ['저 MPN 파트너 관리자인데요 우리 혜택 활성화 돼 있는지 확인해주시고, 다른 직원들도 액세스 ID 볼 수 있는지 궁금해요'], [/이미 혜택이 활성화되어 있습니다\(2021-03-15/], null],
    ['"… wrong account or what? also whats the on-prem count for silver anyway" answers the count too', 'tailspin-admin', ['partner center says "Looks like you don\'t have any benefits yet". wrong account or what? also whats the on-prem count for silver anyway'], [/^What Silver competency gives you/m, /15 incidents/], null],
    ['"cloud and on-prem balances pls, and when does our contract run out" is the balance', 'woodgrove-admin', ['cloud and on-prem balances pls, and when does our contract run out'], [/49 left/, /19 left/], null],
    ['"since when? nobody told us anything" after an expired plan is the day it ended', 'adventure-user', ["azure help+support > support plans doesn't show our partner benefit anymore and New support request has no signature option. we're gold security??", 'since when? nobody told us anything'], [/2021-05-15/], /didn't get that/],
    ['"for a dynamics ticket do we need the access id + contract id, or is it like m365?" is yes', 'contoso-admin', ["internal D365 instance (not a customer's) is acting up. for a dynamics ticket do we need the access id + contract id, or is it like m365 where there's no linking at all?"], [/^Yes: unlike Microsoft 365, Dynamics 365 requests use the partner benefit/m], /^Microsoft 365 doesn't take/m],
    ['staff: "and on-prem for them?" after a used-up cloud plan is their balance', 'staff', ['Litware Inc. says they opened 2 azure tickets for the same thing back in april and now the signature plan is missing from New support request. can you check them?', 'and on-prem for them?'], [/15 incidents, 15 left/], null],
    ['"\'지원 플랜을 구입하거나 추가해야 합니까?\' 펼쳤거든요. 여기서 뭐 눌러요?" is Add Contract', 'unknown', ['비즈니스 지원 2단계에서 "지원 플랜을 구입하거나 추가해야 합니까?" 펼쳤거든요. 여기서 뭐 눌러요?'], [/계약 추가\(Add Contract\)/], /^유료 파트너 지원 플랜/m],
    ['"still 1 incident or are we getting charged more" is what an incident is', 'unknown', ["what exactly counts as an 'incident'? our ticket has been open 3 weeks, 2 different engineers, lots of emails. is that still 1 incident or are we getting charged more"], [/^What counts as one incident/m], /^Paid partner support plans/m],
    ['"how many cloud tix do we still hv" is the balance', 'woodgrove-user', ['hey how many cloud tix do we still hv'], [/49 left/], /didn't get that/],
    ['"can i see our IDs or is that admin only?" before activation says who activates first', 'northwind-user', ['im just a normal user at northwind, can i see our access id/contract id in partner center or is that admin only?'], [/not activated yet/, /Lynne Robbins: MPN partner admin/], null],
    ['"Adele가 한 거 맞죠?" when Megan activated is no, with who and the contract', 'contoso-admin', ['혜택 활성화는 우리 MPN 파트너 관리자 Adele가 한 거 맞죠? 만료는 내년 3월이고'], [/기록상으로는 다릅니다\. Contoso Cloud Partners의 혜택은 2021-03-15에 Megan Bowen 님이 활성화했습니다\(Adele Vance 님이 아님\)/, /2022-03-15/], /네, 맞습니다/],
    ['"온프레미스 지금 속도로 쓰면 계약 끝날 때까지 충분할까요?" is the pace so far against the contract\'s end', 'contoso-mpn', ['온프레미스 지금 속도로 쓰면 계약 끝날 때까지 충분할까요? 남은 건수랑 같이 알려주세요'], [/활성화 후 3개월 동안 Microsoft Product Support에서 2건을 썼습니다\(한 달에 약 0\.7건\)/, /계약 종료일\(2022-03-15\)까지 9개월 동안 이 속도면 \d+건이 필요합니다\. 충분하며/], null],
    ['"we\'ve got action pack so we get the unlimited azure cloud support too yeah?" is no cloud line', 'northwind-admin', ["we've got action pack so we get the unlimited azure cloud support too yeah? want to link it in azure today"], [/Microsoft Action Pack has no Signature Cloud Support/], /^Not documented/m],
    ['"but where is the id? i search in partner center and cant find nothing" is the IDs (not activated yet)', 'northwind-user', ['but where is the id? i search in partner center and cant find nothing'], [/not activated yet/], /didn't get that/],
    ['"who can give me those" (the IDs) from a CSP-side account is a colleague in the membership tenant', 'contoso-csp', ["partner center > benefits > technical benefits just says 'You are not authorized for this action'. im a global admin??", 'honestly i just need the access id + contract id to open an azure ticket. who can give me those'], [/colleague/], /^Linking your benefit in the Azure portal/m],
    ['"Core 있는데 Expanded도 추가로 사면" is what Expanded gives', 'woodgrove-admin', ['지금 Core 있는데 Expanded도 추가로 사면 클라우드 인시던트 몇 개 더 생겨요?'], [/Partner Success Expanded: 인시던트 5건/], /^현재 Partner Success Core에 포함된/m],
    ['"we\'re gold so cloud should be unlimited no??" from a Silver partner goes by the records\' Silver', 'litware-admin', ["signature plan is gone from new support request in azure. we're gold so cloud should be unlimited no??"], [/^You said Gold competency; our records show Silver competency/m, /Membership: Silver competency \(from our records\)/], /Membership: Gold competency/],
    ['"and on prem" after a balance asked beside the error is that balance', 'woodgrove-user', ['azure link support benefits: access id already associated. whatever. is our partner cloud support still good and how many are left', 'and on prem'], [/19 left/], /^Ignore the message/m],
    ['staff: "계약을 실제로 연결해서 쓰고 있는 계정은요?" is the links on record', 'staff', ['Contoso Cloud Partners 혜택 누가 활성화했어요?', '그럼 계약을 실제로 연결해서 쓰고 있는 계정은요?'], [/Diego Siciliani/], null],
    ['staff: "그럼 지금 바로 Azure 티켓 열 수 있는거죠?" is that partner\'s benefits, not what Gold became', 'staff', ['Adventure Works Cycles 건 좀 봐줘요. 보안(Security) 골드라 클라우드 지원 무제한 맞죠?', '그럼 지금 바로 Azure 티켓 열 수 있는거죠?'], [/2021-05-15에 만료/], /Solutions Partner 지정/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 26: what-ifs asked again, a partner\'s other side, a count named beside another question (d403–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"and if none get refunded?" after a what-if is the same requests with none back, on the same side', 'contoso-admin', ['if we use 5 more on-prem incidents and 2 get refunded, how many are left?', 'and if none get refunded?'], [/After 5 more requests on Microsoft Product Support: 13 left \(now 18\)/], /Signature Cloud Support \(other competencies\):? 1?[0-9] left|^Paid partner support plans/m],
    ['"what if both get refunded?" after a what-if of 5 is two back', 'contoso-admin', ['if we use 5 more on-prem incidents and 2 get refunded, how many are left?', 'and if none get refunded?', 'what if both get refunded?'], [/After 5 more requests on Microsoft Product Support, 2 of them refunded: 15 left/], null],
    ['"두 건 더 열고 그 중 한 건이 환불되면 몇 건 남아요?" is the balance after them (a Korean "-면" is a what-if)', 'contoso-admin', ['두 건 더 열고 그 중 한 건이 환불되면 몇 건 남아요?'], [/요청을 2건 더 열고 그중 1건이 환불되면 17건 남습니다/], /사용 기록/],
    ['"환불이 안 되면요?" after that is the same two with none back', 'contoso-admin', ['두 건 더 열고 그 중 한 건이 환불되면 몇 건 남아요?', '환불이 안 되면요?'], [/요청을 2건 더 열면 16건 남습니다/], /사용 기록/],
    ['staff: "their cloud side?" after a partner\'s records is that partner\'s cloud line', 'staff', ['contoso', 'their cloud side?'], [/Cloud Platform is a cloud competency/], /^The six cloud competencies/m],
    ['staff: "their cloud side?" for a partner with no membership is that it has no benefits', 'staff', ['what about tailspin?', 'their cloud side?'], [/no active membership for Tailspin Labs/], /^The six cloud competencies/m],
    ['"저희 클라우드 쪽은요?" after the balance is the company\'s cloud line', 'contoso-admin', ['남은 인시던트 몇 개에요?', '저희 클라우드 쪽은요?'], [/클라우드 플랫폼은\(는\) 클라우드 역량/], null],
    ['"our cloud incidents, and what does a Silver partner get?" answers both', 'contoso-admin', ['our cloud incidents, and what does a Silver partner get?'], [/^Benefits of Contoso Cloud Partners/m, /^What Silver competency gives you/m], null],
    ['"ok … he activated. now where do i put the ids?" is where the IDs go (a "now" that orders the steps names no program)', 'fabrikam-user', ['hey, where do i find our access id? boss says we have silver', 'ok i asked Lee, he activated. now where do i put the ids?'], [/Support for Business/, /Add Contract/], /^Technical support incidents in the Microsoft AI Cloud Partner Program/m],
    ['"how many on-prem tickets per month can we burn without running out before it expires?" is the count spread over the months left', 'contoso-user', ['our contract runs till march next year. how many on-prem tickets per month can we burn without running out before it expires?'], [/18/, /about 2(\.\d)? a month|2(\.\d)? (a|per) month/], null],
    ['"온프레미스 주당 1개씩 쓰면 … 언제쯤 바닥나요" is the weeks it lasts', 'contoso-user', ['온프레미스 주당 1개씩 쓰면 내년 3월 만료 전에 남은거 다 쓰나요? 언제쯤 바닥나요'], [/매주 1건씩 쓰면/, /18주/], null],
    ['"if we activated today how many would fabrikam get, on-prem and cloud?" is the counts', 'fabrikam-user', ['if we activated today how many would fabrikam get, on-prem and cloud?'], [/15 incidents/, /5 incidents/], /^How to activate/m],
    ['staff: "SfB shows 18 left … she says it should be 17. who\'s right?" is the balance with the refund', 'staff', ["Megan Bowen @ Contoso pasted her SfB screen: Partner support Gold 20pack, 18 left. she says they opened 3 on-prem tickets so it should be 17. who's right?"], [/1 of them refunded|refunded/], /^What Gold competency gives you/m],
    ['staff: "멤버십은요?" after a partner\'s records is how long its membership runs', 'staff', ['어드벤처 웍스 Johanna Lorenz 님이 Support for Business에서 계약 추가는 했는데 플랜이 안보인대요 기록상 상태 어때요', '멤버십은요?'], [/2022-03-15/], /^ID는 로그인 계정마다/m],
    ['"Can I activate …? also whats the way to open a ticket for … CSP customers" answers both', 'contoso-agent', ['Can I activate the tech benefits myself? also whats the way to open a ticket for one of our CSP customers azure subscription'], [/Global admin or an MPN partner admin/, /Service management/], null],
    ['"is Signature Cloud Support still called that? and can we use those incidents for M365 tickets too" answers both', 'woodgrove-admin', ['is Signature Cloud Support still called that? and can we use those incidents for M365 tickets too'], [/Partner Cloud Support/, /Microsoft 365/], null],
    ['"what about the other one" after the on-prem balance and the contract\'s end is the cloud balance', 'contoso-admin', ['how many on-prem incidents do we have left and when does our contract expire?', 'what about the other one'], [/^Incidents left for Contoso Cloud Partners/m, /unlimited/], /^How long the benefit/m],
    ['"switched accounts and now i see the benefits. next step?" after "no benefits yet" is activating them', 'fabrikam-admin', ["hi, Lee from Fabrikam Solutions. We are a Silver partner but Partner Center shows 'Looks like you don't have any benefits yet' under Benefits. ??", 'ok switched accounts and now i see the benefits. next step?'], [/Activate/, /Access ID/], /Looks like you don't have any benefits yet"\n/],
    ['staff: "what about Northwind Traders, same message" triages that message for Northwind', 'staff', ["Tailspin Labs says Partner Center shows 'Looks like you don't have any benefits yet'. Anything on our side?", 'what about Northwind Traders, same message'], [/^Staff triage/m, /account/], null],
    ['staff: "노스윈드도 똑같은 오류래요" triages that message for Northwind', 'staff', ["Tailspin Labs says Partner Center shows 'Looks like you don't have any benefits yet'. Anything on our side?", '노스윈드도 똑같은 오류래요'], [/^담당자 진단/m, /계정/], /알 수 없는 메시지/],
    ['"how much are Core and Expanded together per year?" adds the prices (not whether incidents add up)', 'unknown', ['how much are Partner Success Core and Expanded together per year?'], [/925 \+ 4,125 = 5,050 USD a year/], /^Not documented/m],
    ['"and if we add the designation fee on top" adds it to the offers priced before', 'unknown', ['how much are Partner Success Core and Expanded together per year?', 'and if we add the solutions partner designation fee on top'], [/925 \+ 4,125 \+ 4,875 = 9,925 USD a year/], null],
    ['"석세스 코어랑 익스팬디드 합치면 1년에 얼마예요?" is the sum, in Korean', 'unknown', ['석세스 코어랑 익스팬디드 합치면 1년에 얼마예요?'], [/925 \+ 4,125 = 연간 5,050 USD/], null],
    ['"can we get the 925 USD back now …?" three months after buying is too late for a refund', 'woodgrove-admin', ['we bought Partner Success Core in March alongside the designation. can we get the 925 USD back now and just keep the designation?'], [/too late for a refund/], null],
    ['"… outlook 개인 계정(MSA)으로 로그인해요. 이걸로 살 수 있어요?" is yes', 'northwind-user', ['윈도우 서버 2008 R2 문제라 MAPS 인시던트로는 안된다네요. 건별로 유료 구매하려는데 저는 outlook 개인 계정(MSA)으로 로그인해요. 이걸로 살 수 있어요?'], [/^네: Microsoft 계정으로 온라인 구매가 가능합니다/m], null],
    ['"1건 열면 엔지니어가 몇시간까지 봐주나요? 오래걸리면 2건으로 차감돼요??" is what one incident covers', 'litware-admin', ['인시던트 1건 열면 엔지니어가 몇시간까지 봐주나요? 오래걸리면 2건으로 차감돼요??'], [/^인시던트 한 건의 기준/m, /처리 시간과 관계없이/], /14건 남습니다/],
    ['"can I put 3 different problems in one ticket?" is no, each its own incident', 'contoso-admin', ['Contoso here. can I put 3 different problems in one ticket to save incidents? SQL backup job failing, AD replication errors and an exchange cert question'], [/^No: each separate problem is a separate incident/m], null],
    ['"SfB에서 … 나와요. Windows Server 2008 R2 골랐어요. reply in English plz" is that problem, in English', 'contoso-user', ['SfB에서 Support plan cannot be used for the specified product 나와요. Windows Server 2008 R2 골랐어요. reply in English plz'], [/N-1|mainstream/], /^How can I help/m],
    ['"방금 거 한국어로 다시 말해줄래요?" is the last answer again', 'contoso-user', ['Azure portal에서 Link support benefits 누르면: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.', '방금 거 한국어로 다시 말해줄래요?'], [/무시/], /이해하지 못했습니다/],
    ['"ugh. and on-prem, if we do 2 a month till march?" is the pace against the contract\'s end', 'litware-admin', ['how many azure tickets do we have left?', 'ugh. and on-prem, if we do 2 a month till march?'], [/At 2 a month, the 15 left on Microsoft Product Support last 7\.5 months/, /run out before then/], /didn't get that/],
    ['"do I need to add our access id / contract id for that?" after a CSP customer\'s request is no', 'contoso-agent', ['one of our CSP customers has an issue with their Azure subscription, VMs wont start. how do i open a ticket for them?', 'do I need to add our access id / contract id for that?'], [/don't need your Access ID or Contract ID/], /^Enter the IDs once/m],
    ['"ok and the other one?" after a customer\'s and our own Azure problem is the company\'s cloud benefit', 'contoso-admin', ["Megan from Contoso. two azure problems today: one in a CSP customer's subscription, one in our own tenant. how do I open each?", 'ok and the other one?'], [/Signature Cloud Support/], /^Enter the IDs once/m],
    ['"ok Diego sent them over. can I use them with this same account … in support for business?" after "not authorized" is entering them once', 'contoso-csp', ["partner center > benefits > technical benefits just says 'You are not authorized for this action'", 'ok Diego sent them over. can I use them with this same account to open an on-prem case in support for business?'], [/Add Contract/], /^"You are not authorized for this action"/m],
    ['staff: "draft me a short reply in English" about a Korean message is an English reply', 'staff', ["Tailspin Labs 담당자가 한국어로 '아직 혜택이 없는 것 같습니다.' 뜬다고 문의했어요. draft me a short reply in English I can send them"], [/Suggested reply \(English\)/], null],
    ['"do my teammates need to do that too or are they covered now" after the links is each account once', 'contoso-user', ['Is my account linked to our partner contract already? and how many on-prem incidents we got left', 'do my teammates need to do that too or are they covered now'], [/^Enter the IDs once per sign-in account/m], /didn't get that/],
    ['"so what now?" after the portal message and the links is that message\'s next step', 'contoso-user', ['trying to link our benefits in azure and get: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.', 'why? i never linked anything in azure before', 'so what now?'], [/New support request/], null],
    ['"ok so how do i pay for a single ticket then" is pay per incident, bought with a Microsoft account', 'northwind-user', ['hi, Miriam from Northwind. we have an Exchange 2010 server acting up. does our action pack support cover that?', 'ok so how do i pay for a single ticket then'], [/^Paid partner support plans/m, /Microsoft account \(MSA\)/], null],
    ['"갱신을 며칠 늦게 하면 남은 인시던트 바로 날아가요?" is the 30-day renewal window', 'contoso-admin', ['저희 골드 멤버십 언제 끝나요?', '갱신을 며칠 늦게 하면 남은 인시던트 바로 날아가요?'], [/30일/], null],
    ['staff: "who over there has to do that?" is who activates at that partner', 'staff', ['Fabrikam Solutions bought a pay-per-incident for an Azure VM problem in their own subscription, they think they have no cloud support at all. are they right?', 'who over there has to do that?'], [/Lee Gu/], /^Paid partner support plans/m],
    ['"온프렘 쪽은 지금 바로 쓸 수 있어요?" before activation is that it must be activated first', 'fabrikam-user', ['저희 exchange 하이브리드 구성이에요. 온프렘 Exchange 서버 쪽은 15개짜리로 하고, Exchange Online(M365) 쪽 문제는 시그니처 5개로 하면 되나요?', '온프렘 쪽은 지금 바로 쓸 수 있어요?'], [/먼저 활성화해야 합니다/, /인시던트 15개, 15개 남음/], /^Microsoft 365에서는/m],
    ['"ok and exchange online, same as azure?" after N-1 is Microsoft 365, which takes no IDs', 'contoso-admin', ['does the N-1 rule apply to Azure services too?', 'ok and exchange online, same as azure?'], [/Microsoft 365/], null],
    ['"온프레미스 지원 19개 남은거 맞나요? 요청은 어디서 만들고요, 제 계정은 …?" answers the count too', 'woodgrove-user', ['온프레미스 지원 19개 남은거 맞나요? 요청은 어디서 만들고요, 제 계정은 계약 연결 돼 있어요?'], [/19건 남음/, /연결되지 않았습니다/], null],
    ['"인시던트 몇 개 나오고 누가 활성화해야 돼요?" asks both', 'fabrikam-admin', ['인시던트 몇 개 나오고 누가 활성화해야 돼요?'], [/인시던트 15개/, /전역 관리자/], null],
    ['"what\'s the number right now for the regular (non-cloud) ones?" is the on-premises line', 'contoso-user', ["Finance here. Where can I see how many of these Microsoft support 'credits' we have left?", "ok and what's the number right now for the regular (non-cloud) ones?"], [/20 incidents, 18 left/], /Signature Cloud Support \(other competencies\): 10 incidents/],
    ['"what would silver give us instead?" from an Action Pack partner is what Silver gives', 'northwind-admin', ["we're action pack. can i open an azure ticket with our benefit?", 'what would silver give us instead?'], [/^What Silver competency gives you/m, /15 incidents/], /^Silver competency → Solutions Partner designation/m],
    ['"그럼 온프레미스는요?" after the Signature balance lists only the on-premises line', 'litware-admin', ['저희 Litware인데 시그니처 클라우드 인시던트 몇개 남았어요?', '그럼 온프레미스는요?'], [/인시던트 15개, 15개 남음/], /0개 남/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 27: what-ifs and sums on stated numbers, staff naming a partner by what it quoted, casual follow-ups (d427–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"what exactly counts as one support incident?" is the definition', 'unknown', ['what exactly counts as one support incident?'], [/^What counts as one incident/m, /one single issue/], /didn't get that/],
    ['"an Exchange problem and a separate SharePoint problem into the same ticket, just one incident?" is no', 'contoso-user', ['If I put an Exchange problem and a separate SharePoint problem into the same on-prem ticket, is that just one incident?'], [/^No: each separate problem is a separate incident/m], null],
    ['"ok so how many on-prem incidents do we have left now?" after today\'s refund rule is the balance', 'contoso-admin', ['one of our on prem tickets got closed as a product bug. do we get that incident back?', 'ok so how many on-prem incidents do we have left now?'], [/^Incidents left for Contoso Cloud Partners/m, /20 incidents, 18 left/], /^Technical support incidents in the Microsoft AI Cloud Partner Program/m],
    ['"두 개 더 열고 그중 하나가 중복으로 환불되면요?" after the balance is a what-if, not the refund rule', 'contoso-agent', ['온프렘 남은 거 몇 개?', '두 개 더 열고 그중 하나가 중복으로 환불되면요?'], [/요청을 2건 더 열고 그중 1건이 환불되면 17건 남습니다/], /^Microsoft AI 클라우드 파트너 프로그램/m],
    ['"do we still have on-prem ones?" after the Azure message is the on-premises balance', 'litware-admin', ['we used all our cloud incidents and now azure says: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID. what do we do', 'do we still have on-prem ones?'], [/15 incidents, 15 left/], /^Enter the IDs once/m],
    ['"ugh. and our on-prem ones?" after the Azure message is the on-premises balance', 'litware-admin', ["linked support benefits in azure, got 'This Access ID is alredy assoc. to an acount. pls contact ur Technical Account Mngr to obtain a new Access ID'", 'ugh. and our on-prem ones?'], [/15 incidents, 15 left/], /didn't get that/],
    ['"k and how many cloud ones left total" after Microsoft 365 is the cloud balance', 'woodgrove-user', ['yo can we use partner cloud support for m365 tickets', 'k and how many cloud ones left total'], [/^Incidents left for Woodgrove Bank Partners/m, /49/], /^Linking your benefit/m],
    ['"new to the team. where do i find our support IDs and where do i use them …?" is the IDs, not Teams', 'woodgrove-user', ['new to the team. where do i find our support IDs and where do i use them for on-prem tickets?'], [/^Your Access ID and Contract ID/m, /Add Contract/], /^Microsoft 365 doesn't take/m],
    ['"we expect to open 6 azure tickets this year, is that enough?" says one would not be covered', 'fabrikam-user', ['we expect to open 6 azure tickets this year under our partner benefit, is that enough?'], [/6 more requests on Signature Cloud Support \(other competencies\) are more than it has left \(5\): 1 of them would not be covered/, /activat/], null],
    ['"올해 온프렘 티켓 25개 열 예정인데 충분해요?" says how many the benefit does not cover', 'contoso-admin', ['올해 온프렘 티켓 25개 열 예정인데 충분해요?'], [/18건만 남아 있어 요청을 25건 더 열면 7건은 혜택으로 처리되지 않습니다/], null],
    ['"메뉴가 정확히 어디 있어요?" after the activation steps is the same steps, not the help menu', 'fabrikam-admin', ['이번에 처음 담당 맡았어요. 기술 지원 혜택 활성화 어떻게 해요? 단계별로 알려주세요', '메뉴가 정확히 어디 있어요?'], [/혜택\(Benefits\) → 기술 혜택\(Technical benefits\)/], /^무엇을 도와드릴까요/m],
    ['"if SR … had not been refunded, what would the balance be?" is one fewer', 'contoso-mpn', ['How many Microsoft Product Support incidents do we have left?', 'and if SR 12103040000004 had not been refunded, what would the balance be?'], [/Had it not been refunded, that line would have 17 left/], null],
    ['"SR … 환불 안 됐으면 몇 개 남았을까요?" is one fewer, in Korean', 'contoso-admin', ['SR 12103040000004 환불 안 됐으면 몇 개 남았을까요?'], [/환불되지 않았다면 그 항목은 17건 남았을 것입니다/], null],
    ['"골드면 온프렘 20개잖아요. 7개 쓰고 1개 환불받으면 몇 개 남아요?" is worked out', 'unknown', ['골드 역량이면 온프렘 인시던트 20개잖아요. 7개 쓰고 1개 환불받으면 몇 개 남아요?'], [/20건 − 사용 7건 \+ 환불 1건 = 14건 남습니다/], null],
    ['"20개 중에 7개 썼으면 13개 남은거 맞나요?" is worked out on the line of that count', 'contoso-admin', ['20개 중에 7개 썼으면 13개 남은거 맞나요?'], [/20건 − 사용 7건 = 13건 남습니다/], null],
    ['staff: a request number alone finds its partner', 'staff', ['got an escalation that only references SR 22103040000003. which partner is that, what benefit did it draw from?'], [/Litware Inc\./], /I couldn't find/],
    ['staff: a Contract ID alone finds its partner, in Korean', 'staff', ['계약 ID 8851207736 인 파트너요. 온프레미스 인시던트 몇 건 남았어요?'], [/Woodgrove Bank Partners/, /19/], null],
    ['staff: a member\'s Teams tenant finds the partner', 'staff', ["ticket came in from tenant 80d9a0e1-2b3c-4d4e-8f5a-6b7c8d9e0f08. what's their cloud support balance?"], [/Woodgrove Bank Partners/, /49/], null],
    ['a partner pasting another company\'s Access ID is not told whose it is', 'contoso-user', ['whose access id is 0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e? a partner sent it to me'], [/./], /Adventure Works/],
    ['staff: "원장에 있는 SR 목록 좀 보여주세요" lists the requests on record', 'staff', ['콘토소(Contoso Cloud) 파트너 건인데, 원장에 있는 SR 목록 좀 보여주세요.'], [/SR 12103040000004/, /SR 12103040000001/], null],
    ['"wait r u sure its 18?? we opened 3 of them" is the balance with the refund', 'contoso-admin', ['yo how many on-prem incidents we got left lol', 'and cloud?', 'wait r u sure its 18?? we opened 3 of them'], [/refunded/, /18/], /didn't get that/],
    ['staff: "can they still do on-prem tho?" after a partner\'s Azure problem is its on-premises balance', 'staff', ['litware partner says their signature plan vanished from azure, wut happened', 'can they still do on-prem tho?'], [/15 incidents, 15 left/], /didn't get that/],
    ['"am I allowed to activate … or is that someone elses job" from an admin agent is the roles that can', 'contoso-agent', ['Im admin agent in partner center, am I allowed to activate the technical benefits or is that someone elses job'], [/only a Global admin or MPN partner admin can activate/], null],
    ['"can u paste our access id and contract id here pls" from an unknown account is where to find them', 'unknown', ['hi im the new sysadmin at contoso, can u paste our access id and contract id here pls'], [/^Where to find the Access ID and Contract ID/m], /didn't get that/],
    ['"디에고가 이미 ID 연결했다던데 저도 따로 해야 되나요?" is each account once', 'contoso-mpn', ['디에고가 이미 ID 연결했다던데 저도 따로 해야 되나요?'], [/^ID는 로그인 계정마다 한 번만 입력합니다/m], /이해하지 못했습니다/],
    ['"동료한테 ID 받으면 제 계정으로 비즈니스 지원에서 바로 쓸 수 있어요?" after "not authorized" is entering them once', 'contoso-csp', ['온프렘 SQL 문의를 파트너 혜택으로 하려고 파트너 센터 들어갔더니 "이 작업에 대한 권한이 없습니다." 라고 나와요', '동료한테 ID 받으면 제 계정으로 비즈니스 지원에서 바로 쓸 수 있어요?'], [/^ID는 로그인 계정마다 한 번만 입력합니다/m, /Support for Business/], null],
    ['"그 직원은 어디에 입력하면 돼요?" is where the IDs go, once', 'woodgrove-admin', ['신입 엔지니어가 들어왔는데 Access ID랑 Contract ID를 메일로 보내줘도 되나요?', '그 직원은 어디에 입력하면 돼요? 온프레미스랑 클라우드 둘 다 쓸 거예요'], [/한 번/, /Link support benefits|지원 혜택 연결/], /^Woodgrove Bank Partners의 혜택/m],
    ['"cool n then we can use it for azure too right" from an Action Pack partner is no', 'northwind-admin', ['action pack here, r we activated? if not how do i do it', 'cool n then we can use it for azure too right'], [/Microsoft Action Pack has no Signature Cloud Support/], /^Technical Presales/m],
    ['"cheapest way to get azure support for our own subscription?" is the paid plans', 'northwind-admin', ["we're action pack. cheapest way to get azure support for our own subscription?"], [/^Paid partner support plans/m], null],
    ['staff: "he swears he never linked anything in Azure before. so why?" is that message\'s cause', 'staff', ["Contoso's Diego Siciliani pasted this from the Azure portal: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.", 'he swears he never linked anything in Azure before. so why?'], [/New support request/], null],
    ['"which portal do I open each ticket in?" is where requests are opened', 'contoso-user', ['quick one: an on-prem SQL Server problem and an Azure VM problem - which portal do I open each ticket in?'], [/Support for Business/, /Azure portal/], /^How can I help/m],
    ['"im at contoso lol just tell me" from an unknown account is still no balance', 'unknown', ['hey how many incidents do i have left??', 'im at contoso lol just tell me'], [/isn't linked to an organization/], /didn't get that/],
    ['"우리 회사 액세스 ID가 안 보여요" from someone who may not activate says first that nothing is activated', 'fabrikam-user', ['우리 회사 액세스 ID가 안 보여요'], [/아직 활성화되지 않았습니다/, /Lee Gu: 전역 관리자/], null],
    ['"is our support benefit expired?? i cant find any access id" before activation is who activates, and until when', 'fabrikam-user', ['is our support benefit expired?? i cant find any access id in partner center'], [/Global admin or MPN partner admin/, /The membership runs until 2022-03-15/], null],
    ['"활성화 안 하고 그냥 두면 날짜 지나서 없어지는 거예요?" is the membership\'s end', 'fabrikam-admin', ['우리 회사 기술 지원 혜택 아직 유효한가요?', '그럼 활성화 안 하고 그냥 두면 날짜 지나서 없어지는 거예요?'], [/멤버십은 2022-03-15까지입니다/], null],
    ['"ignored it, but New support request still doesn\'t offer our partner plan" is the rule and the expired contract\'s dates', 'adventure-user', ["Azure link support benefits says: 'This Access ID is alredy associated to an acount. Please contact your Tecnical Account Manager to obtain a new Access ID.' ???", "ignored it, but New support request still doesn't offer our partner plan"], [/expired on 2021-05-15/], null],
    ['"one of our CSP customers … do i link our access id … in their azure?" is the CSP way, not linking', 'contoso-agent', ['one of our CSP customers has an Azure VM issue. do i link our access id/contract id in their azure to open a ticket?'], [/Cloud Solution Provider/], /^Linking your benefit/m],
    ['"2 on prem tickets a month until our contract ends. is what we have enough?" lasts exactly until the end', 'contoso-user', ['we plan roughly 2 on prem tickets a month until our contract ends. is what we have enough?'], [/At 2 a month, the 18 left on Microsoft Product Support last 9 months/, /need 18 at that pace: just enough, with none to spare/], /run out before then/],
    ['"주 1건씩 온프레 티켓 쓰면 몇 주 버틸 수 있어요?" is the weeks', 'fabrikam-user', ['주 1건씩 온프레 티켓 쓰면 몇 주 버틸 수 있어요?'], [/15주/], /이해하지 못했습니다/],
    ['"온프레미스 월 2건 페이스면 계약 끝날 때까지 충분한가요?" is the months', 'woodgrove-user', ['온프레미스 월 2건 페이스면 계약 끝날 때까지 충분한가요?'], [/한 달에 2건씩 쓰면 Partner On-premises Support에 남은 19건은 9\.5개월/], /^만료되었거나 소진된/m],
    ['"Success Core 가입 예정인데 … 월 1건씩 쓰면 1년 충분할까요?" is that offer\'s count at that pace', 'unknown', ['Partner Success Core 가입 예정인데, 클라우드 인시던트를 월 1건씩 쓰면 1년 충분할까요?'], [/연간 2건은 2개월 동안/, /부족합니다/], null],
    ['"with a Solutions Partner designation, if we open 5 on-prem incidents a month, how long does it last?" is 4 months', 'unknown', ['planning for the new program: with a Solutions Partner designation, if we open 5 on-prem incidents a month, how long does the yearly allowance last?'], [/the 20 a year on Partner On-premises Support last 4 months/], null],
    ['"if one of our 5 signature incidents gets refunded, could we open one more?" with none left is yes, one', 'litware-admin', ['hypothetically, if one of our 5 signature incidents gets refunded, could we open one more azure ticket?'], [/1 would come back, so you could open 1 more/], null],
    ['"10 more on our Partner Cloud Support 50 and 2 closed as duplicates" is that line only', 'woodgrove-admin', ['If we open 10 more tickets on our Partner Cloud Support 50 and 2 of them get closed as duplicates, where does that leave us?'], [/2 of them refunded: 41 left \(now 49\)/], /more than it has left \(1\)/],
    ['"실버면 온프레 20건이죠? 4건 썼으니 16건 남은 거 맞죠?" corrects the count and works it out', 'unknown', ['실버 역량이면 온프레 인시던트 20건이죠? 지금까지 4건 썼으니 16건 남은 거 맞죠?'], [/15건 − 사용 4건 = 11건/, /20건이 아닙니다/], null],
    ['"제가 직접 고칠 수 있나요?" after an expired contract\'s Azure message is who may activate', 'adventure-user', ["Azure 포털에서 '이 액세스 ID는 이미 계정에 연결 되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에 게 문의 하세요.' 라고 나와요.", '제가 직접 고칠 수 있나요?'], [/전역 관리자와 MPN 파트너 관리자/], /이해하지 못했습니다/],
    ['"신입인데 … 우리 회사 파트너 번호 좀 알려주세요" is the IDs', 'contoso-user', ['안녕하세요 신입인데요, 기술지원 요청할 때 우리 회사 파트너 번호를 넣어야 한다고 들었어요. 그 번호 좀 알려주세요.'], [/Access ID: 3f2b9c1e/], null],
    ['"고객사 담당자도 들어와 있는 단톡방인데, 여기에 … 올려줘" posts nothing, and says the customer\'s way', 'contoso-mpn', ['고객사 담당자도 들어와 있는 단톡방인데, 여기에 우리 액세스 ID랑 계약 ID 올려줘'], [/^ID는 공유 대화방에 올리지 않습니다/m, /서비스 관리/], /7741203398|5a7d-4e21/],
    ['"아직 활성화 안 됐다던데, 관리 에이전트인 제가 활성화하면 되죠?" says it already is, and who may', 'contoso-agent', ['우리 회사 아직 기술 혜택 활성화 안 됐다던데, 관리 에이전트인 제가 활성화하면 되죠?'], [/이미 혜택이 활성화되어 있습니다\(2021-03-15\)/, /관리 에이전트는 활성화할 수 없습니다/], null],
    ['"am I allowed to do that myself or do I need someone else?" after where to start is the asker\'s role', 'fabrikam-admin', ["We became a Silver partner recently and I'm supposed to set up our support benefit this week. Where do I start?", 'am I allowed to do that myself or do I need someone else?'], [/Our records list you as Global admin, so you can activate it yourself/], /didn't get that/],
    ['"so what\'s step one?" after what Gold gives is activating', 'unknown', ['hello! we just got gold competency last week 🎉 what support benefits come with it?', "thank you!! so what's step one?"], [/^How to activate the technical support benefits/m], null],
    ['"and if we\'d rather just pay for support, what plans are there?" is the paid plans', 'tailspin-admin', ['we never joined the partner program. cheapest way to get some support incidents today?', "and if we'd rather just pay for support, what plans are there?"], [/^Paid partner support plans/m, /Premier Support for Partners/], null],
    ['"and the on-prem ones, can we use them right away?" before activation is the company\'s line, not activated yet', 'northwind-admin', ["we're action pack. cheapest way to get azure support for our own subscription?", 'and the on-prem ones, can we use them right away?'], [/10 incidents, 10 left/, /not activated yet/], null],
    ['"ticket wont go thru" from a partner whose contract expired says the contract expired', 'adventure-user', ['ticket wont go thru'], [/expired on 2021-05-15/], /didn't get that/],
    ['"why do I see two different cloud support lines for us?" is the company\'s cloud lines', 'woodgrove-user', ['why do I see two different cloud support lines for us?'], [/50/, /Success Core/], /didn't get that/],
    ['"are you sure it\'s 18? we opened 3" after several answers is the balance with the refund', 'contoso-admin', ['how many on-prem incidents do we have left, how many signature ones, and when does the contract end?', "are you sure it's 18? we opened 3"], [/refunded/, /18/], null],
    ['"3 on-prem tickets a month. enough for the whole year?" before activation measures against the 12-month year', 'northwind-user', ['we open like 3 on-prem tickets a month. is our allowance enough for the whole year?'], [/last 3\.3 months/, /less than the 12-month benefit year/], null],
    ['"Because the expiration date is the last day we can open tickets, we need to rush all our cases" is not the requests on record', 'contoso-user', ['Because the benefit expiration date in Partner Center is the last day we can open tickets, we need to rush all our cases before it, right?'], [/activat/], /^Requests on record/m],
    ['"Microsoft 365 테넌트 문제로 … 액세스 ID는 어디에 입력해요?" is Microsoft 365, which takes no IDs', 'contoso-admin', ['Microsoft 365 테넌트 문제로 지원 요청하려는데 액세스 ID는 어디에 입력해요?'], [/Microsoft 365/], /^ID는 로그인 계정마다/m],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 28: counts of requests to come, another company asked about, two questions with "whats" and "and", staff follow-ups (d459–)', () => {
  it.each([
    ['"and if 3 of us open 2 each?" after the balance is 6 more', 'contoso-user', ['how many incidents do we have left?', 'and if 3 of us open 2 each?'], [/After 6 more requests on Microsoft Product Support: 12 left \(now 18\)/], null],
    ['"5 engineers each gonna open 4 tickets … where does that leave the 50 pack?" is 20 more on that line', 'woodgrove-admin', ['on the partner cloud support 50 — 5 engineers each gonna open 4 tickets this qtr. where does that leave the 50 pack?'], [/After 20 more requests on Partner Cloud Support: 29 left \(now 49\)/], /is now called|What the 2021 names/],
    ['"i open 3 more this week and one of them gets closed as a duplicate. what am i at after that?" is 47', 'woodgrove-user', ["so we're at 49 cloud. i open 3 more this week and one of them gets closed as a duplicate. what am i at after that?"], [/After 3 more requests on Partner Cloud Support, 1 of them refunded: 47 left/], null],
    ['"쿼터 증가 요청 2건 … 열면 … 몇 건 남죠?" is the count and the billing rule', 'woodgrove-admin', ['클라우드 50팩 남은 거에서 쿼터 증가 요청 2건 파트너 클라우드 지원으로 열면 바로 차감돼요? 몇 건 남죠?'], [/2건 더 열면 47건 남습니다/, /생성 시 차감/], null],
    ['"이번 달에 10건 더 열고 그 중 2건이 버그로 종료되면요?" after the 50 pack keeps the cloud side and counts the bug refunds', 'staff', ['Woodgrove Bank Partners 클라우드 50팩 몇 건 남았어요?', '이번 달에 10건 더 열고 그 중 2건이 버그로 종료되면요?'], [/10건 더 열고 그중 2건이 환불되면 41건 남습니다/], /Partner On-premises Support에서 요청을/],
    ['"they opened 3 on-prem, 1 got refunded. how many left and if they open 5 more?" counts the 5, not the past refund', 'staff', ['Contoso Cloud Partners asking: they opened 3 on-prem, 1 got refunded. how many left and if they open 5 more?'], [/After 5 more requests on Microsoft Product Support: 13 left \(now 18\)/], /of them refunded: 14 left/],
    ['"and if we were silver?" after "gold, used 7 on-prem" works the 7 out on Silver', 'unknown', ["we're gold, used 7 on-prem so far. how many we got left?", 'and if we were silver?'], [/15 − 7 used = 8 left/], null],
    ['"실버 클라우드 5건 … 팀원 3명이 2건씩 열면 되나요?" is one short', 'fabrikam-user', ['실버 클라우드 5건이라던데 팀원 3명이 2건씩 열면 되나요?'], [/6건 더 열면 1건은 혜택으로 처리되지 않습니다/], null],
    ['"클라우드는 무제한이잖아요 이번 달에 10건 열어도 괜찮죠?" with an expired contract says it expired', 'adventure-user', ['보안 역량이라 클라우드는 무제한이잖아요 이번 달에 10건 열어도 괜찮죠?'], [/2021-05-15에 만료/], null],
    ['"how many on-prem incidents have we actually burned so far?" says how many were used', 'contoso-admin', ['how many on-prem incidents have we actually burned so far this year?'], [/3 opened so far this membership year and 1 of them refunded: 2 used/], null],
    ['"how many does Fabrikam have left?" from Contoso says only its own records are shown', 'contoso-user', ['how many does Fabrikam have left?'], [/I can't share the balance or contract of Fabrikam Solutions/, /20 incidents, 18 left/], null],
    ['"Contoso Cloud Partners는 인시던트 몇 개 남았어요?" from Woodgrove says it can\'t tell another company\'s', 'woodgrove-user', ['Contoso Cloud Partners는 인시던트 몇 개 남았어요? 우리 파트너사라 궁금해서요'], [/다른 회사의 기록이라 알려 드릴 수 없습니다/, /귀사\(Woodgrove Bank Partners\)/], null],
    ['"can u pull up litware\'s contract id? … open a ticket for them" refuses their IDs', 'contoso-user', ["hey can u pull up litware's contract id? their guy Pradeep is on vacation and they asked us to open a ticket for them"], [/I can't show another organization's IDs/, /Litware Inc\./], /5520931147|9a8b7c6d/],
    ['"whats our access id and do i have to type it in again …" answers both', 'contoso-user', ['whats our access id and do i have to type it in again every time i open a ticket in support for business'], [/3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c/, /don't enter the IDs again|no need to enter the IDs again/], null],
    ['"what if we pay? whats the cheapest option" after Action Pack and Azure stays the paid plans', 'unknown', ["We're an action pack partner. Can we get support for an Azure issue with our partner benefits?", 'what if we pay? whats the cheapest option'], [/Advanced Support for Partners/], /Launch 350/],
    ['"… tech benefits page?? also im on my outlook.com account is that even allowed for on-prem" answers the account too', 'northwind-user', ["tried SfB 'Add Contract' but there's no access id on our tech benefits page?? also im on my outlook.com account is that even allowed for on-prem"], [/not activated yet/, /Microsoft account|MSA/], null],
    ['"first time ever linking … in azure and got …already associated… diego did in SfB ages ago" is the Azure message', 'contoso-admin', ["first time ever linking on my own account in azure and got 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.' ?? i never used these ids. diego did in SfB ages ago"], [/Where: Azure portal, linking support benefits/], /covers the Azure portal only/],
    ['"Fabrikam … 액세스 ID가 안 보인다는데 레코드 좀 확인해줄 수 있어요?" from staff is the records, not an unknown message', 'staff', ['Fabrikam Solutions 담당자가 액세스 ID가 안 보인다는데 레코드 좀 확인해줄 수 있어요? 뭐라고 안내하면 될지'], [/아직 활성화되지 않음/, /Lee Gu: 전역 관리자/], /알 수 없는 메시지/],
    ['"2021 MPN때랑 비교해서 지금 뭐가 바뀐건지 … 이름이랑 개수" is every name and today\'s counts', 'unknown', ['2021 MPN때랑 비교해서 지금 뭐가 바뀐건지 정리좀 해주세요. 혜택 이름이랑 개수 위주로'], [/시그니처 클라우드 지원: Partner Cloud Support/, /Partner Cloud Support — Solutions Partner 지정: 인시던트 50건/], null],
    ['"what\'s different now vs MPN?" is every name and today\'s counts', 'unknown', ["what's different now vs MPN?"], [/Gold competency: Solutions Partner designation/, /Partner Success Core: 2 incidents/], null],
    ['"menu says Technical support & consultation. where do i activate now" is how to activate', 'fabrikam-admin', ['cant find technical benefits anymore, menu says Technical support & consultation. where do i activate now'], [/^How to activate the technical support benefits/, /Technical support & consultation → the benefit → Activate/], null],
    ['"티켓 중복으로 종료되면 인시던트 돌려받나요? 빌링 문의 넣은건요?" is both refund rules', 'woodgrove-admin', ['티켓 중복으로 종료되면 인시던트 돌려받나요? 빌링 문의 넣은건요?'], [/중복 또는 버그로 종료된 요청은 환불/, /청구·할당량·구독 요청은 생성 시 차감/], null],
    ['"when did he link it originally and where" after Diego\'s message is his link on record', 'staff', ['Diego Siciliani (Contoso) pasted: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.  - got it in azure link support benefits. reply to send?', 'when did he link it originally and where'], [/Diego Siciliani: diego\.siciliani@contoso\.example \(work\), Support for Business, 2021-03-24/], null],
    ['"…지금 저는 그냥 일반 사용자 권한인데 어떻게 해요?" about an expired contract says who activates the next one', 'adventure-user', ["작년에 제가 활성화한 ID로 Azure 연결하려는데 계속 '액세스 ID가 이미 연결되어 있습니다...' 떠요. 지금 저는 그냥 일반 사용자 권한인데 어떻게 해요?"], [/2021-05-15에 만료/, /전역 관리자나 MPN 파트너 관리자만/], null],
    ['"Miriam uses her personal outlook acct …" from staff says any account works', 'staff', ['Northwind Traders: Miriam uses her personal outlook acct and wants to open on-prem + azure tix w/ partner benefits. whats their status, what do i tell her'], [/personal Microsoft account \(MSA\)/, /not activated yet/], null],
    ['"did i already link …? wanna try azure support now" then "and Alex … is he linked too?"', 'contoso-user', ['did i already link our contract to my account? wanna try azure support now'], [/it is already linked/, /\+ New support request/], null],
    ['"골드실버액션팩 각각 온프렘 몇개임" names all three memberships glued together', 'unknown', ['골드실버액션팩 각각 온프렘 몇개임'], [/골드 역량 · Microsoft Product Support: 인시던트 20개/, /실버 역량 · Microsoft Product Support: 인시던트 15개/, /Microsoft Action Pack · Microsoft Product Support: 인시던트 10개/], null],
    ['"who over there can sort it out?" after a partner\'s mail is who may activate there', 'staff', ['Adventure Works Cycles wrote in:\n\n"Dear support,\n1) our partner plan no longer appears in the Azure portal\n2) when we try to re-link we get \'Access ID is already associated ...\'\nWhat should we do?\nJohanna"\n\nwhat\'s going on with them?', 'who over there can sort it out? Johanna is the only contact we have'], [/Johanna Lorenz can't activate: only a Global admin or MPN partner admin can/], /didn't get that/],
    ['"개인 outlook계정으로도 온프렘 티켓 열수있나여?" is the Microsoft account answer', 'northwind-user', ['개인 outlook계정으로도 온프렘 티켓 열수있나여?'], [/Microsoft 계정도 사용할 수 있습니다/], null],
    ['a forwarded mail with a pasted message and two other numbered questions answers all three, the signature aside', 'contoso-user', ['hey, can u answer this for me?\n\nHi Diego,\n\nbefore we burn another case, pls check:\n1. how many on-prem incidents do we have left on our Gold pack?\n2. you said you got "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID." when you linked the IDs in Azure – do we actually need to call a TAM for that??\n3. do you have to type the Access ID + Contract ID every time you open a ticket?\n\nthx\nPatrick\nSenior Engineer | Contoso Cloud Partners'], [/18 of 20 left/, /Technical Account Manager/, /once/], null],
    ['"CSP 고객사 Azure 문제인데 … Action Pack이라 … 못 여는 거 아니냐고" from staff is the CSP way beside the records', 'staff', ['Northwind Traders에서 문의 왔어요. CSP 고객사 Azure 문제인데 자기네는 Action Pack이라 클라우드 지원이 없어서 고객 티켓도 못 여는 거 아니냐고 하네요. 뭐라고 답해야 돼요?'], [/'클라우드 솔루션 공급자' 지원 플랜/, /Microsoft Action Pack/], null],
    ['"아직 활성화 안했는데 … 언제까지 활성화해야돼요" is the membership\'s end as the last day to activate', 'northwind-admin', ['저희 아직 기술 지원 혜택 활성화 안했는데요 혜택에 만료일 찍혀있던데 그거 지나면 어떻게 돼요? 언제까지 활성화해야돼요'], [/2022-03-15까지이므로 혜택도 그날까지 활성화해야 합니다/], null],
    ['"who can activate our benefits? include what we get" lists the company\'s lines too', 'northwind-user', ['who can activate our benefits? include what we get'], [/Lynne Robbins/, /Microsoft Product Support: 10 incidents, 10 left/], null],
    ['"before i go buy premier - do we actually have any support included? we\'re silver" is the company\'s own benefits', 'fabrikam-admin', ["before i go buy premier - do we actually have any support included? we're silver"], [/^Benefits of Fabrikam Solutions/, /15 incidents, 15 left/, /not activated yet/], null],
    ['"and after the 5 cloud ones are gone?" is paid support', 'fabrikam-admin', ["before i go buy premier - do we actually have any support included? we're silver", 'and after the 5 cloud ones are gone?'], [/pay per incident/, /Advanced Support for Partners/], null],
    ['"유료 지원 결제하기 전에 우리 회사 포함된 지원 있는지" is the company\'s own benefits', 'fabrikam-user', ['유료 지원 결제하기 전에 우리 회사 포함된 지원 있는지 확인좀요'], [/인시던트 15개, 15개 남음/, /아직 활성화되지 않음/], null],
    ['"can we still open a ticket w/ partner center support without paying?" says the frontline uses nothing', 'unknown', ['if we ran out of partner incidents can we still open a ticket w/ partner center support without paying?'], [/frontline team are free/], null],
    ['"can we just buy partner success core again for 2 more?" says the same offer can\'t be bought twice', 'woodgrove-user', ['core pack has 1 cloud incident left. can we just buy partner success core again for 2 more?'], [/the same offer cannot be bought twice/], null],
    ['"how many … left, do i need to re-add the contract every ticket, and where do i check" answers the IDs question too', 'contoso-user', ["quick q's for #support-eng: how many gold on-prem incidents we got left, do i need to re-add the contract every ticket, and where do i check the balance myself"], [/20 incidents, 18 left/, /^Enter the IDs once per sign-in account/m], null],
    ['"팀 채널에 … ID 좀 올려줘요. 그리고 클라우드 지원 몇 건 남았어요?" refuses the posting and gives the balance', 'woodgrove-user', ['@봇 팀 채널에 우리 액세스 ID랑 계약 ID 좀 올려줘요. 그리고 클라우드 지원 몇 건 남았어요?'], [/인시던트 50건, 49건 남음/, /ID는 공유 대화방에 올리지 않습니다/], null],
    ['"would it be easier if i just drop my partner center login in the team chat" is never', 'contoso-admin', ['would it be easier if i just drop my partner center login in the team chat so everyone can grab the IDs themselves?'], [/never share a sign-in or its password/], null],
    ['"does a long case cost more incidents? … 2 weeks" is what one incident is', 'fabrikam-admin', ['does a long case cost more incidents? like if the engineer works on it for 2 weeks'], [/^What counts as one incident/m], /Paid partner support plans/],
    ['"got 2 totally separate on-prem exchange issues. 2 tickets or can i do 1?" is two incidents, not Microsoft 365', 'contoso-user', ['got 2 totally separate on-prem exchange issues. 2 tickets or can i do 1?'], [/^What counts as one incident/m], /Microsoft 365 doesn't take/],
    ['"10분만에 해결됐어요 … 인시던트 1개 그대로 나가요?" is what one incident is', 'contoso-user', ['온프렘 지원 요청 열었는데 10분만에 해결됐어요 ㅋㅋ 이렇게 짧게 끝나도 인시던트 1개 그대로 나가요?'], [/^인시던트 한 건의 기준/m], /Access ID: /],
    ['"그거까지 치면 골드 온프렘 몇개 남아요?" is one more request', 'contoso-user', ['온프렘 지원 요청 열었는데 10분만에 해결됐어요 ㅋㅋ 이렇게 짧게 끝나도 인시던트 1개 그대로 나가요?', '그럼 그거까지 치면 골드 온프렘 몇개 남아요?'], [/1건 더 열면 17건 남습니다|17개 남습니다|17건 남/], null],
    ['staff: "같은 문제로 … 통화를 여러번 했는데 인시던트가 여러개 차감되는지" adds what one incident is to the records', 'staff', ['Contoso에서 같은 문제로 엔지니어랑 통화를 여러번 했는데 인시던트가 여러개 차감되는지 물어보네요. 뭐라고 답해요?'], [/같은 문제로 여러 번 연락해도 한 인시던트/], null],
    ['staff: "partner wants to open ONE ticket for … (5 unrelated problems)" is what one incident is', 'staff', ["partner wants to open ONE ticket for 'all our sharepoint 2019 issues' (5 unrelated problems). how do i explain how incidents work"], [/^What counts as one incident/m], null],
    ['"ok just tell me the on-prem number" after where to see the balance is the balance', 'contoso-mpn', ['where can i see how many incidents we have left', "can't i just see it in azure?", 'ok just tell me the on-prem number'], [/20 incidents, 18 left/], /didn't get that/],
    ['"so what do i use then" after Microsoft 365 takes no IDs is that answer again', 'woodgrove-admin', ['can i link our access id in the m365 admin center for an exchange online ticket?', 'so what do i use then'], [/Microsoft 365 admin center's own support/], null],
    ['"when did microsoft stop action pack renewals?" is the day it ended', 'northwind-user', ['when did microsoft stop action pack renewals? our renewal is coming up lol'], [/2025-01-22/], null],
    ['"do access id + contract id still exist in the new program" is yes, with today\'s activation', 'contoso-mpn', ['do access id + contract id still exist in the new program or is there a new thing for that'], [/still exist in today's program/, /1–2 minutes/], null],
    ['"our signature 5pack shows 0 left (silver messaging). does the new program fix that?" is what Silver is today', 'litware-admin', ['our signature 5pack shows 0 left (silver messaging). does the new program fix that?'], [/Partner Cloud Support/, /50/], null],
    ['"and now with partner cloud support?" after 2021 billing tickets is today\'s billing rule', 'unknown', ['quick q: in the 2021 program did billing/quota tickets in azure count against the signature incidents?', 'and now with partner cloud support?'], [/refunded on closure|may be refunded/], null],
    ['"i\'m the only one in partner center here and my role is just user" is who may activate', 'adventure-user', ["our partner plan isn't showing up in azure when i do + New support request, why", 'we renewed gold tho?', "i'm the only one in partner center here and my role is just user"], [/Global admin or (an )?MPN partner admin/], null],
    ['staff: "… carries into 2026. what do i say" adds what the membership is today', 'staff', ['Contoso Cloud Partners asks if their unlimited cloud (cloud platform competency) carries into 2026. what do i say'], [/Solutions Partner designation/], null],
    ['staff: "한국어 답장 초안 써줘" about an English message drafts the reply in Korean', 'staff', ['Tailspin Labs 관리자가 파트너센터에서 "Looks like you don\'t have any benefits yet" 뜬다고 영어로 문의함. 한국어 답장 초안 써줘'], [/추천 답변\(한국어\)/], /추천 답변\(영어\)/],
    ['staff: "시그니처 클라우드는 어케 됨?" after a partner\'s on-prem balance is its cloud balance', 'staff', ['Contoso Cloud Partners 파트너가 영어로 "how many on-prem incidents do we have left?" 물어봤어요. 한국어로 답장 초안', '시그니처 클라우드는 어케 됨?'], [/무제한/, /10개, 9개 남음/], null],
    ['staff: "고객이 영어로 Signature Cloud Support 지금은 이름 뭐냐고 묻는데, 한국어로 답해줘야 함" is the new name, in Korean', 'staff', ['고객이 영어로 Signature Cloud Support 지금은 이름 뭐냐고 묻는데, 한국어로 답해줘야 함'], [/Partner Cloud Support/], /무엇을 도와드릴까요/],
    ['"we\'re silver … can my engineer just open a ticket in SfB now?" says it is not activated yet', 'fabrikam-admin', ["we're silver so we got 15 on-prem + 5 signature ready to go, can my engineer just open a ticket in SfB now?"], [/not activated yet/], /changed since 2021/],
    ['"nobody touched the on-prem gold pack yet afaik, so we still got all 20?" is what was used', 'contoso-mpn', ['nobody touched the on-prem gold pack yet afaik, so we still got all 20 incidents?'], [/1 of them refunded: 2 used, so 18 left/], null],
    ['"in english pls, signature is what i care about" is the question before, in English (a reason beside a language request asks nothing)', 'litware-admin', ['남은 인시던트 있어요?', 'in english pls, signature is what i care about'], [/^Incidents left for Litware Inc\./m], /didn't get that/],
    ['staff: "and what if they are on the CSP side? one of her colleagues only has a CSP login" is the CSP way', 'staff', ['adele vance at contoso wants to know if their benefit is active', 'and what if they are on the CSP side? one of her colleagues only has a CSP login'], [/^Support requests for CSP customers/m], null],
    ['"실수로 같은 건으로 티켓을 두 번 열었는데 둘 다 차감되나요?" is the refund rule, not two more requests', 'woodgrove-admin', ['실수로 같은 건으로 티켓을 두 번 열었는데 둘 다 차감되나요?'], [/중복 또는 버그로 종료된 요청은 환불/], /2건 더 열면/],
    ['"ok so what do we do when it runs out" after a balance is paid support, with the lines that still hold incidents', 'woodgrove-user', ['core pack has 1 cloud incident left. can we just buy partner success core again for 2 more?', 'ok so what do we do when it runs out'], [/pay per incident/, /50 incidents, 49 left/], /How long the benefit and the IDs last/],
    ['"and Alex on my team, is he linked too?" says he is not', 'contoso-user', ['did i already link our contract to my account? wanna try azure support now', 'and Alex on my team, is he linked too?'], [/Alex Wilber's account isn't linked yet/], /Your own account is one of them/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 29: partners compared, a second question read by the rules, staff reveals and questions beside a message, duplicates, claims not held (d491–)', () => {
  it.each([
    ['"our IDs arent in partner center, what do i do" is activation, not the "no benefits yet" message', 'fabrikam-user', ['our IDs arent in partner center, what do i do'], [/not activated yet/, /Only a Global admin or an MPN partner admin can activate/], /Looks like you don't have any benefits yet/],
    ['"core pack has 1 cloud incident left. what do we do when it runs out?" in one message is paid support, with the lines that still hold incidents', 'woodgrove-user', ['core pack has 1 cloud incident left. what do we do when it runs out?'], [/^Paid partner support plans/, /50 incidents, 49 left/], /^Incidents left for/m],
    ['"그럼 클라우드 플랫폼 쪽은요?" after the Signature usage is the cloud-competency line, not the usage again', 'contoso-user', ['시그니처 클라우드 지원 몇 건 썼어요?', '그럼 클라우드 플랫폼 쪽은요?'], [/Signature Cloud Support \(클라우드 역량\): 무제한/], /인시던트 사용 기록/],
    ['staff: "클라우드는?" after comparing two partners answers for both', 'staff', ['Contoso vs Woodgrove 온프렘 잔여 비교', '클라우드는?'], [/Contoso Cloud Partners의 남은 인시던트/, /Woodgrove Bank Partners의 남은 인시던트/, /Partner Cloud Support — Solutions Partner 지정: 인시던트 50건, 49건 남음/], null],
    ['staff: "reply to miriam pls, english, and say what they get" is what they get, with who there can activate', 'staff', ['northwind traders - Miriam Graham wants to open an on-prem ticket with her outlook.com account, can she?', 'who can activate it', 'reply to miriam pls, english, and say what they get'], [/10 incidents, 10 left/, /Who can activate in Northwind Traders: Lynne Robbins: MPN partner admin/], /didn't get that/],
    ['"i opened the same azure issue twice yesterday … do we lose 2 incidents??" leads with the duplicate refund', 'woodgrove-admin', ['oops i opened the same azure issue twice yesterday under partner cloud support. do we lose 2 incidents??'], [/^What counts as one incident\n=+\n\nOpening a technical request uses one incident; a request closed as a duplicate or a bug is refunded\./], /cannot be bought twice/],
    ['staff: "their balance only dropped by 1. bug on our side?" shows the requests on record, the refund with its SR', 'staff', ['woodgrove bank partners: they opened 2 cloud cases under the designation but their balance only dropped by 1. bug on our side?'], [/2021-04-07: Partner Cloud Support — Solutions Partner designation: refunded \(SR 25103040000003\)/], null],
    ['staff: "계약 ID도 같이 알려주세요. 파트너가 잊어버렸대요" keeps the IDs masked and says where the partner sees them', 'staff', ['리트웨어 혜택 누가 언제 활성화했는지 확인 가능할까요?', '감사합니다 계약 ID도 같이 알려주세요. 파트너가 잊어버렸대요'], [/파트너 센터/], /5520931147/],
    ['staff: "does he need to link them again in azure?" about their IDs asks no reveal', 'staff', ['contoso: Diego Siciliani says he added their ids in sfb back in march. can he use the partner plan in azure now with the same account, or does he need to link them again in azure?'], [/Contract ID: ••••3398/, /also serves Azure/], /7741203398/],
    ['"그럼 나중에 멤버십 생기면 제가 직접 활성화할수 있는거죠?" from a Global admin without membership: yes, once there is one', 'tailspin-admin', ['전역관리자인데 기술혜택 페이지 가면 "아직 혜택이 없는 것 같습니다." 만 뜨고 활성화 버튼이 아예 없어요;;', '그럼 나중에 멤버십 생기면 제가 직접 활성화할수 있는거죠?'], [/멤버십 오퍼가 생기면 직접 활성화하실 수 있습니다/], null],
    ['"우리 골드니까 온프렘 인시 20개 맞죠?" from a Silver company is no plain yes', 'fabrikam-admin', ['우리 골드니까 온프렘 인시 20개 맞죠?'], [/골드 역량이\(가\) 아니라 실버 역량/, /인시던트 15개/], /네, 맞습니다/],
    ['"아 그럼 제가 하면 되나요? 전역 관리자 권한 있어요" after the Azure message of a company not activated: yes, and where', 'fabrikam-admin', ['애저 포털에서 새 지원 요청 만들려는데 지원 플랜에 시그니처가 아예 안 보여요. 저희 실버 파트너인데 왜 그런가요?', '아 그럼 제가 하면 되나요? 전역 관리자 권한 있어요. 어디서 해요?'], [/^네, 활성화할 수 있습니다/, /혜택\(Benefits\) → 기술 혜택/], null],
    ['staff: "ok. what about on-prem for them? they want to open a sql server case next week" after a used-up cloud line is the on-prem balance', 'staff', ["Litware Inc. (Pradeep Gupta) says their Signature plan disappeared from Azure > New support request. they're silver messaging. can you check their records and draft a reply for him?", 'ok. what about on-prem for them? they want to open a sql server case next week'], [/Microsoft Product Support: 15 incidents, 15 left/], null],
    ['staff: "how many do they get, and who on their side can activate?" answers both', 'staff', ["northwind traders wants to put their access id + contract id into the azure portal for a problem in their own azure subscription. what's their status?", 'ok what about on-prem then, how many do they get, and who on their side can activate? Miriam asked'], [/Microsoft Product Support: 10 incidents, 10 left/, /Lynne Robbins: MPN partner admin/], /In plain words/],
    ['staff: "Litware Pradeep Gupta 님한테 보낼 답장 한국어로 초안 써줘요. 내용: …" keeps the partner the language request names', 'staff', ['Litware Pradeep Gupta 님한테 보낼 답장 한국어로 초안 써줘요. 내용: 애저 New support request에서 시그니처 플랜이 안 보이는 이유 + 대안. 정중하게 부탁해요'], [/Litware Inc\. \(org-litware\)/, /인시던트 5개, 0개 남음/], null],
    ['staff: "… 그리고 파트너가 core 오퍼로도 온프렘 인시던트 받냐고 물어봄" answers the reported question after the records', 'staff', ['woodgrove 온프렘 남은 거 몇 개? 그리고 파트너가 core 오퍼로도 온프렘 인시던트 받냐고 물어봄'], [/Woodgrove Bank Partners \(org-woodgrove\)/, /Partner On-premises Support — Partner Success Core: 포함되지 않음/], null],
    ['"… 몇건 남았어요?? 그리고 Core로도 온프렘 되나요" answers the second question too', 'woodgrove-user', ['우리 파트너 온프레미스 지원 몇건 남았어요?? 그리고 Core로도 온프렘 되나요'], [/인시던트 20건, 19건 남음/, /Partner On-premises Support — Partner Success Core: 포함되지 않음/], null],
    ['staff: a pasted "no benefits yet" and "지금 프로그램 기준으로 뭘 사야 …?" gets the diagnosis, then today\'s offers', 'staff', ['테일스핀 랩스 네스터님이 파트너센터에서 "아직 혜택이 없는 것 같습니다." 뜬다고 합니다. 지금 프로그램 기준으로 뭘 사야 지원 인시던트가 생기나요? 제일 싼 런치로도 되는지요'], [/담당자 진단: 회사에 유효한 멤버십 오퍼가 없습니다/, /Partner Launch: 기술 지원 인시던트 없음/], null],
    ['"we might open like 30 azure tickets … will we run out of signature incidents?" is the cloud line: unlimited with Cloud Platform', 'contoso-mpn', ['planning a big azure migration for a client, we might open like 30 azure tickets for our own sub this quarter under cloud platform. will we run out of signature incidents?'], [/Cloud Platform is a cloud competency \(unlimited Signature Cloud Support\)/], null],
    ['staff: "she says they never opened a single case on it. so where did the incidents go?" is the balance explained: the contract expired', 'staff', ['Adventure Works Cycles (Johanna Lorenz): "our contract id 6630418825 stopped working in support for business". can you pull their records?', 'weird, she says they never opened a single case on it. so where did the incidents go?'], [/The contract expired on 2021-05-15/], /^Opening a support request/m],
    ['"…권한이 없습니다 떠요 … 고객사 CSP 애저 티켓 때문에 ID가 필요해서요" adds that a customer\'s request needs no IDs', 'contoso-csp', ['파트너센터 기술 혜택 누르면 "이 작업에 대한 권한이 없습니다." 떠요 ㅠㅠ 저 전역관리자인데요?? 고객사 CSP 애저 티켓 때문에 ID가 필요해서요'], [/CSP 고객의 구독에서 생긴 문제인 경우: 아무것도 연결하지 마세요/], null],
    ['staff: "two tickets in the queue … how many on-prem incidents does Contoso … have left vs Litware Inc.?" is both partners, not the queue', 'staff', ['morning! two tickets in the queue, both asking about on-prem cases. how many on-prem incidents does Contoso Cloud Partners have left vs Litware Inc.?'], [/20 incidents, 18 left/, /15 incidents, 15 left/], /Open tickets/],
    ['staff: "need contoso cloud partners\' contract id for a case note" is the records with the IDs masked ("reveal" shows them)', 'staff', ["need contoso cloud partners' contract id for a case note"], [/Contract ID: ••••3398/, /reveal/], /7741203398/],
    ['"if we open all 3 under partner on-premises support, whats left after?" counts the 3', 'woodgrove-user', ["we've got 3 windows server escalations lined up. if we open all 3 under partner on-premises support, whats left after?"], [/After 3 more requests on Partner On-premises Support: 16 left \(now 19\)/], null],
    ['"…with like 4 calls and 2 engineers, do we lose 4 incidents??" is what one incident is', 'unknown', ['if my sql server case drags on for 3 weeks with like 4 calls and 2 engineers, do we lose 4 incidents??'], [/^What counts as one incident/, /Several calls or contacts about the same issue belong to the same incident/], null],
    ['staff: "and cloud?" after comparing two partners, then one partner named, answers for that one only', 'staff', ['compare contoso and fabrikam on-prem balance', 'fabrikam status?', 'and cloud?'], [/Fabrikam Solutions/], /Contoso Cloud Partners/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 30: replies to the bot beside a question, long cases, a link made elsewhere (d507–)', () => {
  it.each([
    ['"yes, i linked the ids in the power platform admin center. also how many cloud cases left?" after the Azure message answers both', 'woodgrove-user', ['azure link support benefits says: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.', 're your question - yes, i linked the ids in the power platform admin center last month. also how many cloud cases do we have left?'], [/^Ignore the message: your contract is already linked/, /This account linked before: Yes\n/, /50 incidents, 49 left/], null],
    ['"our own subscription. also who can open requests?" after the Azure message answers both', 'contoso-user', ['why does azure say This Access ID is already associated to an account', 'our own subscription. also who can open requests?'], [/Whose subscription: Our own subscription/, /^Opening a support request with your partner benefits/m], null],
    ['"네 Support for Business에서 계약 추가 했어요. 그리고 온프렘 몇 개 남았어요?" after the Azure message answers both', 'contoso-user', ['애저에서 This Access ID is already associated to an account 라고 떠요', '네 저번에 Support for Business에서 계약 추가 했어요. 그리고 온프렘 몇 개 남았어요?'], [/이 계정의 기존 연결: 예\n/, /인시던트 20개, 18개 남음/], null],
    ['the Azure message for an account with no link on record does not say it is linked to this account', 'woodgrove-user', ['azure link support benefits says: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.'], [/no earlier link from the account you are signed in with/, /ignore it/, /This account linked before: No/], /associated with the account you are signed in with/],
    ['"the engineer keeps transfering our long case. do we lose 4 incidents??" is what one incident is', 'contoso-user', ['we have a long case, the engineer keeps transfering it. do we lose 4 incidents??'], [/^What counts as one incident/, /same incident/], null],
    ['staff: "which of contoso, litware and adventure works can open an azure ticket … now?" gives one verdict per partner', 'staff', ['which of contoso, litware and adventure works can open an azure ticket with their partner benefit right now?'], [/^Who can open a cloud request on partner benefits now/m, /Contoso Cloud Partners: yes — Signature Cloud Support \(cloud competency\): unlimited/, /Litware Inc\.: no — .*5 incidents, 0 left \(used up\)/, /Adventure Works Cycles: no — the contract expired on 2021-05-15/], null],
    ['staff: "… 중에 지금 클라우드 요청 열 수 있는 곳 어디예요?" in Korean, a partner not activated among them', 'staff', ['contoso, litware, fabrikam 중에 지금 클라우드 요청 열 수 있는 곳 어디예요?'], [/Contoso Cloud Partners: 가능/, /Fabrikam Solutions: 불가 — 혜택이 아직 활성화되지 않았습니다/], null],
    ['"i\'m the mpn partner admin, lynne. also can the action pack incidents be used for azure tickets?" answers the role, then the question', 'northwind-admin', ['how do we activate our support benefit?', "i'm the mpn partner admin, lynne. also can the action pack incidents be used for azure tickets?"], [/^Yes, you can activate/, /Microsoft Action Pack has no Signature Cloud Support/], null],
    ['"next year can i do the activation myself then?" from an Admin agent is no, with the roles that can', 'contoso-agent', ['im admin agent at contoso, can i see how many incidents we have left?', 'cool. next year can i do the activation myself then?'], [/only a Global admin or an MPN partner admin can/], /^Incidents left for/m],
    ['"who at our company is allowed to open support requests …? and for our CSP customers … ?" answers both', 'contoso-agent', ["who at our company is allowed to open support requests against our partner incidents? and for our CSP customers' azure problems do i use those incidents too?"], [/any user can open a support request/, /^Support requests for CSP customers/m], null],
    ['"우리 회사에서 누가 지원 요청 열 수 있어요?" is who may open one, not the contract\'s validity', 'contoso-user', ['우리 회사에서 누가 지원 요청 열 수 있어요?'], [/누구나 열 수 있습니다/], /유효 기간/],
    ['"그럼 저는 이미 연결된거에요?" after entering the IDs once is the links on record', 'contoso-user', ['id 매번 입력해야돼요? 티켓 열때마다??', '그럼 저는 이미 연결된거에요?'], [/내 계정도 그중 하나/], /메시지를 무시하세요/],
    ['"그럼 지금 클라우드랑 온프렘 둘다 받으려면 뭘 사야돼요" without a membership is today\'s offers', 'tailspin-admin', ['파트너센터 혜택 들어가니까 "아직 혜택이 없는 것 같습니다." 이러는데 우리 남은 인시던트 없는거에요?', '그럼 지금 클라우드랑 온프렘 둘다 받으려면 뭘 사야돼요'], [/Partner Cloud Support — Solutions Partner 지정: 인시던트 50건/, /Partner On-premises Support — Solutions Partner 지정: 인시던트 20건/], null],
    ['"그럼 그거 따려면 몇점 필요함?" is the designation\'s score', 'fabrikam-admin', ['우리 실버(메시징) 역량인데 지금 프로그램엔 실버가 없다면서요? 뭐로 가야돼요', '그럼 그거 따려면 몇점 필요함?'], [/100점 만점에 70점 이상/], null],
    ['"do we get partial credit / half an incident back since it was so quick?" is what one incident is', 'woodgrove-user', ['the support guy fixed our issue in like 10 minutes lol. do we get partial credit / half an incident back since it was so quick?'], [/^What counts as one incident/, /no partial incidents/], null],
    ['"can we just buy Partner Success Core a second time?" says no, and what paid support exists', 'woodgrove-admin', ['Core only has 1 cloud incident left. can we just buy Partner Success Core a second time to get 2 more?'], [/cannot be bought twice/, /Premier Support for Partners/], null],
    ['"should i just link the ids again? or get a new access id?" after the plan missing in Azure is the diagnosis: used up', 'litware-admin', ['our partner plan doesnt show up in azure anymore when i do + New support request. why?', 'ok so should i just link the ids again under link support benefits? or get a new access id?'], [/^Your contract has expired or has no incidents left/, /Linking the IDs again won't bring it back/], /^Enter the IDs once per sign-in account/m],
    ['staff: "and the one from may 14?" after the requests on record is the requests again', 'staff', ['contoso asks which pool their azure ticket from 2021-05-24 came out of', 'and the one from may 14?'], [/2021-05-14: Signature Cloud Support \(other competencies\): opened/], null],
    ['staff: "when they get signature incidents again. date pls" for a used-up line says when the membership renews', 'staff', ['litware wants to know when they get signature incidents again. date pls'], [/when the membership renews after 2022-03-15/], null],
    ['staff: "pls check proseware inc\'s balance" names a partner the records lack', 'staff', ["pls check proseware inc's balance and expiry, they're saying they lost incidents"], [/No organization matches "proseware inc"/], /^How to see your incidents left/m],
    ['staff: "diego already added the contract in SfB. does megan have to add it too?" is yes, once with her own account', 'staff', ['megan bowen at contoso wants to open an on-prem case herself. diego already added the contract in SfB last march. does megan have to add it too?'], [/Megan Bowen's account isn't linked yet: Megan Bowen enters the Access ID and Contract ID once/], null],
    ['staff: "if two of those get refunded?" after a used-up line: those two come back', 'staff', ["whats litware's signature balance?", 'if two of those get refunded?'], [/with 2 of the requests already used refunded, 2 would come back/], null],
    ['"if 2 of them get refunded?" after the on-prem balance is the balance with them given back', 'contoso-user', ['how many on-prem left?', 'if 2 of them get refunded?'], [/If 2 of the requests already used on Microsoft Product Support are refunded: 20 left \(now 18\)/], null],
    ['"SR … might get refunded. if that happens where do we stand?" is that line with it given back', 'contoso-admin', ['one of our on-prem cases, SR 12103040000002, might get refunded. if that happens where do we stand on the on-prem count?'], [/If it is refunded, that line will have 19 left/], null],
    ['"planning roughly 30 azure tickets … will we run out??" with Cloud Platform is the cloud line: unlimited', 'contoso-user', ["we're planning roughly 30 azure tickets for our own cloud platform work before the contract ends. will we run out??"], [/Signature Cloud Support \(cloud competency\): unlimited/], /^An expired or used-up plan/m],
    ['"we only have action pack. if we upgraded to silver how many more incidents …?" compares the two memberships', 'northwind-admin', ['we only have action pack. if we upgraded to silver how many more incidents would that get us?'], [/Silver competency gives 5 more than Microsoft Action Pack \(15 against 10\)/], /^Paid partner support plans/m],
    ['"not in any partner program. under the current one (ai cloud partner program) which offer …?" is today\'s offers', 'tailspin-admin', ["we're not in any partner program. under the current one (ai cloud partner program) which offer gets us cloud support incidents and how many?"], [/Partner Cloud Support — Partner Success Core: 2 incidents/], /^Paid partner support plans/m],
    ['"with all these renames what do WE actually still have …? numbers pls" is the company\'s balance', 'contoso-user', ['ok so with all these renames what do WE actually still have on our gold membership? on-prem and cloud, numbers pls'], [/^Incidents left for Contoso Cloud Partners/m, /10 incidents, 9 left/], null],
    ['"and for cloud, can we get more before the year is over or are we stuck?" is paid support', 'litware-admin', ['how many on-prem incidents does Litware still have?', 'good. and for cloud, can we get more before the year is over or are we stuck?'], [/^Paid partner support plans/m], /^The six cloud competencies/m],
    ['"does the new thing get cloud incidents?" after what Action Pack is called now is today\'s offers', 'northwind-admin', ['whats action pack called now? thats what we have', 'does the new thing get cloud incidents? we never had any on action pack'], [/Partner Cloud Support — Partner Success Core: 2 incidents/], /^Benefits of Northwind Traders/m],
    ['"is that role still called that?" about MPN partner admin gives today\'s name', 'fabrikam-admin', ["our internal wiki says 'MPN partner admin' can activate the support benefit - is that role still called that?"], [/Partner admin \(Microsoft AI Cloud Partner Program\)/], null],
    ['staff: "그 역할 지금은 이름 뭐예요? 그리고 관리 에이전트로는 활성화 안 되죠?" gives the name today and the roles', 'staff', ['파트너가 MPN 파트너 관리자 역할을 못 찾겠대요', '그 역할 지금은 이름 뭐예요? 그리고 관리 에이전트로는 활성화 안 되죠?'], [/파트너 관리자\(Microsoft AI 클라우드 파트너 프로그램\)/, /관리 에이전트: 활성화할 수 없습니다/], null],
    ['"MPN 파트너 관리자인데 … 활성화 내가 해도 돼요? 하고 나면 몇 개 쓸 수 있음?" says yes, and the count', 'northwind-admin', ['나 MPN 파트너 관리자인데 그거 활성화 내가 해도 돼요? 하고 나면 몇 개 쓸 수 있음?'], [/^네, 활성화할 수 있습니다/, /인시던트 10개/], null],
    ['a customer only in the quoted manager\'s words is no CSP question: no IDs in Partner Center, then who can activate', 'fabrikam-user', ['hey, long story short, copying what my manager wrote in our channel:\n\n"Lidia, the Exchange hybrid migration for the bank customer is stuck. We\'re Silver so we should have free Microsoft support. Please grab the Access ID and Contract ID from Partner Center and open a ticket today."\n\ni went to Partner Center > Benefits > Technical benefits and there are no IDs shown anywhere. am i blind or what?', "ugh ok. who can do that then? i'm just a normal user"], [/Lee Gu: Global admin/], /^Support requests for CSP customers/m],
    ['staff: "triage pls. ticket text: "… Nestor from Tailspin Labs …"" is triaged with Tailspin\'s records', 'staff', ['triage pls. ticket text:\n\n"Subject: No benefits in Partner Center\nHi, I am Nestor from Tailspin Labs. Partner Center says Looks like you don\'t have any benefits yet. We want to open a free partner support incident. Thanks, Nestor Wilke"\n\nwhat\'s their status on our side?'], [/The company has no active membership offer/, /Organization: Tailspin Labs \(org-tailspin\)/], null],
    ['staff: "and if they also earned cloud productivity, what changes for cloud?" keeps the competency held and adds the cloud one', 'staff', ["lee gu at fabrikam asks what they'll actually get once they activate", 'and if they also earned cloud productivity, what changes for cloud?'], [/Signature Cloud Support \(cloud competency\): unlimited/, /Signature Cloud Support \(other competencies\): 5 incidents/], null],
    ['staff: "김민수라는 분이 Contoso 소속이라고 하는데 그분 기록 있어요?" says no such user on record', 'staff', ['김민수라는 분이 Contoso 소속이라고 하는데 그분 기록 있어요?'], [/Contoso Cloud Partners 사용자 중에 김민수 님은 없습니다/], null],
    ['"which of our accounts already have the support contract linked?" is the links on record, not the Azure message', 'contoso-admin', ["we've onboarded a few engineers lately. which of our accounts already have the support contract linked?"], [/diego\.siciliani@contoso\.example/], /^Ignore the message/m],
    ['"and after that?" after where the IDs go in Azure is opening the request', 'contoso-admin', ['where do i enter the access id in the azure portal', 'and after that?'], [/^Opening a support request with your partner benefits/m, /\+ New support request/], null],
    ['"which of our benefits covers it (our own azure)?" is the cloud line', 'contoso-mpn', ['our OWN azure subscription (not a customer one) has an AKS outage. which of our benefits covers it and where do i put the IDs in?'], [/Signature Cloud Support \(cloud competency\): unlimited/], /^How long the benefit and the IDs last/m],
    ['"그럼 2026년 지금 프로그램이었으면 같은 회사는 뭘 받았을까요?" is today\'s offers', 'fabrikam-admin', ['저희 실버 역량(메시징)인데 기술 지원 인시던트 몇 개씩 받는 거예요? 아직 활성화는 안 한 것 같은데 제가 할 수 있나요?', '그럼 2026년 지금 프로그램이었으면 같은 회사는 뭘 받았을까요?'], [/Partner Cloud Support — Solutions Partner 지정: 인시던트 50건/], null],
    ['"… 건당으로 추가 구매 되나요? 전 outlook 계정 써요" says any account works, a Microsoft account too', 'northwind-user', ['인시던트 다 쓰면 건당으로 추가 구매 되나요? 전 outlook 계정 써요'], [/개인 Microsoft 계정\(MSA\)/], null],
    ['"and then what, is everything gone that day?" after the membership\'s end is the renewal window', 'contoso-user', ['when does our membership end?', 'and then what, is everything gone that day?'], [/the renewal window is 30 days from the day after the anniversary/], null],
    ['"how many days do we get to renew, and does that window start on the 15th or the 16th?" is the renewal window', 'litware-admin', ['our membership anniversary is 15 March 2022. how many days do we get to renew, and does that window start on the 15th or the 16th?'], [/30 days from the day after the anniversary/], null],
    ['"그럼 지난달은요?" after this month\'s requests is last month\'s', 'contoso-mpn', ['이번 달(6월)에 저희 회사 인시던트 몇 건 사용했어요?', '그럼 지난달은요?'], [/5월에 연 요청: 2건/], null],
    ['"…how many incidents have we got and where do we file?" says where requests are opened', 'litware-admin', ['dynamics online problem - is our signature pack still usable?', 'ugh. and for on-prem stuff like exchange server 2019, how many incidents have we got and where do we file?'], [/Support for Business/, /15 incidents, 15 left/], null],
    ['staff: "does he actually have the contract linked somewhere already?" after a triage is the records, with the link', 'staff', ["contoso dev diego pasted this from azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID. he's fuming bc they don't even have a TAM. what do i tell him", 'does he actually have the contract linked somewhere already?'], [/Linked: diego\.siciliani@contoso\.example \(work\), Support for Business, 2021-03-24/], null],
    ['staff: "…for their OWN internal azure sub using the Cloud Solution Provider plan. is that allowed?" is no', 'staff', ['partner Contoso: one of their engineers opened a ticket for their OWN internal azure sub using the "Cloud Solution Provider" support plan. is that allowed? what should they use instead?'], [/No: the Cloud Solution Provider plan does not cover your company's own tenant/], null],
    ['staff: "they say they only ever used ONE on-prem incident … whats their real count?" shows the requests on record', 'staff', ['contoso partner is furious. they say they only ever used ONE on-prem incident and want to know why their gold pack isnt full anymore. whats their real count?'], [/3 opened so far this membership year and 1 of them refunded: 2 used, so 18 left/], null],
    ['"그럼 온프레미스 쪽은 아직 쓸 수 있어요? 그리고 지금 프로그램에선 그게 뭐라고 불려요?" gives the balance and today\'s name ("뭐라고" is no joint)', 'litware-admin', ["Azure에서 지원 혜택 연결 누르니까 '이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요.' 이렇게 떠요", '그럼 온프레미스 쪽은 아직 쓸 수 있어요? 그리고 지금 프로그램에선 그게 뭐라고 불려요?'], [/인시던트 15개, 15개 남음/, /Partner On-premises Support/], null],
    ['"and what\'s it called now?" after the MAPS 10pack says Action Pack is retired too', 'unknown', ["what was the 'Partner support MAPS 10pack'?", "and what's it called now?"], [/Partner On-premises Support/, /Microsoft Action Pack was retired on 2025-01-22/], null],
    ['"no membership yet. our customer\'s exchange server is down - which benefit …?" says there is no membership', 'tailspin-admin', ["new partner here, no membership yet. our customer's exchange server is down - which benefit do we use and where?"], [/Our records show no active membership for Tailspin Labs/], null],
    ['"we expect around 12 on-prem tickets. will our remaining incidents cover that?" is yes, with what stays left', 'contoso-user', ['planning for next quarter: we expect around 12 on-prem tickets. will our remaining incidents cover that?'], [/Yes, that is covered: after 12 more requests on Microsoft Product Support, 6 would still be left \(now 18\)/], null],
    ['"we expect ~30 azure tickets. is that enough?" after the cloud balance is yes on the designation\'s line', 'woodgrove-user', ['how many partner cloud support incidents do we have?', 'planning Q3: we expect ~30 azure tickets. is that enough?'], [/after 30 more requests on Partner Cloud Support, 19 would still be left \(now 49\)/], null],
    ['"one of our signature cloud tickets will probably get closed as a duplicate. if that refund comes through how many …?" is one back', 'litware-admin', ['one of our signature cloud tickets will probably get closed as a duplicate. if that refund comes through how many cloud incidents would we have?'], [/has none left now; with 1 of the requests already used refunded, 1 would come back/], null],
    ['"what do we get once it\'s activated?" after the wrong account is the company\'s benefits, not today\'s offers', 'fabrikam-admin', ['clicked activate and PC said "You are not authorized for this action". i\'m global admin at fabrikam', "ok signed in with the right account now. what do we get once it's activated?"], [/^Benefits of Fabrikam Solutions/m, /15 incidents/], /AI Cloud Partner Program/],
    ['"SfB에서 잔액 확인하려고 windows 10 골랐더니 \'Support plan cannot be used …\' 떠요" is how the balance is read there', 'contoso-user', ["SfB에서 잔액 확인하려고 windows 10 골랐더니 'Support plan cannot be used for the specified product' 떠요. 제가 뭘 잘못한 건가요? 시그니처 잔액은 어디서 봐야 하죠?"], [/^Contoso Cloud Partners의 남은 인시던트/m, /사용할 수 없는/], null],
    ['"온프레 지금까지 몇개 썻어?" (a typo) is what was used', 'contoso-user', ['온프레 지금까지 몇개 썻어?'], [/실제 사용은 2건/], null],
    ['"…권한이 없습니다 뜨네요. 제가 일반 사용자라서 그런 거예요?" says every user sees the IDs', 'woodgrove-user', ['ID 보려고 들어갔는데 이 작업에 대한 권한이 없습니다 뜨네요. 제가 일반 사용자라서 그런 거예요?'], [/회사의 모든 사용자가 액세스 ID와 계약 ID를 볼 수 있습니다/], null],
    ['"a new colleague will take over … does he have to add the contract in support for business too?" is yes, once per account', 'contoso-user', ['diego here, a new colleague will take over my support tickets when i go on leave. does he have to add the contract in support for business too or is my link enough?'], [/^Enter the IDs once per sign-in account/m], null],
    ['staff: "does each new engineer have to enter the ids, and does entering them cost an incident?" answers beside the records', 'staff', ['contoso cloud partners is adding 4 engineers. does each new engineer have to enter the ids, and does entering them cost an incident?'], [/^Enter the IDs once per sign-in account/m], null],
    ['staff: "which of their requests count against the cloud pool" gives the counting rule', 'staff', ['woodgrove keeps asking which of their requests count against the cloud pool. technical, billing/quota, frontline — can u give me a summary to paste'], [/How incidents are counted/], null],
    ['"3월에 산 Partner Success Core 멤버십 환불 받을 수 있나요? 인시던트는 이미 하나 썼어요" is the offer\'s refund rule, not March\'s requests', 'woodgrove-admin', ['3월에 산 Partner Success Core 멤버십 환불 받을 수 있나요? 인시던트는 이미 하나 썼어요'], [/30일 이내/, /환불받을 수 없습니다/], /3월에 연 요청/],
    ['"the portal said … 20, you say 19? whats that based on?" is the balance explained by the requests on record', 'woodgrove-user', ['the portal said partner on-premises support 20, you say 19? whats that based on?'], [/1 used so far this membership year, so 19 left\. On record: opened 2021-04-17/], null],
    ['staff: "Partner Launch만 가지고 있는데 azure 티켓에 인시던트 쓸 수 있냐고" is today\'s Launch, not the 2021 table', 'staff', ['파트너가 Partner Launch만 가지고 있는데 azure 티켓에 인시던트 쓸 수 있냐고 물어봄. 답변 초안 좀'], [/^현재 Partner Launch에 포함된 기술 지원/m], /2021 프로그램/],
    ['"do the 5 signature incidents come back each month?" is no, with the company\'s own balance', 'litware-admin', ["do the 5 signature incidents come back each month? it's june now"], [/^Incidents left for Litware Inc\./m, /Not every month: the counts are per membership year/, /5 incidents, 0 left/], null],
    ['"저희 회사 지원 계약 언제까지에요? 인시던트 아직 쓸수있나" is how long the contract lasts, from the records', 'adventure-user', ['저희 회사 지원 계약 언제까지에요? 인시던트 아직 쓸수있나'], [/계약이 2021-05-15에 만료되었습니다/], /^인시던트 한 건의 기준/m],
    ['"when exactly did unlimited signature cloud support get capped at 50??" is not documented, with today\'s counts', 'unknown', ['when exactly did unlimited signature cloud support get capped at 50?? need the date for a slide'], [/^Not documented: When and how did "unlimited" cloud incidents become a 50-incident cap\?/m], null],
    ['staff: "그 혜택 지금 프로그램 이름으로는 뭐라고 해요?" after the Signature balance is that benefit\'s name, not the program\'s', 'staff', ['Litware 시그니처 잔량 좀 봐주세요', '그 혜택 지금 프로그램 이름으로는 뭐라고 해요?'], [/Partner Cloud Support/], /Microsoft AI 클라우드 파트너 프로그램\(MAICPP\)입니다/],
    ['"심각도 A로 열면 인시던트가 더 많이 차감되나요?" is what one incident is, not paid support', 'contoso-user', ['심각도 A로 열면 인시던트가 더 많이 차감되나요?'], [/^인시던트 한 건의 기준/m], /^유료 파트너 지원 플랜/m],
    ['"그럼 지금 프로그램에선 그게 뭐라고 불려요?" after the on-prem balance is that benefit\'s name, not the membership\'s', 'litware-admin', ['온프렘은 몇 개 남았어요?', '그럼 지금 프로그램에선 그게 뭐라고 불려요?'], [/^Microsoft 제품 지원 → Partner On-premises Support/m], /^실버 역량 → Solutions Partner 지정/m],
    ['"케이스가 3주째 이관되고 있는데 인시던트 3개 빠지나요?" is what one incident is', 'contoso-user', ['케이스가 3주째 이관되고 있는데 인시던트 3개 빠지나요?'], [/^인시던트 한 건의 기준/, /한 인시던트/], null],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 31: every question of a message, arithmetic on own numbers, said first, follow-ups, staff (d555–)', () => {
  it.each([
    ['"저희 계약 언제 만료됐어요? 지금 남은 인시던트는 몇 개예요?" answers the date and the balance', 'contoso-admin', ['저희 계약 언제 만료됐어요? 지금 남은 인시던트는 몇 개예요?'], [/^혜택과 ID의 유효 기간/m, /2022-03-15까지 유효/, /인시던트 20개, 18개 남음/], null],
    ['"when does our contract expire? how many incidents are left?" answers both', 'woodgrove-user', ['when does our contract expire? how many incidents are left?'], [/^How long the benefit and the IDs last/m, /valid until 2022-03-17/, /50 incidents, 49 left/], null],
    ['"we called the frontline billing support about an invoice. does that use up one of our 49?" is the frontline: no incident (an invoice asked about a count is in scope)', 'woodgrove-user', ['we called the frontline billing support about an invoice. does that use up one of our 49?'], [/frontline team are free: they don't use any incident/], /^Sorry, I didn't get that/m],
    ['"액세스 ID랑 계약 ID 어디서 확인해요? 그리구 … 활성화 버튼도 누를 수 있나요?" answers both (two answers that could ask back, neither does)', 'contoso-user', ['액세스 ID랑 계약 ID 어디서 확인해요? 그리구 일반 사용자인 제가 활성화 버튼도 누를 수 있나요?'], [/^액세스 ID와 계약 ID/m, /^기술 지원 혜택 활성화 방법/m, /전역 관리자나 MPN 파트너 관리자만/], null],
    ['"…for our OWN azure subscription, how many cloud incidents …? or can i just use the cloud solution provider plan …" answers both', 'contoso-agent', ['admin agent at contoso here. for our OWN azure subscription, how many cloud incidents do we still have? or can i just use the cloud solution provider plan for that instead'], [/Signature Cloud Support \(cloud competency\): unlimited/, /No: the Cloud Solution Provider plan does not cover your company's own tenant/], null],
    ['"but we\'re gold until next march, how come??" after an expired balance is why it expired', 'adventure-user', ['how many incidents do we have left?', "but we're gold until next march, how come??"], [/The contract expired on 2021-05-15/, /activated again/], /^Sorry, I didn't get that/m],
    ['staff: "ok and how many on-prem incidents do they have left right now on the current Gold pack?" after the new name is the balance', 'staff', ["Contoso (Gold, Cloud Platform + Data Analytics) asks: when Gold goes away, what's the replacement they'd need to keep on-prem incidents?", 'ok and how many on-prem incidents do they have left right now on the current Gold pack?'], [/^Incidents left for Contoso Cloud Partners/m, /20 incidents, 18 left/], null],
    ['"if we also buy Partner Success Expanded, … 57 cloud incidents in total?" after the offers held says adding up is not documented', 'woodgrove-admin', ['what offers is our org on right now?', "if we also buy Partner Success Expanded, does that mean we'd have 57 cloud incidents in total?"], [/whether their incidents add up is not documented/], null],
    ['"what if i pick exchange server 2019 instead, does our gold pack work and how many are left?" gives the on-premises balance only', 'contoso-user', ["sfb: 'Support plan cannot be used for the specified product' picking Exchange Server 2010", 'what if i pick exchange server 2019 instead, does our gold pack work and how many are left?'], [/^Which products are covered/m, /20 incidents, 18 left/], /9 left/],
    ['staff: "그럼 온프레미스 쪽은 아직 쓸 수 있어요?" after Litware\'s Signature is yes, with the balance', 'staff', ['Litware 시그니처 상태 어떰?', '그럼 온프레미스 쪽은 아직 쓸 수 있어요?'], [/^네, 아직 쓸 수 있습니다: Microsoft Product Support: 인시던트 15개, 15개 남음\./m], null],
    ['"can we still use our cloud incidents?" with the Signature line used up says so first', 'litware-admin', ['can we still use our cloud incidents?'], [/used up: all 5 incidents are gone/], /still usable/],
    ['staff: "SfB에서 보면 어떻게 나오는지 …" after the Azure plan missing says where SfB lists it', 'staff', ['Litware 건 문의 들어왔어요. Azure에서 Signature 플랜이 안 보인대요', 'SfB에서 보면 어떻게 나오는지, 그리고 고객한테 뭐라고 안내해야 하는지 둘다요'], [/'사용할 수 없는 지원 플랜'/], null],
    ['staff: "woodgrove wants to buy partner success core a 2nd time to get 2 more …" is that an offer is bought once', 'staff', ['woodgrove wants to buy partner success core a 2nd time to get 2 more cloud incidents. possible?'], [/cannot be bought twice/], null],
    ['"골드 파트너 기준으로 온프렘 인시던트 7건 쓰면 몇 개 남음?" → "실버였으면요?" works the count out on each', 'unknown', ['골드 파트너 기준으로 온프렘 인시던트 7건 쓰면 몇 개 남음?', '실버였으면요?'], [/15건 − 사용 7건 = 8건 남습니다/], null],
    ['"…시그니처 5건 다 쓰면 Azure에서는 어떻게 돼요? 다시 연결하면 되나" is a used-up plan: linking again won\'t bring it back', 'contoso-csp', ['실버 하이브리드 역량 시그니처 5건 다 쓰면 Azure에서는 어떻게 돼요? 다시 연결하면 되나'], [/^만료되었거나 소진된 플랜은 쓸 수 없습니다/m], /^Azure Portal에서 혜택 연결하기/m],
    ['"and on-prem? and until when can we use them?" after the cloud balance answers both', 'woodgrove-user', ['how many partner cloud support incidents do we have left?', 'and on-prem? and until when can we use them?'], [/Partner On-premises Support — Solutions Partner designation: 20 incidents, 19 left/, /^How long the benefit and the IDs last/m], null],
    ['"서비스허브에서 \'Partner support Gold 20pack\' 이라고 뜨던거 요새는 어떤 이름으로 나와요?" is its new name', 'contoso-user', ["서비스허브에서 'Partner support Gold 20pack' 이라고 뜨던거 요새는 어떤 이름으로 나와요?"], [/Partner On-premises Support/], null],
    ['"if we burn all 9 … can we still get azure support …?" says the cloud competency\'s line stays unlimited', 'contoso-mpn', ["we've got 9 left on the signature 10pack right? if we burn all 9 before renewal can we still get azure support with the benefit or is that it?"], [/^Yes: when the counted Signature line runs out/m, /Cloud Platform is a cloud competency/], null],
    ['"how many per month can we use? is there like a monthly limit …" is no: per membership year', 'contoso-user', ['how many per month can we use? is there like a monthly limit on the on prem tickets'], [/^Not every month: the counts are per membership year/m, /18 left/], null],
    ['"if I open 5 tickets for my customers azure via CSP, does that eat into our 18?" is no', 'contoso-csp', ['if I open 5 tickets for my customers azure via CSP, does that eat into our 18?'], [/^No: requests for CSP customers use the "Cloud Solution Provider" support plan and do not use any of your partner incidents/m], null],
    ['"if the one we opened on 4/8 gets refunded too …" counts one refund (a date\'s numbers are no count)', 'contoso-user', ['we had one ticket refunded in april right?', 'if the one we opened on 4/8 gets refunded too how many on prem left'], [/If one of the requests already used on Microsoft Product Support is refunded: 19 left \(now 18\)/], null],
    ['"ok so how do i even get this access id thing" after the menu is where the IDs come from', 'unknown', ['hey, first time here. what can u actually help me with?', 'ok so how do i even get this access id thing'], [/Partner Center/, /Global admin or MPN partner admin/], /^Sorry, I didn't get that/m],
    ['"I only have the admin agent role. what can i actually do …?" says the role files CSP requests and can\'t activate', 'contoso-agent', ['I only have the admin agent role. what can i actually do with the tech support benefit?'], [/An Admin agent can't activate/, /Cloud Solution Provider/], null],
    ['"ok and how many tickets is that" after the Microsoft account answer is the membership\'s count', 'northwind-user', ['i sign in with my outlook.com account, can i even use our partner support with that?', 'ok and how many tickets is that'], [/^Benefits of Northwind Traders/m, /10 incidents, 10 left/], null],
    ['"when did i even do that lol" after the links on record is the links again, with their dates', 'contoso-user', ['do i still need to type the access id in every time i open a case?', 'when did i even do that lol'], [/Diego Siciliani: diego\.siciliani@contoso\.example \(work\), Support for Business, 2021-03-24/], null],
    ['"how we looking on incidents?" is the balance', 'litware-admin', ['how we looking on incidents?'], [/^Incidents left for Litware Inc\./m, /15 incidents, 15 left/], /^What counts as one incident/m],
    ['"quick one - how many on-prem incidents has contoso actually used this yr" is what was used', 'contoso-mpn', ['quick one - how many on-prem incidents has contoso actually used this yr'], [/1 of them refunded: 2 used, so 18 left/], null],
    ['"ok so when can we actually start using them, can i do that part myself?" before activation is yes, the asker\'s role activates', 'northwind-admin', ['how many incidents does northwind have', 'ok so when can we actually start using them, can i do that part myself?'], [/so you can activate it yourself/], /^Sorry, I didn't get that/m],
    ['"그럼 그거 빼고 실제로 차감된 건 몇개임?" after the refunds is what was really used', 'contoso-admin', ['혹시 우리 인시던트 중에 환불된 거 있어요?', '그럼 그거 빼고 실제로 차감된 건 몇개임?'], [/실제 사용은 2건, 18건 남았습니다/], null],
    ['"우리 계약 만료일 언제임? 그리고 시그니처 10팩 남은 거도 같이 ㅎ" answers both', 'contoso-user', ['우리 계약 만료일 언제임? 그리고 시그니처 10팩 남은 거도 같이 ㅎ'], [/^혜택과 ID의 유효 기간/m, /인시던트 10개, 9개 남음/], null],
    ['"시그니처 클라우드 지원 아직 남아있나요?" is what is left, not the new name', 'litware-admin', ['시그니처 클라우드 지원 아직 남아있나요?'], [/^Litware Inc\.의 남은 인시던트/m], null],
    ['staff: "and Woodgrove\'s Core pack, how close are they?" after three partners is Woodgrove\'s balance only', 'staff', ['across Litware, Contoso and Woodgrove — has any of them run out of incidents on anything?', "and Woodgrove's Core pack, how close are they?"], [/^Incidents left for Woodgrove Bank Partners/m, /Partner Success Core: 2 incidents, 1 left/], /^Incidents left for Contoso/m],
    ['"그럼 Azure 클라우드 지원도 이 개인계정으로 되나요?" from an Action Pack company says it has no cloud benefit', 'northwind-user', ['제 계정이 개인 MSA(outlook)인데 이걸로도 온프레미스 기술지원 받을 수 있어요?', '그럼 Azure 클라우드 지원도 이 개인계정으로 되나요?'], [/Microsoft Action Pack에는 Signature Cloud Support가 없어/], null],
    ['staff: "…저희 시그니처 계약(액세스ID) 연결해서 티켓 열어야 하나요?" for a CSP customer is no, nothing is linked', 'staff', ['파트너 문의 들어옴: "CSP 고객사 Azure 구독 장애인데 저희 시그니처 계약(액세스ID) 연결해서 티켓 열어야 하나요?" 답변 초안 좀 써줘요'], [/^아니요: CSP 고객 구독에는 아무것도 연결하지 않습니다/m], null],
    ['"as MPN partner admin I can\'t activate anything, only global admin can. correct?" is not so', 'contoso-mpn', ["as MPN partner admin I can't activate anything, only global admin can. correct?"], [/^Not so: your role can activate/m], /^Yes/m],
    ['"Signature Cloud Support and Partner Cloud Support are two separate benefits …?" is one benefit, renamed', 'unknown', ['Signature Cloud Support and Partner Cloud Support are two separate benefits so in 2026 a partner gets both, yes?'], [/renamed Partner Cloud Support on 2025-06-23 \(the same benefit/], null],
    ['"we still have the Signature 10pack and the Gold 20pack, right? how many left on each" names every line', 'woodgrove-user', ['we still have the Signature 10pack and the Gold 20pack, right? how many left on each'], [/Partner On-premises Support: 20 incidents, 19 left/, /Partner Cloud Support: 50 incidents, 49 left/], null],
    ['"we only have 10 signature incidents in total (9 left) …" says the cloud competency\'s line is unlimited', 'contoso-admin', ['we only have 10 signature incidents in total (9 left) so we should save them for the really bad azure outages'], [/Cloud Platform is a cloud competency \(unlimited Signature Cloud Support\)/], null],
    ['"teams calls keep dropping in our own tenant. can i open that with partner cloud support?" is Microsoft 365', 'woodgrove-user', ['teams calls keep dropping in our own tenant. can i open that with partner cloud support? we have 49 left'], [/^Microsoft 365 doesn't take the Access ID and Contract ID/m], null],
    ['"…for an on-prem SQL Server (latest version) issue, and how many are left?" is the products rule with the on-premises balance', 'woodgrove-user', ['which of our benefits do I use for an on-prem SQL Server (latest version) issue, and how many are left?'], [/^Which products are covered/m, /19 of 20 left/], null],
    ['"그럼 Dynamics 365 Finance 쪽은요? 거기선 어떻게 연결해요?" after Microsoft 365 is where the IDs are linked there', 'woodgrove-admin', ['Partner Cloud Support 49개 남아있는데 Teams 통화 품질 문제 티켓도 이걸로 차감해서 열 수 있어요?', '그럼 Dynamics 365 Finance 쪽은요? 거기선 어떻게 연결해요?'], [/Dynamics 365 finance & operations\(Manage support plans → Add contract\)/], /^Microsoft 365에서는/m],
    ['"이 건도 인시던트 1개 그대로 차감인가요?" after a bug refund rule stays on it', 'woodgrove-user', ['지난주 연 Azure 티켓 결과가 제품 버그로 확인됐다고 엔지니어가 메일 줬어요', '이 건도 인시던트 1개 그대로 차감인가요?'], [/버그로 종료된 요청은 환불/], /^죄송합니다, 이해하지 못했습니다/m],
    ['"we still have 18 on-prem incidents left. do they roll into the next membership year?" is no, with the next year\'s count', 'contoso-admin', ['we still have 18 on-prem incidents left. do they roll into the next membership year in march?'], [/don't carry over/, /Microsoft Product Support: 18 left now; the next membership year starts again from 20\./], null],
    ['"혜택 페이지에 \'만료 날짜\'라고 찍혀있던데 그게 인시던트 마지막 사용일인가요?" is the validity, not the requests on record', 'fabrikam-admin', ["혜택 페이지에 '만료 날짜'라고 찍혀있던데 그게 인시던트 마지막 사용일인가요? 아직 활성화 전이라 헷갈려서요"], [/^혜택과 ID의 유효 기간/m], /^Fabrikam Solutions의 인시던트 사용 기록/m],
    ['"we dont have any partner membership atm. can microsoft still help us with an exchange server problem?" is paid support', 'tailspin-admin', ["we dont have any partner membership atm. can microsoft still help us with an exchange server problem?"], [/^Paid partner support plans/m, /Until you hold one, support is paid/], /^Microsoft 365/m],
    ['staff: "they only have action pack, no competency" after the Azure message is that case: no cloud benefit', 'staff', ['partner gets Access ID already associated error in azure. what should i ask them', 'they only have action pack, no competency'], [/^There is no cloud benefit to link/m], null],
    ['"when that runs out do we have to buy paid support?" after the Core balance names the lines still holding incidents', 'woodgrove-user', ['how many cloud incidents left on partner success core?', 'when that runs out do we have to buy paid support?'], [/Not necessarily: these lines still hold incidents — Partner Cloud Support: 50 incidents, 49 left/], null],
    ['"그럼 온프렘까지 합쳐서 남은 총 개수는?" after the Signature balance adds the company\'s lines (no offers stacked)', 'litware-admin', ['시그니처 몇개 남았어요?', '그럼 온프렘까지 합쳐서 남은 총 개수는?'], [/15건 남았습니다\(연간 합계 20/], /^문서화되지 않음/m],
    ['"…2건 더 열 예정인데, 그중 1건이 duplicate로 닫혀서 환불된다고 치면 …" counts the refund', 'contoso-admin', ['이번주에 SfB로 온프렘 2건 더 열 예정인데, 그중 1건이 duplicate로 닫혀서 환불된다고 치면 온프렘 몇 개 남아요?'], [/2건 더 열고 그중 1건이 환불되면 17건 남습니다/], null],
    ['"…CSP 고객 > 서비스 관리에서 열면 우리 시그니처 10pack에서 3개 차감돼서 6개 되는거죠?" is no, the balance stays', 'contoso-agent', ['고객사 애저 이슈 3건을 CSP 고객 > 서비스 관리에서 열면 우리 시그니처 10pack에서 3개 차감돼서 6개 되는거죠?'], [/차감되지 않습니다/, /잔여량은 그대로입니다: Signature Cloud Support \(기타 역량\): 인시던트 10개, 9개 남음/], null],
    ['"골드고 역량은 Data Analytics 하나에요. 온프렘 4건, 시그니처 3건 썼어요" works out each side', 'unknown', ['골드고 역량은 Data Analytics 하나에요. 온프렘 4건, 시그니처 3건 썼어요'], [/20건 − 사용 4건 = 16건/, /10건 − 사용 3건 = 7건/], null],
    ['staff: "is it his fault? …" after the Azure message is why it happens: the link is fine', 'staff', ['contoso: diego says azure shows This Access ID is already associated to an account. he added the contract in SfB before', 'is it his fault? did he do something wrong by adding the contract in SfB first?'], [/^Why: a contract is linked to a sign-in account only once/m], /^Sorry, I didn't get that/m],
    ['"how much longer does our support contract run? give me days and months pls" is the time left', 'contoso-mpn', ['how much longer does our support contract run? give me days and months pls'], [/9 months \(273 days\) left/], null],
    ['"and how long does our gold membership itself still run?" after the expired contract is the membership\'s time left', 'adventure-user', ['how many days ago did our contract expire?', 'and how long does our gold membership itself still run?'], [/to the end of the membership year \(2022-03-15\): 9 months \(273 days\) left/], null],
    ['staff: "whats the diff between Global admin, MPN partner admin and admin agent …?" is the roles, not a portal message', 'staff', ['new on the desk 👋 whats the diff between Global admin, MPN partner admin and admin agent for this benefit stuff?'], [/Admin agent/, /Global admin/], /^"You are not authorized for this action"/m],
    ['"저희 지원 계약 아직 쓸수 있는 건가요?" with an expired contract says it expired', 'adventure-user', ['안녕하세요~ 저희 지원 계약 아직 쓸수 있는 건가요?'], [/^혜택과 ID의 유효 기간/m, /2021-05-15에 만료/], null],
    ['"ok and how many of those are left?" after what Partner On-premises Support covers is that line only', 'woodgrove-admin', ['hi! what does our Partner On-premises Support actually cover?', 'ok and how many of those are left?'], [/Partner On-premises Support — Solutions Partner designation: 20 incidents, 19 left/], /49 left/],
    ['"ok and once that\'s done how many can we use for azure?" after who activates is the cloud count (tried as a partner)', 'fabrikam-user', ['hey so our boss wants to know whether we can get help from microsoft on an outlook problem and who on our side has to set things up first', "ok and once that's done how many can we use for azure?"], [/Messaging is not a cloud competency, so Signature Cloud Support is counted: 5 a year/], /^Linking your benefit in the Azure portal/m],
    ['"그럼 내년 3월에 다시 생기는 거죠?" after a used-up line is the contract\'s year, not March\'s requests (tried as a partner)', 'litware-admin', ['시그니처 다 썼는데 급한 애저 장애가 생겼어요. 지금 당장 방법이 뭐예요? 그리고 온프렘은 몇 개 남았죠?', '그럼 내년 3월에 다시 생기는 거죠?'], [/^혜택과 ID의 유효 기간/m, /2022-03-15까지 유효/], /3월에 연 요청/],
    ['"do i have to link the contract again next year or does it carry over" is a new contract linked again, not unused incidents (tried as a partner)', 'woodgrove-user', ['do i have to link the contract again next year or does it carry over'], [/A new membership year is a new benefit period: it is activated again and each account links the new contract once/], /Unused incidents don't carry over/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 32: paces and what-ifs on own numbers, partners added up, staff per listed message, members who can\'t activate, follow-ups (d603–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['staff: "(a) Fabrikam … (b) Tailspin …" triages each partner\'s message with its records', 'staff', ["two tickets today: (a) Fabrikam says partner center shows 'Looks like you don't have any benefits yet' (b) Tailspin gets 'no partner support plan' in azure portal. what's going on with each?"], [/Staff triage: The company has an offer: check the signed-in account[\s\S]*Tailspin Labs \(org-tailspin\)[\s\S]*No active membership: no technical benefits at all/], null],
    ['a partner with no membership at all hears it has no benefits, not only no cloud one', 'tailspin-admin', ['azure says This Access ID is already associated to an account. what now?'], [/^No active membership: no technical benefits at all/m, /no on-premises incidents either/], /^There is no cloud benefit to link/m],
    ['"그럼 우리는 뭘로 애저 지원 받아요?" after how to link is what the company has for the cloud', 'northwind-admin', ['how do we link our azure subscription for support?', '그럼 우리는 뭘로 애저 지원 받아요?'], [/^Northwind Traders의 혜택/m, /Microsoft Action Pack에는 Signature Cloud Support가 없습니다/], /^Azure Portal에서 혜택 연결하기/m],
    ['"what share of our term has passed?" is the membership year\'s days', 'contoso-admin', ['what share of our term has passed?'], [/92 of its 365 days have passed \(25 %\), 273 days are left/], null],
    ['"우리 계약 기간 몇 퍼센트 지났어요?" is the same in Korean', 'contoso-admin', ['우리 계약 기간 몇 퍼센트 지났어요?'], [/전체 365일 중 92일이 지났고\(25%\), 273일 남았습니다/], null],
    ['staff: "…and the grand total of everything left" adds the records\' lines beside the per-offer caveat', 'staff', ['Woodgrove Bank Partners: give me cloud left on each line, on-prem left, and the grand total of everything left'], [/49 \+ 19 \+ 1 = 69 left/], null],
    ['staff: "on-prem left at Contoso vs Woodgrove, and the total of both?" adds the two partners', 'staff', ['quick one: on-prem incidents left at Contoso Cloud Partners vs Woodgrove Bank Partners, and the total of both?'], [/Contoso Cloud Partners: 18 left/, /Together: 18 \+ 19 = 37 left/], null],
    ['staff: "그럼 둘 다 합쳐서 온프레미스 총 몇 건…" after two partners compared adds them', 'staff', ['Fabrikam Solutions랑 Litware Inc. 비교해 주세요', '그럼 둘 다 합쳐서 온프레미스 총 몇 건 남아있는 거예요? 패브리캄은 활성화하면 쓸 수 있는 걸로 치고'], [/합계: 15 \+ 15 = 30건 남았습니다/], null],
    ['staff: "우드그로브까지 합치면 온프렘 몇 개예요?" adds the partner named to the one in view', 'staff', ['contoso 온프렘 몇 개 남았어요?', '우드그로브까지 합치면 온프렘 몇 개예요?'], [/합계: 18 \+ 19 = 37건 남았습니다/], null],
    ['staff: four partners and "which of them can open an azure ticket rn? one line each" is one line each', 'staff', ["busy day. contoso, litware, adventure works and woodgrove all want to open an azure ticket for their OWN subscription on the partner benefit today. which of them actually can rn? one line each pls"], [/Litware Inc\.: no — .*used up/, /Adventure Works Cycles: no — the contract expired on 2021-05-15/, /Woodgrove Bank Partners: yes/], /Access ID: /],
    ['"does that mean we ran out of cloud incidents?" about the Azure message is no, with the balance (and no used-up diagnosis)', 'woodgrove-user', ['azure says "This Access ID is already associated to an account" - does that mean we ran out of cloud incidents?'], [/No, the message says nothing about your balance\. Our records still show incidents left: Partner Cloud Support: 50 incidents, 49 left/], /^Your contract has expired or has no incidents left/m],
    ['"…클라우드 인시던트 다 떨어졌다는 뜻임?" is the same in Korean', 'woodgrove-user', ['애저 포털에서 "이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를..." 떴는데 이거 클라우드 인시던트 다 떨어졌다는 뜻임?'], [/아니요, 이 메시지는 남은 건수와 관계없습니다/], null],
    ['"is there an SLA?" says response times are not documented', 'unknown', ['how long does it usually take for microsoft to respond after I open a partner support incident? is there an SLA?'], [/Response times \(an SLA\) and which severity levels partner incidents may use are not documented/], null],
    ['"심각도 A로 … SLA 같은 게 정해져 있나요?" is the same in Korean', 'contoso-user', ['급한 장애라 심각도 A(Sev A)로 올리고 싶은데 파트너 혜택 인시던트도 응답 시간 SLA 같은 게 정해져 있나요? 몇 시간 안에 연락 오는지'], [/응답 시간\(SLA\)과 쓸 수 있는 심각도는 제가 답하는 자료에 명시되어 있지 않아/], null],
    ['"can i just talk to a human at microsoft … does that cost us an incident" says the frontline is free', 'unknown', ['honestly can i just talk to a human at microsoft about my partner benefits? who do i contact and does that cost us a support incident'], [/Partner Center frontline team are free/], null],
    ['"we plan ~6 sql server 2019 cases next quarter, what\'d remain after" is one what-if over the message', 'woodgrove-admin', ["on prem left? we plan ~6 sql server 2019 cases next quarter, what'd remain after"], [/After 6 more requests on Partner On-premises Support: 13 left \(now 19\)/], null],
    ['"3 SharePoint server cases coming up. after those…" is a what-if', 'woodgrove-admin', ['on-prem: we have 3 SharePoint server cases coming up. after those how many on-prem incidents are left?'], [/After 3 more requests on Partner On-premises Support: 16 left/], null],
    ['"say Lynne activates it today and we open 2 cases, how many left then?" works it out before activation, first', 'northwind-user', ['ok say Lynne activates it today and we open 2 cases, how many left then?'], [/^After 2 more requests on Microsoft Product Support: 8 left \(now 10\)\./m], null],
    ['"ok and the on-prem ones, still 15?" after the IDs is the balance', 'litware-admin', ['can my colleague use our IDs too?', 'ok and the on-prem ones, still 15?'], [/Microsoft Product Support: 15 incidents, 15 left/], null],
    ['"what\'s the signature 10pack at right now?" is that line\'s balance', 'contoso-user', ["what's the signature 10pack at right now?"], [/^Incidents left for Contoso Cloud Partners/m, /10 incidents, 9 left/], null],
    ['"골드 20팩 지금까지 몇 개 쓴 거예요?" is what was used, not what Gold gives', 'contoso-admin', ['골드 20팩 지금까지 몇 개 쓴 거예요?'], [/3건을 열었고 그중 1건이 환불되어 실제 사용은 2건/], null],
    ['"about 2 on-prem tickets a month until the contract ends. does the gold 20pack cover that?" is just enough', 'contoso-admin', ["planning the next quarters: we'll probably do about 2 on-prem tickets a month from now until the contract ends. does the gold 20pack cover that?"], [/The 9 months until the contract ends \(2022-03-15\) need 18 at that pace: just enough, with none to spare/], /after 2 more requests/i],
    ['"and if its more like 3 a month?" after a pace is that pace again', 'contoso-admin', ["we'll probably do about 2 on-prem tickets a month until the contract ends. does the gold 20pack cover that?", 'and if its more like 3 a month?'], [/last 6 months \(until about 2021-12-15\)\. The 9 months until the contract ends \(2022-03-15\) need 27 at that pace: 9 short/], /^Not per month/m],
    ['"~5 azure cases a month on the Solutions Partner cloud line … does that line hold up?" has 4 to spare', 'woodgrove-admin', ["we're forecasting ~5 azure cases a month on the Solutions Partner cloud line until the contract ends. does that line hold up?"], [/need 45 at that pace: enough, with 4 to spare/], null],
    ['"지금까지 쓴 속도로 계속 쓰면 만료 전에 Gold 20pack 다 쓰게 될까요?" is the pace so far against the months left', 'contoso-admin', ['지금까지 쓴 속도로 계속 쓰면 만료 전에 Gold 20pack 다 쓰게 될까요? 대충 계산 좀'], [/계약 종료일\(2022-03-15\)까지 9개월 동안 이 속도면 6건이 필요합니다\. 충분하며 12건이 남습니다/], null],
    ['"and 2 more on the signature 10pack?" after an on-prem what-if moves to that line', 'contoso-admin', ['yo. if we open 4 more gold onprem cases this week how many r left', 'and 2 more on the signature 10pack?'], [/After 2 more requests on Signature Cloud Support \(other competencies\): 7 left \(now 9\)/], /Microsoft Product Support: 16/],
    ['"아 그리고 10pack도 2개 쓰면요?" is the same in Korean, not a supposed total', 'contoso-admin', ['온프레미스 지원 이번 달에 3개 더 쓰면 몇 개 남아요?', '아 그리고 10pack도 2개 쓰면요?'], [/Signature Cloud Support \(기타 역량\)에서 요청을 2건 더 열면 7건 남습니다/], /10건 − 사용 2건/],
    ['"sorry i meant the cloud 50 line, not on-prem" moves the what-if to that line', 'woodgrove-admin', ['if we burn 5 more on-prem incidents what do we have left', 'sorry i meant the cloud 50 line, not on-prem'], [/After 5 more requests on Partner Cloud Support: 44 left \(now 49\)/], null],
    ['"그 중 1건 중복으로 환불되면요" after a what-if counts the refund', 'contoso-user', ['온프렘 3개 더 쓰면 몇 개 남아요?', '그 중 1건 중복으로 환불되면요'], [/3건 더 열고 그중 1건이 환불되면 16건 남습니다/], null],
    ['staff: "누가 활성화했었어요? 그리고 만료된 지 며칠 됐죠?" is the days since the contract expired', 'staff', ['adventure works 계약 상태 좀 봐주세요', '누가 활성화했었어요? 그리고 만료된 지 며칠 됐죠?'], [/지원 계약은 2021-05-15에 만료되었습니다\. 오늘\(2021-06-15\) 기준으로 1개월\(31일\) 전입니다/], null],
    ['staff: "리트웨어 시그니처 다 썼다던데 온프렘 … 아직 열 수 있어요?" says yes for that side', 'staff', ['리트웨어 시그니처 다 썼다던데 온프렘 SharePoint Server 건은 아직 열 수 있어요? 몇 건 남았는지도'], [/네, 아직 쓸 수 있습니다: Microsoft Product Support: 인시던트 15개, 15개 남음/], null],
    ['a user whose company hasn\'t activated hears who can, by name', 'northwind-user', ['on my phone, how can I see how many support incidents we have? is it in SfB?'], [/Who can activate in Northwind Traders:/, /Lynne Robbins: MPN partner admin/], null],
    ['"why can\'t I see anything under technical benefits? no IDs, nothing" is the IDs (activate first), not the menu', 'northwind-user', ["why can't I see anything under technical benefits? no IDs, nothing. is it broken"], [/^Activate the benefits in Partner Center/m, /Lynne Robbins/], /^Sorry, I didn't get that/m],
    ['"우리 회사 구독이에요, CSP 고객 아니고요…" after a missing plan is the diagnosis again, not CSP', 'litware-admin', ['Azure + 새 지원 요청에서 지원 플랜 고르는 데 파트너 플랜이 없어요', '우리 회사 구독이에요, CSP 고객 아니고요. 링크는 했는데 왜 안 보이는 거예요?'], [/^계약이 만료되었거나 남은 인시던트가 없습니다/m, /구독 소유: 우리 회사 구독/], /^CSP 고객의 지원 요청/m],
    ['"계약은 아직 유효해요. … 이제 어떻게 해요?" after the Azure message is that message again with what was said', 'contoso-mpn', ["azure에서 '이 액세스 ID는 이미 계정에 연결되어 있습니다' 나오는데 기술 계정 관리자한테 연락해야 해요?", '계약은 아직 유효해요. 그리고 같은 계정으로 예전에 SfB에서 계약 추가 했었어요. 이제 어떻게 해요?'], [/^메시지를 무시하세요: 계약이 이미 연결되어 있습니다/m], /^혜택과 ID의 유효 기간/m],
    ['"it\'s our own tenant, not a customer\'s" after Microsoft 365 stays on Microsoft 365', 'woodgrove-user', ['can i use our partner incidents for an exchange online problem?', "it's our own tenant, not a customer's"], [/^Microsoft 365 doesn't take the Access ID and Contract ID/m], /^Support requests for CSP customers/m],
    ['"아 로그인할 때 개인 outlook 계정 썼어요. 그래서 그런 건가요?" after "no benefits yet" is the account to switch', 'unknown', ["파트너 센터에서 '아직 혜택이 없는 것 같습니다' 떠요", '아 로그인할 때 개인 outlook 계정 썼어요. 그래서 그런 건가요? 어떻게 바꿔요?'], [/다른 계정으로 로그인\(Sign in with another account\)/], /^Microsoft 계정도 사용할 수 있습니다/m],
    ['"are we actually set up for the partner support thing?" is the company\'s own state', 'contoso-user', ['hey quick one - are we actually set up for the partner support thing? new here, nobody told me anything lol'], [/^Benefits of Contoso Cloud Partners/m, /Support contract: active/], null],
    ['staff: "both Tailspin Labs and Northwind Traders say they see \'…\'" triages the one message with each partner\'s records', 'staff', ["both Tailspin Labs and Northwind Traders say they see '아직 혜택이 없는 것 같습니다.' in partner center. which of them actually has a membership?"], [/Organization: Northwind Traders \(org-northwind\)\nMembership: Microsoft Action Pack \(from the records\)|Organization: Northwind Traders[\s\S]*Microsoft Action Pack/, /Staff triage: The company has no active membership offer[\s\S]*Organization: Tailspin Labs/], null],
    ['"온프레미스 쪽 Microsoft Product Support는요?" after a new name is that name\'s new one', 'unknown', ['Signature Cloud Support 지금 이름이 뭐예요?', '온프레미스 쪽 Microsoft Product Support는요?'], [/현재는 Partner On-premises Support입니다/], null],
    ['"if we renew silver next march do we get 5 fresh ones?" is the next year\'s count (tried as a partner)', 'litware-admin', ['hi, our signature pack is empty. if we renew silver next march do we get 5 fresh ones?'], [/Signature Cloud Support \(other competencies\): 0 left now; the next membership year starts again from 5\./], null],
    ['"and what about the 15 on-prem, do they reset too?" is that line\'s next year (tried as a partner)', 'litware-admin', ['hi, our signature pack is empty. if we renew silver next march do we get 5 fresh ones?', 'and what about the 15 on-prem, do they reset too?'], [/Microsoft Product Support: 15 left now; the next membership year starts again from 15\./], null],
    ['"how many signature / cloud incidents have we used this year? both signature lines together" is that side\'s requests, the unlimited line\'s too', 'contoso-admin', ['how many signature / cloud incidents have we used this year? both signature lines together'], [/Requests opened on the cloud side \(Signature\) this membership year: 2 \(2021-05-14, Signature Cloud Support \(other competencies\); 2021-05-24, Signature Cloud Support \(cloud competency\)\)/], null],
    ['"Quick one - what\'s the balance on our Signature 10pack?" is its balance, not its new name', 'contoso-mpn', ["Quick one - what's the balance on our Signature 10pack?"], [/^Incidents left for Contoso Cloud Partners/m, /10 incidents, 9 left/], /^Signature Cloud Support → Partner Cloud Support/m],
    ['"Christie from Woodgrove. on-prem incident count pls", then "and if we open 4 more this quarter?"', 'woodgrove-admin', ['Christie from Woodgrove. on-prem incident count pls', 'and if we open 4 more this quarter?'], [/After 4 more requests on Partner On-premises Support: 15 left \(now 19\)/], null],
    ['"and if one of those 3 gets closed as a duplicate?" after a what-if is one refunded', 'woodgrove-admin', ["we're about to open 3 more azure tickets against the designation's Partner Cloud Support 50. how many will be left after that?", 'and if one of those 3 gets closed as a duplicate?'], [/1 of them refunded: 47 left|47 left/], /3 of them refunded/],
    ['"where do i actually enter our contract id … these days? still that serviceshub page" is today\'s redemption', 'woodgrove-user', ['where do i actually enter our contract id to use Partner On-premises Support these days? still that serviceshub page or something new'], [/engagecenter/], /^How long the benefit and the IDs last/m],
    ['"그럼 우리는요? 지금 저희 기록상 온프렘 몇 건 쓸 수 있어요?" after today\'s program is the company\'s balance', 'northwind-admin', ['액션팩 지금은 뭐로 바뀌었어요?', '그럼 우리는요? 지금 저희 기록상 온프렘 몇 건 쓸 수 있어요?'], [/인시던트 10개, 10개 남음/], null],
    ['"저흰 파트너 프로그램 멤버가 아니라던데 … 어떻게 지원 받아요?" is paid support', 'tailspin-admin', ['저흰 파트너 프로그램 멤버가 아니라던데 그럼 온프레미스 Exchange 문제 생기면 어떻게 지원 받아요?'], [/유료 지원/], null],
    ['staff: "they want to open 20 on-prem tickets before then, doable?" is one short', 'staff', ['woodgrove contract end date?', 'they want to open 20 on-prem tickets before then, doable?'], [/20 more requests on Partner On-premises Support are more than it has left \(19\)/], null],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 33: plans said before they are asked, own numbers worked out, where requests go, premises corrected, follow-ups (d651–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"다음달에 4개쯤 쓸 거 같은데요" after the balance is that what-if, said not asked', 'contoso-admin', ['우리 인시던트 몇 개 남았어요?', '다음달에 4개쯤 쓸 거 같은데요'], [/Microsoft Product Support에서 요청을 4건 더 열면 14건 남습니다\(현재 18건\)/], /^지원되는 제품/m],
    ['"남는 거 몇개?" after a plan is the balance after it', 'contoso-admin', ['우리 인시던트 몇 개 남았어요?', '다음달에 4개쯤 쓸 거 같은데요', '남는 거 몇개?'], [/4건 더 열면 14건 남습니다\(현재 18건\)/], null],
    ['"our contract expired last month, can we still open a case today?" is the expired plan, not the requests of last month', 'adventure-user', ['our contract expired last month, can we still open a case today?'], [/^An expired or used-up plan can't be used/m, /expired on 2021-05-15/, /pay per incident/], /^Requests on record/m],
    ['"what do we need to do to get it back?" after an expired contract is the next period\'s activation, not today\'s program', 'adventure-user', ['our contract expired, can we still open a case today?', 'what do we need to do to get it back?'], [/new activation in Partner Center/], /^Technical support incidents in the Microsoft AI Cloud Partner Program/m],
    ['"error text: You aren\'t authorized…" is that message, not the error command', 'contoso-csp', ["error text: You aren't authorized for this action. You must have a program-associated account."], [/^"You are not authorized for this action"/m], /already linked/],
    ['"그럼 활성화하고 나면 온프렘이랑 합쳐서 총 몇 건" adds the on-premises line to the other, not to itself', 'fabrikam-admin', ['시그니처 5팩 우리 몇 개 남았어요?', '그럼 활성화하고 나면 온프렘이랑 합쳐서 총 몇 건 쓸 수 있는 거?'], [/연간 합계: 15건 \+ 5건 = 20건/], /연간 합계: 15건\./],
    ['"opened 7 onprem cases, two were closed as product bugs" gives two back, and 7 is no count claimed', 'unknown', ['gold 20pack, opened 7 onprem cases, two were closed as product bugs. balance?'], [/20 − 7 used \+ 2 refunded = 15 left/], /Not 7/],
    ['"15개 받았고 4개 열었는데 그중 1개 환불받았어요" from an unknown account is worked out on its numbers', 'unknown', ['우리 회사 인시던트 몇 개 남았는지 계산 좀요.. 15개 받았고 4개 열었는데 그중 1개 환불받았어요'], [/말씀하신 숫자로 계산하면 15건 − 사용 4건 \+ 환불 1건 = 12건 남습니다/], null],
    ['"we get 20 a year, opened 6, one was refunded" is the same in English', 'unknown', ['we get 20 a year, opened 6, one was refunded. how many left?'], [/By your numbers: 20 − 6 used \+ 1 refunded = 15 left/], null],
    ['"so for an issue in our own azure subscription where do i open the case?" after the balance is where requests are opened', 'contoso-user', ['new on the team. what partner support do we have and how much is left?', 'great. so for an issue in our own azure subscription where do i open the case?'], [/^Opening a support request with your partner benefits/m], /^Incidents left/m],
    ['"and an on-prem one, where do i file that?" after a current-program balance names engagecenter', 'woodgrove-user', ['first week at woodgrove. what support incidents does our partner membership come with, and whats left?', 'and an on-prem one, where do i file that?'], [/engagecenter/], /^Incidents left/m],
    ['"and the signature 10pack, does it show there too?" after where the balance shows is the same steps', 'contoso-mpn', ['where can i see how many on-prem incidents we have left? azure portal shows nothing', 'and the signature 10pack, does it show there too?'], [/Want to see unavailable support plans\?/], /^Benefits of/m],
    ['"does it refill on the 1st of july or what" is not monthly', 'litware-admin', ['signature pack is empty since april. does it refill on the 1st of july or what'], [/^Not every month: the counts are per membership year/m, /valid until 2022-03-15/], null],
    ['"how fast did we chew through the signature incidents?" is the requests on record, with dates', 'litware-admin', ['how fast did we chew through the signature incidents?'], [/^Requests on record for Litware Inc\./m, /2021-03-27/, /2021-04-24/], null],
    ['"온프렘 인시던트 지금까지 실제로 몇 건 까였어요?" is what was used', 'contoso-user', ['온프렘 인시던트 지금까지 실제로 몇 건 까였어요? 환불된 건 빼고요'], [/인시던트 사용 기록/, /실제 사용은 2건/], null],
    ['"and if that may ticket gets refunded we\'re back to full?" is the balance with it given back, not May\'s requests', 'contoso-mpn', ['how many left on the signature 10pack', "and if that may ticket gets refunded we're back to full?"], [/is refunded: 10 left \(now 9\)/], /^Requests on record/m],
    ['"그거 실제로 맞는지는 어디서 확인해요?" after the balance is where to read it', 'contoso-admin', ['온프렘 몇 개 남았어요?', '그거 실제로 맞는지는 어디서 확인해요?'], [/Windows 10 같은 온-프레미스 제품을 고르고/], /^액세스 ID와 계약 ID 확인 위치/m],
    ['"액션팩 온프렘 10건 중에 올해 몇 건 썼는지" before activation is none', 'northwind-admin', ['액션팩 온프렘 10건 중에 올해 몇 건 썼는지 좀 알려주세요'], [/사용한 건은 0건입니다/], null],
    ['"when did MS actually switch the benefit names…? need the date for an internal doc" is the renames, not the article', 'unknown', ['when did MS actually switch the benefit names in partner center? need the date for an internal doc'], [/2025-06-23/], /^The 2021 source article/m],
    ['"can we use our unlimited one right now…" from a partner whose contract expired is its validity', 'adventure-user', ['gold security = unlimited signature for us. is it still unlimited under the current program?', 'ok but can we use our unlimited one right now for an azure outage?'], [/expired on 2021-05-15/], /^Not documented/m],
    ['"can I just post our access id and contract id in the shared teams channel?" is no, first', 'contoso-mpn', ['can I just post our access id and contract id in the shared teams channel? external vendors are in it too'], [/^No: don't post the Access ID and Contract ID in a shared channel/m], null],
    ['"외부 협력사도 들어와있는 팀즈 공유 채널에 … 올려도 되나요?" is the same in Korean', 'contoso-mpn', ['외부 협력사도 들어와있는 팀즈 공유 채널에 액세스ID랑 계약ID 그냥 올려도 되나요? 엔지니어들이 다 같이 쓰게'], [/^아니요, 공유 채널에는 올리지 마세요/m], null],
    ['"고객 테넌트 애저 포털 … 지원 혜택 연결에 우리 ID 넣고" is the CSP way', 'contoso-admin', ['고객 테넌트 애저 포털 들어가서 지원 혜택 연결에 우리 ID 넣고 티켓 열면 되죠?'], [/클라우드 솔루션 공급자/], null],
    ['"50짜리에서 빌링 2건 열고 그 중 1건만 환불되면" is two opened, one back', 'woodgrove-user', ['빌링 문의도 Partner Cloud Support로 열면 1건 까여요? 나중에 돌려받나?', '그럼 50짜리에서 빌링 2건 열고 그 중 1건만 환불되면 몇 건 남아?'], [/2건 더 열고 그중 1건이 환불되면 48건 남습니다/], null],
    ['"7월에 3건, 8월에 2건 열 예정이면요?" adds the months, then a refund of one', 'contoso-mpn', ['온프렘 몇 개 남아있어요?', '7월에 3건, 8월에 2건 열 예정이면요?', '그 중에 한 건 환불되면 최종 몇 건?'], [/5건 더 열고 그중 1건이 환불되면 14건 남습니다/], null],
    ['"we\'ll open 3 in july and 2 in august, what\'s left after?" is five', 'contoso-admin', ['how many on-prem left', "we'll open 3 in july and 2 in august, what's left after?"], [/After 5 more requests on Microsoft Product Support: 13 left \(now 18\)/], null],
    ['"we\'ve burned 2 onprem tickets since march. at that pace do we run out…?" is the pace so far', 'contoso-admin', ["we've burned 2 onprem tickets since march. at that pace do we run out before the contract ends?"], [/at that pace the 18 left last about 27 months/, /enough/], /^An expired or used-up plan/m],
    ['"시그니처 클라우드 지원은 목록에 없네요. 버그인가요?" from an Action Pack member is that it has none', 'northwind-admin', ['파센 기술 혜택 들어가면 Microsoft 제품 지원 하나만 있고 시그니처 클라우드 지원은 목록에 없네요. 버그인가요? 활성화는 아직 안 눌렀어요'], [/Microsoft Action Pack에는 Signature Cloud Support가 없습니다/], null],
    ['"azure wants access id and contract id … but I cant find them anywhere in partner center" before activation is activating, then "clicked activate … where in azure" is linking', 'fabrikam-admin', ['azure wants access id and contract id for link support benefits but I cant find them anywhere in partner center', 'ok clicked activate, IDs showed up. where in azure do they go again'], [/^Linking your benefit in the Azure portal/m], null],
    ['"고객 익스2010 터졌는데 파트너 인시던트 써도댐?" is the versions covered, not CSP', 'contoso-user', ['고객 익스2010 터졌는데 파트너 인시던트 써도댐?'], [/^지원되는 제품/m], /클라우드 솔루션 공급자/],
    ['"…review our azure landing zone design… nothing is broken, just want advice" is TPD', 'contoso-admin', ['can I use one of our incidents to get an MS engineer to review our azure landing zone design before the customer go-live? nothing is broken, just want advice'], [/Technical Presales/i], /Cloud Solution Provider/],
    ['"Teams 장애 났는데 Partner Cloud Support 50건짜리에서 하나 써도 돼요?" is Microsoft 365', 'woodgrove-user', ['Teams 장애 났는데 Partner Cloud Support 50건짜리에서 하나 써도 돼요?'], [/Microsoft 365/], null],
    ['"…can i open both with our partner incidents today?" from a partner whose contract expired is its validity', 'adventure-user', ['gold security here. customer has an on-prem exchange problem and we also have an azure issue in our own tenant. can i open both with our partner incidents today?'], [/expired on 2021-05-15/], /^Gold competency → Solutions Partner designation/m],
    ['"+2 more this wk → ?" after the balance is a what-if', 'contoso-user', ['onprem left?', '+2 more this wk → ?'], [/After 2 more requests on Microsoft Product Support: 16 left \(now 18\)/], null],
    ['"애저에서 지원 혜택 연결을 한번 다시 하면 리셋되지 않나요?" is that re-linking gives nothing back', 'litware-admin', ['시그니처 5건 다 썼어요. 근데 이거 매달 충전되는 거죠?', '그럼 애저에서 지원 혜택 연결을 한번 다시 하면 리셋되지 않나요?'], [/^만료되었거나 소진된 플랜은 쓸 수 없습니다/m, /유료/], null],
    ['"보안 역량은 클라우드 역량이 아니라서…" is corrected first', 'unknown', ['보안 역량은 클라우드 역량이 아니라서 골드여도 시그니처 10건밖에 없는 거죠?'], [/^아니요, 보안은\(는\) 클라우드 역량입니다/m], null],
    ['"4월 말에 중복으로 닫힌 케이스 … 환불된 거 반영된 숫자 맞아요?" after the balance is the balance with its refund', 'contoso-admin', ['온프렘 인시던트 몇 건 남았죠?', '4월 말에 중복으로 닫힌 케이스 있었는데 그거 환불된 거 반영된 숫자 맞아요?'], [/1건이 환불되어 실제 사용은 2건, 18건 남았습니다/], /^Microsoft AI 클라우드 파트너 프로그램의/m],
    ['"when does our partner cloud support run out?" is the contract\'s end', 'woodgrove-admin', ['when does our partner cloud support run out?'], [/2022-03-17/], null],
    ['"someone mentioned a 13 month thing for redeeming benefits. whats our actual deadline" is worked out on the membership start', 'woodgrove-admin', ['someone mentioned a 13 month thing for redeeming benefits. whats our actual deadline'], [/started on 2021-03-15 must redeem its benefits within 13 months: until 2022-04-15/], null],
    ['"그럼 애저에서 또 연결해야 돼요?" after the links, with the asker\'s own among them, is no', 'contoso-user', ['제가 예전에 SfB에 계약 추가 했었나요?', '그럼 애저에서 또 연결해야 돼요?'], [/내 계정도 그중 하나이므로 ID를 다시 입력할 필요 없이/], null],
    ['staff: "ok. can they at least still open on-prem cases? how many?" after a partner\'s Azure message is that side\'s balance', 'staff', ['Litware Inc. (Pradeep) sends: azure portal → "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Acc..." and the partner plan isnt in the support plan dropdown either. diagnosis from their records?', 'ok. can they at least still open on-prem cases? how many?'], [/15 incidents, 15 left/], /^Where to find the Access ID/m],
    ['"…the partner plan is right there in the dropdown. so it actually worked despite the error?" is yes', 'contoso-admin', ["screenshot from the azure portal, Link support benefits blade, red text: 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Ac' (cut off on the right). thing is I've never linked anything on my account, so how can it be associated??", 'ok went to new support request and the partner plan is right there in the dropdown. so it actually worked despite the error?'], [/^Yes, it works: the plan is offered/m], /^An expired or used-up plan/m],
    ['"developer at woodgrove, not an admin. how many azure (cloud) partner incidents can I still use?" is the balance, not who activates', 'woodgrove-user', ['developer at woodgrove, not an admin. how many azure (cloud) partner incidents can I still use?'], [/^Incidents left for Woodgrove Bank Partners/m, /49 left/], null],
    ['"지금 솔루션 파트너 지정 받으면 온프렘이랑 클라우드 합쳐서 1년에 몇 건" adds one offer\'s own lines', 'unknown', ['지금 솔루션 파트너 지정 받으면 온프렘이랑 클라우드 합쳐서 1년에 몇 건 나와요?'], [/Solutions Partner 지정 연간 합계: 50건 \+ 20건 = 70건/], /^문서화되지 않음/m],
    ['"we have solutions partner and success core, so 52 cloud incidents combined?" stays not documented', 'unknown', ['we have solutions partner and success core, so 52 cloud incidents combined?'], [/^Not documented: Do incident counts add up across offers held together/m], null],
    ['"can you walk me through the menus to get our access id and contract id?" from an unknown account is where they are', 'unknown', ['brand new to partner center. can you walk me through the menus to get our access id and contract id?'], [/Benefits → Technical benefits → Activate/], /^I don't know your organization yet/m],
    ['"…so we still got all 20 gold incidents for this year right?" is what was used', 'contoso-user', ['hey we havent really used the on-prem support much, so we still got all 20 gold incidents for this year right?'], [/3 opened so far this membership year and 1 of them refunded: 2 used, so 18 left/], null],
    ['"and if my teammate and i both open one today?" is two more', 'contoso-user', ["how many on-prem partner incidents do we have left? i'm a dev, need one for a sql server 2019 thing", 'and if my teammate and i both open one today?'], [/After 2 more requests on Microsoft Product Support: 16 left \(now 18\)/], null],
    ['"did i already hook our partner contract to my account…?" is the links on record', 'contoso-user', ['diego here, developer. did i already hook our partner contract to my account or do i still need to do that?'], [/Your own account is one of them/], null],
    ['"gold = 20 on-prem incidents a month, so ~240/yr…?" is a year\'s count', 'contoso-mpn', ['quick one for budgeting: gold = 20 on-prem incidents a month, so ~240/yr we can plan with?'], [/^Not per month: Gold competency gives 20 on-premises incidents per membership year/m], null],
    ['"isnt it 5 per person? the others used theirs not mine" after the balance is the company\'s one balance', 'litware-admin', ['how many signature cloud incidents have we got left this year?', 'hmm but i never opened one myself. isnt it 5 per person? the others used theirs not mine'], [/one balance shared by everyone, not a count per person/, /0 left/], null],
    ['"그 중에 하나가 중복(duplicate)으로 종료되면요?" after a what-if is one refunded', 'contoso-mpn', ['Data Analytics로 받은 시그니처 10팩 이번 분기에 3건 더 쓰면 몇 건 남음?', '그 중에 하나가 중복(duplicate)으로 종료되면요?'], [/3건 더 열고 그중 1건이 환불되면 7건 남습니다/], null],
    ['"실버 Messaging 역량이면 시그니처 클라우드 지원 무제한 맞죠??" is no, first', 'unknown', ['실버 Messaging 역량이면 시그니처 클라우드 지원 무제한 맞죠??'], [/^아니요, 메시징은\(는\) 클라우드 역량이 아니라/m], null],
    ['"if we add cloud platform, does signature go unlimited?" says Cloud Platform is a cloud competency', 'unknown', ['gold with only data analytics here. if we add cloud platform, does signature go unlimited?'], [/^Yes: Cloud Platform is a cloud competency/m], null],
    ['"which competency would we have to add to get it?" (unlimited) lists the cloud ones', 'unknown', ['silver in app dev, we want unlimited signature. which competency would we have to add to get it?'], [/^The six cloud competencies/m], null],
    ['"where are we on on-prem incidents?" is the balance', 'woodgrove-user', ['where are we on on-prem incidents?'], [/Partner On-premises Support — Solutions Partner designation: 20 incidents, 19 left/], /^Sorry, I didn't get that/m],
    ['"…통화를 벌써 5번 했어요 … 5건 차감되는 거예요?" is one incident', 'contoso-user', ['케이스 하나 열었는데 MS 엔지니어랑 통화를 벌써 5번 했어요;; 신입이라 잘 모르는데 이거 5건 차감되는 거예요?'], [/^인시던트 한 건의 기준/m], null],
    ['"ok so what\'s the admin agent role actually for then?" after activating is the CSP role', 'contoso-agent', ['new hire at contoso, they gave me the admin agent role. can i click activate on our tech support benefit?', "ok so what's the admin agent role actually for then?"], [/Service management/], null],
    ['staff: "they need 3 azure tickets this week. are they covered…?" is yes, covered', 'staff', ["woodgrove's success core cloud pack, how many left?", 'they need 3 azure tickets this week. are they covered between core and the designation?'], [/^Yes, that is covered/m], null],
    ['"그럼 골드 되고 나서 온프렘 3건 쓰면 몇 개 남아요?" is worked out on Gold, not the records\' Silver', 'fabrikam-admin', ['실버→골드 승급하면 온프렘 몇건?', '그럼 골드 되고 나서 온프렘 3건 쓰면 몇 개 남아요?'], [/Microsoft Product Support: 20건 − 사용 3건 = 17건 남습니다/], /12건 남습니다/],
    ['"can I open an azure ticket today on our partner benefit?" from a partner whose cloud pack is used up says so', 'litware-admin', ['can I open an azure ticket today on our partner benefit?'], [/used up \(all 5 used, 0 left\)/], null],
    ['"지금 규칙으로는 어떤 경우에 인시던트 돌려받아요?" after the balance is the refund rule, not a what-if', 'woodgrove-admin', ['우리 파트너 클라우드 지원(솔루션 파트너 지정 쪽) 몇 개 남았어요?', '지금 규칙으로는 어떤 경우에 인시던트 돌려받아요?'], [/중복 또는 버그로 종료된 요청은 환불/], /1건 더 열면/],
    ['"we still got on-prem partner incidents, right? … sharepoint 2019 … how many and until when" is the balance', 'litware-admin', ['we still got on-prem partner incidents, right? want to use one for a sharepoint 2019 farm issue. how many and until when'], [/^Incidents left for Litware Inc\./m, /2022-03-15/], null],
    ['"고객사 윈도우 서버 2012 R2 이슈인데 파트너 온프렘 인시던트로 케이스 열 수 있나?" is the versions covered', 'unknown', ['고객사 윈도우 서버 2012 R2 이슈인데 파트너 온프렘 인시던트로 케이스 열 수 있나?'], [/^지원되는 제품/m, /N-1/], null],
    ['"…엔지니어랑 통화도 네번 했는데 이거 인시던트 몇개 깎이는거?" is one incident', 'unknown', ['케이스 하나가 3주째 안닫히고 엔지니어랑 통화도 네번 했는데 이거 인시던트 몇개 깎이는거?'], [/^인시던트 한 건의 기준/m], null],
    ['"are the TPD advisory hours and the support incidents the same pool?" is two separate benefits', 'unknown', ['are the TPD advisory hours and the support incidents the same pool? like does a TPD session eat an incident'], [/two separate benefits/], null],
    ['"can i just put exchange + sharepoint + an AD issue into one ticket…?" is one incident per problem', 'unknown', ['can i just put exchange + sharepoint + an AD issue into one ticket to save incidents? lol'], [/^What counts as one incident/m], null],
    ['"…2 versions back our partner incidents dont work. whats the cheapest legit way…" is the paid ways', 'woodgrove-admin', ['so for sql server thats 2 versions back our partner incidents dont work. whats the cheapest legit way to get MS help on it'], [/^Paid partner support plans/m], null],
    ['staff: "Contoso 온프렘 올해 실제로 몇 건 차감됐고 몇 건 남았어요?" is what was used, beside the records', 'staff', ['Contoso 온프렘 올해 실제로 몇 건 차감됐고 몇 건 남았어요?'], [/실제 사용은 2건, 18건 남았습니다/], null],
    ['"does that N-1 version rule apply to azure too?" says it doesn\'t', 'contoso-admin', ['also, unrelated: does that N-1 version rule apply to azure too?'], [/The N-1 policy doesn't apply to cloud products/], null],
    ['"no, never used the ids anywhere before, first time" after the Azure message is that message again, not how the IDs are used', 'unknown', ['azure link support benefits says access id is already associated to an account', 'no, never used the ids anywhere before, first time'], [/^Ignore the message: your contract is already linked/m], /^Enter the IDs once/m],
    ['"…18로 떠요. 우리 3건 열었는데 17 아니에요??" is the refund on record', 'contoso-user', ['SfB 2단계에 Partner support Gold 20pack 남은 인시던트 18로 떠요. 우리 3건 열었는데 17 아니에요?? 화면 오류인가'], [/그중 1건이 환불되어 실제 사용은 2건, 18건 남았습니다/], null],
    ['"signature 10pack shows 9 in SfB but I don\'t remember anyone using it. when was that?" is the requests on record', 'contoso-user', ["signature 10pack shows 9 in SfB but I don't remember anyone using it. when was that?"], [/^Requests on record for Contoso Cloud Partners/m, /2021-05-14/], null],
    ['"if I link our IDs in the azure portal, can I then open a sharepoint online ticket…?" is Microsoft 365', 'litware-admin', ['if I link our IDs in the azure portal, can I then open a sharepoint online ticket against that plan?'], [/^Microsoft 365 doesn't take the Access ID and Contract ID/m], null],
    ['"and what\'s our number right now" after where the balance shows is the balance', 'woodgrove-user', ["how do I see how many partner cloud support incidents we have left? Dynamics portal doesn't show it", "and what's our number right now"], [/50 incidents, 49 left/], /^Where to find the Access ID/m],
    ['"power apps canvas app broke … can we use our partner support incidents for that?" from an Action Pack member says it has no cloud line, first', 'northwind-admin', ['power apps canvas app broke after a connector update, can we use our partner support incidents for that?'], [/^Microsoft Action Pack has no Signature Cloud Support/m], null],
    ['"아 그럼 온프레미스 익스체인지 쪽 문제는 아직 혜택으로 열 수 있는 거예요?" after the Azure diagnosis is the on-premises balance', 'litware-admin', ['애져 새 지원 요청 만들려는데 지원 플랜에 파트너 시그니처가 안 떠요 ㅠㅠ 3월엔 있었는데', '아 그럼 온프레미스 익스체인지 쪽 문제는 아직 혜택으로 열 수 있는 거예요?'], [/인시던트 15개, 15개 남음/], /^Microsoft 365/m],
    ['"Lee Gu 님한테 … 어느 메뉴 눌러서 하라고 전달하면 돼요?" is the activation steps', 'fabrikam-user', ['엑세스 ID 랑 계약 ID 어디서 봐요? 파센 기술 혜택 들어가도 안보임', 'Lee Gu 님한테 부탁하면 되는거죠? 어느 메뉴 눌러서 하라고 전달하면 돼요?'], [/기술 혜택\(Technical benefits\)/], null],
    ['"그럼 우리 회사에서 누구한테 ID 받아야 돼요?" after "not authorized" names who holds them', 'contoso-csp', ["저 글로벌 관리자인데요 파센에서 기술 혜택 누르면 '이 작업에 대한 권한이 없습니다' 떠요 버그인가요?", '그럼 우리 회사에서 누구한테 ID 받아야 돼요?'], [/Megan Bowen: 전역 관리자/], null],
    ['"…SfB 말고 engage 뭐시기에서 추가한다던데 거기 주소가 뭐였죠" is engagecenter', 'woodgrove-admin', ['온프레미스 혜택 요즘은 SfB 말고 engage 뭐시기에서 추가한다던데 거기 주소가 뭐였죠'], [/engagecenter\.microsoft\.com/], null],
    ['"three of our engineers … the same problem, does that count as 3 incidents?" is one', 'unknown', ['if three of our engineers end up talking to MS about the same problem, does that count as 3 incidents?'], [/^What counts as one incident/m], null],
    ['"does doing that check burn an incident?" after how to read the balance is no', 'unknown', ['where do people check our remaining partner incidents? the azure portal doesnt show a number anywhere', 'does doing that check burn an incident? dont want ppl wasting them'], [/no request is created and no incident is used/], null],
    ['"클라우드 인시던트 두 종류인 것 같은데 각각 몇 개 남았고…" is each line, with no per-person note (tried as a partner)', 'woodgrove-admin', ['우리 클라우드 인시던트 두 종류인 것 같은데 각각 몇 개 남았고 언제까지 써야 해요?'], [/인시던트 50건, 49건 남음/, /인시던트 2건, 1건 남음/], /사람마다 따로가 아니/],
    ['"…지금 프로그램이면 이게 뭐라고 불려요? Partner Cloud Support 5?" is answered in Korean (a product name with "?" is no English question)', 'litware-admin', ['시그니처 5팩 다 써서 애져에서 플랜 안뜨는데, 지금 프로그램이면 이게 뭐라고 불려요? Partner Cloud Support 5?'], [/Partner Cloud Support/, /[가-힣]{4}/], null],
    ['"애저 새 지원 요청에서 우리 파트너 플랜이 안떠요ㅠㅠ 고객 장애라 급한데" is the company\'s own plan, not CSP', 'litware-admin', ['애저 새 지원 요청에서 우리 파트너 플랜이 안떠요ㅠㅠ 고객 장애라 급한데 왜 이래요?'], [/^계약이 만료되었거나 남은 인시던트가 없습니다/m], /^CSP 고객의 지원 요청/m],
    ['"…기술 계정 관리자한테 새 액세스 ID 받으래요.. 우리 TAM 없는데" is the Azure message in other words', 'unknown', ['애져 지원혜택 연결하니까 기술 계정 관리자한테 새 액세스 ID 받으래요.. 우리 TAM 없는데 ㅠ 고객 장애중인데 어떡함'], [/^메시지를 무시하세요/m], null],
    ['"이번주 고객 장애 때문에 온프렘 인시던트 3건 더 열어야 할듯.. 그럼 몇건 남아요?" is the what-if', 'contoso-admin', ['이번주 고객 장애 때문에 온프렘 인시던트 3건 더 열어야 할듯.. 그럼 몇건 남아요?'], [/3건 더 열면 15건 남습니다/], null],
    ['"…for a customer escalation but our signature plan isnt in the list anymore. why" is the used-up plan, then "still got those" is the on-premises balance', 'litware-admin', ['need an azure ticket NOW for a customer escalation but our signature plan isnt in the list anymore. why', 'ugh. and the on-prem ones, still got those for exchange?'], [/Microsoft Product Support: 15 incidents, 15 left/], null],
    ['staff: "4월에 중복으로 닫힌 케이스 인시던트 돌려받았나요?" is the refund on record', 'staff', ['컨토소 불만 메일임 ㅠ "4월에 중복으로 닫힌 케이스 인시던트 돌려받았나요?" 기록 확인 부탁'], [/2021-04-29/], null],
    ['"…azure won\'t offer our partner plan and support for business says our contract is expired?? how is that possible" is the expired contract', 'adventure-user', ["we renewed gold (security) in march but azure won't offer our partner plan and support for business says our contract is expired?? how is that possible"], [/expired on 2021-05-15/], /^This advice covers the Azure portal only/m],
    ['"did we actually get that incident back or was it lost?" is the refund on record', 'woodgrove-admin', ['one of our azure tickets in april got closed as a duplicate. did we actually get that incident back or was it lost?'], [/2021-04-07/], null],
    ['staff: "if they open 2 more on-prem and one of those gets refunded, where are they?" is the what-if', 'staff', ['contoso cloud partners - on-prem balance pls', 'who activated it and when does it expire', 'if they open 2 more on-prem and one of those gets refunded, where are they?'], [/17 left/], null],
    ['"im admin agent here. can i hit Activate myself … or who does that" after the balance names who may', 'contoso-agent', ['how many signature incidents do we have', 'im admin agent here. can i hit Activate myself if we ever need it or who does that'], [/Megan Bowen/], null],
    ['"how many support incidents do we have?" before activation says they are not activated', 'fabrikam-user', ['how many support incidents do we have?'], [/are not activated yet/], null],
    ['staff: "Contoso Cloud Partners 4월 29일에 뭐 있었지?" is the request on record that day', 'staff', ['Contoso Cloud Partners 4월 29일에 뭐 있었지?'], [/2021-04-29: Microsoft Product Support: 환불 \(SR 12103040000004\)/], null],
    ['"a customer has an azure issue in their own subscription, do I link our contract for that?" stays CSP ("our contract" beside the customer\'s subscription)', 'contoso-agent', ['a customer has an azure issue in their own subscription, do I link our contract for that?'], [/Cloud Solution Provider/], null],
    ['"고객 거예요" typed as the answer to the diagnosis\'s question is the CSP way (tried as a partner)', 'contoso-user', ['애저에서 이 액세스 ID는 이미 계정에 연결되어 있습니다 라고 떠요', '고객 거예요'], [/^아무것도 연결하지 마세요: 클라우드 솔루션 공급자 플랜을 쓰세요/m], null],
    ['"it\'s the customer\'s" typed as the answer is the same in English', 'contoso-user', ['Azure says This Access ID is already associated to an account', "it's the customer's"], [/^Don't link anything: use the Cloud Solution Provider plan/m], null],
    ['"we have 4 planned for next month. how many would be left after?" is a what-if without the word tickets', 'contoso-admin', ['how many incidents do we have left', 'we have 4 planned for next month. how many would be left after?'], [/After 4 more requests on Microsoft Product Support: 14 left \(now 18\)/], null],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});

describe('session 34: each side its own count, what-ifs carried on, stated numbers, premises and cloud products (d721–)', () => {
  it.each<[string, string, string[], RegExp[], RegExp | null]>([
    ['"open 2 signature + 3 on-prem cases" gives each line its own count', 'fabrikam-admin', ["we're silver messaging. say i activate today and we open 2 signature + 3 on-prem cases, what's left on each?"], [/After 2 more requests on Signature Cloud Support \(other competencies\): 3 left \(now 5\)/, /After 3 more requests on Microsoft Product Support: 12 left \(now 15\)/], /13 left/],
    ['"3 on-prem tickets and 2 azure ones" from Action Pack is the on-premises line, and no cloud line', 'northwind-admin', ['action pack here, 10 incidents. if we do 3 on-prem tickets and 2 azure ones, how many do we end with?'], [/After 3 more requests on Microsoft Product Support: 7 left \(now 10\)/, /Microsoft Action Pack has no Signature Cloud Support/], null],
    ['"클라우드 2건, 온프렘 4건 쓸 계획" is the same in Korean', 'northwind-admin', ['저희 액션팩인데 올해 클라우드 2건, 온프렘 4건 쓸 계획이에요. 그럼 남는 건 몇 건?'], [/Microsoft Product Support에서 요청을 4건 더 열면 6건 남습니다\(현재 10건\)/], null],
    ['"온프렘 5건, 시그니처 10팩 4건" from staff is the 10pack for the cloud count', 'staff', ['Contoso Cloud Partners가 온프렘 5건, 시그니처 10팩 4건 더 쓸 예정이래요. 그러면 각각 몇 건 남죠?'], [/요청을 5건 더 열면 13건 남습니다\(현재 18건\)/, /Signature Cloud Support \(기타 역량\)에서 요청을 4건 더 열면 5건 남습니다\(현재 9건\)/], null],
    ['"we had 20 on-prem, opened 7, and 2 of them were refunded" is worked out on those numbers', 'unknown', ['we had 20 on-prem, opened 7, and 2 of them were refunded. so how many left?'], [/By your numbers: 20 − 7 used \+ 2 refunded = 15 left/], null],
    ['"하나 열 건데, 만약 그게 … 환불되면" gives that one back', 'contoso-admin', ['다음주에 온프렘 케이스 하나 열 건데, 만약 그게 중복이나 버그로 종결돼서 환불되면 최종적으로 몇 건 남아요?'], [/1건 더 열고 그중 1건이 환불되면 18건 남습니다/], /17건 남습니다/],
    ['"Partner Cloud Support 50 라인에서 10건 정도 쓸거 같은데 남는건?" is that line after ten', 'woodgrove-admin', ['Partner Cloud Support 50 라인에서 이번달에 10건 정도 쓸거 같은데 남는건?'], [/Partner Cloud Support에서 요청을 10건 더 열면 39건 남습니다\(현재 49건\)/], /^2021년 명칭의 현재 이름/m],
    ['"담달에 또 10건 쓰면요?" adds to the last what-if, on the same line', 'woodgrove-admin', ['Partner Cloud Support 50 라인에서 이번달에 10건 정도 쓸거 같은데 남는건?', '담달에 또 10건 쓰면요?'], [/요청을 20건 더 열면 29건 남습니다\(현재 49건\)/], /1건만 남아/],
    ['"Success Core 쪽 … 2건 더 쓸 수 있어요?" is the one left', 'woodgrove-admin', ['Success Core 쪽 클라우드 2건짜리 있잖아요 거기서 2건 더 쓸 수 있어요?'], [/1건만 남아 있어 요청을 2건 더 열면 1건은 혜택으로 처리되지 않습니다/], null],
    ['"20개 그대로고, 이번달 5건 쓰면 15건 남는거 맞죠?" with an expired contract is no plain sum', 'adventure-user', ['저희 골드라 인시던트 20개 그대로고, 이번달 5건 쓰면 15건 남는거 맞죠?'], [/^기록상으로는 다릅니다/m], /15건 남습니다/],
    ['"10팩도 있던데 … 5건 쓰면?" is the records\' 9, not the pack\'s 10 minus five', 'contoso-mpn', ['클라우드 플랫폼이라 시그니처 무제한이라면서요, 근데 10팩도 있던데 그건 몇 개 남았어요? 5건 쓰면?'], [/요청을 5건 더 열면 4건 남습니다\(현재 9건\)/], /10건 − 사용 5건/],
    ['"갱신 안 하면 남은 클라우드 인시던트 49건은 어떻게 돼요?" ends with the contract, no next year', 'woodgrove-admin', ['갱신 안하면 남은 클라우드 인시던트 49건은 어떻게 돼요? 만료일이 언제였죠'], [/지금 49건 남아 있고, 쓰지 않은 건은 계약이 끝나는 2022-03-17에 함께 사라집니다/], /다시 50건으로 시작/],
    ['"thinking about going gold in messaging … how many incidents would that give us" is Gold\'s lines', 'fabrikam-admin', ['thinking about going gold in messaging at our next anniversary. how many incidents would that give us vs now?'], [/Microsoft Product Support: 20 incidents/, /10 incidents/], /^Gold competency → Solutions Partner designation/m],
    ['"골드 cloud platform 으로 올라가면" is what Gold with a cloud competency gives, not the records', 'northwind-user', ['만약에 우리가 골드 cloud platform 으로 올라가면 온프렘 몇건이고 클라우드 지원은 몇건이에요?'], [/인시던트 20개/, /무제한/], /골드 역량이\(가\) 아니라/],
    ['"we burned thru all our signature incidents. what are our options" is the used-up plan\'s ways', 'litware-admin', ['we burned thru all our signature incidents already. what are our options until renewal?'], [/^An expired or used-up plan can't be used/m, /all 5 used, 0 left/], null],
    ['"Power Apps 쪽 이슈도 시그니처로 돼요?" is the cloud benefit, linked once', 'contoso-admin', ['Power Apps 쪽 이슈도 시그니처로 돼요? 클라우드 제품이긴 한데'], [/^Azure Portal에서 혜택 연결하기/m], /^혜택과 ID의 유효 기간/m],
    ['"우리 회사 Azure 구독 VM이 안 떠요. 이것도 파트너 혜택으로 지원 받을 수 있어요?" is the cloud line, in Azure', 'contoso-user', ['우리 회사 Azure 구독 VM이 안 떠요. 이것도 파트너 혜택으로 지원 받을 수 있어요?'], [/Azure 등 클라우드 제품에는 Signature Cloud Support가 적용되며/], null],
    ['"and azure? got an AKS problem in our own subscription" after Microsoft 365 is Azure', 'contoso-mpn', ['teams calling broken in our own tenant. can our signature benefit cover that?', 'and azure? got an AKS problem in our own subscription'], [/^Linking your benefit in the Azure portal/m], /^Microsoft 365 doesn't take/m],
    ['the Azure message pasted without quote marks, then "also how many … on the 10pack, and when does our contract actually end??" answers all three', 'contoso-user', ['azure link support benefits gives me this:\nThis Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.\nalso how many cloud incidents do we still have on the 10pack, and when does our contract actually end??'], [/^Ignore the message: your contract is already linked/m, /^Incidents left for Contoso Cloud Partners/m, /^How long the benefit and the IDs last/m, /valid until 2022-03-15/], null],
    ['the quoted Azure message, "is something wrong on our side? how many cloud incidents left, and when do they expire" is the diagnosis, the balance and the date', 'woodgrove-admin', ['Azure says "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID." when I link our Partner Cloud Support. is something wrong on our side? how many cloud incidents left, and when do they expire'], [/^Ignore the message/m, /^Incidents left for Woodgrove Bank Partners/m, /valid until 2022-03-17/], /^Your contract has expired or has no incidents left/m],
    ['"이거 TAM한테 연락해야 되는거에요? 그리고 … 몇개 남았는지, 계약 언제 끝나는지도" after the pasted message is each of them', 'contoso-user', ['애저에서 지원 혜택 연결 눌렀더니 이렇게 나와요\n"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID."\n이거 TAM한테 연락해야 되는거에요? 그리고 저희 온프렘 인시던트 몇개 남았는지, 계약 언제 끝나는지도 같이 알려주세요'], [/^메시지를 무시하세요/m, /^Contoso Cloud Partners의 남은 인시던트/m, /^혜택과 ID의 유효 기간/m], null],
    ['"…라고 뜸. 누가 해결해줄 수 있는지, 그리고 … 남은 개수도" is the diagnosis (who fixes it) and the balance', 'contoso-csp', ['파트너센터 기술 혜택 누르면 "이 작업에 대한 권한이 없습니다." 라고 뜸. 저 전역관리자 맞거든요?? 누가 해결해줄 수 있는지, 그리고 우리 온프레미스 인시던트 남은 개수도 알려줘요'], [/^"이 작업에 대한 권한이 없습니다"/m, /^Contoso Cloud Partners의 남은 인시던트/m, /18개 남음/], /^파트너 혜택으로 지원 요청 열기/m],
    ['"3 quick ones: cloud incidents left (all lines), on-prem left, and who activated" is the balance and the activation', 'woodgrove-user', ['3 quick ones: cloud incidents left (all lines), on-prem left, and who activated our benefit?'], [/^Incidents left for Woodgrove Bank Partners/m, /49 left/, /19 left/, /by Christie Cline/], null],
    ['"can you open a ticket with microsoft for me?" is no, and where the asker opens it', 'contoso-user', ['can you open a ticket with microsoft for me? exchange server 2019 on-prem, mail flow stuck since this morning. use our partner incidents'], [/^I can't open a support request for you/m, /Support for Business/], null],
    ['"저 대신 비즈니스 지원에 티켓 하나 만들어 주세요" is the same in Korean', 'contoso-user', ['exchange server 2019 메일흐름 깨졌어요ㅠ 저 대신 비즈니스 지원에 티켓 하나 만들어 주세요'], [/^지원 요청을 대신 만들어 드릴 수는 없습니다/m], null],
    ['"can you add 5 more to our account or reset the counter?" with Signature used up is the ways without it', 'litware-admin', ['we burned all our signature incidents. can you add 5 more to our account or reset the counter?'], [/^An expired or used-up plan can't be used/m, /all 5 used, 0 left/], /^What counts as one incident/m],
    ['"do i need some admin role to open cloud support tickets?" is no', 'woodgrove-user', ['new here at woodgrove. do i need some admin role to open cloud support tickets with our Partner Cloud Support?'], [/^No: opening a support request needs no admin role/m], null],
    ['"im not an admin, just an engineer. can i open a support case … myself?" is yes', 'contoso-user', ['hey im not an admin, just an engineer. can i open a support case with our partner benefit myself?'], [/^Yes: any user can open a support request/m], null],
    ['"he needs azure tickets for OUR OWN subscription, not a customer. does he need admin agent like me?" is no role, not the CSP way', 'contoso-agent', ['we got a new support engineer. he needs azure tickets for OUR OWN subscription, not a customer. does he need admin agent like me?'], [/needs no admin role/], /^Support requests for CSP customers/m],
    ['"액세스 ID 적어둔 메모 잃어버렸어요, 새로 발급받아야 하나요?" is where to read them again, not a renewal', 'litware-admin', ['액세스 ID 적어둔 메모 잃어버렸어요 ㅠㅠ 새로 발급받아야 하나요? 어디 문의해요'], [/Access ID: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/], /^문서화되지 않음/m],
    ['"does the failed attempt count against their 18?" (staff, after the versions) is that a failed try uses none', 'staff', ['contoso pasted Support plan cannot be used for the specified product. SfB. on-prem case', 'sql server 2008 R2 i think', 'does the failed attempt count against their 18?'], [/^Linking or entering the IDs, a portal message and checking the balance use no incident/m], /^Sorry, I didn't get that/m],
    ['"litware asked for the dates of their signature tickets this year, can u list them" is the requests on record', 'staff', ['litware asked for the dates of their signature tickets this year, can u list them'], [/^Requests on record for Litware Inc\./m, /2021-03-27/, /2021-04-24/], null],
    ['"시그니처 마지막 사용 언제?" after a partner\'s status is its requests, the latest first said', 'staff', ['litware 상태', '시그니처 마지막 사용 언제?'], [/가장 최근에 연 날은 2021-04-24입니다/], null],
    ['"when did we last open an on prem incident? how long ago was that" is the day and the time since', 'contoso-user', ['when did we last open an on prem incident? how long ago was that'], [/From the last request \(2021-04-25, SR 12103040000004\) to today \(2021-06-15\): 1 month \(51 days\)/], null],
    ['"시그니처 10pack 마지막으로 쓴게 며칠 전?" is that pack\'s last request, not the unlimited line\'s', 'contoso-admin', ['시그니처 10pack 마지막으로 쓴게 며칠 전?'], [/마지막 요청\(2021-05-14, SR 12103040000005\)부터 오늘\(2021-06-15\)까지 1개월\(32일\)입니다/], /0일입니다/],
    ['"마지막으로 온프레미스 티켓 연 게 며칠 전이에요?" is the time since', 'contoso-admin', ['마지막으로 온프레미스 티켓 연 게 며칠 전이에요?'], [/1개월\(51일\)/], /^죄송합니다/m],
    ['"when did i link our contract in support for business? how long ago roughly" is the asker\'s link', 'contoso-user', ['when did i link our contract in support for business? how long ago roughly'], [/From the link \(2021-03-24\) to today \(2021-06-15\): 2 months \(83 days\)/], null],
    ['"how long have we been a member, like how many months?" is the membership\'s start', 'northwind-user', ['how long have we been a member, like how many months? and when does the membership year end'], [/From the membership's start \(2021-03-15\) to today \(2021-06-15\): 3 months \(92 days\)/], null],
    ['"시그니처 쪽은요? 전부 합치면 몇 건 남은거?" adds every counted line', 'contoso-mpn', ['온프렘 인시던트 몇 건 남았어요?', '시그니처 쪽은요? 전부 합치면 몇 건 남은거?'], [/27건 남았습니다/], null],
    ['"우리 회사 올해 MS 티켓 총 몇 건 열었어요?" is the requests on record', 'contoso-user', ['우리 회사 올해 MS 티켓 총 몇 건 열었어요?'], [/이번 멤버십 연도: 5건 열림, 1건 환불\(실제 사용 4건\)/], /연간 합계: 20건 \+ 10건/],
    ['"아직 활성화 안했는데 하면 총 몇건 … 온프렘+클라우드 합쳐서" is the sum, not the way to activate', 'fabrikam-admin', ['저희 아직 활성화 안했는데 하면 총 몇건 쓸 수 있는거예요? 온프렘+클라우드 합쳐서'], [/15건 \+ 5건 = 20건/], null],
    ['"can we just buy a 2nd success core to get 2 more?" is that the same offer can\'t be bought twice', 'woodgrove-admin', ['we are running low on the core cloud incidents. can we just buy a 2nd success core to get 2 more?'], [/the same offer cannot be bought twice/], null],
    ['"그럼 골드 20건 중에 몇 개 남아있는거에요" after an expired contract is the balance, no doubt', 'adventure-user', ['저희 계약 만료된 지 며칠 됐어요??', '그럼 골드 20건 중에 몇 개 남아있는거에요'], [/인시던트 20개, 0개 남음/], null],
    ['"그럼 누가 열어야 돼요?" after the CSP way is who opens, not that no link needs fixing', 'contoso-admin', ['애저 포털에서 지원 요청 만들 때 파트너 플랜이 안 보여요', '고객 거예요', '그럼 누가 열어야 돼요?'], [/관리 에이전트 역할이 있는 사용자가/], /아무도 고칠 필요가 없습니다/],
  ])('%s', async (_name, user, lines, facts, wrong) => {
    await expectLastReply(user, lines, facts, wrong);
  });
});
