import MiniSearch from 'minisearch';
import type { IntentId } from './intents.js';
import { hasHangul, normalizeText } from './normalize.js';

/** Korean particles and endings stripped from a word's end, longest first, so "인시던트는" finds "인시던트". */
const KO_ENDINGS = ['에서는', '으로는', '이에요', '인가요', '까지는', '에서', '으로', '에게', '이랑', '인데', '은요', '는요', '이요', '까지', '부터', '은', '는', '이', '가', '을', '를', '에', '의', '도', '요', '로', '랑', '과', '와'];

/** A Korean word without its particle, plus its two-syllable pieces (bounded by the word's length). */
function koreanTerms(word: string): string[] {
  const ending = KO_ENDINGS.find((e) => word.length > e.length + 1 && word.endsWith(e));
  const stem = ending ? word.slice(0, -ending.length) : word;
  const pieces: string[] = [stem];
  for (let i = 0; i + 2 <= stem.length && i < 12; i++) pieces.push(stem.slice(i, i + 2));
  return pieces;
}

/** Words of a text for the index and the query: Latin words as they are, Korean words stemmed and split. */
export function retrievalTerms(text: string): string[] {
  return normalizeText(text)
    .split(' ')
    // Words are short; a very long token (pasted data) would only make fuzzy matching slow.
    .filter((w) => w.length >= 2 && w.length <= MAX_WORD)
    .flatMap((w) => (hasHangul(w) ? koreanTerms(w) : [w]));
}

const MAX_QUERY = 300;
const MAX_WORD = 40;
const MAX_WORDS = 16;

export interface Retrieved {
  intent: IntentId;
  /** This intent's share (0..1) of the summed scores of the best matches. */
  share: number;
  score: number;
}

/**
 * A search index over the topics' own example questions in both languages (MiniSearch, fuzzy and
 * prefix matching). Where the classifier is unsure, the topic whose examples share the most
 * (rare) words with the question is a better answer than "didn't get that".
 */
export function createRetriever(examples: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>): (text: string) => Retrieved[] {
  const docs = Object.values(examples).flatMap((byIntent) => Object.entries(byIntent).flatMap(([intent, list]) => list.map((text) => ({ intent, text }))));
  const index = new MiniSearch<{ id: number; intent: string; text: string }>({
    fields: ['text'],
    storeFields: ['intent'],
    tokenize: retrievalTerms,
    processTerm: (term) => term,
    searchOptions: { fuzzy: (term) => (hasHangul(term) || term.length < 5 ? 0 : 0.2), prefix: (term) => term.length >= 4, combineWith: 'OR' },
  });
  index.addAll(docs.map((d, id) => ({ id, ...d })));
  return (text) => {
    // The question's first distinct words are enough to place it; more only cost time (fuzzy search per word).
    const words = [...new Set(text.slice(0, MAX_QUERY).split(/\s+/))].slice(0, MAX_WORDS).join(' ');
    const hits = index.search(words).slice(0, 10);
    const total = hits.reduce((sum, h) => sum + h.score, 0);
    const byIntent = new Map<string, number>();
    for (const h of hits) byIntent.set(h.intent as string, (byIntent.get(h.intent as string) ?? 0) + h.score);
    return [...byIntent]
      .map(([intent, score]) => ({ intent: intent as IntentId, score, share: total ? score / total : 0 }))
      .sort((a, b) => b.score - a.score);
  };
}
