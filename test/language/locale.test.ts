import { describe, expect, it } from '@jest/globals';
import { answerLanguageIn, detectLocale, hangulShare, languageAsked, localeFromHint, textLocale } from '../../src/language/locale.js';

describe('answerLanguageIn', () => {
  it.each([
    ['CSP 고객 Azure 이슈인데 우리 contract ID 써야 돼요? (answer in English, my manager will read it)', 'en'],
    ['Exchange 2013 on-prem 문제인데 지원 받을 수 있나요? English answer pls', 'en'],
    ['how many incidents do we have left? 한국어로 답해 주세요', 'ko'],
    ['what does 혜택 mean in english', undefined],
    ['영어로 된 오류가 떠요', undefined],
  ])('%j asks for %j', (text, locale) => {
    expect(answerLanguageIn(text)).toBe(locale);
  });
});

describe('detectLocale', () => {
  it.each([
    ['how many incidents do we have left', undefined, 'en'],
    ['남은 인시던트 몇 개야?', undefined, 'ko'],
    ['Azure 포털에서 Access ID 오류가 나요', undefined, 'ko'],
    ['Access ID is already associated 오류 뜹니다', undefined, 'ko'],
    ['Advanced Support for Partners가 뭐예요', undefined, 'ko'],
    ['what does 혜택 mean in the portal', undefined, 'en'],
    ['12345 !!!', undefined, 'en'],
    // A whole English question beside Korean is asked in English; Korean questions with English words stay Korean.
    ['Support for Business에서 저희 partner plan이 unavailable 아래에 있어요. why is it there?', undefined, 'en'],
    ['what counts as one incident exactly? 한 케이스에 엔지니어랑 여러 번 통화하면 여러 개 차감돼요?', undefined, 'en'],
    ['btw 요즘 program엔 Gold 같은게 없다던데 — what replaced Signature Cloud Support these days?', undefined, 'en'],
    ['remaining incidents 확인하려면 어디서 봐야돼? azure portal에서 봐도 되나', undefined, 'ko'],
    ['애저에서 This Access ID is already associated to an account? 이렇게 떠요 왜 그래요?', undefined, 'ko'],
    ['', undefined, 'en'],
  ])('reads the language of %j', (text, hint, expected) => {
    expect(detectLocale(text, hint)).toBe(expected);
  });

  it.each([
    ['ko-KR', 'how many incidents', 'ko'],
    ['ko', 'hello', 'ko'],
    ['en-US', '남은 인시던트', 'en'],
    ['en_GB', '남은 인시던트', 'en'],
  ])('lets a supported hint %s win over the text', (hint, text, expected) => {
    expect(detectLocale(text, hint)).toBe(expected);
  });

  it('ignores hints for languages it does not speak', () => {
    expect(detectLocale('남은 인시던트', 'ja-JP')).toBe('ko');
    expect(detectLocale('incidents left', 'fr-FR')).toBe('en');
    expect(localeFromHint('de')).toBeUndefined();
    expect(localeFromHint(undefined)).toBeUndefined();
  });

  it('measures Hangul in letters, not characters', () => {
    expect(hangulShare('abc')).toBe(0);
    expect(hangulShare('가')).toBe(1);
    // 한 = ㅎ ㅏ ㄴ (3 letters) next to 3 Latin letters.
    expect(hangulShare('한 abc')).toBeCloseTo(0.5);
    expect(textLocale('123')).toBe('en');
  });
});

describe('languageAsked', () => {
  it.each<[string, 'en' | 'ko' | undefined]>([
    ['in Korean please', 'ko'],
    ['can you answer that in English?', 'en'],
    ['한국어로 다시 답해 주세요', 'ko'],
    ['영어로 해주세요', 'en'],
    ['Korean version of the reply for the customer please', 'ko'],
    // A language named in a question about something else is not a request.
    ['영어로 된 오류가 떠요', undefined],
    ['what is korean support', undefined],
    ['how many incidents do we have left?', undefined],
    // A reason beside the request is fine; a sentence that brings its own question is the question (staff drafting a reply).
    ["Sorry, can you answer in English? My colleague's manager needs to read it.", 'en'],
    ['그분 영어로 답장 받길 원하세요. 영어로 써주세요', 'en'],
    ['콘토소 admin이 남은 인시던트를 직접 어디서 확인하냐고 물어요. 한국어로 답장 써주세요', undefined],
    ['Tailspin 에서 "아직 혜택이 없는 것 같습니다." 라고 뜬대요. 한국어로 답장 써주세요', undefined],
  ])('"%s" → %s', (text, locale) => {
    expect(languageAsked(text)).toBe(locale);
  });
});
