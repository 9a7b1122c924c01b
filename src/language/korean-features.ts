import { distance } from 'fastest-levenshtein';
import { TypoCorrector, normalizeText, splitWords, hasHangul } from './normalize.js';

/**
 * Korean words are a stem plus attached particles and endings ("혜택이", "남았어요"), and
 * people space them freely ("몇 개" / "몇개", "애저포털"). The classifier therefore sees, per
 * utterance, the stems (particles stripped, spelling variants unified, one-jamo typos corrected,
 * unspaced compounds split into known words) plus syllable bigrams of the text with spaces
 * removed, which make spacing irrelevant.
 */

/** Multi-syllable endings and particles, longest first; stripped when a stem of 1+ syllables remains. */
const LONG_SUFFIXES = [
  '해주세요', '이라는', '이라고', '에서는', '으로는', '이에요', '입니다', '습니다', '합니다', '됩니다', '주세요', '하세요',
  '해줘요', '인가요', '할까요', '거든요', '나요', '어요', '아요', '예요', '에요', '해요', '세요', '해줘', '줘요', '에서',
  '으로', '에게', '한테', '까지', '부터', '이랑', '라고', '라는', '다고', '다는', '대요', '래요', '네요', '군요', '지요',
  '인데', '는데', '은데', '하려면', '으려면', '려면', '으면', '하면', '하는', '하고', '해도', '해서', '할게요', '할래요',
  '할게', '할래', '하자', '했어요', '했는데', '해야', '하기',
].sort((a, b) => b.length - a.length);

/** One-syllable particles and endings; stripped from words of 3+ syllables, or of 2 when the rest is a known word. */
const SHORT_SUFFIXES = new Set(['은', '는', '이', '가', '을', '를', '에', '의', '도', '만', '와', '과', '랑', '로', '요', '줘', '죠', '야', '냐', '지', '고', '서', '해', '면']);

/** Spelling variants and transliterations people actually type, mapped to one form. */
const CANONICAL: Readonly<Record<string, string>> = {
  아이디: 'id', 아디: 'id', 애저: 'azure', 에저: 'azure', 엑세스: '액세스', 억세스: '액세스', 인시던스: '인시던트',
  온프레: '온프레미스', 온프렘: '온프레미스', 마소: '마이크로소프트', 액티베이션: '활성화', 액티베이트: '활성화',
};

/** Multi-syllable words that carry no topic; one-syllable stems are never counted as content. */
const FUNCTION_WORDS = new Set(['어떻게', '어디', '어디서', '무엇', '무슨', '어떤', '우리', '저희', '그냥', '혹시', '정말', '진짜', '지금', '이거', '그거']);
/** Forms of the light verbs 하다/되다 ("하는", "했어", "돼서"): grammar, not topic. */
const LIGHT_VERB = /^[하해했할한합함되돼됐될된][\uac00-\ud7a3]{0,2}$/u;

/** Stem of one Hangul word: at most one ending or particle removed. */
export function stripKoreanSuffix(word: string): string {
  for (const suffix of LONG_SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word.length >= 3 && SHORT_SUFFIXES.has(word.slice(-1)) ? word.slice(0, -1) : word;
}

/** Jamo-level distance: "엑세스" and "액세스" differ by one vowel, not one whole syllable. */
function jamoDistance(a: string, b: string): number {
  return distance(a.normalize('NFD'), b.normalize('NFD'));
}

/** Korean typos: one jamo at most, never in the first consonant (as for English, typos rarely hit the start). */
const KOREAN_TYPOS = {
  measure: jamoDistance,
  maxDistance: () => 1,
  accept: (word: string, candidate: string) => word.normalize('NFD')[0] === candidate.normalize('NFD')[0],
};

/** The share of a long unspaced word that may be left uncovered by known words when splitting it. */
const MAX_UNCOVERED = 0.6;

/** Turns Korean (and mixed Korean/English) text into classifier features. */
export class KoreanFeaturizer {
  private known = new TypoCorrector([], KOREAN_TYPOS);
  /** Longest known stem: no piece of a word can be a known word if it is longer (bounds all work per word). */
  private longest = 0;

  /** `english` corrects Latin words inside Korean text ("Acess ID가"). */
  constructor(private readonly english: TypoCorrector) {}

  /** Learns the stems of the training sentences: typo targets and the pieces for splitting compounds. */
  learn(sentences: Iterable<string>): void {
    const stems = new Set<string>(Object.keys(CANONICAL));
    for (const s of sentences) for (const w of splitWords(normalizeText(s))) if (hasHangul(w)) stems.add(stripKoreanSuffix(w));
    this.known = new TypoCorrector(stems, KOREAN_TYPOS);
    this.longest = Math.max(0, ...[...stems].map((w) => w.length));
  }

  /** Stems of the words of a text, in order (Latin words lower-cased and typo-corrected). */
  stems(text: string): string[] {
    return splitWords(normalizeText(text))
      .filter((w) => !(w.length === 1 && SHORT_SUFFIXES.has(w)))
      .flatMap((w) => (hasHangul(w) ? this.koreanStems(w) : [this.english.correct(w)]));
  }

  /** Stems plus "~xy" syllable bigrams over runs of Hangul stems joined without spaces. */
  features(text: string): string[] {
    const stems = this.stems(text);
    const bigrams: string[] = [];
    let run = '';
    for (const stem of [...stems, ' ']) {
      if (hasHangul(stem)) {
        run += stem;
        continue;
      }
      for (let i = 0; i + 1 < run.length; i += 1) bigrams.push(`~${run.slice(i, i + 2)}`);
      run = '';
    }
    return [...stems, ...bigrams];
  }

  /**
   * Share (0..1) of the content words of `text` that training has seen. The classifier ignores
   * unknown words, so "점심 뭐 먹지" would otherwise be judged on "뭐" alone.
   */
  knownShare(text: string, isEnglishStopword: (w: string) => boolean): number {
    const content = this.stems(text).filter((w) =>
      hasHangul(w) ? w.length >= 2 && !FUNCTION_WORDS.has(w) && !LIGHT_VERB.test(w) : w.length >= 2 && !isEnglishStopword(w) && !/^\d+$/.test(w));
    if (content.length === 0) return 1;
    return content.filter((w) => (hasHangul(w) ? this.isKnownKorean(w) : this.english.has(w))).length / content.length;
  }

  /**
   * A known stem, or a conjugated form of one: a known stem covers at least half of it ("받을" from "받").
   * Only prefixes up to the longest known stem are tried, so the work per word is bounded.
   */
  private isKnownKorean(word: string): boolean {
    for (let end = Math.min(word.length, this.longest); end >= Math.ceil(word.length / 2); end -= 1) if (this.known.has(word.slice(0, end))) return true;
    return false;
  }

  private koreanStems(word: string): string[] {
    let stem = stripKoreanSuffix(word);
    // "봇은", "팩은": a two-syllable word is a one-syllable stem plus particle when that stem is known.
    if (stem === word && word.length === 2 && SHORT_SUFFIXES.has(word.slice(1)) && this.known.has(word.slice(0, 1))) stem = word.slice(0, 1);
    if (this.known.has(stem)) return [CANONICAL[stem] ?? stem];
    const corrected = stem.length >= 2 ? this.known.correct(stem) : stem;
    if (corrected !== stem) return [CANONICAL[corrected] ?? corrected];
    return (this.split(stem) ?? [stem]).map((s) => CANONICAL[s] ?? s);
  }

  /**
   * Splits an unspaced compound ("인시던트몇개남았", "애저포털", a whole sentence typed without
   * spaces: "우리회사지원혜택뭐있음") into known words of 2+ syllables, leaving at most one syllable
   * uncovered in a short word and at most 60 % of a long one (endings and words training never
   * saw); undefined when that is not possible.
   * Dynamic programming over positions with pieces no longer than the longest known stem and
   * back-pointers instead of copied piece lists: O(length × longest stem), whatever the input.
   */
  private split(word: string): string[] | undefined {
    const limit = Math.max(1, Math.floor(word.length * MAX_UNCOVERED));
    const best: ({ uncovered: number; pieces: number; from: number; piece: boolean } | undefined)[] = [{ uncovered: 0, pieces: 0, from: -1, piece: false }];
    for (let i = 0; i < word.length; i += 1) {
      const here = best[i];
      if (!here || here.uncovered > limit) continue;
      const consider = (end: number, uncovered: number, piece: boolean) => {
        const there = best[end];
        const pieces = here.pieces + (piece ? 1 : 0);
        if (!there || uncovered < there.uncovered || (uncovered === there.uncovered && pieces < there.pieces)) best[end] = { uncovered, pieces, from: i, piece };
      };
      consider(i + 1, here.uncovered + 1, false);
      for (let end = i + 2; end <= Math.min(word.length, i + this.longest); end += 1) {
        if (this.known.has(word.slice(i, end))) consider(end, here.uncovered, true);
      }
    }
    const result = best[word.length];
    if (!result || result.pieces < 2 || result.uncovered > limit) return undefined;
    const pieces: string[] = [];
    for (let end = word.length, step = best[end]; step && step.from >= 0; end = step.from, step = best[end]) if (step.piece) pieces.push(word.slice(step.from, end));
    return pieces.reverse();
  }
}
