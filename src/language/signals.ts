import type { Entities } from './entities.js';
import { literalGates } from './literal-gate.js';
import type { IntentId } from './intents.js';

/**
 * Concept signals: words that name a topic outright ("remaining", "Office 365", "N-1", "남은",
 * "활성화"), in English and Korean, as data. They add to the classifier's score so that a rare
 * phrasing still lands on the topic its key words name. Every pattern is linear (no nested
 * quantifiers) and runs on capped text.
 */
interface Signal {
  intent: IntentId;
  pattern: RegExp;
  /** Added to the classifier's score; over 1 a cue decides the topic outright (ranking happens before the cap). */
  boost: number;
  /** Only when the text names an offer or competency (e.g. "Action Pack and Azure?"). */
  needsOffer?: boolean;
  /** Only when the text also matches this (e.g. names the portal). */
  with?: RegExp;
  /** Never when the text matches this. */
  unless?: RegExp;
}

/** Whether one's own account is linked ("is my account linked?", "제 계정 연결돼 있어요?"). */
const OWN_LINK = /\b(did|have|had) (i|we) (already |ever )?(link|linked|add|added|connect|connected|register|registered)\b.{0,40}\b(my|our) (own )?(work )?account\b|\bwhen did (i|we) (link|add|register|connect|enter)\b|언제 ?(연결|등록|추가|입력)(했|하셨|됐|된)|\b(did|have|had) i (already |ever )?(link|linked|add|added|connect|connected|register|registered) (our|the|my) (contract|ids?|benefits?|support contract)\b|\b(is|are|was|were) (my|our|his|her|their) (own )?(work )?(account|accounts|login|sign-?in)\b.{0,25}\b(linked|associated|added|connected|registered)\b|\b(am i|are we) (already )?(linked|connected|registered)\b|\b(linked|associated|added|connected)\b.{0,12}\b(to|with) (anyone|anybody|someone|somebody)('?s)?\b|계정.{0,15}(연결|등록|추가)(돼|되어|됐|된)|(계약|id|아이디)[^.?!]{0,8}(연결|등록|추가) ?(돼|되어) ?있|언제 연결했|(누구|누군가).{0,10}(계정에|한테|에게).{0,10}(연결|추가|등록)|(연결|등록|추가) ?(해 ?놨|해 ?뒀|했었|해 ?놓았)|(연결|추가|등록)(했던|해 ?둔|해 ?놓은) ?(계정|이메일|아이디)/i;
/** Which sign-in accounts linked the contract, and whether one's own did ("is my account linked?", "누가 연결했어요?"). */
/** "Which of our accounts already have the contract linked?", "어떤 계정이 연결돼 있어요?". */
export const LINKED_WHICH = /\b(which|what|whose) (of (our|the|my) )?(accounts?|users?|logins?|people|engineers|colleagues|emails?)\b[^.?!]{0,50}\b(linked|registered|connected|added|associated)\b|\b(is|are) (my|our|his|her|their) ([\w.]+ )?(accounts?|msa|logins?|sign-?ins?)( already)? (linked|connected|associated|added|registered)\b|(어떤|어느|누구) ?(계정|사용자|사람)[^.?!]{0,20}(연결|등록)(돼|되어|된|됐)/i;

/** Whether the contract or the IDs were linked, asked of someone ("디에고 계약 연결했어요?"). */
export const LINK_DONE_ASKED = /(계약|\bids?\b|아이디)[을를]? ?(연결|등록|추가)했(어요|나요|는지|을까|었나)/i;
export const LINKS_ASKED = new RegExp(`${LINKED_WHICH.source}|${/\b(never|didn'?t|did not) (ever )?(add|added|link|linked|enter|entered)\b.{0,30}\b(contract|ids?|anywhere|before)\b|\blink(ed|ing)?\b.{0,40}\b(before|already|earlier|previously)\b.{0,20}\bdid (i|we)\b|\bdid (i|we) (ever |already )?(link|add|hook|connect)\b|(제가|내가|우리가|저희가)[^.?!]{0,10}(연결|추가|등록)(한|했던|했었던) ?(게|거|것|건|적)|(제가|내가)[^.?!]{0,20}(연결|추가|등록)(했었나|했나|한 ?적 ?있|했었죠|했죠|했었(어요|나요|는지)|했던가)|\b(which|what) accounts?\b|(연결|추가|등록)(해서|해 ?놓고|해 ?두고)?[^.?!]{0,12}(쓰고 ?있는|쓰는|사용 ?중인|사용하는) ?(계정|사람|분)|(어느|어떤|무슨) ?계정(에|이|으로)?[^.?!]{0,10}(연결|추가|등록)|\bwhich (of (their|our|the) )?(users|people|engineers|colleagues|accounts)\b.{0,30}\b(linked|added|associated)\b|\bwho\b.{0,30}\b(used|entered|registered)\b.{0,20}\b(access id|ids?|the contract)\b|\b(has|have|did) (anyone|anybody|someone|we|i)\b.{0,30}\b(linked|added|associated|link|add)\b|\b(linked|associated|added)\b.{0,20}\b(to|with|on) my account\b|\bmy account\b.{0,30}\b(linked|associated)\b|\bwho\b.{0,30}\b(linked|added|associated)\b|(연결|추가|등록)한 (계정|사람|분)|계정에 .{0,15}(연결|추가)(되어|돼|됐)|(계정|아이디)에 ?(연결|추가|등록)(했|한|해 ?놨|해 ?뒀)|누가 .{0,15}(연결|추가)했|(연결|추가|등록)해 ?(둔|놓은|뒀던|놨던|놓았던) ?(포털|곳|데|계정)|\b(where|when) did (i|we|he|she|they|[A-Z][a-z]+) (first |originally |ever )?(link|add|enter|associate)\b|(언제|어디서)[^.?!]{0,10}(연결|추가|등록)했|\bhas [a-z]+ (already |ever )?(linked|added)\b|\bis (he|she|[a-z]+)('s account)? (linked|associated|added)\b|\b(are|is) (they|his|her|their) (accounts? )?(linked|associated)\b/i.source}|${LINK_DONE_ASKED.source}|${OWN_LINK.source}`, 'i');

/** Words that thank or say goodbye ("thx", "lifesaver", "감사합니다", "ㄳ", "bye"). */
const THANKS_WORD = /^(thanks?|thank|thankyou|thx|ty|tysm|cheers|appreciate[ds]?|lifesaver|legend|bye|goodbye|감사합니다|감사해요|감사드립니다|감사드려요|감사요|감사|고마워요|고맙습니다|고마워|ㄳ+|ㄱㅅ+|땡큐|수고하세요|수고하셨습니다|수고많으셨습니다)$/;
/** What people say around thanks ("ok great, that helped a lot, have a good one", "네 정말 도움 됐어요 ㅎㅎ"). */
const THANKS_FILLER = /^(ok|okay|k|great|perfect|got|it|cool|awesome|nice|ah|oh|wow|you|u|ya|so|much|a|lot|lots|very|for|the|your|help|helped|helps|helping|that|this|really|you're|youre|are|were|is|was|have|has|had|good|nice|one|day|week|weekend|see|all|again|just|i|needed|super|helpful|amazing|wonderful|brilliant|clear|now|makes|sense|understood|lol|haha|and|will|do|that's|thats|what|exactly|many|m8|mate|man|guys|team|bot|네|넵|넹|예|아|오|와|정말|진짜|너무|많이|덕분에|도움|도움이|됐어요|됐습니다|되었습니다|되었어요|됐네요|좋은|하루|되세요|보내세요|알겠습니다|알겠어요|이해했어요|이해했습니다|잘|ㅎ+|ㅋ+|ㅠ+)$/;
const thanksWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}'\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** A message that only thanks or says goodbye ("thanks!", "awesome thank you!! you're a lifesaver, have a good one 😊", "감사합니다 ㅎㅎ"). */
export function thanksOnly(text: string): boolean {
  if (/[?？]/.test(text) || text.length > 160) return false;
  const words = thanksWords(text);
  return words.some((w) => THANKS_WORD.test(w)) && words.every((w) => THANKS_WORD.test(w) || THANKS_FILLER.test(w));
}

/** A message that opens with thanks before something the bot can't place ("thx that helped!! btw what's the weather in seattle"). */
export function thanksLead(text: string): boolean {
  const words = thanksWords(text.slice(0, 80)).slice(0, 4);
  return words.some((w) => THANKS_WORD.test(w));
}

/** A support request's number as portals show it ("SR 12103040000004", "#25103040000003"). */
export const REQUEST_REF = /\bSR ?#?\d{8,16}\b|(?<![\d-])#?\d{14}(?![\d-])/gi;

/** The request numbers a message names, digits only. */
export function requestRefs(text: string): string[] {
  return [...text.matchAll(REQUEST_REF)].map((m) => m[0].replace(/\D/g, '')).slice(0, 5);
}

/** Unused incidents carried into the next year ("do the 3 left carry over?", "올해로 이월돼요?"). */
/** On-premises incidents taken for cloud work ("남은 온프렘 인시던트로 Azure 티켓 열면 되나요?", "azure vm issue … that'll eat one of our onprem incidents right?"). */
export const ONPREM_FOR_CLOUD = /\bon-?prem\w*( ones?| incidents?| cases?| tickets?)?\b[^.?!]{0,40}\b(use|spend|burn) (those|them|these|it)\b[^.?!]{0,15}\b(for|on) (the |our |an? )?(azure|cloud)\b|(애저|azure|클라우드|\bcloud\b)[^?!]{0,60}\b(eats?|use[sd]?|costs?|burns?|takes?|comes? out of|counts? (against|toward))\b( up)?( (one|an?|any|some|\d+))?( of)? (our |the |my )?on-?prem\w* (incidents?|tickets?|cases?|ones?)\b|(애저|azure|클라우드)[^?!]{0,40}(온프렘|온-?프레?미스)[^.?!]{0,15}(차감|빠지|빠져|까이|나가)|(온-?프레?미스|온프렘|\bon-?prem\w*)[^.?!]{0,25}(으로|로|\bfor\b|\bon\b|\bto\b)[^.?!]{0,20}(애저|azure|클라우드|\bcloud\b)|(애저|azure|클라우드|\bcloud\b)[^.?!]{0,30}\b(with|using|from) (our |the |my )?(remaining )?on-?prem|(애저|azure|클라우드)[^.?!]{0,20}(을|를)? ?(그 )?(온프렘|온-?프레?미스) ?(인시던트|건|티켓|쪽)?(으로|로) ?(돌려|써|쓰|사용|열|처리)/i;
/** Cloud incidents taken for an on-premises product ("i'll just burn one of those (cloud) for our on-prem sql server box", "시그니처로 온프렘 SQL 케이스 열어도 돼요?"). */
export const CLOUD_FOR_ONPREM = /(\bcloud\b|\bazure\b|\bsignature\b|partner cloud|클라우드|시그니처|애저)[^.?!]{0,50}\b(for|on)\b (our |the |an? |my |that |this )?on-?prem\w*|(클라우드|시그니처)[^.?!]{0,30}(으로|로) ?[^.?!]{0,10}(온프렘|온-?프레?미스)/i;
/** "Can we still use the on-prem ones?", "온프레미스 쪽은 아직 쓸 수 있어요?": whether that side is still usable. */
export const STILL_USABLE = /아직 ?(쓸|사용할|쓰|사용|열|만들) ?수|아직 ?(사용 ?)?가능|아직 (쓸|써도|사용해도)|\bstill (use|usable|available|open)\b|\b(can|could) (we|they|i) still (use|open|file)\b|\b(open|file|raise)\b[^?!]{0,60}\b(today|now|rn)\b[^?!]{0,4}[.!]?\s*(can|could) (they|we|i|he|she)\s*\?|\b(can|could) (they|we|i|he|she) (open|file|raise)\b[^.?!]{0,40}\b(today|right now|rn)\b|(오늘|지금)[^.?!]{0,20}(열|쓸|사용할) ?수 ?있|(오늘|지금)[^.?!]{0,20}(열|쓰|사용하)면 ?(되|돼)/i;
/** Next year's incidents asked for now ("can we borrow from next year's?", "내년 거 미리 당겨 쓸 수 있어요?"). */
export const BORROW_AHEAD = /\bborrow\w*\b[^.?!]{0,30}\b(next|following|coming) (year|membership year)|\b(pull|bring|move|take)\b[^.?!]{0,15}\b(forward|ahead|early)\b[^.?!]{0,20}\b(next|following|coming) year|\b(next|following) year'?s?\b[^.?!]{0,25}\b(pull|bring|move)(ed)? (forward|ahead)\b|\b(next|following) year'?s?\b[^.?!]{0,25}\b(early|in advance|ahead|now)\b|\b(use|get|take)\b[^.?!]{0,15}\b(next|following) year'?s\b[^.?!]{0,15}\b(now|early|in advance|already)\b|내년 ?(거|것|꺼|치|분|인시던트)?[^.?!]{0,10}(미리|당겨|빌려|가불)/i;
export const CARRY_OVER = /\b(stack|add|pile)(s|ed)?( up)? (on top of|onto|to) next year'?s\b|\bon top of next year'?s\b|내년 ?(거|것|꺼|건수|인시던트)?(에|에다|에다가) ?(더해|합쳐|얹)|(?<!\b(link|links|linked|account|accounts|upn|id|ids) )\bcarr(y|ies|ied) (over|forward|into)\b(?! (to|into) (the |a |my |our )?new (setup|program|world|model|scheme|system|account|upn|tenant|login)\b)|\broll(s|ed)? (over|into)\b|\bwhat happens to (the |our |all )?(\d{1,3} )?(unused|remaining|leftover|rest)\b|\bwhat happens to (the ones|whichever( ones)?|any|those)\b[^.?!]{0,25}\b(haven'?t|have not|didn'?t|don'?t|never) (used|use)\b|\bwhat happens to (the |our |all )?\d{1,3} (\w+ )?(left|remaining|unused)\b|(남은|안 ?쓴|못 ?쓴) ?((클라우드|온-?프렘|온-?프레미스|시그니처) ?)?(인시던트 ?)?(\d{1,3} ?)?(건|거|것|인시던트|개)[은는]? ?([^.?!]{0,15}(지나면|끝나면|만료되면) ?)?(어떻게 ?(되|돼)|다 ?(없어|사라|날아))|\bunused (ones?|incidents?)\b.{0,40}\b(next|following|new) (year|period)\b|이월|(다음 ?해|내년|올해|새 ?연도)(로|에) ?(넘어|이어|합쳐)|\b(do|does|will) (they|it|those|the \w+) reset\b|\b(get|give us) (\d{1,2} )?fresh (ones|incidents|packs?)\b|(리셋|초기화)(돼|되|되나|돼요|되나요)|\bif (we|they) (do ?n'?t|do not|never) use (them|it|those|all)\b[^.?!]{0,40}\b(gone|lost|lapse|expire|disappear|wasted)|(안|못) ?쓰면[^.?!]{0,20}(사라|없어|날아|소멸)|\b(from|of) last year\b[^.?!]{0,25}\+|\+[^.?!]{0,25}\b(from|of) last year\b|작년 ?(거|꺼|것|분|\d+ ?(건|개))[^.?!]{0,12}(합|더해|포함|\+)/i;

/** Someone who just joined ("our new engineer", "신입", "새로 들어온 팀원"): activation is not per person. */
export const NEW_PERSON = /\bnew (hire|engineer|colleague|employee|team ?mate|team member|admin|user|guy|person|starter)s?\b|\b(hired|onboarded|onboarding|added|brought on) (\d+|two|three|a few|some|several|an?) (more |new )?(engineers?|people|consultants?|staff|colleagues?|devs?|employees?)\b|신입|새 ?(직원|엔지니어|팀원|동료|관리자)|새로 (온|들어온|입사한|합류한)/i;

/** The on-premises part ("and on-prem?", "온프렘은?", "product support"). */
export const ON_PREM = /on[- ]?prem|온-?프렘|온-?프레미스|product support|제품 지원/i;
/** Cloud support named ("azure", "signature", "클라우드"). */
export const CLOUD_WORD = /\bazure\b|\bcloud\b|signature|애저|클라우드|시그니처/i;
/** Signature plans listed as unavailable in Support for Business ("why is Signature under unavailable support plans?"). */
export const SIGNATURE_UNAVAILABLE = /(signature|시그니처)[^.?!]{0,60}(unavailable|사용할 ?수 ?없는 ?(지원 ?)?플랜|사용 ?불가|목록에 ?없(고|어|는데)[^.?!]{0,20}(아래|밑|따로)|(아래|밑)(에|쪽에)? ?따로)|(signature|시그니처)[^.?!]{0,40}\b(not in the list|listed (separately|below|underneath)|shows? (up )?(separately|below|underneath))\b|(unavailable|사용할 ?수 ?없는 ?(지원 ?)?플랜)[^.?!]{0,40}(signature|시그니처)/i;
/** Which side a message asks about when it names only one ("how many on-prem left?"): on-premises, cloud, or both/neither. */
export function scopeAsked(text: string): 'on-premises' | 'cloud' | undefined {
  // "the regular (non-cloud) ones", "클라우드 말고", "the cloud 50 line, not on-prem": the other side.
  if (NOT_CLOUD.test(text)) return 'on-premises';
  if (NOT_ON_PREM.test(text)) return 'cloud';
  const onPrem = ON_PREM.test(text) || SERVER_PRODUCT.test(text);
  const cloud = CLOUD_WORD.test(text);
  return onPrem && !cloud ? 'on-premises' : cloud && !onPrem ? 'cloud' : undefined;
}

/** An on-premises server product or pack named ("exchange server 2019", "윈도우 서버", "the Gold 20pack"): the on-premises side. */
const SERVER_PRODUCT = /\b(exchange|windows|sql|sharepoint|biztalk|skype for business|lync) server\b|익스체인지 ?서버|윈도우 ?서버|sql ?서버|쉐어포인트 ?서버|\b(gold|silver|maps) ?\d{1,2} ?pack\b|(골드|실버) ?\d{1,2} ?팩|\bwindows 1[01]\b|윈도우 ?1[01]/i;

/** "is there an SLA?", "how long until microsoft responds?", "can we open it as severity A?": response times and severities asked. */
export const RESPONSE_ASKED = /\bsla\b|\bresponse times?\b|\bhow (long|fast|quickly|soon)\b[^.?!]{0,40}\b(respond|reply|answer|get back|call (us|me) back|pick (it|them) up)\b|\b(sev(erity)? ?[a1]|critical|24 ?x ?7)\b[^.?!]{0,40}\b(allow|allowed|available|possible|can (we|i)|only|lower)\b|\b(can|could) (we|i) (open|file|raise|log)\b[^.?!]{0,40}\b(sev(erity)? ?[a1]|critical|24 ?x ?7)\b|응답 ?시간|(몇 ?시간|얼마나|며칠)[^.?!]{0,6}(안에|만에|걸려|걸리)[^.?!]{0,15}(연락|응답|답변|회신)|(심각도|sev) ?(a|1)[^.?!]{0,20}(올리|열 ?수|가능|되나|돼요|될까)/i;

/** "what share of our term has passed?", "우리 계약 기간 몇 퍼센트 지났어요?": how far into the membership year. */
export const TERM_SHARE = /\b(share|percent(age)?|proportion|fraction|how much)\b[^.?!]{0,30}\b(term|year|period|contract|membership)\b[^.?!]{0,30}\b(passed|gone( by)?|elapsed|over|behind us|done|through)\b|\b(term|year|membership|contract)\b[^.?!]{0,20}\b(how far (in|along|through)|% (in|through|done))|(기간|연도|계약|멤버십)[^.?!]{0,15}(몇 ?(퍼센트|%|프로)|비율|얼마나)[^.?!]{0,10}(지났|지난|경과|흘렀)/i;

/** Another side added to a count ("온프렘까지 합쳐서", "signature 10pack 남은거까지", "plus the on-prem ones"). */
/** A membership renewed late, or benefits stopping at once ("renewing a week or two late", "stop working immediately?", "갱신 깜빡하면 바로 끊겨요?"). */
export const RENEWED_LATE = /\b(renew\w*|renewal)\b[^.?!]{0,30}\blate\b|\blate\b[^.?!]{0,20}\brenew|\b(weeks?|days?) late\b|\b(stop|cease|quit) working (immediately|right away|at once|straight away)\b|\b(grace period|renewal window)\b|갱신[^.?!]{0,15}(늦|놓치|깜빡|지나)|(늦게|늦어서) ?갱신|갱신(일|날)이 ?(어제|그제|며칠 ?전|지난 ?주)|아직 ?(결제|갱신)(을|를)? ?못|\b(anniversary|renewal date) (was|passed) (yesterday|last week|\d+ days ago)\b|바로 ?(끊|중단|막히|못 ?써|못 ?쓰)/i;
/** A membership said to have lapsed ("멤버십 갱신을 깜빡해서 만료됐는데", "our membership lapsed"). */
/** A membership said to have been held before ("we used to be gold", "they were Gold last year", "작년까진 골드였는데"). */
export const PAST_MEMBERSHIP = /\b(used to be|used to have|we were|they were|was|were|we had|they had|we'?ve had) (a |an )?(gold|silver|action pack|maps)\b|\b(gold|silver|action pack)\b[^.?!]{0,15}\blast year\b|(골드|실버|액션 ?팩)(였|이었)(는데|지만|어요|었|죠|잖)|작년(까진|까지는|까지|엔|에는)? ?(골드|실버|액션 ?팩)/i;
export const MEMBERSHIP_LAPSED = /(멤버십|membership)[^.?!]{0,25}(만료됐|만료되었|만료된|끊겼|끊긴|해지(했|한|됐|되었)|lapsed|expired|ran out|run out|cancel(l)?ed)|\blapsed\b|갱신[^.?!]{0,10}(깜빡|놓쳐|놓친|못 ?했)[^.?!]{0,12}만료/i;
/** IDs no one has at hand any more ("the guy who had them saved left", "메모 잃어버렸어요"). */
export const IDS_LOST = /\b(lost|forgot|misplaced|deleted|can'?t find|cannot find)\b|\b(left|quit|departed|gone from)\b[^.?!]{0,15}\b(company|firm|team|us)\b|\b(quit|resigned|left)\b[^.?!]{0,40}\bnobody (knows|has)\b|\bnobody knows\b|\bi'?m leaving\b|\b(die|disappear|go away|vanish|stop working)\b[^.?!]{0,20}\bwith (my|his|her|their) account\b|\bno longer (here|with us)\b|퇴사|그만두|나갔|잃어버|분실|까먹|못 ?찾|지워/i;
/** New IDs asked for ("do we have to get microsoft to issue new ones?", "새로 발급받아야 하나요?"). */
export const NEW_IDS_ASKED = /\bnew (ones|ids)\b|\bresend\b|\bsend (it|them) again\b|\b(die|disappear|go away|vanish|stop working)\b[^.?!]{0,20}\bwith (my|his|her|their) account\b|\bhand (over|off)\b|\b(re-?issue|re-?generate|replace(ment)?)\b|\bissue (new|them|those)\b|\bget (them|new ones|those) (again|back)\b|새로 ?(발급|받|만들)|재발급|다시 ?(발급|받)|새 ?(id|아이디|액세스 ?id|계약 ?id)(는|은|를|을|가|이)? ?(어떻게 ?|어디서 ?)?(받|발급|나와|생기)/i;
/** Both sides named in one message ("온프렘이랑 시그니처", "Partner Cloud Support 50 and on-prem 20"). */
export function bothSidesNamed(text: string): boolean {
  return ON_PREM.test(text) && CLOUD_WORD.test(text);
}
/** A share of an allowance asked ("what percent of the 10-pack", "사용률", "which line are we burning faster"). */
export const SHARE_ASKED = /\b(share|percent(age)?|proportion|fraction)\b|%|퍼센트|프로(?!그램|젝트)|비율|사용률|소진율|\bhow much of (the|our|their) [\w -]{0,20}\b(pack|line|allowance|incidents?)\b|\bburn(ing|ed|t)? (through )?(them |it )?(faster|quicker|more)\b|\b(used|burned|burnt|consumed) more of\b|더 ?(빨리|많이) ?(줄|소진|쓰|썼|사용|나가)/i;
/** A share of what was used asked ("percent used on each line", "사용률 비교", "which one are we burning faster"). */
export function shareAsked(text: string): boolean {
  return SHARE_ASKED.test(text) && /\bused?\b|\bburn|\bgone\b|썼|쓴|사용|소진|줄/i.test(text);
}
/** Asked whether two counts are one pool or each its own ("합친 거예요? 아님 따로예요?", "one pool or separate?"). */
export const SEPARATE_ASKED = /\b(are|is) (they|it|those|these|that|them|the \w+( \w+)?) (counted |tracked |kept )?separate(ly)?\b|\bseparate(ly)?\s*[?？]|\bor (are they |is it |are those |counted )?(separate(ly)?|apart|independent)\b|\b(one|single|same|shared|common|joint) (pool|bucket|balance|count|total)\b[^.?!]{0,40}\bor\b|(따로|별도|별개|각각)(인가요|예요|에요|이에요|인지|임|인가|이야|야|죠|지요|인 ?거죠|인 ?거예요|인 ?거에요|로 ?(세|계산|카운트|차감)[가-힣]{0,5})\s*[?？]|(합친|합쳐진|합산|통합|공유)[^.?!]{0,25}(따로|별도|별개|각각)/i;
export const SIDES_SUMMED = /(온-?프렘|온-?프레미스|on-?prem\w*|시그니처|signature|클라우드|cloud|\d+ ?pack|\d+ ?팩)[^.?!]{0,12}(까지|도 ?(같이|함께)|포함)|\b(plus|including|and) (the )?(on-?prem\w*|signature|cloud)( ones?| incidents?)?\b|(전부|모두|전체|다) ?(합치|합쳐|합하|더하)|(온-?프렘|온-?프레미스|시그니처|signature|클라우드)[^.?!]{0,6}(이랑|랑|하고|와|과)[^.?!]{0,30}(합치|합쳐|합하|더하)|\b(all|everything|every line|all (the |our )?lines)\b[^.?!]{0,15}\b(together|combined|added up|in total)\b|\b(add|sum) (up )?(all|everything)\b|\bsum of (all|everything)\b|\bgrand total\b/i;

/** Cloud named to exclude it ("non-cloud", "not the cloud ones", "클라우드 말고", "클라우드가 아닌"). */
const NOT_CLOUD = /\bnon-?cloud\b|\bnot (the )?cloud\b|클라우드 ?(말고|빼고|제외|아닌)|클라우드가 ?아닌/i;
const NOT_ON_PREM = /\bnot (the )?on-?prem\w*|(온-?프레?미스|온프렘) ?(말고|빼고|제외|아닌|아니고|아니라)/i;

/** The sentence of a message that says something ("누가 활성화했었어요? 그리고 만료된 지 며칠 됐죠?": the second asks the days). */
export function sentenceWith(text: string, pattern: RegExp): string | undefined {
  return text.split(/(?<=[.?!？])\s+/).find((t) => pattern.test(t));
}

/** A message without the partners' own names ("Contoso Cloud Partners" names no side). */
export function withoutNames(text: string, names: readonly string[]): string {
  return names.reduce((t, name) => t.split(name).join(' '), text);
}

/** Billing, quota and subscription requests named ("quota increase", "인보이스 빌링 문의", "청구서에 오류"). */
export const BILLING_ASKED = /\bbilling\b|\binvoices?\b|\bquotas?\b|\bsubscription (management|requests?|tickets?|cases?)\b|빌링|청구 ?(문의|문제|관련|건)|청구서|결제 ?(문의|문제|관련|오류)|인보이스|할당량|쿼터|구독 ?관리/i;

/** Whether a renewal brings new IDs ("갱신하면 ID 바뀌나요?", "do we get new IDs next year?"). */
export const RENEWAL_IDS = /(\brenew|갱신|next year|내년|every year|매년|new (membership )?year).{0,40}(\bids?\b|access id|contract id|아이디|액세스|계약 ?id|번호)|(\bids?\b|access id|contract id|아이디|액세스 ?id|계약 ?id).{0,40}(\brenew|갱신|\bchange|\bnew ones?|새로 ?(받|발급|나와))|(\bids?\b|access id|contract id|아이디|액세스 ?id|계약 ?id)[가도는이]? ?(새로 |다 |매년 |또 )?바뀌|\b(new|different|fresh) (access |contract )?ids?\b.{0,30}\b(year|renew|annually|anniversary)/i;

/** Words of a balance question: what is left, not what a membership includes. */
/** A personal Microsoft account named ("…제 계정이 outlook 개인계정인데", "her personal outlook acct"). */
export const MSA_NAMED = /\bmsa\b|\bpersonal (microsoft |ms |outlook )?(account|acct|email)\b|outlook\.com|hotmail|\boutlook (account|acct)\b|개인 ?계정|outlook 개인|outlook ?(계정|아이디)|아웃룩 ?(계정|아이디)/i;
/** How incidents are counted, asked outright ("does a long case cost more incidents?", "10분만에 해결돼도 1개 나가요?", "통화를 여러 번 했는데 여러 개 차감돼요?", "one ticket for 5 unrelated problems?"). */
export const INCIDENT_RULE_ASKED = /\bhow (is|are) (an? |one )?(incidents?|tickets?|cases?) (counted|charged|measured|billed)\b|\b(charged|counted|billed) as (more than one|two|several|multiple)\b|(인시던트|케이스|티켓)[^.?!]{0,10}(어떻게|무슨 기준으로) ?(세|카운트|계산|차감)|\b(long|longer|lengthy|weeks?|days|hours|months)\b[^.?!]{0,40}\b(cost|count|use|burn|take|consume)s?\b[^.?!]{0,15}\b(more|extra|additional|several|multiple)\b[^.?!]{0,10}\bincidents?\b|\b(cost|count|use|burn)s? (more|extra|multiple|several) incidents\b[^.?!]{0,60}\b(long|weeks?|days|hours)\b|(짧게|금방|빨리|\d+ ?분 ?만에)[^.?!]{0,30}(끝나|해결|종료)[^.?!]{0,30}(인시던트|차감|나가)|(통화|전화|\bcall(ed|s)?\b)[^.?!]{0,30}(여러 ?번|several|multiple|many times)[^.?!]{0,40}(인시던트|차감|\bincidents?\b)|\b(one|a single|1) (ticket|case|request)\b[^.?!]{0,80}\b(\d|two|three|four|five|several|multiple) (unrelated|separate|different)? ?(problems|issues)\b|\bhow (do )?incidents work\b|(오래|길게|몇 ?주|몇 ?달|\d+ ?(주|달|개월)째)[^.?!]{0,20}(걸리면|끌면|진행|가면)[^.?!]{0,20}(더|추가로?) ?(까|차감|나가|빠지|써|들)|\b(billed|charged|counted)( for)? (extra|more|additional|several|multiple) incidents?\b|\bextra incidents?\b[^.?!]{0,40}\b(open|long|months?|weeks?|rotated|engineers?)\b|\b(one|a single|1) (ticket|case|request|incident)\b[^.?!]{0,20}\b(right|since|because|as)\b[^.?!]{0,30}\bsame (server|box|machine|product|system|customer|tenant)\b|\b(\d+|two|three|several|a few|many) (weeks|engineers|people|calls|contacts)\b[^.?!]{0,60}\b(still|just|only) (1|one)( of| incident| ticket| case)?\b|\b(\d|two|three|several|multiple) ([a-z-]+ ){0,4}(issues|problems)\b[^?!]{0,60}\b(\d|two) tickets\b[^?!]{0,30}\bcan i do (1|one)\b/i;
export const REMAINING = /\b(remaining|remain|left|balances?|still have|used so far|how many more)\b|\bwhere (does|would|will) (that|this|it) leave\b|\bwhat (am i|are we|will (i|we) be|would (i|we) be) at\b|\bhow many\b.{0,40}\b(can|could) (we|i) still (open|use|file)\b|남은|잔여|잔량|남았|남아|남음|남는 ?(거|게|건|지)|몇 ?(개|건) ?남|사용량/i;

/** "The whole table", "all membership levels side by side", "gold vs silver", "등급별로 다": every membership. */
export const TABLE = /\bwhich (option|offer|membership|tier|level)s?\b(?! (do|did|does|are|is) (we|i|our|us)\b)|whole table|full table|entitlement table|\b(all|every|each|the) (of the )?(partner |membership |competency )?(memberships|offers|levels|tiers)\b|(every|each) (partner |membership )?(tier|level|membership|offer)\b|side[- ]by[- ]side|전체 ?(표|혜택)|표 ?전체|등급별|멤버십별|모든 (멤버십|등급|단계)|한눈에/i;
/** Comparing what memberships give ("gold vs silver", "실버랑 골드 차이"): the table, when memberships are named. */
const COMPARE = /\bcompar(e|ing|ison)\b|differences? between|\bvs\.?\b|\bversus\b|비교|차이/

/**
 * "The partner plan isn't offered in a new support request", "our Signature plan disappeared",
 * "파트너 플랜이 안 보여요": the plan itself is missing (facts.md §3 Q4), not the IDs or the benefits page.
 */
export const PLAN_MISSING =
  /\b(plan|signature|contract|partner plan)\b[^.?!\n]{0,30}\b(is ?n'?t|is not|not|no longer) (in|on) the (list|dropdown|drop-down|plan list)\b|\b(does ?n'?t|does not|won'?t|will not) (the |our |their |my )?(partner |signature )?(support )?(plan|contract)s? (show|appear)( up)?\b|\bno (partner|signature) (support )?plans?\b|\b(does ?n'?t|does not|did ?n'?t|did not|won'?t|will not|not|no longer) (show|list|offer|display)s?\b.{0,20}\b(the |our |their |my |his |her )?(partner )?(support )?(plan|contract|signature)s?\b|\b(contract ids?|access ids?|ids|plan|contract|benefits?)\b[^.?!\n]{0,20}\b(stopped working|no longer works?|doesn'?t work any ?more|isn'?t working any ?more)|(계약|액세스 ?id|아이디|플랜).{0,12}(더 이상|이제) ?(안 ?(돼|되|먹)|작동하지)|(액세스 ?id|아이디|\bids?\b)(가|이)? ?(애저|azure)(에서|에)? ?(안 ?먹|먹통|작동(을)? ?안|작동하지)|(plan|contract(?!\s*(id|number|번호))|signature)s?\b[^.?!\n]{0,40}?(\bnot\b|n'?t\b|\bno longer\b|\bnever\b)\s*(being\s*|even\s*)?(show|shown|showing|visible|appear|appearing|appears|listed|offered|available|there|come up|coming up|pop up|selectable|in the (list|dropdown|drop-down|options))|(\bcan'?t|\bcannot|\bdon'?t|\bdoesn'?t|\bdidn'?t|\bisn'?t|\bnot|\bno longer|\bunable to)\s+(i |we |you |they |it |azure |the portal |portal )?(see|find|get|show|shows|select|pick|choose|shown|offer|offers|offered|list|lists|listed|showing)\b[^.?!\n]{0,40}?\b(partner|support|signature|our|the|my) (support |partner |signature )?(plan|contract(?!\s*(id|number)))|(plan|contract(?!\s*id))s?\b[^.?!\n]{0,30}\b(disappear|vanish|gone|missing)|\bmissing (partner |support |signature )*(plan|contract(?!\s*id))|\bno (partner |support |signature )*plans? (is |was |are )?(offered|shown|listed|available|shows? up|showing|appears?|comes? up|to (pick|choose|select))|(플랜|\bplans?|계약(?! ?(id|번호|아이디))|시그니처|지원 ?계획)[^.?!\n]{0,20}(안 ?(보여|보이|보인|보임|나와|나오|나온|나옴|떠|뜨|뜬|뜸)|사라|없어|없네|없음|표시(가)? ?(안|되지)|보이지|나타나지|나오지|선택(이)? ?안)|\b(partner |support |signature )?plan\b.{0,12}\b(is ?n'?t|is not|not) (in|on|there|listed|showing|shown|available|offered)\b|\b(vanished|disappeared|gone missing)\b/;
/** "그거 한번 등록하면 계속 써요?", "do we enter it every time?": the IDs are entered once per sign-in account. */
export const IDS_ONCE = /(한 ?번|once)[^.?!]{0,15}(등록|입력|연결|넣|enter|link|register|add)[^.?!]{0,20}(계속|매번|다시|every time|each time|again|for good)|(열 ?때마다|열 ?적마다|할 ?때마다|쓸 ?때마다)[^.?!]{0,20}(입력|등록|넣|연결)|(매번|every time|each time|for every (ticket|request|case))[^.?!]{0,20}(입력|등록|넣|enter|link|re-?enter|add)|\b(re-?(add|enter|link|type)|add|enter|type)\b[^.?!]{0,30}\b(every|each) (single )?(time|ticket|request|case)\b/i;
/** Today's program named by its own words: its own rules answer ("Partner Cloud Support도 다 쓰면 끝이에요?"). */
export const CURRENT_NAMES = /partner (cloud|on[- ]?premises) support|solutions partner|partner success|success (core|expanded)|partner launch|\bmaicpp\b|\b2026\b|파트너 (클라우드|온-?프레미스) 지원|솔루션 ?파트너|석세스|런치/;
/** Where a missing plan is a triage case: the Azure portal or its new support request. */
const IN_AZURE = /azure|애저|portal|포털|support request|지원 요청|new request|새 요청|help \+ support/;

/** The concept signals, in no particular order (exported for the literal gate's test). */
export const SIGNALS: readonly Signal[] = [
  // "what's SfB", "SfB가 뭐에요?": the portal where on-premises requests are opened.
  { intent: 'open-request', pattern: /^\s*(what'?\s?s|what is|wat is|wats)\s+(sfb|support for business)\b|\b(sfb|support for business)(가|이|는|은)? ?(뭐|무엇|뭔)/, boost: 2 },
  // "how do I get our access id": where the IDs are (not how long they last).
  // "remind me our Contract ID?", "what was our access id again", "계약 ID 다시 알려줘요": the IDs themselves.
  { intent: 'get-ids', pattern: /\bremind me( of)? (our|the|my|their) (access|contract) ?ids?\b|\bwhat (was|is|were|are) (our|the|my) (access|contract) ?ids? again\b|(액세스|계약) ?(id|아이디)[^.?!]{0,10}(다시 ?알려|뭐였)/, boost: 2 },
  { intent: 'get-ids', pattern: /\bhow (do|can|should|would) (i|we) (get|find|obtain|see|view|look up)\b.{0,20}\b(access ids?|contract ids?|(the |our |my )?ids)\b/, unless: /\bpmc\b|membership center|migrat|moved to partner center|\b(emea|apac|latam|anz)\b/, boost: 2 },
  // "1 incident = how many hours", "인시던트1개면 몇시간까지됨": an incident is one problem, not a time budget.
  // "Does each symptom count as a separate incident, and does a long case burn more than one?", "증상별로 따로 차감되나요?".
  { intent: 'incident-definition', pattern: /\b(each|every|separate|multiple|several|three|two|3|2)\b.{0,20}\b(symptoms?|issues?|problems?|errors?)\b.{0,40}\b(count|separate|incidents?)\b|\b(long|longer|lengthy|weeks?|months?)\b.{0,15}\b(case|ticket|request)s?\b.{0,40}\b(burn|use|count|cost|consume|more than one)\b|\bmore than one incident\b|증상(별로|마다|별|이 여러).{0,30}(따로|각각|별도|하나씩|차감)|(길어지|오래 걸리|몇 주|몇 달).{0,30}(차감|인시던트)/, boost: 1.5 },
  { intent: 'incident-definition', pattern: /\b(incidents?|cases?|tickets?)\b.{0,15}(=|\bis\b|\bequals?\b|\bmeans?\b|\bfor\b).{0,15}\bhow (many|much) (hours?|time)\b|\bhow many hours?\b.{0,30}\b(incidents?|cases?|tickets?)\b|인시던트 ?(1|한) ?(개|건)(이면|면|당|에)?.{0,10}몇 ?시간|몇 ?시간.{0,15}인시던트/, boost: 2 },
  // "can i use my outlook acct for onprem tix or need work acct": which sign-in account.
  { intent: 'msa-allowed', pattern: /\b(outlook|hotmail|live|gmail|personal|msa|work|company|aad|entra)\b.{0,10}\b(acct|accts|account|login)\b.{0,50}\b(or|vs|need|instead|ok|work|use)\b/, unless: /\b(ids?|access id|contract id)\b.{0,10}\b(see|show|view)/, boost: 1.5 },
  // "ms365 티켓도 시그니처로 되나요": Microsoft 365.
  { intent: 'm365', pattern: /\bms ?365\b|\bo365\b|ms365|오피스 ?365|마이크로소프트 ?365|엠365/, boost: 2 },
  // "what products qualify for on-prem": which products are covered.
  { intent: 'supported-products', pattern: /\b(which|what) products?\b.{0,25}\b(qualify|qualifies|covered|eligible|supported|count|apply)\b|\bproducts? (that )?(qualify|are covered|are eligible)\b|(어떤|무슨) 제품.{0,15}(지원|해당|대상|돼|되나|가능)/, unless: /premier|advanced|unified|프리미어|어드밴스드|유료|인시던트당|pay.?per|\bppi\b/, boost: 2 },
  // "엔지니어 5명인데 각자 계정에 다 연결해야 함?": each sign-in account links the same IDs once.
  { intent: 'ids-usage', pattern: /(각자|각각|모든|전원|다들?|엔지니어(들|마다)?).{0,12}계정.{0,12}(연결|등록|입력)|계정(마다|별로).{0,12}(연결|등록|입력)/, boost: 2 },
  // "How do I open a ticket for Exchange?", "지원 케이스 어디서 만들어요?": where and how a request is opened.
  {
    intent: 'open-request',
    pattern: /\b(want|need|like|how) to use (our|the|my) (partner )?(support|benefits?)\b|\bfirst step\b|\b(how|where)\b.{0,30}\b(open|file|raise|create|submit|log|lodge|make|start)\b.{0,25}\b(ticket|case|support request|request|incident)s?\b|\b(steps|process|procedure|way) (to|for) (open|fil|creat|rais|submit|log)\w*\b|\b(need|want|have) to (open|file|raise|create|submit|log)\b.{0,40}\b(what do i do|what should i do|how|where|steps?)\b|(어떻게|어디서|어디에서) ?(요청|문의|접수|신청)(해|하|을|를)|(지원|혜택)(을|를)? ?(쓰|사용하|이용하)려면 ?(어떻게|뭐)|(티켓|케이스|지원 ?요청|기술 ?지원 ?요청|요청|인시던트|문의)(을|를|은|는)? ?(하나 |새로 |좀 )?(열|만들|생성|오픈|접수|넣|제출|올리)[가-힣 ]{0,10}(어떻게|어디|방법|절차|뭐부터)|(요청|문의|케이스|티켓)(은|는|을|를)? ?(어떻게|어디서) ?(등록|접수|신청|만들|열|생성|넣|올리)|(어떻게|어디서|어디에서|방법).{0,10}(티켓|케이스|지원 ?요청|요청|인시던트)(을|를)? ?(열|만들|생성|오픈|접수|넣|제출)/,
    unless: /\b(eat|eats|burn|burns|use up|uses up|cost|costs|count|counts|consume|consumes|deduct|deducts|charged?|password|fake|real ticket|balance|version|lose)\b|\b(19|20)\d\d\b|\bcan (i|we) (still )?(open|file|use)\b|열 수 있|빠지|차감|소모|소진|건수에서|잔여|남은|버전|\bstatus\b|\bupdate\b|\bstill\b|아직|여전히|\bids?\b|access id|contract id|\bnumber\b|액세스|계약 ?id|아이디|customer|client|\bcsp\b|microsoft 365|office 365|\bm365\b|\bo365\b|\bteams\b|exchange online|sharepoint online|already associated|not authorized|\b(you|your (team|staff)|a person|a human|an agent|someone)\b.{0,15}\b(open|file|create)|refund|how many|상태|고객|환불|중복|몇 ?(개|건)|상담원|담당자(가|한테)/,
    boost: 1.2,
  },
  // "What counts as 1 incident?", "if the engineer spends 3 weeks on my case is that more than one incident?": the incident definition.
  { intent: 'incident-definition', pattern: /\bwhat counts as (an? |one |1 |a single )?((support|technical|partner|microsoft) )?(incident|case|ticket)\b|\b(spends?|spent|takes?|took|lasts?|drags? on)\b.{0,30}\b(weeks?|days?|months?|hours?|long|forever)\b.{0,40}\b(more than (one|1)|still (just )?(one|1)|only (one|1)|just (one|1))\b(?! (of|more|thing|question|account|id))|\b(spends?|spent|takes?|took|lasts?|drags? on)\b.{0,30}\b(weeks?|days?|months?|hours?|long|forever)\b.{0,50}\b(more than (one|1)|two|2|several|extra|another) (incidents?|cases?|tickets?)\b/, boost: 1.2 },
  // "A new hire wants to file on-prem tickets, does she need me to do anything?": the IDs, entered once with her own account.
  { intent: 'ids-usage', pattern: /\b(new (hire|joiner|employee|colleague|team ?member|engineer|starter|staff member|guy|girl|person|member)|colleague|co-?worker|teammate)\b.{0,40}\b(file|open|use|raise|create|submit|log|needs?|wants?)\b|\bjoined (our|the) team\b|(신입|새로 온|새 직원|새 팀원|입사한|동료|팀원).{0,30}(요청|티켓|케이스|혜택).{0,10}(쓰|사용|열|올리|넣|필요)/, unless: /\b(csp|customer|twice|duplicate|\bdupes?\b|accidentally|by mistake)\b|고객|중복|두 ?번|실수로/, boost: 2 },
  // "What is the Access ID and Contract ID for?", "계약 ID는 뭐에 쓰는 거예요?": what the IDs are and where they come from.
  { intent: 'get-ids', pattern: /\b(what|why)\b.{0,12}\b(is|are|do (i|we) need)\b.{0,30}\b(access ids?|contract ids?|the ids?)\b.{0,20}\bfor\b|\bwhat (are|is) (the |an |these |those )?(access ids?|contract ids?|ids)( and (the )?(access ids?|contract ids?))?( even| exactly)?\s*\??\s*$|(access|contract|액세스|계약) ?(ids?|아이디)(는|은|가|이)?.{0,12}(뭐에|어디에|무엇에|왜) ?(쓰|써|필요|사용)/, boost: 1.5 },
  // "Did anyone on my team link our contract yet?", "which accounts is it linked to?": the sign-in accounts on record.
  { intent: 'ids-usage', pattern: /\b(did|has|have) (anyone|anybody|someone|somebody)\b.{0,30}\b(link|linked|add|added)\b|\bwhich accounts? (is|are|has|have) (it |the contract |our contract )?(been )?(linked|associated|added)\b|\b(linked|associated) (to|with) (which|what) accounts?\b|(연결|추가|등록)(한|된) (계정|사람|분)/, boost: 1.5 },
  // "Can I just mail them to the rest of the team?", "팀원들한테 메일로 보내도 돼요?": sharing the IDs.
  { intent: 'ids-usage', pattern: /\b(mail|e-?mail|send|share|forward|give)\b.{0,20}\b(them|it|the ids?|those)\b.{0,25}\b(team|colleagues?|everyone|rest|others|coworkers)\b|(메일|이메일|메신저|슬랙|팀즈)로 ?(보내|공유|전달)|(팀원|동료|직원)(들)?(한테|에게).{0,15}(보내|공유|전달)/, boost: 1.5 },
  // "I sign in with my outlook account, can I use the incidents?": which accounts the benefit takes.
  { intent: 'msa-allowed', pattern: /\b(outlook|hotmail|live|gmail|personal|msa|microsoft) (\.com )?(account|login|address|email|id)\b.{0,60}\b(use|work|ok|allowed|still|fine)\b|(아웃룩|핫메일|지메일|개인|마이크로소프트|ms) ?(계정|이메일|메일).{0,40}(쓸 수|사용|되나|돼요|괜찮)/, boost: 1.2 },
  // "On-prem 쪽은 남아있어요?": the on-premises balance, not which products are covered.
  { intent: 'remaining-incidents', pattern: /(온-?프렘|온-?프레미스|on[- ]?prem\w*)[^.?!]{0,12}(남아|남았|남은|잔여|\bleft\b|\bremaining\b)/, boost: 1.2 },
  // "remaining incidents 확인하려면 어디서 봐야돼?", "where do I check the remaining incidents": where the balance is read.
  { intent: 'remaining-incidents', pattern: /(남은|잔여|remaining|incidents left)[^.?!]{0,25}(확인|보려면|볼 ?수|check|see|view)[^.?!]{0,15}(어디|where)|\bwhere\b[^.?!]{0,25}(check|see|view)[^.?!]{0,20}(remaining|incidents left|balance)/, boost: 2 },
  // "What's our on-prem count?", "their cloud balance": the org's own count.
  { intent: 'remaining-incidents', pattern: /\b(our|my|their) (on-?prem\w*|cloud|azure|signature|product support|partner|support)? ?(support )?(incident |ticket |case )?(count|balance|tally)\b/, boost: 1.2 },
  // "Are we out of cloud cases?", "how many did we burn?", "our quota", "how many until the renewal?", "다 떨어진 거 아니에요?", "쿼터": the balance in other words.
  { intent: 'remaining-incidents', pattern: /\b(are|r|were) (we|they|you) (all )?out of\b|(?<!\b(ran|run|running|runs) )\bout of (cloud |azure |on-?prem\w* |signature |support |partner )?(cases|incidents|tickets)\b|\b(did|have) (we|they) (burn|burned|burnt|use|used|consume|consumed)\b|\bburn(ed|t)? (through )?(so far|already)\b|\b(our|my|the) quota\b(?! (increase|request|ticket|case))|\bhow many\b.{0,25}\b(until|till|before) (the )?(renewal|reset|anniversary)\b|\bhow many more\b.{0,30}\b(open|file|raise|use|get)\b|\banything left\b|다 ?(떨어|쓴|썼|소진)[^.?!]{0,8}(거|건|게)? ?(아니|아닌|맞|인가|나요|죠|에요|예요)|쿼터|할당량(?! ?(증가|요청|늘))|아직 (쓸|사용할) 수 있는 (거|게|것|건)|몇 ?(개|건) ?더 (쓸|열|사용)/, unless: /\bcsp customers?\b|고객사?의? (애저|azure|구독)|년짜리|만료|유효|기한|\bexpir|\bvalid/, boost: 1.6 },
  // "올해 혜택 다시 쓰려면 뭐 해야돼요?": using the benefit again means activating this year's.
  // "그 사람도 활성화 권한 있나", "does she have the rights to activate?": who may activate.
  { intent: 'activate', pattern: /활성화 ?권한|권한.{0,10}활성화|\b(permission|rights?|role)s? (to|for) activat/, boost: 1.5 },
  { intent: 'activate', pattern: /(혜택|계약|지원|인시던트)[^.?!]{0,12}다시 (쓰|사용|받|이용)|\buse (the |our )?(benefits?|support|incidents) again\b/, boost: 1.2 },
  // "Should I raise it with Partner Center support or burn one of our incidents?": the frontline team is free (today's program).
  { intent: 'current-program', pattern: /\bfrontline\b|front-line|partner center (support|team|help ?desk|agents?)\b|(파트너 ?센터) ?(지원 ?팀|지원(에|으로|쪽)|고객 ?지원|헬프 ?데스크|상담)|일선 지원/, unless: /not authorized|권한이 없/, boost: 1.5 },
  // "What's the cheapest offer with support incidents today?", "지원 인시던트 들어있는 제일 싼거": today's offers and their prices.
  { intent: 'current-program', pattern: /\bentry[- ]level (offer|tier|option|membership|plan)\b|\b(starter|basic|lowest) (offer|tier)\b|(입문|가장 낮은|최저) ?(오퍼|등급|단계)/, boost: 1.5 },
  { intent: 'current-program', pattern: /\b(cheapest|least expensive|lowest[- ]cost|most affordable)\b.{0,40}\b(offer|option|way|membership|plan|thing|one)\b|(제일|가장) ?(싼|저렴한)/, unless: /pay[- ]per[- ]incident|\bppi\b|건별/, boost: 1.5 },
  // "Heard ASfP is being retired?", "what replaces Advanced Support?": paid support today.
  { intent: 'paid-plans', pattern: /\basfp\b|advanced support( for partners)?\b.{0,40}\b(retir|end|going away|discontinu|replac|sunset)|\b(retir|replac|sunset|discontinu)\w*\b.{0,30}\b(asfp|advanced support)|unified (for partners|support)|(어드밴스드|advanced).{0,20}(종료|없어|대체|단종)/, boost: 1.5 },
  // "활성화하고 나면 얼마동안 쓸 수 있어요?", "how long can we use it once activated?": how long the benefit lasts.
  { intent: 'validity', pattern: /(활성화|activat\w*)[^.?!]{0,15}(얼마 ?동안|얼마나 오래|며칠|몇 ?(달|개월|년)|언제까지)|\bhow long\b.{0,30}\b(after|once|from)\b.{0,20}\bactivat|\bactivat\w*\b.{0,30}\bhow long\b/, boost: 1.5 },
  // "We're out of Signature incidents, what now?": a used-up plan and what to do.
  { intent: 'plan-expired', pattern: /\b(out of|no more|none left of)\b.{0,30}\b(incidents?|cases?|tickets?)\b.{0,40}\b(what now|now what|what (can|should|do) (we|i) do|options?|alternatives?)/, boost: 1.8 },
  // "저희 파트너 지원이 다 안돼요 왜이래요", "our partner support doesn't work at all": a plan that can't be used (the records say why).
  { intent: 'plan-expired', pattern: /(파트너 ?지원|지원 ?혜택|혜택|지원 ?계약|계약)[^.?!]{0,8}(다 |전부 |아예 |전혀 |왜 ?)?(안 ?(돼|되|됨)|작동(을)? ?안|먹통|막혔)|\b(partner support|support benefits?|our benefits?|our contract|our plan)\b.{0,20}\b(not working|doesn'?t work|stopped working|broken|dead)\b/, unless: /azure|애저|portal|포털|활성화|activat/, boost: 1.2 },
  // "SfB에서 보니까 파트너 플랜 종료 날짜가 지났어요": the plan expired.
  { intent: 'plan-expired', pattern: /(종료|만료) ?(날짜|일자|일)(가|이)? ?(이미 )?(지났|지남|넘었)|\b(end|expiry|expiration) date\b.{0,20}\b(passed|is past|has passed|was (last|in))\b/, boost: 1.5 },
  // "그거 한번 등록하면 계속 써요?", "do we enter it every time?": once per sign-in account.
  { intent: 'ids-usage', pattern: IDS_ONCE, boost: 1.5 },
  // "그 친구는 처음 쓸 때 뭘 하면 되나요?", "what does a new person do the first time?": entering the IDs once, the first time.
  { intent: 'ids-usage', pattern: /처음 ?(쓸|쓰는|사용할|사용하는|이용할|이용하는|연결할|요청할) ?때[^.?!]{0,20}(뭘|뭐|무엇|어떻게|해야)|\b(the )?first time (he|she|they|someone|a (new )?(user|person|colleague|engineer))\b.{0,30}\b(what|how|needs?|has to|should)\b|\bwhat (does|do|should) (he|she|they|a new \w+) (do|need)\b.{0,20}\bfirst time\b/, boost: 2 },
  // "IDs 링크 한번 하면 평생 가요? 매년 다시해야돼요?": how long the link and the benefit last.
  { intent: 'validity', pattern: /(평생|영구|영원히|계속|forever|permanent(ly)?)[^.?!]{0,10}(가요|가나|유지|유효|써|쓸|last|valid|work)|매년 ?(다시|새로)|\b(every|each) year\b.{0,20}\b(again|re-?link|link|re-?enter|new)\b|\bdo(es)? (it|the link|they) (last|stay) forever\b/, boost: 1.5 },
  // "신용카드로 샀으면 직접 취소도 가능해요?": cancelling an offer bought by credit card (today's refund rule).
  { intent: 'current-program', pattern: /(신용 ?카드|credit ?card)[^.?!]{0,40}(취소|cancel|환불|refund)|셀프 ?취소|self[- ]?cancel|직접 취소/, boost: 2 },
  // "더 살 수 있어요?", "can we buy more?": paid support.
  // "sfb에서 만료라고 뜸 왜?", "SfB shows our plan as expired": a plan that can no longer be used.
  { intent: 'plan-expired', pattern: /만료(라고|로|됐다고|되었다고|돼 ?있다고)? ?(뜸|떠|뜨|나와|나오|표시|보여|돼 ?있)|\b(says|shows|showing|listed as|marked( as)?|appears as) expired\b/, boost: 1.2 },
  // "Can we use the CSP support entitlement for our OWN Azure tenant?": what the CSP path does not cover.
  { intent: 'csp-customer', pattern: /\bcsp\b.{0,50}\b(own|internal)\b.{0,15}\b(tenant|subscription|azure)\b|\b(own|internal) (azure )?(tenant|subscription)\b.{0,40}\bcsp\b|csp.{0,30}(우리|자체|회사) ?(자체 )?(테넌트|구독|애저)|(우리|자체|회사) ?(자체 )?(테넌트|구독|애저).{0,30}csp/, boost: 1.5 },
  // "다음 해 할당 기다리는 거 말고 방법 있어요?", "any way other than waiting for next year?": what can be bought now.
  // "We're not in any partner program: any free support from Microsoft?": support without a membership is paid.
  { intent: 'paid-plans', pattern: /\bnot (in|part of) (any|a|the) (partner )?(program|membership)\b.{0,80}\b(free|support|help)\b|\b(free|any) (support|help)\b.{0,60}\b(without|no) (a |any )?(partner )?(program|membership)\b|(파트너 ?프로그램|멤버십)(에|이)? ?(가입 ?(안|하지 않)|없).{0,40}무료/, boost: 1.5 },
  { intent: 'paid-plans', pattern: /기다리는 ?(거|것|건) ?(말고|외에|빼고)|기다리지 ?(않고|말고)|\b(other than|besides|apart from|instead of|without) waiting\b/, boost: 2 },
  { intent: 'paid-plans', pattern: /(더|추가로?|추가 ?인시던트를?) ?(살|구매할|구입할|사면|살 ?수)|\b(buy|purchase) (more|extra|additional)\b/, boost: 1.2 },
  // "클라우드 인시던트 몇개 있어요?": what the membership (or the org's records) gives.
  { intent: 'check-benefits', pattern: /(인시던트|건수|케이스|티켓|클라우드|온프렘|온-?프레미스|시그니처|서명|지원)[^.?!]{0,15}몇 ?(개|건)|몇 ?(개|건)[^.?!]{0,8}(있|받|줘|주나|나와|생기)/, unless: /남|잔여|썼|사용했|쓴|열었/, boost: 0.8 },
  // "I need to open a case for Exchange Server 2019, where do I go?": where requests are opened (a version named too).
  { intent: 'open-request', pattern: /\b(open|file|raise|create|submit|log)\b.{0,40}\b(case|ticket|request|incident)\b.{0,30}\b(where do (i|we) go|which (site|portal|page|website))\b|\bwhere do (i|we) go\b.{0,30}\b(open|file|raise|create|submit)\b|(케이스|티켓|요청|인시던트).{0,15}(열어야|열려면|만들어야|접수해야).{0,15}(어디서|어디에서|어디로)/, unless: /customer|client|\bcsp\b|고객|microsoft 365|office 365|\bm365\b|exchange online/, boost: 1.5 },
  // "Windows 서버 문제랑 SQL 문제 한번에 티켓 하나로 열면 1개만 까이나요?", "another problem came up in the same ticket": two problems are two incidents.
  { intent: 'incident-definition', pattern: /(문제|이슈|장애|실패|오류|에러|issue|problem|error|failure)[^.?!]{0,40}(랑|이랑|와|과|하고|\band\b)[^.?!]{0,40}(문제|이슈|장애|실패|오류|에러|issue|problem|error|failure)[^.?!]{0,40}(한 ?번에|하나로|같이|together|one (ticket|request|case|incident)|single (ticket|request|case)|same (ticket|request|case))|(같은|same) (티켓|요청|케이스|ticket|request|case)[^.?!]{0,20}(계속|continue|keep)|다른 문제가? ?(또|더|새로) ?(생|나|발생)|\b(another|a second|a new|different) (problem|issue)\b.{0,40}\b(same|existing|open) (ticket|request|case)\b/, boost: 2 },
  // "an engineer worked on it for 6 weeks with 12 calls — how many incidents?", "SR 하나가 두 달째 안 끝났는데 추가로 차감되나요?", "10건이면 전화 10통이에요?": one problem is one incident.
  { intent: 'incident-definition', pattern: /\b\d+ (weeks?|months?|calls?|callbacks?|phone calls?)\b.{0,60}\bhow many incidents\b|(두|세|몇|여러|\d+) ?(달|개월|주)째[^.?!]{0,30}(추가|더)[^.?!]{0,10}(차감|소모|빠지)|(전화|통화|콜) ?\d+ ?(통|번|회)|\d+ ?(통|번) ?(이에요|인가요|이야)|\b(calls|phone calls)\b.{0,20}\bor\b.{0,20}\b(problems|issues)\b/, boost: 2 },
  // "Azure 문제인데 온프레미스 인시던트로 열어도 되나요?": on-premises incidents are for on-premises products.
  { intent: 'supported-products', pattern: /(azure|애저|cloud|클라우드)[^.?!]{0,30}(온-?프렘|온-?프레미스|on-?prem\w*)[^.?!]{0,20}(인시던트|incidents?)[^.?!]{0,25}(열어도|써도|쓸 수|사용|\buse\b|\bopen\b)|(on-?prem\w*|온-?프렘|온-?프레미스)[^.?!]{0,15}(incidents?|인시던트)[^.?!]{0,30}(\bfor\b|로)[^.?!]{0,15}(azure|애저|cloud|클라우드)/, boost: 1.5 },
  // "해결에 몇주 걸려도 1건이에요?": the incident definition (time doesn't count).
  { intent: 'incident-definition', pattern: /(몇 ?주|몇 ?달|오래|며칠|몇 ?시간)[^.?!]{0,10}(걸려도|걸리더라도|걸리면|걸린다면)|(1|한) ?건(이에요|인가요|이죠|으로)/, boost: 1.2 },
  // "파트너센터에서 acess id랑 contract id 어느 메뉴에서 봐요": where the IDs are.
  { intent: 'get-ids', pattern: /(access|acess|acces|contract|액세스|엑세스|계약) ?(ids?|아이디)[^.?!]{0,25}(어디|어느|위치|찾|메뉴|보여|봐요|보나요|볼 ?수)/, unless: /등록|입력|넣|register|enter/, boost: 1.2 },
  // "요즘 규정으로는 혜택 받고 몇 달 안에 써야 돼요?": how long the benefit lasts.
  { intent: 'validity', pattern: /몇 ?(달|개월)[^.?!]{0,10}(안에|이내|내에|동안)|\bwithin how many months\b|\bhow many months\b.{0,30}\b(use|redeem|activate)\b/, boost: 1.2 },
  // "How long are support benefits good for once we unlock them?": how long they last.
  { intent: 'validity', pattern: /\bhow long (are|is|do|does|will|would)\b.{0,40}\b(good( for)?|valid|last|usable|active)\b/, unless: /\bactivat\w* (take|takes)\b|\btake to\b/, boost: 1.5 },
  // "혜택에 표시된 만료일이 활성화 마지막 날이라는데 무슨 뜻이에요?": what the shown expiration date means.
  { intent: 'validity', pattern: /(만료 ?(일|날짜|날|일자)|expir(y|ation) date)[^.?!]{0,50}(무슨 ?뜻|뭔 ?뜻|의미|what does|mean|last day)|(활성화|activat\w*)[^.?!]{0,12}(마지막 ?날|last day)[^.?!]{0,30}(무슨 ?뜻|뭔 ?뜻|의미|mean)/, boost: 2 },
  // "우리 시그니처 혜택은 어떻게 되어 있어요?": the org's benefits (the cloud line).
  { intent: 'check-benefits', pattern: /(시그니처|서명|클라우드|온프렘|온-?프레미스)[^.?!]{0,10}혜택[^.?!]{0,10}(어떻게|뭐|알려|확인|있어|있나)/, boost: 1.2 },
  // "Action Pack 인시던트 10건 맞죠?", "Gold is 20 incidents, right?": a membership's count to confirm.
  { intent: 'check-benefits', pattern: /(?<!\d)\d{1,2} ?(건|개)(이)? ?(맞|인가요|이죠|죠|이에요|예요)|\b(is it|isn'?t it|it'?s|that'?s|gives?|get|gets) (\d{1,2}|five|ten|fifteen|twenty) (incidents|cases|tickets)\b.{0,15}(right|correct|\?)/, unless: REMAINING, needsOffer: true, boost: 1.2 },
  // "what support stuff do we have?", "what do we get for tech support?": the company's own benefits.
  { intent: 'check-benefits', pattern: /\bwhat (kind of |sort of )?(support|tech support|technical support|partner support|support benefits?|benefits?) (stuff|things|options)?\s*(do|does|did|can) (we|our (company|org|team))( actually| even)? (have|get|got)\b|\bwhat do (we|i) (have|get)\b.{0,25}\b(support|benefits?)\b/, boost: 1.2 },
  // "Azure 포털에서 남은 시그니처 건수 볼 수 있어요?": the balance, which Azure never shows.
  { intent: 'remaining-incidents', pattern: /(azure|애저|포털|portal)[^.?!]{0,25}(남은|잔여|잔량|remaining|balance|how many (are )?left)[^.?!]{0,25}(볼 ?수|보여|보이|확인|나와|나오|see|shown|show|check|view)/, boost: 2 },
  { intent: 'remaining-incidents', pattern: /(남은|잔여|잔량|remaining|balance|how many (are )?left)[^.?!]{0,25}(azure|애저|포털|portal)[^.?!]{0,15}(볼 ?수|보여|보이|확인|나와|나오|see|shown|show|check|view)/, boost: 2 },
  // "How do I check remaining incidents w/o actually opening a ticket?": where the balance is read.
  { intent: 'remaining-incidents', pattern: /\b(check|see|find|view|look up|verify)\b.{0,30}\b(remaining|balance|how many (are |we have )?left)\b/, boost: 1.2 },
  // "so Contoso has 50 signature incidents, right?": a count stated for a company, to confirm.
  { intent: 'check-benefits', pattern: /\b(has|have|got|get|gets)\s+(\d{1,2}|five|ten|fifteen|twenty|fifty)\s+([a-z-]+\s+){0,2}(incidents|cases|tickets)\b[^.?!]{0,15}\b(right|correct)\b/, unless: REMAINING, boost: 1.2 },
  // "Which offers is our org on right now?", "저희가 가진 오퍼가 뭐뭐죠?": the asker's own membership and offers.
  { intent: 'check-benefits', pattern: /\b(which|what) (offers?|memberships?|membership offers?)\b.{0,25}\b(we|our|us)\b|(저희|우리)[^.?!]{0,15}(오퍼|멤버십)[^.?!]{0,12}(뭐|뭔|무엇|어떤|어느)|(가진|가지고 있는|갖고 있는|보유한|보유 중인|받고 있는|있는) ?(오퍼|멤버십)(이|가|은|는)? ?(뭐|뭔|무엇|어떤|어느)/, unless: /\b(buy|purchase|join|sign up|should|cheapest|switch)\b|(살|사야|구매|구입|가입|바꾸|바꿔|싼)/, boost: 2 },
  // "버그로 판명되면요?": a request closed as a bug is refunded (today's program).
  { intent: 'current-program', pattern: /버그로 ?(판명|확인|밝혀|종료|닫|처리)/, boost: 1.5 },
  // "인시던트 어디서 써요?": where requests go.
  { intent: 'open-request', pattern: /(인시던트|혜택|지원)?[^.?!]{0,10}어디서 ?(써|쓰나|쓰면|사용해|사용하|열어|열면)(요|나요|야|죠)?/, unless: /customer|고객|microsoft 365|m365|오피스|csp|azure|애저|클라우드|cloud/, boost: 1.2 },
  // "Lidia asked why she has no Access ID", "액세스 ID가 안 보여요": where the IDs come from (activation).
  { intent: 'get-ids', pattern: /\b(why|how come)\b.{0,30}\b(no|not|doesn'?t|don'?t|can'?t|cannot)\b.{0,15}\b(access ids?|contract ids?|the ids?)\b|(액세스|계약) ?(id|아이디)(가|를)? ?(없|안 ?(보|나|떠))/, boost: 1.2 },
  // "Miriam says she can't see any IDs", "ID가 하나도 안 보인대요": where the IDs come from (activation).
  { intent: 'get-ids', pattern: /\b(can'?t|cannot|doesn'?t|don'?t|unable to) (see|find)\b.{0,15}\b(any |the |their |our |her |his )?(ids?|access ids?|contract ids?)\b|(ids?|아이디)(가|는|이)? ?(하나도 |전혀 |아예 )?(안 ?(보|나|떠)|없)/, unless: /already associated|이미 연결/, boost: 1.5 },
  // "Now it shows the benefit but there's no Access ID anywhere": where the IDs come from (activation).
  { intent: 'get-ids', pattern: /\bno (access|contract) ids?\b|\b(access|contract) ids? (is |are )?(nowhere|missing|not there|not shown|not showing)\b|\bthere'?s no (access|contract) id/, boost: 1.2 },
  // "Quick check on our support status", "우리 지원 상태 어때요?": the org's benefits and balances.
  { intent: 'check-benefits', pattern: /\b(our|my)\b.{0,15}\b(support|benefits?|contract|partner support)\b.{0,10}\bstatus\b|\bstatus of (our|my) (support|benefits?|contract)\b|(지원|혜택|계약) ?(상태|현황)/, unless: /ticket|티켓|request|요청|case|케이스/, boost: 1.2 },
  // "How many on-prem incidents have we used?", "몇 개 썼어요?": the balance (with what was used).
  { intent: 'remaining-incidents', pattern: /몇 ?(개|건)(을|를)? ?(썼|사용했|쓴|써 ?버렸)|\bhow many\b.{0,30}\b(have we|did we|we'?ve|have i|did i|have they|did they|they'?ve|did (he|she)|has (he|she)) (used|opened|consumed|use|open|consume)\b|\bused so far\b/, boost: 1.2 },
  // "Which support plan do I pick in + New support request?": the partner plan, once linked.
  { intent: 'link-azure', pattern: /\bwhich (support )?plan\b.{0,30}\b(pick|choose|select)|(어떤|무슨) (지원 )?(플랜|계획).{0,12}(골라|고르|선택)/, boost: 1 },
  // "MPN 파트너 관리자 역할은 지금 뭐라고 불러요?": what a 2021 name is called today.
  { intent: 'renamed', pattern: /뭐라고 (불러|부르|부릅|해요|하나요)|어떻게 (불러|부르|부릅)|\bwhat(?:'s| is| are)? (it|they|this|that|the role|the \w+) (called|named)\b/, boost: 1.2 },
  // "만료되고 나면 애저에서는 어떻게 보여요?": Azure hides an expired or used-up plan.
  { intent: 'plan-expired', pattern: /(만료|expire|used up|다 ?쓰|소진).{0,30}(애저|azure).{0,25}(보이|보여|나와|나오|표시|show|look|appear|see)/, unless: CURRENT_NAMES, boost: 1.2 },
  // "Can we use the on-prem incidents for an Azure issue instead?": on-premises incidents are for on-premises products.
  { intent: 'supported-products', pattern: /(on[- ]?prem(ises)?|온-?프렘|온-?프레미스)( support| incidents?| 지원| 인시던트)?.{0,30}\b(for|on)\b.{0,20}\b(azure|cloud)\b|(온-?프렘|온-?프레미스).{0,20}(애저|azure|클라우드).{0,10}(에|으로|로)? ?(써|쓰|사용)/, boost: 1.2 },
  // "켜는 거 아무나 할 수 있나요?": turning the benefit on is activating it.
  { intent: 'activate', pattern: /(혜택|기술 ?지원|지원|benefit).{0,15}켜|켜(는|려면|야) ?(거|것|법|방법|하나|돼|되)|\bturn (it |them |the benefits? )?on\b|\bswitch (it |the benefits? )?on\b/, boost: 1.2 },
  // "그 권한 있는 사람은 어떻게 찾아요?", "who has that role?": the holders (the activation answer names them).
  { intent: 'activate', pattern: /(권한|역할|관리자 ?권한)(이|을|를)? ?(있는|가진|갖고 있는|가지고 있는) ?(사람|분|직원|동료)|\bwho (has|holds|have) (the |that |this |those )?(role|roles|permission|rights|admin)|\bfind (the |our |an? )?(global admin|partner admin|admin)s?\b/, boost: 1.2 },
  // "Can I give my coworker my login?": share the IDs, never the sign-in.
  { intent: 'ids-usage', pattern: /\b(give|share|lend|send|tell|hand)\b.{0,45}\b(login|log-in|credentials|sign-?in details|account details)\b|\b(login|credentials)\b.{0,30}\b(share|give|lend|coworker|colleague)|비밀번호.{0,20}(보내|전달|같이|알려 ?줘|넘겨)|(계정|로그인) ?(정보)?(를|을)? ?(공유|빌려|넘겨|알려)/, boost: 1.2 },
  // "He linked the IDs to his own account: new IDs for mine?", "제 계정에도 써야 돼요?": each account links the same IDs once.
  { intent: 'ids-usage', pattern: /\bnew ids? for (mine|me|my (own )?account)|\b(his|her|their) (own )?account\b.{0,60}\b(ids?|mine|my account|me)\b|\b(ids?|linked)\b.{0,40}\b(his|her|their) (own )?account|(내|제|다른|각자|제 ?꺼|제 ?거) ?계정(에도|으로도|마다|별로|에서도)|(그 ?사람|전임자|퇴사자).{0,15}계정/, boost: 1.2 },
  // "Would calling 3 times about the same problem count more?", "같은 문제로 여러 번 연락해도요?": one incident.
  { intent: 'incident-definition', pattern: /\b(call|contact|email|phone|ring)(ed|ing|s)?\b.{0,30}\b(\d+|two|three|several|many|multiple) times\b|\bsame (problem|issue)\b.{0,40}\b(times|again|twice)\b|\b(times|again|twice)\b.{0,40}\bsame (problem|issue)\b|같은 (문제|이슈)(로|로요|인데)? ?.{0,10}(여러 ?번|몇 ?번|다시|또|두 ?번|세 ?번)|(여러 ?번|몇 ?번|여러 ?차례|자주) ?(통화|연락|전화|메일)|(통화|연락|전화)(를|을)? ?(여러 ?번|몇 ?번|여러 ?차례|자주)/, boost: 1.2 },
  // "What counts as on-prem vs cloud? like Windows Server vs Azure VMs", "온프렘이랑 클라우드 구분 기준이 뭐예요?": which products each covers.
  { intent: 'supported-products', pattern: /\b(considered|counts?|counted|classed|classified) (as )?(on[- ]?prem\w*|cloud)\b|\bon[- ]?prem\w* (vs\.?|versus|or|and) cloud\b.{0,30}\b(what|which|considered|count|mean|differ)|\bcloud (vs\.?|versus|or) on[- ]?prem\w*\b.{0,30}\b(what|which|considered|count|mean|differ)|(온-?프렘|온-?프레미스)[^.?!]{0,10}클라우드[^.?!]{0,12}(구분|기준|차이|나누)|클라우드[^.?!]{0,10}(온-?프렘|온-?프레미스)[^.?!]{0,12}(구분|기준|차이|나누)/i, unless: /competenc|역량/i, boost: 1.5 },
  // "What's the paid option that's cloud only?", "유료 옵션 뭐 있어요?": the paid plans.
  { intent: 'paid-plans', pattern: /\bpaid (options?|plans?|support|alternatives?|route|way)\b|유료 ?(옵션|플랜|지원|방법|서비스)/i, boost: 1.5 },
  // "What's left on our Partner Cloud Support?": one's own balance, whatever the benefit is called.
  { intent: 'remaining-incidents', pattern: /\b(what'?s|what is|how much|how many)\b.{0,10}\b(left|remaining)\b.{0,20}\b(our|my)\b|\b(our|my)\b.{0,30}\b(left|remaining)\b|(우리|저희|제)[^.?!]{0,25}(남은|남았|잔여)/i, unless: /\b(no|none|zero|0|nothing)\b.{0,15}\bleft\b|없어|없네|없음|다 ?(썼|씀)/i, boost: 1.2 },
  // "I'm getting a new login: will my link follow me to the new account?": each sign-in account enters the IDs once.
  { intent: 'ids-usage', pattern: /\bnew (login|account|sign-?in|upn|e-?mail|user ?name|work account)\b.{0,60}\b(link|linked|follow|carry|carries|transfer|move|keep|contract|ids?)\b|\b(link|linked|contract|ids?)\b.{0,60}\b(follow|carry over|transfer|move)\b.{0,30}\bnew (login|account|sign-?in|upn)\b|새 ?(계정|로그인|아이디|이메일)[^.?!]{0,30}(연결|따라|옮겨|이전|유지|다시)/i, boost: 1.5 },
  // "Do I get separate IDs for each of my 4 engineers?", "엔지니어 4명한테 각각 다른 ID가 나오나요?": one pair, shared.
  { intent: 'ids-usage', pattern: /\b(separate|different|own|individual)\b.{0,15}\b(ids?|access ids?|contract ids?)\b.{0,30}\b(each|every|per)\b|\b(ids?|access ids?)\b.{0,20}\b(for|per) (each|every)\b|(엔지니어|직원|사람|사용자|팀원|개발자|명)[^.?!]{0,15}(마다|각각|각자|별로)[^.?!]{0,15}(ID|아이디)|(각각|각자|따로) ?(다른 )?(ID|아이디)/i, boost: 1.5 },
  // "Are they active already? who can switch them on", "우리 혜택 활성화돼 있어요?": activation, and who may.
  { intent: 'activate', pattern: /\bwho (can|could|may|should) (switch|turn) (it|them|those|the benefits?) on\b|\b(are|is) (they|it|we|those|these|the benefits?|our benefits?) (already )?(active|activated|switched on|turned on)( already| yet)?\b/i, boost: 1.5 },
  // "Do they all log in with my account?", "다 제 계정으로 들어가요?": each uses their own account with the same IDs.
  { intent: 'ids-usage', pattern: /\b(log|sign)s? ?in (with|as|on|using) (my|one|the same|a shared|a single|our (admin|shared)) account\b|\b(all|everyone) (use|share|log in with|sign in with) (my|one|the same|a single) (account|login)\b|(공용|공유) ?계정|(한|하나의|제|같은) 계정으로 (다|모두|다들|같이)/i, boost: 1.5 },
  // "Once it's on, how many on-prem ones do we get?", "몇 개 받아요?": what the membership gives, not what is left.
  { intent: 'check-benefits', pattern: /\bhow many\b.{0,30}\b(do|will|would|can|should) (we|i) (get|receive)\b|몇 ?(개|건)(을|를|이나)? ?(받|줘요|주나|주나요|나와요|나오나)/, unless: REMAINING, boost: 1.5 },
  // "Where do I type it in?", "어디다 입력해요?": where the IDs are entered (the IDs answer says where).
  { intent: 'get-ids', pattern: /\bwhere (do|can|should|would) (i|we|you) (type|enter|put|paste|add|input|insert|fill)\b|어디(에|다|에다|에서)? ?(입력|넣|쳐|치|적)/, boost: 1.2 },
  // "What's the number Microsoft gives us to prove we're partners?": the Access ID, described.
  { intent: 'get-ids', pattern: /\b(number|code|id)s?\b.{0,40}\b(gives? us|given to us|prove|proves|proof|identif(y|ies))\b|(증명|인증).{0,15}(번호|코드)|(번호|코드).{0,20}(증명|파트너임)/, boost: 1 },
  // "Why can't I open the Technical benefits page?": a page that won't open is "no benefits" (or, for a CSP-side account, "not authorized").
  { intent: 'no-benefits', unless: /\bcsp\b|\bids?\b|access id|contract id|아이디/, pattern: /\b(can'?t|can ?not|unable to|won'?t|will not|doesn'?t|does not)( i| we| you| they)? (open|access|load|get into|see)\b.{0,30}\b(technical )?benefits? (page|tab|menu|section)\b|혜택 (페이지|메뉴|화면).{0,15}(안 ?(열|들어가|보여)|못 ?(열|들어가)|접근)/, boost: 1 },
  // "Which offers do we hold right now?", "우리 회사 무슨 멤버십이에요?": the org's own benefits.
  { intent: 'check-benefits', pattern: /\b(which|what) (offers?|memberships?|benefits?|competenc\w+|designations?|programs?) (do|did) (we|i) (hold|have|own|get|carry)\b|\bwhat (offer|membership|tier|level) are we( on| in)?\b|(우리|저희) ?(회사)?.{0,8}(어떤|무슨) (오퍼|멤버십|혜택|역량|등급)/, boost: 1.2 },
  // "Did that quota request eat an incident?", "이것도 건수에서 빠지나요?": what uses an incident today (billing, quota, frontline).
  { intent: 'current-program', pattern: /\b(does|did|will|would|do) (that|it|this|they|those|a|an)\b.{0,40}\b(eat|use up|cost|count|consume|deduct)\b.{0,25}\bincidents?\b|\b(quota|billing|subscription)\b.{0,20}\b(request|ticket|case)s?\b.{0,60}\bincidents?\b|(파트너 ?센터|일선|빌링|청구|결제|할당량|쿼터).{0,40}(건수|인시던트)(에서|가|이|도)? ?(빠지|차감|소모|깎)/, boost: 1.2 },
  // "How many on-prem tickets?": a count of what a membership gives (a balance when it says "left").
  { intent: 'check-benefits', pattern: /\bhow many\b.{0,30}\b(tickets?|cases?|incidents?|requests?)\b/, unless: REMAINING, boost: 0.5 },
  // "Is our Signature cloud support unlimited?", "무제한 맞나요?": what the membership gives.
  { intent: 'check-benefits', pattern: /\b(is|are)\b.{0,40}\bunlimited\b|unlimited.{0,10}(맞|인가요|이죠|인지|이에요|예요)|무제한.{0,6}(맞|인가요|이죠|인지|이에요|예요)/, unless: /competenc|역량/, boost: 1 },
  // "Activate 버튼이 greyed out 이에요": who may activate.
  { intent: 'activate', pattern: /activate (button|버튼)|활성화 버튼|(button|버튼).{0,20}(gr[ae]y|dimmed|disabled|회색|흐리|비활성)/, boost: 1.5 },
  // "Which accounts can use the benefit? only AAD?": any sign-in account works.
  { intent: 'msa-allowed', pattern: /\bwhich (kinds? of )?accounts?\b.{0,40}\b(use|work|can|allowed)\b|\b(only|just) (aad|azure ad|entra( id)?|work accounts?|company accounts?)\b|(어떤|무슨) 계정.{0,20}(쓸 수|사용|되나|돼요)/, boost: 1 },
  // "그럼 Azure 지원은 어떻게 받아요?": cloud support goes through the Azure portal (with what the records say about it).
  { intent: 'link-azure', pattern: /\b(do|can|does|could) (we|i) (also )?(get|have|receive) (any )?(azure|cloud) support\b|(애저|azure|클라우드).{0,15}지원(을|도)? ?(받을 수|받나요|받아요|돼요|되나요|가능)|\b(azure|cloud) support\b.{0,20}\bhow (do|can) (we|i) get\b|\bhow (do|can) (we|i) get (azure|cloud) support\b|(azure|애저|클라우드) ?지원(은|는|을)? ?(어떻게|어디서) ?(받|요청)/, boost: 1 },
  // "그럼 뭘 사야 돼요?", "what would we need to buy?": the paid options.
  { intent: 'paid-plans', pattern: /(뭘|무엇을|뭐|뭐를|어떤 ?(걸|것을|거|플랜을?)|무슨 ?(플랜을?|걸)) ?(사야|구매해야|구입해야)|\bwhat (do|should|would|could) (we|i) (need to |have to )?(buy|purchase)\b/, boost: 1 },
  // "Which option gets us some on-prem incidents?", "어떤 멤버십이어야 인시던트가 있어요?": the memberships side by side.
  { intent: 'check-benefits', pattern: /\bwhich (of (our|the|these|those|their) )?(two |2 |both |current |new |2026 |today'?s )?(option|offer|membership|tier|level|plan)s?\b.{0,40}\b(incidents?|support|cases?)\b|(어떤|무슨) (오퍼|멤버십|옵션|등급).{0,20}(인시던트|지원)/, boost: 1.2 },
  // "What's the difference between on-prem and cloud support?", "각각 어느 포털에서 써요?": where each goes.
  { intent: 'open-request', pattern: /(on[- ]?prem\w*|온-?프렘|온-?프레미스).{0,40}(cloud|클라우드|시그니처|signature).{0,40}(differen|차이|다른|달라|각각|each)|(differen|차이).{0,20}(on[- ]?prem\w*|온-?프렘|온-?프레미스).{0,30}(cloud|클라우드)/, unless: /how many|몇 ?(개|건)/, boost: 1.2 },
  // "Do we get that incident back?", "그 건은 돌려받나요?": refunds (today's rule says which requests are refunded).
  { intent: 'current-program', pattern: /\b(get|getting|got) (that|the|this|it|one|an?|our) ?(incident|ticket|case|request)? back\b|\b(incident|ticket|case)s? back\b|(인시던트|건|티켓|케이스).{0,10}(돌려 ?받|복구|되돌려|환원)/, boost: 1.2 },
  // "Is my own account linked?", "제 계정 계약에 연결돼 있어요?": the records' links (the IDs answer lists them).
  { intent: 'ids-usage', pattern: OWN_LINK, boost: 1.2 },
  // "Has our contract been linked to anyone's account?": who linked it, not the "already associated" message.
  { intent: 'ids-usage', pattern: /\b(linked|associated|added|connected)\b.{0,12}\b(to|with) (anyone|anybody|someone|somebody)('?s)?\b|(누구|누군가).{0,10}(계정에|한테|에게).{0,10}(연결|추가|등록)/, boost: 2 },
  // "Can regular users like me see our IDs?", "일반 사용자도 ID 볼 수 있어요?": every user of the company sees them.
  { intent: 'get-ids', pattern: /\b(can|may|do|does) (regular|normal|ordinary|non-?admin|plain|all|other|any) (users?|employees|people|staff|colleagues|members)\b.{0,40}\b(see|view|access|find|get)\b|(일반|평|보통) ?(사용자|직원|유저).{0,20}(볼 수|보이|보여|확인|봐도)/, boost: 1.2 },
  // "Do we have an active support contract?", "can I still use our old Access ID?": whether the contract is valid.
  { intent: 'validity', pattern: /\b(active|valid|current|live) (support |partner )?contract\b|\bcontract (is )?(still )?(active|valid|live)\b|\bstill use (our|the|my) (old |previous |last year'?s )?(access id|contract id|ids?|contract)\b|\bold (access |contract )?ids? (still )?(work|valid|good)\b|(계약|액세스 ?id|ID)(이|가|은|는)? ?(아직|여전히|지금)? ?(유효|살아 ?있|활성)/, boost: 1.2 },
  // "How long can we use it once activated?", "언제까지 쓸 수 있어요?": how long it is valid.
  { intent: 'validity', pattern: /\bhow long (can|do|will|would|may|could) (we|i|you|they) (use|keep|have)\b|\bhow long (is|are) (it|they|the ids?|the benefits?|the contract|the incidents?) (good|usable|valid)|얼마나 ?(오래|동안) ?(쓸|사용|써)|언제까지 (쓸|사용|써)|\blose (our |the |all )?(support|benefits?)\b|(혜택|지원).{0,10}(잃|끊기|끊겨|사라지|없어지|날아가)/, boost: 1.5 },
  // "If we pay?": paid support.
  { intent: 'paid-plans', pattern: /\bif (we|i) pay\b|\bpay(ing)? (for|to get) (support|help|a case|an incident|incidents)|\bpaying\b|돈을? ?(내면|내고|주고)|비용을? ?(내면|지불)/, boost: 1.2 },
  // "0 incidents left, what are our options?", "다 썼어요. 더 받으려면?": a used-up plan and what to do.
  { intent: 'plan-expired', pattern: /\b(0|zero|no) (incidents? |cases? )?(left|remaining)\b.{0,60}\b(options?|what now|what (can|should|do) we do|next|alternatives?)|\b(used (them )?(all )?up|ran out|run out|exhausted)\b.{0,60}\b(options?|what now|what (can|should|do) we do|more|alternatives?)|다 ?(쓰면|쓴 ?(뒤|후|다음)|쓰고 ?나면|소진되면)|(다 ?썼|소진|다 ?떨어).{0,40}(어떻게|뭐|방법|더)|(더|추가로?) ?받(으려면|을 ?수|고 ?싶)/, unless: CURRENT_NAMES, boost: 1.8 },
  // "How much does each offer cost?", "런치 가격?": today's prices.
  { intent: 'current-program', pattern: /\b(cost|costs|price|prices|pricing|how much|fee|fees)\b.{0,50}\b(offers?|launch|core|expanded|designation|program|per year|a year|annual)|\b(offers?|launch|core|expanded|designation)\b.{0,40}\b(cost|price|how much|fee)|(런치|석세스|코어|익스팬디드|오퍼|지정|프로그램|멤버십).{0,20}(가격|연회비|요금|얼마(예요|에요|인가요|죠|야|\?| ?해요| ?하나요| ?들어))/, boost: 1.2 },
  // "I see 'Partner On-premises Support 20' instead of the Gold 20pack": the 2025 rename.
  { intent: 'renamed', pattern: /partner (on[- ]?premises|cloud) support (\d{1,3}(?!\d| ?(incidents?|cases?|tickets?|건|개))|\w+ ?pack)|파트너 (온-?프레미스|클라우드) 지원 ?\d{1,3}(?!\d| ?(건|개|인시던트))/, boost: 2 },
  // "Can I pick Windows? it's for cloud": the balance check (an on-premises product is picked on purpose).
  { intent: 'remaining-incidents', pattern: /(윈도우|windows).{0,12}(골라|고르|골라도|선택|pick|choose|select)|(pick|choose|select)\w*.{0,12}windows/, boost: 1.2 },
  // "보안이 클라우드 역량 맞아요?": whether a competency is a cloud one.
  { intent: 'cloud-competencies', pattern: /(클라우드 역량|cloud competenc(y|ies))(이|인지|인가|인가요|이에요|이예요|예요|이죠|이야|맞|에 (포함|들어))|\b(is|are|counts? as)\b.{0,40}\b(a )?cloud competenc/, boost: 1.2 },
  // "How many do we get once activated?", "몇 건 받아요?": what the membership gives.
  { intent: 'check-benefits', pattern: /몇 ?(개|건)(을|를|이나)? ?(받|나와|나오|생기|생겨|줘|주|써요|쓸 수|쓸수)|\bhow many (incidents |cases |tickets )?(do|will|would|can) (we|i) (get|receive)\b/, boost: 1.4 },
  // "After linking, where do I open the actual ticket?": + New support request.
  { intent: 'link-azure', pattern: /(티켓|요청|케이스)(은|는|을|를)? ?(실제로? ?)?(어디서|어디에서|어떻게) ?(열|만들|생성|접수|올려)|\bwhere (do|can|should) (i|we) (open|create|file|raise|submit) (the |a |an |our )?(actual |real )?(ticket|request|case)\b/, unless: /\bcsp\b|customer|client|고객/, boost: 0.8 },
  { intent: 'help', pattern: /what (can|does|do) (this|the|you) bot|what kind of (questions|things)|guidance|i'?m lost|뭐 하는|어떤 질문|뭐부터|처음인데|\bhelp\b|\bmenu\b|what can you (do|help)|what do you (do|know)|how (do|can) i use (you|this bot)|\boptions\b|도움|메뉴|뭘 할 수|무엇을 할 수|뭐 할 수 있|사용법/, boost: 0.3 },
  { intent: 'human', pattern: /\b(talk|speak|chat|connect|transfer|put)\b.{0,25}\b(human|person|someone|somebody|agent|staff|representative|operator)\b|\bhuman\b|real person|\boperator\b|상담원|상담사|고객센터|(사람|직원|담당자|상담)(이랑|과|하고|한테|에게|으로|로|분|님)? ?(좀 )?(연결|바꿔|얘기|이야기|대화|통화|부탁)/, boost: 0.3 },
  { intent: 'register-ids', pattern: /\bon file\b|\bkeep (our|the) (new )?(ids?|contract id|access id)|\b(register|save|store|record|replace|update)\b.{0,40}\b(ids?|access|contract)\b|\b(ids?|access id|contract id)\b.{0,30}\b(register|save|store|record)|your records|new ids|enter the ids|등록|저장|기록|교체/, boost: 0.3 },
  { intent: 'ticket-status', pattern: /\bticket\b.{0,20}\b(progress|news|update|seen|answered|reply|resolved|picked up)|\b(progress|update|news)\b.{0,20}\b(ticket|request|case|handoff)\b|(티켓|요청|문의).{0,10}(업데이트|진행|처리)|\b(my|our) (ticket|request|case|question)s?\b|\b(ticket|request|case) (status|number|update)|\bstatus\b|any (news|update)|heard back|내 (티켓|문의|요청)|(티켓|문의|요청).{0,6}(상태|진행|어떻게 됐|답변)|답변 (왔|언제)/, boost: 0.3 },
  { intent: 'remaining-incidents', pattern: REMAINING, boost: 0.45 },
  // "시그니처 다 쓴 거 같은데 확인 좀", "can you check if we used them all up?": the balance, checked.
  { intent: 'remaining-incidents', pattern: /(used (them )?(all )?up|run out|ran out|다 ?(쓴|썼|사용한)|소진).{0,25}(확인|맞|인지|check|see|whether)|(check|확인).{0,30}(used (them )?(all )?up|ran out|다 ?(쓴|썼)|소진)/, boost: 1.2 },
  // "Which product do I pick in SfB to see the balance?": the balance check (pick an on-premises product).
  { intent: 'remaining-incidents', pattern: /(which|what) product.{0,30}(pick|choose|select)|(어떤|무슨) (제품|product).{0,15}(골라|고르|선택)/, boost: 1.2 },
  { intent: 'remaining-incidents', pattern: /\bunavailable\b|사용할 수 없는 (지원 )?(플랜|계획)/, boost: 0.85 },
  // "A Teams admin center issue in our own tenant": a Microsoft 365 service, whatever else the message names.
  // "혜택 화면에 아무것도 없다고 나와요", "the benefits page is empty": what "no benefits yet" looks like.
  { intent: 'no-benefits', pattern: /혜택 ?(화면|페이지|탭|메뉴)(에|엔|에는)? ?(아무것도|아무 ?것도|텅|비어|아무 ?내용)|\bbenefits? (page|tab|screen) (is |was |looks )?(empty|blank)|\bnothing (on|in|under) (the |our )?benefits\b|\bbenefits? (page|tab|screen) (shows|says|has) nothing\b/, boost: 2 },
  // "What does my admin agent role let me do with the support stuff?": requests for CSP customers.
  { intent: 'csp-customer', pattern: /admin agent.{0,40}\b(let|lets|allow|allows|do with|role (do|let|allow)s?|what can)\b|\bwhat (can|does) (an? |my |the )?admin agent\b|관리 ?에이전트.{0,20}(뭘|무엇|뭐)/, unless: /activat|활성화|access id|contract id|\bids?\b|아이디|액세스/, boost: 2 },
  // "Is an incident capped at some number of hours?", "하나 열어놓고 관련 문제 여러 개 물어봐도 돼요?": what one incident is.
  { intent: 'incident-definition', pattern: /\b(incidents?|cases?|tickets?)\b.{0,30}\b(capped|cap|limited|limit)\b.{0,20}\b(hours?|time|days?|weeks?)\b|\bhow long (can|does|may) (an|one|a) (incident|case|ticket)\b|(인시던트|케이스|티켓).{0,20}(시간|기간).{0,10}(제한|상관)|(관련|다른|여러) ?(문제|이슈|질문).{0,15}(여러|같이|한꺼번에|물어|묻)|\b(several|multiple|related|other) (problems|issues|questions)\b.{0,30}\b(one|same|single|that) (incident|case|ticket)\b/, boost: 2 },
  // "계정에 연결해두면 언제까지 유지됨?": a link lasts until the contract expires or is used up.
  { intent: 'ids-usage', pattern: /(연결|등록)(해 ?두면|해 ?놓으면|한 ?거|된 ?거|해 ?둔 ?거).{0,15}(언제까지|계속|유지)|\b(link|linked|binding)\b.{0,30}\b(how long|until when|last|lasts|stay|stays)\b/, boost: 2 },
  { intent: 'm365', pattern: /\b(teams|exchange|sharepoint|m365|microsoft 365|office 365|o365|intune|purview|defender) admin (center|centre|portal)\b|(팀즈|익스체인지|셰어포인트|m365|오피스 ?365) ?관리 ?센터/, boost: 2 },
  { intent: 'm365', pattern: /microsoft 365(?! (work |business |school )?(account|login|sign-?in|id)\b)|office 365|\bm365\b|\bo365\b|exchange online|sharepoint online|\bteams\b|마이크로소프트 ?365|오피스 ?365|팀즈|익스체인지 온라인|셰어포인트 온라인/, boost: 0.5 },
  { intent: 'supported-products', pattern: /(exchange|sharepoint|sql|windows server|skype|biztalk|system center)\s*(server\s*)?20\d\d/, boost: 1 },
  // "Recent on-premises products" is the benefit's own wording for N and N-1.
  { intent: 'supported-products', pattern: /recent on[- ]?prem|최근 온-?프레미스|최근 제품/, boost: 1.2 },
  // "Can we use our on-prem incidents for any version?", "아무 버전이나 돼요?": which versions are covered.
  { intent: 'supported-products', pattern: /\b(any|every|all|old|older|legacy|which|what) (product )?versions?\b|(아무|모든|옛날|예전|오래된|구) ?버전/, boost: 1.2 },
  { intent: 'supported-products', pattern: /\bversions?\b|\bn-1\b|\bn1\b|\bn-2\b|mainstream|windows server|sql server|exchange server|\b20(0[0-9]|1[0-9]|2[0-9])\b|older (product|release)|버전|메인스트림|윈도우 서버|sql 서버/, boost: 0.4 },
  { intent: 'check-benefits', pattern: /how many|incidents?|benefits?|get|include|entitle|give|cloud|azure|signature|몇|혜택|인시던트|받|클라우드|애저|시그니처/, boost: 0.5, needsOffer: true },
  { intent: 'check-benefits', pattern: /(우리|저희) ?(회사)?[는은의]? ?(어떤 |무슨 )?(멤버십|등급)|\b(our|my) (membership|tier|level|partner level)\b|what (membership|level|tier) (do|are|is) (we|our)/, boost: 0.8 },
  { intent: 'check-benefits', pattern: /(멤버십|등급|파트너 등급).{0,6}(뭐|무엇|뭔|어떤 ?거|어떻게 돼|어떻게 되)|what(?:'s| is) (our|my) (membership|tier|partner level)|which (membership|tier|level) (do|are|have) we/, boost: 1 },
  { intent: 'check-benefits', pattern: /(?<!\b(add|enter|link|register|put|type|input) )\b(our|my) (partner |support |partner support )?(contract|benefit)s?\b|(우리|저희) ?(회사)? ?(계약|혜택)(으로|을|를|이|은)/, boost: 0.5 },
  { intent: 'check-benefits', pattern: /\b(our|my)\b.{0,20}\bbenefits\b|\bwhat (do|did) we (have|get)\b|(우리|저희) ?(회사)? ?(의 )?(지원 )?혜택/, boost: 0.35 },
  // "We're Gold with Cloud Platform: how many Azure tickets can we open?": a count with the membership named is its table.
  { intent: 'check-benefits', pattern: /how many|몇 ?(개|건|번)/, boost: 0.9, needsOffer: true },
  { intent: 'check-benefits', pattern: TABLE, boost: 1 },
  { intent: 'check-benefits', pattern: COMPARE, boost: 0.8, needsOffer: true },
  { intent: 'check-benefits', pattern: /(?<!\d)\d{1,3} ?-?pack\b|pack names?|(?<!\d)\d{1,3} ?팩/, boost: 0.6 },
  // "I see 'Partner support Silver 15pack', what is that?": what the pack is.
  { intent: 'check-benefits', pattern: /(?<!\d)\d{1,3} ?-?(pack|팩)\b.{0,40}(what (is|does)|what's|\bmean|뭐|무슨|뜻)/, boost: 1.2 },
  // "혜택 어떻게 받아요?": how a company comes by the benefits (not how long they last).
  { intent: 'check-benefits', pattern: /(혜택|인시던트|지원 ?혜택)(을|를|은|는)? ?(어떻게|어디서) ?(받|얻)/, boost: 1.2 },
  // "시그니처 10팩은 왜 10개짜리예요?": why a pack holds that many.
  { intent: 'check-benefits', pattern: /(?<!\d)\d{1,3} ?(개|건) ?짜리|왜 (?<!\d)\d{1,3} ?(개|건)/, unless: REMAINING, boost: 1.2 },
  { intent: 'get-ids', pattern: /\b(normal|regular|ordinary|non-admin|plain) user\b|\bnot an admin\b.{0,40}\b(see|view)\b|일반 (사용자|유저|직원).{0,30}(볼|확인)|관리자가 아닌데.{0,30}(볼|확인)/, boost: 0.8 },
  // "What's the Support for Business address?": the IDs answer gives it with where they go.
  { intent: 'get-ids', pattern: /(support ?for ?business|\bsfb\b|services ?hub|서비스 ?허브).{0,20}(url|address|link|site|주소|링크|사이트)|\b(url|address|link|주소|링크)\b.{0,20}(support ?for ?business|\bsfb\b)/, boost: 1.2 },
  { intent: 'get-ids', pattern: /open (an? )?on[- ]?prem(ises)? (ticket|request|case)|on[- ]?prem(ises)? (ticket|request|case).{0,20}(open|create|file)|(온프렘|온-?프레미스).{0,10}(티켓|요청|케이스|지원 ?요청).{0,10}(열|만들|생성|접수|넣|입력|등록|어디)|\b(which|what|where)\b.{0,15}\b(portal|site|website|url)\b.{0,25}on[- ]?prem|on[- ]?prem.{0,30}\b(which|what) (portal|site|website)|(온프렘|온-?프레미스).{0,20}(어느|어떤|무슨) ?(포털|사이트)/, boost: 0.7 },
  { intent: 'get-ids', pattern: /add (the |our |a |my )?contra?c?t|add ?contarct|\bcontract\b.{0,30}\b(add|enter|put|register)|(support ?for ?bus[a-z]*|suport for|services ?hub|supportforbusiness).{0,60}\b(contract|add|ids?)\b|(계약|contract).{0,12}(추가|넣|입력)|(비즈니스 ?지원|서비스 ?허브|supportforbusiness).{0,40}(계약|추가|넣|입력)/, boost: 1.2 },
  { intent: 'get-ids', pattern: /\b(access|contract) ?ids?\b.{0,40}\b(where|find|see|shown|show|located|look)|\b(where|find|see|show)\b.{0,40}\b(access|contract) ?ids?\b|\bids?\b.{0,20}\b(shown|located|displayed)|(액세스|엑세스|계약) ?(id|아이디).{0,20}(어디|위치|확인|찾|보)/, boost: 0.35 },
  // "I only have the Admin agent role, can I see the Access ID?": every user of the org sees them (R21-A3).
  // "Where do the Access ID and Contract ID live in Partner Center?"
  { intent: 'get-ids', pattern: /\bwhere\b.{0,30}\b(access|contract) ?ids?\b.{0,40}\b(live|lives|kept|stored|located|found|shown|listed|appear)\b|\b(access|contract) ?ids?\b.{0,20}\b(live|lives|kept|stored)\b/, boost: 1 },
  { intent: 'get-ids', pattern: /(admin agent|관리 ?에이전트).{0,40}(access id|contract id|\bids?\b|아이디|id).{0,25}(see|view|볼|보|확인)/, boost: 1.2 },
  // "Can everyone in the company see our IDs, or only admins?": who sees them (every user, after activation).
  { intent: 'get-ids', pattern: /(id|아이디).{0,25}(다|모두|누구나|전부|관리자만).{0,10}(볼|보이|확인)|\b(who|everyone|every user|all users|anyone|only admins?)\b.{0,25}\bsee\b.{0,25}\b(ids?|access id|contract id)\b|\b(ids?|access id|contract id)\b.{0,30}\b(everyone|every user|all users|anyone|only (the )?admins?)\b/, boost: 0.8 },
  { intent: 'activate', pattern: /activat|\bgr[ae]yed[- ]out\b|활성화/, boost: 0.3 },
  // "Which roles are listed, and what does each do?": the activation answer names all three.
  { intent: 'activate', pattern: /\b(which|what) roles?\b|\broles?\b.{0,40}\b(listed|named|mentioned|exist|each|what (does|do))\b|(어떤|무슨) 역할|역할.{0,20}(뭐|무엇|각각|있어|있나)/, boost: 0.8 },
  { intent: 'activate', pattern: /gr[ae]y(ed)?[- ]?out|\bdimmed\b|can'?t (click|press)|(role|역할|권한).{0,30}(activat|활성화)|(activat|활성화).{0,30}(role|역할|누를)|흐리게|회색|안 눌|(where|find).{0,40}(technical benefits|benefits page)|기술 혜택.{0,10}(어디|위치)/, boost: 0.8 },
  { intent: 'activate', pattern: /how long (does|will|would|did|should) .{0,30}\btake\b|how soon|how long until|\b(instant(ly)?|immediate(ly)?|right away)\b.{0,40}(ids?|appear|show|activat|available)|(ids?|appear|show up|activat)[a-z]*\b.{0,40}\b(instant(ly)?|immediate(ly)?|right away)\b|즉시 (나와|나오|보여|표시|활성)|when will (the |our )?(ids?|access id|contract id)s? (appear|show)|얼마나 걸|며칠 ?걸|언제 (나와|나타나|보여|표시)|바로 (나와|나오|보여|떠)|금방 (나와|나오)/, boost: 0.9 },
  { intent: 'activate', pattern: /how (quickly|fast|soon)|(ids?|access id|contract id)s?\b.{0,25}\b(appear|show up|take)|\bpmc\b|membership center|not (yet )?migrated|멤버십 센터|마이그레이션/, boost: 1.2 },
  { intent: 'incident-definition', pattern: /\b(one|a|the same|single) (problem|issue)\b.{0,30}\b(\d+|two|three|several|multiple|many) (calls|contacts|sessions|emails|times)\b|\bis (that|it) (\d+|two|three|several|multiple) (incidents|cases)\b|\b(two|2|several|multiple|three|3)\b.{0,20}\b(unrelated |different |separate )?(problems|issues)\b.{0,40}\b(one|single|same) (ticket|case|request|incident)|\b(calls|contacts|sessions|emails)\b.{0,30}\b(one|same|single) (problem|issue)|(문제|이슈).{0,6}(두|2|여러) ?(개|가지).{0,30}(인시던트|케이스|티켓)|(인시던트|인시던트 ?1 ?(개|건)).{0,10}기준|시간으로 ?차감/, boost: 1.2 },
  { intent: 'incident-definition', pattern: /(오래|몇 ?주|몇 ?달|시간이).{0,20}(걸리|걸려).{0,20}(차감|더)|takes? (\d+ |a few |several |many |a couple of )?(weeks|long|months|days).{0,40}(charge|count|more|deduct|use)/, boost: 0.8 },
  { intent: 'incident-definition', pattern: /counts? as (an |one )?incident|incident.{0,20}\b(defin|mean|counted)|(what|which) is (an|one|a single) incident|same (problem|issue)|charged (per|by) (the )?(hour|time)|\b(two|2|several|multiple|more than one) incidents|(how|what).{0,20}\b(single|one|an) incident\b.{0,15}(defined|mean)|what (exactly )?is an incident|one issue.{0,30}more than one incident|인시던트.{0,6}(기준|정의|이란|정해|정확히)|인시던트 ?한 ?건.{0,10}(어떻게|뭐)|인시던트(가|는|란|이란)? ?(뭐예요|뭔가요|무엇)|같은 문제|한 문제|인시던트 ?(두|여러|2) ?(개|건)|시간(당| 기준)|단위/, boost: 0.45 },
  { intent: 'paid-plans', pattern: /(more|extra|additional) incidents|need more|추가 인시던트|인시던트(가|를)? 더|더 필요|compar.{0,30}\b(plans|support options)\b|(plans|support options) comparison|플랜 비교|(플랜|지원 옵션).{0,10}비교|unified (for partners|support)/, boost: 0.6 },
  { intent: 'paid-plans', pattern: /support services ?(designation|지정)|지원 서비스 지정/, boost: 1.2 },
  { intent: 'paid-plans', pattern: /pay[- ]?per[- ]?incident|\bppi\b|buy (one|a single|an?) (more )?incident|single incident|건당 결제|건별 (결제|지원|구매)|인시던트당/, boost: 1 },
  // A paid plan named, asked what it covers ("Advanced Support for Partners는 온프렘도 지원돼요?").
  { intent: 'paid-plans', pattern: /(advanced|premier) support for partners|\basfp\b|\bpsfp\b|어드밴스드 ?(서포트|지원)|프리미어 ?(서포트|지원)/, with: /cover|include|on[- ]?prem|cloud|\bsupports?\b|\bwhat (is|does)\b|지원(돼|되|해|하)|포함|온-?프렘|온-?프레미스|클라우드|뭐(예요|에요|야|죠)|차이/, boost: 2 },
  { intent: 'paid-plans', pattern: /\bufp\b|unified for partners|\bunified\b.{0,20}(support|partner)|유니파이드/, boost: 1.2 },
  { intent: 'paid-plans', pattern: /(advanced|premier|asfp|psfp|unified|어드밴스드|프리미어).{0,30}(going away|retir|discontinu|\bend|종료|없어|사라)/, boost: 0.8 },
  { intent: 'paid-plans', pattern: /pay[- ]?per[- ]?incident|\bppi\b|건별|premier|advanced support|pay[- ]per[- ]incident|\bpaid\b|\bbuy\b|\bpurchase\b|유료|프리미어|어드밴스드|구매|구입|돈 ?내|살 수/, boost: 0.4 },
  { intent: 'csp-customer', pattern: /(admin agent|관리 ?에이전트).{0,40}(needed|for what|what for|used for|good for|purpose|what (can|does|do)|필요|뭐|무엇|언제|용도|쓸모)/, boost: 1.2 },
  { intent: 'csp-customer', pattern: /\b(customer|client)'?s?'? (own )?(azure|subscription|tenant|vm|environment)|고객(사)?의? ?(azure|애저|구독|테넌트|vm)/, boost: 0.8 },
  { intent: 'csp-customer', pattern: /\bcsp\b.{0,60}\b(own|internal|our)\b|\b(own|internal)\b.{0,40}\bcsp\b|csp.{0,30}(자체|우리|내부)/, boost: 0.5 },
  { intent: 'csp-customer', pattern: /(customer|client|고객|고객사).{0,60}\bcsp\b|\bcsp\b.{0,60}(customer|client|고객)/, boost: 0.8 },
  // A customer or a tenant named at all: enough for the classifier's CSP pick to count whole (csp-customer needs a signal).
  { intent: 'csp-customer', pattern: /\b(customers?|clients?|tenants?|reseller|msp)\b|고객|테넌트|리셀러/, boost: 0.05 },
  { intent: 'csp-customer', pattern: /\bcsp\b|cloud solution provider|클라우드 솔루션 공급자|\b(customer|client)s?\b.{0,40}\bcsp\b|on behalf of (a |our |my )?(customer|client)|고객/, boost: 0.3 },
  { intent: 'msa-allowed', pattern: /\b(work|school|aad|azure ad|entra|microsoft 365|m365|office 365|personal) (account|login|sign-?in)s?\b|회사 계정|업무용 계정|microsoft account|\bmsa\b|personal (microsoft )?account|live id|outlook\.com|hotmail|gmail|live account|personal email|핫메일|지메일|아웃룩 계정|개인 계정|마이크로소프트 계정|ms 계정|개인 이메일/, boost: 0.45 },
  { intent: 'plan-expired', pattern: /\b(disappear(ed)?|vanish(ed)?|gone)\b|사라졌|없어졌/, boost: 0.5 },
  { intent: 'plan-expired', pattern: /(plan|contract|benefit|incidents?)\b.{0,40}\b(not|n't|no longer) (show|shown|showing|visible|appear|appearing|listed|offered|available)|(plan|contract|benefits?|incidents?)\b.{0,30}\b(any ?more|no longer)|(플랜|계약|혜택).{0,20}(안 ?(보여|보이|보인|나와|나오|나온|떠|뜨|뜬)|사라졌|없어졌)|더 이상 .{0,20}(못|안|쓸 수 없)|\bexpired\b|\bused (up|all)\b|\bran out\b|\brun out\b|\bexhausted\b|no units|units left|만료됐|만료되었|만료되면|만료 후|다 ?썼|소진|다 ?떨어/, boost: 0.35 },
  // "How long does the contract stay bound to my account?": until it expires or runs out (R21-P4).
  { intent: 'validity', pattern: /\b(stay|stays|remain|remains|kept|keep) (bound|linked|associated|attached)|how long.{0,30}\b(bound|linked|associated|attached)\b|(연결|바인딩)(이|은|된 ?상태)? ?(언제까지|얼마나|계속) ?(유지|가|돼|되)/, boost: 1.2 },
  { intent: 'validity', pattern: /anniversary|기념일|have ?n[o']t (yet )?renewed|not (yet )?renewed|renewal window|grace period|갱신(을|하지)? ?(안|못|않)|how long.{0,40}\bvalid|valid for how long|expiration date|만료 ?(날짜|일자)|(one|1)[- ]year (clock|period|term).{0,30}(start|begin|count)|clock start|(start|begin)s? (counting|ticking)|1년.{0,10}(언제부터|기준|시작)/, boost: 1.5 },
  // "Can I open a ticket with our contract?", "지금 쓸 수 있는 거 맞아요?": whether the contract is usable now (the records say).
  { intent: 'validity', pattern: /\b(can|could|may) (i|we) (still |now |currently )?(open|file|create|raise|submit|use)\b.{0,40}\b(with (our|the|my) (contract|benefits?|ids?)|our (partner |support |signature )*(contract|benefits?|incidents?))\b|\b(is|are) (it|our (contract|benefits?|incidents?|ids?)) (still |currently )?(usable|valid|active|good|working)\b|\bstill (usable|valid)\b|(지금|아직|현재) ?(쓸|사용할|이용할) 수 있|(우리|저희) ?(지원 ?|파트너 ?)?(계약|혜택|id)(으로|로)?.{0,15}(열|쓸|사용할) 수 있|(쓸|사용할) 수 있는 (거|건) 맞/, unless: /microsoft 365|office 365|\bm365\b|\bo365\b|exchange online|sharepoint|dynamics|power platform|on[- ]?prem|server|\bcsp\b|customer|\bmsa\b|microsoft account|personal account|azure|cloud|signature|outlook|개인 ?계정|고객|온프렘|온-?프레미스|서버|애저|클라우드|시그니처/, boost: 1.2 },
  // "What do we even get as partners?", "우리 혜택 뭐 있어요?": the asker's own benefits.
  { intent: 'check-benefits', pattern: /\bwhat (do|does|will|would) (we|i|our company) (even |actually |really )?get\b|\bwhat('s| is) our (overall )?(support )?(situation|status|entitlement|benefits?)\b|\bour (support )?situation\b|(우리|저희) ?(회사 ?)?(혜택|지원)(은|이)? ?(뭐|무엇|현황|상황)/, unless: /\bhow long\b|\bwhen\b|언제|얼마나/, boost: 1.2 },
  // "Is it 20 per year or per month?": the count and its period.
  { intent: 'check-benefits', pattern: /\bper (year|month)\b|\b(a|each|every) (year|month) or\b|연간|월간|매달|매년|1년에|한 ?달에/, needsOffer: true, boost: 1.2 },
  // "Is Signature Cloud Support still called that?": its name today.
  { intent: 'renamed', pattern: /\bstill called\b|\bcalled that\b|\bstill (named|the name)\b|이름(이)? ?(그대로|아직|여전히)|아직(도)? .{0,10}(이라고|라고) (불러|부르)/, boost: 1.2 },
  // "What changed in June 2025?": the timeline.
  { intent: 'renamed', pattern: /(20\d\d|\d{4}년)[^?]{0,30}(what changed|\bchanges?\b|바뀌|변경|달라)|(what|뭐가|무엇이) ?(changed|바뀌었|달라졌|변경됐).{0,30}(20\d\d|\d{4}년)/, boost: 1.5 },
  // "Does the N-1 rule limit Azure too?": the N-1 rule named.
  { intent: 'supported-products', pattern: /\bn-1\b|n ?- ?1 (rule|policy|정책|규칙)/, boost: 1.5 },
  // "Does CSP support cover our own Azure?", "고객사 Azure 문제": the CSP path and what it doesn't cover.
  { intent: 'csp-customer', pattern: /\bcsp\b.{0,40}\b(cover|include|apply|work|use)\b.{0,40}\b(own|internal|our (company'?s? )?(azure|subscription|tenant))|(고객사?|customer'?s?|client'?s?) ?(의 )?(azure|애저)|(자체|우리 회사|내부).{0,20}(구독|azure|애저).{0,30}\bcsp\b|\bcsp\b.{0,30}(자체|우리 회사|내부) ?(구독|azure|애저)/, boost: 2 },
  // "What happens to the incidents we haven't used by then?": they don't carry over.
  { intent: 'validity', pattern: /\b(unused|not used|haven'?t used|didn'?t use|left ?over|remaining)\b.{0,30}\b(incidents?|cases?)\b.{0,40}\b(happen|carry|roll|lost|lose|expire|keep)|what happens to .{0,30}\b(unused|remaining|left|leftover|incidents?)\b|(안 쓴|못 쓴|남은|쓰지 않은) ?(인시던트|건).{0,20}(소멸|이월|없어지|사라|넘어|만료되면)/, boost: 1.5 },
  // "If we activate, what do we get?", "새로 활성화하면 뭐가 포함돼요?": what the membership gives.
  { intent: 'check-benefits', pattern: /\bif (i|we|they|he|she) activates?\b.{0,40}\b(what|how many)\b|\bwhat (do|will|would|does) (we|i|they|he|she) get\b.{0,30}\b(activat|once|after)|(활성화하면|활성화 ?하면).{0,20}(뭐가|뭘|무엇|몇 ?(건|개)).{0,10}(포함|받|나와|생기|돼|되)/, boost: 1.5 },
  // "How are we doing on support?", "지원 쪽은 요즘 어떤 상태예요?": the asker's own records.
  { intent: 'check-benefits', pattern: /\bhow (are|is) (we|our company|things) doing\b|\bwhere do we stand\b|(지원|혜택) ?쪽(은|이)?.{0,10}(어떤 상태|어때|상황)|(우리|저희) .{0,10}(상태|상황)(는|은|이)? ?(어때|어떤)/, boost: 1.2 },
  // "하이브리드 시그니처 10건은 아직 하나도 안 썼죠?": how many were used.
  { intent: 'remaining-incidents', pattern: /(하나도 )?(안|못) ?썼|(haven'?t|have not|didn'?t) used (any|anything|one)|none (of them )?used|still (have|got) all/, boost: 1.2 },
  // "Does each engineer need their own Access ID?", "How do my teammates get to use it?": the same IDs, entered once per account.
  { intent: 'ids-usage', pattern: /\b(each|every|per)\b.{0,20}\b(engineer|person|user|employee|colleague|account)s?\b.{0,40}\b(own|separate|different|individual)\b.{0,20}\b(access id|contract id|ids?)\b|\b(own|separate|individual) (access id|contract id|ids)\b|(마다|각자|각각).{0,30}(액세스 ?id|계약 ?id|아이디|id).{0,20}(따로|별도|각자|발급)|\b(teammates?|colleagues?|coworkers?|engineers|others|the rest of (the|my|our) team)\b.{0,30}\b(use|access|get)\b.{0,30}\b(benefit|support|contract|ids?)\b/, boost: 1.5 },
  // "Who there can see the IDs?", "그 회사에서 ID를 볼 수 있는 사람은 누구예요?": the people who see them.
  { intent: 'ids-usage', pattern: /(id|아이디|액세스 ?id|계약 ?id).{0,15}(볼|확인할|알려 ?줄|공유해 ?줄|줄|받을) 수 있는 (사람|분)|\bwho\b.{0,30}\b(see|view|give|share|get|send)\b.{0,20}\b(the )?(ids?|access id|contract id)\b/, boost: 1.2 },
  // "Is their membership active? Until when?": the records' dates.
  { intent: 'validity', pattern: /\bmembership\b.{0,20}\b(active|valid|expires?|ends?|until)\b|멤버십.{0,10}(유효|활성|언제까지|만료)/, boost: 1.2 },
  // "Do we lose an incident when we contact Partner Center support?": the frontline team uses none.
  { intent: 'current-program', pattern: /(partner center|파트너 ?센터) ?(support|지원 ?팀|고객 ?지원|지원|frontline|일선).{0,40}(charge|deduct|count|cost|use|차감|소모|유료|무료|돈|깎)/, boost: 1.5 },
  // "Which accounts have linked our contract?", "계약 연결한 사람 누구예요?": the records' links.
  { intent: 'ids-usage', pattern: /\b(which|what) accounts?\b.{0,30}\b(linked|added|associated|link)\b|\b(has|have) (anyone|anybody|someone)\b.{0,30}\b(linked|added|associated)\b|\b(linked|associated)\b.{0,20}\b(to|with) my account\b|\bmy account\b.{0,30}\b(linked|associated)\b|\bwho\b.{0,30}\b(linked|added|associated)\b.{0,20}\b(contract|ids?)\b|(연결|추가|등록)한 (계정|사람|분)|계정에 .{0,15}(연결|추가)(되어|돼|됐)|(계정|아이디)에 ?(연결|추가|등록)(했|한|해 ?놨|해 ?뒀)|누가 .{0,15}(연결|추가)했/, boost: 1.5 },
  // "And after it expires?": what happens when the contract or membership ends.
  { intent: 'validity', pattern: /\b(after|once|when|if) (it|they|that|this|the (contract|benefit|benefits|plan|membership|year|period)) (expires?|expired|runs? out|ends?|lapses?)\b|만료(되면|된 ?후|된 ?뒤|되고 ?나면|된 ?다음)/, boost: 1.2 },
  { intent: 'validity', pattern: /next (membership )?year|다음 (멤버십 )?(연도|해|년)|\breset\b|replenish|다시 생|리셋|초기화되/, boost: 1.2 },
  { intent: 'validity', pattern: /how long|\bvalid(ity)?\b|\brenew(al|ed)?\b|\bexpir(e|es|y|ation)\b|유효|갱신|만료 ?(일|날짜|기간)|기간이/, boost: 0.3 },
  { intent: 'validity', pattern: /\bvalid(ity)?\b|\blast(s)? (for )?how long|renewal|renew(ed|ing)\b|anniversary|grace period|기념일|유효 ?기간|유효해|유효한|갱신/, boost: 0.6 },
  { intent: 'tpd', pattern: /\b(two|2) (things|benefits|items|entries|tiles)\b|(혜택|항목)이? ?(두|2) ?(개|가지)/, boost: 0.6 },
  // "The technical benefits page lists support incidents and what else?": the other item is TPD.
  { intent: 'tpd', pattern: /\b(besides|other than|else)\b.{0,40}(technical benefits|benefits page)|(technical benefits|benefits page).{0,60}\b(what else|besides|other (thing|item|one|benefit))\b/, boost: 1.6 },
  // TPD has no other meaning here: naming it decides the topic ("do we need to activate TPD too?").
  { intent: 'tpd', pattern: /\btpd\b|presales|pre-sales|advisory hours|사전 판매|프리세일즈|자문 시간/, boost: 2 },
  // "애저에서는 어떻게 써요?", "how do we use it in Azure?": using the benefit in Azure is linking it there.
  { intent: 'link-azure', pattern: /(애저|azure)(에서|에선|에서는|에도|에는)? ?.{0,10}(어떻게|어케|어떡).{0,8}(써|쓰|사용|연결|이용)|how (do|can|would|should) (i|we|you) (use|redeem|apply) (it|them|this|that|the ids?|our (ids|benefits?|incidents?|contract)|the (benefit|contract)) (in|on|for|with) azure/, boost: 0.8 },
  { intent: 'link-azure', pattern: /(open|create|file|raise).{0,20}\b(signature|cloud|azure) (case|ticket|request)/, boost: 0.6 },
  { intent: 'link-azure', pattern: /\blink(ing)?\b.{0,30}\b(azure|portal)\b|\b(azure|portal)\b.{0,30}\blink|(연결|링크).{0,20}(애저|azure|포털)|(애저|azure|포털).{0,30}(연결|링크)/, boost: 0.6 },
  { intent: 'link-azure', pattern: /\bdynamics\b|power platform|\blcs\b|다이나믹스|파워 ?플랫폼/, boost: 1 },
  { intent: 'link-azure', pattern: /\b(also|too|as well|again)\b.{0,30}\blink\b|\blink\b.{0,30}\b(also|too|as well)\b|already (added|entered|linked).{0,120}\b(link|azure)\b|sfb.{0,40}(azure|애저).{0,30}(연결|링크)|(azure|애저)(에서|에도|도) (또|다시)? ?(연결|링크)/, boost: 1.6 },
  { intent: 'ids-usage', pattern: /\b(e-?mail|send|forward|share|give)\b.{0,15}\b(our |the |my )?(ids?|access id|contract id)s?\b.{0,60}\b(contractor|colleague|coworker|engineer|someone|him|her|them|vendor|partner|team|teammates?|staff|people|users|everyone|others|rest)|(다른 ?(사람|직원|동료)|동료|남)(은|도|이|가)?.{0,15}(그 ?id|같은 ?id|id).{0,10}(못|안|쓸|써|사용)|(id|아이디).{0,20}(다른 ?(사람|직원|동료)|동료)/, boost: 1.2 },
  { intent: 'ids-usage', pattern: /\b(add|enter|link|register)\b.{0,30}\b(again|every time|each time|each case|every case|for (each|every) (new )?(case|ticket|request))|(again|every time).{0,30}\b(contract|ids?)\b|(계약|id|아이디).{0,20}(다시|매번)|(다시|매번).{0,20}(계약|id|아이디).{0,10}(추가|입력|넣|등록)/, unless: /activat|활성화/, boost: 1.5 },
  { intent: 'ids-usage', pattern: /\b(send|give|forward|share)\b.{0,12}\b(him|her|them|colleague|engineer)?\b.{0,12}\b(access id|contract id|ids)\b|\b(colleague|coworker|engineer|someone|he|she)\b.{0,30}(no access|doesn'?t have access|not in (our|the) (membership )?tenant)|cover (him|her|them|others|colleagues)|(my|the) link.{0,30}\b(him|her|others|too)\b|그 사람도|다른 (사람|직원|동료)도|제가 연결한/, boost: 0.8 },
  { intent: 'ids-usage', pattern: /\be-?mail (them|it|the ids?)\b|(메일|이메일)로 ?(보내|전달|공유)|without (partner center )?access|접근 권한(이)? 없는/, boost: 0.8 },
  { intent: 'ids-usage', pattern: /(give|share|send|tell|lend).{0,45}password|password.{0,30}(colleague|coworker|share)|비밀번호.{0,20}(공유|알려|줘|주)|another tenant|other tenant|different tenant|subsidiary|다른 테넌트|자회사/, boost: 0.8 },
  { intent: 'ids-usage', pattern: /same (contract|ids?|access id)|\b(all|everyone|several|multiple|both) (of us|users|people|colleagues|engineers)\b.{0,30}\b(use|share)|send (it|them|the ids?) to|같은 (계약|id|아이디)|여러 ?(명|사람|직원)/, boost: 0.6 },
  { intent: 'ids-usage', pattern: /\b(add|link|enter|type|input) (it|them|the ids?|the contract|our contract)? ?again\b|\be-?mail\b.{0,30}\bids?\b|\bids?\b.{0,30}\be-?mail|send (them|the ids)|다시 (입력|연결|추가|넣)|(메일|이메일)로|every time|each time|\bonce\b|\bshare\b.{0,30}\b(ids?|contract|access)|(colleague|coworker|team ?mate)s?\b.{0,30}\b(ids?|use)|매번|한 ?번만|공유|동료|팀원/, boost: 0.35 },
  { intent: 'cloud-competencies', pattern: /cloud competenc|which competenc|competencies (are|count)|클라우드 역량|어떤 역량/, boost: 0.35 },
  { intent: 'not-authorized', pattern: /(account|login|sign-?in|계정).{0,40}\b(only|just)\b.{0,30}\bcsp\b|\bcsp\b.{0,20}(tenant|테넌트|쪽|계정).{0,40}(only|만|밖에)|(csp ?(쪽|계정|테넌트))(에만|만|밖에)|(csp|cloud solution provider) (tenant|account) only/, boost: 0.8 },
  // "With the CSP account the benefits page won't open": the account is on the CSP side only (M1).
  { intent: 'not-authorized', pattern: /csp ?(계정|account|tenant|테넌트|쪽)(으로는|으로|로는|로|에서는|에서)?.{0,30}(안 ?(열|보|돼|되|떠)|열리지|can'?t|cannot|doesn'?t|won'?t|not)/, boost: 1.2 },
  { intent: 'not-authorized', pattern: /not authori[sz]ed|unauthori[sz]ed|(no|without|don'?t have|do not have|lack|missing) (the )?permissions?|permission denied|access denied|not allowed|권한(이)? ?없|권한 (오류|에러)|허가되지/, boost: 0.4 },
  { intent: 'no-benefits', pattern: /(no|don'?t have any|not see (any|our)|can'?t see (any|our)) benefits|see any benefits|benefits? page is empty|benefits (are )?(missing|not (showing|shown|visible|listed)|empty|gone)|아무것도 안 보|혜택이 (없|안 보|안 나|비어|표시되지|하나도)|혜택 없|혜택 목록이 비/, boost: 0.4 },
  { intent: 'access-id-error', pattern: /\btam\b|technical account manager|기술 계정 관리자/, boost: 0.9 },
  { intent: 'access-id-error', pattern: PLAN_MISSING, with: IN_AZURE, unless: REMAINING, boost: 1.2 },
  // "이미 연결돼 있다고 떠요", "it says it's already associated": the message, reported.
  { intent: 'access-id-error', pattern: /(이미|already).{0,20}(연결|associated|linked).{0,12}(다고|라고|says|said|shows|showing|appears|pops up|떠|나와|나옵|뜸|뜨)|(says|said|shows|message|error|오류|메시지).{0,30}(already (been )?(associated|linked)|이미 (계정에 )?연결)/, boost: 2 },
  { intent: 'plan-expired', pattern: PLAN_MISSING, unless: IN_AZURE, boost: 0.8 },
  { intent: 'access-id-error', pattern: /\btam\b|technical account manager|기술 계정 관리자/, boost: 1.5 },
  { intent: 'access-id-error', pattern: /(new|another|different) access id|새 (액세스|엑세스) ?id|already (been )?(associated|linked)|associated (to|with) an(other)? account|이미 (계정에 )?(연결되어|연결돼|연결됐|연결된|연결되었)|이미 사용 중/, boost: 0.6 },
  { intent: 'current-program', pattern: /solutions partner|designation|partner success|success (core|expanded)|partner launch|partner cloud support|partner on[- ]?premises support|ai cloud partner|\bmaicpp\b|\b2026\b|솔루션 ?파트너|석세스|파트너 런치|파트너 클라우드 지원|파트너 온-?프레미스 지원/, boost: 0.45 },
  // Refunds exist only in the current program (incidents closed as duplicates or bugs, and offers bought by mistake).
  { intent: 'current-program', pattern: /(duplicate|\bdupes?\b|중복|두 ?번 (열|만들|생성|접수)|\bbugs?\b|버그).{0,50}(count|charge|deduct|consum|use|burn|lose|waste|eat|cost|차감|깎|빠지|나가|세|날리|잃|손해)|\brefund(able)?\b.{0,60}\?|\b(get|have|ask for|request) (a |our |my )?(money )?(refund|money back)|\bcan (we|i) (be )?refund|\b(want|need|would like|like|get) (a |to get a |to get our |our )?(money back|refund)|환불(이)? ?(돼|되나|될|됩니|되었|됐|되는지|되니|가능|받을|받나|해 ?주|돼요|되요|됨)|환불(을)? ?(받고 ?싶|하고 ?싶|요청|신청)/, unless: /\bbug (our|my|the|your|an?) (admin|boss|manager|colleagues?|it|team|people|someone)\b/, boost: 2 },
  { intent: 'current-program', pattern: /refund|환불|환원|duplicate|\bdupes?\b|(\bbugs?\b|버그).{0,30}(refund|환불|count|charge|deduct|차감|closed|종료|닫|lose|incident|인시던트|잃)|(turn(ed|s)? out|closed) (to be |as )?(a )?(product )?bug|(case|ticket|request|케이스|요청).{0,30}(\bbug\b|버그)|closed as (a )?bug|frontline|front-line|(billing|quota|subscription) (request|ticket|case|question)s?|billing|중복|일선|프론트라인|프런트라인|빌링|(청구|결제|할당량|구독) ?(요청|티켓|문의)/, boost: 1 },
  // Redeeming is today's word (2021 said "activate" and "link"): where to redeem is today's rule.
  { intent: 'current-program', pattern: /\bredeem|redemption|engage ?center|\bbadges?\b|배지/, boost: 1.2 },
  // "someone told me microsoft partners get free support tickets", "MPN 회원이라 기술지원 받을 수 있는 건가요?": what a membership gives.
  { intent: 'check-benefits', pattern: /(무료|공짜) ?(기술 ?지원|지원|서포트|티켓|인시던트)|기술 ?지원(을|도|은|이)?( 같은 거)? ?.{0,10}받을 ?수|\b(free|included) (support|tickets?|incidents?|cases?)\b|\bentitled to (any )?(free )?(partner )?(support|tickets?|incidents?)\b|\beligible for (any )?free (partner )?(support|tickets?|incidents?)\b|\b(partners?|members?)\b.{0,30}\bget (any |free |some )*(support|tickets?|incidents?)\b(?! back)/, boost: 1.2 },
  // "인시던트라는 말이 … 정확히 뭐예요? 전화 한 번 하면 하나 쓰는 거예요?": what one incident is.
  { intent: 'incident-definition', pattern: /인시던트(라는 ?(말|게|건|것)|란|이란)|인시던트(가|는|라는 게)? ?(정확히|대체)? ?(뭐(예|에)요|뭔가요|뭐야|무엇인가요|무슨 ?뜻|의미가)|(전화|통화|연락) ?(한 ?번|1 ?번).{0,30}(하나|한 ?(개|건))|(전화|통화|연락)(할|한) ?때마다|\b(per|each|every) (call|phone call|contact|callback)\b|\b(call|phone call|contact)s? (once|one time)\b.{0,30}\b(one|an) incident/, boost: 1.2 },
  // "do I need my own personal code … or do I use the company's?": the company's IDs, entered once per account.
  { intent: 'ids-usage', pattern: /\b(my )?own (personal )?(code|id|number)\b|\bpersonal (code|id|number)\b|\bcompany'?s (code|id|ids|number)\b|(개인|제|내) ?(전용 )?(코드|번호)|회사 ?(공용 )?(코드|번호)/, boost: 1.2 },
  // "파트너 센터 들어가니까 혜택이 아직 없다고 나오던데요": the "no benefits yet" message in the partner's words.
  { intent: 'no-benefits', pattern: /(혜택|benefits?)(이|가|은)? ?(아직|하나도|전혀)? ?없(다|습니다|어요|네요|대요)(고|는)?[^.?!]{0,10}(나오|뜨|떠|표시|보이|나와)|(파트너 ?센터|partner center)[^.?!]{0,30}(혜택|benefits?)(이|가)? ?(아직 )?없(다|습니다|어요|네요|대요)/, boost: 1.2 },
  // "Which program offers does Woodgrove hold?", "우리 회사 지금 어떤 오퍼 가지고 있어요?": what the company holds.
  { intent: 'check-benefits', pattern: /\b(which|what) (program |partner )?offers? (do|does|did) (we|i|our company|\w+) (hold|have|own)\b|(어떤|무슨) 오퍼(를|들을)? ?(지금 )?(가지고|갖고|보유)/, boost: 2 },
  // "동일한 오퍼를 두 번 구매할 수 있나요?", "can we buy the same offer twice?": today's rule on holding offers.
  { intent: 'current-program', pattern: /(같은|동일한) (\S+ )?오퍼|\bsame offer\b|오퍼(를)? ?(두 ?번|한 ?번 더)|\boffer twice\b/, boost: 2 },
  { intent: 'current-program', pattern: /purchase date|billing account|구매일|청구 계정|(november|nov\.?) 1(st)?,? 2026|2026-11-01|2026년 ?11월 ?1일/, boost: 1.2 },
  { intent: 'current-program', pattern: /duplicate|\bdupes?\b|frontline|\bredeem|redemption|front-line|engage ?center|13 months|technical support (&|and) consultation|partner admin role|(billing|quota|subscription) (request|ticket|case)s?|환불|중복|일선|13개월|기술 지원 및 상담|(청구|결제|할당량|구독) ?(요청|티켓|문의)/, boost: 0.7 },
  { intent: 'renamed', pattern: /\b(still|anymore|any more)\b.{0,15}\b(buy|purchase|get|sign up|renew)|\b(buy|purchase|sign up for|renew)\b.{0,30}\b(still|anymore|any more)\b|아직 (살|구매|구입|가입)|(구매|구입|가입).{0,10}아직/, boost: 0.8, needsOffer: true },
  { intent: 'renamed', pattern: /\bmaicpp\b|ai cloud partner program|ai 클라우드 파트너 프로그램|\bmpn\b.{0,30}(same|renamed|now|called|같은|바뀐|이름)|(same|renamed|같은|바뀐|이름).{0,30}\bmpn\b/, boost: 1.2 },
  { intent: 'renamed', pattern: /unlimited.{0,40}(happen|ended|gone|still|anymore|no longer|changed|removed|\bnow\b|today)|(happen|ended|gone|still|anymore|no longer|changed|removed|\bnow\b|today|these days).{0,40}unlimited|무제한.{0,20}(없어|끝|사라|바뀌|아직|지금)|(지금도|아직도|요즘도|현재도|지금은|요즘은).{0,30}무제한/, boost: 1 },
  { intent: 'renamed', pattern: /\b(competency|competencies|action pack|signature|gold|silver|mpn)\b.{0,20}\b(gone|still around|dead|over)\b|old name|formerly|used to be called|previously called|called before|예전에?|원래 이름|전에는|옛날/, boost: 0.6 },
  { intent: 'renamed', pattern: /what(?:'s| has| is)? happen(ed|ing)? (to|with)|\b(became|become|turned into)\b|어떻게 (됐|되었|된 ?거)|renamed|new name|called now|now called|still (around|available|exist|sold|offered)|replaced|replacement|successor|retired|discontinued|\bended\b|when did .{0,40}(change|end)|timeline|이름|바뀌|바뀐|대체|후속|아직 (있|팔|살|판매)|없어졌|단종|연혁|언제 (끝|바뀌|종료)/, boost: 0.45 },
];

/**
 * Topics named by their own words: without one of them the classifier's pick of such a topic is
 * a guess from shared words ("cloud", "support"), so it counts for half.
 */
export const NEEDS_SIGNAL: ReadonlySet<IntentId> = new Set<IntentId>(['help', 'ticket-status', 'register-ids', 'human', 'm365', 'tpd', 'msa-allowed', 'incident-definition', 'paid-plans', 'current-program', 'renamed', 'plan-expired', 'no-benefits', 'not-authorized', 'csp-customer']);

/** Asking for something outside the bot's field with a word it knows ("reset my Azure password"). */
const OUT_OF_SCOPE = /\b(reset|forgot|forgotten|change|recover)\b.{0,25}\bpassword\b|\bpassword\b.{0,25}\b(reset|forgot|expired)\b|비밀번호.{0,10}(재설정|초기화|변경|잊|분실)|\b(invoice|billing address|pricing of azure|vm size)\b/;

/** "we called frontline support about an invoice. does that use up one of our 49?": what a request costs, which the bot answers. */
const INCIDENT_COST = /\bincidents?\b|인시던트|건수|\b(one|any) of (our|the)\b|\buse[sd]? (up )?(one|an?|any)\b|\bcount(s|ed)? (against|toward)/;

export function outOfScope(text: string): boolean {
  const t = text.toLowerCase();
  return OUT_OF_SCOPE.test(t) && !INCIDENT_COST.test(t);
}

/** Each signal's pattern's cheap first check (see literal-gate.ts): most signals are ruled out without running their pattern. */
const mayMatch = literalGates(SIGNALS.map((s) => s.pattern));

/** Boost per intent for a text (lower-cased inside) and its entities. */
export function signalBoosts(text: string, entities: Entities): Map<IntentId, number> {
  const t = text.toLowerCase();
  const named = entities.offer !== undefined || entities.competencies.length > 0;
  const boosts = new Map<IntentId, number>();
  const gates = mayMatch(t);
  for (const [i, s] of SIGNALS.entries()) {
    if ((s.needsOffer && !named) || !gates[i] || !s.pattern.test(t) || (s.with && !s.with.test(t)) || s.unless?.test(t)) continue;
    boosts.set(s.intent, Math.max(boosts.get(s.intent) ?? 0, s.boost));
  }
  return boosts;
}

/** "한 달에 2개씩 쓰면 몇 달이면 다 써요?", "3 on-prem a month": a monthly rate (the number in one of the groups). */
export const RATE_MONTHS = /(?:한 ?달에|매달|매월|\bper month\b|\ba month\b|\beach month\b)\s*(\d{1,2})\s*(?:개|건)?\s*씩?|(\d{1,2})\s*(?:개|건)?\s*씩\s*(?:한 ?달|매달|매월)|\b(\d{1,2}) (?:(?:on[- ]?prem(?:ises)?|cloud|signature|azure) )?(?:incidents? |cases? |tickets? )?(?:a|per|each) month\b|(?<![가-힣])월 ?(\d{1,2}) ?(?:개|건)/i;
/** "매주 1건씩", "2 tickets a week": a weekly rate. */
export const RATE_WEEKS = /(?:매주|일주일에|한 ?주에|주당|\bper week\b|\beach week\b)\s*(\d{1,2})\s*(?:개|건)?\s*씩?|(\d{1,2})\s*(?:개|건)?\s*씩\s*(?:매주|일주일|한 ?주|주당)|\b(\d{1,2}) (?:(?:on[- ]?prem(?:ises)?|cloud|signature|azure) )?(?:incidents? |cases? |tickets? )?(?:a|per|each) week\b|(?<![가-힣])주 ?(\d{1,2}) ?(?:개|건)/i;
/** How long a pace lasts, asked ("how many months", "다 떨어져요?", "is that enough to get us to the end of our contract?"). */
export const MONTHS_ASKED = /\b(cover|covers|covered|hold up|holds up|last|lasts)\b[^.?!]{0,40}\?|\buntil the contract ends\b|몇 ?(달|개월)|\bhow many months\b|\bhow long\b|언제 ?(다|쯤)|\brun out\b|\blast (us )?(until|till|through|to)\b|다 ?(쓰|떨어)|바닥|\bif (we|i|they) (use|burn|open|spend|file|do|need|take)\b|\b(till|until|through) (the )?(end|expiry|expiration|renewal|contract end|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b|(쓰면|열면|사용하면)|\benough\b|\bmake it\b|\bget us (to|through)\b|충분|버틸|버티|모자라|부족|떨어지나/i;
