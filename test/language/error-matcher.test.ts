import { describe, expect, it } from '@jest/globals';
import { programSchema } from '../../src/core/catalog-schema.js';
import { mpn2021 } from '../../src/core/programs/mpn-2021.js';
import { matchError } from '../../src/language/error-matcher.js';

const program = programSchema.parse(mpn2021);

describe('matchError', () => {
  const errors = program.messages.filter((m) => m.kind === 'error');
  const labels = program.messages.filter((m) => m.kind === 'label');
  it.each(errors.flatMap((m) => [...m.variants.en, ...m.variants.ko, ...m.shortForms.en, ...m.shortForms.ko].map((w) => [m.id, w] as const)))(
    '%s: recognizes its own wording %j exactly',
    (id, wording) => {
      expect(matchError(wording, program)).toMatchObject({ messageId: id, exact: true, score: 1 });
    },
  );

  it.each(labels.flatMap((m) => [...m.variants.en, ...m.variants.ko].map((w) => [m.id, w] as const)))('UI label %s: %j only when labels are asked for', (id, wording) => {
    expect(matchError(wording, program, { labels: true })).toMatchObject({ messageId: id, exact: true });
    expect(matchError(wording, program)?.messageId).not.toBe(id);
  });

  it.each([
    ['m3', 'already-associated', 'Azure said: "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID." what now?'],
    ['m3', 'already-associated', 'Access ID is already associated …'],
    ['m3', 'already-associated', '이 액세스 ID는 이미 계정에 연결 되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에 게 문의 하세요.'],
    ['m1', 'not-authorized', '이작업에대한권한이없습니다'],
    ['m1', 'not-authorized', 'Partner Center says: You are not authorized for this action'],
    ['m2', 'no-benefits', 'Looks like you don’t have any benefits yet'],
    ['m2', 'no-benefits', 'looks like you dont have any benefits yet'],
    ['m4', 'plan-not-for-product', 'Support plan cannot be used for the specified product.'],
  ])('%s: finds a pasted message in %j (quotes, ellipses, spacing and extra words do not matter)', (id, meaning, text) => {
    expect(matchError(text, program)).toMatchObject({ messageId: id, meaning, exact: true });
  });

  it.each([
    ['m3', 'already associated to an account'],
    ['m3', 'access id is allready asociated'],
    ['m3', '액세스 ID가 이미 연결되어 있다고 나와요'],
    ['m3', '이미 계정에 연결 되어 있습니다 라는 오류'],
    ['m1', 'You are not authorised for this action'],
    ['m2', 'Looks like you don\'t have benefits yet'],
    ['m2', '혜택이 없는 거 같습니다'],
    ['m4', 'cannot be used for the specif'],
  ])('%s: matches a partial paste or a paraphrase with typos: %j', (id, text) => {
    const match = matchError(text, program);
    expect(match).toMatchObject({ messageId: id, exact: false });
    expect(match?.score).toBeGreaterThanOrEqual(0.6);
    expect(match?.score).toBeLessThanOrEqual(1);
  });

  it.each([
    'how many incidents do we have left',
    'where is our access id',
    'give me access id',
    'how do i link support benefits in the azure portal',
    'what is the weather',
    'account',
    '혜택 활성화 해주세요',
    '액세스 ID 어디서 확인해요?',
    '점심 뭐 먹지',
    '',
    // Words the message shares, not a piece of it ("Support plan cannot be used for the specified product").
    'and product support',
    'product support',
    // A Korean term with its particle is shared too ("액세스 ID가 …", "…남은 인시던트가 없음"): a question, not a paste.
    '액세스 ID가 뭐예요?',
    '남은 인시던트 몇 개?',
    '남은인시던트몇건',
    // A common word of a short wording ("TAM message") is not that wording: a forwarded mail's header.
    '---------- Forwarded message ---------',
  ])('does not take unrelated text for an error: %j', (text) => {
    expect(matchError(text, program)).toBeUndefined();
  });
});
