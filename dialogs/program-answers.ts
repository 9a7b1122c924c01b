import type { Answer } from '../src/core/answer.js';
import { currentProgram, type Catalog } from '../src/core/catalog.js';
import { currentEntitlementsAnswer, notDocumentedAnswer, nowCalledAnswer, whenChangedAnswer } from './current-program.js';
import type { TopicAsk } from './route-turn.js';
import type { TurnInfo } from './turn.js';

const STACKING = /add(ed)? up|stack|combin|\bsum\b|together|on top of|합산|합쳐|더해|누적/i;
const PRICE = /price|cost|how much|\bfee\b|\busd\b|가격|얼마|비용|요금/i;
const WHEN = /\bwhen\b|\bdate\b|timeline|since when|\byear\b|언제|날짜|시기|연혁|몇 ?년/i;

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
  if (!PRICE.test(info.text)) return answer;
  const prices = currentProgram(catalog).rules.find((r) => r.id === 'R26-E3')?.text[info.locale];
  return prices ? { ...answer, text: [prices, answer.text].filter(Boolean).join('\n\n') } : answer;
}

/** "What is Signature called now?", "what replaced Action Pack?", "when did the names change?" */
export function renamedAnswer(info: TurnInfo, catalog: Catalog, ask: TopicAsk): Answer {
  const term = ask.renames?.[0] ?? ask.offer;
  return WHEN.test(info.text) ? whenChangedAnswer(info, catalog, term) : nowCalledAnswer(info, catalog, term);
}
