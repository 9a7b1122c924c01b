import MiniSearch from 'minisearch';
import type { Answer } from '../src/core/answer.js';
import type { ProgramRule } from '../src/core/catalog-schema.js';
import { currentProgram, type Catalog } from '../src/core/catalog.js';
import { retrievalTerms } from '../src/language/retrieval.js';
import { currentEntitlementsAnswer, notDocumentedAnswer, nowCalledAnswer, whenChangedAnswer } from './current-program.js';
import type { TopicAsk } from './route-turn.js';
import type { TurnInfo } from './turn.js';

const STACKING = /add(ed)? up|stack|combin|\bsum\b|together|on top of|합산|합쳐|더해|누적/i;
const PRICE = /price|cost|how much|\bfee\b|\busd\b|가격|얼마|비용|요금/i;
const UNLIMITED = /unlimited|무제한/i;
/** A question about today's program ("in the current program", "now", "2026"). */
export const CURRENT = /current program|new program|nowadays|\btoday\b|\bnow\b|\b2026\b|\bmaicpp\b|ai cloud partner|현재 프로그램|새 프로그램|지금|요즘|현재/i;
const WHEN = /\bwhen\b|\bdate\b|timeline|since when|\byear\b|언제|날짜|시기|연혁|몇 ?년/i;

/** The texts of some of today's program rules, in the reader's language. */
export function currentRules(catalog: Catalog, info: Pick<TurnInfo, 'locale'>, ids: readonly string[]): string[] {
  return currentProgram(catalog).rules.filter((r) => ids.includes(r.id)).map((r) => r.text[info.locale]);
}

/** Activation in today's program (R26-V1..V3): who, the path, how soon the IDs appear, who sees them. */
export function currentActivationRules(catalog: Catalog, info: Pick<TurnInfo, 'locale'>): string[] {
  return currentRules(catalog, info, ['R26-V1', 'R26-V2', 'R26-V3']);
}

/** Rules the incident table itself states: never led with. */
const IN_TABLE = new Set(['R26-E1', 'R26-E2']);
/** A rule must match this well (MiniSearch score) to lead the answer. */
const RULE_MATCH = 6;
const CLEAR = 1.3;
const ruleIndexes = new WeakMap<readonly ProgramRule[], MiniSearch<{ id: number; en: string; ko: string }>>();

/**
 * The current program's rules that a question is about ("are duplicate cases refunded?",
 * "where do we redeem on-premises incidents now?"), best first: a search over the rules' own
 * texts in both languages, so every rule of facts.md §4 is answerable without a topic of its own.
 */
function rulesAbout(rules: readonly ProgramRule[], question: string): ProgramRule[] {
  let index = ruleIndexes.get(rules);
  if (!index) {
    index = new MiniSearch({ fields: ['en', 'ko'], tokenize: retrievalTerms, processTerm: (t) => t, searchOptions: { prefix: (t) => t.length >= 5, fuzzy: (t) => (t.length >= 6 ? 0.2 : 0) } });
    index.addAll(rules.map((r, id) => ({ id, en: r.text.en, ko: r.text.ko })));
    ruleIndexes.set(rules, index);
  }
  const hits = index.search(question.slice(0, 300)).filter((hit) => !IN_TABLE.has(rules[hit.id as number]?.id ?? ''));
  const [top, next] = hits;
  // Only a clear winner leads: words every rule shares ("partner", "support") decide nothing.
  if (!top || top.score < RULE_MATCH || (next && top.score < CLEAR * next.score)) return [];
  return rules[top.id as number] ? [rules[top.id as number]!] : [];
}

/**
 * Today's program (facts.md §4): the incident table (one offer or all), its price line when asked,
 * and "not documented" for whether held offers add up — never a guessed sum.
 */
export function currentProgramAnswer(info: TurnInfo, catalog: Catalog, ask: TopicAsk): Answer {
  if (STACKING.test(info.text)) {
    const open = notDocumentedAnswer(info, catalog, 'stacking');
    if (open) return open;
  }
  const answer = currentEntitlementsAnswer(info, catalog, ask.currentOffer);
  const rules = currentProgram(catalog).rules;
  const asked = PRICE.test(info.text) ? rules.filter((r) => r.id === 'R26-E3') : rulesAbout(rules, info.text);
  const lead = asked.map((r) => r.text[info.locale]);
  return lead.length ? { ...answer, text: [...lead, answer.text].filter(Boolean).join('\n\n') } : answer;
}

/** "What is Signature called now?", "what replaced Action Pack?", "when did the names change?" */
export function renamedAnswer(info: TurnInfo, catalog: Catalog, ask: TopicAsk): Answer {
  // "What happened to unlimited cloud support?": today's name and counts, and that how it ended is not documented.
  if (UNLIMITED.test(info.text)) {
    const open = notDocumentedAnswer(info, catalog, 'unlimited-ended');
    const now = nowCalledAnswer(info, catalog, 'signature');
    if (open) return { ...open, text: [now.text, open.text].filter(Boolean).join('\n\n') };
  }
  const term = ask.renames?.[0] ?? ask.offer;
  return WHEN.test(info.text) ? whenChangedAnswer(info, catalog, term) : nowCalledAnswer(info, catalog, term);
}
