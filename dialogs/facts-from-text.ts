import type { TriageFacts } from '../src/core/triage.js';
import { PLAN_MISSING } from '../src/language/signals.js';

/** Where the message appeared, when the user's own words say it. */
export function locationFromText(text: string): string | undefined {
  const t = text.toLowerCase();
  // Where linking happened decides, even when the message also mentions where the contract was added.
  if (/link support benefits|지원 혜택 (연결|링크)|azure portal|애저 포털|azure 포털/.test(t)) return 'azure-link';
  if (/support for business|serviceshub|비즈니스 지원|dynamics|\blcs\b|power platform|engage ?center/.test(t)) return 'other';
  if (/azure|애저|link support benefits|지원 혜택 (연결|링크)|support plans|지원 계획/.test(t)) return 'azure-link';
  return undefined;
}

const CUSTOMER = /\bcsp\b.{0,30}\b(customer|client)|(customer|client)'?s? (azure |own )?(subscription|tenant)|for (a|our|my) (csp )?(customer|client)|고객(사)?(의)? ?(azure |애저 )?(구독|테넌트)|csp ?고객|고객 ?구독/;
const OWN = /^\s*(ours|mine|our own|my own|own|internal)\b|\b(our|my) own\b|\bown (azure )?(subscription|sub|tenant)\b|\bour (azure )?(subscription|sub|tenant)\b|(우리|저희|자사|우리 회사|저희 회사|회사) ?(의 )?(자체 )?(azure |애저 )?(구독|테넌트)|자체 구독|우리 거/;
const EXPIRED = /\bexpired?\b|\bout of date\b|만료/;
const EXHAUSTED = /\bused (up|all|them all|it all|everything)|\ball used\b|\bno incidents? left|\bran out|\brun out|\ball (of )?(our|the) incidents|\b0 (incidents )?left|\bnone left|\bexhausted|다 ?썼|소진|다 ?사용|남은 (인시던트|건수?)(가|이)? ?없|0개 남/;
const NOT_ACTIVATED = /\bnot (been )?activated|\bnever activated|\bhaven'?t activated|활성화(를)? ?(안|하지 않|못|한 적(이)? 없)/;
const NEVER_LINKED = /never (been )?linked|not linked before|first time linking|처음 (연결|입력)|연결한 적(이)? 없/;
const LINKED = /(already|previously|before) (added|linked|entered)|added (it|the contract) in support for business|이미 (추가|연결|입력)했|전에 (추가|연결|입력)/;

/**
 * The triage facts a message states outright ("for our CSP customer", "the contract expired",
 * "we used all 10", "우리 회사 구독이요"), in English or Korean. Anything less clear stays unknown.
 */
export function factsFromText(text: string): TriageFacts {
  const t = text.toLowerCase();
  const facts: TriageFacts = {};
  const location = locationFromText(text);
  if (location) facts.location = location;
  if (CUSTOMER.test(t)) facts.customerSubscription = 'yes';
  else if (OWN.test(t)) facts.customerSubscription = 'no';
  if (EXHAUSTED.test(t)) facts.contractStatus = 'exhausted';
  else if (EXPIRED.test(t)) facts.contractStatus = 'expired';
  else if (NOT_ACTIVATED.test(t)) facts.contractStatus = 'not-activated';
  if (NEVER_LINKED.test(t)) facts.linkedBefore = 'no';
  else if (LINKED.test(t)) facts.linkedBefore = 'yes';
  if (PLAN_MISSING.test(t)) facts.planOffered = 'no';
  return facts;
}

/** Facts carried by a button value: "error customerSubscription=yes contractStatus=expired". */
export function factsFromArguments(text: string): TriageFacts {
  const facts: Record<string, string> = {};
  for (const m of text.matchAll(/\b(location|offer|customerSubscription|contractStatus|linkedBefore|planOffered)=([a-z-]{1,20})/g)) {
    if (m[1] && m[2]) facts[m[1]] = m[2];
  }
  return facts as TriageFacts;
}

/** "I don't know" in either language, as a whole reply. */
export function isDontKnow(text: string): boolean {
  return /^(i )?(don'?t|do not|dont) know|^dunno|^not sure|^no idea|^unsure|^모름|^몰라|^모르겠|^잘 모르|^글쎄/i.test(text.trim());
}
