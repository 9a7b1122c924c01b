import type { TriageFacts } from '../src/core/triage.js';
import { PLAN_MISSING } from '../src/language/signals.js';

/** Where the message appeared, when the user's own words say it. */
export function locationFromText(text: string): string | undefined {
  const t = text.toLowerCase();
  // Where linking happened decides, even when the message also mentions where the contract was added.
  if (/link support benefits|지원 ?혜택 ?(연결|링크)|azure portal|애저 포털|azure 포털/.test(t)) return 'azure-link';
  // Another portal named for what was done or seen there ("I added the contract in Support for Business", "SfB shows it valid")
  // is not where the message appeared.
  if (OTHER_PORTAL.test(t) && !DONE_THERE.test(t)) return 'other';
  if (/azure|애저|link support benefits|지원 혜택 (연결|링크)|support plans|지원 계획/.test(t)) return 'azure-link';
  return undefined;
}

const OTHER_PORTAL = /support for business|serviceshub|\bsfb\b|비즈니스 지원|dynamics|\blcs\b|power platform|engage ?center/;
const DONE_THERE = /\b(added|linked|entered|checked|valid|left|remaining|balance|nothing|list|lists|listed|did|used|ages ago|earlier|last (year|month|week))\b|shows? (it|nothing|no\b|the plan|our plan)|추가 ?(이미 )?(했|한|해 ?놓)|이미 ?추가|연결 ?(했|한)|입력 ?(했|한)|확인(하니|했|해 ?보니)|들어가 ?(보니|봤더니|있)|가 ?보니|봤더니|보니까|사용할 ?수 ?없는|남은|잔여|유효|안 ?보|없어/;

/** "SfB doesn't list the plan at all either", "비즈니스 지원에도 플랜이 아예 안 보여요" (facts.md §3 Q6). */
const PLAN_NOT_IN_SFB = /(support for business|serviceshub|services hub|\bsfb\b|비즈니스 지원|서비스 허브)[^.?!\n]{0,50}(doesn'?t (list|show)|does not (list|show)|\bno plans?\b|\bnothing\b|not (listed|shown|there|visible)|isn'?t (there|listed|shown)|안 ?(보|나와|나오|떠|뜨)|보이지 않|없어|없네|없음|없습니다)|(plan|플랜)[^.?!\n]{0,30}(not|n'?t) (in|on|listed in) (support for business|\bsfb\b)/;

const CUSTOMER = /\bcsp\b.{0,30}\b(customer|client)|\b(customer|client)s?\b( of ours)?[^.?!]{0,12}\(csp\)|(?<!\b(our|my|own) )\bcsp (sub|subscription|tenant)s?\b|(customer|client)'?s? (azure )?(vms?|virtual machines?|workloads?|resources?)\b|(customer|client)'?s? (azure |own )?(subscription|tenant)|for (a|our|my) (csp )?(customer|client)(?!'?s? (escalation|outage|issue|problem|incident|emergency|go-live))|고객(사)?(의)? ?(azure |애저 )?(구독|테넌트)|csp ?고객|고객 ?구독|고객(사)?(의)? ?(csp )?(azure |애저 )?(티켓|요청|케이스)|(customer|client)'?s? (csp )?(azure )?(ticket|case|request)s?\b|^\s*(그건 |그거 |이건 )?고객(사)? ?(거|꺼|것|쪽)(예요|에요|이에요|입니다|이요|임)?\s*[.!]?\s*$|^\s*(it'?s|its) (the |a )?(customer'?s|client'?s)( one| sub(scription)?)?\s*[.!]?\s*$/;
const OWN = /^\s*(ours|mine|our own|my own|own|internal)\b|\b(our|my) own\b|\bown (internal )?(azure )?(subscription|sub|tenant)\b|\b(our|their|his|her) (own )?(internal )?(azure )?(subscription|sub|tenant)\b|(우리|저희|자사|우리 회사|저희 회사|회사) ?(의 )?(자체 )?(azure |애저 )?(구독|테넌트)|자체 구독|(회사|자사) ?자체 (azure|애저)|우리 거/;
const EXPIRED = /\bexpired?\b|\bout of date\b|\bend date (has |had )?(already )?passed\b|\bpast (its|the) end date\b|만료|종료일(이|은)? ?(이미 )?지났|종료 ?(날짜|일자)(가|이|는)? ?(이미 )?지(났|난)|기간이 (이미 )?(지났|끝났)/;
const EXHAUSTED = /\bused (up|all|them all|it all|everything)|\ball used\b|\bno incidents? left|\bran out|\brun out|\ball (of )?(our|the) incidents|\b0 (incidents )?left|\bnone left|\bexhausted|\b(done|gone|finished) for (the|this) year\b|\ball gone\b|다 ?썼|다 ?써 ?(버렸|버림|서)|소진|다 ?사용|남은 (인시던트|건수?)(가|이)? ?(없|0 ?(건|개))|0 ?(개|건) ?남/;
/** "Are our IDs still valid?", "아직 유효한가요?": asked, not reported. */
/** Expiry asked, not stated ("has it expired already?", "벌써 만료된 건가요?"): the records answer it. */
export const EXPIRY_ASKED = /\b(has|have|did|is|was) (it|the plan|the contract|our (plan|contract)|they|ours|that)( already| just)? (expired?|ended)\b|\bexpired( already)?\s*\?|만료(된|됐|되었|인)[^.?!\n]{0,6}(건가|거예|거에|거야|나요|가요|지|는지|을까|어요\s*\?|요\s*\?)/;
const VALID_ASKED = /\b(are|is|were|was)\b[^.?!]{0,30}\bstill valid\b|\bstill valid\s*\?|유효(한가|한지|할까|해요\s*\?|한 ?거(예|에)요\s*\?|하나요)/;
/** "SfB shows it valid: 7 incidents left", "비즈니스 지원에는 유효하다고 나와요": the contract is valid. */
const VALID = /\b(shows?|says?|lists?) (it|the contract|the plan|our plan)? ?(as )?(still )?valid\b|\bstill valid\b|\b[1-9]\d* incidents? (left|remaining)|유효(하다|합니다|해요|하대요|하다고|한 ?걸로)|남은 (인시던트|건수?)(가|이|는)? ?[1-9]/;
const NOT_ACTIVATED = /\bnot (been )?activated|\bnever activated|\bhaven'?t activated|\bnot (even )?sure (we|if we|that we) (ever )?activated|\bactivate button\b.{0,30}\b(still|shows|there|visible)|\bstill (shows|has|see) (an |the )?activate\b|활성화(를)? ?(안|하지 않|못|한 적(이)? 없)|활성화 버튼이 (아직|그대로|보여|있)/;
const NEVER_LINKED = /never (been )?linked|not linked before|first time linking|never (used|entered|added|linked) (the |our |these |those )?ids?\b|(처음|첫) ?(연결|입력)|(연결|입력|추가)한 적(이)? (한 번도 )?없|한 번도 (연결|입력|추가)/;
const LINKED = /(already|previously|before) (added|linked|entered)|added (it|the contract) in support for business|\b(we|i|they) (have |had )?(already )?(linked|added|entered) (the |our |these |those |same |it|them)*(ids?|contract|access id|it|them)\b|이미 (추가|연결|입력)했|전에 (추가|연결|입력)|전에[^.?!]{0,20}(추가|연결|입력) ?했|(추가|연결|입력) ?했(었)?(어요|는데|고|습니다|음)/;

/** A customer's subscription ruled out ("CSP 고객 아니고요", "not a customer's", "not for a customer"). */
const NOT_CUSTOMER = /(고객|고객사)[^.?!]{0,6}(아니|말고)|\bnot (a |our |the |for a |for our )?(csp )?(customer|client)'?s?\b|\bno(t)? csp\b/i;

/** "does that mean we ran out of cloud incidents?", "이거 인시던트 다 떨어졌다는 뜻임?": a used-up balance asked about a message, not stated. */
export const RAN_OUT_MEANT = /\b(mean|means|meaning)\b[^.?!]{0,30}\b(ran out|run out|used up|out of|no more|none left)\b|(다 ?(떨어졌|썼|쓴|소진)|소진(됐|된)|바닥났|없다는)[^.?!]{0,10}(뜻|의미|말)/i;

/**
 * The triage facts a message states outright ("for our CSP customer", "the contract expired",
 * "we used all 10", "우리 회사 구독이요"), in English or Korean. Anything less clear stays unknown.
 */
export function factsFromText(text: string): TriageFacts {
  const t = text.toLowerCase();
  const facts: TriageFacts = {};
  const location = locationFromText(text);
  if (location) facts.location = location;
  // ("우리 회사 구독이에요, CSP 고객 아니고요", "our own tenant, not a customer's": a customer named to be ruled out.)
  if (CUSTOMER.test(t) && !NOT_CUSTOMER.test(t)) facts.customerSubscription = 'yes';
  else if (OWN.test(t) || NOT_CUSTOMER.test(t)) facts.customerSubscription = 'no';
  if (EXHAUSTED.test(t) && !RAN_OUT_MEANT.test(t)) facts.contractStatus = 'exhausted';
  else if (EXPIRED.test(t) && !EXPIRY_ASKED.test(t)) facts.contractStatus = 'expired';
  else if (NOT_ACTIVATED.test(t)) facts.contractStatus = 'not-activated';
  else if (VALID.test(t) && !VALID_ASKED.test(t)) facts.contractStatus = 'valid';
  if (NEVER_LINKED.test(t)) facts.linkedBefore = 'no';
  else if (LINKED.test(t)) facts.linkedBefore = 'yes';
  if (PLAN_MISSING.test(t)) facts.planOffered = 'no';
  // Not in Support for Business either: certainly not offered in Azure.
  if (PLAN_NOT_IN_SFB.test(t)) Object.assign(facts, { planInSfb: 'no', planOffered: 'no' });
  return facts;
}

/** Facts carried by a button value: "error customerSubscription=yes contractStatus=expired". */
export function factsFromArguments(text: string): TriageFacts {
  const facts: Record<string, string> = {};
  for (const m of text.matchAll(/\b(location|offer|customerSubscription|contractStatus|linkedBefore|planOffered|planInSfb)=([a-z-]{1,20})/g)) {
    if (m[1] && m[2]) facts[m[1]] = m[2];
  }
  return facts as TriageFacts;
}

/** "I don't know" in either language, as a whole reply. */
export function isDontKnow(text: string): boolean {
  return /^(i )?(don'?t|do not|dont) know|^dunno|^not sure|^no idea|^unsure|^모름|^몰라|^모르겠|^잘 모르|^글쎄/i.test(text.trim());
}
