import type { Program } from '../core/catalog-schema.js';
import { hasHangul, normalizeText } from './normalize.js';

/** A known portal message recognized in what the user pasted or described. */
export interface ErrorMatch {
  /** Catalog message id, e.g. "m3". */
  messageId: string;
  /** What it means for routing, e.g. "already-associated". */
  meaning: string;
  /** Similarity 0..1; 1 for an exact (contained) match. */
  score: number;
  /** True when a whole known wording (variant or short form) appears in the text. */
  exact: boolean;
}

/** Below this similarity a text is not taken to be a known message. */
export const ERROR_MATCH_THRESHOLD = 0.6;

interface Wording {
  messageId: string;
  meaning: string;
  /** A UI label (short, common words): counts only when quoted whole. */
  label: boolean;
  /** Normalized, spaces removed: machine-translated variants differ only in spacing ("대 한" / "대한"). */
  compact: string;
  /** Character n-gram size: syllable bigrams for Korean, letter trigrams for Latin text. */
  n: 2 | 3;
  grams: Set<string>;
  /** Its runs of {@link RUN} characters: a partial paste shares at least one with the text. */
  runs: Set<string>;
}

/**
 * A piece of a message this long, letter for letter, is a paste; shorter shared pieces are shared
 * words ("product", "support", and in Korean whole terms with their particle: "액세스 ID가",
 * "남은 인시던트" are questions, not pieces of a message).
 */
const RUN: Record<Wording['n'], number> = { 2: 7, 3: 10 };

/** Text needs about this many n-grams before "it is a piece of the message" counts fully. */
const FRAGMENT_GRAMS: Record<Wording['n'], number> = { 2: 8, 3: 16 };

function compactOf(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

function ngrams(s: string, n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= s.length; i += 1) grams.add(s.slice(i, i + n));
  return grams;
}

/** The wordings of one program, and for each n-gram the indices of the wordings that hold it. */
interface Wordings {
  list: Wording[];
  index: Record<Wording['n'], Map<string, number[]>>;
}

const wordingCache = new WeakMap<Program, Wordings>();

/** Every wording of every message (variants and short forms, both languages), prepared and indexed once per program. */
function wordingsOf(program: Program): Wordings {
  const cached = wordingCache.get(program);
  if (cached) return cached;
  const list: Wording[] = [];
  for (const m of program.messages) {
    const all = [...m.variants.en, ...m.variants.ko, ...m.shortForms.en, ...m.shortForms.ko];
    for (const raw of all) {
      const compact = compactOf(raw);
      const n = hasHangul(compact) ? 2 : 3;
      if (compact.length >= n) list.push({ messageId: m.id, meaning: m.meaning, label: m.kind === 'label', compact, n, grams: ngrams(compact, n), runs: ngrams(compact, RUN[n]) });
    }
  }
  const index: Wordings['index'] = { 2: new Map(), 3: new Map() };
  list.forEach((w, i) => {
    for (const g of w.grams) index[w.n].set(g, [...(index[w.n].get(g) ?? []), i]);
  });
  const wordings = { list, index };
  wordingCache.set(program, wordings);
  return wordings;
}

/**
 * How much the text and a wording overlap, given the n-grams they share: the larger of "how much
 * of the message is in the text" (a full paste with extra words around it) and "how much of the
 * text is in the message" (a partial paste), the latter discounted for very short texts.
 */
function similarity(text: TextGrams, w: Wording, shared: number, compact: string): number {
  const grams = text.grams[w.n];
  // The message's n-grams must be near each other: "제한이 없는 … 않았습니다" holds four of the six of "권한이 없습니다", scattered.
  // A short wording ("TAM message") must be nearly all there: "Forwarded message" holds five of its eight trigrams.
  const ofMessage = shared / w.grams.size < ERROR_MATCH_THRESHOLD ? shared / w.grams.size : short(w, nearby(compact, w) / w.grams.size);
  // A partial paste holds a run of the message; a few of its words ("and product support") do not.
  const ofText = sharesAny(text.runs(w.n), w.runs) ? (shared / grams.size) * Math.min(1, grams.size / FRAGMENT_GRAMS[w.n]) : 0;
  return Math.max(ofMessage, ofText);
}

/** Share of a short wording (fewer n-grams than a fragment needs) found in the text: under {@link SHORT_WORDING_SHARE} it counts as none. */
function short(w: Wording, share: number): number {
  return w.grams.size < FRAGMENT_GRAMS[w.n] && share < SHORT_WORDING_SHARE ? 0 : share;
}
const SHORT_WORDING_SHARE = 0.8;

/**
 * The longest run of a wording's n-grams found in the text in the wording's own order, each within
 * a few characters of the one before (room for a typo or an inserted word): "권한이 … 없습니다" keeps
 * its order, "…않습니다. 어떤 권한이…" does not. One pass over the text, a few steps back at each position.
 */
function nearby(compact: string, w: Wording): number {
  const order = new Map<string, number>();
  for (let i = 0; i + w.n <= w.compact.length; i += 1) if (!order.has(w.compact.slice(i, i + w.n))) order.set(w.compact.slice(i, i + w.n), i);
  const reach = w.n + NEARBY_GAP;
  const chain: number[] = [];
  const at: number[] = [];
  let best = 0;
  for (let i = 0; i + w.n <= compact.length; i += 1) {
    const k = order.get(compact.slice(i, i + w.n));
    chain[i] = 0;
    if (k === undefined) continue;
    let length = 1;
    for (let j = Math.max(0, i - reach); j < i; j += 1) if ((chain[j] ?? 0) > 0 && (at[j] ?? Infinity) < k) length = Math.max(length, (chain[j] ?? 0) + 1);
    chain[i] = length;
    at[i] = k;
    best = Math.max(best, length);
  }
  return best;
}
/** Characters that may stand between two n-grams of a message in a paste (a typo, an inserted word). */
const NEARBY_GAP = 3;

/** The text's n-grams, and its runs (made only when a wording shares grams with it), by the n of the wordings they are compared with. */
interface TextGrams {
  grams: Record<Wording['n'], Set<string>>;
  runs: (n: Wording['n']) => Set<string>;
}

function sharesAny(a: Set<string>, b: Set<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Higher score first; on a tie an exact quote beats a fuzzy one, then the longer (more specific) wording. */
function isBetter(a: { score: number; exact: boolean; length: number }, b: { score: number; exact: boolean; length: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.exact !== b.exact) return a.exact;
  return a.length > b.length;
}

/** Text between quote marks (at most a few pieces, from the opening of the message). */
function quotedPieces(text: string): string[] {
  return [...text.slice(0, 1_000).matchAll(/["“'‘`「]([^"”'’`」\n]{6,200})["”'’`」]/g)].slice(0, 3).map((m) => m[1] ?? '');
}

/**
 * The known portal message (program.messages) that `text` quotes, paraphrases or partly
 * pastes, if any; tolerant of spacing, quotes, ellipses and typos. Undefined below
 * {@link ERROR_MATCH_THRESHOLD}. UI labels ("Add Contract") are considered only with
 * `labels: true` (staff triage), and only when quoted whole; an error message beats a label.
 */
export function matchError(text: string, program: Program, options: { labels?: boolean; quoted?: boolean } = {}): ErrorMatch | undefined {
  const compact = compactOf(text);
  if (compact.length < 2) return undefined;
  const runs: Partial<Record<Wording['n'], Set<string>>> = {};
  const grams: TextGrams = { grams: { 2: ngrams(compact, 2), 3: ngrams(compact, 3) }, runs: (n) => (runs[n] ??= ngrams(compact, RUN[n])) };
  const { list, index } = wordingsOf(program);
  // Shared n-grams per wording, counted through the index: one lookup per n-gram of the text.
  const shared = new Array<number>(list.length).fill(0);
  for (const n of [2, 3] as const) for (const g of grams.grams[n]) for (const i of index[n].get(g) ?? []) shared[i] = (shared[i] ?? 0) + 1;
  let best: (ErrorMatch & { length: number }) | undefined;
  list.forEach((w, i) => {
    const count = shared[i] ?? 0;
    // A wording with no n-gram in the text scores 0 (under the threshold); one whose n-grams are not all there is not contained.
    if (count === 0 || (w.label && !options.labels)) return;
    const exact = count === w.grams.size && compact.includes(w.compact);
    // Labels rank just under a full error match, so "Add Contract says <error>" stays the error.
    const score = w.label ? (exact ? 0.95 : 0) : exact ? 1 : similarity(grams, w, count, compact);
    if (!best || isBetter({ score, exact, length: w.compact.length }, best)) best = { messageId: w.messageId, meaning: w.meaning, score, exact, length: w.compact.length };
  });
  // A piece quoted in a longer message ("'이미 계정에 연결되어' 어쩌고 뜬대요") is matched on its own too.
  if ((!best || best.score < ERROR_MATCH_THRESHOLD) && !options.quoted) {
    for (const piece of quotedPieces(text)) {
      const quoted = matchError(piece, program, { ...options, quoted: true });
      if (quoted && (!best || quoted.score > best.score)) best = { ...quoted, length: 0 };
    }
  }
  if (!best || best.score < ERROR_MATCH_THRESHOLD) return undefined;
  return { messageId: best.messageId, meaning: best.meaning, score: best.score, exact: best.exact };
}
