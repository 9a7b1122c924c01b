import { describe, expect, it } from '@jest/globals';
import { KoreanFeaturizer, stripKoreanSuffix } from '../../src/language/korean-features.js';
import { normalizeText, TypoCorrector } from '../../src/language/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['Looks like you don’t have any benefits yet', 'looks like you do not have any benefits yet'],
    ['Looks like you dont have any benefits yet', 'looks like you do not have any benefits yet'],
    ['"Access ID is already associated …"', 'access id is already associated'],
    ['Access ID is already associated...', 'access id is already associated'],
    ['What does N-1 mean?!', 'what does n-1 mean'],
    ['ＡＣＣＥＳＳ　ＩＤ', 'access id'],
    ['  list   your features pls ', 'list your features please'],
    ['- on-premises -', 'on-premises'],
    ['이 작업에 대한 권한이 없습니다.', '이 작업에 대한 권한이 없습니다'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('TypoCorrector', () => {
  const corrector = new TypoCorrector(['how', 'many', 'incidents', 'for', 'gold', 'find', 'look', 'already', 'associated', 'access']);

  it.each([
    ['how mny incidnets for gold', 'how many incidents for gold'],
    ['allready asociated', 'already associated'],
    ['acess', 'access'],
  ])('corrects %j to %j', (input, expected) => {
    expect(corrector.correctText(input)).toBe(expected);
  });

  it.each(['mind', 'book', 'weather', 'xyzzy', 'on'])('leaves the real or unrelated word %j alone', (word) => {
    expect(corrector.correctText(word)).toBe(word);
  });
});

describe('Korean features', () => {
  it.each([
    ['혜택이', '혜택'],
    ['남았어요', '남았'],
    ['알려주세요', '알려'],
    ['처음으로', '처음'],
    ['남은', '남은'],
    ['몇개', '몇개'],
  ])('stems %s as %s', (word, stem) => {
    expect(stripKoreanSuffix(word)).toBe(stem);
  });

  const featurizer = new KoreanFeaturizer(new TypoCorrector(['id', 'azure']));
  featurizer.learn(['액세스 ID 어디 있어요', 'Azure 포털 지원 혜택 연결', '인시던트 몇 개 남았어요', '골드는 몇개']);

  it('makes spacing irrelevant: "몇 개" and "몇개" share the bigram', () => {
    expect(featurizer.features('인시던트 몇 개')).toContain('~몇개');
    expect(featurizer.features('인시던트 몇개')).toContain('~몇개');
  });

  it('unifies spellings and corrects one-jamo typos', () => {
    expect(featurizer.stems('엑세스 아디')).toEqual(['액세스', 'id']);
    expect(featurizer.stems('억세스 아이디가')).toEqual(['액세스', 'id']);
  });

  it('splits unspaced compounds into known words', () => {
    expect(featurizer.stems('애저포털 혜택연결')).toEqual(['azure', '포털', '혜택', '연결']);
    expect(featurizer.stems('인시던트몇개남았지')).toEqual(['인시던트', '몇개', '남았']);
    // Pieces are words of two or more syllables: a run of single known syllables is not a split.
    expect(featurizer.stems('점심')).toEqual(['점심']);
  });

  it('measures how much of a text training has seen', () => {
    expect(featurizer.knownShare('인시던트 몇 개 남았어?', () => false)).toBe(1);
    expect(featurizer.knownShare('점심 뭐 먹지', () => false)).toBe(0);
  });
});
