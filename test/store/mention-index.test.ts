import { describe, expect, it } from '@jest/globals';
import type { Org } from '../../src/core/types.js';
import { demoData } from '../../src/store/demo-data.js';
import { MentionIndex, mentionMatcher } from '../../src/store/org-search.js';

const clock = { now: () => new Date('2021-09-01T00:00:00Z') };
const WORDS = ['Contoso', 'Fabrikam', 'Northwind', 'Litware', 'Adventure', 'Woodgrove', 'Tailspin', 'Relecloud', 'Alpine', 'Coho', 'Proseware', 'Wingtip', 'Lucerne', 'Margie', 'Bellows', 'Trey', 'Fourth', 'Humongous', 'Graphic', 'Datum'];
const TAILS = ['Inc.', 'Ltd', 'Partners', 'Solutions', 'Cloud Partners', 'Traders', 'Bank', 'Group'];

/** The demo orgs and 2,000 more whose names share first words, letters and lengths with them. */
function orgs(): Org[] {
  const demo = demoData(clock).orgs;
  const more = Array.from({ length: 2_000 }, (_, i): Org => ({ ...demo[0]!, id: `org-x${i}`, name: `${WORDS[i % WORDS.length]}${i % 3 === 0 ? '' : String.fromCharCode(97 + (i % 26))} ${TAILS[i % TAILS.length]} ${i}` }));
  return [...demo, ...more];
}

const TEXTS = [
  'how many incidents for gold?', 'how many does Fabrikam have left?', 'Contosso says the IDs are missing', 'Litwre pasted an error',
  'Adventureworks cant see the plan', 'north wind traders - what is their status', '콘토소 남은 인시던트 확인해주세요', '리트웨어의 계약 만료됐나요?',
  '노스윈드가 활성화했나요?', 'org-contoso records', 'Contoso Cloud Partners는 인시던트 몇 개 남았어요?', 'Fabrikam은 몇 건 남았어요?',
  'woodgrovee bank asked again', 'Relecloudb and Alpinex compared', 'what about Coho?', 'Humongousk Group 17 says hi', 'Tailspin Toys',
  'hey can u pull up litware\'s contract id?', '우드그로브 은행 상태', 'nothing here names anyone at all', 'Proseware Inc. 12 and Wingtip Traders',
  // One edit at the second letter (swapped, changed, dropped, added), one near the end, and a word that sounds the same.
  'adventurworks asked', 'Fabricamsolutions asked', 'Contossocloud asked', 'adventurstuff asked',
  'Fbarikam asked', 'Fsbrikam asked', 'Fbrikam asked', 'Fxabrikam asked', 'Woodgrvoe asked', 'Woodgrov asked', 'Litwear asked', 'Northwnd Traders',
];

/** 10,000 orgs with made-up distinct names of four syllables ("Renkadolwen Ltd"), as varied as real partners' names. */
function variedOrgs(): Org[] {
  const demo = demoData(clock).orgs;
  const syllables = ['ka', 'lo', 'mi', 'ta', 'ren', 'sol', 'vin', 'dor', 'pa', 'zu', 'bel', 'gra', 'tor', 'wen', 'fi', 'ne', 'ro', 'sa', 'cu', 'li'];
  const name = (i: number) => [0, 1, 2, 3].map((d) => syllables[Math.floor(((i * 7_919) % 160_000) / 20 ** d) % 20]).join('');
  return Array.from({ length: 10_000 }, (_, i): Org => ({ ...demo[0]!, id: `org-v${i}`, name: `${name(i).replace(/^./, (c) => c.toUpperCase())} ${TAILS[i % TAILS.length]}` }));
}

describe('MentionIndex: the orgs a message names, without reading every org', () => {
  const all = orgs();
  const index = new MentionIndex(all);

  it.each(TEXTS)('finds exactly what checking every org finds: %s', (text) => {
    const matches = mentionMatcher(text);
    const expected = all.filter(matches).map((o) => o.id).sort();
    expect(index.find(text).map((o) => o.id).sort()).toEqual(expected);
  });

  it('a message is compared with a small share of 10,000 varied orgs, and still finds what a full scan finds', () => {
    const varied = [...demoData(clock).orgs, ...variedOrgs()];
    const big = new MentionIndex(varied);
    for (const text of TEXTS) {
      expect(big.comparedFor(text)).toBeLessThan(varied.length / 10);
      expect(big.find(text).map((o) => o.id).sort()).toEqual(varied.filter(mentionMatcher(text)).map((o) => o.id).sort());
    }
    expect(big.comparedFor('how many incidents for gold?')).toBeLessThan(varied.length / 20);
    expect(big.comparedFor('우리 회사 남은 인시던트 몇 개예요?')).toBe(0);
  });
});
