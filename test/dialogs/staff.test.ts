import { describe, expect, it } from '@jest/globals';
import { DEMO } from '../../src/store/demo-data.js';
import { ask, chatAs, converse, makeBot, resumeOn } from './harness.js';

const M3_EN = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.';
const M3_KO = '이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요.';
const { accessId, contractId } = DEMO.activation;

describe('staff in their own words, the partner named: triage or the records, no command needed', () => {
  it.each<[string, string, RegExp]>([
    ['a pasted message (English)', `Partner Litware Inc. sent me this from the Azure portal: "${M3_EN}" Can you diagnose with their records?`, /Staff triage: Your contract has expired or has no incidents left[\s\S]*Organization: Litware Inc\./],
    ['a described message (Korean)', 'Northwind Traders에서 애저 연결 시 액세스 ID 이미 연결됨 오류가 난대요. 진단 부탁해요', /담당자 진단: 연결할 클라우드 혜택이 없습니다/],
    ['a question about the records', 'Fabrikam Solutions 담당자가 Access ID가 안 보인다는데 기록상 어때요?', /Fabrikam Solutions \(org-fabrikam\)[\s\S]*지원 계약: 아직 활성화되지 않음/],
  ])('%s', async (_n, text, expected) => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'staff'), text)).toMatch(expected);
  });

  it('a partner naming another org gets no staff view', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-user'), 'Litware says the access id is already associated, why?');
    expect(reply).not.toMatch(/Staff triage|org-litware/);
  });
});

describe('staff triage: every leaf, with the seeded org records as evidence', () => {
  it.each<[string, string, RegExp, RegExp]>([
    ['Action Pack org', `triage ${M3_EN} org:org-northwind`, /Staff triage: There is no cloud benefit to link/, /How sure: High: text quoted whole; the records decided 1 of 2 questions, 0 assumed/],
    ['org without an offer', `triage ${M3_EN} org:tailspin`, /No active membership: no technical benefits at all/, /Membership: None active \/ not sure \(from the records\)/],
    ['CSP customer', `triage ${M3_EN} for our CSP customer's subscription org:contoso`, /Don't link anything: use the Cloud Solution Provider plan/, /Whose subscription: A CSP customer's subscription \(from the pasted text\)/],
    ['expired contract', `triage ${M3_EN} org:org-adventure`, /Your contract has expired or has no incidents left/, /Contract: Expired \(from the records\)/],
    ['used-up contract', `triage ${M3_EN} org:litware`, /Your contract has expired or has no incidents left/, /Contract: No incidents left \(from the records\)/],
    ['never activated', `triage ${M3_EN} org:fabrikam`, /The benefit isn't activated yet/, /Contract: Never activated \(from the records\)/],
    ['valid contract', `triage ${M3_EN} org:contoso`, /Ignore the message: your contract is already linked/, /This account linked before: Yes \(assumed: ask the partner\)/],
    ['valid, plan not offered', `triage ${M3_EN} in our own subscription, never linked before, and the partner plan is not offered. org:contoso`, /Check the sign-in, then escalate/, /Plan offered in a new request: No, it isn't \(from the pasted text\)/],
  ])('%s (English)', async (_n, command, leaf, evidence) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), command);
    expect(reply).toMatch(leaf);
    expect(reply).toMatch(evidence);
    expect(reply).toMatch(/Suggested reply \(English\):/);
    expect(reply).not.toContain(accessId);
  });

  it.each<[string, string, RegExp]>([
    ['expired', `분류 ${M3_KO} 조직:org-adventure`, /계약이 만료되었거나 남은 인시던트가 없습니다/],
    ['Action Pack', `분류 ${M3_KO} 조직:northwind`, /연결할 클라우드 혜택이 없습니다/],
    ['never activated', `분류 ${M3_KO} 조직:fabrikam`, /아직 혜택이 활성화되지 않았습니다/],
    ['valid', `분류 Azure에서 ${M3_KO} 라고 나옵니다 조직:contoso`, /메시지를 무시하세요/],
  ])('%s (Korean paste: Korean view and a Korean suggested reply)', async (_n, command, leaf) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), command);
    expect(reply).toMatch(leaf);
    expect(reply).toMatch(/기록 기준/);
    expect(reply).toMatch(/추천 답변\(한국어\):/);
  });

  it('a pasted error without an org still gets a most-likely diagnosis and the questions to ask', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), `triage ${M3_EN}`);
    expect(reply).toMatch(/How sure: Low: text quoted whole; the records decided 0 of 6 questions, 5 assumed/);
    expect(reply).toMatch(/Which membership does your company have\?/);
  });
});

describe('staff triage per message: each message its own tree, never the Access-ID advice for another message', () => {
  it.each<[string, string, RegExp[]]>([
    ['M1, activated org', 'triage You are not authorized for this action org:contoso', [/Staff triage: Sign in with an account of the membership side, or ask a colleague for the IDs/, /Message: "You are not authorized for this action" \(Partner Center\)/, /Signed-in account: CSP side only \(assumed: ask the partner\)/, /Which account did you sign in with/]],
    ['M1, org without an offer', 'triage You are not authorized for this action org:tailspin', [/The company has no active membership offer/, /How sure: High/]],
    ['M1, org not activated', 'triage You are not authorized for this action org:fabrikam', [/A membership-side admin has to activate first/]],
    ['M2, org with an offer', "triage Looks like you don't have any benefits yet org:contoso", [/The company has an offer: check the signed-in account/, /Membership: Gold competency \(from the records\)/]],
    ['M4, Support for Business', 'triage Support for Business shows "Support plan cannot be used for the specified product" org:contoso', [/This product version isn't covered/, /Only checking balances: No, a real request \(assumed: ask the partner\)/]],
    ['M4 while reading balances', 'triage checking the balance, SfB says Support plan cannot be used for the specified product org:contoso', [/Expected while reading balances: harmless/]],
    ['M5, used-up Signature pack', 'triage This support plan has no remaining incidents org:litware', [/The plan has no incidents left/, /Plans: A plan has no incidents left \(from the records\)/]],
    ['M5, last year’s contract', 'triage This support plan has expired org:adventure', [/The contract has expired/, /What the records show\n! The records show the membership renewed on [\d-]+, but the registered contract is last year's/]],
    ['M3, Action Pack asking about cloud', 'triage This Access ID is already associated to an account org:northwind', [/There is no cloud benefit to link/, /The records show Microsoft Action Pack, which has no cloud \(Signature\) support/]],
    ['a UI label', 'triage the partner is stuck at Add Contract org:contoso', [/How to add the contract in Support for Business/]],
  ])('%s', async (_n, command, patterns) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), command);
    for (const p of patterns) expect(reply).toMatch(p);
    expect(reply).not.toMatch(/Ignore the message/);
    expect(reply).toMatch(/Suggested reply \(English\):/);
  });

  it.each<[string, RegExp[]]>([
    ['분류 이 작업에 대한 권한이 없습니다. 조직:contoso', [/담당자 진단: 멤버십 측 계정으로 로그인하시거나 동료에게 ID를 받으세요/, /추천 답변\(한국어\):/, /로그인 계정: CSP 측 계정만 \(가정: 파트너에게 확인 필요\)/]],
    ['분류 아직 혜택이 없는 것 같습니다. 조직:tailspin', [/회사에 유효한 멤버십 오퍼가 없습니다/, /기록 기준/]],
    ['분류 이 지원 플랜은 만료되었습니다 조직:adventure', [/계약이 만료되었습니다/]],
  ])('Korean: %s', async (command, patterns) => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), command);
    for (const p of patterns) expect(reply).toMatch(p);
    expect(reply).not.toMatch(/메시지를 무시하세요/);
  });

  it.each<[string, RegExp]>([
    ['triage our printer is on fire org:contoso', /Suggested reply \(English\):\n! To find the cause, could you send me the exact text/],
    ['분류 프린터에서 연기가 나요', /추천 답변\(한국어\):\n! 원인을 확인하려면/],
  ])('an unknown message gets no diagnosis, only what to ask: %s', async (command, reply) => {
    const { bot, store } = await makeBot();
    const text = await ask(chatAs(bot, 'staff'), command);
    expect(text).toMatch(/Unknown message: no diagnosis|알 수 없는 메시지: 진단하지 않음/);
    expect(text).toMatch(reply);
    expect(text).not.toMatch(/How sure|확실성/);
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'staff-triage', reason: 'unknown-message' });
  });
});

describe('staff lookup and reveal', () => {
  it('lookup masks the IDs to the last four characters and is audited', async () => {
    const { bot, store } = await makeBot();
    const reply = await ask(chatAs(bot, 'staff'), 'lookup contoso');
    expect(reply).toMatch(/Contoso Cloud Partners \(org-contoso\)/);
    expect(reply).toContain('••••3398');
    expect(reply).not.toContain(contractId);
    expect(reply).not.toContain(accessId);
    expect(reply).toMatch(/diego\.siciliani@contoso\.example \(work\), Support for Business/);
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'staff-lookup', outcome: 'ok', orgId: DEMO.orgs.contoso, actor: { channel: 'console', user: 'staff', userId: DEMO.users.staff } });
  });

  it('reveal shows them in a private chat only, and is audited', async () => {
    const { bot, store } = await makeBot();
    expect(await ask(chatAs(bot, 'staff'), 'reveal org-contoso')).toContain(contractId);
    expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'staff-reveal', outcome: 'ok', orgId: DEMO.orgs.contoso });
    const inChannel = chatAs(bot, 'staff', { conversation: { id: 'staff-room', isGroup: true, conversationType: 'channel', name: 'staff' } });
    const reply = await ask(inChannel, 'reveal org-contoso');
    expect(reply).toMatch(/Reveal only in a private chat/);
    expect(reply).not.toContain(contractId);
  });

  it('"lost their contract id, whats the id?" keeps the IDs masked, in a private chat and in a channel ("reveal" shows them)', async () => {
    const { bot, store } = await makeBot();
    for (const adapter of [chatAs(bot, 'staff'), chatAs(bot, 'staff', { conversation: { id: 'staff-room', isGroup: true, conversationType: 'channel', name: 'staff' } })]) {
      const reply = await ask(adapter, 'contoso lost their contract id, whats the id?');
      expect(reply).toContain('••••3398');
      expect(reply).not.toContain(contractId);
      expect(reply).not.toContain(accessId);
    }
    expect((await store.listAudit()).some((a) => a.action === 'staff-reveal')).toBe(false);
  });

  it('lookup shows what the records show (Litware: the Signature 5pack used up)', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'staff'), 'lookup litware')).toMatch(/What the records show\n! The records show Partner Signature 5pack used up: all 5 incidents are gone/);
  });

  it('unknown and ambiguous orgs are named as such', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'staff'), 'lookup nowhere')).toMatch(/No organization matches "nowhere"/);
    expect(await ask(chatAs(bot, 'staff'), 'lookup in')).toMatch(/Several organizations match[\s\S]*org-tailspin[\s\S]*org-litware/);
  });
});

describe('staff commands are refused to everyone else, and the refusal is audited', () => {
  it.each(['triage access id already associated org:contoso', 'lookup contoso', 'reveal contoso', 'tickets', 'claim 1', 'note 1 hello', 'resolve 1 done', 'unanswered', 'announce here', '티켓', '조회 contoso'])(
    '%s',
    async (command) => {
      const { bot, store } = await makeBot();
      const reply = await ask(chatAs(bot, 'contoso-admin'), command);
      expect(reply).toMatch(/Support staff only|지원 담당자 전용입니다/);
      expect(reply).not.toContain(contractId);
      expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'staff-command', outcome: 'denied', actor: { userId: DEMO.users.contosoAdmin } });
    },
  );

  it('everyday sentences that start with a command word are not commands', async () => {
    const { bot } = await makeBot();
    expect(await ask(chatAs(bot, 'contoso-user'), 'note that we use azure')).not.toMatch(/Support staff only/);
  });
});

describe('handoff queue', () => {
  it('a partner asks for a person, staff claim, note and resolve, and the reply reaches the partner', async () => {
    const { bot, store } = await makeBot();
    const partner = chatAs(bot, 'contoso-user');
    bot.registerChannel('console', resumeOn(partner));
    const [, handed] = await converse(partner, [`Azure says ${M3_EN} ${accessId}`, 'I want to talk to a person']);
    expect(handed?.join()).toMatch(/ticket #1/);
    const ticket = await store.getTicket(1);
    expect(ticket).toMatchObject({ orgId: DEMO.orgs.contoso, userId: DEMO.users.contosoUser, locale: 'en', status: 'open' });
    expect(JSON.stringify(ticket)).not.toContain(accessId);
    expect(ticket?.summary.join(' ')).toMatch(/\[redacted\]/);
    // The partner's problem, without the request for a person, and what the bot had answered.
    expect(ticket?.problem).toBe(`Azure says ${M3_EN} [redacted]`);
    expect(ticket?.answers?.join('\n')).toMatch(/Ignore the message: your contract is already linked/);
    expect(await ask(partner, 'ticket')).toMatch(/Ticket #1: waiting for a person[\s\S]*Your question: Azure says This Access ID/);

    const staff = chatAs(bot, 'staff');
    const [list, claimed, noted] = await converse(staff, ['tickets', 'claim 1', 'note 1 asked for a screenshot']);
    expect(list?.join()).toMatch(/Open tickets: 1[\s\S]*#1 · open[\s\S]*Azure says This Access ID/);
    expect(claimed?.join()).toMatch(/You have ticket #1/);
    expect(claimed?.join()).toMatch(/Problem: Azure says This Access ID is already associated[\s\S]*Bot answered: Ignore the message: your contract is already linked[\s\S]*Support contract: active, valid until/);
    expect(await ask(partner, 'ticket')).toMatch(/Ticket #1: Patti Fernandez is working on it/);
    expect(noted?.join()).toMatch(/Note added to ticket #1/);
    partner.activeQueue.splice(0);
    const [resolved] = await converse(staff, ['resolve 1 Please ignore the message and use + New support request.']);
    expect(resolved?.join()).toMatch(/Ticket #1 resolved\n/);
    expect(partner.activeQueue.map((a) => a.text).join()).toMatch(/Reply from our support team \(ticket #1\)[\s\S]*Please ignore the message/);
    expect((await store.listAudit()).map((a) => a.action)).toEqual(expect.arrayContaining(['ticket-create', 'ticket-claim', 'ticket-note', 'ticket-resolve', 'ticket-status']));
    expect(await ask(partner, 'ticket')).toMatch(/Ticket #1 is resolved[\s\S]*Patti Fernandez answered on 2021-06-15:\nPlease ignore the message/);
  });

  it('ticket status only ever shows the asker’s own ticket; without one it says how to get one', async () => {
    const { bot } = await makeBot();
    await converse(chatAs(bot, 'contoso-user'), ['our plan expired in support for business', 'talk to a person']);
    expect(await ask(chatAs(bot, 'fabrikam-user'), '티켓상태')).toMatch(/접수된 티켓이 없습니다/);
    expect(await ask(chatAs(bot, 'stranger'), 'ticket')).toMatch(/You have no ticket with us/);
    expect(await ask(chatAs(bot, 'contoso-user'), 'ticket')).toMatch(/Ticket #1: waiting for a person[\s\S]*our plan expired in support for business/);
  });

  it('staff see what the org’s records show on the ticket (Adventure Works: renewed, still on last year’s contract)', async () => {
    const { bot } = await makeBot();
    await converse(chatAs(bot, 'adventure-user'), ['우리 계약이 만료됐다고 나와요', '상담원과 얘기하고 싶어요']);
    const claimed = await ask(chatAs(bot, 'staff'), 'claim 1');
    expect(claimed).toMatch(/Problem: 우리 계약이 만료됐다고 나와요/);
    expect(claimed).toMatch(/Records: The records show the membership renewed on [\d-]+, but the registered contract is last year's/);
  });

  it('a Korean partner gets the ticket number and the staff reply in Korean', async () => {
    const { bot } = await makeBot();
    const partner = chatAs(bot, 'fabrikam-user');
    bot.registerChannel('console', resumeOn(partner));
    expect(await ask(partner, '상담원과 얘기하고 싶어요')).toMatch(/티켓 #1/);
    expect(await ask(partner, '티켓상태')).toMatch(/티켓 #1: 담당자 배정을 기다리고 있습니다/);
    partner.activeQueue.splice(0);
    await converse(chatAs(bot, 'staff'), ['resolve 1 활성화는 관리자가 해야 합니다.']);
    expect(partner.activeQueue.map((a) => a.text).join()).toMatch(/지원팀 답변\(티켓 #1\)[\s\S]*활성화는 관리자가/);
    expect(await ask(partner, '내티켓')).toMatch(/티켓 #1이\(가\) 해결되었습니다[\s\S]*Patti Fernandez 님이 2021-06-15에 답변했습니다:\n활성화는 관리자가/);
  });

  it('the same message delivered twice files one ticket', async () => {
    const { bot, store } = await makeBot();
    const partner = chatAs(bot, 'contoso-user');
    for (let i = 0; i < 2; i++) await partner.send({ type: 'message', id: 'same-activity', text: 'talk to a person' }).startTest();
    expect(await store.listTickets()).toHaveLength(1);
  });

  it('new tickets are announced in the conversation staff chose', async () => {
    const { bot } = await makeBot();
    const room = chatAs(bot, 'staff', { conversation: { id: 'staff-room', isGroup: true, conversationType: 'channel', name: 'staff' } });
    bot.registerChannel('console', resumeOn(room));
    expect(await ask(room, 'announce here')).toMatch(/New tickets will be announced here/);
    room.activeQueue.splice(0);
    await ask(chatAs(bot, 'northwind-user'), 'talk to a person');
    expect(room.activeQueue.map((a) => a.text).join()).toMatch(/New ticket #1 from Miriam Graham \(org-northwind\)/);
  });

  it('resolving a ticket whose conversation cannot be reached says so', async () => {
    const { bot } = await makeBot();
    await ask(chatAs(bot, 'contoso-user'), 'talk to a person');
    expect(await ask(chatAs(bot, 'staff'), 'resolve 1 done')).toMatch(/resolved, but the reply was not delivered/);
  });
});

describe('unanswered questions and the rate limit', () => {
  it('keeps what the bot could not answer, redacted, and shows staff the most frequent', async () => {
    const { bot } = await makeBot();
    const partner = chatAs(bot, 'stranger');
    await converse(partner, ['what is the weather in seattle', 'what is the weather in seattle', `tell me a joke about 7741203398`]);
    const reply = await ask(chatAs(bot, 'staff'), 'unanswered');
    expect(reply).toMatch(/×2: what is the weather in seattle/);
    expect(reply).not.toContain('7741203398');
  });

  it('answers politely when someone sends too fast', async () => {
    const { bot } = await makeBot({ rateLimit: { turns: 2, windowMs: 60_000 } });
    const turns = await converse(chatAs(bot, 'stranger'), ['help', 'help', 'help']);
    expect(turns[2]?.join()).toMatch(/One moment, please/);
    expect(await ask(chatAs(bot, 'contoso-user'), 'help')).toMatch(/How can I help/);
  });
});
