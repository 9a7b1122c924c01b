import { describe, expect, it } from '@jest/globals';
import { hangulSkeleton, latinSkeleton, namedInHangul } from '../../src/language/hangul-names.js';
import { demoData } from '../../src/store/demo-data.js';
import { FixedClock } from '../fakes/ports.js';

describe('people named in Hangul', () => {
  it.each([
    ['미리엄', 'Miriam'],
    ['리디아', 'Lidia'],
    ['할로웨이', 'Holloway'],
    ['메건', 'Megan'],
    ['시실리아니', 'Siciliani'],
    ['프라딥', 'Pradeep'],
    ['알렉스', 'Alex'],
    ['크리스티', 'Christie'],
    ['윌버', 'Wilber'],
    ['랭어', 'Langer'],
  ])('%s sounds like %s', (hangul, latin) => {
    expect(hangulSkeleton(hangul)).toBe(latinSkeleton(latin));
  });

  it('finds a person in a sentence, with or without a particle, and no one in a sentence without a name', () => {
    expect(namedInHangul('미리엄이 하면 안 돼요?', 'Miriam Graham')).toBe(true);
    expect(namedInHangul('문의한 분이 리디아 할로웨이인데 일반 사용자래요', 'Lidia Holloway')).toBe(true);
    expect(namedInHangul('프라딥 씨는 할 수 있어요?', 'Pradeep Gupta')).toBe(true);
    expect(namedInHangul('그럼 누가 해야 하나요?', 'Lidia Holloway')).toBe(false);
    expect(namedInHangul('미리엄이 하면 안 돼요?', 'Lidia Holloway')).toBe(false);
    // "제가" has Diego's two consonants: too short a word to be a name.
    expect(namedInHangul('기술 혜택 활성화 제가 해도 되나요?', 'Diego Siciliani')).toBe(false);
  });

  // First names alone may sound alike (Woodgrove's Christie and Grady are both "klt"): then both are named, each with their role.
  it('tells the people of each demo organisation apart by their whole names', () => {
    const data = demoData(new FixedClock(new Date('2021-06-15T09:00:00Z')));
    for (const org of data.orgs) {
      const users = data.users.filter((u) => u.orgId === org.id);
      expect(users.length).toBeGreaterThan(0);
      const whole = users.map((u) => latinSkeleton(u.name));
      expect(new Set(whole).size).toBe(whole.length);
    }
  });
});
