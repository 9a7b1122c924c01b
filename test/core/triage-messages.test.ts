import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { assessCase } from '../../src/core/staff.js';
import { factsFromRecords, treeFor, type TriageFacts } from '../../src/core/triage.js';
import type { OrgRecord } from '../../src/core/types.js';
import { matchError } from '../../src/language/error-matcher.js';
import { NOW, entries, orgRecord } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;

/** Orgs whose records decide the leaves (membership 2021-01-01 … 2021-12-31, NOW 2021-06-15). */
const orgs = {
  valid: orgRecord({ activated: {} }),
  none: orgRecord({ offer: null }),
  notActivated: orgRecord({}),
  expired: orgRecord({ activated: { at: '2020-04-01T00:00:00.000Z', expiresAt: '2021-04-01T00:00:00.000Z' } }),
  actionPack: orgRecord({ offer: 'action-pack', competencies: [], activated: {} }),
  onPremUsedUp: orgRecord({ offer: 'action-pack', competencies: [], activated: {}, ledger: entries('product-support', 10) }),
  hybridUsedUp: orgRecord({ offer: 'silver', competencies: ['messaging'], activated: {}, ledger: entries('signature-hybrid', 5) }),
} satisfies Record<string, OrgRecord>;
type OrgName = keyof typeof orgs;

/** Each message as partners paste it, in English and in Korean (facts.md §2 wordings and variants). */
const texts: Record<string, { en: string; ko: string }> = {
  m1: { en: 'Partner Center says: You are not authorized for this action', ko: '파트너 센터에서 "이 작업에 대 한 권한이 없습니다." 라고 나와요' },
  m2: { en: "Looks like you don't have any benefits yet", ko: '아직 혜택이 없습니다.' },
  m3: { en: 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.', ko: '이 액세스 ID는 이미 계정에 연결 되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에 게 문의 하세요.' },
  m4: { en: 'Support plan cannot be used for the specified product', ko: '지원 플랜을 지정한 제품에 사용할 수 없습니다' },
  m5: { en: 'SfB: This support plan has expired', ko: '이 지원 플랜은 만료되었습니다' },
  'ui-activate': { en: 'the partner cannot click Activate', ko: '활성화 버튼이 안 눌려요' },
  'ui-switch-account': { en: 'they tried Sign in with another account', ko: '다른 계정으로 로그인 해 봤어요' },
  'ui-add-contract': { en: 'stuck at Add Contract', ko: '계약 추가 단계에서 막혔어요' },
  'ui-unavailable-plans': { en: 'our plan shows under Unavailable support plans', ko: '사용할 수 없는 지원 플랜에 나와요' },
  'ui-link-benefits': { en: 'where is Link support benefits', ko: '지원 혜택 연결 어디서 하나요' },
  'ui-csp-plan': { en: 'which Cloud Solution Provider support plan', ko: '클라우드 솔루션 공급자 지원 계획은 뭔가요' },
};

const rows: [string, OrgName, TriageFacts, string][] = [
  ['m1', 'none', {}, 'no-active-offer'],
  ['m1', 'valid', {}, 'csp-ask-colleague'],
  ['m1', 'notActivated', {}, 'csp-admin-activates'],
  ['m1', 'expired', {}, 'csp-admin-activates'],
  ['m1', 'valid', { accountSide: 'membership' }, 'membership-refused'],
  ['m2', 'none', {}, 'no-active-offer'],
  ['m2', 'valid', {}, 'wrong-account'],
  ['m2', 'actionPack', {}, 'wrong-account'],
  ['m3', 'valid', { location: 'azure-link' }, 'already-linked'],
  ['m3', 'actionPack', { location: 'azure-link' }, 'no-cloud-benefit'],
  ['m3', 'expired', { location: 'azure-link' }, 'contract-invalid'],
  ['m3', 'hybridUsedUp', { location: 'azure-link' }, 'contract-invalid'],
  ['m3', 'notActivated', { location: 'azure-link' }, 'activate-first'],
  ['m4', 'none', {}, 'no-active-offer'],
  ['m4', 'valid', {}, 'version-not-covered'],
  ['m4', 'valid', { balanceCheck: 'yes' }, 'balance-check-expected'],
  ['m4', 'valid', { planScope: 'cloud' }, 'cloud-plan-on-prem-product'],
  ['m4', 'onPremUsedUp', {}, 'plan-exhausted'],
  ['m4', 'expired', {}, 'plan-expired'],
  ['m4', 'notActivated', {}, 'activate-first'],
  ['m5', 'none', {}, 'no-active-offer'],
  ['m5', 'expired', {}, 'plan-expired'],
  ['m5', 'hybridUsedUp', {}, 'plan-exhausted'],
  ['m5', 'onPremUsedUp', {}, 'plan-exhausted'],
  ['m5', 'notActivated', {}, 'activate-first'],
  ['m5', 'valid', {}, 'records-disagree'],
  ['ui-activate', 'notActivated', {}, 'how-to-activate'],
  ['ui-activate', 'expired', {}, 'how-to-activate'],
  ['ui-activate', 'valid', {}, 'already-activated'],
  ['ui-switch-account', 'valid', {}, 'wrong-account'],
  ['ui-switch-account', 'none', {}, 'no-active-offer'],
  ['ui-add-contract', 'valid', {}, 'how-to-add-contract'],
  ['ui-add-contract', 'onPremUsedUp', {}, 'plan-exhausted'],
  ['ui-unavailable-plans', 'valid', {}, 'signature-unavailable-expected'],
  ['ui-add-contract', 'expired', {}, 'plan-expired'],
  ['ui-add-contract', 'notActivated', {}, 'activate-first'],
  ['ui-unavailable-plans', 'expired', { planScope: 'on-premises' }, 'plan-expired'],
  ['ui-unavailable-plans', 'onPremUsedUp', { planScope: 'on-premises' }, 'plan-exhausted'],
  ['ui-unavailable-plans', 'notActivated', { planScope: 'on-premises' }, 'activate-first'],
  ['ui-unavailable-plans', 'valid', { planScope: 'on-premises' }, 'version-not-covered'],
  ['ui-link-benefits', 'notActivated', {}, 'activate-first'],
  ['ui-link-benefits', 'actionPack', {}, 'no-cloud-benefit'],
  ['ui-link-benefits', 'valid', {}, 'how-to-link'],
  ['ui-link-benefits', 'expired', {}, 'contract-invalid'],
  ['ui-csp-plan', 'valid', {}, 'csp-customer'],
];

describe.each(['en', 'ko'] as const)('staff triage per message (%s wording), the org’s records deciding the leaf', (lang) => {
  it.each(rows)('%s with the %s org, told %j → %s', (messageId, org, told, leaf) => {
    const text = texts[messageId]?.[lang] ?? '';
    const match = matchError(text, program, { labels: true });
    expect(match?.messageId).toBe(messageId);
    const tree = treeFor(program, messageId);
    if (!match || !tree) throw new Error(`no tree for ${messageId}`);
    const records = factsFromRecords(program, orgs[org], undefined, NOW);
    const a = assessCase(tree, { records, told, match });
    expect(a.result.leaf).toBe(leaf);
    // Every step on the path is accounted for: from the records, from the text, or assumed (and asked).
    expect(a.fromRecords.length + a.told.length + a.assumed.length).toBe(a.result.path.length);
    expect(program.sections[a.result.section]).toBeDefined();
  });
});

describe('what every tree covers, and what is not a message', () => {
  it('every message of the program has a tree, and every leaf of every tree is reached by the table', () => {
    for (const m of program.messages) expect(treeFor(program, m.id)).toBeDefined();
    const reached = new Set(rows.map(([m, , , leaf]) => `${program.messages.find((x) => x.id === m)?.tree}/${leaf}`));
    const leaves = Object.entries(program.trees).flatMap(([name, tree]) => Object.keys(tree.leaves).map((l) => `${name}/${l}`));
    const access = new Set(['access-id/other-portal', 'access-id/csp-customer', 'access-id/escalate', 'access-id/add-contract']); // covered in triage.test.ts
    expect(leaves.filter((l) => !reached.has(l) && !access.has(l))).toEqual([]);
  });

  it.each(['The printer in our office is on fire', '프린터에서 연기가 나요', 'hello', 'We get error 0x80070005 when installing'])('"%s" matches no message: no tree, no guess', (text) => {
    expect(matchError(text, program, { labels: true })).toBeUndefined();
  });

  it('labels are matched only when asked for, so everyday questions are not taken for a portal message', () => {
    expect(matchError('how do we activate our benefits?', program)).toBeUndefined();
    expect(matchError('how do we Activate our benefits?', program, { labels: true })?.messageId).toBe('ui-activate');
  });
});

describe('confidence reflects the text match and how much the records decided', () => {
  const tree = treeFor(program, 'm1');
  if (!tree) throw new Error('no m1 tree');
  const records = factsFromRecords(program, orgs.valid, undefined, NOW);

  it('a whole quote with the account told: high; the account assumed: medium; a loose paraphrase too: low', () => {
    expect(assessCase(tree, { records, told: { accountSide: 'csp-only' }, match: { score: 1, exact: true } }).confidence).toBe('high');
    expect(assessCase(tree, { records, told: {}, match: { score: 1, exact: true } }).confidence).toBe('medium');
    const loose = matchError('it says you are not autorized to do this action', program);
    expect(loose).toMatchObject({ messageId: 'm1', exact: false });
    expect(loose && loose.score < 0.85).toBe(true);
    expect(assessCase(tree, { records, told: {}, ...(loose ? { match: loose } : {}) }).confidence).toBe('low');
  });

  it('without records every fact is assumed and asked', () => {
    const a = assessCase(tree, { records: {}, told: {}, match: { score: 1, exact: true } });
    expect(a.assumed.map((s) => s.fact)).toEqual(['offer', 'accountSide', 'contractStatus']);
    expect(a.confidence).toBe('low');
  });
});
