import { describe, expect, it } from '@jest/globals';
import { claimsVerdict, CONFIRM } from '../../dialogs/claims.js';
import { loadCatalog, programOf } from '../../src/core/catalog.js';

/** The 2021 program: the on-premises counts are its catalog's. */
const program = programOf(loadCatalog(), 'mpn-2021');

describe('claims put to be confirmed', () => {
  it.each<[string, string[], number, boolean]>([
    ['so only the global admin can activate it, right?', ['only-global'], 0, true],
    ['only admins can see the access id, right?', ['only-admins-see'], 0, true],
    ['전역 관리자만 활성화할 수 있는 거 맞죠?', ['only-global'], 0, true],
    ["quick yes/no so I can brief the team: MPN partner admin = can activate, admin agent = can't, normal users = can see the IDs but not activate. correct?", [], 3, true],
    ['정리하면 이거 맞죠? 활성화는 전역 관리자나 MPN 파트너 관리자만, 관리 에이전트는 불가, 활성화 후 ID는 회사 모든 사용자가 볼 수 있음', [], 3, true],
    ['Gold gives 20 on-prem incidents, right?', [], 1, false],
    ['so gold is 10 on-prem, right?', ['counts'], 0, false],
    ['we have to enter the IDs every time we open a ticket, right?', ['ids-every-time'], 0, false],
    ['1) Gold 20 on-prem, Silver 15, Action Pack 10 on-prem + 5 cloud\n2) only the Global admin can activate\n3) we type Access ID + Contract ID on every ticket\ncorrect?', ['action-pack-cloud', 'only-global', 'ids-every-time'], 2, true],
    ['골드 온프렘 20건, 실버 15건, 액션팩 10건이고, 잔여 건수는 애저 포털에서 확인. 다 맞나요?', ['balance-in-azure'], 3, false],
  ])('%s', (text, wrong, right, roles) => {
    expect(CONFIRM.test(text)).toBe(true);
    expect(claimsVerdict(text, program)).toEqual({ wrong, right, roles });
  });

  it('a claim about the speaker\'s own role is left to the records (pushback), not judged by the rules', () => {
    expect(claimsVerdict("I'm admin agent so I can activate our benefits, correct?", program)).toBeUndefined();
    expect(claimsVerdict('im global admin so i can activate our 10 incidents now right?', program)).toBeUndefined();
  });

  it('a balance or a question without a claim is judged by nothing', () => {
    expect(claimsVerdict("we're Gold so 20 left, right?", program)).toBeUndefined();
    expect(claimsVerdict('how many incidents do we have left, right?', program)).toBeUndefined();
  });
});
