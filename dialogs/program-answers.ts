import { ownWords } from '../src/language/locale.js';
import MiniSearch from 'minisearch';
import type { Answer } from '../src/core/answer.js';
import type { Program, ProgramRule } from '../src/core/catalog-schema.js';
import { currentProgram, type Catalog } from '../src/core/catalog.js';
import { retrievalTerms } from '../src/language/retrieval.js';
import { ON_PREM } from '../src/language/signals.js';
import { currentEntitlementsAnswer, notDocumentedAnswer, nowCalledAnswer, offerName, whenChangedAnswer } from './current-program.js';
import { commonValues } from './compose.js';
import type { TopicAsk } from './route-turn.js';
import type { TurnInfo } from './turn.js';

export const STACKING = /add(ed)? up|stack(?! up against)|combin|\bsum\b|together|on top of|\b(hold|have|buy|get|own) both\b.{0,30}\b(\d+|total|in all)\b|\b(both|all) of (them|those)\b.{0,40}\b(total|\d+)|합산|합쳐|더해|누적|둘 ?다 ?(있|가지|보유).{0,30}(\d+ ?(건|개)|되나|돼요|늘어)/i;
/** With two offers named, "do we get both / in total" asks the same. */
const BOTH = /몇 ?(개|건)씩|정리|\S,\s*\S+\s*,|\bboth\b|\btotal\b|\band\b|\bplus\b|\bwith\b|\bvs\.?\b|\bversus\b|\beach\b|\bcompar|비교|각각|차이|둘 ?다|총 ?(몇|합)|(이랑|랑|하고|와|과) |[가-힣]도\s*[?？]?\s*$|(은|는)(요)?\s*[?？]?\s+\S/i;
const PRICE = /price|cost|how much|\bwhat (do |would )?we pay\b|\bpay (per|a|each) year\b|\bannual (fee|cost)s?\b|(두 ?번|따로|각각|별도로?) ?(내|지불|결제)|\bpay (twice|double|for each|per designation)\b|(2|두) ?배(로)? ?(내|지불|결제|돈)|\bdouble (the fee|that|it)\b|cheap|\$ ?\d|\d ?(달러|dollars?)|저렴|가장 싼|제일 싼|싼 ?(거|것|게)|\bfee\b|\busd\b|가격|얼마(?! ?(동안|나|간))|비용|요금/i;
const UNLIMITED = /unlimited|무제한/i;
/** Asking for money back ("refund", "환불", "can we get the 925 USD back"). */
export const MONEY_BACK = /refund|환불|cancel|취소|money back|\bget (the |our |my )?(\$ ?)?\d[\d,]* ?(usd|dollars)? back\b/i;
/** A refund of the membership offer (R26-C6) or of an incident (R26-C1). */
const REFUND_OFFER = new RegExp(`(${MONEY_BACK.source}).{0,200}(membership|offer|bought|purchas|by mistake|core|expanded|launch|designation|window|\\d+ ?days\\b|\\b(a|one|two|three|few|couple of) (days|weeks)\\b|멤버십|오퍼|구매|구입|샀|산 ?지|기간|며칠|일 이내|\\b(credit )?card\\b|\\bpaid by\\b|카드)|(membership|offer|bought|purchas|\\b(credit )?card\\b|카드로|success core|success expanded|partner launch|멤버십|오퍼|구매|구입|샀|산 ?지|산 ?거|석세스|코어|익스팬디드|런치).{0,200}(${MONEY_BACK.source})`, 'i');

/** A benefit said to be activated or used already ("혜택은 이미 활성화했어요"), not denied ("haven't activated anything"). */
const ACTIVATED = /\b(activated|used|redeemed|been using|using (the|our|its|it|them)|opened (a|one|two|some|several) (case|ticket|incident|request)s?)\b|활성화 ?(했|한|해 ?버렸|해 ?버림|해 ?버린|해 ?버려|됐|되어|돼|함)|사용했|썼/i;
const NOT_ACTIVATED = /\b(haven'?t|have not|hasn'?t|has not|didn'?t|did not|not|never|nothing)\b.{0,20}\b(activat|used|redeem)|\bnothing\b.{0,15}\b(activated|used)|(안|아직|아무것도|하나도 안) ?(활성화|사용|썼)|(활성화|사용)(를|는|도)? ?(안|하지 ?않|못)|(쓰지|사용하지) ?않/i;
/** A product key said to be viewed ("I did view one product key"), not denied ("haven't looked at any key"). */
const KEY_VIEWED = /\b(view|viewed|looked at|opened|checked|saw|seen|revealed|pulled|copied|used)\b.{0,25}\b(product )?keys?\b|\bproduct keys?\b.{0,20}\b(viewed|looked|opened|revealed|checked|seen)\b|(제품 ?키|키)[^.?!]{0,15}(봤|조회했|확인했|열어 ?봤|복사했)/i;
const KEY_NOT_VIEWED = /\b(haven'?t|have not|hasn'?t|hadn'?t|had not|didn'?t|did not|never|not|no)\b.{0,15}\b(view|viewed|look|looked|open|opened|check|checked|see|seen|reveal|revealed)?\b.{0,12}\b(product )?keys?\b|(제품 ?키|키)[^.?!]{0,15}(안 ?(봤|열|조회|확인)|보지 ?않|조회하지 ?않|확인하지 ?않)/i;
/** How long ago the offer was bought, in days, when the text says ("2 weeks ago", "산 지 두 달", "열흘"). */
const DAY_WORDS: Record<string, number> = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 일주일: 7, 열흘: 10, 보름: 15, yesterday: 1, 'last week': 7, 'last month': 30, 어제: 1, 지난주: 7, 지난달: 30 };
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, 일: 1, 주: 7, 주일: 7, 달: 30, 개월: 30 };
const AGE = /(\d{1,3}|a|an|one|two|three|four|five|six|한|두|세|네|다섯|여섯) ?(days?|weeks?|months?|주일|주|일|달|개월)|(하루|이틀|사흘|나흘|닷새|일주일|열흘|보름|yesterday|last week|last month|어제|지난 ?주|지난 ?달)/i;
function daysSincePurchase(text: string): number | undefined {
  const m = AGE.exec(text);
  if (!m) return undefined;
  if (m[3]) return DAY_WORDS[m[3].toLowerCase().replace(/^(지난) /, '$1')];
  const count = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUMBER_WORDS[(m[1] ?? '').toLowerCase()];
  const unit = UNIT_DAYS[(m[2] ?? '').toLowerCase().replace(/s$/, '')];
  return count !== undefined && unit !== undefined ? count * unit : undefined;
}

/** "Can we get a refund? We bought it two months ago / already activated": the verdict before the rule (R26-C6). */
function refundVerdict(info: TurnInfo, text: string, heldDays?: number): string[] {
  const days = daysSincePurchase(text) ?? heldDays;
  if (ACTIVATED.test(text) && !NOT_ACTIVATED.test(text)) return [info.t('answers:refund.no-activated')];
  // "…but I did view one product key to test": that rules the refund out too.
  if (KEY_VIEWED.test(text) && !KEY_NOT_VIEWED.test(text)) return [info.t('answers:refund.no-key')];
  if (days !== undefined && days > 30) return [info.t('answers:refund.no-late')];
  return days !== undefined || NOT_ACTIVATED.test(text) ? [info.t('answers:refund.within')] : [];
}
/** "Does the 2026-11 purchase-date alignment apply to support incidents?" (open point). */
export const ALIGNMENT = /purchase date|billing account|구매일|청구 계정|(from|in|starting|since) nov(ember)?\.? 2026|\bnov(ember)?\.? (1(st)?,? )?2026\b|2026 ?년 ?11월|11월부터|(november|nov\.?) 1(st)?\b|\b(on|from|after) nov(ember)?\.? 1\b|\b2026-11-01\b|\b11[./-] ?0?1\b|11월 ?1일/i;
/** "Can we buy Success Core twice?" (R26-E2). */
export const TWICE = /\btwice\b|two times|more than once|\b(a )?(2nd|second|another) (partner )?(success )?(core|expanded|launch|designation)\b|\b(a )?(second|2nd) time\b|\b(buy|purchase) (it|them|the \w+( \w+)?) again\b|다시 (구매|구입)|\bsame (\w+ )?offer\b|두 번|두번|한 ?번 더|하나 더 (사|구매|구입)|\b(buy|purchase|get) (another|a second|one more)\b|(두|2) ?개(를)? ?(사|구매|구입)|중복 (구매|구입)|같은 (\S+ )?오퍼/i;
/** One problem opened twice by mistake ("i opened the same azure issue twice", "같은 건으로 두 번 열었는데"): a duplicate, refunded. */
export const OPENED_TWICE = /\b(opened|filed|raised|created|logged|submitted) (it |the same ([\w-]+ ){1,3})?twice\b|\bsame ([\w-]+ ){0,2}(issue|problem|case|ticket|request) twice\b|(같은|동일한) ?(건|문제|이슈|케이스|티켓).{0,20}두 ?번|두 ?번 (열|만들|생성|접수)/i;
/** "Used all 50, can we buy more?": the paid options (facts.md §4.5). */
const MORE = /(buy|purchase|get) (more|extra|additional)|(more|extra|additional) incidents|run out|ran out|used (up|all)|추가로 (살|구매|구입)|더 (살|사|구매)|다 쓰면|소진/i;
/** Questions that name one rule outright, first match wins; others go to the search over the rules' texts. */
/** "Can we still buy or renew it?", "2026년에도 계속 갱신할 수 있나요?": whether a 2021 offer is still sold. */
const STILL_BUY = /\b(still|anymore|any more)\b.{0,15}\b(buy|purchase|renew|sign up|join)|\b(buy|purchase|renew|sign up for|join)\b.{0,30}\b(still|anymore|any more|in 2026|today|nowadays)\b|(아직|지금도|계속|여전히|2026년에도|요즘도).{0,15}(갱신|구매|구입|가입|살 ?수|사도)/i;

/** "Where would I redeem it?", "어디서 계약 넣고 써요?": where the benefit is used (today's redemption places, R26-V5). */
export const WHERE_REDEEM = /\bwhere\b.{0,30}\b(redeem|use|enter|add|put|open|register|link)\b|어디(서|에|다)? ?.{0,10}(넣|쓰|써|사용|입력|열|등록|추가|연결)|(연결|입력|등록|넣|추가)[^.?!]{0,15}(곳|데)[^.?!]{0,8}어디/i;

/** "If I link in Dynamics, does that count for Azure too?": a link made in one portal serves the others (R26-V4). */
export const LINK_CARRIES = /\b(link|linked|linking|add|added|enter|entered)\b.{0,40}\b(count|counts|work|works|serve|serves|carry|carries|apply|applies|cover|covers|valid)\b.{0,20}\b(for|in|to|on)\b.{0,15}\b(azure|dynamics|power platform|other portals?|the others)\b|(연결|등록|추가)(하면|한 ?거|했으면|해 ?두면).{0,30}(에서도|에도) ?(적용|유효|인정|쓸|돼|되)/i;

/** The designations' badges, or a rumour of fewer designations ("only 3 designations now?", "지정이 3개밖에 없다던데"). */
export const BADGES = /\bbadges?\b|배지|\b(only |just )?(3|three) designations\b|designations?\b.{0,25}\b(merged|reduced|consolidated|cut|down to)\b|지정(이|은)? ?(3|세) ?개|지정.{0,10}(통합|줄었|합쳐)/i;

/** How long benefits are valid ("13 months?", "유효 기간", "언제까지 사용해야"). */
const VALIDITY_ASKED = /\bvalidity\b|\bvalid for\b|\bhow long\b.{0,30}\b(valid|last|good)\b|유효 ?기간|언제까지 (유효|쓸|사용)|\b1[23] months\b|1[23] ?개월/i;

const DIRECT: readonly (readonly [RegExp, string])[] = [
  // The frontline team first ("we called frontline billing support about an invoice": the frontline consumes nothing),
  // and before prices ("does a ticket with Partner Center support cost us an incident?").
  // ("can i just talk to a human at microsoft about my partner benefits?": Partner Center's own support is that person.)
  [/\bfrontline\b|front-line|일선|프론트라인|프런트라인|(partner center|파트너 ?센터) ?(support|지원 ?팀|지원(에|으로|쪽)|고객 ?지원)|\b(talk|speak|chat) (to|with) (a |an |some )?(human|person|real person|someone|somebody)\b[^.?!]{0,20}\b(at|from) (microsoft|ms)\b|(마이크로소프트|ms)[^.?!]{0,10}(사람|상담원|직원)(이랑|과|하고|한테|에게)/i, 'R26-C3'],
  [/billing|quota|쿼터|\bsubscription (request|ticket|case|question)|빌링|청구|결제 ?(문의|요청|문제|관련)|할당량/i, 'R26-C2'],
  [OPENED_TWICE, 'R26-C1'],
  [/duplicate|\bdupes?\b|\bbug\b|중복|버그|get (the |an |our )?incidents? back|돌려받|credit(ed|s)? back|\bcredited\b|돌려주|복구|환원/i, 'R26-C1'],
  [PRICE, 'R26-E3'],
  [TWICE, 'R26-E2'],
  [MORE, 'R26-P1'],
  [/renewal|renew|grace|갱신/i, 'R26-C7'],
  [LINK_CARRIES, 'R26-V4'],
  [VALIDITY_ASKED, 'R26-C4'],
  [WHERE_REDEEM, 'R26-V5'],
  [/engage ?center|\bredeem|redemption|where (do|can|should) (i|we) (enter|use|add|open|put)|어디서 (열|입력|사용|쓰)|어느 (사이트|포털)|어디에 (넣|입력|등록)|power platform|파워 ?플랫폼|\bdynamics\b|다이나믹스/i, 'R26-V5'],
  // The badges before the requirements: their rule says the requirements are unchanged.
  [BADGES, 'R26-D2'],
  [/\bscore\b|points|점수|몇 ?점|requirement|요건|\bearn|qualif|자격|받으려면|자동으로|\bautomatic|\bwhat('s| is) (a |the )?(solutions partner )?designation\b|(솔루션 ?파트너 ?)?지정(이|은|이란)? ?(뭐|무엇|뭔가)/i, 'R26-D1'],
];
/** A question about today's program ("in the current program", "now", "2026"; not "ok, now where do I …", which orders the steps). */
export const CURRENT = /current program|new program|renamed program|\bcurrent (rules?|terms|setup|model)\b|\bnew (rules?|setup|model)\b|nowadays|\bthese days\b|\btoday\b|오늘 ?기준|(?<!(?:^|[.,!?;:]\s*|\b(?:ok|okay|so|and|then|alright|great|done|k)\s+))\bnow\b|\bnow\b(?!\s+[a-z])|\b2026\b|\bmaicpp\b|ai cloud partner|현재 프로그램|새 프로그램|지금(?! ?까지)|요즘|현재(?! ?(버전|사용 ?중|쓰는|까지))/i;
export const WHEN = /\bwhen\b|\bdate\b|timeline|since when|\byear\b|언제|날짜|시기|연혁|몇 ?년|(what|뭐가|무엇이) ?(changed|바뀌었|달라졌|변경)/i;

/** The texts of some of today's program rules, in the reader's language. */
export function currentRules(catalog: Catalog, info: Pick<TurnInfo, 'locale'>, ids: readonly string[]): string[] {
  return currentProgram(catalog).rules.filter((r) => ids.includes(r.id)).map((r) => r.text[info.locale]);
}

/** Where on-premises requests go on a program: today's redemption places (R26-V5, Engage Center), or Support for Business in 2021. */
export function onPremWhere(info: Pick<TurnInfo, 'locale' | 't'>, catalog: Catalog, program: Program): string {
  return program.multipleOffers ? currentRules(catalog, info, ['R26-V5']).join(' ') : info.t('answers:info.open-request.on-prem-lead', commonValues(program, info.locale));
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
const ruleIndexes = new WeakMap<readonly ProgramRule[], MiniSearch<{ id: number; en: string; ko: string; cues: string }>>();
/** Words partners use for a rule that its own text lacks ("where do we use them now?" → where to redeem). */
const RULE_CUES: Readonly<Record<string, string>> = {
  'R26-V5': 'redeem redemption where use enter add contract engage center engagecenter power platform dynamics on-prem on-premises 어디서 사용 입력 등록 온프레미스 온프렘 파워 플랫폼 다이나믹스',
  'R26-C1': 'refund refunded give back credited credit duplicate bug deducted charged uses one incident 환불 환원 돌려 복구 중복 버그 차감',
  'R26-C2': 'billing quota subscription charged deducted refund 청구 결제 할당량 구독 요금 차감',
  'R26-C3': 'frontline front-line partner center support free consume 일선 무료 파트너 센터 지원팀',
  'R26-C4': 'valid validity how long expire expiry last months 유효 유효기간 기간 만료 얼마 동안 개월',
  'R26-C5': 'remaining left balance see check 남은 잔여 확인',
  'R26-C6': 'refund membership offer cancel money back 30 days 멤버십 환불 취소 구매',
  'R26-C7': 'renew renewal anniversary grace 갱신 기념일',
  'R26-V3': 'share email colleague tenant access 공유 이메일 동료 테넌트',
  'R26-V4': 'link once per year every ticket again 연결 한 번 매년 다시',
  'R26-V6': 'microsoft 365 m365 office 365 admin center 마이크로소프트 365',
  'R26-V7': 'csp customer indirect reseller provider direct bill 고객 간접 리셀러 공급자 직접 청구',
  'R26-D1': 'score points capability requirement requirements earn qualify automatically automatic convert become 점수 요건 자격 자동 자동으로 전환 받으려면',
  'R26-D2': 'badge badges customer-facing 배지',
  'R26-P2': 'support services designation 지원 서비스 지정',
};

/**
 * The current program's rules that a question is about ("are duplicate cases refunded?",
 * "where do we redeem on-premises incidents now?"), best first: a search over the rules' own
 * texts in both languages, so every rule of facts.md §4 is answerable without a topic of its own.
 */
function rulesAbout(rules: readonly ProgramRule[], question: string): ProgramRule[] {
  let index = ruleIndexes.get(rules);
  if (!index) {
    index = new MiniSearch({ fields: ['en', 'ko', 'cues'], tokenize: retrievalTerms, processTerm: (t) => t, searchOptions: { prefix: (t) => t.length >= 5, fuzzy: (t) => (t.length >= 6 ? 0.2 : 0) } });
    index.addAll(rules.map((r, id) => ({ id, en: r.text.en, ko: r.text.ko, cues: RULE_CUES[r.id] ?? '' })));
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
export function currentProgramAnswer(info: TurnInfo, catalog: Catalog, ask: TopicAsk, heldDays?: number): Answer {
  // "그럼 우리 지원 인시던트도 영향 받아요?" right after the announced change: still that change.
  if (ALIGNMENT.test(info.text) || (ask.followUp && /영향|적용|해당|\baffect|\bappl(y|ies)\b|\bchange (for|to) (us|our)\b/i.test(info.text) && info.text.split(/\s+/).length <= 14 && ALIGNMENT.test(info.memory.recent.at(-2) ?? ''))) {
    const open = notDocumentedAnswer(info, catalog, 'billing-alignment');
    // "13개월 기준이 맞습니까? 그리고 11월 변경은요?": the validity rule that is documented, first.
    const validity = VALIDITY_ASKED.test(info.text) ? currentRules(catalog, info, ['R26-C4']) : [];
    if (open) return validity.length ? { ...open, text: [...validity, open.text].filter(Boolean).join('\n\n') } : open;
  }
  const named = ask.currentOffers ?? (ask.currentOffer ? [ask.currentOffer] : []);
  // "Do Core and Expanded add up?": not documented, beside what each offer gives.
  // ("How much are Core and Expanded together?" asks their prices, which do add up: see priceSum.)
  // ("지금 솔루션 파트너 지정 받으면 온프렘이랑 클라우드 합쳐서 1년에 몇 건?": one offer's own lines added up, below.)
  const oneOfferSum = named.length === 1 && !/\bboth\b|둘 ?다|\bon top\b|\balso\b|\btoo\b|\bheld together\b|같이 ?(보유|가지)|추가로|도 (사면|가지면|보유하면)/i.test(info.text);
  if (STACKING.test(info.text) && !oneOfferSum && !/\bbadges?\b|배지/i.test(info.text) && !pricesAsked(info.text)) {
    const open = notDocumentedAnswer(info, catalog, 'stacking');
    const each = (named.length ? named : [undefined]).flatMap((id) => currentEntitlementsAnswer(info, catalog, id).facts ?? []);
    if (open) return { ...open, facts: [...(open.facts ?? []), ...each] };
  }
  // "How many with Core and with Expanded?" asks each offer's count (the table, which says counts are per offer);
  // "How much is Core, and Expanded?" asks prices.
  // "How much is Core vs Expanded, and which gets more cloud tickets?" asks both.
  const several = named.length > 1 && BOTH.test(info.text) && !pricesAsked(info.text);
  const answer = currentEntitlementsAnswer(info, catalog, several ? undefined : ask.currentOffer, several ? named : []);
  const rules = currentProgram(catalog).rules;
  // "And Success Expanded?" after a price question asks the price again.
  // ("wait, our dev lead says he already viewed a product key … does that change anything": a fact that changes the refund asked before.)
  const refundFact = KEY_VIEWED.test(info.text) || (ACTIVATED.test(info.text) && !NOT_ACTIVATED.test(info.text));
  const previous = (ask.followUp && (info.text.split(/\s+/).length <= 12 || refundFact)) || info.text.split(/\s+/).length <= 3 ? (info.memory.recent.at(-2) ?? '') : '';
  const text = `${previous} ${info.text}`;
  // This turn's own words first; the turn before only when they name nothing ("파트너센터 지원팀 통하면요?" after a billing question).
  // "그 케이스 알고보니 제품 버그였거든요. 인시던트는 돌려받나요?": a request closed as a bug or duplicate is the incident's refund (R26-C1), not the offer's.
  const ruleIn = (t: string) => (/\bbug\b|버그|duplicate|\bdupe\b|중복/i.test(t) && /refund|환불|돌려|money back|\bback\b|credit/i.test(t) ? 'R26-C1' : REFUND_OFFER.test(t) ? 'R26-C6' : /refund|환불|money back/i.test(t) ? 'R26-C1' : undefined) ?? DIRECT.find(([pattern]) => pattern.test(t))?.[1];
  // (One question of several: its own words, not the whole message's.)
  const own = ruleIn(info.question ?? info.text);
  const both = ruleIn(text);
  // "익스팬디드 산지 두 달 됐어요" … "환불 돼요?": the refund asked is the offer's, said the turn before.
  // "확실히 돌려받는거에요?" after a billing question: the billing rule (may be refunded), not the duplicate/bug one.
  // ("환불은 어떤 경우에 돼요?" after an offer was named: both refunds, the incident's first.)
  const bothRefunds = own === 'R26-C1' && both === 'R26-C6' && !REFUND_OFFER.test(info.text) && !/\bbug\b|버그|duplicate|중복/i.test(info.text) && !/샀|산 ?지|구매|구입|bought|purchas/i.test(text);
  const direct = bothRefunds ? own : own === 'R26-C1' && (both === 'R26-C6' || (both === 'R26-C2' && !/duplicate|\bdupes?\b|\bbug\b|중복|버그/i.test(info.text))) ? both : (own ?? both);
  const refund = direct === 'R26-C6' || direct === 'R26-C1' ? direct : undefined;
  // "How many incidents with Core?" is the table itself: no rule leads it.
  const counts = /how many|몇|\b(is|are) there\b|\b(include|includes|come with|comes with|get)\b|있(어요|나요|습니까|음|니|는지)|포함/i.test(info.text) && /incident|case|ticket|인시던트|케이스|티켓|건/i.test(info.text);
  // "And if we'd only bought Core?" is what that offer gives, not a rule about buying.
  const supposed = named.length > 0 && /\b(if|would)\b|(으|다)면/i.test(info.text);
  // "When does an incident get credited back?" (no duplicate or bug named): billing and quota requests may be refunded too (R26-C2).
  const alsoBilling = direct === 'R26-C1' && !/duplicate|\bdupes?\b|\bbug\b|중복|버그/i.test(info.text) && !OPENED_TWICE.test(info.text);
  // "Do we get the duplicate back? And do frontline tickets cost anything?": each further question gets its rule too.
  const twoAsked = (info.text.match(/[?？]+/g)?.length ?? 0) >= 2 || /그리고 |\balso\b|\band (what|how|do|does|is|are)\b/i.test(info.text);
  const others = [...(direct && twoAsked ? DIRECT.filter(([pattern, id]) => id !== direct && pattern.test(info.text)).map(([, id]) => id) : []), ...(bothRefunds ? ['R26-C6'] : [])];
  const asked = direct ? rules.filter((r) => r.id === direct || others.includes(r.id) || (alsoBilling && r.id === 'R26-C2')) : counts || supposed ? [] : rulesAbout(rules, info.question ?? info.text);
  // "What if we had already activated?" after "not activated, bought ten days ago": this turn's facts decide first.
  // (How long the membership has been held, from the records, when the text says nothing of when it was bought.)
  const thisTurn = refund === 'R26-C6' ? refundVerdict(info, info.text, heldDays) : [];
  const verdict = refund === 'R26-C6' && !thisTurn.length ? refundVerdict(info, text, heldDays) : thisTurn;
  // "석세스 코어만 갖고있는 파트너가 … 온프렘 티켓 열겠다는데 되나요?": that offer has none; only the designation does (R26-E1), said first.
  const noOnPrem = named.length === 1 && named[0] !== 'solutions-partner' && ON_PREM.test(info.question ?? info.text) ? rules.filter((r) => r.id === 'R26-E1').map((r) => r.text[info.locale]) : [];
  const lead = [...noOnPrem, ...priceSum(info, catalog, text), ...verdict, ...asked.map((r) => r.text[info.locale])];
  return lead.length ? { ...answer, text: [...lead, answer.text].filter(Boolean).join('\n\n') } : answer;
}

/** Prices asked, not incident counts ("how much are Core and Expanded together per year?"). */
function pricesAsked(text: string): boolean {
  return PRICE.test(text) && !/incidents?|tickets?|cases?|인시던트|티켓|케이스/i.test(text);
}
/** Prices added together ("together", "in total", "on top", "합치면"). */
const ADD_UP = /\btogether\b|\btotal\b|\bcombined\b|\bon top\b|\bplus\b|\badd(ed|ing)?\b|\bin all\b|합치면|합계|총|같이|함께|더하면|둘 ?다|모두|추가/i;
/** An offer added to the ones just priced ("and if we add the designation fee on top?", "지정 비용까지 더하면요?"). */
const ADD_ON = /\bon top\b|\badd(ed|ing)?\b|\bplus\b|\btoo\b|\bas well\b|까지|추가|더하면/i;

/**
 * "How much are Core and Expanded together?": 925 + 4,125 = 5,050 USD a year; "and the designation fee on top?" adds the
 * offer named to those of the question before. Only documented prices are added; one offer alone is the price rule's.
 */
function priceSum(info: TurnInfo, catalog: Catalog, withBefore: string): string[] {
  if (!pricesAsked(withBefore) || !ADD_UP.test(info.text)) return [];
  const program = currentProgram(catalog);
  const said = ADD_ON.test(info.text) ? withBefore : info.text;
  // In the order they were named.
  const lower = said.toLowerCase();
  const at = (o: (typeof program.offers)[number]) => Math.min(...o.aliases.map((a) => aliasAt(lower, a)));
  const offers = program.offers.filter((o) => o.priceUsd && at(o) < Infinity).sort((a, b) => at(a) - at(b));
  if (offers.length < 2) return [];
  const usd = (n: number) => n.toLocaleString('en-US');
  const total = offers.reduce((sum, o) => sum + (o.priceUsd ?? 0), 0);
  return [info.t('program:current.price-sum', { sum: offers.map((o) => usd(o.priceUsd ?? 0)).join(' + '), total: usd(total), names: offers.map((o) => o.name[info.locale]).join(', ') })];
}

/** Where an offer's word first stands in a lower-cased text as a whole word (Infinity: nowhere). */
function aliasAt(text: string, alias: string): number {
  for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
    if (!/[a-z0-9]/.test(text[at - 1] ?? ' ') && !/[a-z0-9]/.test(text[at + alias.length] ?? ' ')) return at;
  }
  return Infinity;
}

/** The membership a 2021 pack name belongs to ("Partner support MAPS 10pack" is Action Pack's). */
const PACK_OFFERS: readonly (readonly [RegExp, string])[] = [[/\bMAPS\b/i, 'action-pack'], [/\bgold \d+ ?pack\b/i, 'gold'], [/\bsilver \d+ ?pack\b/i, 'silver']];

/** "What is Signature called now?", "what replaced Action Pack?", "when did the names change?" */
export function renamedAnswer(info: TurnInfo, catalog: Catalog, ask: TopicAsk): Answer {
  // "What happened to unlimited cloud support?": today's name and counts, and that how it ended is not documented.
  // (A quoted claim of unlimited support, "when did competencies actually end?", asks the dates, not that.)
  if (UNLIMITED.test(ownWords(info.text))) {
    const open = notDocumentedAnswer(info, catalog, 'unlimited-ended');
    const now = nowCalledAnswer(info, catalog, 'signature');
    if (open) return { ...open, text: [now.text, open.text].filter(Boolean).join('\n\n') };
  }
  const term = ask.renames?.[0] ?? ask.offer;
  // "2021 MPN때랑 비교해서 뭐가 바뀌었어요? 혜택 이름이랑 개수", "what's different now vs MPN?": every 2021 name with today's, and today's counts.
  if (CHANGES_ASKED.test(info.text) && (!term || term === 'program') && !WHEN_ONLY.test(info.text)) {
    const all = nowCalledAnswer(info, catalog);
    return { ...all, facts: [...(all.facts ?? []), ...(currentEntitlementsAnswer(info, catalog, undefined).facts ?? [])] };
  }
  // "A timeline of what happened to MPN since 2021? gold/silver, action pack, signature": the whole timeline.
  const whole = TIMELINE_ASKED.test(info.text) || (ask.renames?.length ?? 0) >= 3;
  const changes = WHEN.test(info.text) || whole ? whenChangedAnswer(info, catalog, whole ? undefined : term) : undefined;
  // The whole story ends with where it stands: today's counts per offer.
  const first = !changes ? nowCalledAnswer(info, catalog, term) : whole || !term ? { ...changes, facts: [...(changes.facts ?? []), ...(currentEntitlementsAnswer(info, catalog, undefined).facts ?? [])] } : changes;
  // "Is MPN still a thing? my boss says 'MPN partner admin'": every 2021 term named, each with its new name.
  // A pack name holds its membership too ("MAPS 10pack": Action Pack's on-premises pack): both are said.
  const more = (!ask.offer || PACK.test(info.text)) && !WHEN.test(info.text) ? (ask.renames ?? []).slice(1, 3).map((t) => nowCalledAnswer(info, catalog, t).text).filter(Boolean) : [];
  const named = more.length ? { ...first, text: [first.text, ...more].filter(Boolean).join('\n\n') } : first;
  // "Do the successors have on-premises incidents too?": only the designation does (R26-E1); Action Pack's on-premises
  // incidents have no counterpart in its successors, so that is said with it. Gold and Silver became the designation: what it takes (R26-D1).
  // "What would we need to get incidents again today?": then the benefit is activated (who, where, how soon: R26-V1, R26-V2).
  const needed = NEED_TODAY.test(info.text) ? ['R26-V1', 'R26-V2'] : [];
  // "골드 레거시 팩 2026년에도 계속 갱신할 수 있나요?", "can we still buy Action Pack?": no, said first.
  const noLonger = STILL_BUY.test(info.text) && (term === 'gold' || term === 'silver' || term === 'action-pack') ? [info.t('program:renamed.no-longer', { was: offerName(catalog.defaultProgram, term, info) })] : [];
  // "…and where would I redeem it?": today's redemption places too (R26-V5).
  const redeem = WHERE_REDEEM.test(info.text) ? ['R26-V5'] : [];
  // "How much are the offers that replaced Action Pack?": their prices too (R26-E3).
  const prices = PRICE.test(info.text) ? ['R26-E3'] : [];
  const extra = [...(ON_PREM.test(info.text) || term === 'action-pack' ? ['R26-E1'] : []), ...((term === 'gold' || term === 'silver') && !changes ? ['R26-D1'] : []), ...needed, ...redeem, ...prices];
  // "Action Pack 2021 vs Success Core, cloud incidents?": Action Pack had none then.
  const noCloudThen = term === 'action-pack' && /\bazure\b|\bcloud\b|signature|애저|클라우드|시그니처/i.test(info.text) ? [info.t('answers:benefits.action-pack-no-cloud')] : [];
  const answer = extra.length || noCloudThen.length || noLonger.length ? { ...named, text: [...noLonger, named.text, ...noCloudThen, ...currentRules(catalog, info, extra)].filter(Boolean).join('\n\n') } : named;
  // A pack name seen or remembered ("Partner support Gold 20pack", "Partner On-premises Support 20"): the pack renaming.
  // "What's that one called now?" a turn or two after asking for a pack's name: the packs' new names too.
  const packThread = info.text.split(/\s+/).length <= 8 && info.memory.recent.slice(-3, -1).some((t) => PACK.test(t) || /\bpack names?\b|팩 ?(이름|명)/i.test(t));
  // ("what was the 'Partner support MAPS 10pack'?" → "and what's it called now?": the pack's membership, Action Pack, is retired too.)
  const packOffer = packThread && !PACK.test(info.text) ? PACK_OFFERS.find(([pack]) => info.memory.recent.slice(-3, -1).some((t) => pack.test(t)))?.[1] : undefined;
  const offerToo = packOffer && packOffer !== term ? [nowCalledAnswer(info, catalog, packOffer).text ?? ''] : [];
  return PACK.test(info.text) || packThread ? { ...answer, text: [info.t('answers:renamed-packs'), answer.text, ...offerToo].filter(Boolean).join('\n\n') } : answer;
}

/** What changed, asked as a comparison ("what changed since …", "what's different now", "비교해서", "뭐가 바뀌었", "달라진 점"). */
const CHANGES_ASKED = /\bwhat('?s| has| is)? (changed|different)\b|\bwhat changed\b|\bdifferences?\b|\bcompared?\b|\b(vs\.?|versus)\b|비교|뭐가 ?(바뀌|바꼈|달라)|무엇이 ?(바뀌|달라)|달라진 ?(점|것|게|거)|바뀐 ?(점|것|게|거|건)|차이/i;
/** Only when it changed ("when did MPN change?", "언제 바뀌었어요?"). */
const WHEN_ONLY = /^\s*(when|언제)\b|\bwhen (did|was|were)\b|언제/i;

/** What it would take today ("what would we need to get incidents again?", "지금이면 뭘 해야 받아요?"). */
const NEED_TODAY = /\bwhat (would|do|does|will) (we|i|they|it) (need|have to|take)\b|\bwhat('?s| is) (needed|required)\b|\bhow (would|do|could|can) (we|i|they) get\b.{0,30}\b(incidents?|support|benefits?)\b|뭘 ?해야|무엇을 ?해야|어떻게 ?해야|받으려면|필요한 ?(게|것|건)/i;

/** The changes since 2021 asked as a whole ("timeline", "what happened to MPN since 2021", "그동안 뭐가 바뀌었어요"). */
const TIMELINE_ASKED = /\btimeline\b|\bwhat happened (to|with)\b|\bsince 2021\b|\bhistory of (the )?(program|mpn|changes)\b|타임라인|연혁|변천|그동안 (뭐가|어떻게)|2021년 ?(이후|부터)/i;

/** A support pack's name, old or new. */
const PACK = /(?<!\d)\d{1,2} ?-?pack\b|partner (on[- ]?premises|cloud) support \d{1,2}(?!\d| ?(incidents?|cases?|tickets?|건|개))|파트너 (온-?프레미스|클라우드) 지원 ?\d{1,2}(?!\d| ?(건|개|인시던트))|(?<!\d)\d{1,2} ?팩/i;
