import { distance } from 'fastest-levenshtein';

const HANGUL_CHAR = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const LATIN_WORD = /^[a-z]+$/;
const MAX_CACHED = 10_000;

/** True when the string contains at least one Hangul character. */
export function hasHangul(text: string): boolean {
  return HANGUL_CHAR.test(text);
}

/** Chat shorthand and contractions typed without an apostrophe, spelled out. */
const SHORTHAND: Readonly<Record<string, string>> = {
  pls: 'please', plz: 'please', thx: 'thanks', u: 'you', ur: 'your', r: 'are', im: 'i am', ive: 'i have',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'cannot', isnt: 'is not', arent: 'are not',
  wont: 'will not', youre: 'you are', whats: 'what is', wheres: 'where is', hows: 'how is', thats: 'that is',
  tix: 'tickets', tkts: 'tickets', hv: 'have', rn: 'right now', abt: 'about',
};

/** Expands contractions so "don't", "dont" and "do not" become the same words. */
function expandContractions(text: string): string {
  return text
    .replace(/\b(can)'t\b/g, 'cannot')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'m\b/g, ' am')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    // "'s" and "'d" are ambiguous (is/has/possessive, would/had) and carry no topic: dropped.
    .replace(/'[sd]\b/g, '');
}

/**
 * A word without leading or trailing "-" and "+" ("--force" -> "force", "c++" -> "c"), by index:
 * a regex for "dashes followed by a space or the end" backtracks quadratically on long dash runs.
 */
function trimDashes(word: string): string {
  const edge = (i: number) => word[i] === '-' || word[i] === '+';
  let start = 0;
  let end = word.length;
  while (start < end && edge(start)) start += 1;
  while (end > start && edge(end - 1)) end -= 1;
  return word.slice(start, end);
}

/**
 * Canonical text for matching: NFKC (full-width to ASCII), lower-case, one kind of quote,
 * contractions and chat shorthand spelled out ("don't" / "dont" -> "do not"), ellipses and
 * other punctuation turned into spaces, hyphens kept only inside words ("n-1", "on-premises").
 */
export function normalizeText(text: string): string {
  // A turn normalizes the same text in several places (recognition, entities, the error matcher): the last one is kept.
  if (text === last.text) return last.normalized;
  last.text = text;
  last.normalized = normalize(text);
  return last.normalized;
}
const last = { text: '', normalized: '' };

function normalize(text: string): string {
  const spaced = expandContractions(text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'"))
    .replace(/'/g, '')
    .replace(/[\u201c\u201d"]/g, ' ')
    .replace(/\u2026|\.{2,}/g, ' ')
    .replace(/[^\p{L}\p{N}\s+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced
    .split(' ')
    .map(trimDashes)
    .filter((w) => w !== '')
    .map((w) => SHORTHAND[w] ?? w)
    .join(' ');
}

/** Splits normalized text into words, also at Hangul/Latin boundaries ("id가" -> "id", "가"). */
export function splitWords(normalized: string): string[] {
  const words: string[] = [];
  for (const chunk of normalized.split(' ')) {
    const parts = chunk.match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+|[^\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+/gu) ?? [];
    words.push(...parts.filter((p) => p.length > 0));
  }
  return words;
}

/** Largest edit distance accepted for a typo in an English word: 1 up to 5 letters, else 2. */
export function englishTypoDistance(length: number): number {
  return length <= 5 ? 1 : 2;
}

/**
 * Whether an English correction is plausible. Typos rarely hit the first letter, and short
 * real words differ from each other by one substitution all the time (mind/find, last/lost,
 * book/look), so short words are only corrected for a missing or extra letter ("mny" -> "many").
 */
export function plausibleEnglishTypo(word: string, candidate: string): boolean {
  return word[0] === candidate[0] && (word.length > 4 || candidate.length !== word.length);
}

/** How a {@link TypoCorrector} compares words. */
export interface TypoCorrectorOptions {
  /** Edit distance between two words (default: Levenshtein over code units). */
  measure?: (a: string, b: string) => number;
  /** Largest distance accepted as a typo for a word of this many characters. */
  maxDistance?: (length: number) => number;
  /** Final check of a candidate correction. */
  accept?: (word: string, candidate: string) => boolean;
}

/**
 * Corrects misspelled words to the nearest known word. NLP.js matches whole stems, so a
 * single typo ("incidnets") would otherwise make a word unknown and push the utterance to None.
 */
export class TypoCorrector {
  private readonly known: Set<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();
  private readonly measure: (a: string, b: string) => number;
  private readonly maxDistance: (length: number) => number;
  private readonly accept: (word: string, candidate: string) => boolean;

  /** `words` is the vocabulary (training words, catalog aliases). */
  constructor(words: Iterable<string>, options: TypoCorrectorOptions = {}) {
    this.measure = options.measure ?? distance;
    this.maxDistance = options.maxDistance ?? englishTypoDistance;
    this.accept = options.accept ?? plausibleEnglishTypo;
    this.known = new Set(words);
    for (const w of this.known) {
      const bucket = this.byLength.get(w.length) ?? [];
      bucket.push(w);
      this.byLength.set(w.length, bucket);
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The word itself when known or when no known word is close enough; else the closest known word. */
  correct(word: string): string {
    if (this.known.has(word) || word.length < 2) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const max = this.maxDistance(word.length);
    let best = word;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max; len += 1) {
      for (const candidate of this.byLength.get(len) ?? []) {
        const d = this.measure(word, candidate);
        if (d < bestDistance && this.accept(word, candidate)) [best, bestDistance] = [candidate, d];
      }
    }
    // Bounded: user text is unbounded, and a long-running bot must not grow without limit.
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }

  /** Corrects every Latin word of a normalized text; other words pass through unchanged. */
  correctText(normalized: string): string {
    return normalized
      .split(' ')
      .map((w) => (LATIN_WORD.test(w) && w.length >= 3 ? this.correct(w) : w))
      .join(' ');
  }
}

/** Latin words of a text (with digits and inner hyphens: "n-1", "2012"), for building an English vocabulary. */
export function latinWords(normalized: string): string[] {
  return normalized.split(' ').filter((w) => /^[a-z0-9][a-z0-9-]*$/.test(w));
}

/** Spellings people type for words the rules know in one form ("애져" → "애저", "액팩" → "액션팩"). */
const TYPED_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/애져|에져/g, '애저'],
  [/액팩/g, '액션팩'],
  // "시그 10팩", "sig unlimited?", "파센", "전관 아니라서", "the GA is away": shorthand for the names the rules know.
  [/시그(?!니)/g, '시그니처'],
  [/\bsigs?\b/gi, 'signature'],
  [/파센/g, '파트너 센터'],
  [/전관(?=[^가-힣]|$|이|은|는|이라|아니|님|한테|만|도)/g, '전역 관리자'],
  [/\bGAs?\b/g, 'global admin'],
  // "aid/cid pls", "show aid+cid": the two IDs.
  [/\baid ?(?:[/+&,]|and)? ?cid\b/gi, 'access id and contract id'],
  [/\bcid\b/gi, 'contract id'],
  // "is small & midmarket cloud soln a cloud comp??": chat shorthand for the competency's words.
  [/\bsolns?\b/gi, 'solutions'],
  [/\bcloud comps?\b/gi, 'cloud competency'],
  [/온프레(?![미렘])/g, '온프레미스'],
  // "혜택 켜는 메뉴", "켜고 나면": turning the benefit on is activating it.
  [/켜(?=는|고|면|기|려)/g, '활성화하'],
  [/켜(?=야|줘|주|요|도|서)/g, '활성화해'],
  [/켤 ?(?=수|때)/g, '활성화할 '],
  [/켰/g, '활성화했'],
  // Chat shorthand ("r we activated", "who activ8d", "exp?"): the words the rules know.
  [/\br (we|u|you|they|our|the)\b/gi, 'are $1'],
  // "r u sure", "can u check", "ur records", "on-prem tho?"
  [/\b(are|can|could|do|did|will|would|have) u\b/gi, '$1 you'],
  [/\bur\b/gi, 'your'],
  [/\btho\b/gi, 'though'],
  [/\b(cool|ok|okay|yes|yeah|k) n (?=\w)/gi, '$1 and '],
  [/\bactiv8(e?d)\b/gi, 'activated'],
  [/\bactiv8(e|ion)?\b/gi, 'activate'],
  [/^\s*exp\s*\??\s*$/gi, 'when does it expire?'],
  // "몇개 썻어?", "잇어?": the past tense typed without its double consonant.
  [/썻(?=[어다는나냐음])/g, '썼'],
  [/잇(?=[어나냐음니])/g, '있'],
  // "볼수있어요", "열수 있나요", "할 수있어?": "can" typed without its spaces.
  [/(볼|할|쓸|열|을|알|될|갈|올|살|줄|걸|만들) ?수 ?(?=있|없)/g, '$1 수 '],
  // English verbs in a Korean sentence ("누가 activate 했어요?", "link 하면 돼요?", "expire 되면"): the Korean verb the rules know.
  ...(
    [
      ['activat(e|ed|ion|ing)', '활성화'],
      ['link(ed|ing)?', '연결'],
      ['register(ed)?|registration', '등록'],
      ['expir(e|ed|ation)', '만료'],
      ['refund(ed)?', '환불'],
      ['renew(ed|al)?', '갱신'],
      ['redeem(ed)?', '사용'],
      ['deduct(ed)?', '차감'],
      ['cancel(l?ed)?', '취소'],
    ] as const
  ).map(([english, korean]) => [new RegExp(`\\b(${english}) ?(?=(하|했|한|해|할|되|된|됐|돼|될|시키|시켜|시켰))`, 'gi'), korean] as const),
];

/** The message with those spellings in the form the rules know (bounded: a few linear replaces). */
export function usualSpellings(text: string): string {
  return TYPED_FORMS.reduce((t, [typed, usual]) => t.replace(typed, usual), text);
}
