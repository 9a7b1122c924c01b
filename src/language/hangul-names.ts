/**
 * People named in Hangul ("미리엄이 하면 안 돼요?", "리디아 할로웨이인데") matched against the
 * records' Latin names ("Miriam Graham", "Lidia Holloway"): both are reduced to the consonants a
 * Korean transliteration keeps, in order, by sound class (l and r are one sound in Hangul; t, s,
 * ch and j fall together; vowels, w, y, a silent ㅇ and an r that ends a syllable drop out;
 * repeats collapse). "미리엄" and
 * "Miriam" are both "mlm", "할로웨이" and "Holloway" both "hl". Only compared against the few
 * people of one organisation, and only when at least two consonants are left. Linear in the text.
 */

/** Sound classes of the 19 initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIAL = ['k', 'k', 'n', 't', 't', 'l', 'm', 'p', 'p', 't', 't', '', 't', 't', 't', 'k', 't', 'p', 'h'];
/** Sound classes of the 27 final consonants (index 1 on; 0 is none). */
const FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'm', 'p', 'p', 't', 't', 'n', 't', 't', 'k', 't', 'p', 'h'];
/** Particles and honorifics a name may carry in a sentence (tried without them too). */
/** Endings of verbs and sentences, never of a name. */
const VERB_ENDING = /(세요|니다|니까|어요|아요|해요|나요|까요|줘요|려고|는데|지만|했어|해줘|하면|되나|돼요|되요|다고|라고|냐고|다는|다던|대요|래요|있다|없다|있어|없어)$/u;
const PARTICLE = /(님한테|님에게|님께서|님께|씨한테|씨에게|이가|이는|이도|이랑|이한테|한테|에게|께서|씨가|씨는|씨도|님이|님은|님도|이|가|은|는|도|씨|님|랑|의)$/u;

function collapse(classes: string[]): string {
  let out = '';
  for (const c of classes) if (c && !out.endsWith(c)) out += c;
  return out;
}

/** The consonant skeleton of a Hangul word ("미리엄" → "mlm"). */
export function hangulSkeleton(word: string): string {
  const classes: string[] = [];
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) continue;
    // ㅎ between sounds is mostly silent in transliterations; kept only first.
    const initial = INITIAL[Math.floor(code / 588)] ?? '';
    classes.push(initial === 'h' && classes.length > 0 ? '' : initial, FINAL[code % 28] ?? '');
  }
  return collapse(classes);
}

/** The consonant skeleton of a Latin name ("Holloway" → "hl"). */
export function latinSkeleton(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z]/g, '');
  const classes: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    const next = s[i + 1] ?? '';
    if ('aeiouwy'.includes(c)) classes.push('');
    else if (c === 'h') classes.push(i === 0 ? 'h' : '');
    else if (c === 'c') classes.push(next === 'h' ? (s[i + 2] === 'r' ? 'k' : 't') : 'eiy'.includes(next) ? 't' : 'k');
    else if ('bpfv'.includes(c)) classes.push('p');
    // "ng" is one sound (랭어: Langer).
    else if ('kgq'.includes(c)) classes.push(c === 'g' && s[i - 1] === 'n' ? '' : 'k');
    else if (c === 'x') classes.push('k', 't');
    else if ('dtsjz'.includes(c)) classes.push('t');
    // An r that ends a syllable is not heard (윌버: Wilber).
    else if (c === 'r') classes.push(next && 'aeiouy'.includes(next) ? 'l' : '');
    else if (c === 'l') classes.push('l');
    else classes.push(c);
  }
  return collapse(classes);
}

/** Whether the text names this person in Hangul: a word (with or without its particle) sounds like the first, last or whole name. */
export function namedInHangul(text: string, name: string): boolean {
  const parts = name.split(/\s+/).filter(Boolean);
  const targets = new Set([...parts, parts.join('')].map(latinSkeleton).filter((k) => k.length >= 2));
  if (!targets.size) return false;
  const words = text.slice(0, 500).match(/[가-힣]{2,8}/gu) ?? [];
  // Two consonants are common ("제가" sounds like "Diego"): they count only in a word of three syllables or more.
  return words.some((w) => {
    // A verb ("알려주세요" has the consonants of "Lidia") is never a name.
    if (VERB_ENDING.test(w)) return false;
    const bare = w.replace(PARTICLE, '');
    return [w, bare].some((v) => {
      const k = hangulSkeleton(v);
      return v.length >= 2 && targets.has(k) && (k.length >= 3 || v.length >= 3);
    });
  });
}
