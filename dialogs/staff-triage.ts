import type { DialogContext } from 'botbuilder-dialogs';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import type { OrgLookup, StaffAssessment, UnknownMessage } from '../src/core/staff-service.js';
import type { TriageFacts } from '../src/core/triage.js';
import { matchError } from '../src/language/error-matcher.js';
import { quotedLocale } from '../src/language/locale.js';
import { REMAINING, scopeAsked } from '../src/language/signals.js';
import { INTENT_BY_MESSAGE_MEANING, type IntentId } from '../src/language/intents.js';
import { diagnosisAnswer, leafKey } from './error-answer.js';
import { factsFromText } from './facts-from-text.js';
import { fromKey } from './compose.js';
import { onPremWhere } from './program-answers.js';
import type { DialogDeps } from './deps.js';
import { contractFact, factLine, orgLineFacts } from './benefits-answer.js';
import { askText, factLabel, linkFact, noteLines, optionLabel, recordsAnswer, recordsLeaf } from './records-text.js';
import { mentionText } from './get-ids.dialog.js';
import { SUM } from './arithmetic.js';
import { listedItems } from './questions.js';
import { QUESTION } from './route-turn.js';
import { activatedFact, orgMissAnswer, splitOrg, type StaffCommand } from './staff.dialog.js';
import { focusOn, turnInfo, type TurnInfo } from './turn.js';

/**
 * What a partner's description states outright beyond the Access-ID facts: which plan they
 * picked, whether they were only reading balances, which side their account is on.
 */
export function staffFactsFromText(text: string): TriageFacts {
  const t = text.toLowerCase();
  const facts: TriageFacts = factsFromText(text);
  // "Windows 10 골라서 잔여 수량 보려는데", "just to see what's left": reading the balance, not opening a request.
  if (/(check|read|see|look at)(ing)? (the |our |their |its |his |her )?([a-z]+ )?(balances?|remaining|what'?s left|incidents left)|\bbalance (check|lookup)\b|(잔여|잔량|남은 ?(인시던트|수량|건수))(량| ?수량| ?건수)?(을|를)? ?(확인|보려|보기|보는|봤|조회)/.test(t)) facts.balanceCheck = 'yes';
  if (/signature|시그니처|서명 클라우드|cloud plan|클라우드 플랜/.test(t)) facts.planScope = 'cloud';
  else if (/on[- ]?prem(ises)? (pack|plan)|온-?프레미스 ?(팩|플랜)/.test(t)) facts.planScope = 'on-premises';
  if (/csp[- ]only|csp (account|tenant|side)|csp ?(계정|테넌트)/.test(t)) facts.accountSide = 'csp-only';
  else if (/membership (account|tenant)|멤버십 ?(계정|테넌트)/.test(t)) facts.accountSide = 'membership';
  return facts;
}

/** "Draft the reply in Korean", "한국어로 답장": the suggested reply in that language. */
const DRAFT_IN_KOREAN = /\b(in|into) korean\b|\bkorean (reply|draft|version|answer|response)\b|한국어로|한글로|(한국어|한글) ?(답장|답변|초안|회신|버전)/i;
const DRAFT_IN_ENGLISH = /\b(in|into) english\b|\benglish (reply|draft|version|answer|response)\b|영어로|영문으로|(영어|영문) ?(답장|답변|초안|회신|버전)/i;
/** Where the last match of a pattern starts in the text (-1: none). */
function lastAt(pattern: RegExp, text: string): number {
  return Math.max(-1, ...[...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => m.index ?? -1));
}
/** A question about a partner's records ("how does Fabrikam look?", "기록상 어때요?"). */
const RECORDS_ASKED = /\brecords?\b|\bstatus\b|\bstate\b|\bids?\b|access id|contract id|incidents?|activat|\b(remain|remaining|left|valid|benefits?|balance)\b|기록|상태|어때|어떻게 돼|인시던트|활성화|아이디|남은|남았|잔여|건수|유효|혜택/i;

/**
 * Support staff describing a partner's problem in their own words, with the partner named
 * ("Litware sent me this from Azure: …", "Fabrikam says they can't see the Access ID, how do their
 * records look?"): a pasted portal message is triaged with that org's records, a question about
 * the org is its records. Undefined for anyone else, or when no single org is named.
 */
/** Text after "triage" that pastes or describes no message and names no partner, but asks a question ("q: what is Gold called today?"). */
export function questionOnly(rest: string, deps: DialogDeps): boolean {
  return /[?？]/.test(rest) && QUESTION.test(rest) && !/(?:org|조직):/iu.test(rest) && !ERRORISH.test(rest) && !matchError(rest, deps.service.catalog.defaultProgram);
}

/** The Partner Center benefits page named ("Technical benefits in Partner Center", "파트너 센터 기술 혜택"). */
const BENEFITS_PAGE = /\btechnical benefits\b|\bbenefits page\b|기술 ?혜택|혜택 ?페이지/i;
/** Staff asking for the queue in their own words ("any open partner tickets waiting for me?", "대기 중인 티켓 있어?"). */
const QUEUE_ASKED = /(?<!\b(to|can|could|we|i|they|and|or) )\b(open|pending|waiting|new|unanswered|unassigned) (partner )?(tickets|requests|handoffs)\b|\b(tickets?|handoffs?) (waiting|pending|in the queue)\b|\bthe queue\b|(대기 ?중인|열린|미처리|새) ?(티켓|요청|문의)/i;

/** A staff command read from a message: the partners also named (looked up after it), the messages also pasted (triaged after it). */
export interface StaffRequest {
  command: StaffCommand;
  rest: string;
  also?: string[];
  /** Many partners asked about together: one line each ("which of them can open an Azure ticket now?"), no cards. */
  linesOnly?: boolean;
  /** Several partners' messages listed in one message: each item with its own request, answered as if sent alone. */
  each?: { text: string; request: StaffRequest }[];
}

/** The words a correction sets aside ("I meant Contoso, not Litware", "Litware 말고 Contoso요"): no partner asked about. */
function withoutDenied(text: string): string {
  return text.replace(/\b(not|instead of|rather than)\s+[^,.;!?]{1,40}/gi, ' ').replace(/[^\s,.!?]+ ?(말고|아니고|(이|가) 아니라)/g, ' ');
}

export async function staffRequestOf(info: TurnInfo, deps: DialogDeps): Promise<StaffRequest | undefined> {
  if (!info.text || !deps.staff.isStaff(info.user)) return undefined;
  const [org, ...more] = await deps.service.orgsMentioned(mentionText(withoutDenied(info.text)), { byReferences: true });
  // ("two tickets in the queue, both asking … Contoso vs Litware?" asks about those partners, not the queue.)
  if (QUEUE_ASKED.test(info.text) && info.text.length <= 200 && !org) return { command: 'tickets', rest: '' };
  // "Anything else in their records?", "does he actually have the contract linked somewhere already?": the partner the conversation is about.
  // ("Diego가 계약 연결한건 어디서 언제였어요?": its links on record, where and when.)
  if (!org && info.memory.focusOrg && /\brecords?\b|기록|\blinked accounts?\b|\baccounts? (linked|associated)\b|연결(된|한) 계정|등록(된|한) 계정|\b(contract|ids?) (is |are )?linked\b|\bhave (the|their|our) (contract|ids?) linked\b|\blinked (it|them|the contract|the ids) (somewhere|already|anywhere)\b|(계약|ID|아이디)[^.?!]{0,10}연결(돼|되어|된)|(계약|ID|아이디)[^.?!]{0,10}연결(한|했)[^.?!]{0,15}(언제|어디)|\b(when|where) did \w+ link\b|\b(one|account|person|user) (that )?linked\b[^.?!]{0,40}\b(who|when)\b|\bwho (linked|did that link)\b|\bwhich (srs?|sr numbers?|service requests?)\b|\bsr (numbers?|list)\b|(어떤|어느|무슨) ?SR|SR ?번호/i.test(info.text)) return { command: 'lookup', rest: info.memory.focusOrg };
  // "Blue Yonder Airlines says they have 20 left, can you confirm from our records?": a partner named that the records don't have.
  const unknown = !org && !info.memory.focusOrg ? (RECORDS_CHECK.test(info.text) ? partnerNamed(info.text) : undefined) ?? partnerOpening(info.text) : !org ? await anotherPartner(info, deps) : undefined;
  // "Check Relecloud — partner pasted 'Looks like you don't have any benefits yet'": the message, triaged without records.
  if (unknown) return matchError(info.text, deps.service.catalog.defaultProgram) ? { command: 'triage', rest: `${info.text} org:"${unknown}"` } : { command: 'lookup', rest: unknown };
  if (!org) return undefined;
  const pasted = matchError(info.text, deps.service.catalog.defaultProgram);
  // "Adventure Works and Litware – what's wrong with each?": each partner's records, one after the other.
  if (more.length && !pasted) {
    const also = more.map((o) => o.id);
    if (more.length < MAX_PARTNERS) return { command: 'lookup', rest: org.id, also };
    // "contoso, litware, adventure works and woodgrove … which of them can open an azure ticket rn? one line each": the lines, no cards.
    const together = (scopeAsked(info.text) && CAN_OPEN_NOW.test(info.text)) || SUM.test(info.text);
    return together && more.length < MAX_TOGETHER ? { command: 'lookup', rest: org.id, also, linesOnly: true } : undefined;
  }
  // "(a) Fabrikam sees 'no benefits yet' (b) Tailspin gets 'no partner support plan'": each partner's message, triaged with its records.
  // ("both Tailspin Labs and Northwind Traders say they see '…'": the one message, triaged with each partner's records.)
  if (more.length) return (await triagedEach(info, deps)) ?? (more.length < MAX_PARTNERS ? sameMessageEach(info.text, [org, ...more].map((o) => o.id)) : undefined);
  // "그럼 둘 다 합쳐서 … 패브리캄은 …" after several partners compared: the question is about them together (answered by the conversation).
  const together = info.memory.focusOrgs;
  if (together && together.length > 1 && [org, ...more].every((o) => together.includes(o.id)) && SUM.test(info.text) && !pasted) return undefined;
  // "우드그로브까지 합치면 온프렘 몇 개예요?" about the partner in view: the two added up, one line each.
  if (info.memory.focusOrg && info.memory.focusOrg !== org.id && !more.length && !pasted && SUM.test(info.text)) return { command: 'lookup', rest: info.memory.focusOrg, also: [org.id], linesOnly: true };
  // "and Woodgrove's Core pack, how close are they?" after several partners compared: that one is now in view.
  if (info.memory.focusOrgs?.includes(org.id)) focusOn(info.memory, org.id);
  // "Lidia Holloway는 안돼요?" about the partner already in view: a follow-up, answered by the conversation.
  if (org.id === info.memory.focusOrg && !pasted && !ERRORISH.test(info.text) && !RECORDS_ASKED.test(info.text) && info.text.split(/\s+/).length <= 10) return undefined;
  // A records question that merely names a product ("how many Partner Cloud Support incidents remain?") is not a paste;
  // an error nobody documented ("Error 500 - Something went wrong") is triaged too, as an unknown message.
  if (pasted && (pasted.exact || !RECORDS_ASKED.test(info.text))) return { command: 'triage', rest: `${info.text} org:${org.id}` };
  // "How many left after their SfB error? quick number?", "who activated? partner asks after an error": a records question that mentions an error.
  if (!pasted && ERRORISH.test(info.text) && !RECORDS_FIRST.test(info.text) && !SAME_MESSAGE.test(info.text)) {
    // "권한 없다는 에러", "new Access ID because of the Azure error, no TAM": a known message described, not pasted, is that message.
    const reading = await deps.recognizer.recognize(info.text, info.locale);
    // An error code ("0x80070005") is no documented portal message, however its words read.
    // "Technical benefits in Partner Center gives him an error": on that page the documented message is the missing permission (M1).
    const onBenefitsPage = BENEFITS_PAGE.test(info.text) && !/["“”`]|(?<!\w)['‘][^'’]{8,}['’]/.test(info.text) && !/\bazure\b|애저|\blink|연결|support for business|\bsfb\b/i.test(info.text);
    const described = onBenefitsPage ? messageOfTopic('not-authorized', deps.service.catalog.defaultProgram) : reading.score >= DESCRIBED && !ERROR_CODE.test(info.text) ? messageOfTopic(reading.intent, deps.service.catalog.defaultProgram) : undefined;
    return { command: 'triage', rest: `${described ? `${DESCRIBED_MARK} ${described} ` : ''}${info.text} org:${org.id}` };
  }
  // "It's Lidia Holloway at Fabrikam" after a pasted message with no partner named: that message, triaged with this partner's records.
  // "what about Northwind Traders, same message": that message again, for the partner named now.
  const earlier = !pasted && (SAME_MESSAGE.test(info.text) || (!QUESTION.test(info.text) && info.memory.focusOrg !== org.id)) ? messageOfTopic(info.memory.last?.topic, deps.service.catalog.defaultProgram) : undefined;
  if (earlier) return { command: 'triage', rest: `${earlier} ${info.text} org:${org.id}` };
  // Anything else about the partner ("Litware Inc. 건이에요", "Johanna asks why SfB lists the plan as unavailable") opens its records.
  // (Asking for their IDs, "Pradeep lost their contract id, whats the id?", is a lookup too: the IDs stay masked, since
  // whoever says they lost them is not verified; every user of the partner sees them in Partner Center, and staff who
  // must read them whole say "reveal" in a private chat, which is audited.)
  return { command: 'lookup', rest: org.id };
}

/** Listed items that each name one partner ("(a) Fabrikam sees 'no benefits yet' (b) Tailspin gets …"): each one's request; undefined otherwise. */
async function triagedEach(info: TurnInfo, deps: DialogDeps): Promise<StaffRequest | undefined> {
  const items = listedItems(info.text).slice(0, MAX_PARTNERS);
  const requests = await Promise.all(items.map((text) => staffRequestOf({ ...info, text, memory: { ...info.memory } }, deps)));
  const each = items.flatMap((text, i) => {
    const request = requests[i];
    return request && !request.also && !request.each ? [{ text, request }] : [];
  });
  const [first] = each;
  return first && each.length === items.length && each.length >= 2 ? { ...first.request, each } : undefined;
}

/** One pasted message that several partners named see: triaged with each one's records. */
function sameMessageEach(text: string, orgIds: readonly string[]): StaffRequest | undefined {
  const each = orgIds.map((id) => ({ text, request: { command: 'triage' as const, rest: `${text} org:${id}` } }));
  const [first] = each;
  return first ? { ...first.request, each } : undefined;
}

/** The message of the last triage, said again of another partner ("same message", "똑같은 오류"). */
const SAME_MESSAGE = /\b(same|that) (message|error|thing|issue|problem|screen)\b|(같은|똑같은|동일한) ?(메시지|오류|에러|문제|증상|화면)/i;

/** "And Relecloud?", "what about Fourth Coffee?", "그럼 코호 와이너리(Coho Winery)는요?": the next partner asked about. */
const NEXT_PARTNER = /^\s*(?:ok(?:ay)?,?\s+)?(?:and|what about|how about|same for|also)\s+([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\s*(?:[?,.]|$)|\(([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\)\s*(?:은요|는요|도요|쪽은요)/;

/** A partner named in a follow-up that the records lack, unless it is a person of the partner in view ("and Miriam?"). */
async function anotherPartner(info: TurnInfo, deps: DialogDeps): Promise<string | undefined> {
  const m = NEXT_PARTNER.exec(info.text);
  const name = m?.[1] ?? m?.[2];
  if (!name || NOT_A_PARTNER.test(name.split(' ')[0] ?? '') || !info.memory.focusOrg) return undefined;
  const people = await deps.service.orgUsers(info.memory.focusOrg);
  return people.some((u) => u.name.toLowerCase().split(' ').includes(name.toLowerCase().split(' ')[0] ?? '')) ? undefined : name;
}

/** At most this many partners named in one message are looked up. */
const MAX_PARTNERS = 3;
/** At most this many partners named in one message are answered together, one line each. */
const MAX_TOGETHER = 8;

/** "Which of them can open an Azure ticket now?", "누가 지금 클라우드 요청 열 수 있어요?": partners compared on whether a request can be opened. */
export const CAN_OPEN_NOW = /\b(can|could|able to)\b[^.?!]{0,40}\b(open|file|raise|log|submit|use)\b|\b(which|who) of (them|these|those)\b[^.?!]{0,20}\b(can|could|is able|are able)\b|\b(who|which)\b[^.?!]{0,40}\b(has|have|still)\b[^.?!]{0,20}\b(left|remaining|available|incidents?)\b|(열|접수|쓸|사용할) ?수 ?있|남아 ?있는 ?(곳|데|파트너)|(누가|어디가|어느 ?(곳|파트너|회사))[^.?!]{0,20}(남았|남아|가능)/i;


/** Staff asking the records to confirm something about a partner. */
const RECORDS_CHECK = /\b(can|could|may)\b[^?]{0,40}\b(open|file|use|get|raise|submit)\b|가능(해요|한가요|할까요|합니까)|할 수 있(어요|나요|을까요|습니까)|\bstatus\b|\bhow many\b.{0,30}\b(left|remaining)\b|\bbalance\b|\bwho activated\b|누가 활성화|확인 ?(가능|좀|부탁)|\b(our|the) records\b|\blook (it |them )?up\b|\blookup\b|\bconfirm\b|\bcheck\b|\bfind\b|\bpull (up|out)\b|\bin the (system|records|db|database)\b|\bdo we have (them|it|that)\b|\bon file\b|기록|조회|확인해|찾아|정보 ?(있|좀)|잔여|남은 ?인시던트|상태|봐 ?주/i;
/** Words that open a sentence, never a partner's name ("근데 잔여 확인하려고…"). */
const NOT_A_NAME = /^(근데|그런데|그럼|그러면|그리고|아|혹시|저|제가|저희|우리|이|그|지금|파트너|고객|partner)(\s|$)/;
/** Words that end a partner's name written in Hangul ("알파인 스키 하우스 잔여 인시던트 확인해주세요"). */
const AFTER_NAME = /\s(잔여|남은|인시던트|활성화|파트너|정보|조회|확인|쪽|건|회사|계정|혜택|ID|아이디|상태|기록|오늘|지금|클라우드|온프레미스|티켓|케이스)/;
/** One Hangul word long enough to be a company's name ("한빛클라우드 상태 좀 봐줘요"), not a word of the domain or a word with its particle. */
const ONE_WORD_NAME = /^[가-힣]{4,12}$/;
const NOT_ONE_WORD_NAME = /인시던트|파트너|^클라우드|멤버십|액세스|아이디|시그니처|포털|계정|관리자|사용자|계약|상태|기록|잔여|혜택|역량|등급|골드|실버|지원|오류|에러|메시지|문의|요청|티켓|연결|활성화|[은는이가을를의에도만요]$/;
/** Capitalised words that are products, portals or programs, never a partner's name. */
/** Words before a company name ("pls check proseware inc"), never part of it. */
const LEAD_WORD = /^(pls|please|check|lookup|look|up|find|pull|for|of|the|at|on|about|from|with|can|could|you|is|are|what|how|whats|hey|hi|and|or|to|me|us|in|by)$/i;
const NOT_A_PARTNER = /^(Azure|Microsoft|Partner|Support|Signature|Gold|Silver|Action|Premier|Advanced|Windows|Office|Dynamics|Teams|Exchange|SQL|SharePoint|Contract|Access|Help|Services|MPN|CSP|TAM|SfB|Is|Can|Do|Does|Hi|Hello|Please|Pls|The|Our|Their|They|He|She|We|I|What|How|Why|Where|Who|When)$/;

/** The partner a text names that no known org matched: two to four capitalised words ("Blue Yonder Airlines"), or "블루 요더 항공이라는 파트너". */
function partnerNamed(text: string): string | undefined {
  // "status of fourthcoffee.example?", "relecloud.example 조직 상태": a domain (or an e-mail's) names the partner.
  const domain = /(?:^|[\s@(<"'`])((?:[a-z0-9][a-z0-9-]*\.)+(?:example|com|net|org|io|biz|info|co|kr|jp|de|uk|us))\b/i.exec(text)?.[1];
  if (domain && !/microsoft|azure|windows|office|outlook|hotmail|live\.com|gmail|msdirectservices|serviceshub|engagecenter|slack|teams/i.test(domain)) return domain;
  const korean = /['"‘“]?([가-힣A-Za-z0-9 ()]{2,30}?)['"’”]? ?(?:이라는|라는|란) ?(?:파트너|회사|업체|고객사)/.exec(text)?.[1]?.trim();
  if (korean) return korean;
  // "Priya Raman's company": whose company it is, the name the records would know.
  const whose = /\b([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})'s (?:company|org|organi[sz]ation|firm|team|admin|administrator|global admin|partner admin|it admin|engineer|user|users|contact|staff|people|guy)\b/.exec(text)?.[1];
  if (whose && !NOT_A_PARTNER.test(whose.split(' ')[0] ?? '')) return whose;
  // "Kim Minjun from Wingtip Toys": the company, not the person.
  const from = /\b(?:from|at|of|with)\s+([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})/.exec(text)?.[1];
  if (from && !NOT_A_PARTNER.test(from.split(' ')[0] ?? '')) return from;
  // "pls check proseware inc's balance": a company suffix names the partner, capitalised or not.
  const suffixed = /\b((?:[a-z][\w&-]* ){1,3})(inc|corp|corporation|ltd|llc|gmbh|co)\b\.?/i.exec(text.slice(0, 300));
  if (suffixed) {
    const words = (suffixed[1] ?? '').trim().split(' ');
    const start = words.findLastIndex((w) => LEAD_WORD.test(w) || NOT_A_PARTNER.test(w[0]?.toUpperCase() + w.slice(1))) + 1;
    const name = words.slice(start).join(' ');
    if (name) return `${name} ${suffixed[2]}`;
  }
  for (const m of text.slice(0, 300).matchAll(/\b[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){1,3}/g)) {
    const words = m[0].split(' ').filter((w) => !NOT_A_PARTNER.test(w.replace(/['.]s?$/, '')));
    if (words.length >= 2) return words.join(' ').replace(/'s$/, '');
  }
  // "check Relecloud - …": one capitalised word right after the request.
  const one = /\b(?:check|lookup|look up|find)\s+([A-Z][\w&.'-]{2,})/.exec(text)?.[1];
  if (one && !NOT_A_PARTNER.test(one)) return one;
  // "알파인 스키 하우스 잔여 인시던트 확인해주세요": the Hangul words before what is asked.
  const cut = AFTER_NAME.exec(text);
  // "와이드월드임포터스에서 남은 건수 물어보는데": the name without the particle that follows it.
  const head = cut ? text.slice(0, cut.index).trim().replace(/(?<=[가-힣]{2})(?:측|쪽)?(?:에서|에게|한테|께서)$/, '') : '';
  if (ONE_WORD_NAME.test(head) && !NOT_ONE_WORD_NAME.test(head) && !NOT_A_NAME.test(head)) return head;
  return /^[가-힣]{2,}( [가-힣]{1,}){1,3}$/.test(head) && !NOT_A_NAME.test(head) ? head : undefined;
}

/** "proseware inc says …", "relecloud: '…'": a name opening the message, then who said what (any case). */
const OPENING_NAME = /^\s*([a-z][\w&.'-]*(?: [a-z][\w&.'-]*){0,2})(?:\s*:|\s+(?:says?|said|emailed|e-mailed|wrote|writes|asks?|asked|reports?|reported|sent|pasted|called|claims?|thinks?|is (?:asking|saying|getting|seeing)|are (?:asking|saying|getting|seeing)|gets?|sees?)\b)/i;
/** Words that open a message but never name a partner ("the partner says", "customer:", "fyi:"). */
const NOT_OPENING = /^(the|a|an|my|our|their|this|that|these|partner|partners|customer|customers|client|user|users|someone|somebody|they|he|she|it|we|i|you|hi|hey|hello|fyi|note|re|question|q|update|ticket|case|error|message|azure|portal|teams|slack|support|staff|admin|engineer|colleague|boss|manager|ms|microsoft|sfb|pc|partner center|quick|urgent|btw|ps|ok|okay|so|also|thanks|sorry|qq|query|issue|problem|context|background|another|next|followup|follow-up)$/i;

function partnerOpening(text: string): string | undefined {
  const name = OPENING_NAME.exec(text)?.[1];
  if (!name || name.split(' ').some((w) => NOT_OPENING.test(w) || NOT_A_PARTNER.test(w.charAt(0).toUpperCase() + w.slice(1)))) return undefined;
  return name;
}

/** How sure the recognizer must be that a described error is a known message (and the match's score then). */
const DESCRIBED = 0.85;
/** Marks a triage request whose message was described, not pasted (see staffRequestOf). */
const DESCRIBED_MARK = 'described:';

/** The portal message a topic answers (the first wording of the first message with that meaning). */
function messageOfTopic(topic: string | undefined, program: Program): string | undefined {
  const message = topic ? program.messages.find((m) => m.kind !== 'label' && INTENT_BY_MESSAGE_MEANING[m.meaning] === topic) : undefined;
  return message?.variants.en[0];
}

/** What a portal's label triaged leaves the conversation on ("지원 혜택 연결" → linking in Azure, then "그 오류는요?"). */
const LABEL_TOPICS: Readonly<Record<string, IntentId>> = { 'ui-link-benefits': 'link-azure', 'ui-activate': 'activate', 'ui-csp-plan': 'csp-customer' };

/** A message that reads as a portal's error ("Error 500", "0x80070005", "세션이 만료되었습니다 라는 메시지"). */
/** A question the records answer, even beside the word "error". */
const RECORDS_FIRST = /\bhow many\b|\b(still have|left|remaining|balance)\b|\bwho activated\b|몇 ?(개|건)|남았|남은|누가 활성화/i;
/** An error code, which none of the documented portal messages has. */
const ERROR_CODE = /0x[0-9a-f]{4,}|\b(error|code|오류|에러)\s*(code\s*|코드\s*)?[45]\d\d\b/i;
const ERRORISH = /\berror\b|\berror code\b|\b[45]\d\d\b|0x[0-9a-f]{4,}|\b[a-z]{3,8}\d{4,}\b|\bpasted\b\s*[:"“]|timed out|went wrong|try again later|오류|에러|(?<!레)코드|라는 메시지|메시지를 (받|봤|보냈)|(이|라)는 (문구|메시지)/i;

/** "triage <pasted text> org:<org>": the message's own tree, walked with the org's records. */
export async function staffTriage(dc: DialogContext, rest: string, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  const split = splitOrg(rest);
  // "triage pls. ticket text: "… I'm Nestor from Tailspin Labs …"": the one partner the pasted text names, when no org is given.
  const mentioned = split.org ? [] : await deps.service.orgsMentioned(mentionText(split.text));
  const org = split.org ?? (mentioned.length === 1 ? mentioned[0]?.id : undefined);
  // A message described in other words is that message, but not a quote: the certainty says so.
  const described = split.text.startsWith(DESCRIBED_MARK);
  const text = described ? split.text.slice(DESCRIBED_MARK.length).trim() : split.text;
  const found = text ? matchError(text, program, { labels: true }) : undefined;
  const match = found && described ? { ...found, exact: false, score: DESCRIBED } : found;
  const told = staffFactsFromText(text);
  // M3 appears when linking in the Azure portal; a pasted copy of it says where, unless the text says otherwise.
  if (match?.meaning === 'already-associated' && (!told.location || /azure|애저/i.test(text))) told.location = 'azure-link';
  const who = { actor: info.user, via: info.identity };
  const named = await deps.staff.triage(who, { told, ...(org ? { orgQuery: org } : {}), ...(match ? { match } : {}) });
  // A partner the records don't have, with a known message: say so, and triage the message without records.
  const missing = named.kind === 'org-not-found' && match ? orgMissAnswer(info, program, named) : undefined;
  const r = missing ? await deps.staff.triage(who, { told, match: match! }) : named;
  if (r.kind === 'refused') return deps.send(dc, fromKey(info, program, 'staff.refused', { kind: 'refusal' }));
  if (r.kind === 'org-not-found' || r.kind === 'org-ambiguous') return deps.send(dc, orgMissAnswer(info, program, r));
  // The suggested reply is in the staff member's language ("reply in Korean" asks for the other one); a message the
  // partner saw in the other language is pointed out, so a reply in the partner's language is one request away.
  // ("파트너가 한국어로 '…' 뜬다고 … draft me a reply in English": the language named last is the one asked.)
  const [ko, en] = [lastAt(DRAFT_IN_KOREAN, text), lastAt(DRAFT_IN_ENGLISH, text)];
  const asked = ko < 0 && en < 0 ? undefined : ko > en ? 'ko' : 'en';
  const partnerLocale = info.requestedLocale ?? asked ?? info.locale;
  const seen = text ? quotedLocale(text) : partnerLocale;
  const otherLanguage = seen !== partnerLocale ? [info.t('answers:staff.other-language', { language: info.t(`answers:staff.language.${seen}`) })] : [];
  const partner: TurnInfo = { ...info, locale: partnerLocale, t: deps.translate(partnerLocale) };
  const records = r.org ? noteLines(info, program, await deps.service.notes(r.org.summary.org.id, 'error'), r.org.summary.org.name) : [];
  const answer = r.kind === 'unknown-message' ? unknownAnswer(info, partner, r) : triageAnswer(info, { program, r, partner, text });
  // What the records show comes before the suggested reply: staff may want to mention it.
  const lead = missing ? [`${missing.title}: ${missing.text ?? ''}`] : [];
  // ("… trying an on-prem case. where should on-prem go for them": on today's program, where on-premises requests are redeemed.)
  const whereOnPrem = r.org?.summary.program.multipleOffers && scopeAsked(text) === 'on-premises' && /\bwhere\b|어디/i.test(text) ? [onPremWhere(info, deps.service.catalog, r.org.summary.program)] : [];
  const notes = [...lead, ...whereOnPrem, ...(records.length ? [info.t('records:notes-title'), ...records] : [])];
  await deps.send(dc, notes.length || otherLanguage.length ? { ...answer, notes: [...notes, ...(answer.notes ?? []), ...otherLanguage] } : answer);
  // "Would retrying fix it?", "그 회사가 테넌트를 따로 쓰면요?": follow-ups are about the message's topic.
  const topic = match ? (INTENT_BY_MESSAGE_MEANING[match.meaning] ?? LABEL_TOPICS[match.meaning]) : undefined;
  if (topic) info.memory.last = { topic, competencies: [], facts: told as Record<string, string> };
  if (r.org) focusOn(info.memory, r.org.summary.org.id);
}

function orgFacts(info: TurnInfo, org: OrgLookup | undefined): AnswerFact[] {
  if (!org) return [];
  return [
    { label: info.t('answers:staff.org'), value: `${org.summary.org.name} (${org.summary.org.id})` },
    // The evidence the diagnosis rests on: each line's allowance and what is left.
    ...orgLineFacts(info, org.summary),
    // "활성화는 됐나요?": whether the contract is activated (and until when).
    contractFact(info, org.summary),
    ...activatedFact(info, org),
    ...org.links.map((l) => linkFact(info, org.summary.program, l)),
  ];
}

/** A records leaf; without records (a partner we don't know) in its conditional wording where it has one. */
function leafAnswer(info: TurnInfo, program: Program, leaf: string, org: OrgLookup | undefined, options?: Parameters<typeof recordsAnswer>[3]): Answer {
  const answer = recordsAnswer(info, program, `leaf.${leaf}`, options);
  const unrecorded = org ? '' : info.t(`records:leaf.${leaf}.unrecorded`, { defaultValue: '' });
  return unrecorded ? { ...answer, text: unrecorded } : answer;
}

/**
 * The partner-facing wording of a leaf, in the partner's language, as plain text for staff to paste; with what is
 * left on the partner's lines when the staff member asked that too ("… also how many on-prem do they have left?").
 */
function suggestedReply(partner: TurnInfo, program: Program, r: StaffAssessment, asked: string): { text: string; citations: Answer['citations'] } {
  const { result } = r.assessment;
  const reply = recordsLeaf(partner, result.leaf) ? leafAnswer(partner, program, result.leaf, r.org, { section: result.section }) : diagnosisAnswer(partner, program, result, r.org && !r.org.summary.org.membership ? ['offer'] : []);
  const side = scopeAsked(asked);
  const lines = r.org && REMAINING.test(asked) ? r.org.summary.lines.filter((l) => !side || l.benefit.scope === side) : [];
  const balance = r.org ? orgLineFacts(partner, { program: r.org.summary.program, lines }) : [];
  const text = [reply.title, reply.text ?? '', ...(reply.steps ?? []).map((s, i) => `${i + 1}. ${s}`), ...balance.map(factLine)].join('\n');
  return { text, citations: reply.citations ?? [] };
}

/** The staff view: which message, diagnosis, how sure and why, evidence, what to ask, a reply in the partner's language. */
function triageAnswer(info: TurnInfo, o: { program: Program; r: StaffAssessment; partner: TurnInfo; text: string }): Answer {
  const { assessment: a, org } = o.r;
  const leaf = recordsLeaf(info, a.result.leaf) ? leafAnswer(info, o.program, a.result.leaf, org) : fromKey(info, o.program, `triage.leaf.${leafKey(a.result, Boolean(org && !org.summary.org.membership))}`);
  const fact = (s: { fact: string; value: string }, source: string): AnswerFact => ({
    label: factLabel(info, s.fact),
    value: `${optionLabel(info, s.fact, s.value)} (${info.t(`answers:staff.source.${source}`)})`,
  });
  const match = a.match >= 1 ? info.t('records:match.exact') : info.t('records:match.fuzzy', { percent: Math.round(a.match * 100) });
  const confidence = info.t('records:confidence', { level: info.t(`records:level.${a.confidence}`), match, records: a.fromRecords.length, steps: a.result.path.length, assumed: a.assumed.length });
  const reply = suggestedReply(o.partner, o.program, o.r, o.text);
  return {
    kind: 'diagnosis',
    locale: info.locale,
    title: info.t('answers:staff.triage-title', { leaf: leaf.title }),
    ...(leaf.text ? { text: leaf.text } : {}),
    facts: [
      { label: info.t('answers:staff.signature'), value: info.t(`records:message.${o.r.messageId}`) },
      { label: info.t('answers:staff.confidence'), value: confidence },
      ...orgFacts(info, org),
      ...a.fromRecords.map((s) => fact(s, 'records')),
      ...a.told.map((s) => fact(s, 'text')),
      ...a.assumed.map((s) => fact(s, 'assumed')),
    ],
    steps: a.assumed.map((s) => askText(info, s.fact)),
    notes: [info.t('answers:staff.suggested-reply', { language: info.t(`answers:staff.language.${o.partner.locale}`) }), reply.text],
    citations: reply.citations ?? [],
    sensitive: false,
  };
}

/** No known message: no diagnosis, only what to ask, and that question ready in the partner's language. */
function unknownAnswer(info: TurnInfo, partner: TurnInfo, r: UnknownMessage): Answer {
  return {
    kind: 'diagnosis',
    locale: info.locale,
    title: info.t('records:unknown.title'),
    text: info.t('records:unknown.text'),
    steps: info.t('records:unknown.steps', { returnObjects: true }) as unknown as string[],
    facts: orgFacts(info, r.org),
    notes: [info.t('answers:staff.suggested-reply', { language: info.t(`answers:staff.language.${partner.locale}`) }), partner.t('records:unknown.reply')],
    sensitive: false,
  };
}
