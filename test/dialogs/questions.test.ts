import { describe, expect, it } from '@jest/globals';
import { questionParts } from '../../dialogs/questions.js';
import { ask, chatAs, makeBot } from './harness.js';

describe('questionParts: the parts of a message that ask something', () => {
  it.each([
    ['where are our IDs? and how many incidents are left?', ['where are our IDs?', 'how many incidents are left?']],
    ['액션팩 온프렘 몇 개고, 활성화는 누가 해요?', ['액션팩 온프렘 몇 개고', '활성화는 누가 해요?']],
    ['hi team, we are a Gold partner. our dev could not find the IDs — do I need to activate something first?', ['do I need to activate something first?']],
    ['thanks!\nhow many incidents do we have left?', ['how many incidents do we have left?']],
  ])('%s', (text, parts) => {
    expect(questionParts(text)).toEqual(parts);
  });

  it('a one-sentence message has no parts (it is read whole)', () => {
    expect(questionParts('how many incidents does Gold give us and our partners every year')).toEqual([]);
    // "number?" asks for the number of the sentence before it (no question about "numbers" of its own).
    expect(questionParts('Contoso is asking how many on-prem incidents they have left. number?')).toEqual([]);
  });

  it('"… and who / and how …" and "…몇 건이고 …" join two questions in one sentence', () => {
    expect(questionParts('how many incidents does Gold give and who can activate them')).toEqual(['how many incidents does Gold give', 'who can activate them']);
    expect(questionParts('who can activate, and how long is the contract valid?')).toEqual(['who can activate', 'how long is the contract valid?']);
    expect(questionParts('골드면 몇 건이고 활성화는 누가 해요?')).toEqual(['골드면 몇 건이고', '활성화는 누가 해요?']);
  });

  it('a greeting or an announcement of the questions is no question; listed items ask, even without a question mark', () => {
    expect(questionParts('안녕하십니까. 다음을 문의드립니다.\n1) Partner Cloud Support 남은 건수\n2) 중복으로 종료된 요청은 환불되었습니까?')).toEqual(['Partner Cloud Support 남은 건수', '중복으로 종료된 요청은 환불되었습니까?']);
    expect(questionParts('@Partner Support 2 things: 1) do our IDs need to be entered every time? 2) where do I see how many are left')).toEqual(['do our IDs need to be entered every time?', 'where do I see how many are left']);
    expect(questionParts("hi. 3 quick ones: how many on-prem incidents do we have left, what's our contract ID, and when does it expire?")).toEqual(['3 quick ones: how many on-prem incidents do we have left', "what's our contract ID", 'when does it expire?']);
  });

  it('"가. … 나. … 다. …" and "1. … 2. …" list items ask; the sentences around a list are context', () => {
    expect(questionParts('실버 역량을 취득하는 경우를 가정하여 문의드립니다.\n가. 온프레미스 인시던트는 몇 건인지\n나. 클라우드 인시던트는 몇 건인지\n다. Microsoft 365 지원 요청도 가능한지\n\n검토 부탁드립니다.')).toEqual(['온프레미스 인시던트는 몇 건인지', '클라우드 인시던트는 몇 건인지', 'Microsoft 365 지원 요청도 가능한지']);
    expect(questionParts('Two questions:\n1. how many incidents does gold get?\n2. where are our IDs?')).toEqual(['how many incidents does gold get?', 'where are our IDs?']);
  });

  it('reads only the opening of a long message and at most three questions', () => {
    const many = Array.from({ length: 50 }, (_, i) => `question ${i} what?`).join(' ');
    expect(questionParts(many)).toHaveLength(3);
    expect(questionParts(`${'x'.repeat(2_000)}. where are the IDs?`)).toEqual([]);
  });
});

describe('a message that asks two things gets both answers', () => {
  it('an on-premises count and who activates, in Korean (the Action Pack count, then the admin by name)', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'northwind-admin'), '액션팩 온프렘 몇 개고, 활성화는 누가 해요?');
    expect(reply).toMatch(/인시던트 10개[\s\S]*Lynne Robbins: MPN 파트너 관리자/);
  });

  it('the balance and the IDs, the IDs (which may ask back) last', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-user'), 'where are our IDs? and how many incidents are left?');
    expect(reply).toMatch(/20 incidents, 18 left[\s\S]*Your Access ID and Contract ID/);
  });

  it('line breaks end a question: two lines without punctuation are two questions', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'contoso-mpn'), 'do our IDs need entering every time someone opens a ticket\nwhere do I see how many are left');
    expect(reply).toMatch(/once[\s\S]*18 left|18 left[\s\S]*once/);
  });

  it('a vague question after the context ("What are my options?") leaves the reading to the whole message', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'stranger'), 'Our Exchange version is too old for the partner benefit. What are my options?');
    expect(reply).toMatch(/Which products are covered[\s\S]*pay-per-incident/);
    expect(reply).not.toMatch(/How can I help\?/);
  });

  it('context sentences before the question do not decide what is answered', async () => {
    const { bot } = await makeBot();
    const text = "hi team, we're a small Action Pack partner and I'm the MPN partner admin. last week our dev tried to open a case and nobody could find the IDs — do I need to activate something first?";
    const reply = await ask(chatAs(bot, 'northwind-admin'), text);
    expect(reply).toMatch(/How to activate the technical support benefits/);
    expect(reply).not.toMatch(/Cloud Solution Provider/);
  });
});
