import type { Activation, LedgerEntry, Org, User } from '../core/types.js';

/** `findOrgs`: the id equals the query, or the name contains it (case-insensitive); a blank query finds nothing. */
export function orgMatcher(query: string): (org: Org) => boolean {
  const q = query.trim();
  const lower = q.toLowerCase();
  return (org) => q !== '' && (org.id === q || org.name.toLowerCase().includes(lower));
}

/** A name's first word must be this long to be matched alone, misspelt, or as it sounds in Hangul. */
const FIRST_WORD = 4;
const TYPO_WORD = 6;
const MIN_SOUND = 3;
/** Words of a text looked at (the text itself is capped before it gets here; this keeps the work linear anyway). */
const MAX_WORDS = 300;

/** What an org's name is compared by: its id, whole name and first word in lower case, and that word's sound. */
interface NameKeys {
  org: Org;
  /** Where the org is in the list indexed: what is found comes back in that order. */
  at: number;
  id: string;
  name: string;
  first: string;
  /** The name's second word ("works" of "Adventure Works Cycles"), or ''. */
  second: string;
  sound: string;
  /** The first word is Latin letters only (then it may be written in Hangul as it sounds). */
  latin: boolean;
}

function nameKeys(org: Org, at = 0): NameKeys {
  const name = org.name.toLowerCase();
  const [first = '', second = ''] = name.split(/\s+/);
  return { org, at, id: org.id.toLowerCase(), name, first, second, sound: soundKey(first), latin: /^[a-z]+$/.test(first) };
}

/** The words of a text as they are compared with names (lower case, split at anything but letters, digits and "-"). */
function wordsOf(lower: string): string[] {
  return lower.split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(0, MAX_WORDS);
}

/** A text read once for names: its words, its Latin words with their sounds, those words run together in pairs, and the Hangul words' sounds. */
interface TextKeys {
  lower: string;
  list: string[];
  words: Set<string>;
  latin: { word: string; sound: string }[];
  joined: string[];
  sounds: Set<string>;
}

function textKeys(text: string): TextKeys {
  const lower = text.toLowerCase();
  const list = wordsOf(lower);
  // "north wind traders": a name's first word split in two is also looked for joined.
  const long = (w: string) => w.length >= TYPO_WORD - 1 && /^[a-z]/.test(w);
  const joined = list.slice(1).map((w, i) => `${list[i] ?? ''}${w}`).filter(long);
  const latin = list.filter(long).map((word) => ({ word, sound: word.length <= MAX_SOUND_WORD ? soundKey(word) : '' }));
  // ("아 잘못 말했네요 리트웨어요": a name with a polite 요 after it is the name.)
  const sounds = new Set(list.map((w) => (VERBISH.test(w) ? POLITE_NAME.exec(w)?.[1] ?? '' : w)).filter((w) => HANGUL.test(w) && !VERBISH.test(w)).flatMap((w) => hangulPrefixKeys(w)));
  return { lower, list, words: new Set(list), latin, joined, sounds };
}

/**
 * Whether the text names the org: its id, its whole name, or its first word (4+ letters): as
 * written, misspelt by one letter ("Contosso", "Litwre", "Fabricam"; words of 6+ letters), run
 * together with the next word ("Adventureworks"), or written in Hangul as it sounds ("콘토소",
 * "리트웨어의", "노스윈드가": the consonants compared, see `soundKey`).
 */
function names(t: TextKeys, k: NameKeys): boolean {
  if (t.words.has(k.id) || t.lower.includes(k.name)) return true;
  const { first } = k;
  if (first.length < FIRST_WORD) return false;
  if (t.words.has(first)) return true;
  // (Words run together are only read as written: "north wind" is "northwind", not a misspelling of it.)
  if (first.length >= TYPO_WORD && (t.joined.some((w) => w.startsWith(first)) || t.latin.some(({ word: w, sound }) => w[0] === first[0] && (w.startsWith(first) || withinOneEdit(w, first) || (sound === k.sound && soundsLike(w, first, k.sound)) || joinedMisspelt(w, k))))) return true;
  return t.sounds.size > 0 && k.latin && k.sound.length >= MIN_SOUND && t.sounds.has(k.sound);
}

/** "adventurworks": the first word one edit off past its second letter, run together with the name's second word (its first 4 letters at least). */
function joinedMisspelt(word: string, k: NameKeys): boolean {
  const second = k.second.slice(0, FIRST_WORD);
  // (The first two letters as written, as the index looks them up.)
  if (second.length < FIRST_WORD || word.length < k.first.length + second.length - 1 || !word.startsWith(k.first.slice(0, 2))) return false;
  return [k.first.length - 1, k.first.length, k.first.length + 1].some((n) => word.startsWith(second, n) && withinOneEdit(word.slice(0, n), k.first));
}

/** `findOrgsMentioned` over a list of orgs (see `names`). */
export function mentionMatcher(text: string): (org: Org) => boolean {
  const t = textKeys(text);
  return (org) => names(t, nameKeys(org));
}

/**
 * The orgs a text names, looked up by what `names` compares (the id, the name's first word, its
 * first letter and length for a misspelling, its sound), so a message is checked against a few
 * orgs rather than all 10,000: the same answer as `mentionMatcher` over every org.
 */
export class MentionIndex {
  private readonly byWord = new Map<string, NameKeys[]>();
  /** First words of 6+ letters by their first letter, second or third letter, and length: one edit keeps one of those. */
  private readonly byLetters = new Map<string, NameKeys[]>();
  /** First words of 6+ letters by their consonants (a Latin word sounding like one). */
  private readonly byLatinSound = new Map<string, NameKeys[]>();
  /** Latin first words of 4+ letters by their consonants (a Hangul word sounding like one). */
  private readonly bySound = new Map<string, NameKeys[]>();

  constructor(orgs: Iterable<Org>) {
    let at = 0;
    for (const org of orgs) {
      const k = nameKeys(org, at++);
      // (A whole name is found where its first word is: a word of the text, or the word's first token.)
      for (const word of new Set([k.id, k.first, ...wordsOf(k.first).slice(0, 1)])) add(this.byWord, word, k);
      if (k.first.length >= TYPO_WORD) {
        const [a = '', b = '', c = ''] = k.first;
        add(this.byLetters, `${a}${b}.${k.first.length}`, k);
        add(this.byLetters, `${a}.${c}${k.first.length}`, k);
        add(this.byLatinSound, k.sound, k);
      }
      if (k.first.length >= FIRST_WORD && k.latin && k.sound.length >= MIN_SOUND) add(this.bySound, k.sound, k);
    }
  }

  find(text: string): Org[] {
    const t = textKeys(text);
    return [...this.candidates(t)].filter((k) => names(t, k)).sort((a, b) => a.at - b.at).map((k) => k.org);
  }

  /** How many orgs a text is compared with (for tests: it stays a small share of them). */
  comparedFor(text: string): number {
    return this.candidates(textKeys(text)).size;
  }

  private candidates(t: TextKeys): Set<NameKeys> {
    const candidates = new Set<NameKeys>();
    const take = (keys: NameKeys[] | undefined) => keys?.forEach((k) => candidates.add(k));
    for (const w of t.list) take(this.byWord.get(w));
    // "adventureworks", "north wind": a first word the text's word (or two words run together) starts with.
    for (const w of [...t.latin.map((l) => l.word), ...t.joined]) for (let n = TYPO_WORD; n <= w.length && n <= MAX_NAME_WORD; n++) take(this.byWord.get(w.slice(0, n)));
    // "contosso": one letter off. Past the second letter, an edit keeps the first two; at the second, the
    // third letter (changed or swapped) or the second (inserted) lines up with the name's. "litwear": sounding the same.
    for (const { word: w, sound } of t.latin) {
      const [a = '', b = '', c = ''] = w;
      const n = w.length;
      for (const key of [`${a}${b}.${n - 1}`, `${a}${b}.${n}`, `${a}${b}.${n + 1}`, `${a}.${c}${n}`, `${a}.${b}${n + 1}`, `${a}.${b}${n}`, `${a}${c}.${n - 1}`]) take(this.byLetters.get(key));
      take(this.byLatinSound.get(sound));
      // "adventurworks": a first word one letter off at its opening, run together with more.
      for (let m = TYPO_WORD; m < n && m <= MAX_NAME_WORD; m++) take(this.byLetters.get(`${a}${b}.${m}`));
    }
    for (const key of t.sounds) take(this.bySound.get(key));
    return candidates;
  }
}
/** Longer words are looked up as a name's first word only by their opening. */
const MAX_NAME_WORD = 40;
/** Longer words are never compared by sound (`soundsLike` takes 20 letters at most). */
const MAX_SOUND_WORD = 21;

function add(map: Map<string, NameKeys[]>, key: string, value: NameKeys): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/**
 * Whether the text names the person: the whole name ("Adele Vance", any case), the account's name
 * part ("diego.siciliani"), or the whole name written in Hangul as it sounds ("크리스티 클라인님":
 * each word's consonants compared, see `soundKey`).
 */
export function personMatcher(text: string): (user: User) => boolean {
  const lower = text.toLowerCase().slice(0, MAX_PERSON_TEXT);
  const hangul = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => HANGUL.test(w)).slice(0, MAX_WORDS);
  const keys = hangul.map((w) => new Set(hangulPrefixKeys(w, true)));
  return (user) => {
    const name = user.name.trim().toLowerCase();
    if (name.includes(' ') && name.length >= MIN_PERSON_NAME && lower.includes(name)) return true;
    const local = user.account.id.split('@')[0]?.toLowerCase() ?? '';
    if (local.includes('.') && local.length >= MIN_PERSON_NAME && lower.includes(local)) return true;
    return keys.length > 1 && soundsLikeName(name, keys);
  };
}

/** Two consecutive Hangul words sound like the name's first and last word (5+ consonants in all, 2+ each). */
function soundsLikeName(name: string, keys: readonly Set<string>[]): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[a-z]+$/.test(w))) return false;
  const first = soundKey(words[0] ?? '');
  const last = soundKey(words.at(-1) ?? '');
  if (first.length < 2 || last.length < 2 || first.length + last.length < 5) return false;
  return keys.some((k, i) => k.has(first) && (keys[i + 1]?.has(last) ?? false));
}
/** A full name must be this long to count (initials and short first names alone don't). */
const MIN_PERSON_NAME = 6;
/** Only the opening of a message is searched for names. */
const MAX_PERSON_TEXT = 1_000;

/** One insertion, deletion, substitution or swap of neighbours apart (linear: both are short words). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Misspelt as it sounds ("Litwear" for "Litware"), the consonants (`key`) already found the same: two edits at most, the same length give or take one. */
function soundsLike(word: string, name: string, key: string): boolean {
  if (Math.abs(word.length - name.length) > 1 || word.length > 20) return false;
  return key.length >= MIN_SOUND && editDistance(word, name) <= 2;
}

/** Levenshtein distance of two short words (both ≤ 21 letters here). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

const HANGUL = /[\uAC00-\uD7A3]/;
/** A Hangul word that is a request or a verb ("확인해주세요" sounds like "Contoso"), never a name. */
/** A word said politely on its own ("리트웨어요", "패브리캄이요"): the word before the 요. */
const POLITE_NAME = /^([가-힣]{3,}?)이?요$/;
const VERBISH = /(세요|해요|해줘|줘요|주세요|합니다|습니다|드려요|드립니다|십시오|나요|까요|어요|아요|했어|해서|하고|해주|하는|하면|했는데|인데|는데|어야|아야)$|^(확인|조회|부탁|문의|설명|안내|도와|알려|찾아|보여|말씀)/;
// Consonant classes: K (g k c q), T (d t j ch, ㅈ ㅊ), P (b p f v), S (s z th), L (l r), M, N, W (a w-glide).
const INITIAL = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'T', 'T', 'T', 'K', 'T', 'P', ''];
const FINAL = ['', 'K', 'K', 'KS', 'N', 'N', 'N', 'T', 'L', 'LK', 'LM', 'LP', 'LS', 'LT', 'LP', 'L', 'M', 'P', 'PS', 'T', 'S', 'N', 'T', 'T', 'K', 'T', 'P', ''];
/** Vowels that start with a w sound (ㅘ ㅙ ㅝ ㅞ ㅟ): "웨어" is "ware". */
const W_GLIDE = new Set([9, 10, 14, 15, 16]);
const U = 13;
const PREDICATE_END = new Set(['다', '요', '까', '죠', '니', '네', '지', '고', '서', '면']);

/**
 * The consonant skeleton of each run of syllables a Hangul word starts with ("리트웨어의" → L, LT,
 * LTW, LTW): particles may follow a name. For an org's name alone, a run ending like a predicate
 * is skipped; a person's name is two words, so `person` keeps those ("시실리아니").
 */
function hangulPrefixKeys(word: string, person = false): string[] {
  const keys: string[] = [];
  let key = '';
  let syllables = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 0xd7a3 - 0xac00) break;
    const initial = Math.floor(code / 588);
    const medial = Math.floor((code % 588) / 28);
    const silent = initial === 11;
    // A leading 우 is "woo" ("우드그로브"), a w-glide after a silent ㅇ is a w ("웨어").
    const w = silent && (W_GLIDE.has(medial) || (medial === U && syllables === 0)) ? 'W' : '';
    key = collapse(key + (INITIAL[initial] ?? '') + w + (FINAL[code % 28] ?? ''));
    syllables++;
    // A run ending in a predicate's syllable ("뜹니다", "있어요") is a verb, not a name.
    if (syllables >= 2 && (person || !PREDICATE_END.has(ch))) keys.push(key);
  }
  return keys;
}

/**
 * The consonant skeleton of a Latin word as Korean writes it: voiced and voiceless merged, vowels
 * and h dropped, an r before a consonant or a final e silent ("Northwind" → NSWNT, "Litware" → LTW,
 * "Fabrikam" → PLKM), like "노스윈드", "리트웨어", "패브리캄".
 */
export function soundKey(word: string): string {
  let key = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    const next = word[i + 1] ?? '';
    // "chr" is a k ("Christie" → 크리스티), any other "ch" a ㅊ.
    const pair = c + next === 'ch' && word[i + 2] === 'r' ? 'K' : PAIRS[c + next];
    if (pair) {
      key += pair;
      i++;
      continue;
    }
    const vowelNext = /[aeiouy]/.test(next) && !(next === 'e' && i + 2 === word.length);
    if (c === 'c') key += /[eiy]/.test(next) ? 'S' : 'K';
    else if (c === 'r' || c === 'w') key += vowelNext ? (c === 'r' ? 'L' : 'W') : '';
    else key += SINGLE[c] ?? '';
  }
  return collapse(key);
}

const PAIRS: Readonly<Record<string, string>> = { th: 'S', sh: 'S', ch: 'T', ph: 'P', ng: 'N', ck: 'K' };
const SINGLE: Readonly<Record<string, string>> = { g: 'K', k: 'K', q: 'K', d: 'T', t: 'T', j: 'T', b: 'P', p: 'P', f: 'P', v: 'P', s: 'S', z: 'S', x: 'KS', l: 'L', m: 'M', n: 'N' };

/** A consonant class written twice in a row counts once ("Contosso", "ㄹㄹ"). */
function collapse(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/**
 * What support staff quote when they have no name: Access IDs and Teams tenant ids (GUIDs),
 * Contract IDs and request numbers ("SR 12103040000004"): long numbers. Undefined when the text
 * quotes none. At most a few of each, from the opening of the message.
 */
export interface QuotedReferences {
  guids: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}
const GUID = /(?<![\da-f-])[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}(?![\da-f-])/gi;
const LONG_NUMBER = /(?<![\d-])\d{8,20}(?![\d-])/g;
const MAX_REFERENCES = 10;

export function referencesIn(text: string): QuotedReferences | undefined {
  const opening = text.slice(0, MAX_PERSON_TEXT);
  const guids = new Set([...opening.matchAll(GUID)].slice(0, MAX_REFERENCES).map((m) => m[0].toLowerCase()));
  const numbers = new Set([...opening.matchAll(LONG_NUMBER)].slice(0, MAX_REFERENCES).map((m) => m[0]));
  return guids.size || numbers.size ? { guids, numbers } : undefined;
}

/** The digits of a request number as the ledger holds it ("SR 12103040000004" → "12103040000004"). */
export const requestDigits = (ref: string | undefined): string => (ref ?? '').replace(/\D/g, '');

/** Whether an org's records hold a quoted reference: its Access ID or Contract ID, a request on its ledger, a linked workspace. */
export function holdsReference(refs: QuotedReferences, record: { org: Org; activation: Pick<Activation, 'accessId' | 'contractId'> | null; ledger: readonly Pick<LedgerEntry, 'ref'>[] }): boolean {
  const { activation, ledger, org } = record;
  if (activation && (refs.guids.has(activation.accessId.toLowerCase()) || refs.numbers.has(activation.contractId))) return true;
  if (Object.values(org.tenants ?? {}).some((tenants) => tenants?.some((t) => refs.guids.has(t.toLowerCase())))) return true;
  return refs.numbers.size > 0 && ledger.some((e) => refs.numbers.has(requestDigits(e.ref)));
}
