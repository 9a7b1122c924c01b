import { describe, expect, it } from '@jest/globals';
import type { Recognition } from '../../dialogs/deps.js';
import { routeTurn, type TurnDecision } from '../../dialogs/route-turn.js';
import type { LastTopic } from '../../dialogs/turn.js';

/** A recognizer reading, as the classifier would give it. */
function reading(intent: string, score = 0.9, extra: Partial<Recognition> = {}): Recognition {
  return { locale: 'en', intent, score, alternatives: [], ambiguous: false, entities: { competencies: [] }, ...extra };
}
const gold: Recognition['entities'] = { offer: 'gold', competencies: [] };
const silver: Recognition['entities'] = { offer: 'silver', competencies: [] };
const actionPack: Recognition['entities'] = { offer: 'action-pack', competencies: [] };

const topic = (d: TurnDecision) => (d.kind === 'answer' ? d.ask.topic : d.kind);

describe('routeTurn: a short follow-up is read against the last answer, anything else is a new question', () => {
  const benefits: LastTopic = { topic: 'check-benefits', offer: 'gold', competencies: ['security'] };
  const error: LastTopic = { topic: 'access-id-error', facts: { customerSubscription: 'no' } };

  it.each<[string, string, LastTopic | undefined, Recognition, Partial<Extract<TurnDecision, { kind: 'answer' }>['ask']>]>([
    ['"and silver?" keeps the benefits topic with the new offer', 'and silver?', benefits, reading('check-benefits', 0.7, { entities: silver }), { topic: 'check-benefits', offer: 'silver', followUp: true }],
    ['"그럼 액션팩은요?" after the error applies the offer to the error', '그럼 액션팩은요?', error, reading('check-benefits', 0.9, { entities: actionPack }), { topic: 'access-id-error', offer: 'action-pack' }],
    ['"why?" asks why about the last topic, keeping its offer', 'why?', benefits, reading('access-id-error', 0.5), { topic: 'check-benefits', aspect: 'why', offer: 'gold' }],
    ['"왜요?" too', '왜요?', error, reading('none', 0.2), { topic: 'access-id-error', aspect: 'why' }],
    ['"what about for Azure?" after benefits is its cloud part', 'what about for Azure?', benefits, reading('link-azure', 0.9), { topic: 'check-benefits', aspect: 'cloud', offer: 'gold' }],
    ['a typed case fact continues the error, merged with the earlier ones', 'the contract expired', error, reading('plan-expired', 0.95), { topic: 'access-id-error', facts: { customerSubscription: 'no', contractStatus: 'expired' } }],
    ['"우리 회사 구독이요" continues the error', '우리 회사 구독이요', { topic: 'access-id-error' }, reading('none', 0.3), { topic: 'access-id-error', facts: { customerSubscription: 'no' } }],
    ['"dunno" keeps the error without a new fact', 'dunno', { topic: 'access-id-error' }, reading('none', 0.1), { topic: 'access-id-error' }],
    ['pushback about the admin role is about activation', "but I'm a global admin", { topic: 'get-ids' }, reading('none', 0.4), { topic: 'activate', aspect: 'pushback' }],
    ['a confident new question is not a follow-up', 'how many incidents do we have left?', benefits, reading('remaining-incidents', 0.97), { topic: 'remaining-incidents', followUp: false }],
    ['a case fact asked as a question is a new question', 'what happens when the contract expired?', error, reading('plan-expired', 0.95), { topic: 'plan-expired' }],
    ['the offer stated with the error goes into its facts', 'We are Gold and Azure says the access id is already associated', undefined, reading('access-id-error', 1, { entities: gold }), { topic: 'access-id-error', facts: { location: 'azure-link', offer: 'gold' } }],
    ['a bare "where?" continues the last answer', 'where?', { topic: 'link-azure' }, reading('none', 0.3), { topic: 'link-azure', followUp: true }],
    ['"온프렘은요?" continues the balance answer', '온프렘은요?', { topic: 'remaining-incidents' }, reading('none', 0), { topic: 'remaining-incidents' }],
    ['"그래도 안 되는데요" after the error stays on the error', '그래도 안 되는데요', error, reading('none', 0), { topic: 'access-id-error' }],
    ['"which one covers on-prem?" chooses among the last answer', 'which one covers on-prem products?', { topic: 'paid-plans' }, reading('supported-products', 0.99), { topic: 'paid-plans' }],
    ['"how long does that take" keeps activation when its words fit it too', 'how long does that take', { topic: 'activate' }, reading('validity', 1, { alternatives: [{ intent: 'activate', score: 0.6 }] }), { topic: 'activate' }],
    ['"what about in the current program?" after Gold is what Gold is called now', 'what about in the current program?', benefits, reading('none', 0.35), { topic: 'renamed', offer: 'gold' }],
    ['a Gold count question is what Gold includes, not a balance', 'how many azure tickets with gold', undefined, reading('remaining-incidents', 0.9, { entities: gold }), { topic: 'check-benefits', offer: 'gold' }],
    ['a current offer named in a count question is the current program', 'Partner Success Core는 인시던트 몇 개예요?', undefined, reading('remaining-incidents', 0.9, { entities: { competencies: [], currentOffer: 'partner-success-core' } }), { topic: 'current-program' }],
    ['"we do have Silver" after no benefits is the wrong-account case', 'we do have a silver membership', { topic: 'no-benefits' }, reading('check-benefits', 0.9, { entities: silver }), { topic: 'no-benefits' }],
    ['pushback after the error is answered by the error', "but I'm a global admin", error, reading('none', 0.4), { topic: 'access-id-error' }],
    ['"do I need to link our Contract ID first?" is a step before the last procedure', 'do I need to link our Contract ID first?', { topic: 'csp-customer' }, reading('ids-usage', 0.71), { topic: 'csp-customer' }],
    ['"linked ok. now how do I open the ticket?" is the next step of the same procedure', 'linked ok. now how do i open the ticket?', { topic: 'link-azure' }, reading('none', 0.5), { topic: 'link-azure' }],
    ['"계정 바꾸는 건 어디서요?" after no benefits is the wrong-account fix', '계정 바꾸는 건 어디서요?', { topic: 'no-benefits' }, reading('none', 0.49, { alternatives: [{ intent: 'msa-allowed', score: 0.49 }] }), { topic: 'no-benefits' }],
    ['a short question with only a weak guess stays on the last answer', 'is that per year?', { topic: 'validity' }, reading('none', 0.5, { alternatives: [{ intent: 'tpd', score: 0.5 }] }), { topic: 'validity' }],
    ['"그럼 온프렘은 몇 건이에요?" after the Azure answer is the membership\'s on-premises count', '그럼 온프렘은 몇 건이에요?', { topic: 'link-azure', offer: 'action-pack' }, reading('none', 0.4), { topic: 'check-benefits', offer: 'action-pack' }],
    ['"온프렘은?" after a balance is the same balance', '온프렘은?', { topic: 'remaining-incidents' }, reading('supported-products', 0.7), { topic: 'remaining-incidents' }],
    ['"wait sorry, I meant on-prem" corrects the last question', 'wait sorry, I meant on-prem', { topic: 'cloud-competencies', offer: 'silver', competencies: ['cloud-productivity'] }, reading('none', 0), { topic: 'check-benefits', offer: 'silver' }],
    ['"that can\'t be right, silver gets 5" asks why the balance is what it is', "that can't be right, silver gets 5", { topic: 'remaining-incidents' }, reading('check-benefits', 0.9, { entities: silver }), { topic: 'remaining-incidents', aspect: 'why' }],
    ['"기다렸다 다시 하면 되나요?" is about the last answer\'s problem', '기다렸다 다시 하면 되나요?', { topic: 'not-authorized' }, reading('none', 0.1), { topic: 'not-authorized' }],
    ['"누가 했는지 알 수 있어요?" after activation is about the admins', '누가 했는지 알 수 있어요?', { topic: 'activate' }, reading('ids-usage', 0.6), { topic: 'activate' }],
    ['"누가 해야 돼요?" after a balance that said "not activated" asks who activates', '누가 해야 돼요?', { topic: 'remaining-incidents' }, reading('ids-usage', 0.55), { topic: 'activate' }],
    ['"우리 회사는요?" after a question about Gold is the speaker\'s own organization', '우리 회사는요?', { topic: 'check-benefits', offer: 'gold' }, reading('none', 0.3), { topic: 'check-benefits', offer: undefined }],
    ['"and the cloud ones?" after "until when?" is the cloud part of the balance asked before', '클라우드 쪽은요?', { topic: 'validity', before: 'remaining-incidents' }, reading('cloud-competencies', 0.76), { topic: 'remaining-incidents' }],
    ['"I\'m just a normal user, can I do it?" after the CSP answer is about that answer (its role)', "I'm just a normal user, can I do it?", { topic: 'csp-customer' }, reading('get-ids', 0.8), { topic: 'csp-customer' }],
    ['"how do I find out who in our company has that role" after activation stays on activation', 'how do I find out who in our company has that role', { topic: 'activate' }, reading('none', 0), { topic: 'activate' }],
    ['"is that why Azure doesn\'t offer our plan any more?" asks why about the last answer', "is that why Azure doesn't offer our partner plan any more?", { topic: 'remaining-incidents' }, reading('none', 0.41, { alternatives: [{ intent: 'current-program', score: 0.41 }] }), { topic: 'remaining-incidents', aspect: 'why' }],
    ['"why 18? that should be 20" doubts the last answer', "why 18 on-prem? we're Gold, that should be 20", { topic: 'check-benefits' }, reading('check-benefits', 0.76, { entities: gold }), { topic: 'check-benefits', aspect: 'why' }],
    ['"what do we have then?" after "no benefits" is the speaker\'s own benefits', 'what do we have then?', { topic: 'no-benefits' }, reading('none', 0.49, { alternatives: [{ intent: 'help', score: 0.49 }] }), { topic: 'check-benefits', offer: undefined }],
    ['"and success core?" after TPD is that offer\'s advisory hours', 'and success core?', { topic: 'tpd' }, reading('current-program', 1, { entities: { competencies: [], currentOffer: 'partner-success-core' } }), { topic: 'tpd' }],
    ['"we opened 3, why 18 and not 17?" after the balance asks why the balance is what it is', 'we opened 3 on-prem tickets, why 18 and not 17?', { topic: 'remaining-incidents' }, reading('csp-customer', 0.99), { topic: 'remaining-incidents', aspect: 'why' }],
    ['"애저에서도 확인 돼요?" after the balance is about where the balance shows', '애저에서도 확인 돼요?', { topic: 'remaining-incidents' }, reading('link-azure', 0.92), { topic: 'remaining-incidents' }],
    ['"what are the alternatives?" is the next step of the last answer', 'what are the alternatives?', { topic: 'supported-products' }, reading('none', 0), { topic: 'supported-products' }],
  ])('%s', (_name, text, last, recognition, expected) => {
    const decision = routeTurn(text, last, recognition);
    expect(decision.kind).toBe('answer');
    expect(decision.kind === 'answer' ? decision.ask : undefined).toMatchObject(expected);
  });

  it('two close readings: the better one is answered and the other offered', () => {
    const decision = routeTurn('who can see the access id after activation?', undefined, reading('none', 0.83, { ambiguous: true, alternatives: [{ intent: 'activate', score: 0.83 }, { intent: 'get-ids', score: 0.82 }] }));
    expect(decision).toMatchObject({ kind: 'answer', ask: { topic: 'activate', related: ['get-ids'] } });
  });

  it('a guess never hands off to a person (that opens a ticket): the next guess, or the fallback', () => {
    const text = '그거 그냥 아무나 해도 되는 거예요 아니면 정해진 사람만?';
    expect(topic(routeTurn(text, undefined, reading('none', 0.46, { alternatives: [{ intent: 'human', score: 0.46 }] })))).toBe('fallback');
    expect(topic(routeTurn(text, undefined, reading('none', 0.46, { alternatives: [{ intent: 'human', score: 0.46 }, { intent: 'get-ids', score: 0.45 }] })))).toBe('get-ids');
    // Asked outright, it is a hand-off.
    expect(topic(routeTurn('talk to a human please', undefined, reading('human', 0.95)))).toBe('human');
  });

  it('nothing recognised and nothing to follow: the fallback', () => {
    expect(topic(routeTurn('what is for lunch', undefined, reading('none', 0.1)))).toBe('fallback');
    expect(topic(routeTurn('what is for lunch', benefits, reading('none', 0.1)))).toBe('fallback');
  });
});
