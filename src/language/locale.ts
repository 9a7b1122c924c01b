import type { Locale } from '../core/types.js';

/** Share of letters that must be Hangul before a message counts as Korean. */
export const HANGUL_SHARE_FOR_KOREAN = 0.3;
/**
 * Korean sentences end in their predicate, so text that ends in a Hangul word is a Korean
 * sentence quoting English terms ("Advanced Support for Partners가 뭐예요") from this smaller share on.
 */
export const HANGUL_SHARE_WITH_KOREAN_ENDING = 0.1;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const LETTER = /\p{L}/u;

/** Maps a channel or user locale hint ("ko-KR", "ko", "en-US", "en_GB") to a supported locale, if any. */
export function localeFromHint(hint: string | undefined): Locale | undefined {
  const primary = hint?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'ko' ? primary : undefined;
}

/**
 * Fraction (0..1) of the letters in `text` that are Hangul; 0 when there are no letters.
 * A Hangul syllable counts as the letters (jamo) it is written with, 2 or 3, so "Access ID is
 * already associated 오류 뜹니다" reads as the Korean message it is.
 */
export function hangulShare(text: string): number {
  let letters = 0;
  let hangul = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (HANGUL.test(ch)) {
      const jamo = ch.normalize('NFD').length;
      letters += jamo;
      hangul += jamo;
    } else {
      letters += 1;
    }
  }
  return letters === 0 ? 0 : hangul / letters;
}

/**
 * The last run of letters in the text (what follows it has no letters), scanned from the end:
 * a regex lookahead for "no letter until the end" is quadratic on long text.
 */
export function lastWord(text: string): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && !LETTER.test(chars[end - 1] ?? '')) end -= 1;
  let start = end;
  while (start > 0 && LETTER.test(chars[start - 1] ?? '')) start -= 1;
  return chars.slice(start, end).join('');
}

/** English grammar words: a sentence built of them is English even when its terms are Korean ("can someone with 관리 에이전트 activate the 기술 혜택?"). */
const ENGLISH_FRAME = /\b(the|is|are|was|can|could|our|we|with|to|of|and|how|what|who|where|when|do|does|did|my|it|in|on|someone|anyone|should|would|will|have|has|this|that)\b/gi;
const ENGLISH_FRAME_WORDS = 4;
/** A Hangul word ending in a Korean predicate or particle ("뭐예요", "관리자는"): the sentence is Korean. */
const KOREAN_GRAMMAR = /[가-힣](요|다|까|죠|니|나|어|야|네|지|고|서|면|는|은|을|를|에|의|도|로|께|랑|와|과)(?![가-힣])/u;

function englishSentence(text: string): boolean {
  return (text.match(ENGLISH_FRAME) ?? []).length >= ENGLISH_FRAME_WORDS && !KOREAN_GRAMMAR.test(text);
}

/** Language of the text alone: Korean when Hangul is a meaningful part of it (see the thresholds above). */
export function textLocale(text: string): Locale {
  const share = hangulShare(text);
  if (share >= HANGUL_SHARE_FOR_KOREAN) return englishSentence(text) ? 'en' : 'ko';
  return share >= HANGUL_SHARE_WITH_KOREAN_ENDING && HANGUL.test(lastWord(text)) ? 'ko' : 'en';
}

/**
 * The locale to answer in: a supported hint ("ko-KR", "en-US") wins; otherwise the language
 * of the text ({@link textLocale}); English by default.
 */
export function detectLocale(text: string, hint?: string): Locale {
  return localeFromHint(hint) ?? textLocale(text);
}
