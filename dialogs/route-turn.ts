import { COUNT_WORDS_BY_NAME, DIFF, SUM } from './arithmetic.js';
import type { TriageFacts } from '../src/core/triage.js';
import { isIntentId, type IntentId } from '../src/language/intents.js';
import { inlineGate } from '../src/language/literal-gate.js';
import { datesIn, monthIn, RELATIVE_MONTH } from '../src/language/dates-in-text.js';
import { CONFIRM, claimsVerdict } from './claims.js';
import { BILLING_ASKED, BORROW_AHEAD, CARRY_OVER, MEMBERSHIP_LAPSED, PAST_MEMBERSHIP, CURRENT_NAMES, ONPREM_FOR_CLOUD, STILL_USABLE, IDS_ONCE, INCIDENT_RULE_ASKED, LINK_DONE_ASKED, LINKED_WHICH, IDS_LOST, LINKS_ASKED, shareAsked, MONTHS_ASKED, MSA_NAMED, NEW_IDS_ASKED, RENEWED_LATE, NEW_PERSON, ON_PREM, PLAN_MISSING, RATE_MONTHS, RATE_WEEKS, REMAINING, RENEWAL_IDS, requestRefs, scopeAsked, RESPONSE_ASKED, SIGNATURE_UNAVAILABLE, SIDES_SUMMED, TERM_SHARE } from '../src/language/signals.js';
import type { Recognition } from './deps.js';
import { factsFromText, isDontKnow } from './facts-from-text.js';
import { ALIGNMENT, BADGES, CURRENT, OPENED_TWICE, TWICE, LINK_CARRIES, STACKING, WHEN, WHERE_REDEEM } from './program-answers.js';
import { PERIOD_OF_BEFORE } from './questions.js';
import { topicOf } from './topics.js';
import type { LastTopic } from './turn.js';

/** Which part of a topic a follow-up asks about. */
export type Aspect = 'why' | 'cloud' | 'pushback' | 'history' | 'get' | 'after' | 'roles' | 'account' | 'own' | 'source' | 'self';

/** One topic to answer, with everything the turn and the conversation know for it. */
export interface TopicAsk {
  topic: IntentId;
  offer?: string | undefined;
  /** Every offer named, when two or more are ("gold vs silver"). */
  offers?: string[] | undefined;
  competencies: string[];
  /** Case facts the partner stated (this turn and earlier ones on the same topic). */
  facts: TriageFacts;
  aspect?: Aspect | undefined;
  followUp: boolean;
  /** Close runner-ups, offered as buttons after the answer. */
  related?: IntentId[];
  /** A current-program offer and 2021 terms with a current name, when the text names them. */
  currentOffer?: string | undefined;
  /** Two or more current-program offers named (do their counts add up?). */
  currentOffers?: string[] | undefined;
  renames?: string[] | undefined;
}

export type TurnDecision = { kind: 'answer'; ask: TopicAsk } | { kind: 'did-you-mean' } | { kind: 'fallback' };

const WHY = /^\s*(but )?(why|how come|what for|reason)\b|[,.]\s*(so |but )?(why|how come)\s*[?？!.]*\s*$|[,.]?\s*(왜요|왜죠|왜)\s*[?？]+\s*$|\b(is|was) (that|this|it) (the reason )?why\b|\bthat'?s why\b|^\s*(왜|어째서|이유가|이유는|무슨 이유)|그래서 (그런|그렇|안)|그것 ?때문/i;
/** Diagnoses a "whose fault is it?" asks again, for their reason. */
const FAULT_TOPICS: ReadonlySet<string> = new Set(['access-id-error', 'plan-expired', 'not-authorized', 'no-benefits', 'remaining-incidents']);
/** Answers that give no count: "how many is that?" after them asks the benefit's count. */
const NO_COUNT_TOPICS: ReadonlySet<string> = new Set(['msa-allowed', 'ids-usage', 'get-ids', 'activate', 'link-azure', 'open-request', 'supported-products', 'register-ids']);
/** A question word or a number alone: about the last answer. */
const BARE = /^\s*(when|where|how|who|what|which|since|언제|어디|어떻게|누가|누구|뭐|무엇|몇)|^\s*\d{1,3}\s*(개|건|incidents?|left)?\s*[?？]?\s*$/i;
/** "20개 아니었어? 왜 줄었어": a why anywhere in a short reply. */
const WHY_ANY = /\bwhy\b|왜/i;
/** Staff asking for the text to send ("reply for the partner", "답장을 한국어로 써 주세요"). */
export const REPLY_ASKED = /\b(reply|response|answer|message)\b.{0,20}\b(for|to) (the )?(partner|customer|them|him|her)\b|\bwhat (do|should|can) i (tell|say to|write to|reply to)\b|\bdraft (me |us )?(something|a note|a short|\d( ?[-–~] ?\d)? (sentences|lines)|a few (sentences|lines)|a couple( of)? (sentences|lines))\b|\b(sentences?|lines?|something|a note|text)\b.{0,20}\b(i|we) can (send|forward|give|paste)\b|(보낼|전달할|보내줄|붙여넣을) ?(문장|내용|글|문구)|\b(write|draft|give me|prepare|compose)( me| us)? (a |the |an )?(reply|response|answer|message)\b|(보낼|전달할) ?(답변|답장|회신|내용)|어떻게 하라고 (해야|하면|말해|전해)|답장|회신|(답변|안내문?)(을|를)? ?(써|작성|만들)|뭐라고 ?(전하|전해|전달|말해|말하|안내|답해|답하|설명)|(고객|파트너|그쪽|업체)(한테|에게|께|분께|님께)? ?어떻게 ?(전하|전해|전달|말해|말하|안내|답해|답하|설명)/i;
/** Someone else's claim put to the bot ("my colleague says …", "I was told …", "동료가 …라던데요"). */
const HEARSAY = /\b(colleague|coworker|co-worker|teammate|boss|manager|someone|somebody|he|she|they|people|engineer|admin)\b.{0,20}\b(says?|said|told (me|us)|insists?|claims?|thinks?|believes?|warns?|warned|mentioned|reckons?)\b|\bi (was told|heard|read somewhere)\b|(동료|팀장|상사|누가|다른 사람|선배|매니저|관리자)(가|는|이|도)?.{0,40}(하던데|라던데|다던데|래요|대요|던데요|그러던데|그랬는데|라고 (했|하)|다고 (했|하))|(딴|다른) ?(데|곳|사람|분|업체)(서|에서|한테서|한테|에게서)? ?.{0,25}(들었|그러던데|하던데|그랬)/i;
/** A number put to the bot for confirmation ("so we're back to 19?", "환불 반영하면 19건이죠?"). */
const NUMBER_CHECK = /\b(so|then|right|back to|correct|still)\b|죠\s*[?？]?\s*$|맞(죠|나요|아요)|반영|그럼|그러면|아니(에요|예요|야|죠|지|었어요)\s*[?？]|아닌가요|아님\s*[?？]/i;
/** A number, in digits or words ("we opened two", "두 건 열었는데"). */
export const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice)\b|(한|두|세|네|다섯) ?(건|개|번)/i;
/** Words that make a number a count of incidents ("49 cloud incidents", "18개", "5 left"). */
const COUNT_WORDS = /\bincidents?\b|\bcases?\b|\btickets?\b|\bleft\b|인시던트|건|개(?!월)|남/i;
/** After a balance or a benefits answer, a number questioned is about the figures just given. */
function numberWhyContext(lastTopic: string | undefined): boolean {
  return lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits';
}
const CUE = /[가-힣](은|는)요\s*[?？]|^\s*(and|what about|how about|also|then|so|ok(ay)?,? and|what if|for)\b|\b(i|we) meant\b|\bi mean\s*[.!?]?\s*$|\bscratch that\b|말한 ?(거|것)|정정|^\s*(wait|sorry|no),? (i|we) mean\b|^\s*(아 ?)?(아니|아뇨)[가-힣]*[,.]?\s|말고|제 말은|^\s*(그럼|그러면|그리고|또|근데|그런데|그렇다면|만약)|[가-힣](이면|면|은|는|도|이라면|라면)요?\s*\??\s*$/i;
/** "But I'm the admin", "저 전역 관리자인데요": the asker's role said, to push back on an answer or beside a question. */
export const PUSHBACK = /\b(i'?m|i am|im|but i|we are|i have)\b.{0,25}\b(global admin|admin(istrator)?|partner admin|mpn partner admin|admin agent)\b|^\s*but (i'?m|i am) (the one|in charge|responsible)|(전역 관리자|관리자|어드민|담당자|책임자|관리 에이전트|에이전트)(인데|예요|이에요|입니다|거든|이거든|라서|인데요)/i;
/** With a current-program offer named, these readings are the current program's own question ("Partner Launch는 1년에 얼마예요?"). */
const ANY_TOPIC_OF_CURRENT: ReadonlySet<string> = new Set(['none', 'validity', 'check-benefits', 'remaining-incidents', 'incident-definition', 'supported-products', 'help', 'ticket-status', 'plan-expired', 'cloud-competencies']);
/** "I'm not an admin", "저는 그냥 일반 사용자인데요": the opposite of pushback. */
export const NOT_ADMIN = /\bnot (an? )?(global |partner )?admin|(저는|제가|전|나는|난)[^.?!]{0,6}일반 ?(사용자|유저)|\bmy role is (just |only )?(an? )?(normal |regular |plain )?user\b|\bno admin|\b(just|only) an? ((normal|regular|plain|ordinary) )?user\b|\bi'?m an? (normal|regular|plain|ordinary) user\b|관리자(가)? 아니|관리자는 아니|(그냥|일반|평범한) ?(사용자|유저|직원)( ?권한)?(인데|이에요|예요|입니다|이라|이고|밖에)/i;
/** "Who is our global admin?", "우리 회사 파트너 관리자가 누구임?": the people on record who may activate. */
const WHO_ADMIN = /\bwho('s| is| are)\b.{0,20}\b(global admins?|partner admins?|admins?|administrators?)\b|(전역 ?관리자|파트너 ?관리자|관리자|어드민).{0,8}(누구|누가|누군)|(누가|누군|누구).{0,12}(관리자|어드민)/i;
/** "Who do I ask?", "그럼 누구한테 물어봐요?": in an activation thread, the people who may activate. */
const WHO_TO_ASK = /\bwho (do|should|can|could) (i|we) (ask|contact|talk to|go to)\b|누구(한테|에게|께|랑) ?(물어|문의|부탁|요청|말해|연락|얘기)/i;
const ROLE_NAME = /global ?admin|(mpn )?partner ?admin|admin ?agent|전역 ?관리자|글로벌 ?관리자|(mpn ?)?파트너 ?관리자|관리 ?에이전트/g;
/** "What are the three roles on that page?", "역할 3개 뭐뭐예요?": the roles and what each may do. */
const ROLES_ASKED = /\b(what|which) (are )?(the )?(three |3 |different )?roles\b|\broles?\b.{0,20}\b(listed|shown|mentioned|on (the|that) page)\b|역할.{0,15}(뭐뭐|뭐가 ?있|무엇|종류)|(세|3) ?(가지|개) ?역할|역할(이|은)? ?(3|세) ?(개|가지)|\bwhat('?s| is| does)? (the |an? )?(admin agent|global admin|(mpn )?partner admin)( role)? (even )?(for|do)\b|(관리 ?에이전트|전역 ?관리자|파트너 ?관리자)(는|은|역할은)? ?(뭐|머|무엇)(하는|할 때|에 쓰)/i;
/** Two roles compared ("global admin vs mpn partner admin", "MPN 파트너 관리자랑 전역 관리자 차이"). */
function rolesCompared(text: string): boolean {
  const named = new Set([...text.toLowerCase().matchAll(ROLE_NAME)].map((m) => (m[0].includes('agent') || m[0].includes('에이전트') ? 'agent' : /global|전역|글로벌/.test(m[0]) ? 'global' : 'partner')));
  return named.size >= 2 && /differen|\bdiffs?\b|\bvs\.?\b|versus|차이|각각|\beach\b|뭐하|머하|what (does|do)|compare|비교|다른 ?점/i.test(text);
}
/** "It still doesn't work", "그래도 안 되는데요": the last answer did not settle it. */
const STILL = /\bstill (doesn'?t|does not|not|isn'?t|won'?t|can'?t|no|getting|get|failing|fails)\b|\b(doesn'?t|didn'?t|does not|did not) work|not working|same (error|message|problem|thing|result|page)|\bstill the same\b|그래도 안|여전히 안|아직도 안|안 ?되는데|똑같/i;
/** "Should I wait and try again?", "기다렸다 다시 하면 되나요?": about the last answer's problem. */
const RETRY = /\b(wait (and|a bit|a while|until|for it)|just wait|(should|do|can|must) (i|we) wait|retry|try (it )?again|try later|refresh)\b|기다리면|기다렸다|기다려야|다시 (해|하면|시도)|재시도|새로고침/i;
/** "That can't be right, Silver gets 5", "그럴 리가요": the last answer is doubted; why it says what it says. */
export const DOUBT = /^\s*but (our|my|we|i|it|the)\b[^?]{0,60}\?\s*$|^\s*no way\b|\b(record|records|number|count|balance)s? (is |are )?(wrong|off|incorrect)\b|\b(left|remaining),? not \d{1,2}\b|\bcheck again\b|\bdouble[- ]?check\b|\b(looks|seems|sounds|is) (wrong|off|incorrect|too (high|low))\b|\bis (that|this|it) a mistake\b|잘못된 ?것 ?같|틀렸|\bwe never used (any|one|them)\b|한 ?번도 안 ?썼|\bi count(ed)?\b|\b(we|i)('ve| have)? (opened|used|filed) (\d+|two|three|four|five)\b.{0,30}\b(though|but|yet)\b|\bthough\s*[?.!]?\s*$|\b(that|this|it) (can'?t|cannot|couldn'?t) be right|\bthat'?s (wrong|not right)|\b(are |r )?(you|u) sure\b|\bshould be (down to|at) \d{1,2}\b|^\s*(정말|진짜|확실)(요|해요|한가요|합니까|이에요)?\s*[?？]|확실(해요|한가요|합니까|한 ?거죠|하죠|해)\s*[?？]|줄 알았|\bi thought\b|\bi think (we'?ve|we have|we|i'?ve|i have) (only )?(used|opened|burned|had)\b|(쓴|쓰|썼|사용한|열었던?) ?(것|거) ?같은데|(doesn'?t|don'?t|does not|do not) (add up|make sense)|\bpretty sure (we|i) (opened|used|filed)\b|\bshould (still )?(be|have|get) (all |only |just )?(\d+|more)\b|\b(nobody|no one|none of us) (has |have |had )?(ever )?(used|opened|touched)\b|아무도 (안 ?(썼|쓴|사용)|사용 ?안)|\bshould ?n'?t (it|that|this|we|there) (be|have)\b|\bsupposed to (be|have|get)\b|(이어야|여야|이라던데|라던데|아니었|아니냐|아니지 않|아니라고)|\d{1,2} ?(건|개)? ?아니(에요|예요|야|죠|지|냐)|말이 안|말도 ?안 ?(돼|되)|그럴 ?리가|이상한데|이상해요|틀린 ?것 ?같|^\s*(그거|그게|이게|정말|진짜)? ?맞아요\?|아닌 ?것 ?같|\b(membership|we)\b.{0,25}\b(still|is|are) (active|valid|current)\b|(멤버십|등급|골드|실버)[^\d몇]{0,15}(살아|유효|남아 ?있|활성)/i;
/** "Which one …?", "그 중에 …": a choice among what the last answer listed. */
const CHOICE = /\bwhich (one|of (them|these|those))\b|그 ?중에?|둘 ?중|어느 (것|거|게|쪽)/i;
export const QUESTION = /\?|^\s*(how|what|where|who|when|why|which|can|could|do|does|is|are|should|will)\b|(나요|까요|가요|죠|니까|는지|어디|어떻게|뭐|누가|언제|나여|까여|가여|나용|까용|(있|없|되|돼|했|하|맞|쓰|쓸 ?수 ?있|할 ?수 ?있)나)\s*[.!]?\s*$/i;
const NEXT = /^\s*(ok(ay)?,? )?(and )?(if not,? |otherwise,? |if so,? )?(then |so )?(what next|what now|then what|and then|after that|what to do( now| next| then)?|what'?s next|next steps?|what (should|can|do|does|must) (i|we|they|he|she) (need to |have to )?do( now| next| then)?|now what|what are (my|our|their|his|her|the partner'?s) options|how do (i|we) (fix|solve|get it back|use it again)|how (would|could|can|do|should) (i|we) get (help|support)\b.{0,20}\b(then|instead|for (it|that|this))|what are (my|our|their|his|her|the partner'?s) options|what are the (alternatives|options)|(any )?other (options|ways)|alternatives\??$|what (can|should|do) (i|we) tell (them|him|her|the partner|the customer))\b|(뭐라고|어떻게) (안내|말|전달|답)|(파트너|고객|그분|그쪽|그 회사)(한테|에게|께)? ?뭐라고 (해요|하죠|하면|할까|말해|전해)|^\s*(그 ?다음|다른 방법|그럼 어떻게|그러면 어떻게|이후에?는|그 ?후에?는|어떻게 해야)|(그럼|그러면|지금|당장|다시).{0,12}어떻게 (해요|하나요|하죠|돼요|하면)/i;
/** "Ok back to the balance", "다시 아까 거요", "다시 골드 얘기로": a return to the topic before the last one. */
const SWITCH_BACK = /\b(back to|going back|return(ing)? to)\b|\bthe (error|message) (from )?(before|earlier)\b|\bthat (error|message) (from )?(before|earlier)\b|다시 .{0,12}(얘기|이야기|질문)|아까 (거|그거|질문|얘기|물어본|그 ?(에러|오류|메시지))/i;
/** A question about "it" / "that" refers to the last answer. */
const PRONOUN = /\b(it|that|this|those|them|there|one|she|he)\b|그거|그것|이거|거기|그건|그 ?분|그 ?사람|(이|그) ?건(도|은|이)/i;
/** "What can we use then for Azure?": a question that builds on the last answer. */
const THEN = /\bthen\b|\binstead\b|그럼|그러면|대신/i;
const ROLE = /\broles?\b|admin|activat|\bdo it\b|\bcan do\b|\bdid (it|that|this)\b|\bfix\b|\brenew|역할|관리자|활성화|해야|할 수|했|해요|하나요|하죠|해 ?줘/i;
const WHO = /\bwho\b|누가|누구/i;
/** "Who do I ask then?", "누구한테 물어봐요?": someone to turn to. */
const ASK_SOMEONE = /\b(ask|contact|talk to|go to|reach)\b|물어|문의|연락|요청/i;
/** "Our contract right now", "지원 쪽은 요즘 어떤 상태": "now" about one's own records, not today's program. */
const OWN_THINGS = /\b(our|my|we|us)\b|우리|저희|제가|저는|\bcontract\b|계약|상태|\bstatus\b|situation/i;
/** The company's own Azure, not a customer's ("our own subscription", "우리 회사 자체 구독"). */
const OWN_SUBSCRIPTION = /\b(our|my) (company'?s? )?(own |internal )?(subscription|sub|tenant|azure)\b|\binternal (subscription|azure)\b|자체 ?(구독|테넌트|azure|애저)|(우리|저희) ?(회사 ?)?(구독|테넌트)|내부 ?(azure|애저|구독)/i;
/** Asking whether one may activate oneself ("do I have the permission?", "제가 활성화해도 되나요? 권한 있어요?"). */
/** A question said to be about something else. */
const UNRELATED = /^\s*(unrelated|separate|different|new|another|other|side)( (q|question|topic|thing))?\s*[:,-]|^\s*(on an? )?(unrelated|separate|different|new) (note|question|topic)\b|^\s*(별개로|다른 (질문|얘기|건데)|딴 (질문|얘기)|그건 그렇고|새 질문)|^.{0,40}\b(diff|different|separate|unrelated|another|other) (issue|question|topic|thing|q|problem|matter)\s*[:,.!-]|^.{0,20}(다른 (문제|질문|건|얘기)(인데|이에요|입니다)|별건(인데|이에요))/i;
/** A request to post the IDs where others read them ("post our IDs in the #partner-team channel", "단톡방에 올려줘요"). */
export const POST_IDS_SHARED = /\b(post|drop|put|paste|share|send|publish|dump)\b.{0,50}\b(in|into|to|on)\b.{0,40}(\b(channel|group( chat)?|team (chat|channel|room)|chat ?room|thread|slack|teams chat|here for (the|our) team)\b|#[\w-]+)|(단톡방|단톡|단체 ?(대화)?방|채널|팀 ?(채팅|방|채널|대화방)|그룹 ?(채팅|방|대화방))(에|에다|에다가)?[^.?!]{0,40}(올려|공유|보내|붙여|뿌려)|\b(group chat|channel|chat ?room|shared chat)\b.{0,60}\b(post|paste|drop|share|send|put)\b.{0,40}\b(here|ids?|access id|contract id)\b/i;

/** Topics where "them" and "ours" are the IDs. */
const ID_THREAD: ReadonlySet<string> = new Set(['csp-customer', 'ids-usage', 'get-ids', 'register-ids', 'link-azure', 'access-id-meaning', 'msa-allowed']);
/** A summary asked for someone else ("2-3 sentences I can paste", "a plain-English paragraph", "세 줄로 정리", "보고드릴 수 있게"). */
const SUMMARY_ASKED = /\b(summar(y|ise|ize)|sum (it|this|that|everything|them) up|recap|tl;?dr|paragraph|write-?up|blurb)\b|\bdraft\b.{0,40}\b(boss|manager|owner|ceo|director|email|mail|team)\b|\b(\d|two|three|four|few|couple of)( ?- ?\d)? (short |simple )?(sentences|lines|bullets|bullet points)\b|요약|(세|두|몇|\d) ?(줄|문장)(로|으로|만|정도)|보고(드릴|할|용|드리)/i;
/** Topics a summary of what the company has answers better than the last answer again. */
const SUMMARIZED_AS_BENEFITS: ReadonlySet<string> = new Set(['check-benefits', 'remaining-incidents', 'incident-definition', 'cloud-competencies', 'validity', 'paid-plans', 'supported-products', 'none', 'help', 'ids-usage', 'fallback']);

/** "Do we have to pay extra for them?", "추가 비용 있어요?": whether the membership's support costs anything more. */
export const EXTRA_COST = /\b(invoiced|billed|bill us|get a bill)\b|\balready paid for\b|(비용|요금|돈)(이)? ?(따로 ?)?(청구|발생)|청구(되나|돼요|되요|되는지|하나)|\b(pay|paid|cost|charge[ds]?|fees?)\b.{0,20}\b(extra|more|anything|additional|separately|on top)\b|\b(extra|additional|hidden) (costs?|charges?|fees?)\b|\b(is|are) (it|this|that|they|these|the ids|the incidents) free\b|추가 ?(비용|요금|결제)|돈(을|이)? ?(더|따로|추가로|별도로) ?(내|들|드|청구|나가)|(따로|별도로) ?(비용|돈|결제|청구)|(할|쓸|열) ?때마다 ?(돈|비용|요금)/i;

/** "What do 'on-premises' and 'cloud' mean on our benefits page?", "온프레미스가 무슨 뜻이에요?": the two kinds in plain words. */
export const ON_PREM_MEANING = /\b(what|explain)\b.{0,40}\bon-?prem\w*\b.{0,30}\b(vs\.?|versus|(and|or) (the )?cloud|mean|means|meaning)\b|\bon-?prem\w*\b.{0,30}\bcloud\b.{0,30}\b(mean|means|meaning|difference)\b|(온-?프레미스|온-?프렘)(이랑|랑|와|하고)? ?(클라우드)?(가|이|은|는)? ?(뭐|무슨 ?뜻|무엇|의미|차이)/i;

/** Answers about where the IDs go or requests are opened ("no sorry I meant on-prem, it's a SQL Server 2019 issue" after one corrects the side, not asks the versions). */
const WHERE_TOPICS: ReadonlySet<string> = new Set(['link-azure', 'get-ids', 'ids-usage', 'open-request']);

/** A message of a word or two that names a topic: "sfb" (where on-premises requests are opened), "만료?" (the contract's validity, from the records). */
const ONE_WORD_TOPICS: readonly (readonly [RegExp, IntentId])[] = [
  [/^\s*(sfb|support for business|비즈니스 ?지원)\s*[?？]*\s*$/i, 'open-request'],
  [/^\s*(만료(됐|된|돼)?(나요|어요|음)?|expired|expiry|expiration|유효 ?기간)\s*[?？]*\s*$/i, 'validity'],
];

/** Several problems put in one request ("two things … can I put both in one ticket?", "두 개 티켓 하나로 같이 열어도 돼요?"). */
export const SEVERAL_ISSUES = /\b(two|2|both|several|multiple|three|3) (different |separate |unrelated )?(things|issues|problems)\b.{0,120}\b(one|same|single) (support )?(ticket|request|case|incident)\b|\b(issue|problem)\b.{0,40}\band (a |an )?(separate|second|another|different|unrelated)\b.{0,40}\b(issue|problem)\b.{0,60}\b(one|same|single)\b.{0,20}\b(ticket|request|case)\b|\bboth (issues |problems )?in (one|a single|the same) (support )?(ticket|request|case)\b|(두|2|세|3|여러) ?(개|가지)[^.?!]{0,40}(티켓|요청|케이스|인시던트) ?(하나|한 ?(개|건))(로|에)|\b(both|two|2)\b[^.?!]{0,20}\b(in|into) (one|a single|the same) ([\w-]+ )?(incident|ticket|case|request)\b|(랑|와|과|하고)[^.?!]{0,20}(한|하나의|1개의?) ?(케이스|티켓|요청|인시던트)(로|에) ?(묶|합치|같이|넣)/i;

/** Requests about to be opened ("after this one", "if we open two more", "하나 더 열면", "두 건 더 연다고 하면"). */
const AFTER_MORE = /\bafter (the next|one more|another|that one|this one|opening|i open|we open)\b|(?<!^\s*(?:and |so |ok |okay )?)\bafter (this|that|it)\b(?!\s*,)|\b(about|going|planning|plan|want) to (open|file|raise|use|burn|submit|log) (\d{1,2}|two|three|four|five|another)\b|\bafter (\d{1,2}|two|three|four|five) more\b|\bif\b.{0,40}\b(we|i|they) (open|use|file|raise|burn|spend|log|submit|create) (all )?(this|one|another|it|\d+|two|three|four|five)\b|\b(\d+|one|two|three|another) more ([\w-]+ ){0,2}(cases?|tickets?|requests?|incidents?)\b|\b(open|opening|file|raise)\w*\b.{0,30}\b(\d+|two|three|one) more\b|(이거|이번 ?거|하나|한 ?건|두 ?건|세 ?건|\d+ ?건|두 ?개|세 ?개|\d+ ?개)(을|를)? ?(더 )?(쓰면|열면|연다면|연다고 ?하면|사용하면|차감되면|열 ?예정|열 ?건데|열려고)|(그거|이거|그것|이것|그 ?건|이 ?건)까지 ?(치면|포함하면|계산하면|하면)/i;
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|next month|this month|the month after)`;
const MONTH_KO = String.raw`(?:\d{1,2}월|이번 ?달|다음 ?달|그 ?다음 ?달|다다음 ?달)`;
/** Requests spread over two months ("7월에 3건, 8월에 2건", "3 in july and 2 in august"). */
const SPREAD_COUNTS = new RegExp(String.raw`${MONTH_KO}(?:에|엔)? ?(\d{1,2}) ?(?:건|개)(?:씩)?[,，]? ?(?:그리고 |또 |하고 )?${MONTH_KO}(?:에|엔)? ?(\d{1,2}) ?(?:건|개)|\b(\d{1,2}) (?:[\w-]+ ){0,2}(?:in|during|for) ${MONTH_NAME}\b,? (?:and |then |plus |\+ )?(?:another )?(\d{1,2}) (?:[\w-]+ ){0,2}(?:in|during|for) ${MONTH_NAME}\b`, 'i');
/** The number of more requests: "3 more", "if we burn 3 of those", "두 건 더", "세 건 열면". */
const MORE_COUNT = /\b(\d{1,2}|one|two|three|four|five) more\b|\b(?:open|use|burn|spend|file|raise|log|submit|create)(?!e?d\b)\w* (?:all )?(\d{1,2}|one|two|three|four|five)\b|(\d{1,2}|한|두|세|네|다섯) ?(?:건|개) ?(?:쯤|정도)? ?(?:을|를)? ?(?:[^.?!\d]{1,20}?(?=(?:으로|로) ?(?:열면|연다면|쓰면)))?(?:(?:으로|로) ?)?(?:더|쓰면|열면|연다면|연다고|사용하면|차감되면|열어도|써도|사용해도|열고|쓰고|사용하고|열 ?예정|열 ?건데|열려고|열 ?(?:거|것) ?같|열 ?듯|쓸 ?(?:거|것) ?같|쓸 ?듯|쓸 ?예정|예상|필요할 ?(?:거|것|듯)|생길 ?(?:거|것|듯)|나올 ?(?:거|것|듯))|\b(?:just|only) (?:the )?(\d{1,2}) (?:[\w-]+ ){0,2}(?:ones|tickets|cases|requests|incidents)\b|\b(?:open|use|file|raise)\w* (?:them )?(both)\b|\b(both) (?:of us )?(?:open|use|file|raise)\w* (?:one|a|an)\b|(둘) ?다|(?:~|\b(?:around|about|roughly|approx\.?|approximately|like|expect(?:ing)?|need|planning|plan for|budget(?:ing|ed)?(?: for)?)) ?(\d{1,2}) (?:[\w-]+ ){0,3}(?:tickets|cases|requests|incidents)\b(?! (?:a|per|each|every) (?:month|week))|\b(\d{1,2}|two|three|four|five|six) (?:[\w-]+ ){0,3}(?:tickets|cases|requests|incidents) (?:coming up|planned|lined up|ahead|on the way|in the pipeline)\b|\b(?:have|got|there are) (\d{1,2}|two|three|four|five|six) (?:more )?(?:planned|coming up|lined up|in the pipeline)\b/i;
/** A contract said to be over ("our contract expired last month", "계약이 만료됐는데"). */
const EXPIRED_SAID = /\b(contract|plan|benefits?|support)\b.{0,20}\b(expired|lapsed|ended|ran out)\b|(계약|플랜|혜택)(이|은|도)?.{0,10}(만료(됐|되었|된|돼)|끝났)/i;
/** Whether requests can still be opened ("can we still open a case today?", "아직 열 수 있나요"). */
const STILL_OPEN = /\b(can|could) (we|i|they) (still |actually )?(open|use|file|raise|get|submit)\b|\bstill (open|use|file)\b|(열|쓸|사용할|접수할) ?수 ?(있|없)/i;
/** Where a request is opened ("where do i file that?", "what do i do in azure?", "티켓은 어디서 열어요?"). */
const WHERE_OPEN = /\bwhere (do|should|can|would|will) (i|we|they|he|she) (open|file|raise|create|submit|log|put in|start)\b|\bwhat do (i|we) do in (azure|the (azure )?portal|sfb|support for business)\b|(티켓|요청|케이스|문의)(은|는|을|를)? ?어디(서|에서|에) ?(열|올려|접수|만들|신청|넣)|(온-?프레?미스|온프렘|클라우드|애저|azure)(은|는|건|쪽은|쪽은요|쪽)? ?어디(서|에서|에) ?(열|올려|접수|만들|신청|넣)|\bwhere (do|should|can|would|will) (i|we|they|he|she) (open|file|raise|create|submit|log) (the |an? |our )?(on-?prem\w*|cloud|azure)( ones?| cases?| tickets?| requests?| incidents?)?\b/i;
/** The pace so far ("at that pace", "지금까지 쓴 속도로"), worked out from the records. */
export const CURRENT_PACE = /(지금|현재|이|그|이런|그런|지금까지 ?(쓴|사용한)|여태 ?(쓴|사용한)) ?(속도|페이스|추세)|\b(at )?the (rate|pace) (we'?ve|we have|we|they'?ve|they have|they) (been )?(using|used|burning|going|opening|opened|filing|filed|raising|logging)\b|\b(at )?(this|that|the same|that same|the current|our current|our) (rate|pace)\b|\bat this (rate|speed)\b/i;
/** An on-premises product or its version named ("익스2010", "sharepoint server", "the previous release", "두 단계 전 버전"). */
const ON_PREM_PRODUCT = /\b(exchange|sharepoint|sql|windows|skype for business|biztalk|dynamics (ax|nav|gp|crm))( server)? ?(19|20)\d\d\b|\b(exchange|sharepoint|sql|windows) server\b|익스 ?(19|20)?\d\d|익스체인지 ?(서버|(19|20)\d\d)|셰어포인트 ?서버|SQL ?서버|윈도우 ?서버|\b(previous|older|old|prior) (release|version)\b|\bn-[12]\b|(두|2|세|3) ?(단계|버전) ?(전|이전|뒤|낮은)|이전 ?버전|구 ?버전|옛날 ?버전/i;
/** Incidents taken to be each person's ("isnt it 5 per person?", "엔지니어마다 따로", "1인당 몇 건"). */
export const PER_PERSON_POOL = /\b(i|we|he|she|they|you) (each )?(get|have|got) (my|our|his|her|their|your) own (\d{1,3}\b|(partner |cloud |signature |on-?prem\w* |support )*(incidents?|tickets?|cases?|ones|pool|balance|allowance)\b)|\bseparate from (\w+'s|hers|his|theirs|mine)\b|\b(each|both|we each|they each) (get|have) (our|their|his|her) own\b|\b(one )?shared count\b|\bper (person|user|engineer|head|account|employee)\b(?! ?(hours?|time|minutes?|days?))|\beach (person|user|engineer|employee)\b|\b(their|his|her) own (incidents|pool|balance|allowance)\b|사람마다|인당|개인별|(엔지니어|직원|사람|사용자|팀원|개발자)[^.?!]{0,12}(마다|각각|각자|별로)/i;
/** A CSP customer's own subscription or the CSP way named ("고객사 구독", "the customer's tenant", "service management"). */
const CSP_CUSTOMER_NAMED = /\bcsp\b|\b(their|a customer'?s?|the customer'?s?|client'?s?) (own )?(azure|subscription|tenant|sub)\b|\b(a|the|our) (customer|client) (has|have|had) (an? )?azure\b|고객(사)?(가|이|의)? ?(애저|애져|azure)|고객(사)?(의)? ?(구독|테넌트|애저|애져|azure|포털|건|쪽|꺼|것)|\b(customer|client)'?s? (one|side|case)\b|말고|\bnot ours\b|\binstead of ours\b|\b(customer|client)'?s? (azure|subscription|tenant|sub)\b|service management|서비스 ?관리|관리 ?에이전트|admin agent/i;
/** A count asked ("how many …", "몇 건"). */
const COUNT_ASKED = /\bhow many\b|몇 ?(건|개)/i;
/** What is left named ("남은거만", "how many left"), narrower than REMAINING. */
const LEFT_WORD = /남은|잔여|\bleft\b|\bremaining\b/i;
/** Requests said to be coming ("we have 4 planned", "4개쯤 쓸 거 같아요"), a plan rather than a question. */
const PLANNED = /\b(planned|planning|plan to|expect(ing)?|going to|gonna|will (probably |likely )?(open|use|need|file)|coming up|lined up)\b|(쓸|열|사용할) ?(거|것) ?같|(쓸|열|사용할) ?(예정|듯|계획)|예정/i;
/** The time one incident covers asked ("몇 시간까지 봐주나요", "if it takes long does it count as 2?"). */
const TIME_SPENT = /몇 ?시간(까지|이나|동안)|\bhow many hours\b|오래 ?걸리면|\bif it takes (too |really )?long\b|(2|두) ?건으로 ?(차감|계산|카운트)|\bcount(ed|s)? as (two|2|multiple)\b|\bas (two|2|multiple) incidents\b/i;
/** Who has to do what was just said ("who over there has to do that?", "그럼 누가 해야 돼요?"). */
const WHO_DOES = /^\s*(ok,? |so |then )?who\b[^.?!]{0,25}\b(has|have|needs?|should|must|can|is supposed) (to )?(do|activate|handle|sort|fix)( (that|it|this|them))?\b|^\s*(그럼 |그러면 )?(그건 |그거 )?누가 ?(해야|하나요|하면|할 ?수|해요|하죠|처리)|^\s*(ok,? |so |then )?can i (just )?(do|activate|handle) (that|it|this)( myself| on my own)?\s*[?？.]*\s*$|^\s*(ok,? |so |then )?am i (allowed|able|permitted) to (do|activate|handle) (that|it|this)\b/i;
/** "the other one", "나머지 쪽은요?": the other of two things just answered. */
const OTHER_ONE = /^\s*(ok,? |okay,? )?(and |what about |how about |so )?(the )?other (one|side|line|pack|plan|benefit|problem|issue)s?\s*[?？.]*\s*$|^\s*(그럼 |그리고 )?(다른|나머지) ?(쪽|거|하나|라인|혜택|문제|건)(은요|는요|은|는|도요)?\s*[?？.]*\s*$/i;
/** One side asked alone, maybe whose ("their cloud side?", "and azure?", "저희 클라우드 쪽은요?", "and on-prem?", "온프레미스는요?"). */
const SIDE_LEAD = String.raw`^\s*(and |what about |how about |so )?`;
const WHOSE = String.raw`(their|our|its|the partner'?s|the company'?s|우리|저희|그 ?(회사|파트너)(의)?)( own)? ?`;
const sideAlone = (names: string) => new RegExp(`${SIDE_LEAD}(${WHOSE})?(${names})( ?(클라우드|cloud))?(은|는)?(요)?( ?(side|part|ones?|line|support|incidents?|benefits?|쪽|부분|지원|혜택|인시던트)(은|는)?(요)?)?( then| too| as well| though)?( ?(어케|어떻게) ?(됨|돼요|돼|되나요|되죠))?\\s*[?？.]*\\s*$`, 'i');
const CLOUD_SIDE = sideAlone('cloud|azure|signature|클라우드|애저|시그니처');
const ON_PREM_SIDE = sideAlone(String.raw`on-?prem\w*|온-?프레?미스|온프렘`);
/** Whose side it is said first ("their …", "our …", "저희 …"). */
const WHOSE_SAID = new RegExp(`${SIDE_LEAD}${WHOSE}`, 'i');
/** A side or one line named ("on-prem", "the signature 10pack", "the cloud 50 line", "시그니처", "10팩"). */
const SIDE_OR_LINE = /\bon-?prem\w*|\bcloud\b|\bsignature\b|\b\d{1,2} ?(pack|line)\b|온-?프레?미스|온프렘|클라우드|시그니처|\d{1,2} ?팩/i;
/** A refund named ("refunded", "credited back", "환불", "돌려받"). */
const REFUND_WORD = /refund|\bcredited\b|\bgiven back\b|\bclosed as (a )?(duplicate|dup|dupe|bug)\b|환불|돌려(받|주)|(중복|버그|duplicate|dup|bug)\)?(으)?로 ?(종료|닫|처리)/i;
/** Two people, the asker and one other, each opening some ("me and megan … like 3 each", "저랑 디에고씨가 각각 4건씩"). */
const TWO_OF_US_EACH = /\b(?:me and \w+|\w+ and (?:i|me)|both of us|the two of us)\b[^.?!]{0,60}?\b(\d{1,2}|one|two|three|four|five) each\b|(?:저랑|나랑|제가|저하고) ?[가-힣]{1,6}(?:씨|님)?(?:가|이|랑|하고)? ?(?:각각|각자)?[^.?!]{0,20}?(\d{1,2}|한|두|세|네|다섯) ?(?:건|개)씩/i;
const EACH_COUNT = /\b(\d{1,2}|two|three|four|five)\b[^.?!\d]{0,30}\beach\b[^.?!]{0,20}?\b(\d{1,2}|one|two|three|four|five)\b|(\d{1,2}|두|세|네|다섯) ?명[^.?!]{0,10}(?:각각|각자) ?(\d{1,2}|한|두|세|네|다섯) ?(?:건|개)|(\d{1,2}|두|세|네|다섯) ?명[^.?!]{0,10}?(\d{1,2}|한|두|세|네|다섯) ?(?:건|개)씩|\b(\d{1,2}|two|three|four|five) (?:of us|of them|people|persons|engineers|colleagues|members|users|devs|admins)\b[^.?!]{0,20}?\b(\d{1,2}|one|two|three|four|five)(?: (?:tickets?|cases?|requests?|incidents?))? each\b/i;
/** The ways a message says requests to come: people times each, "N more", "after this one". */
const MORE_SAID: readonly RegExp[] = [TWO_OF_US_EACH, EACH_COUNT, MORE_COUNT, AFTER_MORE];
/** A message that says how many more requests it means ("3 more", "after this one", "세 명이 각각 두 건씩"). */
/** A refund supposed with no new request ("if two of those get refunded?", "if that refund comes through"). */
export function refundsOnly(text: string): boolean {
  return REFUND_WHAT_IF.test(text) && !countsMore(text);
}

export function countsMore(text: string): boolean {
  return MORE_SAID.some((p) => p.test(text));
}

/** A count said again in place of the last one ("아 잠깐 10건 말고 20건이요", "not 10, 20", "make that 20", "sorry i meant 15"). */
export function correctedCount(text: string): number | undefined {
  const m = /(\d{1,2}) ?(?:건|개)? ?(?:말고|아니고|아니라|가 아니라|이 아니라)\s*(\d{1,2})/.exec(text) ?? /\bnot (\d{1,2})\b[^.?!\d]{0,12}?\b(\d{1,2})\b/i.exec(text) ?? /\b(make (?:that|it)|actually|(?:sorry,? )?i meant|correction:?)\s*(\d{1,2})\b/i.exec(text) ?? /(다시 ?(?:세|계산|보|확인)[가-힣]*)\s*(\d{1,2}) ?(?:개|건)/.exec(text);
  const n = Number(m?.[2]);
  return m && n >= 1 && n <= 99 ? n : undefined;
}

/** Where the first count of requests to come is said ("they opened 3, 1 got refunded. if they open 5 more?": 5): what is said before it is history. */
export function moreSaidAt(text: string): number {
  const at = MORE_SAID.map((p) => p.exec(text)?.index ?? Infinity);
  const first = Math.min(...at);
  return Number.isFinite(first) ? first : 0;
}

/** A step asked for ("where do I activate now", "어디서 활성화해요"): the way, not what a page is called today. */
const STEP_ASKED = /\b(where|how) (do|can|should|would) (i|we) (activate|find|open|link|register|enter|add)\b|어디서 ?(활성화|찾|열|연결|등록)|어떻게 ?(활성화|찾|열|연결|등록)/i;

/** "who over there can sort it out?", "그쪽에서 누가 해결할 수 있어요?": the people of the partner who can act (activate, renew). */
const WHO_CAN_FIX = /\bwho\b[^.?!]{0,30}\b(can|could|should|would be able to|is able to)\b[^.?!]{0,15}\b(sort|fix|handle|resolve|activate|renew)\b|누가[^.?!]{0,20}(해결|처리|고칠|고쳐|활성화|갱신)(할|해|하)/i;

/** "and now?", "지금은요?": the same question asked of today. */
export const NOW_ASKED = /^\s*(and |so |ok )?(now|today|these days|nowadays)\b|^\s*(그럼 )?(지금|요즘|현재)(은|는)/i;

/** The IDs asked about under today's program ("do access id + contract id still exist in the new program?"). */
export const IDS_STILL = /\bstill (exist|a thing|around|used|needed|issued)\b[^.?!]{0,40}\b(new program|today|now|2026|maicpp)\b|\b(new program|2026|maicpp)\b[^.?!]{0,40}\bstill (exist|a thing|around|used|needed|issued)\b|(새 ?프로그램|지금|요즘|2026)[^.?!]{0,20}(아직도?|여전히) ?(있|쓰|필요|나와)/i;

/** "what do we do when it runs out", "다 쓰면 어떡해요?": what then, once incidents are gone. */
export const RUNS_OUT_NEXT = /\bwhat (do|should|can|will) (we|i)( \w+)? (do|use)\b[^.?!]{0,20}\bwhen (it|they|that|those|the \w+)( \w+)? (runs?|run) out\b|(다 ?쓰면|소진되면|떨어지면)[^.?!]{0,10}(어떡|어떻게|뭐)/i;

/** The text without the counts of requests to come ("10건 더", "3 of us open 2 each"): what is left names no line's count. */
export function withoutMoreCounts(text: string): string {
  return MORE_SAID.reduce((t, p) => t.replace(new RegExp(p.source, 'gi'), ' '), text);
}

/** A count beside each side ("2 signature + 3 on-prem cases", "클라우드 2건, 온프렘 4건", "시그니처 10팩 4건"): the side, the count and the words that said it. */
const SIDE_COUNT = /\b(\d{1,2}|one|two|three|four|five)\s+(?:more\s+)?(?:(?:cases?|tickets?|requests?)\s+)?(?:(?:on|against|from|in|for)\s+)?(?:(?:the|our|their)\s+)?(on-?prem\w*|cloud|azure|signature|sig)\b|(온-?프렘|온-?프레미스|클라우드|애저|시그니처)((?: ?\d{1,2} ?팩)?)(?: ?(?:쪽|쪽에서|으로|로|에서|은|는|도|에))?\s?(\d{1,2}|한|두|세|네|다섯)\s?(?:건|개)/gi;
export type SideCounts = ReadonlyMap<'on-premises' | 'cloud', { count: number; said: string }>;
/** The requests to come on each side, when a message gives both sides their own count (each side once); undefined otherwise. */
export function sideCounts(text: string): SideCounts | undefined {
  const sides = new Map<'on-premises' | 'cloud', { count: number; said: string }>();
  for (const m of text.matchAll(SIDE_COUNT)) {
    const word = (m[2] ?? m[3] ?? '').toLowerCase();
    const side = /prem|프렘|프레미스/.test(word) ? 'on-premises' : 'cloud';
    const said = m[1] ?? m[5] ?? '';
    const count = COUNT_WORDS_BY_NAME[said.toLowerCase()] ?? Number(said);
    if (sides.has(side) || !(count >= 1 && count <= 99)) return undefined;
    sides.set(side, { count, said: m[0] });
  }
  return sides.size === 2 ? sides : undefined;
}

/** How many more requests a message means ("two more" → 2); one unless it says more. */
export function moreRequests(text: string): number {
  // "if three of our engineers each open 2", "세 명이 각각 두 건씩": people times requests each.
  const two = TWO_OF_US_EACH.exec(text);
  const per = COUNT_WORDS_BY_NAME[(two?.[1] ?? two?.[2] ?? '').toLowerCase()] ?? Number(two?.[1] ?? two?.[2]);
  if (two && per >= 1 && per <= 49) return 2 * per;
  const each = EACH_COUNT.exec(text);
  if (each) {
    const [others, per] = [each[1] ?? each[3] ?? each[5] ?? each[7], each[2] ?? each[4] ?? each[6] ?? each[8]].map((w) => COUNT_WORDS_BY_NAME[(w ?? '').toLowerCase()] ?? Number(w));
    // ("me and 2 colleagues each open 2 cases", "저랑 2명이 각자 2건씩": the asker is one of them.)
    const people = (others ?? 0) + (/\b(me|myself|i)\s+(and|plus|&|\+)\s*$|(저랑|저 ?포함|나랑|저하고)\s*$/i.test(text.slice(0, each.index)) ? 1 : 0);
    if (people && per && people * per <= 99) return people * per;
  }
  // "if I submit this one plus the 2 queued behind it": that one and the others.
  const plus = /\b(?:this|that) one (?:plus|and|\+|&) (?:the )?(\d{1,2}|two|three|four|five)\b/i.exec(text);
  const also = plus ? (COUNT_WORDS_BY_NAME[(plus[1] ?? '').toLowerCase()] ?? Number(plus[1])) : 0;
  if (also >= 1 && also <= 98) return also + 1;
  // "7월에 3건, 8월에 2건 열 예정이면요?", "3 in july and 2 in august": the counts of each month added up.
  const spread = SPREAD_COUNTS.exec(text);
  if (spread && MORE_COUNT.test(text)) {
    const [a, b] = spread.slice(1).filter((g) => g !== undefined).map(Number);
    if (a && b && a + b <= 99) return a + b;
  }
  const m = MORE_COUNT.exec(text);
  const said = m?.slice(1).find((g) => g !== undefined);
  const n = said === undefined ? 1 : (COUNT_WORDS_BY_NAME[said.toLowerCase()] ?? Number(said));
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : 1;
}

/** The asker posting them ("is it ok if I paste them in #support-eng?", "제가 단톡방에 올려도 돼요?"), not asking the bot to. */
const SELF_POSTING = /\b(if i|if we|can i|can we|may i|should i|should we|i'?ll|we'?ll|is it ok(ay)? to|allowed to)\b.{0,20}\b(post|paste|share|put|drop|send)|제가.{0,25}(올려도|공유해도|붙여)|(올려도|공유해도|붙여 ?넣어도) ?(돼|되|괜찮)/i;
/** A request that the bot post the IDs where others read them. */
export function asksBotToPost(text: string): boolean {
  return POST_IDS_SHARED.test(text) && !SELF_POSTING.test(text);
}

/** The asker's own company in the words ("we", "our", "우리", "저희"). */
const WE = /우리|저희|\bour\b|\bwe\b/i;
/** Support for Business named ("SfB", "비즈니스 지원"), the contract said added there, and a denial ("한 번도 입력한 적이 없어요"). */
const SFB_NAMED = /\b(sfb|support for business)\b|비즈니스 ?지원|서포트 ?포 ?비즈니스/i;
const ADDED_SAID = /\b(added|add(ed)? (the |our )?contract|linked|registered|entered|put)\b|(넣|입력|추가|등록|연결)(했|한|었)/i;
const NOT_DONE = /\b(never|not|didn'?t|haven'?t|hasn'?t)\b|한 ?번도|적(이|은)? ?없|안 ?(넣|입력|추가|등록|연결)/i;
/** At most one question mark: a message with two questions is answered part by part, not by one rule over the whole. */
const oneQuestion = (text: string) => (text.match(/[?？]/g)?.length ?? 0) <= 1;

/** A membership named only to compare with ("골드랑 똑같이", "same as Gold", "like Silver"). */
const SAME_AS_OFFER = /(골드|실버|액션 ?팩)(이?랑|와|과|하고) ?(똑같|같이|같은|동일)|\b(same as|just like|as many as|as much as) (a |the )?(gold|silver|action pack)\b/i;
/** Incidents used up ("all 5 are gone", "다 써버렸으면", "소진됐어요"). */
export const USED_UP = /\b(incidents?|cases?|tickets?|ones)\b.{0,30}\b(gone|used up|burn(ed|t)|exhausted|all used|run out|ran out)\b|\b(used|burn(ed|t)|exhausted|spent) (up |thru |through )?(all|every one of)\b|\b(used|burned) (them |it |those )?(all|up)\b|\ball (used|gone)\b|\b(ran|run) out\b|\b(pack|line|incidents|balance|signature|cloud|on-?prem)\b.{0,12}\b(is|are|looks|seems) (empty|at zero|at 0)\b|다 ?(썼|써|쓴|사용(했|한|해)|소진)|소진|(팩|건수|잔여|인시던트)[^.?!]{0,6}(비었|바닥|(?<!\d)0 ?(개|건))/i;
/** A CSP customer's side named (their requests go through CSP, not the partner's own benefit). */
const CUSTOMER_SIDE = /csp|고객|customer|client/i;
/** A portal or product named ("파워플랫폼 관리센터에서도 …?"): the question is about that place, not the benefit as a whole. */
const PORTAL_OR_PRODUCT = /power ?platform|파워 ?플랫폼|dynamics|다이나믹스|f&o|\blcs\b|azure|애저|admin center|관리 ?센터|portal|포털/i;
/** How to get support through the benefit in Azure (not a message seen there). */
const AZURE_HOW = /\bhow (do|can|should|would) (we|i)\b.{0,15}\b(get|use|receive|access|open|request)\b.{0,40}\b(support|benefits?|incidents?|help)\b.{0,30}\b(in|on|through|via|from) (the )?azure\b|\b(in|on|through) (the )?azure\b.{0,20}\bhow (do|can|should) (we|i)\b.{0,15}\b(get|use|receive)\b.{0,30}\b(support|benefits?)\b|(azure|애저)(에서|에서도|로|으로)[^.?!]{0,30}(기술 ?지원|지원|혜택|인시던트)[^.?!]{0,15}(받으려면|받으면|받나요|받을 ?수|쓰려면|쓰나요|쓸 ?수|사용하려면|이용하려면|어떻게)/i;
/** Where or how the IDs are entered. */
const ADD_IDS_HOW = /\b(how|where) (do|can|should|would) (i|we) (add|enter|put in|input|type in|register)\b.{0,12}\b(the |our |my |those |these )?(ids|access id|contract id|contract ids?)\b|(액세스 ?id|계약 ?id|id|아이디)(는|를|은|들은|들)? ?(어떻게|어디(서|에|에다)?) ?(추가|입력|넣|등록)|어디[^.?!]{0,15}(액세스 ?id|계약 ?id|id|아이디)(를|는)? ?(넣|입력|추가|등록)/i;
const MY_PERMISSION = /\bdo i have (the )?(permission|rights?|role|access) to activate\b|\bam i allowed to activate\b|(제가|저한테|저는) ?권한(이)? ?(있어요|있나요|있을까요)|권한 있어요\?/i;
/** "Can I do it myself?", "제가 직접 할 수 있어요?": in an activation thread, whether this person may activate. */
const DO_IT_MYSELF = /^\s*(제가|저도|저는|본인이|그분이|그분도) (직접 )?(할 수 있|해도 (되|돼)|하면 (되|돼))|\bi'?ll (just )?(re-?)?activate (it|that|this|them)\b|\bi('ll| will) just do it myself\b|제가 (다시 |직접 )?활성화 ?(누를게요|할게요|눌러 ?볼게요|해 ?볼게요)|^\s*(so |then |ok,? )?(can|could) i (just )?(do|activate) (it|that|this)( myself| again)?\s*\??\s*$|\b(would|could) i have been allowed\b|\bcould i (do|activate) (it|that|this)\b|\bcan i (just )?(do|activate) (it|that|this) again\b|(또|다시) ?하면 (되|돼)|제가 직접.{0,20}(또|다시)/i;
/** Asking what one's own role is for ("what is my role good for?", "제 역할은 어디에 써요?"). */
const MAY_I_ACTIVATE = /\b(is )?my role (is )?(fine|ok|okay|the problem|an issue|enough|wrong)\b|\b(can|may|could) i (do|handle|perform|take care of) (the |our )?activation\b|\bnot a (role|permission) (problem|issue)\b|(?<![a-z0-9]\s?)(역할|권한) ?문제|제 역할(은|이)? ?(괜찮|문제|맞)|\b(can|may|could) i (activate|turn on)\b|(제가|저는|저도|내가).{0,30}활성화(를)? ?(해도 ?(되|돼|될)|할 ?수 ?(있|없)|가능|하면 ?(되|돼))|활성화.{0,30}제 (역할|권한)(으로|로)|\bwith my (role|permissions?)\b|(제가|저는|저도|내가).{0,10}활성화 ?(버튼)?(을|를)? ?(눌러도|클릭해도|눌러 ?봐도)|\b(can|may|could|should) i (click|press|hit|push) (the |that )?activate\b/i;
const MY_ROLE = /\bwhat('s| is| does)? (my|this|that) role\b.{0,12}\b(good for|used for|for|do|allow)\b|\bwhat can i do with (my|this) role\b|\b(my|this) role\b.{0,20}\b(good for|used for|useful)\b|(제|내|이|그) 역할(은|이)?.{0,10}(어디에|뭐에|무엇에|무슨|뭐 ?할 ?때|언제) ?(써|쓰|소용|필요|쓸모)|(제|내) 역할(로|으로)는? ?(뭘|무엇을|뭐) ?(할 수|해요|하나요)/i;
/** "Who can turn it on?": activating, whatever the last answer was. */
const ACTIVATES = /activat|turn (it|them) on|switch (it|them) on|활성화|켜/i;
/** "Can I see it there?", "표시돼요?": whether something is shown somewhere. */
const SHOWN = /\b(see|view|shown?|visible|display(ed)?)\b|보이|보여|볼 ?수|표시/i;
/** "Who can see them?": about the IDs, not about who activates. */
const SEE = /\b(see|view|look at|find|access|use)\b|볼|보이|보여|확인|쓸 수|사용/i;
/** "What is …?", "…가 뭐예요?", "explain …": a name asked to be explained. */
const WHAT_IS = /^\s*(what('?s| is| are| does)|tell me (about|what)|explain|meaning of)\b|(이|가|은|는|란|이란)? ?(뭐(예요|에요|야|지|죠|니|인가요|임)|무엇(인가요|이에요|입니까)|뭔가요|뭔지|설명(해|좀|부탁))/i;
/** "How do we get some?", "어떻게 받을 수 있어요?": how to come by incidents or benefits at all. */
const GET_BENEFITS = /\bany ?way to (get|obtain|have|receive)\b|\bwhat (do|can|should|would) (we|i) use for (azure|cloud)\b|(뭘로|무엇으로|뭐로) ?[^.?!]{0,15}지원 ?받|\b(how|what)\b.{0,25}\b(get|obtain|earn|qualify for|become eligible for|be eligible for)\b.{0,20}\b(some|any|them|incidents?|benefits?|support|help|tickets?|cases?)\b|(어떻게|뭘|뭐를?|무엇을) ?(해야|하면)?.{0,20}(받을 수|받으려면|받나요|받죠|받아요|받나|받으면|얻을 수|얻으려면|생기|가질 수)|(받으려면|얻으려면|가지려면|쓰려면).{0,20}(뭘|뭐를?|무엇을|어떻게|뭐가)|\bwhat (do|should|would) (we|i) (need to |have to )?(buy|purchase|get)\b.{0,20}\bto (get|have|receive)\b/i;
/** "We have no membership", "멤버십이 없어요": the company holds no offer. */
export const NO_MEMBERSHIP = /\b(no|without( a| any)?|don'?t have( a| any)?|do not have( a| any)?|not) (mpn |partner )?(membership|partner(ship)?|offer|competency)\b|\b(do ?n[o']?t|do not|never|not) join\b|가입(을|을 ?아예)? ?(안|않)|\bnot (in|part of) (any|a|the) (partner )?program\b|\bnot (a|an mpn) (partner|member)\b|(멤버십|파트너십|역량)(이|은|도)? ?(없|아직 없)|파트너가 아니|(파트너 ?)?프로그램 ?(멤버|회원)가 아니/i;
/** Microsoft 365 named ("M365", "Exchange Online", "익스체인지 온라인"). */
const M365_NAMED = /\bm365\b|microsoft 365|office 365|\bo365\b|exchange online|sharepoint online|\bteams admin center\b|익스체인지 ?온라인|마이크로소프트 ?365|오피스 ?365|\bteams (calls?|meetings?|call quality|phone system|voice|rooms?|outage|is down|went down|problem|issue)\b|팀즈 ?(통화|회의|장애|오류|문제)|teams ?(통화|회의|장애|오류|문제|건)/i;
/** What comes after 2021: "going forward", "instead", "legacy", "앞으로", "없어지나요", "대신". */
const TODAY_OR_LATER = /going forward|from now on|in (the )?future|\binstead\b|\blegacy\b|\bstill (renew|buy|purchase|sold|available|exist)|\bretir|\breplac|앞으로|없어지|없어졌|사라지|사라졌|대신|레거시|지금은|요즘은/i;
/** A question about what an offer gives or costs, not about the org's own line. */
const REMAINING_FREE = /\b(give|gives|include|includes|cost|costs|price|get with)\b|주나요|포함|가격|얼마/i;
/** "Now" that is not about today's program: "what now?", "right now", "we're Silver now", "today, June 2021". */
/** A role asked for entering the IDs ("do I need to be an admin to add the contract?", "계약 추가하려면 관리자 권한 필요해요?"), not for activating. */
export const ROLE_TO_ENTER = /\b(need|have|must|required?)\b.{0,30}\b(admin|role|permission)s?\b.{0,40}\b(add|enter|link|register|put in)\b.{0,30}\b(contract|ids?|access id)\b|\b(add|enter|link|register)\b.{0,10}\b(the )?(contract|ids?|access id)\b.{0,40}\b(need|require)s?\b.{0,20}\b(admin|role|permission)|(계약 ?추가|입력|등록|연결)[^.?!]{0,25}(관리자|권한|역할)[^.?!]{0,10}(필요|있어야)|(관리자|권한|역할)[^.?!]{0,10}(필요|있어야)[^.?!]{0,25}(계약 ?추가|입력|등록|연결)/i;
/** "(today, June 2021)", "지금 2021년": the asker's today is the 2021 program's. */
export const TODAY_IS_2021 = /\b(today|now|currently)\b[,:]?\s+(is\s+)?(in\s+|as of\s+)?([a-z]+\s+)?(\d{1,2},?\s+)?2021\b|(지금|오늘|현재)[은는이]?,? ?2021/gi;
const NOT_TODAY = new RegExp(String.raw`\b(open|file|raise|submit)\b[^.?!]{0,30}\btoday\b|오늘|\bwhat now\b|\bnow what\b|\bright now\b|지금 ?바로|당장|지금 (열|쓸|써|사용|만들|티켓)|\buntil now\b|\bso far\b|\b(has|have|had|is|are|was|were) now\b|지금까지|여태|이제까지|\b(we'?re|we are|i'?m)\b[^.?!]{0,30}\bnow\b|${TODAY_IS_2021.source}`, 'gi');
/** Today asked about ("now", "2026", "지금"), but not "what now?" or "we're Silver now". */
function asksNow(text: string): boolean {
  return CURRENT.test(text.replace(NOT_TODAY, ' '));
}
/** A refund supposed ("if it gets refunded", "might get refunded. if that happens …", "환불되면"). */
/** The time allowed to activate, or how long the incidents stay usable. */
const TIME_LIMIT_ASKED = /\bhow long\b[^.?!]{0,40}\b(to|do we have to|have we got to|can we wait to) (activate|redeem|claim|unlock)\b|\b(deadline|last day|by when|how much time)\b[^.?!]{0,30}\b(activate|redeem|claim|unlock)|\bhow long (are|is|do|does) (the |our |those |these )?(incidents?|benefits?|support benefits?|contracts?)\b[^.?!]{0,12}\b(good|valid|last|usable)\b|(언제까지|며칠 ?안에|몇 ?(개월|달) ?안에|기한)[^.?!]{0,20}(활성화|리딤)|(활성화|리딤)[^.?!]{0,15}(기한|언제까지|몇 ?(개월|달))/i;
/** Another role than the one named ("any other role that works?", "who else", "다른 역할은요?", "we do have an admin agent around"). */
const OTHER_ROLE = /\b(other|another|different)\b[^.?!]{0,10}\b(roles?|admins?|person|people|ones?)\b[^.?!]{0,20}\b(works?|can|could|able|activate|allowed)\b|\bany other roles?\b|\bwho else\b|다른 ?(역할|관리자|사람)[^.?!]{0,10}(되|돼|할 ?수|가능|없)|\b(we|i) (do )?have an? admin agent\b|관리 ?에이전트(는|가|도)? ?(있는데|있어요|있거든)/i;
/** How to start with the benefits at all ("혜택 처음 쓰려면 먼저 뭐 해야", "where do we start", "first steps"). */
const FIRST_STEPS = /(처음|맨 ?처음|첨) ?(쓰|사용|이용)[^.?!]{0,12}(먼저|뭐|무엇|어떻게|뭘)|(혜택|지원|인시던트)[^.?!]{0,10}(뭐|무엇|뭘)부터|\b(first steps?|get(ting)? started|where (do|should) (we|i) (start|begin))\b[^.?!]{0,40}\b(benefits?|support|incidents?)\b|\b(benefits?|support|incidents?)\b[^.?!]{0,40}\b(first steps?|get(ting)? started|where (do|should) (we|i) (start|begin))\b|\bwhat (do|should) (we|i) do first\b/i;
/** Surprise that a balance is already used ("wait we used them already?", "did we really use them all?", "벌써 다 썼어요?"). */
const USED_ALREADY = /\b(we|i|they)('ve| have)? (already )?used (them|it|those|these|all( of them)?)( all| up)? already\b|\bused (them|it|those) (all |up )?already\b|\bdid (we|they) (really |actually |already )?use (them|it|those|these) (all|up)\b|\bwe used (them|it|those) (all )?up\s*[?？]|(벌써|이미) ?(다 ?)?(썼|쓴|사용했)(어요|나요|다고|다구|는지|어|음)?\s*[?？]|(다|모두|전부) ?(썼|쓴 ?거|사용했)(어요|나요|다고|다구|는지)?\s*[?？]/i;
/** A customer's tenant or the CSP side named ("their subscription", "고객 테넌트", "admin agent"): not the company's own records. */
const CUSTOMER_TENANT = /subscription|tenant|구독|테넌트|\bcsp\b|admin agent|관리 ?에이전트/i;
/** The company's own contract checked ("우리 지원계약 살아있는지", "is our support contract still valid", "are we actually covered?"). */
const OWN_CONTRACT_CHECKED = /(우리|저희) ?(회사 ?)?(지원 ?)?계약[^.?!]{0,12}(살아|유효|만료|괜찮|문제 ?없)|\b(is|are) (our|the) (support |partner )?(contract|benefits?) (still )?(valid|active|alive|ok|okay|good)\b|\bare we (actually |really |still )?covered\b/i;
/** Refunds left out of a count ("excluding refunds", "환불된 거 빼면"). */
const REFUNDS_LEFT_OUT = /\b(leave|leaving|left|take|taking|took) out\b[^.?!]{0,20}\brefund|\b(excluding|exclude|without|not counting|minus|net of|apart from|except( for)?)\b[^.?!]{0,20}\brefund|\brefund\w*\b[^.?!]{0,20}\b(excluded|aside|taken out|left out|not counted)\b|환불(된|받은|처리된|처리 ?된)? ?(거|것|건|분|건수|인시던트)?(은|는|을|를)? ?(빼|제외|제하|말고)/i;
export const REFUND_WHAT_IF = /\b(if|once|when|suppose|assuming)\b[^.?!]{0,60}\b(refund\w*|credited|given back|(get|gets|got) (it|that|the incident|that incident|an incident|one) back|clos(e|es|ed) (it |that )?as (a )?(bug|duplicate|dupe))\b|\b(refund\w*|credited|given back)\b[^?!]{0,40}\b(if (that|it|so)|what then|where (do|would|will) we)\b|환불(이 ?)?(되면|된다면|되더라도|받으면|해 ?주면|처리되면)/i;
/** Whether a number of requests is covered ("is that enough?", "will our remaining incidents cover that?", "충분해요?"). */
export const ENOUGH_ASKED = /\bcan (we|i|they) (still )?afford\b|\bafford (that|this|it|them)\b|\b(is|are|will|would) (that|this|it|they|those|our [\w-]+( [\w-]+)?) (be )?(enough|sufficient)\b|\benough\s*[?？]|\b(will|would|does|do|can|could) (our |the |it |that |this )?([\w-]+ ){0,3}cover (that|this|it|them|those|us|all|every|each)\b|\b(are|is) (they|we|it|that|those) covered\b|충분(할까|해요|한가|하나|할지|하죠)|모자라(지|나|요|려나)|부족(할까|하지|해요|한가)/i;
/** A role's name asked ("is that role still called that?", "그 역할 지금은 이름 뭐예요?"). */
export const ROLE_NAME_ASKED = /\b(my|our|the|this|that) role\b.{0,25}\b(called|named|name)\b|\bwhat('?s| is) (my|the) role\b.{0,20}\b(now|today|called)\b|역할.{0,10}(이름|명칭|뭐라고|어떻게 불)/i;
/** Moving between memberships ("move up to Gold", "what do we gain", "업그레이드하면"). */
const UPGRADE = /\b(move|moving|go|going|step|stepping) up\b|\bupgrad|\bgain\b|\bget more\b|\bdifferen|\bcompar|\bvs\.?\b|\bversus\b|\b(going|go|move|moving|switch\w*) (to )?(gold|silver)\b|\bwhat changes\b|\bworth it\b|올라가|업그레이드|차이|비교|더 받|(골드|실버)로 (가|올리|바꾸|전환)|(골드|실버) ?(따면|되면)/i;
/** Switching the signed-in account ("where do I switch?", "다른 계정으로 어떻게 바꿔요?"). */
/** "Switched accounts, it works now — but …": the account problem is solved, what follows is a new question. */
/** "The cheapest way to get incidents?": today's offers with their prices. */
/** Today's program named outright ("in today's program", "요즘 프로그램에선", "MAICPP"). */
const PROGRAM_NAMED = /\b(today'?s|current|new|2026'?s?) (partner )?program\b|\bin the (new|current) program\b|(요즘|지금|현재|새|신규|2026 ?년?(의|에|도)?) ?(2026 ?년? ?)?(파트너 ?)?프로그램|\bmaicpp\b|ai cloud partner program|ai 클라우드 파트너 프로그램/i;
/** A rule of today's program asked about (how long it lasts, refunds, prices, which offers, on-premises). */
/** Today's program in other words ("in the new world", "the new progrm"). */
const NEW_WORLD = /\b(in|on|under) the new (world|model|setup|scheme|structure|progr?a?m)\b|\b(today'?s|todays|current|new) progr?a?m\b|(지금|요즘|현재|새) ?(제도|체계|기준)(으로|에선|에서는|이면|라면|으로는)/i;
/** A rule of today's program asked about (validity, refunds, prices, which offers): today's rules, not a 2021 term's counterpart. */
const RULE_ASKED = /\bvalid|유효|기간|\bexpir|만료|\brefund|환불|돌려 ?받|\bprice|\bcost|얼마|가격|비용|\bcheap|싼|저렴|\b(which|what) offers?\b|어떤 오퍼/i;
const PROGRAM_RULE = new RegExp(`${RULE_ASKED.source}|on[- ]?prem|온-?프렘|온-?프레미스`, 'i');
/** A price asked ("how much is that?", "what would that cost us per year?", "얼마예요?"). */
const PRICE_ASKED = /\bhow much\b|\bcosts?\b|\bprices?\b|\bfees?\b|\bper year\b|얼마(?! ?(동안|나|간))|가격|비용|요금/i;
/** Customer workloads other than Azure ("non-azure workloads", "애저 말고 다른 워크로드"). */
export const NON_AZURE = /non-?azure|other workloads?|\bgdap\b|(다른|기타) ?워크로드|애저 ?(말고|외|이외)|azure (말고|외)/i;
/** The paid partner support plans named ("Premier", "Advanced Support for Partners", pay-per-incident). */
const PAID_NAMES = /premier|advanced support|\basfp\b|\bpsfp\b|unified|pay[- ]?per[- ]?incident|\bppi\b|유료|프리미어|어드밴스드|인시던트당|건별/i;
/** Which support plan to pick when opening a request. */
export const PLAN_PICK = /(플랜|plan).{0,15}(뭐|무엇|어떤|어느).{0,10}(골라|선택|고르|나와|보여|떠)|\b(what('s| is| should| will| would)?|how) (the |our |my )?plan (be |is |gets? )?(called|named|listed|labell?ed|shown)\b|\bwhat (is|'s) the plan'?s? name\b|\bplan name\b|플랜 ?(이름|명)(이|은)? ?(뭐|무엇|어떻게)|(플랜|plan) ?(선택|고를) ?때|\b(which|what) (support )?plan (do|should|will|would) (i|we) (pick|choose|select|see)\b|\b(which|what) plan (shows|appears|should (show|appear))\b|\bplans?\b[^.?!]{0,40}\bwhich one (do|should|would) (i|we) (pick|choose|select|use)\b/i;
const CHEAPEST = /\b(cheapest|least expensive|lowest[- ]cost|most affordable)\b|(제일|가장) ?(싼|저렴)/i;
/** "Lidia Holloway는 안돼요?", "리디아 씨는 못 해요?": a person named, and whether they can. */
const PERSON_CAN = /(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[가-힣]{2,5} ?(?:씨|님))(?:은|는|도|씨는|님은|님도|씨도)? ?(?:안 ?(?:돼|되|될)|못 ?(?:해|하)|불가|할 ?수 ?(?:없|있)|가능)|[가-힣]{2,6}(?:이|가|은|는|도) (?:하면|해도|하는 ?(?:건|거|게)) ?(?:안 ?(?:돼|되|될)|못|불가)/;
/** A product version past what the benefit covers ("out of mainstream support", "N-2", "두 버전 전"). */
/** A server product of 2012 or before ("Exchange 2010", "SharePoint Server 2010", "SQL Server 2008 R2"): past mainstream support. */
const OLD_PRODUCT = /\b(exchange|sharepoint|sql|windows server|skype for business|lync|dynamics (ax|crm|nav|gp))( server)? ?(200\d|2010|2012)\b/i;
const OLD_VERSION = /mainstream|메인스트림|\bn-[2-9]\b|out of (mainstream )?support|\bold(er)? version|\b(end of|past) (mainstream )?support\b|오래된 버전|두 버전 전|이전 버전|구버전|지원(이)? 끝난|지원 종료된/i;
/** Topics that answer a portal message. */
const MESSAGE_TOPICS: ReadonlySet<string> = new Set(['no-benefits', 'not-authorized', 'access-id-error', 'plan-expired', 'supported-products']);
/** The CSP program named ("CSP only", "the Cloud Solution Provider plan"). */
export const CSP_NAMED = /\bcsp\b|cloud solution provider|클라우드 솔루션 공급자/i;
/** A portal message's topic about the account or the contract (the product-scope message aside): waiting, a next step, a permission. */
const isMessageTopic = (t: string | undefined): t is IntentId => t !== undefined && t !== 'supported-products' && MESSAGE_TOPICS.has(t);
const CSP_WORDS = /\bcsp\b|customer|client|고객/i;
const RESOLVED = /(했더니|하니까|하니|들어가니(까)?|바꾸니(까)?|바꿨더니) ?(됐|되네|되요|돼요|보여|보이|나와|나오|떠요|뜨네)|됐어요|됐네요|보이네요|\b(found it|switched|that worked|it worked|it works( now)?|works now|fixed it|now it shows|i can see (it|them) now)\b/i;
const SWITCH_ACCOUNT = /\bswitch\b|\bchange (the |my )?(account|user|login)\b|\bother account\b|\banother account\b|\bsign (in|out)\b|다른 계정|계정 ?(전환|변경|바꾸|바꿔)|로그아웃|전환/i;
/** Linking the IDs again ("can I just re-link the ids?", "다시 연결하면 돼요?"). */
const RELINK = /\bre-?(link|add|register|enter)(ing|ed|s)?\b|\b(link|add|enter|register)(ing)? (it|them|the ids?|our ids|the contract)? ?again\b|다시 (연결|등록|입력|추가|넣)|(연결|등록|입력|추가)(을|를)? ?(한 ?번 ?)?다시|재연결|재등록/i;
/** "Who can do that?", "누가 할 수 있어요?": who may activate. */
const WHO_CAN = /\bwho (can|could|should|is able to|has to|needs to|is allowed to) (do|activate|renew|handle|fix|reactivate) (it|that|this|them)?\b|누가 (할 수|해야|하나요|하죠|해요|활성화)/i;
/** Submitting the check request ("do I actually have to submit it?", "제출해야 돼요?"). */
const SUBMIT = /\b(submit|send)\b.{0,15}\b(it|this|that|the request|the form|the ticket)\b|\b(will|would|does) (it|that|this)\b.{0,15}\b(create|open|submit|make)s? (a |an )?(real |new )?(ticket|request|case)\b|\bstep by step\b|제출(해야|하나|해요|까지)|제출(은|을|버튼(은|을)?)? ?(누르면|눌러도|하면) ?(안|되)|\b(don'?t|do not|never|shouldn'?t) (hit |click |press )?submit\b|끝까지 (진행|해야)|(티켓|요청|케이스)(이|가)? ?(생성|만들어|열리|접수)(되는|지는|지나|나요|되나|돼요)|순서대로/i;
/** "What do they get once activated?", "활성화하면 뭐 받아요?": what the membership gives. */
/** What an offer would give ("what would action pack get us", "골드면 뭐 받아요?"). */
const OFFER_GIVES = /\bwhat (do|will|would|does|could) (we|they|i|he|she|it|that|action pack|silver|gold)\b.{0,12}\b(get|give|receive|include|come with)\b|\bhow many\b|(뭐|뭘|무엇을|무엇이|뭐가|몇 ?(개|건)) ?(받|생기|주나|나오|줘)/i;
const WHAT_GET = /\bwhat (do|will|would|does) (we|they|i|he|she|it) (actually |really )?(get|receive|gain)\b|\bhow (much|many) (will|would|do) (we|i|they) (actually )?(have|get)\b|\bwhat does (it|that|activation) (give|unlock)\b|(뭐|뭘|무엇을|무엇이|뭐가) ?(받|생기|주나|나오)/i;
/** The IDs asked for ("what is our access id again?", "계약 ID 다시 알려줘요"). */
const IDS_ASKED = /\b(what('?s| is| are| were)|tell me|give me|show me|send me|remind me( of)?)\b.{0,25}\b(access|contract) ?ids?\b|(access|contract|액세스|계약) ?(id|아이디).{0,25}(알려|보여|뭐예요|뭐에요|뭐였|뭔가요|뭐죠)/i;
const CLOUD = /\bazure\b|\bcloud\b|애저|클라우드/i;
/** "And on-prem versions?" asks which products are covered, not a count. */
const VERSIONS = /version|\bn-\d|버전|지원 ?대상|products?\b(?! support)|제품(?! ?지원)/i;
/** "Do I need to link our Contract ID first?": a step before the procedure the last answer gave. */
const FIRST = /\b(do|does|should|must) (i|we|he|she|they|you) (need|have) to\b.{0,60}\b(first|before( that)?)\s*\??\s*$|^\s*(first|before that)\b|먼저.{0,20}(해야|필요|하나요|돼요|되나요)|그 ?전에/i;
/** The account someone is signed in with: the fix for "no benefits" and "not authorized" ("where do I switch accounts?"). */
const ACCOUNT = /\baccounts?\b|sign(ed)?[- ]?in|log(ged)?[- ]?in|\btenants?\b|계정|로그인|테넌트/i;
/** "Linked ok. now how do I open the ticket?", "등록했어요. 이제 뭐 해요?": a step done, the next one of the same procedure asked. */
const DONE_NEXT = /^\s*(연결|추가|활성화|등록|입력)(하고|한) ?(나서|다음|뒤|후에?)|^\s*after (linking|adding|activating|registering) (it|them)?\b|^\s*(ok(ay)?|done|got it|did (it|that)|(i |we )?(linked|added|activated|registered|entered|did)( it| them| that)?( ok)?|thanks|great|perfect|alright)\b[^?.!,]{0,20}[.,!]?\s+(now|then|next|and now|so)\b|^\s*(됐|했|완료|연결했|추가했|활성화했|등록했|입력했|알겠)[가-힣]*[.,!]?\s+(이제|그럼|그러면|그 ?다음|다음은)/i;
/** "Do I need to enter our Access ID?", "계약은 안 넣어도 돼요?": whether the IDs are needed. */
const IDS_NEEDED = /(access ?id|contract ?id|\bids?\b|\bcontract\b|액세스 ?id|계약|아이디).{0,25}(need|have to|required|necessary|link|넣어야|넣어|입력해야|연결해야|등록해야|필요|안 ?넣|없어도|돼요|되나요)|\b(need|have to|must)\b.{0,20}(access id|contract id|\bids?\b|contract)/i;
/** "Which support plan do I pick?": after the CSP answer, the CSP plan. */
const WHICH_PLAN = /\bwhich (support )?plan\b|(어떤|무슨) (지원 )?(플랜|계획)/i;
/** "When did we last use one?", "list the incidents we opened with dates", "사용 내역", "환불된 건 언제였어요?": the requests on record. */
const HISTORY = /\b(who|when) (opened|used|filed|raised|logged|created)\b.{0,20}\b(last|latest|first|that|the|this)\b|\b(the )?(last|latest|most recent) one (we|they|you) (opened|used|filed)\b|\b(did|have) (we|they|you)\b.{0,12}\b(ever )?(get|got|had)\b.{0,30}\b(refund|credited|credit back|returned)|\b(did|has|have) (anyone|anybody|someone|somebody)\b.{0,10}\b(ever |already )?(use|used|open|opened|file|filed)\b|\b(has|did|have) (that|this|it) (ever )?happen(ed)? (to us|to our|before)|\b(did|have|has) (we|they|i) (get|got|gotten|receive|received) (it|that|them|one|the incident|an incident|that incident|the case|that case|that one|the ticket|that ticket|our incident|the credit)s? back\b|\bwhen (we|they|i) (used|opened|filed|raised)\b|\bdid (the|that|our|this|my)\b.{0,40}\bget (refunded|credited)\b|\bdate of (the )?last (use|request|incident)\b|\blast used date\b|마지막 ?(사용|이용)(일|한 ?날|한 ?날짜)|마지막으로 ?(쓴|사용한) ?(날|날짜|게)|^\s*(please )?(list|show( me)?|give me|pull up) (all )?(of )?(our|my|their|the) (incidents|cases|tickets|requests)\b|(돌려 ?받았|돌아왔|환불(됐|되었|받았))(나요|어요|는지|을까요|죠|습니까)|\b(did|have) we\b.{0,10}\b(ever |already )?(use|used|open|opened)\b.{0,40}\b(yet|before|so far)\b|(누가|누구).{0,10}(써 ?본|사용해 ?본|쓴 ?적|사용한 ?적|열어 ?본)|(써 ?본|사용해 ?본|열어 ?본) ?적|(환불된|환불받은|환불 받은|돌려받은|차감 취소된|돌아온) ?(건|거|게|것|인시던트|케이스|티켓|요청)[가-힣 ]{0,6}(있|없)|\b(was|were|has|have) (it|that|they|those|one|any)( \w+)? (been )?refunded\b|\blast (incident|case|ticket|request)\b|(최근|마지막|마지막으로).{0,12}(인시던트|케이스|요청|티켓|건).{0,10}(언제|날짜)|\bwhen (did|was|were|have|had)\b.{0,40}\b(use|used|open|opened|file|filed|refund|refunded|raise|raised|log|logged|consume|consumed|spend|spent|burn|burned|burnt|deduct|deducted|charged)\b|\b(list|show|see|view|give me|pull up)\b.{0,30}\b(incidents|cases|tickets|requests|usage|history)\b.{0,30}\b(used|opened|refunded|dates?|history|so far)\b|\b(usage|incident|ticket|case|request|consumption) (history|log|list|record)s?\b|\b(which|what) (of (our|the|my) )?(\w+ ){0,2}(incidents|cases|tickets|requests|ones?)\b.{0,30}\b(used|opened|refunded|counted|count|counts|deducted|charged)\b|\bwith (the )?dates\b|(사용|이용|차감|환불|소진) ?(내역|이력|기록|목록|날짜|일자)|(인시던트|케이스|티켓|요청) ?(내역|이력|목록|리스트)|언제.{0,20}(썼|사용했|사용한|사용됐|사용된|열었|열린|환불|차감|쓴|소진)|(썼|사용했|사용한|환불된|환불됐|차감된|열었|쓴) ?(건|거|게|것|인시던트|케이스)?[가-힣 ]{0,12}(언제|날짜)|(환불된|환불받은|사용한|쓴|열었던) ?(건|거|게|것|인시던트|케이스)(은|는|이|가)? ?(어떤|무슨|뭐)|\bwhich (one|ones|incidents?|cases?|requests?|tickets?) (was|were|got|has been|have been) (refunded|used|opened|credited)|\b(which|what)( ones?| incidents?| cases?| tickets?| requests?)? (did|have) (we|they|you|i) (already )?(use|used|open|opened|file|filed|raise|raised|spend|spent|burn|burned)\b/i;
/** The speaker's own requests: "we", "our", or Korean (which leaves the subject out). */
/** The usage history named outright ("litware usage history + dates", "show me the history", "사용 내역"): whose is the records' org. */
const USAGE_HISTORY = /\b(usage|request|incident|ticket|case) (history|log)\b|\b(history|list|log) of (the |their |our )?(incidents|requests|tickets|cases|usage)\b|^\s*(ok |and )?(show|give|send|pull up|list)( me| us)? (the |their |our )?(usage |request |incident )?history\b|(사용|이용|요청|인시던트) ?(내역|이력|히스토리)|(썼|사용했|열었|쓴)(는지|던)?.{0,8}(내역|이력)/i;
const OWN_REQUESTS = /\b(we|our|us|my|i|they|their|them|anyone|anybody|someone|somebody)\b|[가-힣]/i;
/** "When was the hybrid one?" after a balance: a date of a request, not the contract's end. */
/** Years ("back in 2021"), which are no counts. */
export const YEAR_WORDS = /\b(19|20)\d\d\b|20\d\d ?년/g;
/** "When …", "언제", "what date": a date asked. */
const WHEN_ASKED = /\bwhen\b|언제|\bdate\b|날짜|시기/i;
const WHEN_USED = /^\s*(and |so |ok,? )?when\b|언제/i;
const VALIDITY_WORDS = /expir|valid|until|\bend|renew|activat|만료|유효|까지|끝나|갱신|활성화/i;
/** Words of stopping ("cancel", "never mind", "그만"): without one, "cancel" is the classifier's guess ("the on-prem one"). */
const CANCEL_WORDS = /cancel|\bstop\b|\bquit\b|\bexit\b|never ?mind|forget (it|that)|start over|restart|\babort\b|취소|그만|됐어|됐습니다|중단|처음부터|다시 시작/i;
/** A correction of the question before ("no wait, I meant on-prem, not azure", "아 온프레미스 말한 거였어요"). */
export const CORRECTION = /\b(i|we) meant\b|\bi mean\b|\bno wait\b|\bactually\b|\bscratch that\b|\bsorry\b|말한 ?(거|것)|말고|아니고|정정|잘못 (말|썼)|죄송/i;
/** A portal or scope named only to be ruled out ("not azure", "클라우드 말고"). */
const RULED_OUT = /\bnot (the )?(azure|cloud|on[- ]?prem\w*)\b|(애저|azure|클라우드|온-?프렘|온-?프레미스) ?(말고|아니고)/gi;
/** How or where to open a request ("how do I open a ticket?", "어디서 요청해요?"), not whether one may. */
const OPEN_HOW = /\bhow\b(?! (many|much|long|often))|\b(where|steps?|process|procedure|first step|what do i do|what should i do|what now)\b|\b(need|want|have) to (open|file|raise|create|submit|log)\b|어떻게|어디|방법|절차|뭐부터|뭘 해야|뭐 해야|열고 싶|열어야/i;
/** Topics about what a membership gives, where "and on-prem?" asks for its on-premises count. */
const COUNTED: ReadonlySet<string> = new Set(['check-benefits', 'link-azure', 'cloud-competencies', 'action-pack-cloud', 'plan-expired', 'renamed']);
/** Answers that tell an org its benefits are not activated yet: "who has to do it?" asks who activates. */
/** Answers that showed (or could show) the asker's own contract: what follows is about that contract. */
/** Someone said or thought the benefits were activated ("I thought Lee Gu activated it already"). */
const ACTIVATED_CLAIM = /\b(i|we) (thought|think|assumed|heard|was told)\b[^.?!]{0,40}\b(activated|turned (it |them )?on|enabled)\b|\b(says|said|told me|told us)\b[^.?!]{0,20}\b(he|she|they|it was|it's|its)\b[^.?!]{0,20}\b(activated|turned (it |them )?on)\b|활성화(했다|해 ?놨다|해 ?뒀다|됐다|되었다)(고|던데|는데|며)|활성화(한|된|했던) ?줄/i;
/** A membership named and then taken back in the same message ("gold - no sorry, silver actually", "골드… 아 아니 실버요"). */
const SELF_CORRECTED = /\b(no|nope|wait),? (sorry|my bad|i mean|actually)\b|\bsorry,? (i mean|actually|it'?s)\b|\bi mean[t]?\b[^.?!]{0,20}\b(silver|gold|action pack)\b|(아 ?)?아니(요|고|다)?,? ?(실버|골드|액션 ?팩)|정정|잘못 ?말했/i;
/** "What do I do first?", "뭐부터 해보면 돼요?": the next step, asked of the last answer. */
const WHAT_FIRST = /\bwhat (do|should|can) (i|we) (do|try|check) (first|now|next)\b|\bwhat('s| is) (the )?(first|next) step\b|\bwhere do (i|we) start\b|\bso what now\b|뭐부터|무엇부터|뭘 ?먼저|(뭐|뭘) ?(하면|해보면|해 ?보면) ?(돼|되)/i;
/** Answers that end in steps to follow (a diagnosis, a how-to). */
const STEPS_TOPICS: ReadonlySet<string> = new Set(['access-id-error', 'plan-expired', 'link-azure', 'open-request', 'activate', 'register-ids', 'csp-customer']);
const RECORDS_THREAD: ReadonlySet<string> = new Set(['check-benefits', 'remaining-incidents', 'activate', 'get-ids', 'plan-expired', 'validity', 'access-id-error', 'open-request']);
/** Presales and deployment advisory (TPD), not support incidents ("Core에서도 기술 영업 준비는 무제한이에요?"). */
const TPD_WORDS = /\btpd\b|presales|pre-sales|technical sales|deployment|advisory|\bhours?\b|기술 ?영업|프리세일즈|배포|자문|시간/i;
/** Colleagues using the company's benefit ("usable by my colleagues too?", "팀원들도 같이 써요?"). */
const COLLEAGUES_USE = /\b(colleagues?|co-?workers?|team ?mates?|teammates)\b.{0,25}\b(use|usable|share|too)\b|\b(usable|use|used|shared?)\b.{0,30}\b(colleagues?|co-?workers?|team ?mates?|only (by )?me)\b|(동료|팀원|다른 ?(직원|사람|분))(들)?(도|이|가)? ?.{0,12}(쓸 ?수|사용(할|해|하)|써도|같이 ?(써|쓰))/i;
/** "클라우드 플랫폼 역량도 따면?", "if we also earn Cloud Platform": a competency the partner would add. */
const EARNED_IF = /(따|취득하|얻|추가하|받)(으)?면|\bif (we|i) (also )?(earn|get|gain|add|obtain)\b/i;
const ACTIVATION_ADJACENT: ReadonlySet<string> = new Set(['remaining-incidents', 'check-benefits', 'validity', 'plan-expired', 'link-azure', 'open-request']);
/** Today's program named outright ("in the 2026 program", "요즘 프로그램 기준으로"), not just "now". */
/** "What is it called now?", "지금은 이름이 뭐예요?". */
const RENAMED_ASKED = /\b(called|named) (now|today|these days|nowadays|in the (new|current) program)\b|\b(action pack|gold|silver|competency|competencies|signature|mpn|maps)('?s)? (replacement|successor)s?\b|\b(replacement|successor)s? (of|for|to) (the )?(action pack|gold|silver|competenc|signature|mpn|maps)|\bnew name\b|\bwhat('s| is) (it|that|this)( benefit| one| line| plan)? called\b|(지금|요즘|현재|이제)(은|는)? ?(포털에 ?)?(뭐라고|이름|명칭)|이름(이)? ?(바뀌|바뀐|바꼈|변경|뭐로|뭐예)|뭐라고 (떠|나와|나오|표시|보여|불려|불리|불러|부르|부릅)|\b(renamed|name changed?)\b|\b(what|which|who) (has |have )?(replaced|succeeded)\b|\breplaced (it|that|them|action pack|gold|silver|competencies)\b|\b(what|which) (are |is )?(the |its |their )?successors?\b|\bsuccessors? (of|to|for)\b|(대체|후속)(한|된|하는|으로|은|는|이)|\b(current|present|today'?s) name\b|\bafter the (re)?name ?change\b|\bafter the rename\b|\bwhat (does|do|is|are|will|would) .{0,40}\b(show|shows|showing|shown) up as\b|\b(old|former|previous) name\b|\bused to be called\b|\bformerly\b|(예전|옛날|이전|원래) ?(이름|명칭)/i;
/** "When did it end?", "does it still exist?", "없어졌다던데". */
const ENDED_ASKED = /어디로 (갔|옮겨)|마지막 ?날|\beven a thing\b|\ba thing any ?more\b|\b(when|what date) (did|was|were)\b.{0,30}\b(end|ended|retire|retired|discontinued|gone|go away|the last day)\b|\blast day of\b|\bstill (a thing|exists?|around)\b|\bdoes\b.{0,25}\bstill exist\b|\b(exist|exists|around) (any ?more|these days|today|now)\b|\b(is|are) (it|they|gold|silver|action pack|competencies) (gone|dead|discontinued)\b|\b(did|have|has) (they|microsoft|ms) (kill|killed|retire|retired|drop|dropped|discontinue|discontinued|scrap|scrapped)\b|\bgot rid of\b|\b(can'?t|cannot|couldn'?t) find\b.{0,50}\b(any ?more|these days)\b|아직(도)? (있|존재)|없어졌|없어진|사라졌|끝났|종료됐|종료되었/i;
/** The 2021 program's own terms (memberships, competencies, the cloud benefit, MPN). */
const OLD_TERMS = /gold|silver|action ?pack|competenc|\bmpn\b|signature|골드|실버|액션 ?팩|역량|시그니처/i;
/** "Does that carry over to the new setup?", "새 프로그램으로 넘어가면": what a 2021 term became. */
const CARRIES_OVER = /\bcarr(y|ies|ied) over\b|\bnew (setup|model|structure|system|rules?)\b|\b(still|also) (apply|applies|valid) (now|today)\b|넘어가면|넘어와서|이어지|그대로 (유지|적용)/i;
/** "What would we buy now to get the same?", "그럼 지금은 뭘 사야 비슷하게 받아요?". */
/** Moving to today's program ("새 프로그램으로 갈아타면 클라우드 생겨요?", "if we switch to the new program"). */
const SWITCH_NEW = /(새|신규|지금|현재|요즘) ?(프로그램|제도|오퍼|멤버십)(으로|로)? ?(갈아타|옮기|옮겨|넘어가|바꾸|바꿔|전환|이동)|\b(switch|move|migrate|transition|upgrade)\w* (over )?to (the )?(new|current|today'?s) (program|offers?|membership)/i;
const BUY_NOW = /\b(what|which)\b.{0,30}\b(buy|purchase|get|offer)\b.{0,30}\b(now|today|these days|instead|same|similar|like that|equivalent)\b|(지금|요즘|이제)(은|는)?.{0,15}(뭘|뭐를?|어떤 ?(걸|것|오퍼)).{0,10}(사야|구매|가입|받)|(비슷하게|똑같이|같은 ?혜택).{0,10}(받|사|얻)/i;
/** A request closed as a bug or a duplicate ("turns out to be a product bug", "버그로 판명되면"). */
const REFUND_CASE = /\b(turn(ed|s)? out|closed|confirmed|found) (to be |as )?(a |it'?s a |it was a )?(product |known )?bug\b|\bif\b.{0,30}\bbug on (their|microsoft'?s|ms'?s?|the product'?s?) (side|end)\b|\b(closed|marked) as (a )?duplicate\b|버그(로|였|라고|라면|이면|면|인 ?경우)|중복(으로|이었|이라|이면|건)/i;
/** "What do we do now?", "지금 방법 있어요?". */
const WHAT_NOW = /\bwhat (do|can|should) (we|i) (need to |have to )?do\b|\bany (way|option)s?\b|\bwhat are (my|our|the) options\b|방법|어떻게 (해야|해요|하나요|하죠|하면)|뭘 해야/i;
/** Cloud products named ("for Azure", "클라우드에"): on-premises incidents asked about cloud use. */
const CLOUD_ONLY_WORDS = /azure|애저|\bcloud\b|클라우드|dynamics|m365|office 365/i;
/** The IDs named ("the ids", "액세스 ID"). */
export const IDS_WORD = /\bids?\b|access id|contract id|아이디|액세스|계약 ?id/i;
/** Product versions named ("N-2", "really old versions", "버전"): which versions are covered, not a 2021 term's counterpart. */
/** The 2021 memberships, which ended or were retired later ("exact date that ended?"). */
const OLD_OFFERS: ReadonlySet<string> = new Set(['gold', 'silver', 'action-pack']);
/** A rule recalled from the past or doubted ("2021년엔 무제한이었다던데 진짜예요?"): not a question about one's own line today. */
const PAST_TOLD = /\b20\d\d\b|20\d\d ?년|진짜|정말|really|\bused to\b|\bwas\b|\bwere\b|(었|였)(다|는데|잖)/i;
const VERSION_WORDS = /\bversions?\b|\bn-\d\b|버전/i;
/** One per person ("엔지니어마다", "each engineer"): the IDs are shared, not renewed. */
/** The same IDs for someone else ("can he use same Access ID / Contract ID or we need new one?"): sharing, not renewal. */
const OTHER_PERSON = /\b(team ?mate|team member|colleague|co-?worker|new (guy|hire|engineer)|he|she)\b|동료|팀원/i;
const SAME_IDS_OTHER = new RegExp(`\\bsame (access |contract )?ids?\\b|\\bsame access id\\b|같은 ?(아이디|id|액세스|계약)|${OTHER_PERSON.source}`, 'i');
const EACH_PERSON = /마다|각자|각각|\b(each|every|per) (engineer|person|user|colleague|employee|member)s?\b/i;
/** Buying support ("what should we buy", "뭘 사면 돼요", "더 받으려면"). */
const BUY_MORE = /\b(buy|purchase|get more|pay for)\b|(뭘|뭐|무엇을?|어떤 ?걸) ?(사|구매|구입)|사야|(구매|구입)해야|더 받/i;
const PROGRAM_NOW = /current program|new program|\b2026\b|\bmaicpp\b|ai cloud partner|(현재|새|요즘|지금|2026년?) ?(프로그램|기준)/i;
/** "I'm just a user, can I do it?", "제가 해도 돼요?": whether the speaker may do what the last answer described. */
const DO_IT = /\bcan (i|we|they|he|she) (do|use|open|file|handle) (it|that|this|one)\b|\b(do|does|must) (i|we|he|she) (have to|need to) be\b|제가 (해도|하면|할 수)|저도 (할|되|돼)/i;
/** "What do we have then?", "그럼 우리는 뭐가 있어요?": the speaker's own benefits. */
const WHAT_WE_HAVE = /\bwhat (do|did|can) we (have|get|use)\b|(우리|저희)(는|가|한테)? ?(뭐|뭘|무엇|무슨 혜택)(이|가|을|를)? ?(있|받|쓸|쓰|사용)/i;
/** "Our company?", "우리 회사는요?": the speaker's own organization. */
const OWN = /\b(our|my) (own )?(company|org|organi[sz]ation|firm|membership)\b|\b(for|about) us\b|(우리|저희) ?(회사|조직|쪽|꺼|거|건)/i;
/** Topics whose answers have a cloud part of their own ("and cloud?" asks for it). */
const CLOUD_PARTS: ReadonlySet<string> = new Set(['check-benefits', 'remaining-incidents', 'current-program', 'renamed', 'link-azure', 'cloud-competencies']);
/** Topics with side effects: only ever chosen outright, never as a guess. */
const UNGUESSED: ReadonlySet<string> = new Set(['human', 'ticket-status', 'cancel']);
/** A best guess this good is answered (with the runner-ups as buttons) rather than "didn't get that". */
const GUESS = 0.45;
/** Below this a short question right after an answer is read as about that answer rather than as a guess at another topic. */
const WEAK = 0.6;
/** Below this nothing in the words is about partner support ("what is for lunch"). */
const FAINT = 0.25;
/** Above this a recognized topic beats a cue follow-up that continues nothing in particular. */
const PLAIN = 0.6;
/** Above this the classifier's pick of another topic beats a short follow-up reading. */
const CONFIDENT = 0.85;

/**
 * The membership the partner told us about earlier in the conversation ("we're a Silver partner
 * with Data Analytics"): it fills in what a later question leaves out, never what it names.
 */
export interface Profile {
  offer?: string | undefined;
  /** A current-program offer the partner said they hold ("we have Success Core"). */
  currentOffer?: string | undefined;
  competencies?: string[] | undefined;
}

function withProfile(ask: TopicAsk, profile: Profile): TopicAsk {
  if (!topicOf(ask.topic).takesOffer) return ask;
  const offer = ask.offer ?? profile.offer;
  const competencies = ask.competencies.length ? ask.competencies : (profile.competencies ?? []);
  const facts = offer && ask.topic === 'access-id-error' && !ask.facts.offer ? { ...ask.facts, offer } : ask.facts;
  return { ...ask, offer, competencies, facts };
}

/** What a turn tells about the partner's membership, added to what was known. */
export function updatedProfile(profile: Profile, entities: Recognition['entities']): Profile {
  return {
    ...profile,
    ...(entities.offer ? { offer: entities.offer, currentOffer: undefined } : {}),
    ...(entities.currentOffer && !entities.offer ? { currentOffer: entities.currentOffer, offer: undefined } : {}),
    ...(entities.competencies.length ? { competencies: entities.competencies } : {}),
  };
}

/** The route rules' expressions are tried on a message with a first check on their plain text (literal-gate.ts). */
const gate = inlineGate();
/** Words in a message (the rules ask it many times for one message: the last answer is kept). */
let lastWords = { text: '', count: 0 };
const words = (text: string) => {
  if (lastWords.text !== text) lastWords = { text, count: text.trim().split(/\s+/).length };
  return lastWords.count;
};
/** Supposing an offer was bought ("if we'd only bought Core", "what if we had Expanded", "코어만 샀으면요?"). */
const HYPOTHETICAL = /\b(if|suppose|supposing|what if)\b|\bwould (we|i|they) (get|have)\b|(샀|구매했|구입했|가입했|였|이었|했)(더라면|으면|다면)|(사면|산다면|바꾸면|갈아타면)/i;
/** A colleague's own account already linked, or the IDs being one account's only. */
const COLLEAGUE_LINKED = /(동료|팀원|직원|다른 (사람|분|직원)|\b(colleague|coworker|co-worker|teammate|someone else)\b)[^.?!]{0,40}(자기|본인|his|her|their|own)[^.?!]{0,10}(계정|account)|(한|하나의|한 ?개) ?계정(에|에서)만|\bonly (one|a single) account\b|(저|나|제 계정)(는|도) ?(못|안) ?(써|쓰|사용)/i;
/** "He swears he never added the contract anywhere before": a link denied, which the records can show. */
const NEVER_ADDED = /\b(never|didn'?t|did not) (ever )?(add|added|link|linked|enter|entered)\b/i;
/** Which sign-in account Partner Center wants for the benefits page. */
const PC_ACCOUNT = /\b(which|what|whose) (account|login|sign-?in|user)\b.{0,40}\b(partner center|pc|benefits? page|technical benefits)\b|\b(partner center|benefits? page)\b.{0,40}\b(which|what) (account|login)\b|(파트너 ?센터|파센|혜택 ?페이지)[^.?!]{0,25}(어떤|무슨|어느) ?계정|(어떤|무슨|어느) ?계정[^.?!]{0,25}(파트너 ?센터|파센|기술 ?혜택)/i;
/** The last sentence of a text ("we never bought one tbh. so what are our options" → "so what are our options"). */
const lastSentence = (text: string) => text.trim().split(/[.!?;]\s+/).at(-1) ?? text;

/** A long message whose last sentence, a short one, asks it ("…our team has been busy lately. If we open 3 next month, how many are left?"). */
function asksLast(text: string, pattern: RegExp): boolean {
  const last = lastSentence(text);
  return pattern.test(last) && words(last) <= 30;
}

function shortText(text: string): boolean {
  return words(text) <= 6;
}

function merged(last: LastTopic | undefined, topic: IntentId, facts: TriageFacts, text: string): TriageFacts {
  if (last?.topic !== topic) return facts;
  const before = last.facts as TriageFacts | undefined;
  // Where the message appeared was said with the message: a portal named later ("SfB shows it expired") is where something else was seen.
  const later = facts.location !== undefined && !MESSAGE_NAMED.test(text);
  const { location: _seenElsewhere, ...rest } = facts;
  return { ...before, ...(later ? rest : facts), ...(later && before?.location ? { location: before.location } : {}) };
}
/** The message itself named again ("the error shows in SfB too", "오류가 SfB에서도 떠요"). */
const MESSAGE_NAMED = /\b(error|message|says|saying|popped|pops)\b|already associated|오류|에러|메시지|문구|이미 연결/i;

/**
 * The recognizer's reading corrected by what the words and the conversation make plain: a
 * question is not "cancel"; a count question naming a membership asks what it includes, not what
 * is left ("how many Azure tickets with Gold?"); a current-program offer named, or held by the
 * speaker ("we have Success Core" … "how many cloud tickets?"), makes it a current-program question.
 */
function reread(text: string, recognition: Recognition, last: LastTopic | undefined, profile: Profile): Recognition {
  const has = gate(text);
  // The classifier's "cancel" for a question ("who can see it?") is a guess: cancelling is a command.
  if (recognition.intent === 'cancel' && (has(QUESTION) || words(text) > 4 || (text.trim() !== '' && !has(CANCEL_WORDS)))) recognition = { ...recognition, intent: 'none', score: 0 };
  if (recognition.intent !== 'cancel') recognition = { ...recognition, alternatives: recognition.alternatives.filter((a) => a.intent !== 'cancel') };
  // "동료가 이미 저희 ID를 자기 계정에 연결했대요. 전 못 쓰나요?" describes a colleague's link in the message's words: it asks
  // whether the IDs are one account's only (each account links the same IDs once), not about the portal message.
  if (((recognition.error && !recognition.error.exact) || recognition.intent === 'none' || recognition.score < CONFIDENT) && has(COLLEAGUE_LINKED)) {
    const { error: _described, ...rest } = recognition;
    recognition = { ...rest, intent: 'ids-usage', score: Math.max(rest.score, CONFIDENT), ambiguous: false };
  }
  const countQuestion = has(/how many|몇/i) && !has(REMAINING);
  const asks = recognition.intent === 'check-benefits' || (recognition.intent === 'remaining-incidents' && !has(REMAINING)) || (countQuestion && recognition.intent === 'none');
  const held = recognition.entities.currentOffer ?? (recognition.entities.offer ? undefined : profile.currentOffer);
  if (asks && (recognition.entities.offer || held)) {
    recognition = { ...recognition, intent: recognition.entities.offer ? 'check-benefits' : 'current-program', entities: { ...recognition.entities, ...(held && !recognition.entities.offer ? { currentOffer: held } : {}) } };
  }
  // A membership named with nothing else recognized ("gold partner in 2026?"), or stated ("we're a Silver partner with
  // Data Analytics"), asks what it gives.
  const stating = !has(QUESTION) && (recognition.intent === 'cloud-competencies' || recognition.intent === 'none');
  // "But we paid for Silver": the membership held, not paid support.
  if (recognition.entities.offer && recognition.intent === 'paid-plans' && has(/\b(paid for|bought|purchased|signed up for)\b|(샀|구매했|결제했|가입했)/i) && !recognition.error) recognition = { ...recognition, intent: 'check-benefits' };
  // "silver, cloud productivity competency. cloud cases?": a membership and its competency named is a question about its counts.
  if ((recognition.intent === 'cloud-competencies' || (recognition.intent === 'none' && recognition.alternatives[0]?.intent === 'cloud-competencies')) && recognition.entities.offer && recognition.entities.competencies.length && !has(/\bwhich\b|\b(is|are)\b.{0,50}\bcloud competenc|어떤|어느|뭐|무엇|클라우드 역량(인가|이에|이야|이예|예요|맞|이냐|이죠)/i)) recognition = { ...recognition, intent: 'check-benefits' };
  if (recognition.entities.offer && !last && (recognition.intent === 'none' || stating) && !recognition.error) recognition = { ...recognition, intent: 'check-benefits' };
  else if (recognition.entities.currentOffer && !recognition.entities.offer && !has(REMAINING) && ANY_TOPIC_OF_CURRENT.has(recognition.intent)) recognition = { ...recognition, intent: 'current-program' };
  // "Which offer still gives on-premises incidents today?", "which current offer gives on-prem incidents?"
  else if (((recognition.intent === 'none' && has(CURRENT)) || (recognition.intent === 'check-benefits' && !recognition.entities.offer && has(/\b(current|today'?s|2026|new) (offers?|options?|lineup)\b|(현재|지금|요즘|2026년?) ?오퍼/i))) && !has(REMAINING) && has(/incident|offer|support|인시던트|오퍼|지원/i) && !has(OWN_THINGS) && !last) recognition = { ...recognition, intent: 'current-program' };
  // "What would our incidents look like in the 2026 program?": today's rules (what Gold became), not the 2021 records.
  if (has(PROGRAM_NOW) && !recognition.entities.currentOffer && (recognition.intent === 'check-benefits' || (recognition.intent === 'remaining-incidents' && !has(REMAINING)))) {
    recognition = { ...recognition, intent: recognition.entities.offer ? 'renamed' : 'current-program' };
  }
  // "How many incidents would they get once activated?": the counts, not how to activate.
  if ((recognition.intent === 'activate' || (recognition.intent === 'none' && has(/activat|활성화/i))) && ((has(/how many|몇 ?(개|건)/i) && has(/incident|case|ticket|인시던트|건|개/i)) || has(WHAT_GET)) && !recognition.error) recognition = { ...recognition, intent: 'check-benefits' };
  // "2021 Gold vs today's designation, cloud incidents?": what Gold became, with what it gave then.
  if (recognition.entities.offer && recognition.entities.currentOffer && has(/\bcompar|\bvs\.?\b|versus|differen|stack up|비교|차이|달라/i) && !recognition.error) recognition = { ...recognition, intent: 'renamed' };
  // "Core도 Action Pack처럼 온프렘 인시던트 10개 줘요?": what today's offer gives, measured against the 2021 one.
  else if (recognition.entities.offer && recognition.entities.currentOffer && has(/처럼|만큼|\blike\b|\bsame as\b|\bas (much|many) as\b/i) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  // "We're Silver and used up Signature: would a Solutions Partner designation fix that?": what today's offer would give.
  else if (recognition.entities.offer && recognition.entities.currentOffer && has(/\bwould (a|an|the|getting|buying)\b|\bif we (got|get|buy|bought|move|moved|switch|switched|went)\b|(사면|받으면|바꾸면|넘어가면|전환하면)/i) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  // "우리 골드 보안 역량이었는데 2026년엔 배지가 몇 개로 나뉘어요?": today's badges, not the org's 2021 records.
  if (has(BADGES) && ['check-benefits', 'none', 'renamed', 'cloud-competencies'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  // "Which of the MAICPP offers still have on-premises incidents?": today's table, not the list of new names.
  // "Can I open a ticket for SQL Server 2012?" asks whether, not how: the next reading answers it.
  // "An old SQL Server out of mainstream support, can we use a Silver incident?", "N-2인데 액션팩 인시던트로 되나요?": which versions are covered.
  if ((has(OLD_VERSION) || has(OLD_PRODUCT)) && ['check-benefits', 'renamed', 'current-program', 'none', 'open-request', 'remaining-incidents', 'ids-usage', 'csp-customer', 'paid-plans'].includes(recognition.intent) && !has(REMAINING) && !recognition.error) recognition = { ...recognition, intent: 'supported-products' };
  // "오피스365 메일 안되는데 액션팩 인시던트 써도되요?": Microsoft 365 doesn't take the benefit.
  if (has(M365_NAMED) && ['check-benefits', 'renamed', 'none', 'remaining-incidents', 'current-program', 'cloud-competencies'].includes(recognition.intent) && has(/써도|쓸 ?수|사용|\buse\b|\bopen\b|열어|되나|돼요|되요|무제한|unlimited|\bcover|포함|included|\bthrough\b|통해/i) && !recognition.error) recognition = { ...recognition, intent: 'm365' };
  // "온프레미스 지원이랑 클라우드 지원 차이가 뭐에요?": the two benefits side by side (which products, where each is opened).
  // "What's considered on-prem vs cloud?" asks which products each covers (the next reading).
  const scopes = has(ON_PREM) && has(CLOUD) && has(/\bdifferen|\bvs\.?\b|versus|차이|다른 ?점|뭐가 달라|어떻게 달라|같은 (거|것)|\bthe same\b/i) && !has(/\bconsidered\b|\bcount(s|ed)? as\b|\bclass(ed|ified)\b|구분|기준/i) && !recognition.entities.offer && !recognition.entities.currentOffer && !has(CURRENT);
  if (scopes && !recognition.error && words(text) <= 16) recognition = { ...recognition, intent: 'open-request', score: Math.max(recognition.score, CONFIDENT) };
  // "What's SfB?": the portal where on-premises requests are opened is that answer.
  const portalAsked = has(/^\s*(what'?\s?s|what is|wat is|wats)\s+(sfb|support for business)\b|\b(sfb|support for business)(가|이|는|은)? ?(뭐|무엇|뭔)/i);
  // "Can I open a ticket myself? I'm a regular user", "제가 직접 열 수 있어요?": anyone of the company uses the IDs (entered once per account).
  // "Does the 12-month clock start at membership start or when we unlock?": how long the benefit lasts.
  if (has(/\b(12|twelve|13|thirteen)[- ]month\b|\bclock\b.{0,30}\b(start|begin)|(12|13) ?개월.{0,20}(시작|기준|부터)/i) && ['activate', 'none', 'check-benefits'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'validity' };
  // "Under the current program, where do I add the Contract ID for on-premises?", "지금 어디서 계약 추가해?": today's redemption places.
  if (has(WHERE_REDEEM) && (has(PROGRAM_NOW) || asksNow(text)) && has(/redeem|redemption|on-?prem\w*|contract|\bids?\b|계약|온-?프렘|아이디|ID/i) && !has(/azure|애저|portal|포털|menu|메뉴/i) && !has(RENAMED_ASKED) && ['get-ids', 'ids-usage', 'open-request', 'none', 'link-azure', 'activate'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  // "activation 누가 해요? 저는 그냥 일반 user인데": who activates, not who sees the IDs.
  if (['ids-usage', 'get-ids'].includes(recognition.intent) && has(/(activat\w*|활성화)[^.?!]{0,10}(누가|\bwho\b)|(누가|\bwho\b)[^.?!]{0,15}(activat|활성화)/i) && !has(/\bids?\b|access id|contract id|아이디|액세스/i) && !recognition.error) recognition = { ...recognition, intent: 'activate' };
  // "Do I need to be an admin to add the contract in Support for Business?": entering the IDs, which needs no role.
  if (has(ROLE_TO_ENTER) && ['get-ids', 'none', 'activate', 'msa-allowed', 'link-azure', 'open-request'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'ids-usage' };
  if (recognition.intent === 'open-request' && has(/\bmyself\b|\bon my own\b|\bas an? (normal|regular|plain|ordinary) user\b|\bwithout (being )?(an? )?admin\b|\bnot an? admin\b|제가 직접|일반 사용자/i) && has(/\b(can|could|may) (i|we)\b|수 ?있|해도 (돼|되)|되나요|돼요/i) && !recognition.error) recognition = { ...recognition, intent: 'ids-usage' };
  // ("누가 지원 요청 열 수 있어요?" asks who may open one: that is how requests are opened.)
  if (recognition.intent === 'open-request' && !has(OPEN_HOW) && !scopes && !portalAsked && !has(/\bwho\b|누가|누구/i)) {
    const next = recognition.alternatives.find((a) => a.intent !== 'open-request' && isIntentId(a.intent) && a.score >= FAINT) ?? (has(/\bcan (i|we)\b.{0,40}\b(open|file|raise|submit)\b|열 수 있/i) ? { intent: 'validity', score: recognition.score } : undefined);
    if (next) recognition = { ...recognition, intent: next.intent, score: next.score };
  }
  // "Is that still how it works in 2026: if I link in Dynamics, does that count for Azure too?": today's linking rule.
  if (has(LINK_CARRIES) && (asksNow(text) || has(CURRENT)) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  // "What can we do if we need help with an Exchange Server issue?" is no request for the menu: where such a request goes
  // (after "no benefits": what can be bought instead).
  if (recognition.intent === 'help' && has(/\b(help|support|assistance) (with|on|for) (an? |our |the |this |some )?[\w .-]{0,30}\b(issues?|problems?|errors?|outages?|bugs?|incidents?)\b|(문제|이슈|장애|오류|에러)[^.?!]{0,15}(도움|지원)(을|이)? ?(받|필요)/i) && !recognition.error) recognition = { ...recognition, intent: last?.topic === 'no-benefits' ? 'paid-plans' : 'open-request' };
  // "온프레미스 계약 ID는 어디다 등록해요?": where the IDs are entered, not a request to register them here.
  if (recognition.intent === 'register-ids' && has(/\bwhere\b|\bhow (do|can|should) (i|we)\b|어디|어떻게/i) && !recognition.error) recognition = { ...recognition, intent: 'open-request' };
  // "We're Silver now, if we move up to Gold what do we gain?": the two memberships side by side.
  // "Stay on Action Pack or move to Gold, which is better for us?": a choice between two, side by side too.
  if ((recognition.entities.offers?.length ?? 0) > 1 && (has(UPGRADE) || (has(EITHER_OFFER) && (recognition.intent === 'none' || recognition.score < CONFIDENT))) && !has(REMAINING) && !recognition.error) recognition = { ...recognition, intent: 'check-benefits' };
  // "갱신하면 ID 바뀌나요?", "do we get new IDs when we renew?": how long IDs last (whether they change is not documented).
  // ("액세스 ID 적어둔 메모 잃어버렸어요, 새로 발급받아야 하나요?": lost, not renewed; where to read them again.)
  if (has(RENEWAL_IDS) && !has(/\b(lost|forgot|misplaced|can'?t find)\b|잃어버|분실|까먹|못 ?찾/i) && !has(EACH_PERSON) && !has(SAME_IDS_OTHER) && ['get-ids', 'none', 'activate', 'register-ids', 'ids-usage', 'check-benefits'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'validity' };
  // "ID 나왔네요. 이제 몇개 있어요?": a count, not the IDs.
  if ((recognition.intent === 'get-ids' || recognition.intent === 'register-ids') && has(/how many|몇 ?(개|건)/i) && !has(/how many (ids|access|contract)|(id|아이디) ?몇/i) && !recognition.error) recognition = { ...recognition, intent: has(REMAINING) ? 'remaining-incidents' : 'check-benefits' };
  // "What is our Access ID and Contract ID again?", "우리 access id 다시 알려줘요": the IDs themselves, not how to share them.
  if (recognition.intent === 'ids-usage' && has(IDS_ASKED) && !recognition.error) recognition = { ...recognition, intent: 'get-ids' };
  // "Partner Cloud Support라고 뜨던데 예전 시그니처랑 같은 건가요?": a 2021 name and today's, compared.
  if (has(/signature|시그니처|서명|product support|제품 지원|\bgold\b|\bsilver\b|골드|실버|action pack|액션 ?팩/i) && CURRENT_NAMES.test(text.toLowerCase()) && has(/같은|같아|\bsame\b|renamed|예전|이전|\bold\b|used to|was called|바뀐|바뀌었/i) && !(recognition.intent === 'csp-customer' && has(/\bcsp\b/i)) && !recognition.error) recognition = { ...recognition, intent: 'renamed' };
  // "요즘 프로그램은 인시던트 차감 기준이 어떻게 돼요": today's deduction rule, not what an incident is.
  if (recognition.intent === 'incident-definition' && asksNow(text) && has(/deduct|consum|count(ed)? against|차감|소모|빠지/i) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  // "Is it possible to get more than 20 incidents with Gold?": beyond the membership, paid support.
  // ("if we upgraded to silver how many more incidents would that get us?" is what that membership gives, not paid support.)
  if (recognition.intent === 'check-benefits' && recognition.entities.offer && !((recognition.entities.offers?.length ?? 0) > 1) && !has(/\bupgrad\w*|\b(move|moving|go|going|step) up\b|업그레이드|올라가/i) && has(/\bmore than (\d+|the)\b|\b(more|extra|additional) (incidents|cases|tickets)\b(?! than)|\bbuy more\b|추가 ?(인시던트|건|케이스)|\d+ ?(건|개) ?(넘게|이상|초과)|더 (받|늘|많이|살)/i) && !recognition.error) recognition = { ...recognition, intent: 'paid-plans' };
  // "We're an Action Pack partner, where do we use our 10 incidents?": where requests go, not the count.
  if (recognition.entities.offer && recognition.intent === 'check-benefits' && has(/\bwhere\b.{0,30}\b(use|open|redeem|file|spend)\b|어디서 ?(써|쓰|사용|열)/i) && !has(CLOUD) && !recognition.error) recognition = { ...recognition, intent: 'open-request' };
  // "Can we use our Gold incidents for an Exchange 2010 issue?": which versions are covered.
  if (recognition.entities.offer && recognition.intent === 'check-benefits' && has(/\b(19|20)\d\d\b|\bn-\d\b/i) && has(/\b(use|cover|covered|open|file)\b|쓸 수|사용|지원(돼|되|받)/i) && !has(/how many|몇/i) && !recognition.error) recognition = { ...recognition, intent: 'supported-products' };
  // "Our Gold renewed but last year's contract doesn't show in Azure any more": a plan that can't be used.
  // "Azure doesn't show the partner plan anymore and Support for Business lists it under the unavailable plans": a lapsed plan.
  if (PLAN_MISSING.test(text.toLowerCase()) && has(/unavailable (support )?plans?|사용할 수 없는 (지원 )?(플랜|계획)/i) && ['none', 'access-id-error', 'activate', 'remaining-incidents', 'check-benefits'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'plan-expired', ambiguous: false };
  if ((recognition.intent === 'check-benefits' || (recognition.intent === 'link-azure' && !has(/\bhow\b|\bwhere\b|어떻게|어디/i))) && PLAN_MISSING.test(text.toLowerCase()) && !recognition.error) recognition = { ...recognition, intent: has(CLOUD) ? 'access-id-error' : 'plan-expired' };
  // "M365 이슈도 파트너 클라우드 지원으로 되나요?": Microsoft 365, whatever program names the benefit.
  if (recognition.intent === 'current-program' && has(M365_NAMED) && recognition.alternatives.some((a) => a.intent === 'm365' && a.score >= FAINT)) recognition = { ...recognition, intent: 'm365' };
  // "We're on Action Pack, what happens to it going forward?", "실버때 15건이었는데 지금은 몇건?": what the 2021 offer became.
  const then = recognition.entities.offer ?? (has(/signature|시그니처|서명|product support|제품 지원/i) ? 'named' : undefined);
  // "Action Pack had 10 on-prem incidents, what does Success Core have instead?": the current offer.
  if (recognition.entities.offer && recognition.entities.currentOffer && (has(TODAY_OR_LATER) || (asksNow(text) && has(/\bif\b|\bsuppose|\bwould\b|만약|가정|치면|라면|이면/i))) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  else if (then && !recognition.entities.currentOffer && !((recognition.entities.offers?.length ?? 0) > 1) && (has(TODAY_OR_LATER) || asksNow(text)) && !has(REMAINING) && ['check-benefits', 'none', 'cloud-competencies', 'validity', 'paid-plans', 'supported-products'].includes(recognition.intent) && !recognition.error && !(recognition.intent === 'paid-plans' && (!recognition.entities.offer || has(PAID_NAMES)))) {
    recognition = { ...recognition, intent: 'renamed' };
  }
  // "2026년 11월부터 만료 기준이 바뀐다던데?": the announced alignment (an open point of today's program).
  if (has(ALIGNMENT) && ['renamed', 'none', 'validity', 'check-benefits'].includes(recognition.intent) && !recognition.error) recognition = { ...recognition, intent: 'current-program' };
  if (recognition.intent === 'renamed' && !recognition.entities.offer && has(/\b(which|what) (of the )?((current|today'?s|maicpp|new|2026) )*offers?\b|(어떤|무슨) ?오퍼|오퍼 ?중/i)) recognition = { ...recognition, intent: 'current-program' };
  // "MPN 파트너 관리자 권한 받은 지 얼마 안 됐는데, 혜택 처음 세팅하려면 순서대로 뭐 해야 하나요?": an old role named beside the setup asked, not its name.
  if ((recognition.intent === 'renamed' || (recognition.intent === 'none' && recognition.alternatives[0]?.intent === 'renamed')) && has(/세팅|셋업|설정|순서대로|처음부터|\bset ?up\b|\bget (it |them |everything )?(set up|started|going)\b|\bfirst steps?\b|\bwhat (do|should) i do\b|\bsteps?\b/i) && !has(/이름|명칭|불러|바뀌|바뀐|바꼈|\b(called|named|names?|renamed)\b/i) && !recognition.error) recognition = { ...recognition, intent: 'activate' };
  // "How many Signature incidents are left on the non-cloud competency pack?": a balance, not which competencies are cloud.
  if (recognition.intent === 'cloud-competencies' && has(REMAINING) && has(/\bhow many\b|몇/i) && !recognition.error) recognition = { ...recognition, intent: 'remaining-incidents' };
  // "How many cloud incidents left on the Solutions Partner line?": a balance, whichever program names the line.
  if ((recognition.intent === 'current-program' || (recognition.intent === 'none' && recognition.entities.currentOffer)) && has(REMAINING) && !has(/\bif\b|\bafter\b|만약|(하|쓰|열)면|후에/i) && !recognition.error) recognition = { ...recognition, intent: 'remaining-incidents' };
  return recognition;
}

/** A request that the bot itself open a support request ("can you open a ticket for me", "저 대신 티켓 만들어 주세요"). */
export const OPEN_FOR_ME = /\b(can|could|would|will) you (please |pls |just )?(open|file|raise|create|submit|log|put in)\b[^.?!]{0,40}\b(tickets?|cases?|requests?|incidents?|sr)\b|\b(open|file|raise|create|submit|log)\b[^.?!]{0,30}\b(tickets?|cases?|requests?)\b[^.?!]{0,30}\bfor (me|us)\b|(대신|저 ?대신|나 ?대신)[^.?!]{0,40}(티켓|케이스|요청|인시던트)[^.?!]{0,15}(만들어|열어|생성해|접수해|올려|넣어)|(티켓|케이스|지원 ?요청)[^.?!]{0,15}(만들어|열어|접수해|생성해) ?(주세요|줘요|줘|줄래|주실|주시겠)/i;
/** "Do I have to give the new engineer admin rights to open a ticket?", "관리자 권한을 줘야 하나요?". */
export const ADMIN_TO_OPEN = /(\badmin\w*|관리자)[^.?!]{0,12}(\brights?\b|\brole\b|\bpermissions?\b|\baccess\b|권한|역할)[^.?!]{0,25}(줘야|주어야|필요|있어야|\bneed|\brequired?\b|\bhave to\b|\bmust\b)|\b(need|have) to be an? (global |partner )?admin\b[^.?!]{0,30}\b(open|file|raise|create|submit)|\b(need|needs|require|requires)\b[^.?!]{0,20}\badmin\w*\b[^.?!]{0,30}\b(to )?(open|file|raise|create|submit)\b|\b(need|needs|have to be|has to be|must be|required?|requires)\b[^.?!]{0,30}\b(role|permissions?|admin agent)\b[^.?!]{0,40}\b(open|file|raise|create|submit|log)\b[^.?!]{0,25}\b(tickets?|cases?|requests?)\b|\b(tickets?|cases?|requests?)\b[^.?!]{0,40}\b(does|do) (he|she|they|i|we) (need|have to be)\b[^.?!]{0,15}\b(admin|admin agent|role)\b|\b(does|do) (he|she|they|i|we) (also )?need\b[^.?!]{0,10}\badmin agent\b|(권한|역할)[^.?!]{0,20}(있어야|필요|돼야|되어야)[^.?!]{0,20}(요청|티켓|케이스)[^.?!]{0,10}(열|만들|생성)|(요청|티켓|케이스)[^.?!]{0,10}(열|만들|생성)[^.?!]{0,20}(관리자|권한|역할)[^.?!]{0,10}(필요|있어야)/i;
/** "일반 사용자도 지원 요청 열 수 있나요?", "can a regular user open a case?", "who at our company is allowed to open requests?". */
export const USER_CAN_OPEN = /(일반|보통|평범한|관리자 아닌) ?(사용자|유저|직원|엔지니어|개발자)(도|이|가|는)?[^.?!]{0,20}(열|만들|접수|올리|넣|생성)[^.?!]{0,6}(수 ?있|돼|되나|될까|가능)|\b(can|could|may) (a |an |any )?(normal|regular|non-admin|ordinary|plain|any) (user|member|colleague|employee|engineer|dev)s? (also |still |too )?(open|file|raise|create|submit|log)\b|\bwho\b[^.?!]{0,40}\b(allowed|can|may|able|permitted)\b[^.?!]{0,10}\b(open|file|raise|create|submit|log)\b|누가[^.?!]{0,20}(요청|티켓|케이스|인시던트)[^.?!]{0,6}(열|접수|만들|올리)[^.?!]{0,4}(수 ?있|돼|되)|\b(not an admin|no admin|i'?m not (an )?admin|just an? (engineer|dev|developer|user))\b[^?]{0,60}\b(can|could) (i|we|he|she) (open|file|raise|create|submit|log)\b|관리자(가)? ?아니(어도|라도|지만|고|에요|예요|라서)[^.?!]{0,30}(요청|티켓|케이스)[^.?!]{0,10}(열|만들|생성)/i;
/** Whether something other than opening a request used an incident ("did this eat one of our incidents?", "인시던트 하나 날아간 건 아니죠?"). */
export const INCIDENT_TAKEN_ASKED = /(인시던트|건)[^.?!]{0,12}(날아|날라|차감|빠졌|빠진|소모|나갔|나간|깎)|\b(use[ds]?|cost|burn(ed|t)?|eat|ate|consume[ds]?|lose|lost|charge[ds]?)\b (us )?(an|one|a) (incident|ticket)\b|\b(use|eat|burn)s? up (one|an|a) (of (our|the|their) )?(incidents?|tickets?)\b|\bcount(ed|s)? (as|against) (an|one|our|their|the|my)\b|(인시던트|건)[^.?!]{0,12}(까이|까여|까였|까인)/i;
/** A membership not renewed, or let lapse ("we just don't renew", "갱신 안 하면"). */
export const NOT_RENEWED = /\b(don'?t|do not|didn'?t|did not|haven'?t|have not|hasn'?t|not|never|won'?t|without) (yet )?(renew|renewed|renewing)\b|\blaps(e|es|ed|ing)\b|\blet (it|them|our \w+|the \w+) (lapse|expire|run out)\b|갱신(을|하지)? ?(안|않|못)|미갱신/i;
/** Moving from one of today's offers to another ("Core에서 Expanded로 업그레이드하면", "upgrade from Core to Expanded"): the one moved to. */
const MOVE_TO = /(으|)로 ?(업그레이드|올리|바꾸|전환|옮기|갈아타)|\b(upgrade|upgrading|move|moving|switch|switching|go|going) (up )?to\b/i;
/** Another offer kept instead ("keeping just Action Pack", "Partner Launch만 하면"): what that offer gives. */
/** "코어 말고 익스팬디드였으면요?", "Core 대신 Expanded": the offer named after the one put aside. */
const INSTEAD_KO = /\S ?(말고|대신(에)?|아니고|아니라)\s/;
/** Answers after which "options?" asks for the paid ways (the benefit can't be used). */
const OPTIONS_AFTER: ReadonlySet<string> = new Set(['plan-expired', 'access-id-error', 'no-benefits', 'supported-products', 'remaining-incidents']);
/** Buying another of today's offers beside the one held ("Core 있는데 Expanded도 추가로 사면", "if we also buy Expanded"): the one bought. */
const BUY_ALSO = /추가로 ?(사|구매|구입)|도 ?(추가로 )?(사면|구매하면|구입하면)|\b(also|additionally) (buy|purchase|get|add)\b|\b(buy|purchase|add)(ing)? (expanded|core|a designation|launch) (too|as well|on top)\b/i;
/** A choice between two offers ("stay on X or need Y", "X로 남을지 아니면 Y"). */
const EITHER_OFFER = /\b(or|vs\.?|versus)\b|아니면|중에 ?(뭐|어느)/i;
const KEEP_ONLY = /\bkeep(ing)? (just|only)\b|\bonly keep(ing)?\b|\bjust keep|\bstay(ing)? on\b|[a-z가-힣]만 ?(하면|유지|남기|두면|갖고)/i;

/** A count put in doubt ("남은게 18개라고요? 17개 아니에요?", "the number you gave me (18) looks wrong"): one question, however many sentences. */
export function countDoubted(text: string): boolean {
  // ("…and we open 2 cases, how many left then?" asks a what-if, not whether a count is right.)
  return NUMBER.test(text) && (DOUBT.test(text) || (REMAINING.test(text) && (NUMBER_CHECK.test(text) || WHY_ANY.test(text)) && QUESTION.test(text) && !countsMore(text))) && (COUNT_WORDS.test(text) || /\bnumber\b|숫자|\bon[- ]?prem|\bopened\b|온프렘|온프레미스/i.test(text)) && words(text) <= 24;
}

/**
 * The routing decision for one turn, from the text, what the last answer was about and the
 * recognizer's reading: a short follow-up ("and silver?", "why?", "그럼 액션팩은요?", "우리 회사
 * 구독이요") is read against the last answer; anything else is a new question.
 */
export function routeTurn(said: string, lastAnswer: LastTopic | undefined, recognition: Recognition, profile: Profile = {}): TurnDecision {
  // "y not unlimited?": chat shorthand for "why".
  const text = said.replace(/^(\s*)y(?= (not|no|only|is|are|do|does|did|so|would|cant|can'?t|isnt|isn'?t)\b)/i, '$1why');
  const has = gate(text);
  // "Back to the balance", "다시 아까 거요": the topic before the last one.
  // "Unrelated: what does MAICPP stand for?", "별개로 질문인데": a new question, not a follow-up.
  const last = has(UNRELATED) ? undefined : has(SWITCH_BACK) && lastAnswer?.before ? { topic: lastAnswer.before } : lastAnswer;
  recognition = reread(text, recognition, last, profile);
  // "애저 새 지원 요청에서 우리 파트너 플랜이 안떠요ㅠㅠ 고객 장애라 급한데", "고객 장애 때문에 온프렘 인시던트 3건 더": a customer's outage
  // handled on the company's own benefit, not a CSP customer's subscription (the next reading decides).
  if ((recognition.intent === 'csp-customer' || recognition.alternatives[0]?.intent === 'csp-customer') && !has(CSP_CUSTOMER_NAMED) && (has(/(우리|저희) ?(회사 ?)?(파트너 ?)?(플랜|혜택|계약|인시던트|구독|테넌트)|\bour (own |partner )?(plan|benefits?|contract|incidents|subscription|tenant)\b/i) || has(ON_PREM))) {
    const alternatives = recognition.alternatives.filter((a) => a.intent !== 'csp-customer');
    recognition = { ...recognition, intent: PLAN_MISSING.test(text.toLowerCase()) ? 'access-id-error' : (alternatives[0]?.intent ?? 'none'), alternatives };
  }
  // "지금 프로그램 이름이랑 시그니처 후속 이름": the program's own name is one of the names asked.
  if (has(/프로그램 ?(이름|명칭)(?!으로|로)|\bprogram'?s? (name|called)\b|\bname of the (partner )?program\b/i) && recognition.entities.renames?.length && !recognition.entities.renames.includes('program')) recognition = { ...recognition, entities: { ...recognition.entities, renames: [...recognition.entities.renames, 'program'] } };
  // "그럼 온프레미스는 골드랑 똑같이 20건?", "same as Gold?": Gold is the comparison, not the membership asked about.
  if (recognition.entities.offer && !recognition.entities.offers?.length && has(SAME_AS_OFFER)) {
    const { offer: _compared, ...rest } = recognition.entities;
    recognition = { ...recognition, entities: rest };
  }
  // "Drop Silver next year and keep just Action Pack", "지정 갱신 안 하고 Partner Launch만 하면": the offer kept is the one asked about (named last).
  // ("Stay on Action Pack or do we need Silver?" is a choice between them: both are compared.)
  const keptOne = (has(KEEP_ONLY) || has(INSTEAD_KO)) && !has(EITHER_OFFER);
  if (((keptOne && ((recognition.entities.offers?.length ?? 0) > 1 || (recognition.entities.offer && recognition.entities.currentOffer))) || ((keptOne || has(MOVE_TO) || has(BUY_ALSO)) && (recognition.entities.currentOffers?.length ?? 0) > 1)) && !recognition.error) {
    const { offers, currentOffers, offer: one, currentOffer, ...rest } = recognition.entities;
    const current = currentOffers?.at(-1) ?? currentOffer;
    const kept = offers?.at(-1) ?? one;
    recognition = current ? { ...recognition, intent: 'current-program', entities: { ...rest, currentOffer: current } } : { ...recognition, intent: 'check-benefits', entities: { ...rest, ...(kept ? { offer: kept } : {}) } };
  }
  const { entities } = recognition;
  const stated = factsFromText(text);
  // "we're gold - no sorry, silver actually": the membership said last, the first one taken back.
  const corrected = (entities.offers?.length ?? 0) === 2 && SELF_CORRECTED.test(text) ? entities.offers?.at(-1) : undefined;
  const offer = corrected ?? entities.offer;
  const base = { competencies: entities.competencies, offer, offers: corrected ? undefined : entities.offers, currentOffer: entities.currentOffer, currentOffers: entities.currentOffers, renames: entities.renames };
  const lastTopic = last && isIntentId(last.topic) ? last.topic : undefined;
  const answer = (topic: IntentId, extra: Partial<TopicAsk> = {}): TurnDecision => {
    // "And how many on-prem for each?" after "action pack vs silver": the same offers.
    const compared = topic === lastTopic && !offer && !entities.offers ? last?.offers : undefined;
    // "ok and what do we actually get with it?" after "how much is Expanded?": the same offer of today's program.
    const sameOffer = topic === lastTopic && !offer && !entities.currentOffer && has(PRONOUN) ? last?.currentOffer : undefined;
    const ask: TopicAsk = { ...base, topic, facts: merged(last, topic, { ...stated, ...(offer ? { offer } : {}) }, text), followUp: topic === lastTopic, ...extra, ...(compared ? { offers: compared } : {}), ...(sameOffer && !extra.currentOffer ? { currentOffer: sameOffer } : {}) };
    // "And for us?" asks the asker's own records: no membership carried over from the conversation.
    return { kind: 'answer', ask: extra.aspect === 'own' ? ask : withProfile(ask, profile) };
  };
  // "wait we used them already?", "벌써 다 썼어요?" after the records: the requests on record.
  if (lastTopic && (RECORDS_THREAD.has(lastTopic) || lastTopic === 'link-azure') && has(USED_ALREADY) && !has(HYPOTHETICAL) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "이거 월마다?", "monthly?" after the counts: the period of what was just said.
  if (lastTopic && ['remaining-incidents', 'check-benefits', 'validity'].includes(lastTopic) && PERIOD_OF_BEFORE.test(text.trim()) && !recognition.error) return answer(lastTopic);
  // "예전 골드 20팩 같은 온프렘은요?" after the balance: the company's own line of that side, the old offer only a comparison.
  if (lastTopic === 'remaining-incidents' && offer && scopeAsked(text) && has(/예전|옛날|\b(old|former|legacy)\b/i) && has(/같은|처럼|\blike\b/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents', { offer: undefined, renames: undefined, facts: {} });
  // "how do i check it there without opening a ticket", "티켓 안 열고 확인하는 법?": the balance check that submits nothing.
  if (has(/\b(check|see|look|find|view)\b|확인|보는|볼 ?수/i) && has(/\bwithout (actually )?(opening|creating|submitting|filing|raising|making|using)\b|(티켓|요청|케이스|인시던트)[^.?!]{0,6}(안 ?(열|만들|쓰)고|열지 ?않고|만들지 ?않고|제출(하지 ?않고|안 ?하고))/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents');
  // "암튼 뭐부터 해보면 돼요?", "ok so what do i do first?" after a diagnosis or a how-to: its steps again.
  // (Not once it worked: "보이네요! 이제 뭐 하면 돼요?" is the next thing.)
  if (lastTopic && STEPS_TOPICS.has(lastTopic) && has(WHAT_FIRST) && !has(/보이(네|어|는|구)|됐(네|어|다)|되네|\b(worked|fixed|found it|it shows|now i (can )?see)\b/i) && words(text) <= 10 && !recognition.error) return answer(lastTopic);
  // "wait, I thought Lee Gu activated it last month already?", "리구님이 활성화했다던데요?": the activation on record.
  if (has(ACTIVATED_CLAIM) && !has(CUSTOMER_SIDE) && !has(/\bnot\b|\bnever\b|안 ?(했|됐)|못/i) && words(text) <= 25 && !recognition.error) return answer('activate');
  // "hold on, we are a gold partner, we paid for it last year" after "no benefits" or the paid plans: the membership on record.
  // (After a balance, only a purchase said outright: "we're gold, so 20 right?" and "why 18, we're gold" have their own answers.)
  if (lastTopic && (lastTopic === 'paid-plans' || (['remaining-incidents', 'check-benefits'].includes(lastTopic) && has(/\bwe (paid|bought|renewed|purchased)\b|샀|구매했|결제했|갱신했/i))) && offer && !has(/\bwhy\b|how come|\bright\b|맞(죠|아요|나요)|왜/i) && !has(/\d/) && has(/\bwe('re| are| were)( (a|an|definitely|actually))? (gold|silver|action pack)\b|\bwe (have|had|hold|paid for|bought|renewed)\b|우리(는|도)? (골드|실버|액션 ?팩)|(골드|실버|액션 ?팩)(인데|이에요|예요|입니다|거든요)|(샀|구매했|결제했|갱신했)/i) && !has(/\bif\b|(으|다)면/i) && words(text) <= 25 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "ok and the on-prem one - i open that in support for business?": where requests of that side are opened.
  if (has(/\b(i|we) (open|file|raise|create) (that|it|them|those|this|these)\b|\b(open|file|raise) (that|it|them) (in|through|via|on)\b|(그거|그건|이거|이건|그것|그 ?쪽|온프렘 ?(건|거)은?)[^.?!]{0,20}(에서|으로|로) (열|접수|생성)(면|어야|하면|해야|하나요|해요|나요)/i) && !has(BILLING_ASKED) && (has(SFB_NAMED) || has(/\bazure\b|애저|engage ?center|인게이지|\bportal\b|포털/i)) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('open-request');
  // "그럼 ID는 어떻게 받아요? 저는 CSP 고객 말고 우리 회사 애저 구독에 쓰려는거에요": the company's own IDs, not a customer's request.
  if (has(IDS_WORD) && has(/(csp ?)?고객(사)? ?말고|고객(이|사가|용)(이)? 아니|\bnot (for )?(a |the |our )?(csp )?customer'?s?\b|\bnot a customer (one|sub|subscription|tenant)\b/i) && has(/\b(our|my|we)\b|우리|저희|회사/i) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "and what date did MPN switch over to the cloud partner program w/ designations?": when the program changed.
  if (entities.renames?.includes('program') && has(/\bwhen\b|\bwhat (date|year|day)\b|언제|날짜|몇 ?년/i) && has(/\b(switch(ed)?|change[ds]?|became|become|renamed|rebrand(ed)?|transition(ed)?|move[ds]?|replaced?)\b|바뀌|바꼈|전환|변경|넘어가|넘어갔/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('renamed');
  // "wait, he already viewed a product key 😬 does that change anything" after a refund answer: the same question, with that fact.
  if (lastTopic === 'current-program' && has(/\bproduct keys?\b|제품 ?키|\b(already )?(activated|redeemed|used)\b|활성화(했|해 ?버렸|됐)/i) && has(/\bchange\b|\bstill\b|\bthen\b|\bmatter\b|\baffect|그럼|그래도|달라|괜찮|상관/i) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "hm my colleague says we're on the Silver 15pack actually": the membership on record.
  // ("boss thinks we already burned 2 of our silver incidents. did we? how many on-prem left": a use and a balance to check, below;
  // "someone said competencies are gone. what replaced it": what became of it.)
  if (has(HEARSAY) && offer && !entities.currentOffer && has(/\b(we('re| are)|our|us)\b|우리|저희/i) && !has(CUSTOMER_SIDE) && !has(/\bif\b|(으|다)면|\bchange\b|달라/i) && !has(LEFT_WORD) && !has(/\b(used|burned|burnt|opened|spent)\b|썼|사용했|열었/i) && !(recognition.intent === 'renamed' && recognition.score >= CONFIDENT) && words(text) <= 25 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "아 미안 50짜리 물어본거임" after another line's answer: the balance of the line meant.
  if (lastTopic && has(/미안|죄송|잘못|\bsorry\b|\bmy bad\b|\bi meant\b/i) && has(/\d{1,2} ?(짜리|팩|건짜리)|\bthe \d{1,2}( ?-?pack| line| one)\b/i) && has(/물어본|물어봤|말한|얘기한|\bmeant\b|\basked\b|\basking\b/i) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents');
  // "Partner Cloud Support 2 그거 몇 개 남았어?": a plan named as the portals list it, and its balance asked.
  if (has(/\bpartner (cloud|on-?premises) support ?\d{1,2}\b/i) && has(/몇 ?(개|건)[^.?!]{0,6}남|\b(left|remaining)\b|잔여|남은/i) && !has(HYPOTHETICAL) && !countsMore(text) && !has(/환불|돌려|\b(refund\w*|given back|credited)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "석세스 코어만 갖고있는 파트너가 engagecenter에서 온프렘 티켓 열겠다는데 되나요?": whether that offer has on-premises incidents at all.
  if (entities.currentOffer && entities.currentOffer !== 'solutions-partner' && has(ON_PREM) && has(/\b(can|could|may)\b[^.?!]{0,30}\b(open|file|use|raise)\b|열 ?수|열(어도|겠다|려|면)|되나요|돼요|되죠|가능/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "지난번에 클라우드 티켓 하나 중복으로 닫혔는데 인시던트 돌아온거 맞나요? SR번호가 기억이 안나네요": the refund on record.
  if ((has(/SR ?번호|\bsr (numbers?|#)|\bticket numbers?\b|\bwhich sr\b|어떤 ?SR/i) || requestRefs(text).length > 0) && has(/돌아(온|왔)|환불|돌려(받|줬)|\b(given back|refunded|credited)\b/i) && !countsMore(text) && !has(REFUND_WHAT_IF) && !has(CUSTOMER_SIDE) && !has(HYPOTHETICAL) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "success core 쪽 클라우드 인시던트로 이번주에 2건 더 열어도 돼요?": what that offer's line leaves after them.
  if (entities.currentOffer && countsMore(text) && has(/열어도|열 ?수|열면|\bcan (we|i) (open|file|raise)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "애저 포털에선 못봐요? 거기가 편한데" after the balance: where the balance shows (not in Azure).
  if (lastTopic === 'remaining-incidents' && has(/\bazure\b|애저|\bportal\b|포털|\blcs\b/i) && has(/못 ?봐|볼 ?수|보면|보여|안 ?보|\b(see|check|view|show)s?\b|확인/i) && !has(/\blink|연결|\bopen\b|열어|열 ?수/i) && words(text) <= 15 && !recognition.error) return answer('remaining-incidents');
  // "참고로 이건 무제한 플랜으로 연거 맞나요?" after a request named: which line it went against, on record.
  if (lastTopic && has(/(무제한|unlimited|\d{1,2} ?-?(pack|팩)|on-?prem\w*|온프렘|온프레미스|클라우드|\bcloud\b|signature|시그니처)[^.?!]{0,15}(플랜|\bplan\b|\bline\b|\bpack\b|팩)?[^.?!]{0,6}(으로|로|\bon\b|\bagainst\b|\bfrom\b|out of)[^.?!]{0,8}(연|열었|\bopened\b|\bfiled\b|\bcharged\b|\bwent\b)/i) && has(/맞(나요|죠|아요)|\bright\b|\bwas (it|that|this)\b|\bdid (it|that|this)\b|[?？]/i) && !has(HYPOTHETICAL) && words(text) <= 15 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "2 on-prem cases in SfB + 3 azure cases on the signature 10pack line. what do both lines look like after that": each side's line after its own count.
  if (sideCounts(text) && has(/\bafter\b|\bleft\b|\bremain|\blook like\b|\bwill (they|we|i) have\b|\bbe at\b|남|되나|돼요/i) && !has(CUSTOMER_SIDE) && words(text) <= 45 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "SR 12103040000002 … if MS closes it as a bug and we get the incident back, how many on-prem would we be at?": the balance after that refund.
  if (requestRefs(text).length && has(REFUND_WHAT_IF) && !countsMore(text) && has(/\bhow many\b|\bbe at\b|\bleft\b|몇|남/i) && !has(CUSTOMER_SIDE) && words(text) <= 45 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "익스체인지 2010 온프렘 고객사 서버 죽음ㅠㅠ 우리 골드팩으로 케이스 됨?": whether that version is covered.
  if (has(ON_PREM_PRODUCT) && !has(MSA_NAMED) && has(/(케이스|티켓|지원|인시던트|혜택)[^.?!]{0,8}(됨|돼|되나|되요|되죠|가능|쓸 ?수)|\bcan (we|i) (use|open|get|file)\b|\b(covered|supported|eligible)\b/i) && !has(/\bhow many\b|몇 ?(개|건)|signature|시그니처|\bcloud\b|클라우드|\bazure\b|애저|\bleft\b|남은|남았/i) && words(text) <= 40 && !recognition.error) return answer('supported-products');
  // "r u sure? i thought its a year from when diego linked it in sfb, so end of march" after the end date: the date on record again.
  if (lastTopic === 'validity' && (has(DOUBT) || has(/\bi (thought|think|assumed)\b|줄 ?알았|인 ?줄|아닌가요|아니었어요/i)) && !countDoubted(text) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('validity', { aspect: 'why' });
  // "멤버십 끊긴지 두달 됐어요. 그래도 작년에 받은 … ID로 … 열수 있나요?": a lapsed membership's IDs open nothing.
  // ("멤버십 갱신일이 어제였는데 아직 결제를 못했어요 … 갱신 기한 며칠이에요?": the renewal window.)
  if ((has(MEMBERSHIP_LAPSED) || has(RENEWED_LATE) || has(/갱신 ?(기한|기간|유예)|\brenewal (window|period|grace)\b|\bgrace period\b|유예 ?기간/i)) && has(/열 ?수|열어도|열면|쓸 ?수|써도|\bcan (we|i) (still )?(open|use|file)\b|\bstill (use|open|valid|work)|며칠|\bhow (long|many days)\b|기한|\bwindow\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 45 && !recognition.error) return answer('validity');
  // "silver partner, competencies Messaging + Cloud Productivity. how many signature incidents do we get for the year, and if we open 12 …": what that membership gives.
  if (offer && entities.competencies.length && has(/\bhow many\b[^.?!]{0,40}\b(get|receive|have)\b|몇 ?(개|건)[^.?!]{0,10}(받|나와|주)/i) && !has(/\bleft\b|\bremaining\b|남은|남았|오늘|\btoday\b|\bnow\b|2026|현재|요즘|지금|해당하는/i) && !has(CUSTOMER_SIDE) && words(text) <= 45 && !recognition.error) return answer('check-benefits');
  // "wait will that use up an incident", "me looking at that screen and backing out, that didn't cost anything right?" after the balance
  // check: nothing is submitted, nothing used.
  if (lastTopic === 'remaining-incidents' && ((has(/\bback(ing|ed)? out\b|\bwithout submitting\b|\bdidn'?t submit\b|\bjust (looking|looked|checking|checked)\b|보기만|제출 ?(안|않)/i) && has(/\bcost|\bcharge|\bused?\b|\bincidents?\b|\bcount|차감|들|나가/i) && words(text) <= 25) || (has(/\b(will|would|does|did|won'?t) (that|this|it|the check|checking|doing that) (use|cost|count|burn|take|eat)\b|(그거|이거|그렇게 ?하면|확인(만)? ?하면|보기만 ?하면)[^.?!]{0,12}(차감|인시던트 ?(써|쓰|나가|빠지))/i) && words(text) <= 15)) && !recognition.error) return answer('remaining-incidents');
  // "nice. and on the 50 line, if we open 3 more this week?" after today's rules: that line of the company after them.
  if (lastTopic === 'current-program' && countsMore(text) && has(/\b(line|pack|plan)\b|라인|팩|플랜/i) && has(/\bif\b|[가-힣]면/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "gold = unlimited on prem incidents yeah?": what that membership gives on-premises (a count, not unlimited).
  if (offer && has(/(unlimited|무제한|no (limit|cap))[^.?!]{0,6}(on[- ]?prem\w*|온-?프렘|온-?프레미스)|(on[- ]?prem\w*|온-?프렘|온-?프레미스)[^.?!]{0,15}(unlimited|무제한)/i) && !has(/signature|시그니처|\bcloud\b|클라우드|\bazure\b|애저/i) && words(text) <= 30 && !recognition.error) return answer('check-benefits');
  // "ok but do i even need to click it? we need an azure ticket today" after the activation: whether it is already done.
  if (lastTopic === 'activate' && has(/\b(do|should) (i|we) (even |still |really )?(need|have) to (click|press|activate|do) (it|that|anything)\b|\bis (that|it) even needed\b|(그거|그 ?버튼|버튼)[^.?!]{0,10}(눌러야|활성화해야) ?(하나요|돼요|되나요|해요)/i) && !has(/\btpd\b|presales|advisory|어드바이저리|프리세일즈/i) && words(text) <= 25 && !recognition.error) return answer('activate', { aspect: 'why' });
  // "so concretely when does ours end", "그럼 우리 종료일은 언제로 찍혀있어요?": the company's own end date.
  if (has(/\bwhen does (ours|our (own )?\w+|it|that) (actually |concretely )?(end|expire|run out|lapse)\b|우리(꺼|거|것)(는|은)? (정확히 )?언제 (끝|만료)|(우리|저희)[^.?!]{0,6}(종료일|만료일|끝나는 ?날|만료 ?날짜)[^.?!]{0,12}(언제|며칠|몇 ?일)/i) && !has(CUSTOMER_SIDE) && words(text) <= 15 && !recognition.error) return answer('validity');
  // "our gold 20pack should be down to 16 now, we've opened 4 on-prem cases since march. can you confirm": the count on record, and why.
  if (has(/\bshould be (down to|at) \d{1,2}\b|\b(we|i) (count|make it) \d{1,2}\b/i) && has(/\b(opened|used|filed|burned)\b|열었|썼|사용했/i) && !has(CUSTOMER_SIDE) && !has(HYPOTHETICAL) && words(text) <= 45 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "he also asks if he can see the access id himself, he's just a normal user not an admin": every user of the membership sees them.
  if (has(IDS_WORD) && has(/\b(can|could) (he|she|they|i|we|a user|users)( \w+)? (see|view|find|read|get)\b|\b(he|she|they|i|we) (can|could) (see|view|find|read|get)\b|볼 ?수 ?있|보이나요|볼 ?수 ?없/i) && has(/\b(normal|regular|ordinary|plain|standard|basic) (user|account)\b|\bnot an? (admin|administrator)\b|\bnon-?admin\b|일반 ?(사용자|유저|직원)|관리자가 아닌|관리자 아닌/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "미리엄 그레이엄님이 누르면 안돼요?", "제가 직접 하면 안돼요? 급해서요" after the activation state or the IDs: who may activate.
  if (lastTopic && words(text) <= 15 && !recognition.error && ((['activate', 'check-benefits', 'get-ids', 'no-benefits', 'not-authorized'].includes(lastTopic) && !has(/어디|\bwhere\b/i) && has(/(누르면|눌러도|클릭하면|활성화하면|활성화해도) ?(안 ?돼|되나|돼요|되죠|될까|괜찮)|\b(can|could) (he|she|they) (click|press|activate|do) (it|that)\b/i) && !has(CUSTOMER_SIDE)) || (['activate', 'get-ids', 'no-benefits'].includes(lastTopic) && has(/(제가|내가) ?(직접|그냥)? ?(하면|해도|활성화하면) ?(안 ?돼|되나|돼요|되죠|될까)|\bcan(t|'t)? i (just )?(do|activate) (it|that) (myself)?\b/i)))) return answer('activate', { aspect: 'roles' });
  // "can i open an azure ticket on our signature benefit today? customer demo broke in our own sub": the company's own Azure, whatever the demo was for.
  if (has(/\bour own (sub|subscription|tenant|azure)\b|\bown sub\b|우리 ?(자체|회사) ?(구독|테넌트|애저)|자체 ?애저/i) && has(CLOUD) && has(/\b(can|could) (i|we) (open|file|raise|use)\b|열 ?수|열어도/i) && (!has(CUSTOMER_SIDE) || has(/\bcustomer (demo|project|presentation|meeting|workshop|poc)\b|고객 ?(데모|시연|미팅)/i)) && !has(/cloud solution provider|reseller|direct[- ]?bill|\bindirect\b|\bprovider\b|admin agent|리셀러|간접|관리 에이전트|\bcsp\b|\bteams\b|팀즈|\boutlook\b|exchange online|sharepoint online|\bm365\b|office 365|microsoft 365/i) && !has(M365_NAMED) && words(text) <= 30 && !recognition.error) return answer('open-request');
  // "시그니처 5팩 다 썼다고 하던데 어떤 SR들로 썼는지 볼수있어요?", "그거 어떤 sr로 쓴거에요?": the requests on record.
  // ("지난달에 연 티켓 sr번호 다 알려줘": every request's number.)
  if (has(/(어떤|어느|무슨) ?(sr|요청|티켓|케이스)(들)?(로|으로)? ?(썼|쓴|사용|열|차감)|(sr|티켓|요청) ?번호[^.?!]{0,6}(다|전부|모두)|\b(all|list|every)\b[^.?!]{0,15}\bsr (numbers?|#s?)\b|sr ?(목록|리스트|번호들)/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "ok pinged them. what exactly do they click in partner center?": the activation.
  if (lastTopic && ['activate', 'get-ids', 'check-benefits', 'no-benefits'].includes(lastTopic) && has(/\bwhat( exactly)? (do|does|should) (he|she|they|i|we) (click|press)\b|뭘 ?눌러|뭐 ?눌러|어디를 ?눌러/i) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "we're gold - no sorry, silver actually. how many on-prem incidents is that per year, and which portal do I open them in?": the count, with where (the benefits answer says both).
  if (offer && has(/\bhow many\b|몇 ?(개|건)/i) && has(/\bwhich portal\b|\bwhere (do|can|should) (i|we) (open|file|raise|use)\b|어디서 (열|써|사용)/i) && !has(/\bleft\b|\bremaining\b|남은|남았/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('check-benefits');
  // "we're silver … if going gold is worth it purely for the support benefit. what changes for on prem and for cloud?": the two memberships side by side.
  if ((entities.offers?.length ?? 0) === 2 && !corrected && has(UPGRADE) && !has(CUSTOMER_SIDE) && !has(REMAINING) && words(text) <= 45 && !recognition.error) return answer('check-benefits', { offer: undefined, offers: entities.offers, facts: {} });
  // "how many cloud tickets have we opened this year?": the requests on record.
  if (has(/\bhow many\b[^.?!]{0,40}\b(have|did|has) (we|they|i|our team|the team) (opened|open|used|use|filed|file|burned|spent|raised)\b|몇 ?(개|건)[^.?!]{0,8}(열었|썼|사용했|열었는지|썼는지)/i) && !has(/\bleft\b|\bremaining\b|남은|남았/i) && !has(HYPOTHETICAL) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "온프렘 10개인건 알겠고요 클라우드는요? 애저쪽": the company's cloud side, asked first.
  if (!lastTopic && has(/(클라우드|애저|시그니처) ?(쪽은요|쪽은|는요|은요)|\b(and|what about|how about) (the )?(cloud|azure|signature)( side| ones?| incidents?)?\s*[?？]/i) && !entities.competencies.length && !offer && !has(CUSTOMER_SIDE) && words(text) <= 15 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "if i give him our ids how many on-prem incidents can he use?": the company's own balance, one pool for everyone.
  if (has(/\bhow many\b[^.?!]{0,40}\b(can|could|may|would) (he|she|they|the contractor|our contractor)\b[^.?!]{0,10}\b(use|open|have|get)\b|몇 ?(개|건)[^.?!]{0,15}(쓸 ?수|사용할 ?수)/i) && has(IDS_WORD) && !has(CUSTOMER_SIDE) && words(text) <= 35 && !recognition.error) return answer('remaining-incidents');
  // "im admin agent only. can I even view our Access ID / Contract ID in partner center?": yes, everyone in the company sees them (the IDs, as this account may see them).
  if (has(IDS_WORD) && has(/\b(can|could|may|am|are|is)\b (i|we|they|he|she|admin agents?|normal users?|regular users?)( even| still| also| actually)?( be able to| allowed to| able to)? (see|view|look at|look up|find|read)\b|(볼|확인할|조회할) ?수 ?(있|없)/i) && !has(/\b(they|he|she)\b[^.?!]{0,20}\b(customer|client)|고객/i) && words(text) <= 40 && !recognition.error) return answer('get-ids');
  // "which program are we on and what do our offers include for support?", "저희 무슨 멤버십이에요?": the membership on record and what it gives.
  if (has(/\b(which|what)\b[^.?!]{0,15}\b(program|membership|offers?|tier|level|competenc(y|ies))\b[^.?!]{0,12}\b(are we|am i|do we (have|hold)|we('re| are) (on|in)|have we got|is (our|my) (company|org))\b|(우리|저희)[^.?!]{0,12}(어떤|무슨|어느) ?(프로그램|멤버십|오퍼|등급|역량)|(우리|저희)[^.?!]{0,6}(프로그램|멤버십|오퍼|등급)[^.?!]{0,6}(뭐|무엇|어떤 ?거)/i) && !has(CUSTOMER_SIDE) && !has(HYPOTHETICAL) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "아 잠깐 10건 말고 20건이요" after a what-if: the same what-if with the count corrected.
  if (lastTopic === 'remaining-incidents' && last?.more && correctedCount(text) !== undefined && words(text) <= 14 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "고객사 프로젝트 들어가기전에 우리 지원계약 살아있는지 체크", "are we actually covered?": the company's own contract, whatever the customer.
  if (has(OWN_CONTRACT_CHECKED) && !has(CUSTOMER_TENANT) && !has(MORE_COUNT) && words(text) <= 40 && !recognition.error) return answer('validity');
  // "before our big customer project … i need 'the access id and contract id'. can i find them myself?": where the company's IDs are.
  if (has(CUSTOMER_SIDE) && has(IDS_WORD) && has(/\b(find|get|see|look up|look them up)\b|\bask (an? |the )?admin\b|어디|찾|볼 ?수|받아야/i) && !has(CUSTOMER_TENANT) && !has(/\btheir\b|고객(의|사의) ?(id|아이디)/i) && words(text) <= 45 && !recognition.error) return answer('get-ids');
  // "애저에서 지원 혜택 연결하는것도 인시던트 쓰는거에요?": linking or entering the IDs uses none.
  if (has(/(연결|등록|입력|링크)(하는|한) ?(것|거|게)도?[^.?!]{0,10}(인시던트|차감|소모)|\b(linking|adding|entering|registering)\b[^.?!]{0,40}\b(use|uses|cost|costs|count|counts|burn|burns|deduct|eat|eats)\b( up)?[^.?!]{0,20}\b(an? )?incidents?\b/i) && !has(/\b(each|every|have to|need to|has to)\b[^.?!]{0,25}\b(enter|add|link|register)\b|마다|각자/i) && words(text) <= 25 && !recognition.error) return answer('incident-definition');
  // "compare our on prem line and signature line for me": the lines side by side.
  if (has(/\bcompare\b|비교/i) && has(/\blines?\b|라인|\bpacks?\b|팩/i) && has(/\b(our|we|us|my)\b|우리|저희/i) && !offer && !entities.offers?.length && !entities.currentOffer && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "cloud?", "클라우드는?" as the first message: the company's cloud support (or the general count).
  if (!lastTopic && has(/^\s*(and |what about |how about )?(cloud|azure|signature|클라우드|애저|시그니처)( support| incidents?|는요|은요|요|는|은)?\s*[?？]*\s*$/i) && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "if i do that windows 10 thing … and fill in fake details, wont that open a real ticket??" after the balance: the check opens none.
  if (lastTopic === 'remaining-incidents' && has(/windows ?1[01]|\bdummy\b|\bfake\b|\btrick\b|더미|가짜|윈도우/i) && has(/\breal (ticket|case|request)\b|\b(open|create|submit)s? an? (real |actual )?(ticket|case|request)\b|\buse (up )?(an|one) incident\b|차감|진짜 ?(티켓|요청|케이스)|열리|접수/i) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents');
  // "once the Partner Cloud Support 2 one hits zero, will azure still offer it?": a used-up plan is hidden.
  if (has(/\bhits? (zero|0)\b|\bruns? out\b|\bused up\b|\bis (all )?gone\b|다 ?(쓰면|쓰고 ?나면)|0 ?건(이 ?되면)|소진되면/i) && has(/\b(still )?(offer|show|list|appear)s?\b|보이|뜨|나오|표시/i) && has(/azure|애저|new support request|새 지원 요청|support for business|\bsfb\b/i) && words(text) <= 40 && !recognition.error) return answer('plan-expired');
  // "me and megan both need to open … like 3 each. do we each get our own 18?": one shared count, and what those leave.
  if (has(TWO_OF_US_EACH) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "ok I'm the global admin. where exactly is the button?" after the benefits: the Activate button.
  if (has(/\bbutton\b|버튼|\bclick\b|누르|눌러|클릭/i) && has(/\bwhere\b|어디|\bwhich\b|어느|\bwhat (do|does|should|would)\b|뭘|뭐/i) && (has(/activat|활성화/i) || ['check-benefits', 'activate', 'get-ids', 'no-benefits', 'not-authorized'].includes(lastTopic ?? '')) && !has(/add contract|계약 추가|new support request|새 지원 요청|\blink|연결/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "and after that, how many can we use on azure?" after activating: the counts it brings, not a request more.
  if (lastTopic && has(/^\s*(and |so |ok |okay )?after (that|this|it)\b(?! one)/i) && has(COUNT_ASKED) && !has(/\bwhere\b|어디/i) && !has(/\b(request|ticket|case|one)s?\b[^.?!]{0,10}\b(more|opened)\b/i) && words(text) <= 16 && !recognition.error) return answer('check-benefits', has(CLOUD) && !has(ON_PREM) ? { aspect: 'cloud' } : {});
  // "환불된거 빼면요?", "and without the refunded one?" after the balance or what was used: what was used net of refunds, on record.
  if (lastTopic === 'remaining-incidents' && has(REFUNDS_LEFT_OUT) && !countsMore(text) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "the only guy who had our IDs saved just left. do we have to get microsoft to issue new ones?": no, they are read again in Partner Center.
  if (has(IDS_WORD) && has(IDS_LOST) && has(NEW_IDS_ASKED) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('get-ids');
  // "그럼 새 ID는 어떻게 받아요?", "so how do we get new IDs?" after the IDs' use: the company's IDs as the records have them (an expired contract: who activates the next period).
  // ("그 사람 나가면 새 ID 받아야 해요?": someone leaving or IDs lost is not an expired contract: no new IDs, below.)
  if (['ids-usage', 'ids-once', 'get-ids'].includes(lastTopic ?? '') && has(IDS_WORD) && has(NEW_IDS_ASKED) && !has(IDS_LOST) && !has(/나가|퇴사|떠나|그만두|\bleav|\bquit|\bgone\b|잃어|분실/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('get-ids');
  // "혜택 처음 쓰려면 먼저 뭐 해야되요?", "we're new, where do we start with the support benefit?": activation, then the IDs.
  if (has(FIRST_STEPS) && !has(IDS_WORD) && !has(COUNT_ASKED) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "how long after our membership starts do we have to activate?", "how long are the incidents good for?": the time limits (13 months to activate, 12 valid).
  if (has(TIME_LIMIT_ASKED) && !has(REMAINING) && !has(COUNT_ASKED) && words(text) <= 40 && !recognition.error) return answer('validity');
  // "our global admin is on leave. any other role that works? we do have an admin agent around" after who activates: each role, and who holds them.
  if (lastTopic && ['activate', 'roles', 'get-ids', 'not-authorized'].includes(lastTopic) && has(OTHER_ROLE) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('activate', { aspect: 'roles' });
  // "and if we run out, can i buy pay per incident with it" after a personal Microsoft account: buying needs one.
  if ((lastTopic === 'msa-allowed' || has(MSA_NAMED)) && has(/pay[- ]?per[- ]?incident|\bppi\b|건별|인시던트 ?단위/i) && has(/\b(buy|purchase|pay)\b|구매|구입|결제|살 ?수|사려/i) && words(text) <= 30 && !recognition.error) return answer('msa-allowed');
  // "we're renewing a week or two late. do the support incidents stop working immediately?": the renewal window.
  if (has(RENEWED_LATE) && !has(COUNT_ASKED) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('validity');
  // "클라우드 50건짜리 언제까지에요?", "until when is the 10pack good?": the line's contract end.
  if (has(/언제까지(에요|예요|요|인가요|죠|야|임|이에요|쓸 ?수|써요|사용)?\s*[?？]|\buntil when\b|\bwhen does (it|that|this|the [\w-]+( [\w-]+)?) (end|expire|run out)\b/i) && has(/\d+ ?(건|개)짜리|\d+ ?(pack|팩)\b|\bthe \d+[- ]incidents?\b|클라우드|온-?프렘|온-?프레미스|시그니처|\bcloud\b|\bon-?prem|\bsignature\b/i) && !has(COUNT_ASKED) && words(text) <= 12 && !recognition.error) return answer('validity');
  // "지금 프로그램 기준으로 Partner Cloud Support 케이스 하나 열면 바로 1건 차감되는거죠?": what one request uses (today's rule too, when today is named).
  if (has(/(케이스|요청|티켓)[^.?!]{0,6}(하나|한 ?건|1 ?건|한 ?개)[^.?!]{0,10}(열면|열어도|만들면|열 ?때)[^.?!]{0,15}(차감|깎|빠지|소진|나가)/i) && !has(/몇 ?(건|개) ?남|\d+ ?(건|개) ?남/i) && words(text) <= 25 && !recognition.error) return answer('incident-definition');
  // "do i still need to add them in support for business? pretty sure i did something back in march": the asker's links on record.
  if (has(/\b(still|even|again) (need|have) to (add|link|enter|register)\b|\bneed to (add|link|enter) (them|it|those) again\b|다시 ?(추가|연결|등록|입력)해야|또 ?(추가|연결|등록|입력)해야/i) && has(/\bi (think i |might have |probably )?(did|already|added|linked|entered)\b|\bpretty sure (i|we)\b|\bback in (january|february|march|april|may|june|july|august|september|october|november|december)\b|예전에|이미 ?(한|했)|했던 ?(것|거) ?같|했었/i) && words(text) <= 40 && !recognition.error) return answer('ids-usage');
  // "2021년 기준이요", "the old program": the last answer is the 2021 one already, given again.
  if (lastTopic && has(/^\s*(2021|mpn|옛날|예전|구|old|legacy|the old)( ?(년|program|프로그램|버전|rules?|one))*( ?기준)?(이요|요|으로요|로요|이에요|입니다|pls|please)?\s*[.?!？]*\s*$/i) && !recognition.error) return answer(lastTopic, { offer: last?.offer });
  // "on prem, windows server 2019" after how requests are opened: the on-premises way (not whether that version is covered).
  if (lastTopic === 'open-request' && has(ON_PREM) && !has(CLOUD) && !has(/\b(covered|supported|eligible|allowed)\b|지원 ?(되|대상|가능)|되나|돼요|되요|가능|몇 ?(개|건)|\bhow many\b/i) && words(text) <= 8 && !recognition.error) return answer('open-request');
  // "헐 그럼 애저 문제 생기면 어떻게 해야되요" after Partner Launch's count (none): the paid ways.
  if (lastTopic === 'current-program' && last?.currentOffer === 'partner-launch' && has(/어떻게|방법|\bwhat (do|should|can) (we|i) do\b|\bthen what\b|\bnow what\b|\bhow (do|can) (we|i) get (help|support)\b/i) && has(/문제|장애|오류|에러|\b(issues?|problems?|breaks?|broke|outages?|down|errors?)\b|애저|azure|클라우드|\bcloud\b/i) && words(text) <= 20 && !recognition.error) return answer('paid-plans');
  // "break down percent used on each of our 3 incident lines", "50건짜리랑 Core 중에 어느쪽이 더 많이 소진됐어요?": each line's share used.
  if (shareAsked(text) && !offer && !entities.offers?.length && has(/\blines?\b|\bpacks?\b|\bincidents?\b|\bsignature\b|\bcore\b|\bon-?prem|\bcloud\b|라인|팩|인시던트|건짜리|시그니처|코어|온프렘|클라우드/i) && !has(/\bif\b|[가-힣]면(요)?\s*[?？]?\s*$/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "Windows Server 2019 이슈로 온프레미스 케이스 처음 열려는데 절차 알려줘", "…SQL Server 이슈로 인시던트 열고싶은데 … 지금도 거기서 하나요?": how a request is opened, whatever the product.
  if (has(/절차|방법|어떻게 ?(열|만들)|(어디|거기)서 ?(하|열|만들)|\b(steps|procedure)\b|\bhow (do|can|should) (i|we) (open|file|raise|create|submit)\b/i) && has(/케이스|티켓|인시던트|요청|\b(cases?|tickets?|requests?|incidents?)\b/i) && has(/열|만들|\b(open|file|raise|create|submit)/i) && scopeAsked(text) !== undefined && !has(COUNT_ASKED) && !has(REMAINING) && !has(CUSTOMER_SIDE) && !has(/\b365\b|\boffice\b|\bteams\b|exchange online|outlook/i) && words(text) <= 30 && !recognition.error) return answer('open-request');
  // "Someone told me our support contract expired in May, so I can't open a ticket now, right?": whether the company's contract is still valid.
  // ("팀장님이 우리 지원 계약 5월에 끝났다고 하던데 맞아요? 그럼 케이스 못여는거?": the same.)
  if (has(/\b(expired|ran out|lapsed)\b|만료(됐|되었|된)|끝났|끝난|종료(됐|되었|된)/i) && has(/\b(our|my|we)\b|우리|저희/i) && has(/\b(contract|membership|benefits?|ids?|support)\b|계약|멤버십|혜택/i) && has(/\b(told|said|heard|apparently|right\s*\?|isn'?t it)|그러던데|라던데|하던데|다던데|들었|그랬|맞(죠|나요|지요|아요)/i) && !has(CUSTOMER_SIDE) && !has(MORE_COUNT) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "I activated it last time, so I'll just click Activate again.": activating (and who may, and what the records say).
  if (has(/\b(click|press|hit) (the )?activate\b|\bactivate (it |them )?again\b|다시 ?활성화|재활성화/i) && !has(NEW_PERSON) && !has(/\bfor (them|him|her|each|every one|everyone)\b|\bnew (engineers?|hires?|colleagues?|people|users?|staff)\b|마다|각자|신입|\bfresh\b|\bbatch\b|\brefill|\breset\b|\bmore incidents\b|채워|리셋|충전|초기화|\bjust (hit|clicked|pressed)\b/i) && !has(MORE_COUNT) && !has(REMAINING) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('activate');
  // "Signature 클라우드 10건 벌써 다 써서 이제 Azure 티켓 못 여는거죠? 팀장님이 그러던데": a line said to be used up, checked against the records.
  if (has(USED_UP) && has(/\b(azure|cloud|signature|on-?prem\w*|pack|incidents?)\b|시그니처|클라우드|애저|온-?프렘|온-?프레미스|팩|인시던트|\d+ ?건/i) && has(/죠|지요|맞(나요|아요|죠)|거에요|건가요|그러던데|라던데|\btold\b|\bsaid\b/i) && !has(/\b(buy|purchase|what now|what (can|should) (we|i))\b|구매|사야|어떻게|써야|\b(have|need) to use\b|\bmust use\b|만료일/i) && !has(CUSTOMER_SIDE) && !has(MORE_COUNT) && !has(HYPOTHETICAL) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "그럼 MSA로도 Access ID 넣으면 쓸 수 있다는 거에요?": whether a personal Microsoft account works.
  if (has(MSA_NAMED) && has(/(쓸|사용할|열) ?수|써도|되나|돼요|되요|\bcan (i|we|he|she|they|that|it|this)\b|\bbe used\b|\bworks?\b|\ballowed\b/i) && !has(/\b(buy|purchase|pay)\b|구매|결제|사려|활성화|\bactivat/i) && !has(CUSTOMER_SIDE) && words(text) <= 24 && !recognition.error) return answer('msa-allowed');
  // "온프렘 티켓 지금 열어도 되죠", "can we still open an azure ticket?": whether that side can be used now (the records' balance).
  // ("액션팩인데 애저 티켓도 열수있나요?": what the membership named gives on that side.)
  if ((has(/열어도 ?(되|돼)|열 ?수 ?있/i) || (has(STILL_USABLE) && !has(/\b(can|could) (i|we) (open|file|raise)\b/i))) && has(/티켓|케이스|요청|인시던트|\b(tickets?|cases?|requests?|incidents?)\b/i) && (has(ON_PREM) || has(CLOUD)) && !has(CUSTOMER_SIDE) && !has(M365_NAMED) && !has(/어디|어떻게|\bwhere\b|\bhow\b|\bif\b|버전|\bversions?\b|\bwhich\b|\bn-?\d\b|dynamics|다이나믹스/i) && !has(MORE_COUNT) && words(text) <= 20 && !recognition.error) return offer && !has(/지금|아직|오늘|\b(still|now|today)\b/i) ? answer('check-benefits', { ...(has(CLOUD) && !has(ON_PREM) ? { aspect: 'cloud' as const } : {}), offer }) : answer('remaining-incidents');
  // "help designing an Azure architecture before they sign. Can I burn one of our support incidents on architecture guidance?", "deployment guidance for a customer rollout":
  // advice, not a break-fix issue: Technical Presales & Deployment, not the incidents.
  if (has(/\barchitect(ure)?\b|\b(design(ing)?|deployment|migration|rollout|planning) (help|guidance|advice|planning|review)\b|\b(guidance|advice) (on|for) (the )?(design|architecture|deployment|rollout|migration)\b|설계|아키텍처|배포 ?(가이드|상담|자문|계획)|도입 ?(상담|자문|컨설팅)|컨설팅/i) && has(/\b(incidents?|support (incident|case|ticket)s?|partner (cloud )?support)\b|인시던트|지원 ?(혜택|케이스|요청)|케이스|티켓/i) && !has(/\b(broke|broken|down|error|failing|fails|outage|not working)\b|장애|오류|에러|안 ?돼|안 ?되/i) && words(text) <= 40 && !recognition.error) return answer('tpd');
  // "고객사 Exchange Server on-prem 이슈로 … 버전 제한같은거 있나여?": which versions are covered.
  if (has(/버전|\bversions?\b/i) && has(/제한|범위|대상|\blimits?\b|\brestrict\w*|\b(which|what|any) versions?\b|\bversions? (are |is )?(covered|supported)\b/i) && !has(/\b(azure|365|online)\b|애저/i) && words(text) <= 30 && !recognition.error) return answer('supported-products');
  // "…중복으로 닫혀서 차감 취소됐다고 들었는데 기록에 반영돼있어요?", "was that refund reflected in our records?": the requests on record.
  if (has(/refund|credited|차감 ?취소|환불|돌려받/i) && has(/기록|반영|\brecords?\b|\breflected\b|\bshow(s|n|ing)? up\b/i) && !has(/어디서|어디에서|\bwhere\b|직접 ?확인/i) && !has(CUSTOMER_SIDE) && !has(MORE_COUNT) && !has(HYPOTHETICAL) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "sorry, I meant the cloud one" after who activated: the same answer (the contract is one for both sides).
  if ((lastTopic === 'activate' || lastTopic === 'get-ids') && has(CORRECTION) && (has(ON_PREM) || has(CLOUD)) && !QUESTION.test(text) && words(text) <= 10 && !recognition.error) return answer(lastTopic);
  // "4월에 Signature 인시던트 연 날짜들좀 뽑아줄수 있어요?", "Woodgrove Bank Partners 5월 사용량": the requests on record in that month.
  if (has(/\b([1-9]|1[0-2]) ?월|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i) && (has(/사용량|사용 ?내역|날짜|\busage\b|\bdates?\b|\bhistory\b/i) || (has(/썼|열었|연 ?(건|날|티켓|케이스|인시던트)|\bused\b|\bopened\b/i) && has(/몇|\bhow many\b|\bwhich\b|\bwhat\b|뭐|어떤|알려|뽑아|보여|\blist\b|\bshow\b/i))) && !has(/만료|유효|까지|expir|valid|\buntil\b|\bends?\b|갱신|renew|activat|활성화|\blink|연결|등록/i) && !has(HYPOTHETICAL) && !has(MORE_COUNT) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "How many days do we have left until our partner support contract expires?": the days (or the days since it expired).
  if (has(/\bhow many (more )?days\b|며칠|몇 ?일/i) && has(/expir|만료|\buntil\b|\bends?\b|끝나|남았/i) && has(/contract|membership|benefits?|ids?|계약|멤버십|혜택/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "근데 시그니처는 왜 사용할수 없는 지원플랜에 떠있어요? 만료된거에요?": the on-premises listing (expected), with the balance.
  if (has(SIGNATURE_UNAVAILABLE) && !has(/\bazure\b|애저/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "So what has to happen for us to get support incidents again?" after an expired contract: how the next one comes (activated again, by whom).
  if (has(/\b(get|have|use)\b[^.?!]{0,20}\b(incidents?|support|benefits?)\b[^.?!]{0,10}\b(again|back)\b|(인시던트|혜택|지원)[^.?!]{0,10}다시 ?(받|쓰|쓸|사용)/i) && (lastTopic === 'plan-expired' || lastTopic === 'validity' || lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && !has(/\bbuy\b|\bpurchase\b|구매|사야|살 ?수/i) && !has(HYPOTHETICAL) && !asksNow(text) && !has(REFUND_WORD) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('plan-expired');
  // "클라우드는 다쓴거 아는데 온프렘은?": the other side's balance, asked at the end.
  if (has(/(온-?프렘|온-?프레미스|on-?prem\w*|클라우드|시그니처|\bcloud\b|\bsignature\b|\bazure\b|애저)\s*(은|는|쪽은|쪽은요|은요|는요)?\s*[?？]+\s*$/i) && has(USED_UP) && !has(CUSTOMER_SIDE) && !has(HYPOTHETICAL) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "무제한 말고요 ㅋ 온프렘이랑 Signature 10pack 남은거만 합쳐서요": what is left, added up (the balance answer adds the lines).
  if (has(/합치|합쳐|합하|더하|\btotal\b|\badd(ed)? (them )?(up|together)\b|\bcombined\b/i) && has(LEFT_WORD) && !has(HYPOTHETICAL) && !has(MORE_COUNT) && !has(CUSTOMER_SIDE) && !entities.currentOffer && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "2021년 기준으로 Gold 온프렘 20, Silver 15, Action Pack 10 맞아요? 이게 월마다인가요?": the memberships' counts, a year each.
  if (has(/월마다|매달|매월|한 ?달에|\bper month\b|\bmonthly\b|\beach month\b|\ba month\b/i) && (offer || entities.currentOffer) && has(/\d/) && !has(HYPOTHETICAL) && !has(MORE_COUNT) && !has(LEFT_WORD) && words(text) <= 30 && !recognition.error) return answer(entities.currentOffer ? 'current-program' : 'check-benefits');
  // "…azure won't offer our partner plan and support for business says our contract is expired?? how is that possible": an expired contract, not a message to diagnose.
  if (has(EXPIRED_SAID) && (PLAN_MISSING.test(text.toLowerCase()) || has(/\bwon'?t (offer|show|list)\b|안 ?(떠|나와|보여)/i)) && !has(CSP_CUSTOMER_NAMED) && words(text) <= 40 && !recognition.error) return answer('plan-expired');
  // "im admin agent here. can i hit Activate myself if we ever need it or who does that": who may activate.
  if (has(/\bactivate\b[^.?!]{0,12}\bmyself\b|직접 ?활성화/i) && has(/\bwho\b|누가/i) && !has(/\btpd\b|\bagain\b|다시/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('activate');
  // "Contoso Cloud Partners 4월 29일에 뭐 있었지?", "what happened on 4/29?": the requests on record.
  if (datesIn(text, 200).length && has(/뭐 ?(있었|했었|였)|무슨 ?일|\bwhat happened\b|\bwhat was (on|that)\b/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Diego가 SfB에 계약 연결했다던데 언제였음?": the links on record, with dates.
  if (has(/(연결|추가|등록)(했|한)[^.?!]{0,10}(언제|날짜)|언제 ?(연결|추가|등록)|\bwhen did \w+ (link|add|enter)\b/i) && has(/\bsfb\b|support for business|애저|azure|계약|\bcontract\b|\bids?\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 24 && !recognition.error) return answer('ids-usage');
  // "애져 지원혜택 연결하니까 기술 계정 관리자한테 새 액세스 ID 받으래요": the "already associated" message in other words.
  if (has(/기술 ?계정 ?관리자|\btam\b|technical account manager/i) && has(/새 ?(액세스 ?|엑세스 ?)?id|\bnew (access )?id\b|새 ?아이디/i) && has(/애저|애져|azure|연결|\blink/i) && words(text) <= 40 && !recognition.error) return answer('access-id-error');
  // "우리 회사 구독이에요, CSP 고객 아니고요. 링크는 했는데 왜 안 보이는 거예요?", "계약은 아직 유효해요. … 이제 어떻게 해요?" after a
  // diagnosis: its question answered, so the diagnosis again with what was said (not CSP or the validity because of the words used).
  if ((lastTopic === 'access-id-error' || lastTopic === 'plan-expired') && (stated.customerSubscription === 'no' || stated.contractStatus === 'valid' || stated.linkedBefore) && !has(/말고|\binstead of\b|\bother than\b|\bwhen did\b|언제/i) && words(text) <= 30 && !recognition.error) return answer(stated.contractStatus === 'valid' || lastTopic === 'access-id-error' ? 'access-id-error' : lastTopic);
  // "it's our own tenant, not a customer's" after Microsoft 365: still Microsoft 365 (the company's own admin center).
  if (lastTopic === 'm365' && stated.customerSubscription === 'no' && !has(/azure|애저|\baks\b|\bvms?\b|dynamics|다이나믹스|power ?(apps?|platform|automate)/i) && words(text) <= 14 && !recognition.error) return answer('m365');
  // "아 로그인할 때 개인 outlook 계정 썼어요. 그래서 그런 건가요? 어떻게 바꿔요?" after "no benefits yet": the account is the cause, switched in Partner Center.
  if (lastTopic === 'no-benefits' && has(/outlook|hotmail|live\.com|\bmsa\b|personal (microsoft )?account|개인 ?(계정|이메일|메일)|마이크로소프트 계정|microsoft account/i) && has(/그래서 그런|그런 ?(건가|거예요|거죠)|때문(인가|이에요|일까)|어떻게 (바꿔|바꾸|전환)|\bis that (why|the reason|it)\b|\bhow (do|can|should) i (switch|change)\b/i) && !has(IDS_WORD) && words(text) <= 30 && !recognition.error) return answer('no-benefits');
  // What the last answer was about: the 2021 terms whose new names it gave ("Partner Signature 5pack"), else its membership.
  // "What's that benefit called now?" after "how many on-prem left?": the benefit asked about, not the membership.
  const benefitBefore = last?.scope && !offer && !entities.renames?.length && has(/\bthat (benefit|one|line|pack|plan)\b|\bit\b|그 ?(혜택|거|건|라인)|그거|그건|그게|그것/i) ? [last.scope === 'on-premises' ? 'product-support' : 'signature'] : undefined;
  // "what about the other one?" after a balance on one side (or a balance answered beside another topic): the other side's balance;
  // after a CSP customer's request, with the partner's own tenant named too ("one in a customer's subscription, one in ours"): the company's cloud benefit.
  if ((lastTopic === 'remaining-incidents' || last?.before === 'remaining-incidents') && has(OTHER_ONE) && !recognition.error) return answer('remaining-incidents');
  if (lastTopic === 'csp-customer' && has(OTHER_ONE) && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "do I need to add our access id / contract id for that?" after a CSP customer's request: no (the CSP plan).
  if (lastTopic === 'csp-customer' && has(IDS_WORD) && has(/\bneed|\bhave to\b|\brequired?\b|\badd\b|필요|넣어야|입력해야|등록해야/i) && words(text) <= 20 && !recognition.error) return answer('csp-customer');
  // "ok Diego sent them over. can I use them with this same account … in support for business?": each account enters the IDs once.
  if (has(/\bcan (i|we|he|she|they) (just )?use (them|these|those|the ids|it)\b|(이걸로|그걸로|받은 ?(걸로|거로|ID로|아이디로))/i) && (has(IDS_WORD) || ['get-ids', 'not-authorized', 'ids-usage', 'no-benefits'].includes(lastTopic ?? '')) && (has(SFB_NAMED) || has(/\bsame account\b|\bthis account\b|\bmy account\b|제 ?계정|이 ?계정/i)) && !has(/\bversions?\b|버전|n-1/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "and on prem" after a balance asked beside another answer ("access id already associated … how many are left"): that balance.
  if (last?.countAsked && has(/온-?프레|온프렘|\bon[- ]?prem|클라우드|\bcloud\b|시그니처|\bsignature\b/i) && (has(CUE) || words(text) <= 3) && words(text) <= 6 && !recognition.error) return answer('remaining-incidents');
  const lastSubject: Partial<TopicAsk> = lastTopic === 'renamed' && last?.renames?.length && !offer && !entities.renames?.length ? { renames: last.renames } : benefitBefore ? { renames: benefitBefore } : { offer: offer ?? last?.offer };
  const activationThread = lastTopic === 'activate' || lastTopic === 'get-ids' || lastTopic === 'register-ids';
  // "뭐 썼는지 보여줘", "what did we use?": the requests on record.
  if (has(/(뭐|뭘|무엇을?|어디에?|어떤 ?(거|건))[^.?!]{0,6}(썼|사용했|쓴|사용한)|\bwhat (did|have) (we|i|they) (use|used|spend|spent|open|opened)\b|\bwhat (we|they)('ve| have)? (used|opened)\b|\bwhich (srs?|sr numbers?|service requests?|tickets?|cases?|requests?)\b[^.?!]{0,12}\b(burn(ed|t)?|used?|spent|ate|eat|took|consumed?|counted|went (against|to)|came (out of|from)|charged)\b/i) && !has(/\bfor\b|용도|\bif\b|[가-힣]면/i) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "which one got given back?", "환불된 건 어떤 거예요?": the requests on record, the refunded one named.
  if (has(/\bwhich (one|request|ticket|incident|case|sr)s?\b.{0,30}\b(refund|given back|credited|returned)|\b(refund|given back|credited)\w*\b.{0,30}\bwhich (one|request|ticket|incident|case)\b|어떤 ?(게|거|건|요청|티켓)[^.?!]{0,12}(환불|돌려)|(환불|돌려받)[^.?!]{0,12}(어떤|무슨) ?(건|거|요청|티켓)/i) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Two problems, can I put both in one ticket?", "두 개 티켓 하나로 같이 열어도 돼요?": what one incident is.
  // "do my teammates need to do that too or are they covered now" after linking: each account enters the IDs once.
  if ([lastTopic, last?.before].some((t) => t && ['ids-usage', 'get-ids', 'link-azure', 'access-id-error'].includes(t)) && has(/\b(teammates?|colleagues?|co-?workers?|others|everyone|the rest of (us|the team))\b|동료|팀원|다른 (사람|직원|분)/i) && has(/\bneed\b|\bcovered\b|\btoo\b|\balso\b|해야|도 ?(돼|되|연결|입력)/i) && words(text) <= 20 && !recognition.error) return answer('ids-usage');
  // "before i go buy premier - do we actually have any support included?", "유료 지원 결제하기 전에 우리 회사 포함된 지원 있는지": the company's own benefits first.
  if (has(/\b(buy|purchase|pay|paid|premier|advanced)\b|유료|결제|구매|구입/i) && has(/\b(included|come with|comes with)\b|\b(do|does) (we|i|our company) (actually |even |already )?(have|get) (any )?(support|incidents?|benefits?)\b|포함(된|되어|돼)|(지원|혜택)(이|가)? ?있는지/i) && has(/\b(we|our|us)\b|우리|저희/i) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "and after the 5 cloud ones are gone?", "그거 다 쓰면요?": what gives support once the incidents are used up.
  if (lastTopic && has(/\b(after|once)\b[^.?!]{0,30}\b(are|is|get|gets|have|has)? ?(all )?(gone|used up|run out|runs out|ran out|exhausted)\b|\b(ones|incidents|tickets|them|those)\b (are|get) (all )?(gone|used up)\b|다 ?(쓰면|쓰고 ?나면|떨어지면)|소진되면|바닥나면/i) && !has(REMAINING) && !countsMore(text) && !has(DOUBT) && words(text) <= 16 && !recognition.error) return answer('paid-plans');
  // "ok so what do we do when it runs out" after a balance: what gives support once those incidents are gone (not when the contract ends).
  if (((lastTopic && ['remaining-incidents', 'check-benefits', 'current-program'].includes(lastTopic)) || (!lastTopic && has(/\d/) && has(/\bincidents?\b|\bpack\b|\bleft\b|인시던트|남은|남았/i) && !has(/\bcontract\b|\bmembership\b|계약|멤버십/i))) && has(RUNS_OUT_NEXT) && !countsMore(text) && !has(DOUBT) && words(text) <= 16 && !recognition.error) return answer('paid-plans');
  // "온프렘 SQL 서버 건으로 인시던트 열려면 어느 사이트에서 ID 등록함?", "where do we enter our IDs for an on-prem case?": where the IDs go.
  if (has(/(어느|어떤|무슨) ?(사이트|포털|곳|데)[^.?!]{0,12}(id|아이디|계약)[^.?!]{0,10}(등록|입력|넣|추가)|\bwhere (do|should|can|would) (i|we) (register|enter|add|put|type) (in )?(the |our )?(ids?|access id|contract id)\b/i) && !['get-ids', 'm365', 'csp-customer'].includes(recognition.intent) && !has(/\bthese days\b|\bnowadays\b|\btoday\b|\bnow\b|\bstill\b|요즘|지금|아직도/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "ok so how do i pay for a single ticket then": pay per incident (bought with a Microsoft account).
  if (has(/\bpay (for )?(a |one )?(single|one|individual|separate)? ?(ticket|case|incident|request)\b|\bbuy (a |one )?(single|one|individual)? ?(ticket|case|incident)\b|\bpay[- ]per[- ]incident\b|건별 ?(유료|결제|구매|구입)|(한 ?건|1건)만 ?(유료로|돈 ?내고|결제|구매)/i) && has(/\bhow\b|\bwhere\b|어떻게|어디/i) && words(text) <= 20 && !recognition.error) return answer('paid-plans');
  // "갱신을 며칠 늦게 하면 남은 인시던트 바로 날아가요?": the renewal window.
  if (has(/갱신|\brenew/i) && has(/늦게|늦으면|지나(서|면)|\blate\b|\bafter (the )?(anniversary|expir\w*|end)\b|\bgrace\b|\bmiss\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('validity', { aspect: 'own' });
  // "who over there has to do that?" after benefits that need activating first: who activates.
  // "제가 직접 고칠 수 있나요?", "ok can i just do that myself?" after the Azure message: whether the asker can do what it needs.
  if ((lastTopic === 'access-id-error' || last?.before === 'access-id-error') && has(/\bcan i (just )?(do|fix|solve|sort|handle) (that|it|this)( out)?( myself| on my own)?\b|\bdo (that|it) myself\b|제가 ?(직접|혼자)? ?(고칠|해결할|처리할|할) ?수|제가 ?(직접|혼자) ?(해도|하면)|제가 ?(해도|하면) ?(되|돼)/i) && !has(/활성화|activat/i) && words(text) <= 12 && !recognition.error) return answer('access-id-error', { aspect: 'self' });
  // "메뉴가 정확히 어디 있어요?", "where exactly is that menu?" after steps: the same steps (their path is the answer).
  if (lastTopic && (WHERE_TOPICS.has(lastTopic) || lastTopic === 'activate') && has(/정확히 ?어디|메뉴(가|는)? ?(어디|정확히)|어느 ?메뉴|\bwhere exactly\b|\bwhich (menu|tab|page|button)\b|\bwhere(’|'|\s+i)?s (the|that) (menu|button|page|tab|option)\b/i) && words(text) <= 10 && !recognition.error) return answer(lastTopic);
  if (lastTopic && ['paid-plans', 'check-benefits', 'remaining-incidents', 'plan-expired', 'validity', 'get-ids', 'activate', 'no-benefits'].includes(lastTopic) && has(WHO_DOES) && !has(IDS_WORD) && !has(/\band (how|what|when|where|which)\b/i) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "동료한테 ID 받으면 제 계정으로 비즈니스 지원에서 바로 쓸 수 있어요?": IDs from a colleague, entered once with one's own account.
  if (has(/(동료|팀원|다른 ?사람|관리자|디에고|\w+님)(한테|에게|로부터|한테서)[^.?!]{0,15}(ID|아이디)[^.?!]{0,10}받/i) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "cool and then we can use it for azure too right": whether the benefit covers cloud (Action Pack's does not).
  if (lastTopic && has(/\b(we|i) can (also )?use (it|them|this|that|those)( benefit)? (for|with|on) (azure|cloud)( stuff| products| tickets)?,? (too|as well|also)\b|\bcan (we|i) (also )?use (it|them|this|that|those) (for|with|on) (azure|cloud)( stuff| products| tickets)? (too|as well)\b|(애저|클라우드|azure)(도|에도|까지) ?(쓸|사용할|되|돼)/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "온프렘 쪽은 지금 바로 쓸 수 있어요?": whether the company's benefit can be used now (activated or not).
  if (has(/(지금|당장|바로)[^.?!]{0,6}(쓸|사용할) ?수|\bcan (we|i) (use|start using) (it|them|that|those|on-?prem\w*|cloud|the \w+)( \w+)? ((right )?(now|today|yet)|right away|straight away|immediately)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 14 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "ok and exchange online, same as azure?": a Microsoft 365 service, which takes no IDs.
  if (lastTopic && has(M365_NAMED) && words(text) <= 12 && !recognition.error) return answer('m365');
  // "what would silver give us instead?" (of Action Pack): what that membership gives, not what it became.
  if (recognition.intent === 'renamed' && offer && has(/\bwhat (would|does|do|will|could|did) (a |the )?(gold|silver|action ?pack|maps)( competency| membership)? (give|get|include|offer|come with)\b/i) && !has(/\b(now|today|nowadays|these days|replaced?|became|called|renamed|successor|program|current)\b|2026/i) && !recognition.error) return answer('check-benefits');
  if (has(SEVERAL_ISSUES) && words(text) <= 60 && !recognition.error) return answer('incident-definition');
  if (has(INCIDENT_RULE_ASKED) && !has(CUSTOMER_SIDE) && words(text) <= 60 && !recognition.error) return answer('incident-definition');
  // "ok just tell me the on-prem number": the balance.
  // ("gold partner, on-prem incidents per year, just the number pls": a membership named is its count, not a balance.)
  if (has(/\b(tell|give|show) me\b[^.?!]{0,25}\b(number|count|balance|figure)\b|\bjust the (number|count|figure)\b|숫자만|건수만|개수만/i) && words(text) <= 14 && !recognition.error) return answer(offer && !has(REMAINING) ? 'check-benefits' : 'remaining-incidents');
  // "so what do i use then" after a "no" (Microsoft 365 takes no IDs, a customer's Azure goes the CSP way): that answer's way instead.
  if (lastTopic && ['m365', 'csp-customer', 'no-benefits', 'plan-expired'].includes(lastTopic) && has(/\bwhat (do|should|can) (i|we) (use|do|try)( then| instead)?\b|\b(so|then) what\b|\bwhat instead\b|그럼 ?(뭘|뭐|어떻게) ?(써|쓰|해)|대신 ?(뭘|뭐)/i) && words(text) <= 10 && !recognition.error) return answer(lastTopic);
  // "when did microsoft stop action pack renewals?": when that 2021 offer or name ended.
  if ((offer || entities.renames?.length) && has(/\bwhen (did|was|were)\b[^.?!]{0,40}\b(stop|stopped|end|ended|retire|retired|discontinu\w*|kill|killed|sunset|go away|went away)\b|언제[^.?!]{0,20}(없어|끝났|종료|중단|단종)/i) && words(text) <= 30 && !recognition.error) return answer('renamed', { offer });
  // "our signature 5pack shows 0 left. does the new program fix that?": what the 2021 membership is today.
  if (offer && has(/\bnew program\b|\b2026\b|\bmaicpp\b|\btoday'?s program\b|새 ?프로그램/i) && has(/\b(fix|help|change|solve|better|more)\b|해결|나아|늘어|바뀌/i) && words(text) <= 30 && !recognition.error) return answer('renamed', { offer });
  // "do access id + contract id still exist in the new program?": today's program still issues them.
  if (has(IDS_WORD) && has(IDS_STILL) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "we're silver so we got 15 + 5 ready to go, can my engineer just open a ticket in SfB now?": opening a request (and what stops it).
  if (has(/\bcan (i|we|my \w+|he|she|they|our \w+) (just |already |now |simply )?(open|file|raise|submit|log) (a |an |the )?(ticket|case|request)\b/i) && !has(CUSTOMER_SIDE) && !recognition.error && !(isIntentId(recognition.intent) && recognition.score >= CONFIDENT) && words(text) <= 40) return answer('open-request');
  // "and now with partner cloud support?" after a 2021 rule: today's rule.
  if (lastTopic && ['open-request', 'current-program', 'incident-definition'].includes(lastTopic) && has(NOW_ASKED) && words(text) <= 10 && !recognition.error) return answer('current-program');
  // "1건 열면 엔지니어가 몇 시간까지 봐주나요? 오래 걸리면 2건으로 차감돼요?": what one incident covers, not a balance after it.
  if (has(TIME_SPENT) && has(/\bincidents?\b|\btickets?\b|\bcases?\b|인시던트|건|티켓|케이스/i) && !has(/\b(presales|deployment|advisory|tpd)\b|기술 ?영업|배포|자문/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "지정 2개 받으면 2배로 내야 돼요?", "do we pay double for two designations?": today's prices (one fee for all designations).
  if (has(/(지정|designations?)[^.?!]{0,30}((2|두) ?배|\bdouble\b|\btwice\b)|((2|두) ?배|\bdouble\b|\btwice\b)[^.?!]{0,30}(지정|designations?)/i) && !recognition.error) return answer('current-program');
  // "Which on-prem product versions can we use the incidents for?", "어떤 버전까지 돼요?": the versions covered.
  if (has(/\b(which|what) (on-?prem(ises)? )?(product )?versions?\b|어떤 ?버전|버전(은|이)? ?(어디까지|몇까지)/i) && words(text) <= 30 && !recognition.error) return answer('supported-products');
  // "제가 활성화할 수 있나요?", "can I activate it?": whether the asker's role may (the records answer).
  if (has(/^\s*(so |ok |then )?can i (just )?activate( it| them| the benefits?)?( myself)?\s*[?？]*\s*$|(제가|내가|저도) ?(직접 )?활성화(를)? ?(할 ?수 ?(있|있나|있어)|해도 ?(돼|되))/i) && words(text) <= 12 && !recognition.error) return answer('activate', { aspect: 'pushback' });
  // "Nobody activated ours. Can I do it myself or do I need IT?": who may activate.
  if (has(/\bcan (i|we) (just )?do (it|that|this) (myself|ourselves|on my own)\b|\bdo (i|we) need (it|an admin|our admin|the it|it dept)\b/i) && (has(/activat|활성화/i) || lastTopic === 'activate') && words(text) <= 30 && !recognition.error) return answer('activate');
  // "sfb에 또넣어야됨? 전에 한번 넣은거같은데", "do I enter them again?": entering the IDs (once per account, and the links on record).
  if (has(/또 ?(넣|입력|등록)|다시 ?(넣|입력|등록)|\b(enter|add|type|put) (it|them|the ids?|the contract)( in)? again\b|\bre-?enter\b/i) && (has(/\b(sfb|support for business|azure|ids?|contract)\b|비즈니스 ?지원|애저|아이디|계약|\bid\b/i) || lastTopic === 'get-ids' || lastTopic === 'ids-usage') && !has(/\bnext year\b|내년|갱신|renew|\b(every|each) (month|year)\b|매달|매월|매년|expir|만료/i) && lastTopic !== 'plan-expired' && lastTopic !== 'access-id-error' && words(text) <= 25 && !recognition.error) return answer('ids-usage');
  // "Activate btn is disabled, can u activate it for me?": who can activate (the role is missing).
  if (has(/\bactivate (button|btn)\b.{0,30}\b(disabled|greyed|grayed|dimmed|inactive|not clickable)\b|\b(disabled|greyed|grayed|dimmed)\b.{0,30}\bactivate\b|활성화 ?(버튼|단추)[^.?!]{0,15}(회색|비활성|안 ?눌|흐리|눌리지)/i) && !recognition.error) return answer('activate');
  // "do i need to activate something before i open a cloud ticket?": whether (when, by whom) it is activated.
  if (has(/\b(do|should|must) (i|we) (need to |have to )?activate\b|\bneed to activate\b|활성화(를)? ?(먼저 )?해야/i) && !has(/\bhow\b|어떻게|\bwhere\b|어디|다시|\bagain\b|re-?activat|\btoo\b|\bthat one\b|그것도|그거도|\bseparate\b|\beach of\b|따로|마다|언제까지|얼마 ?동안|\bhow long\b|\buntil when\b|\bby when\b|기한/i) && !has(TPD_WORDS) && lastTopic !== 'tpd' && words(text) <= 30 && !recognition.error) return answer('activate');
  // "does our Success Core come with on-prem incidents?": today's offer, whose on-premises incidents only the designation has.
  if (entities.currentOffer && has(ON_PREM) && has(/\b(come|comes) with\b|\binclude[sd]?\b|\b(have|has|get|give)s?\b|포함|있나|있어|있나요|주나|나오나/i) && has(QUESTION) && !has(REMAINING) && words(text) <= 30 && !recognition.error) return answer('current-program', { currentOffer: entities.currentOffer });
  // "그럼 파트너 센터에서는 어디 메뉴 보면 돼요?" after the balance: where Partner Center shows it (the balance's answer names the page).
  if (lastTopic === 'remaining-incidents' && has(/파트너 ?센터|파센|\bpartner center\b|\bpc\b/i) && has(/어디|메뉴|경로|\bwhere\b|\bmenu\b|\bpath\b|\bpage\b/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "Can we still use the partner Signature benefit or is it gone?", "그럼 지금 저희 10건은 쓸 수 있는 거예요?": what the company has, and its state.
  if (has(/\bor is it (gone|over|dead)\b|\bis it (all )?(gone|still there|still usable)\b|(저희|우리)[^.?!]{0,12}\d{1,2} ?(건|개)[^.?!]{0,6}(쓸|사용할) ?수 ?있/i) && !has(CUSTOMER_SIDE) && !has(/refund|환불|duplicate|중복|\bbug\b|버그|credited|\b(get|got) (it|that|one|the \w+) back\b/i) && !has(/window|renew|grace|갱신|유예/i) && !has(/\bif\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && !entities.currentOffer && words(text) <= 25 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "How many are left on our designation? pretty sure one got refunded": the balance with what was used and refunded.
  if (has(REMAINING) && has(/\brefund(ed|s)?\b|환불|credited back/i) && !has(/\bif\b|\bwould\b|\bhow (do|does|can)\b|어떻게|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "get me a human then", "사람이랑 얘기할래요": a person.
  if (has(/\b(get|give|connect|transfer|put) me (to|through to|with)? ?(a |an |the )?(human|person|real person|agent|someone|staff|engineer)\b|\b(talk|speak|chat) (to|with) (a |an )?(human|person|real person|agent)\b|상담원|사람(이랑|과|하고|한테) ?(얘기|이야기|통화|연결|상담)/i) && words(text) <= 15 && !recognition.error) return answer('human');
  // "만료된 지 며칠 됐어요?", "how long ago did it expire?": the contract's end and the time since.
  if (has(/(만료|끝난|종료)(된|난|되|나)? ?지 ?(얼마|며칠|몇)|\bhow long ago did (it|the contract|our contract|the plan) (expire|end|lapse)\b|\bexpired how long ago\b/i) && !recognition.error) return answer('validity');
  // "그럼 누가 해야 돼요?" after an expired plan: who activates the next one.
  if (lastTopic === 'plan-expired' && has(/^\s*(그럼|then|so|ok)?,? ?(누가|who)\b/i) && words(text) <= 10 && !recognition.error) return answer('activate');
  // "Dynamics 365 Sales(온라인) 문제도 시그니처로 되나요? 저희는 실버 메시징이에요": what that membership gives there.
  if ((entities.offer || entities.competencies.length) && (!lastTopic || lastTopic === 'check-benefits') && has(/dynamics|다이나믹스|power platform|파워 ?플랫폼|\bazure\b|애저/i) && has(/되나요|돼요\s*[?？]|가능|\bcovered\b|\bcan (we|i) use\b|\bdoes it (work|apply)\b|쓸 ?수|사용할 ?수/i) && !has(/\blink|연결|\bhow\b|어떻게|어디|\bwhere\b/i) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { offer });
  // "can i just buy it signed in with my work account?": buying needs a Microsoft account.
  if (has(/\b(buy|purchase|pay for)\b|구매|구입|결제/i) && has(/\bwork (account|email|login)\b|\b(aad|azure ad|entra)\b|\bmsa\b|microsoft account|outlook\.com|\b[\w.-]+@[\w-]+\.(com|example|net|org)\b|회사 ?계정|업무 ?계정|개인 ?계정/i) && words(text) <= 40 && !recognition.error) return answer('msa-allowed');
  // "ok and if three of our engineers each open 2 on-prem cases?" after the balance: that many requests later.
  // "and if none get refunded?", "둘 다 환불되면요?" after a what-if: the same requests, other refunds.
  // "and 2 more on the signature 10pack?", "아 그리고 10pack도 2개 쓰면요?" after a what-if: another what-if, on the line now named;
  // "sorry i meant the cloud 50 line, not on-prem": the same what-if, on that line.
  if (lastTopic === 'remaining-incidents' && last?.more && ((has(MORE_COUNT) && words(text) <= 14) || (has(/\bmeant\b|\bsorry\b|\bnot\b|\binstead\b|말고|아니고|아니라/i) && has(SIDE_OR_LINE) && words(text) <= 16)) && !has(CUSTOMER_SIDE) && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "we've burned 2 onprem tickets since march. at that pace do we run out before the contract ends?": the pace against the balance.
  if (has(CURRENT_PACE) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents');
  // "기술 혜택에 … 시그니처 클라우드 지원은 목록에 없네요. 버그인가요?", "signature isn't listed on our benefits page": the company's cloud line (or that it has none).
  if (has(/시그니처|\bsignature\b|클라우드 ?지원|\bcloud support\b/i) && has(/(목록|리스트|화면)(에|엔)? ?(없|안 ?(보|나와|떠))|(안 ?(보여|보이|나와|나오|떠)|없네|빠져 ?있)|\b(missing|not (listed|there|shown|showing|visible)|doesn'?t (show|appear)|isn'?t (listed|there|shown))\b/i) && has(/혜택|\bbenefits?\b|파센|파트너 ?센터|partner center/i) && !has(/azure|애저|new support request|새 지원 요청|support for business|sfb/i) && !has(/이름(이)? ?(바뀌|바뀐|바꼈)|\brenamed\b|\bnew name\b|\bcalled now\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "ok clicked activate, IDs showed up. where in azure do they go again": activation done (as they say), linking in Azure next.
  if (has(/\b(clicked|hit|pressed|did) (the )?activate\b|\bactivated (it|them|the benefits?)\b|\bids? (showed|show|are showing|appeared|are there)\b|활성화(했|했어요|했는데|완료|누르니|눌렀더니)|(id|아이디)(가|는)? ?(나왔|떴|보여|보이)/i) && has(/\bazure\b|애저/i) && has(/\bwhere\b|\bhow\b|어디|어떻게/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('link-azure');
  // "azure wants access id and contract id … but I cant find them anywhere in partner center": the IDs show once activated (not "no benefits").
  if ((recognition.intent === 'no-benefits' || recognition.intent === 'none') && has(IDS_WORD) && has(/\b(can'?t|cannot|couldn'?t|can not) (find|see|locate)\b|\b(don'?t|do not) see\b|\bnowhere\b|못 ?찾|안 ?보여|안 ?보이|없어요|없네요/i) && has(/partner center|파트너 ?센터|파센/i) && !has(/any benefits yet|아직 혜택이 없|not authorized|권한이 없/i) && !has(REMAINING) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('activate');
  // "4월 말에 중복으로 닫힌 케이스 있었는데 그거 환불된 거 반영된 숫자 맞아요?" after the balance: the balance with what was used and given back.
  if (lastTopic === 'remaining-incidents' && has(REFUND_WORD) && has(/반영|포함|맞(아|나|죠|는)|\b(included|reflected|counted|factored|accounted)\b|\b(is|does) (that|this|it) (include|reflect|count)\b/i) && !has(/\bif\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "when does our partner cloud support run out?": the contract's end date (not the incidents).
  if (has(/\bwhen (does|do|will|did) (our|the|their|my) [\w -]{0,40}\b(run out|expire|end|lapse|stop)\b|(우리|저희) [^.?!]{0,30}(언제|몇 ?월) ?(끝나|만료)/i) && !has(/\bincidents? (run out|are used up)\b|\bat (this|that) (rate|pace)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('validity');
  // "그럼 애저에서 또 연결해야 돼요?" after the company's links: whether the asker's own account is among them.
  if (lastTopic === 'ids-usage' && has(/(또|다시|따로) ?(연결|등록|입력|넣)|\b(link|add|enter) (it |them |the ids )?(again|too|as well)\b/i) && has(/azure|애저/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('ids-usage');
  // "ok went to new support request and the partner plan is right there in the dropdown. so it actually worked despite the error?": yes.
  if ((lastTopic === 'access-id-error' || last?.before === 'access-id-error' || has(/\bdespite the (error|message)\b|\beven with the (error|message)\b/i)) && has(/\b(plan|it)\b[^.?!]{0,30}\b(is (right )?there|shows?( up)?|showed up|appears?|appeared|is listed|is offered)\b|\b(it|that|this) (actually |still )?work(s|ed)\b|\bactually work(s|ed)\b|플랜(이|은)? ?(있|나와|나오|떠|뜨|보여|보이)/i) && !has(/\b(not|isn'?t|doesn'?t|didn'?t|no longer|still no)\b|안 ?(나와|나오|떠|뜨|보여|보이)|없/i) && words(text) <= 30 && !recognition.error) return answer('access-id-error', { facts: { ...stated, planOffered: 'yes' } });
  // "brand new to partner center. can you walk me through the menus to get our access id and contract id?": where the IDs are.
  if (has(IDS_WORD) && has(/\bwalk (me|us) through\b|\b(which|what) menus?\b|\bstep[- ]by[- ]step\b|\bwhere do i click\b|메뉴|어디(를|서)? ?(눌러|클릭)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "we havent really used the on-prem support much, so we still got all 20 gold incidents for this year right?": what was used, from the records.
  if (has(/\b(still )?(got|have|has) all (\d{1,2}|the|our|of)\b|\ball (\d{1,2}) (are )?(still )?(left|there|unused|available)\b|(\d{1,2}) ?(건|개) ?(전부|다|모두|그대로) ?(남|있)|(전부|다|모두|그대로) ?남아 ?있/i) && has(/\bright\b|\?|죠|맞|지\s*$/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "azure vm issue in our own sub. that'll eat one of our onprem incidents right?": no, cloud work is the cloud benefit's (the balance, with the rule first).
  if (has(ONPREM_FOR_CLOUD) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error && recognition.score < CONFIDENT) return answer('remaining-incidents');
  // "sfb step 2 only shows our 'Partner support Gold 20pack' under 'want to see unavailable support plans?' … why is it unavailable??": an expired or used-up plan.
  if (has(/unavailable|사용할 수 없는 ?(지원 ?)?플랜/i) && has(/\bwhy\b|왜/i) && has(/\b(gold|silver|maps|\d{1,2} ?-?pack)\b|20pack|15pack|10pack|골드|실버|온프렘|on-?prem/i) && !has(SIGNATURE_UNAVAILABLE) && !has(/\bsignature\b|시그니처/i) && words(text) <= 50 && !recognition.error) return answer('plan-expired');
  // "i literally just need the access id/contract id to file a sql server case … how do i get them": the IDs (and who can see them).
  if (has(/access id|contract id|액세스 ?id|계약 ?id/i) && has(/\bhow (do|can|should) (i|we) (get|find|see|obtain)\b|\bwhere (do|can) (i|we) (get|find)\b|어디서 (받|찾|봐|보)|어떻게 (받|찾|얻)/i) && !has(/\bcustomer|고객/i) && words(text) <= 40 && !recognition.error) return answer('get-ids');
  // "what happens in azure once our contract ends in march - will the signature plan still show in + New support request?": an expired plan is hidden.
  if (has(/\b(contract|plan|benefits?)\b[^.?!]{0,20}\b(ends|expires|runs out|is over|lapses)\b|계약[^.?!]{0,10}(끝나|만료되|만료 ?후)/i) && has(/\b(still )?(show|appear|be offered|be listed|visible)\b|new support request|새 지원 요청|(보이|보여|뜨|나오|나와)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('plan-expired');
  // "we need help from microsoft on an azure issue, we don't have those partner incident things i think. what can we do": support without the benefit, paid.
  if (has(/\b(we|i) (don'?t|do not|dont) (have|hold|own)\b[^.?!]{0,30}\b(incidents?|benefits?|membership|partner (incident|support|benefit)s?)\b|(혜택|인시던트|멤버십)(이|은|는)? ?없(는데|어서|어요|으면)/i) && has(/\bwhat (can|should|do) (we|i) do\b|\boptions\b|어떻게|방법/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('paid-plans');
  // "customer farm is sharepoint 2013, thats n-2 i think. we have 18 gold incidents left, can we use one?": the versions covered (N-1), not the balance.
  if (has(/\bn-?[2-9]\b|\b[2-9] versions? (behind|old)|(두|세) ?버전 ?(전|이전|뒤)/i) && has(/\b(can|could) (we|i|they) (use|redeem|open|file)\b|(쓸|사용할|열) ?수 ?있|되나요|돼요\?|가능/i) && words(text) <= 40 && !recognition.error) return answer('supported-products');
  // "want to open an on-prem sql server case with our benefit. where do i do that as a normal user?": where requests are opened.
  if (has(/\bwhere do (i|we) (do|go for|go to do) (that|this|it)\b/i) && has(/\b(open|file|raise|create)\b/i) && has(/\b(cases?|tickets?|requests?|incidents?)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('open-request');
  // "SfB에서 확인하는 법 짧게만": how the balance is checked there.
  if (has(/\b(sfb|support for business)\b|서포트 ?포 ?비즈니스/i) && has(/확인(하는|할) ?(법|방법)|\bhow (to|do i|can i|do we) (check|see)\b/i) && !has(IDS_WORD) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "yes im sure its the right account, nestor@tailspin" after "no benefits yet": the account is not the cause; the message's answer again (the records decide).
  if (lastTopic && has(/\b(right|correct|same|proper) (account|login|tenant|sign-?in)\b|(맞는|올바른|제대로 된) 계정|계정(은|이)? 맞/i) && has(/\b(sure|yes|yeah|yep|definitely|already)\b|확실|맞아요|맞습니다|이미/i) && !has(/\b(switched|changed|now)\b|바꿨|바꾸|전환/i) && words(text) <= 14 && !recognition.error) return answer(last?.before === 'no-benefits' ? 'no-benefits' : lastTopic);
  // "our own subscription, not a customer's" after how to open a request: the same answer, for the company's own subscription.
  if (lastTopic && has(/^\s*(it'?s |its |in |for |on )?(our|my) own (azure )?(subscription|sub|tenant)\b|^\s*(우리|저희) ?(회사 )?(자체 )?(구독|테넌트)(이에요|예요|입니다|요)?(?! ?(말고|아니|빼고))/i) && words(text) <= 10 && !recognition.error) return answer(lastTopic, { offer: last?.offer });
  // "and the signature 10pack? same numbers pls" after the requests on record: the same breakdown, for that line.
  if (lastTopic === 'remaining-incidents' && last?.aspect === 'history' && has(/\bsame (numbers|thing|breakdown|info|details|for)\b|같은 ?(거|걸|내용|숫자|식)|똑같이|마찬가지/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "woodgrove says one of their cloud cases got refunded - which SR and when": the requests on record, refunds with their dates (not an offer's refund).
  if (has(/\b(cases?|tickets?|requests?|incidents?|sr)\b[^.?!]{0,20}\b(got|was|were|been) (refunded|given back|credited( back)?|returned)\b|(케이스|티켓|요청|인시던트)[^.?!]{0,15}환불(됐|되었|받았|된)/i) && has(/\b(which|when|what date)\b|언제|어떤|어느|\bsr\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "lynne has her 10 incidents and i get my own 10 on my outlook account yeah?", "do i get my own 50 … separate from christie's 50?": the company's one balance.
  if (has(PER_PERSON_POOL) && has(/\bincidents?\b|\btickets?\b|\bcases?\b|\d|인시던트|건/i) && has(/\?|\b(right|yeah|yes|correct)\b|죠|맞/i) && (!has(IDS_WORD) || has(/\bown \d{1,3}\b|\bown (\w+ ){0,4}incidents\b/i)) && (!has(/연결|등록|입력|\b(link|enter|register)\b/i) || has(/\bincidents?\b|인시던트/i)) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "isnt it 5 per person? the others used theirs not mine" after the balance: the same balance (the company's, said first).
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(PER_PERSON_POOL) && !has(IDS_WORD) && words(text) <= 24 && !recognition.error) return answer(lastTopic);
  // "where are we on on-prem incidents?": the balance (of that side).
  if (has(/\bwhere (are|r) we (on|with|at)\b|\bwhat'?s our (status|situation) (on|with)\b/i) && (has(/\bincidents?\b|\btickets?\b|\bcases?\b|\bbalance\b/i) || has(SIDE_OR_LINE)) && !has(CUSTOMER_SIDE) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "케이스 하나 … 통화를 벌써 5번 했어요 … 5건 차감되는 거예요?", "6 calls so far and 2 engineers on it. how many incidents is that eating": one problem is one incident.
  if (has(/(통화|전화|연락|메일|원격|세션|미팅)[^.?!]{0,12}(\d+|여러|몇|수십|두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?(번|회|차례)|\b(\d+|several|multiple|many|dozens of) (calls|phone calls|emails|sessions|remote sessions|meetings)\b/i) && has(/차감|까이|까여|깎|\bcount|\bdeduct|\bcharged|\beat(ing)?\b|\bincidents?\b|인시던트|몇 ?(건|개)/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "silver in app dev, we want unlimited signature. which competency would we have to add to get it?": the cloud competencies.
  if (has(/\bwhich (competenc\w*|one)\b|어떤 ?역량|무슨 ?역량/i) && has(/unlimited|무제한/i) && words(text) <= 30 && !recognition.error) return answer('cloud-competencies');
  // "can i just put exchange + sharepoint + an AD issue into one ticket to save incidents?": each problem is its own incident.
  if (has(/\w+ ?\+ ?\w+.{0,40}\b(into|in) (one|a single|the same) (ticket|case|request|incident)\b|\b(bundle|combine|lump)\b.{0,40}\b(issues|problems)\b|(여러|두|세|\d+) ?(개|가지) ?(문제|이슈)[^.?!]{0,20}(한|하나의?) ?(티켓|케이스|요청|인시던트)/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "so for sql server thats 2 versions back our partner incidents dont work. whats the cheapest legit way to get MS help on it": the paid ways.
  if (has(/\bcheapest\b|\bcheaper\b|가장 ?(싼|저렴)|제일 ?(싼|저렴)|싸게/i) && has(/\bversions? (back|old|behind)\b|\bn-[2-9]\b|\bnot covered\b|\bdon'?t (work|cover)\b|지원 ?(안|대상이 ?아)|버전 ?(전|이전)/i) && words(text) <= 40 && !recognition.error) return answer('paid-plans');
  // "are the TPD advisory hours and the support incidents the same pool? like does a TPD session eat an incident": two separate benefits.
  if (has(/\btpd\b|presales|pre-sales|advisory hours|어드바이저리|프리세일즈|자문 ?시간/i) && has(/\bincidents?\b|인시던트/i) && has(/\bsame\b|\bpool\b|\beat\b|\buse up\b|\bcount(s|ed)? against\b|\bdeduct|같은|차감|까이|까여|깎/i) && words(text) <= 40 && !recognition.error) return answer('tpd');
  // "signature 10pack shows 9 in SfB but I don't remember anyone using it. when was that?": the requests on record, with dates.
  if (has(/\bwhen (was|were) (that|those|it|they)\b|\bwhen did (we|anyone|anybody|somebody|someone) (use|open|file)\b|언제 ?(쓴|썼|연|열었|사용)/i) && has(/\b(use|used|using|opened|open)\b|\d ?-?pack\b|쓴|썼|사용|열었|팩/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "and what's our number right now" after the balance: the balance.
  if (lastTopic === 'remaining-incidents' && has(/\b(what'?s|what is) our (number|count|balance)\b|\bour number\b/i) && !has(IDS_WORD) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents');
  // "아 그럼 온프레미스 익스체인지 쪽 문제는 아직 혜택으로 열 수 있는 거예요?" after the Azure diagnosis: the on-premises balance.
  // ("…wants to open 2 more signature tickets and 3 on-prem cases. how many left after?" is a what-if.)
  if ((lastTopic === 'access-id-error' || lastTopic === 'plan-expired') && has(ON_PREM) && !has(CLOUD) && !countsMore(text) && has(/열 ?수|쓸 ?수|사용할 ?수|써도|\b(open|use|file)\b|\bleft\b|\bstill (got|have)\b|남/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents');
  // "그럼 우리 회사에서 누구한테 ID 받아야 돼요?" after "not authorized": who in the company holds them.
  if (lastTopic === 'not-authorized' && has(/누구|누가|\bwho\b|\bfrom whom\b/i) && words(text) <= 16 && !recognition.error) return answer('not-authorized');
  // "온프레미스 혜택 요즘은 SfB 말고 engage 뭐시기에서 추가한다던데 거기 주소가 뭐였죠": today's places to redeem.
  if (has(/\bengage ?center\b|engagecenter|\bengage\b|인게이지/i) && !has(REMAINING) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('open-request');
  // "if three of our engineers end up talking to MS about the same problem, does that count as 3 incidents?": one problem is one incident.
  if (has(/\b(the )?same (problem|issue|case)\b|같은 ?(문제|이슈|건)/i) && has(/\bcount(s|ed)? as\b|\bhow many incidents\b|\b(\d|two|three|several) incidents\b|몇 ?건|\d ?건으로|차감/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('incident-definition');
  // "does doing that check burn an incident?" after how to read the balance: no, the dummy request is never submitted.
  if (lastTopic === 'remaining-incidents' && has(/\bcheck(ing)?\b|확인|조회/i) && has(/\b(burn|use|cost|charge|eat|deduct)\w*\b|차감|까이|까여|소모/i) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "4월에 중복으로 닫힌 케이스 인시던트 돌려받았나요? 기록 확인 부탁", "was that bug case refunded?": the requests on record, refunds with their dates.
  if (has(REFUND_WORD) && has(/(돌려)?받았(나|는지|어요|을까)|환불(됐|되었|받았)(나|는지|어요|죠)?|\b(was|were|has|have) (it|they|that|those|the \w+( case| ticket)?) (been )?(refunded|credited)\b|\bdid (they|we|it) (ever |actually |really )?get (it|one|that|an incident|the incident|that incident) back\b/i) && !has(/\bif\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "다음달에 4개쯤 쓸 거 같은데요", "we have 4 planned for next month" after the balance: that many requests later, asked or not.
  // ("+2 more this wk → ?": as terse.)
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(MORE_COUNT) && (has(PLANNED) || (words(text) <= 8 && has(/\bmore\b|\+ ?\d|더/i))) && !has(CUSTOMER_SIDE) && !has(DOUBT) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "남는 거 몇개?", "so what's left after that?" after a what-if: the balance after those requests (the answer shows both).
  if (lastTopic === 'remaining-incidents' && last?.more && has(/남는|남을|남겠|\b(left|remain\w*) (after|then)\b|\bwhat('?s| would be| will be) left\b|\bleaves? us\b/i) && !has(/\bnow\b|지금|현재/i) && !has(CUSTOMER_SIDE) && words(text) <= 10 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  if (lastTopic === 'remaining-incidents' && last?.more && has(REFUND_WORD) && has(/\bif\b|\bwhat about\b|\binstead\b|[가-힣]면(요)?\s*[?？.]*\s*$|경우/i) && !has(CUSTOMER_SIDE) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  if (has(EACH_COUNT) && (lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits' || has(REMAINING)) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "which portal do I open each ticket in?": where requests are opened, by product.
  if (has(/\bwhich (portal|site|website)s?\b|어느 ?(포털|사이트)|어떤 ?(포털|사이트)/i) && has(/\b(tickets?|cases?|requests?|incidents?|problems?|issues?)\b|티켓|요청|케이스|문의|문제/i) && !has(/\b(19|20)\d\d\b/) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('open-request');
  // "요청할 때 우리 회사 파트너 번호를 넣어야 한다던데 알려주세요", "what's our partner support number?": the IDs a request takes.
  if (has(/(파트너|지원|계약) ?번호|\bpartner (support )?(number|code)\b|\bsupport (number|code)\b/i) && has(/알려|뭐|어디|넣|입력|\bwhat\b|\bwhere\b|\bgive\b|\btell\b|\bneed\b|\bsend\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('get-ids');
  // "can u paste our access id and contract id here pls": the IDs asked of the bot.
  if (has(/\b(can|could|would|will) (you|u)\b[^.?!]{0,12}\b(paste|post|send|share|give|tell|show|drop)\b[^.?!]{0,25}\b(access ?ids?|contract ?ids?|ids)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "디에고가 이미 ID 연결했다던데 저도 따로 해야 되나요?", "do I have to link them too?": each sign-in account enters them once.
  if (has(/(?<![가-힣])(저|나|전|난)(도|는)? ?(따로|별도로|각자|또|다시)? ?(해야|연결해야|입력해야|등록해야|추가해야)|\bdo i (also |still )?(have|need) to (link|enter|add|register) (it|them|the ids|those)( too| as well| again| myself)?\b/i) && has(/\bids?\b|access|contract|link|연결|등록|입력|아이디/i) && !has(CUSTOMER_SIDE) && words(text) <= 24 && !recognition.error) return answer('ids-usage');
  // "그 직원은 어디에 입력하면 돼요?", "where does he enter them?": where the IDs go.
  if (has(/어디(에|서|다)? ?(입력|넣|붙여)|\bwhere (do|should|can|does|would) (i|we|they|he|she) (enter|put|add|paste|type) (them|the ids|it|those)\b/i) && !has(CUSTOMER_SIDE) && !has(M365_NAMED) && words(text) <= 24 && !recognition.error) return answer('ids-usage');
  // Staff: "원장에 있는 SR 목록 좀 보여주세요", "list their requests": the requests on record.
  if (has(/\bdates? (of|for) (all )?(the |their |our |its )?(\w+ )?(requests|srs|tickets|cases|incidents)\b|\blist (of )?(all )?(the |their |our |its )?(requests|srs|tickets|cases|sr numbers)\b|\ball (of )?(the |their |our |its )?(srs|sr numbers)\b|\bsr (list|numbers)\b|\bledger\b|원장|SR ?(목록|번호들|리스트)|(요청|티켓|케이스) ?(목록|리스트)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "cheapest way to get azure support for our own subscription?": the paid options.
  // ("cheapest way to get some support incidents today?" is today's offers.)
  if (has(/\bcheapest\b|\bcheaper (way|option)\b|가장 ?(싼|저렴)|제일 ?(싼|저렴)|싸게/i) && has(/\bsupport\b|지원|\btickets?\b|\bcases?\b|티켓/i) && has(CLOUD) && !has(/\bincidents?\b|인시던트/i) && words(text) <= 30 && !recognition.error) return answer('paid-plans');
  // "he swears he never linked anything in Azure before. so why?" after the Azure message: that message's cause.
  if (lastTopic === 'access-id-error' && has(NEVER_ADDED) && has(/\bwhy\b|\bhow come\b|왜|어째서/i) && words(text) <= 20 && !recognition.error) return answer('access-id-error', { aspect: 'why' });
  // "im at contoso lol just tell me" after the balance: the same answer (the chat account decides, not what it says).
  if (lastTopic && has(/^\s*(i'?m|i am|we'?re|we are) (at|from|with)\b|\bi work (at|for)\b|(소속|다니는 ?사람|에서 일하)/i) && words(text) <= 12 && !recognition.error) return answer(lastTopic, lastSubject);
  // "활성화 안 하고 그냥 두면 날짜 지나서 없어지는 거예요?", "if we never activate, do we lose it?": how long the benefit lasts unactivated.
  if (has(/활성화(를|는)? ?(안|않|못) ?(하고|하면|한 ?채)|\bif (we|they|i) (don'?t|do not|never) activate\b|\bwithout activating\b|\b(not|never) activat\w* (it|them|the benefits?)\b/i) && has(/없어|사라|소멸|만료|날짜|지나|기한|\bexpire|\blose\b|\blost\b|\bgone\b|\bdeadline\b|\bdate\b/i) && words(text) <= 24 && !recognition.error) return answer('validity');
  // "and if we'd rather just pay for support, what plans are there?": the paid plans.
  if (has(/\b(rather |just )?pay for (the )?(support|it|tickets?|incidents?|cases?)\b|\bpaid (support|plans?|options?)\b|유료 ?(지원|플랜|옵션)|돈 ?(내고|주고)/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('paid-plans');
  // "so what's step one?", "어디서부터 시작해요?" after what a membership gives: activating it first.
  if ((!lastTopic || lastTopic === 'check-benefits' || lastTopic === 'current-program') && has(/\b(what'?s|what is) (the )?(first|next) step\b|\bstep (one|1)\b|\bwhere do (i|we) (even )?start\b|\bhow do (i|we) (get )?start(ed)?\b|첫 ?(번째 )?단계|뭐부터|어디서부터|무엇부터/i) && !has(/연결|\blink|계정|\baccount/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('activate');
  // "are you sure it's 18? we opened 3" (after any answer): the balance, with what was used and given back.
  if (has(DOUBT) && has(NUMBER) && has(/\b(opened|used|burned|spent|filed|touched)\b|열었|썼|사용했|(연|쓴|사용한) ?(건|게|거)(은|는|이|가)? ?\d/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "ticket wont go thru", "티켓이 안 열려요": opening a request, with what the records say stands in the way.
  if (has(/\b(tickets?|cases?|requests?)\b.{0,20}\b(won'?t|wont|can'?t|cant|doesn'?t|isn'?t|not) (go(ing)? thr(ough|u)|work(ing)?|submit|open|go)\b|\bcan'?t (open|submit|file|create) (a |the |any )?(tickets?|cases?|requests?)\b|(티켓|요청|케이스)(이|가)? ?(안 ?(열|만들어|접수|돼|되)|접수가 ?안)/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('open-request');
  // "do we still have on-prem ones?", "any cloud incidents left?": the balance (of that side).
  if (has(/\b(do|does|did) (we|i|they|you) still have\b(?! to)|\b(can|could) (we|i|they) still (do|use|open|file)\b|\bany\b[^.?!]{0,25}\bleft\b/i) && (has(/\bincidents?\b|\btickets?\b|\bcases?\b/i) || has(ON_PREM) || has(CLOUD)) && !has(/\bids?\b|access|contract/i) && !has(CUSTOMER_SIDE) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "we expect to open 6 azure tickets this year, is that enough?": that many requests against the balance.
  // "팀원 3명이 2건씩 열면 되나요?", "10건 열어도 괜찮죠?": whether the balance covers them.
  if ((has(MORE_COUNT) || has(EACH_COUNT)) && has(/\benough\b|\b(doable|feasible)\b|충분|모자라|부족|되나요|될까요|괜찮|(건|개) ?더 ?(쓸|열|사용할) ?수 ?(있|있나|있을)|\b(is that|would that be|will that be) (ok(ay)?|fine|covered)\b|\b(are|is) (they|we|it|that|those) covered\b/i) && !has(/열었|썼|사용했|\b(opened|used|filed)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "그럼 골드 되고 나서 온프렘 3건 쓰면 몇 개 남아요?", "if we're gold messaging next year how many signature would we get?": worked out on that membership, not the records'.
  if (offer && !entities.currentOffer && has(/(되고|된) ?(나서|나면|후|다음|뒤)|(으로|로) ?(올리면|올라가면|바꾸면|승급하면)|승급(하면|하고|한 ?뒤)|\bonce (we'?re|we are|we become)\b|\bafter (we )?(become|upgrad\w*|mov\w*)\b|\bif we'?re\b|\bif we (were|are|become|upgrade)\b|\b(go|going|move|moving|upgrad\w*) (up )?(to )?(gold|silver)\b/i) && (has(MORE_COUNT) || has(COUNT_ASKED)) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { offer });
  // "두 개 더 열고 그중 하나가 중복으로 환불되면요?" after the balance: that many more requests, some given back.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && (has(MORE_COUNT) || has(EACH_COUNT)) && has(/\bif\b|\bwhat about\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])|경우/i) && !has(CUSTOMER_SIDE) && !has(/\bif (we|i) (had|were)\b/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "What sections does the 2021 article have?", "그 문서 원문 어디서 볼 수 있어요? 제목이?": the source article itself.
  // "when did MS actually switch the benefit names in partner center? need the date for an internal doc": the renames and their dates.
  if (has(/\b(switch|switched|change|changed|rename|renamed)\b.{0,30}\bnames?\b|\bnames?\b.{0,25}\b(change|changed|switch|switched)\b|이름(이|을)? ?(바뀐|바꾼|바뀌었|바뀌|변경)/i) && has(/\bwhen\b|\bdate\b|언제|날짜|시점/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('renamed');
  if (has(/\b(article|document|doc|docs page)\b|문서|원문|아티클/i) && has(/\b(what|which) sections\b|\boutline\b|\btoc\b|\btable of contents\b|\btitle\b|\burl\b|\blink to (it|the article)\b|\bwhere (can|do) i (find|read|see)\b|\bms\.date\b|\b(its|the|article'?s?|doc'?s?) date\b|\bwhen was (it|the article|the doc\w*) (written|published|dated)\b|\bnext steps\b|\bexplains? in its own section\b|목차|섹션 ?(구성|목록)|제목|링크|주소|어디서 ?(볼|찾|봐)|작성일|ms\.date|다음 ?단계/i) && !has(/\bsection ['"‘“]|섹션 ?['"‘“]|['"‘“][^'"’”]{5,}['"’”] ?섹션/i) && words(text) <= 40 && !recognition.error) return answer('help', { aspect: 'source' });
  // "we don't have any MPN membership. can we still get the free partner support incidents?": they come with a membership; paid support otherwise.
  if (has(NO_MEMBERSHIP) && has(/\bfree\b|무료/i) && has(QUESTION) && !has(/\bif\b|\bwould\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && (recognition.intent === 'none' || recognition.score < CONFIDENT) && words(text) <= 35 && !recognition.error) return answer('paid-plans');
  // "그럼 거기서 어떻게 확인해요?" after the balance: how to read it (the dummy request in Support for Business).
  if (lastTopic === 'remaining-incidents' && has(/(어떻게|어디서|어디에서) ?(확인|봐|보|알)|\b(how|where) (do|can) (i|we) (check|see|find|read|verify|confirm)\b/i) && !has(IDS_WORD) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents');
  // "and once they have IDs can she open on-prem tickets with that outlook account?": any sign-in account works.
  if (has(/\boutlook\b|\bhotmail\b|\bgmail\b|\bmsa\b|microsoft account|personal account|개인 ?계정|아웃룩/i) && has(/\b(open|use|file|raise|create)\b|열 ?수|쓸 ?수|사용/i) && !has(/\b(buy|purchase)\b|구매|구입|결제/i) && lastTopic && (recognition.intent === 'none' || recognition.score < CONFIDENT || recognition.intent === 'open-request') && words(text) <= 30 && !recognition.error) return answer('msa-allowed');
  // "why doesn't our partner plan show up in Azure when I open a new support request?": the missing plan, diagnosed with the records.
  if (PLAN_MISSING.test(text.toLowerCase()) && has(/\bazure\b|애저|애져|new support request|새 지원 요청/i) && !(lastTopic && has(/\b(is|was) (that|this|it) (the reason )?why\b|그래서|때문/i)) && (recognition.intent === 'none' || recognition.intent === 'renamed' || recognition.score < CONFIDENT) && !has(CSP_CUSTOMER_NAMED) && words(text) <= 30 && !recognition.error) return answer('access-id-error');
  // "ok, we are buying Action Pack next week. what do we get then?": what that offer gives.
  if (entities.offer && has(WHAT_GET) && has(/\b(buy|buying|bought|purchas\w*|sign(ing)? up|join\w*)\b|구매|구입|가입|사면|살 (거|예정)/i) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { offer: entities.offer });
  // "we will probably burn 2 more next week, what does that leave us with", "4건 더 쓸 예정인데 몇 개 남음?": that many requests later.
  // "if we do 3 on-prem tickets and 2 azure ones, how many do we end with?", "클라우드 2건, 온프렘 4건 쓸 계획이에요. 남는 건?": each side after its own count.
  if (sideCounts(text) && (has(REMAINING) || has(/\bhow many\b|몇|\bend (up )?with\b|\bleft\b|\bleaves?\b|남/i)) && !has(CUSTOMER_SIDE) && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  if (has(MORE_COUNT) && (has(/\bleft\b|\bleave[sd]?\b|\bremain\w*|\bwhere (are|will|would) (we|they) (be|end up|stand)\b|\bwhere (are|r) (we|they)\b|남(아|을|음|은|겠|는)/i) || has(REMAINING)) && has(/\bmore\b|\bwill\b|\bgoing to\b|\bplan\w*|\bnext\b|\bafter\b|\b(left|remain\w*) then\b|\bsay (we|i|they)\b|더|예정|계획|(쓸|열) ?(거|것) ?같|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && !has(DOUBT) && !(has(CUSTOMER_SIDE) && !has(ON_PREM)) && !has(/\bif (we|i) (had|were)\b/i) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "so who has to fix the link, our global admin?", "관리자한테 다시 연결해 달라고 해야 하나요?" after the portal message: the link itself needs no fixing.
  if (lastTopic === 'access-id-error' && has(/\bwho\b|누가|관리자(한테|에게|께)/i) && has(/\bre-?link|\blink\b|연결/i) && words(text) <= 20 && !recognition.error) return answer('access-id-error');
  // "Do I need to activate a separate Access ID for each of my 4 engineers?": one pair for the company.
  if (has(/\b(separate|own|different|individual)\b.{0,20}\b(access ids?|contract ids?|ids?)\b.{0,30}\b(each|every|per)\b|\b(each|every|per)\b.{0,20}\b(engineer|person|user|employee|colleague|dev)s?\b.{0,40}\b(own|separate) (access ids?|ids?|incidents)\b|(사람|엔지니어|직원)마다 ?(따로 )?(id|아이디|액세스)/i) && !recognition.error) return answer('ids-usage');
  // "저희 지원 계약 아직 쓸수 있는 건가요?", "is our support contract still good?": whether it is still valid (the records' date).
  if (has(/\bcontract\b|계약/i) && has(/\bstill (good|valid|usable|active|ok|okay|alive)\b|\bcan (we|i) still use\b|아직 ?(쓸 ?수|사용할 ?수|사용 ?가능|유효|살아)|아직 (쓸|써도|사용해도)/i) && !has(/\b(access|contract) id\b|액세스|아이디/i) && words(text) <= 16 && !recognition.error) return answer('validity');
  // "and until when are their IDs good?", "until when can we use them?": how long the contract lasts (the records' date).
  if ((has(/\b(ids?|access id|contract id|contract)\b|아이디|계약/i) || has(/\buntil when (can|could|do|will) (we|i|they) (use|open|file)\b|언제까지 (쓸|써|사용할) ?수/i)) && has(/\buntil when\b|\bhow long\b.{0,20}\b(good|valid|last)\b|\b(good|valid) (until|till|through)\b|언제까지 ?(유효|써|쓸|사용)/i) && words(text) <= 16 && !recognition.error) return answer('validity');
  // "그 친구가 한 번 연결해 두면 내년에도 그대로 쓰는 거죠?", "do i have to link the contract again next year?": a new year is a new contract, linked again.
  // ("그럼 내년 3월에 다시 생기는 거죠?" after a used-up line: yes, with the next year's contract.)
  if (has(/내년|다음 ?해|\bnext year\b/i) && has(/다시 ?(생기|생겨|받|채워|충전)|\b(come back|get (them |more |new )?(again|back)|refill)/i) && !has(/연결|등록|입력|\blink|\benter|\bids?\b/i) && words(text) <= 20 && !recognition.error) return answer('validity');
  if (has(/내년|다음 ?해|매년|\bnext year\b|\bevery year\b|\bforever\b|\bfor good\b/i) && has(/그대로|계속|\bstill\b|\bkeep\b|\bsame\b|\bcarr(y|ies) over\b|이월/i) && has(/연결|등록|입력|\blink(ed)?\b|\benter(ed)?\b|\bids?\b/i) && !has(/갱신|renew/i) && words(text) <= 25 && !recognition.error) return answer('validity');
  // "예전에 받은 계약 ID 6630418825 그대로 쓰면 되나요?": whether the contract is still good.
  if (has(/(계약|액세스) ?(id|아이디)|\b(contract|access) ?ids?\b/i) && has(/그대로|계속|아직|\bstill\b|\bsame\b|\bold\b|예전/i) && has(/(쓰|써|사용)(면|도|해도)|\buse\b/i) && !has(/\bwhere\b|어디/i) && !has(OTHER_PERSON) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('validity');
  // "클라우드요, 솔루션 파트너 지정 쪽이요" after the balance: that offer's line of the same balance.
  if (lastTopic === 'remaining-incidents' && entities.currentOffer && !has(HYPOTHETICAL) && !has(/\bwhat\b|\bhow\b(?! many)|뭐|무엇|어떻게|\bprice|얼마|\bbuy|\bbought|\banother\b|\btop\b|구매|구입|사면|받(냐|나|아요|을 ?수)|되나|되냐|포함|\b(includes?|gets?|covers?|come with)\b/i) && words(text) <= 10 && !recognition.error) return answer('remaining-incidents', { aspect: last?.aspect });
  // "Where in the Microsoft 365 admin center do I enter the IDs?": Microsoft 365 takes none.
  // "For a dynamics ticket do we need the access id + contract id, or is it like m365?": linking, which Dynamics needs.
  if (has(/\bdynamics\b|\bd365\b|다이나믹스/i) && has(IDS_WORD) && has(/\bneed|필요|\bhave to\b|써야|넣어야/i) && (!has(CUSTOMER_SIDE) || has(/\bnot (a |our )?customer|고객(이|사가)? 아닌|고객 ?말고/i)) && words(text) <= 40 && !recognition.error) return answer('link-azure');
  // ("if I link our IDs in the azure portal, can I then open a sharepoint online ticket…?"; "where do i link our ids in azure? and same question for the m365 admin center" is two questions.)
  if (has(M365_NAMED) && (has(/\b(access|contract) ?ids?\b|(액세스|계약) ?(id|아이디)/i) || (has(/\b(our|the|my) ids\b/i) && !has(/\band\b|그리고/i))) && has(/\b(enter|link|add|put|type|register|use)\b|입력|연결|등록|넣/i) && !recognition.error) return answer('m365');
  // "fwiw I added the contract in Support for Business back in march, is that related?" after the portal message: that link is why.
  // ("비즈니스지원에 제가 언제 연결했었죠?" asks when, not tells: the links on record.)
  if (lastTopic === 'access-id-error' && has(SFB_NAMED) && has(ADDED_SAID) && !has(NOT_DONE) && !(has(LINKS_ASKED) && has(/언제|\bwhen\b/i)) && words(text) <= 30) return answer('access-id-error', { facts: { location: 'azure-link', linkedBefore: 'yes' } });
  // "SfB에 이미 한 번 넣었는데 애저에서도 또 넣어야 돼요?": the SfB link serves Azure too.
  if (has(SFB_NAMED) && has(ADDED_SAID) && !has(NOT_DONE) && has(/\bazure\b|애저/i) && has(/\bagain\b|\btoo\b|\bas well\b|\balso\b|또|다시|(애저|azure)(에서|에)?도/i) && !recognition.error) return answer('ids-usage');
  // "제 계정은 지원 계약 연결이 돼 있나요?", "is my account linked?": the links on record (the asker's own among them or not).
  if (has(/(제|내|저의) ?(계정|로그인)[^.?!]{0,25}(연결|링크|등록|추가)[^.?!]{0,15}(돼 ?있|되어 ?있|됐|되었|된 ?(거|건)가)|\b(is|was) my (own )?(account|login|sign-?in)\b.{0,20}\b(linked|associated|connected|added|registered)\b|\bam i (already )?(linked|connected|associated)\b/i) && !recognition.error) return answer('ids-usage');
  // "how many do we actually get, and can we use them rn?": what the company has, and its state.
  // "… vs what we have now", "compared to ours?", "우리 거랑 비교하면요?": the company's own benefits, beside the other question.
  if (has(/^\s*(and |or )?(vs\.?|versus|compared (to|with)|against)\s+(what (we|i) (have|hold|get)|ours|our (own|current)\b|us\b)|^\s*(우리|저희) ?(거|것|꺼|멤버십|혜택)(랑|하고|과|와) ?비교/i) && words(text) <= 12 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "If we activated today how many would Fabrikam get, on-prem and cloud?": the counts the company's offer gives, not how to activate.
  if (has(/activat|활성화/i) && has(/\bhow many\b[^.?!]{0,30}\b(would|will|do|does|can)\b[^.?!]{0,25}\b(get|have|receive)\b|(몇 ?(개|건)|얼마나)[^.?!]{0,12}(받|생기|나오)/i) && !has(/\bwho\b|누가|누구|\bhow (do|can|to|long)\b|어떻게|언제|\bwhen\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  if (has(/\bhow many (do|will|would|can|did) (we|i) (actually |really |even )?(get|have|receive)\b/i) && !has(/\bleft\b|\bremain|\bstill\b|\bif\b|\bwould\b/i) && !offer && !entities.currentOffer && words(text) <= 20 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "how many support incidents do we have, gold silver whatever we are": the company's own membership, whichever it is.
  if (has(/\bwhatever (we are|we'?re|we have|our (level|membership|tier) is)\b|\bnot sure (which|what) (we|one we|membership|level)\b|(뭔지|뭐인지|어떤 ?건지) ?(모르|몰라|기억)/i) && has(/how many|몇|incidents?|인시던트/i) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "온프레미스 잔여 건수랑 계약 만료일 알려주세요": the balance (its records line says until when the contract is valid).
  if (has(/(잔여|남은|\bleft\b|\bremaining\b)[^.?!]{0,25}(이랑|랑|하고|와|과|및|\band\b)[^.?!]{0,15}(만료일|종료일|만료 ?날짜|\b(expiry|expiration|end) date\b)|(만료일|종료일|만료 ?날짜|\b(expiry|expiration|end) date\b)[^.?!]{0,15}(이랑|랑|하고|와|과|및|\band\b)[^.?!]{0,25}(잔여|남은|\bleft\b|\bremaining\b)/i) && !has(/\bhow long\b|며칠|얼마나/i) && !recognition.error) return answer('remaining-incidents');
  // "we might go gold next year in messaging - what would change?", "골드로 올리면 시그니처 몇 개 받을 수 있어요?": that membership's counts.
  if (offer && !entities.currentOffer && has(/\b(go|move|upgrade|switch|become|get|reach|jump)\b( up)?( to)? (gold|silver)\b|(골드|실버)(로|가) ?(올리|올라|바꾸|바뀌|업그레이드|되면|가면|승급)/i) && has(/\bwhat (would|will|does|do) (change|we get|that give)\b|\bwhat changes\b|\bhow many\b|뭐가 ?(달라|바뀌)|어떻게 ?(달라|바뀌)|몇 ?(개|건)|뭘 ?받/i) && !has(PROGRAM_NOW) && words(text) <= 40 && !recognition.error) return answer('check-benefits', { offer });
  // "마지막으로 연 건 언제였지?", "when did we last open one?": the requests on record (their latest first said).
  if (has(/(마지막|최근)(으로|에)? ?([가-힣]{1,8} )?(티켓|요청|케이스|건)? ?(연|열었던|쓴|사용한|사용|차감된) ?(건|거|것|게|요청|티켓|케이스)?[^.?!]{0,10}(언제|며칠 ?전)|\bhow long ago did (we|they|i) (last )?(use|open|file)\b|\bwhen (was|did) (we|they|i) last (open|use|file|raise)|\bwhen was (our|their|the) (last|latest|most recent) (request|ticket|case|incident)\b|\bwhen was the (last|latest) one( (used|opened|burned))?\s*[?？]*$/i) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "근데 이 숫자 애저 포털에서도 보여요?", "can I see these numbers in the Azure portal?": only Support for Business shows the balance.
  if (has(/(숫자|잔여|잔량|남은 ?(거|건|개수|수)|\b(balance|count|numbers?|remaining)\b)[^.?!]{0,25}(애저|\bazure\b|포털|\bportal\b)|(애저|\bazure\b|포털|\bportal\b)[^.?!]{0,25}(숫자|잔여|잔량|\b(balance|count|numbers?)\b)/i) && has(/보여|보이|나와|나오|표시|\b(show|shows|see|visible|display|displayed)\b/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "both of our Success Core incidents are still unused, right? nobody opened anything": the requests on record say.
  if (has(WE) && !has(CARRY_OVER) && has(/\b(still|are|is|remain|both|all) unused\b|\bunused\b[^.?!]{0,12}\bright\b|\bnobody (has )?(opened|used|filed)\b|\b(we )?(haven'?t|have not|never|didn'?t) (ever )?(used|opened|filed|touched)\b|아무도 ?(안|열지|쓰지|사용)|하나도 ?(안|못) ?(썼|쓴|열|사용)|(안|한 ?번도 ?안) ?(썼|쓴|열었|사용했)/i) && has(/\bincidents?\b|\bcases?\b|\btickets?\b|\brequests?\b|인시던트|케이스|티켓|요청|건/i) && !has(/\bif\b|\bwould\b|(하|쓰|열)면/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Partner Success Core 것도요", "the Core one too?" after the balance: that offer's line of the same balance.
  if (lastTopic === 'remaining-incidents' && entities.currentOffer && has(/(것|거|건|쪽)도(요)?\s*[?？.]*\s*$|\b(too|as well|also)\s*[?？.]*\s*$/i) && words(text) <= 8 && !recognition.error) return answer('remaining-incidents', { aspect: last?.aspect });
  // "and for their on-prem SQL Server problem?" after the Azure steps: where an on-premises request is opened.
  if (lastTopic && lastTopic !== 'open-request' && has(ON_PREM) && has(/^\s*(and|what about|how about|then|그럼|그리고)\b|\bwhat (do|should) i (tell|say to)\b|\bwhat (should|do|can) (they|we) do\b|\bhow (do|should|can) (they|we)\b|어떻게 ?(하|해)|뭐라고/i) && has(/\b(problem|issue|case|ticket|request|outage|bug)s?\b|문제|이슈|장애|케이스|티켓|요청/i) && !has(/how many|몇|\bleft\b|남|\bif\b|\bmore\b|더|[가-힣](?<![화표측반양])면(요)?(?![가-힣])|\b(don'?t|do not|no|not)\b.{0,15}\bon-?prem|\bpick\b|\bchoose\b|\bselect\b|고르|선택/i) && words(text) <= 14 && !recognition.error) return answer('open-request');
  // "first time opening an on-prem case, do I have to type in the access id and contract id?": entering the IDs (once per account).
  if (has(/\b(do|will) (i|we|they|he|she) (still )?(have|need) to (type|enter|put|add|input|key)( in)?\b.{0,30}\b(access|contract) ?ids?\b|\b(should|must) (i|we|they|he|she) (type|enter|put|add|input|key)( in)?\b.{0,30}\b(access|contract) ?ids?\b|(액세스|계약) ?(id|아이디)[^.?!]{0,25}(입력|넣어|등록)해야/i) && !has(/\bwhere\b|어디/i) && !has(CUSTOMER_SIDE) && !recognition.error) return answer('ids-usage');
  // "just paste it here", "그냥 여기 붙여 주세요" after the IDs were asked: why they aren't shown here, and where to get them.
  if ((lastTopic === 'get-ids' || lastTopic === 'ids-usage') && has(/\b(just )?(paste|post|send|give|drop|dm|type)( it| them| the ids?)?( here| to me| me)\b|여기(에|다)? ?(붙여|올려|보내|알려)|그냥 ?(알려|보내|붙여)/i) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "실버 메시징이에요. 오늘 기준으로 그에 해당하는 걸 가지면 몇 개?", "what's today's equivalent of our Gold?": what the membership became.
  if (offer && (asksNow(text) || has(/오늘 ?기준|\btoday'?s\b/i)) && has(/해당하는|상응하는|대응하는|맞먹는|그에 맞는|같은 ?급|\bequivalent\b|\bcounterpart\b|\bsame level\b/i) && words(text) <= 40 && !recognition.error) return answer('renamed', { offer });
  // "우리 refund 된거 있어요?", "did we get any refunds?": the org's own requests on record, not the refund rule.
  // ("if the one we opened on 4/8 gets refunded too how many on prem left" is a what-if.)
  if (has(/(우리|저희|\bour\b|\bwe\b|\bus\b)[^.?!]{0,30}(refund|환불)[^.?!]{0,10}(된|받은|됐|되었)|\b(any|were any|have we had any|did we (get|have) any)\b[^.?!]{0,40}\brefund(s|ed)?\b|\b(did|have|has) (we|anything|any)\b[^.?!]{0,30}\b(credited|given|got|gotten) back\b|\bwas (anything|any(thing)? of ours) refunded\b|(환불|refund)( ?처리)?(된|됐|되었|ed)[^.?!]{0,10}(거|것|건|ones?|인시던트)?[^.?!]{0,6}(몇|\bhow many\b|\bwhich\b|언제|\bwhen\b|있었|있나|있어)|\b(how many|which)\b[^.?!]{0,25}\b(got|were|was|have been|has been|'ve been) refunded\b/i) && !has(REFUND_WHAT_IF) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "how long until microsoft responds? is there an SLA?": not documented (said first), beside what one incident is.
  if (has(RESPONSE_ASKED) && !(recognition.score >= CONFIDENT && recognition.intent !== 'none') && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "ok and the on-prem ones, still 15?", "온프렘 15개는 아직 그대로 있는 거 맞죠?": a side's count checked is its balance.
  // "what's the signature 10pack at right now?": a line's balance.
  // ("silver w/ cloud platform … and onprem is 15 right": a membership's count checked, not a balance.)
  // ("2026년에도 실버 역량으로 온프렘 15팩 그대로 받을 수 있나요?": a year of today's program named, not the balance.)
  if (has(SIDE_OR_LINE) && !has(/\b20(2[2-9]|3\d)\b/) && !(offer && has(/\b(silver|gold|action pack)\b|실버|골드|액션 ?팩/i) && !has(/\d+ ?(pack|팩)/i)) && ((has(/(?<![\d.])\d{1,2}(?![\d.])/) && has(/\bstill \d{1,2}\b|\b\d{1,2},? (still|right|correct)\b|그대로|아직[^.?!]{0,15}(맞|있)|(남아 ?있는|있는) ?(거|게) ?맞/i)) || has(/(은|는|도) ?아직 ?(있|남아 ?있)[어었]?요?\s*[?？]|\bstill (have|got) (any|some)\b|\bany (left|remaining)\b/i) || has(/\bwhat'?s (the |our )?balance (on|of|for)\b|\bbalance (on|of) (our|the)\b|\bwhat'?s (the |our )?[^.?!]{0,30}\bat (right )?now\b|\bwhere (is|are) (the |our )?[^.?!]{0,30}\bat (right )?now\b/i)) && !has(/\bif\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && !has(CUSTOMER_SIDE) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents');
  // "are we actually set up for the partner support thing?", "우리 세팅 다 된 거예요?": what the company has, and its state.
  if (has(/\b(are|is) (we|our company|our org|everything|it) (actually |all |even |properly )?(set ?up|good to go|ready)\b|세팅 ?(다 )?(된|됐|되어)|준비 ?(다 )?(된|됐|되어)/i) && !(recognition.score >= CONFIDENT && recognition.intent !== 'none') && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "why can't I see anything under technical benefits? no IDs, nothing": the IDs missing (not activated, or the wrong account).
  if (has(/\b(can'?t|cannot|don'?t|do not|doesn'?t) (see|find|show)\b[^.?!]{0,20}\b(anything|nothing)\b|\bnothing (shows|there|appears|is there)\b|\bno ids\b|아무것도[^.?!]{0,10}(안 ?(보|나|뜨)|없)/i) && has(/\bids?\b|technical benefits|\bbenefits? page\b|partner ?center|아이디|\bid\b|기술 ?혜택|파트너 ?센터/i) && !has(/\bname\b|이름|signature|시그니처/i) && !(recognition.score >= CONFIDENT && recognition.intent !== 'none') && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "Christie from Woodgrove. on-prem incident count pls": a side's count is its balance.
  if (has(SIDE_OR_LINE) && has(/\b(incident|ticket|case)s? (count|balance|number)\b|\bcount (pls|please|plz)\b|(건수|잔여|잔량) ?(좀|알려|요)?\s*[?？.!]*$/i) && !has(/\bif\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "and if we open 4 more this quarter?" with nothing asked before: the company's own what-if ("If Fabrikam opens 3 azure tickets": that partner's).
  if (has(/^\s*(and |so |ok )?(what )?if (we|i|they|\w+(?: \w+){0,2}) (open|use|file|burn|raise|log)s?\b/i) && has(MORE_COUNT) && words(text) <= 14 && !has(CUSTOMER_SIDE) && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "what share of our term has passed?": the membership year's days (the validity answer leads with them).
  if (has(TERM_SHARE) && words(text) <= 25 && !recognition.error) return answer('validity');
  // "Can you give me 2-3 sentences I can paste into an email to my boss?", "사장님께 보고드릴 수 있게 세 줄로 정리해 주세요": what the company has (or the last answer again, when it was about something else).
  if (has(SUMMARY_ASKED) && words(text) <= 60 && !recognition.error && !(recognition.score >= CONFIDENT && !SUMMARIZED_AS_BENEFITS.has(recognition.intent)) && !has(/access ?id|contract ?id|액세스|계약 ?id|error|오류|에러|메시지|message/i)) {
    // ("diff between action pack, silver and gold … quick summary pls": the offers named, not the company's own.)
    return lastTopic && !SUMMARIZED_AS_BENEFITS.has(lastTopic) ? answer(lastTopic, lastSubject) : answer('check-benefits', entities.offers?.length ? {} : { aspect: 'own' });
  }
  // "회사에서 저보고 마이크로소프트 지원 담당하라는데 뭐부터 해야 하나요?", "where do I even start?": what the company has, and its state.
  if (has(/뭐부터|무엇부터|어디서부터|\bwhere (do|should|can) (i|we) (even )?start\b|\bwhat('s| is| should be)? (the |my )?first (step|thing)\b|\bwhat do i do first\b/i) && !has(/케이스|티켓|요청|\b(case|ticket|request|open|file)\b|\bids?\b|액세스|계약 ?id|아이디|연결|\blink/i) && !(recognition.score >= CONFIDENT && recognition.intent !== 'none') && words(text) <= 40 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "우리가 가입한 그 기본 패키지로 애저 같은 클라우드 문제도 도움 받을 수 있어요?": the cloud line of what the company has.
  if (!lastTopic && has(/\b(azure|cloud)\b|애저|클라우드/i) && has(/(도움|지원)(을|도|은)? ?(받을 ?수|받나|받아|받을까)|\b(can|could|do) (we|i) (get|receive) (any )?(help|support)\b|\b(help|support) (with|for) (azure|cloud)\b|\bwhat (do|can|should|would) (we|i) use for (azure|cloud)\b/i) && !has(CUSTOMER_SIDE) && !has(/\bbilling\b|\binvoices?\b|\bquotas?\b|빌링|인보이스|청구|결제|할당량|쿼터/i) && !has(/m365|microsoft 365|office 365|\bo365\b|teams|sharepoint|exchange online|마이크로소프트 365/i) && !(recognition.score >= CONFIDENT && recognition.intent !== 'none') && words(text) <= 40 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "'Microsoft 제품 지원' in the old Korean article — what's the current English name of that benefit?": the benefit's name today.
  if (entities.renames?.length && has(/\b(current|new|today'?s|present) (english |korean )?name\b|\bname(d)? (now|today)\b|\bcalled (now|today|these days)\b|(지금|현재|요즘|요새|새) ?(영어 ?)?(이름|명칭)|(요새|요즘|지금|현재|이제)[^.?!]{0,8}(어떤|무슨) ?(이름|명칭)|(어떤|무슨) ?(이름|명칭)으로 (나와|나오|불려|불리|바뀌|표시|떠|뜨)/i) && words(text) <= 30 && !recognition.error) return answer('renamed');
  // "그럼 클라우드 쪽은? 예전엔 메시징이라 5개였는데" in a thread about today's names: today's counterpart, not the old count.
  if ((lastTopic === 'renamed' || lastTopic === 'current-program' || last?.before === 'renamed' || (lastTopic && (last?.offer ?? offer))) && has(/예전(엔|에는|에)|옛날(엔|에는)|전에는|\bused to (be|get|have)\b|\bpreviously\b|\bback then\b/i) && has(/\b(azure|cloud)\b|애저|클라우드|시그니처|signature/i) && words(text) <= 16 && !recognition.error) return answer('renamed', { offer: offer ?? last?.offer ?? profile.offer });
  // "Explain what 'on-premises' vs 'cloud' means and what we actually get": the two kinds in plain words, beside what the company has.
  if (has(ON_PREM_MEANING) && has(/\bcloud\b|클라우드/i) && !has(/\brecent\b|\blatest\b|\bversions?\b|\bn-1\b|최근|버전/i) && !has(CUSTOMER_SIDE) && words(text) <= 50 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "and if it drags on for months does it cost more incidents?": still the one incident.
  if (lastTopic === 'incident-definition' && has(/\b(cost|count|charge|burn|use|take)s?\b[^.?!]{0,20}\b(more|extra|another|additional)\b|\b(more|extra|additional) incidents?\b|더 ?(차감|빠지|나가|들)|추가(로)? ?(차감|소모)/i) && words(text) <= 18 && !has(PAID_NAMES) && !recognition.error) return answer('incident-definition');
  // "what exactly counts as an 'incident'? … still 1 incident or are we getting charged more": the definition, not the paid plans.
  if (has(/\bcounts? as (an?|one|1|a single) (support |technical )?['"‘’]?incident|\bwhat (exactly )?(is|counts as) (an? |one )?(support |technical )?['"‘’]?incident|\bstill (1|one|a single) incident\b|인시던트(의)? ?정의|인시던트(의)? ?기준(이|은)? ?(뭐|무엇|어떻게|어떤)|(1|한) ?건으로 (치|계산|처리|차감)/i) && !has(CUSTOMER_SIDE) && words(text) <= 50 && !recognition.error) return answer('incident-definition');
  // "Do we have to pay extra for them? I need to know for the budget": nothing extra, and what costs money. "What would a single incident cost us without the free ones?": the paid ways.
  if ((has(EXTRA_COST) || (has(/\b(worth|price|how much|dollars?|money|usd)\b|\$|얼마|가격|비용/i) && has(/\b(single|one|an?) (incident|ticket|case)\b|\bper (incident|ticket|case)\b|\bincidents? (actually )?worth\b|건당|한 ?건(에|당)?/i))) && !has(/frontline|partner center support|파트너 ?센터 ?(지원|팀)|지원팀|\b(cost|use|take)s? (us )?(one|an?|any) (of (our|the) )?incidents?\b|duplicate|중복/i) && !entities.currentOffer && !has(CURRENT_NAMES) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('paid-plans');
  // "What do we have on the current program and how many have we used?", "how many cloud incidents does our Solutions Partner designation still have?": the company's own balance (its records know its program).
  // "파트너 클라우드 지원 잔여 몇 건이에요?": a count left, torn between the balance and today's table, is the balance.
  if (recognition.ambiguous && recognition.alternatives.some((a) => a.intent === 'remaining-incidents') && has(REMAINING) && has(/몇|\bhow many\b/i) && !has(HYPOTHETICAL) && !has(AFTER_MORE) && !entities.offer && !entities.currentOffer && !has(CUSTOMER_SIDE) && !recognition.error) return answer('remaining-incidents');
  if (has(/\b(we|our|us)\b|우리|저희/i) && has(/\bhow many\b.{0,40}\b(used|spent|consumed|left|remaining|still have)\b|\b(left|remaining)\b|몇 ?(개|건).{0,10}(썼|사용)|남은|남았|잔여/i) && (has(PROGRAM_NOW) || entities.currentOffer) && !has(/\bif\b|\bwould\b|\bwere\b|\bwhich\b|어떤|어느|refund|환불|money|\bbuy|\bbought|purchas|구매|샀|[가-힣]면(요)?(\s|[?？.,]|$)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', has(/\b(used|spent|consumed)\b|사용한|썼/i) ? { aspect: 'history' } : has(WHY_ANY) ? { aspect: 'why' } : {});
  // "she says they never opened a single case on it. so where did the incidents go?": the balance, explained by the records.
  if (has(/\bwhere (did|have|has) (the |our |their |my |all (the |our |their )?)?(incidents?|cases?|tickets?|balance)( \w+)? (go|gone)\b|(인시던트|건수|잔여)(가|는|들)? ?(다 )?(어디로|어디) ?(갔|간|사라)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "6 calls with the engineer, are we charged an incident per call?", "통화할 때마다 인시던트가 빠지나요?": one problem is one incident.
  if (has(/(전화|통화|연락)(할|한) ?때마다|\b(per|each|every) (call|phone call|contact|callback)\b|\b(\d+|several|multiple|many|a few) (calls|phone calls|contacts|callbacks)\b|(여러|\d+) ?번(의)? ?(통화|전화)/i) && has(/\bincidents?\b|인시던트|차감|빠지|깎|\bcharged?\b|\bcount/i) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "the engineer keeps transferring our long case, do we lose 4 incidents??": one problem is one incident, however long or passed around.
  if (has(/\b(long|transferr?(ed|ing)|transfers?|escalat\w*|reassign\w*|handed (over|off)|passed (around|along)|weeks?|months?)\b|오래|이관|에스컬|넘어가|넘겨|길어|몇 ?(주|달)/i) && has(/\b(lose|lost|cost|costs|use|uses|burn|burns|eat|eats|charged?|deduct\w*)\b[^.?!]{0,20}\b(\d+|two|three|four|five|several|multiple|more|many) (incidents|cases)\b|(\d+|여러|두|세|네) ?(개|건)(이|가|나)? ?(다 )?(빠지|차감|나가|깎)/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "심각도 A로 열면 인시던트가 더 많이 차감되나요?", "does a sev A case cost more incidents?": one problem is one incident, whatever its severity.
  if (has(/심각도|\bseverity\b|\bsev ?[abc1-4]\b|\bcritical\b|\burgent\b|긴급/i) && has(/차감|빠지|\b(cost|costs|count|counts|charged?|use|uses|burn|burns|deduct\w*)\b/i) && has(/더 ?(많이|많은)|\bmore\b|\b(two|2|several|multiple|extra)\b|두 ?(건|개)|여러/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('incident-definition');
  // "fixed in 10 minutes, do we get partial credit / half an incident back?": no partial incidents.
  if (has(/\bpartial (credit|refund|incidents?)\b|\bhalf (an? )?incidents?\b|\b(half|part) of (an? |the )?incident\b|\bpro-?rat\w*|반 ?건|부분 ?(차감|환불)|일부(만)? ?(차감|환불)|0\.5 ?(건|개|incidents?)/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "i opened the same azure issue twice by mistake, do we lose 2?": one problem, and the duplicate is refunded.
  if (has(OPENED_TWICE) && has(/\b(lose|lost|cost|charged?|counts?|counted|burn|burns|use|uses|deduct\w*|take|takes)\b|\b(2|two) (incidents|cases|tickets)\b|차감|빠지|나가|깎|잃|두 ?건/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('incident-definition');
  // "What does each offer cost per year right now? Launch, Success Core, …": today's prices.
  if (has(/\b(cost|costs|price|prices|pricing|fee|fees)\b|얼마|가격|비용/i) && has(/\blaunch\b|success (core|expanded)|\bdesignation\b|\boffers?\b|론치|런치|석세스|코어|익스팬디드|지정|오퍼/i) && !has(/per incident|pay-per|건당|\bppi\b|premier|advanced/i) && words(text) <= 40 && !recognition.error) return answer('current-program');
  // "billing이나 할당량(quota) 문제로 케이스 열면 인시던트 깎여요?", "그동안 애저 쿼터 늘리는 요청은 어떻게 하죠?": billing, quota and subscription requests
  // (free in 2021, today's rule R26-C2): today's program when it is asked about or held, else how requests are opened, with both rules.
  if (has(BILLING_ASKED) && has(/\bincidents?\b|인시던트|차감|깎|\bdeduct|\bcount|\bconsume|\bburn|혜택|\b(how|can|could|free|open|file|plan)\b|어떻게|어디|열 ?수|여나|열어|못|무료|플랜|되나|돼요|되죠/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer(asksNow(text) || has(CURRENT) || has(REFUND_CASE) || CURRENT_NAMES.test(text.toLowerCase()) || entities.currentOffer || profile.currentOffer ? 'current-program' : 'open-request');
  // "And if we hit zero before the contract ends, then what?" after the balance: the paid ways (and the records' state).
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(/\b(hit|reach|get to) (zero|0)\b|\b(run|ran) out\b|\bburn (through|thru)\b|\b(use|used|using) (them |it )?(all )?up\b|\buse (all|every one) of (them|it)\b|다 ?(쓰면|쓰고|써버리면|소진)|소진되면/i) && has(/\bthen what\b|\bwhat (then|now|happens)\b|\btop(ped)? (back )?up\b|\brefill|\breplenish|\breset\b|\bcome back\b|어떻게 (돼|되|해)|다시 (채워|생기|충전)|충전|리셋/i) && words(text) <= 30 && !recognition.error) return answer('paid-plans');
  // "ok if Lee activates it today, when would it expire?": how long a contract lasts (from activation), not how to activate.
  if (has(/\bwhen (would|will|does|do) (it|they|that|the contract|our contract|the benefit)( then)? (expire|end|run out|lapse)\b|(활성화|켜)[^.?!]{0,20}(하면|해주면)[^.?!]{0,20}(언제|며칠) ?(만료|끝나)/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('validity');
  // "And can we still use the benefits while we're in that window?" after the renewal window: yes, while the membership is valid.
  if (lastTopic === 'validity' && has(/\b(still )?use (the |our )?(benefits?|incidents?|support)\b.{0,30}\b(while|during|in) (we'?re in )?(that|the|this) (window|period)\b|(그|갱신) ?기간(에|에도|동안)[^.?!]{0,15}(쓸|사용)/i) && words(text) <= 20 && !recognition.error) return answer('validity');
  // "4월에 시그니처 인시던트 몇 건 썼는지", "how many on-prem tickets did we open in April?", "3월에는요?" after the usage: the requests of that month.
  // "we expect around 12 on-prem tickets. will our remaining incidents cover that?", "~30 azure tickets. is that enough?": the balance after that many.
  // (A message word for word like the portal's "no remaining incidents" is no paste when the match is loose.)
  // ("a big migration for a customer, Exchange Server 2019 … around 12 partner tickets. can we afford that?": a customer's on-premises work on the company's own incidents.)
  if (has(ENOUGH_ASKED) && has(/(?<![\d.])\d{1,2} ?(?:[\w-]+ ){0,2}(tickets|cases|requests|incidents)\b|(?<![\d.])\d{1,2} ?(건|개)/i) && !has(RATE_MONTHS) && !has(RATE_WEEKS) && !(has(CUSTOMER_SIDE) && has(CLOUD)) && words(text) <= 40 && !recognition.error?.exact) return answer('remaining-incidents', { aspect: 'after' });
  // "if two of those get refunded?" after a balance: the balance with those given back (no new request).
  if (refundsOnly(text) && has(/\b(\d{1,2}|one|two|three|both)\b|(한|두|세|\d) ?(건|개)|둘/i) && !has(/\bSR\b|\d{6,}/i) && (lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits' || has(REMAINING) || has(COUNT_ASKED)) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "and the one from may 14?" after the requests on record: that request, again from the records.
  if (lastTopic === 'remaining-incidents' && last?.aspect === 'history' && datesIn(text, 2000).length && words(text) <= 8 && !has(/\b(if|will|would)\b|(하|쓰|열)면/i) && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "the portal said partner on-premises support 20, you say 19? whats that based on?": the balance explained by the records.
  if (has(/\bbased on\b|\bwhere (does|did|do) (that|this|the|your) (number|count|figure|\d+)\b.{0,10}\bcome from\b|\byou say \d+\b|근거가? ?(뭐|무엇|어디)|어디서 나온 (숫자|건수|값)/i) && has(/\d/) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "3월에 산 Partner Success Core 멤버십 환불 받을 수 있나요?": the offer's own refund (today's rule), not the requests of March.
  if (has(/\b(membership|offer|designation|subscription)\b|멤버십|오퍼|지정|success (core|expanded)|\blaunch\b|코어|익스팬디드/i) && has(/\brefund\w*|\bmoney back\b|환불/i) && has(/\b(bought|buy|purchased?|paid)\b|산 |샀|구매|구입|결제/i) && !has(/\b(ticket|case|request|sr)s?\b|티켓|케이스|요청/i) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "our contract expired last month, can we still open a case today?": an expired contract can't be used (the month is the expiry's).
  // "what do we need to do to get it back?" after it: the same answer (pay now, or the next period's activation).
  if ((has(EXPIRED_SAID) && has(STILL_OPEN)) || ((lastTopic === 'validity' || lastTopic === 'plan-expired') && has(/\bget (it|them|the (benefit|contract|incidents?))s? back\b|\b(restore|renew|reinstate)\b/i) && words(text) <= 14)) {
    if (!has(CUSTOMER_SIDE) && !recognition.error && words(text) <= 30) return answer('plan-expired');
  }
  if ((monthIn(text) || has(RELATIVE_MONTH)) && (has(/\b(used|use|opened|open|filed|raised|spent|consumed?)\b|썼|쓴|사용(한|했|된)|열었|연 ?(거|건|요청)|차감/i) || (lastTopic === 'remaining-incidents' && last?.aspect === 'history' && words(text) <= 8)) && !has(/\b(if|will|would)\b|(하|쓰|열)면/i) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "SR 12103040000004 says refunded, what does that mean?": that request as the records hold it, with the rest of the usage.
  if (requestRefs(text).length && words(text) <= 40 && !recognition.error && !has(CUSTOMER_SIDE)) return answer('remaining-incidents', { aspect: 'history' });
  // "And we can use it right now?" after the benefits: whether (when, by whom) they are activated.
  if ((lastTopic === 'check-benefits' || lastTopic === 'remaining-incidents' || lastTopic === 'cloud-competencies') && has(/\b((can|could) (we|i)|(we|i) can) (start )?(use|using) (it|them|this|that|these)\b.{0,20}\b(now|right now|yet|today|already)\b|(지금|바로|당장) (쓸|사용할) 수 있/i) && !has(/azure|애저|cloud|클라우드|on-?prem|온-?프렘|m365|office|dynamics|\bfor (the |our )?\w+ (problems?|issues?|tickets?|cases?)/i) && words(text) <= 18 && !recognition.error) return answer('activate');
  // "Still no partner plan in the support-plan step, what now?" after the Access ID message: the same diagnosis, a step further.
  if (lastTopic === 'access-id-error' && (PLAN_MISSING.test(text.toLowerCase()) || has(/\bno (partner|signature)\b[^.?!]{0,20}\bplan\b|\bplan (isn'?t|is not|wasn'?t) (there|offered|listed)\b|(플랜|계획)(이)? ?(안 ?(보여|나와|떠)|없어)/i)) && words(text) <= 40 && !recognition.error) return answer('access-id-error');
  // "Still doesn't work, where do I file it?" after a CSP customer's request: the same (Service management in Partner Center).
  if (lastTopic === 'csp-customer' && has(/\bwhere\b.{0,20}\b(file|open|raise|submit)\b|\bstill (doesn'?t|does not|not) work|어디(서|에) ?(열|접수|요청|올려)|그래도 안/i) && words(text) <= 24 && !recognition.error) return answer('csp-customer');
  // "혜택 페이지에 나오는 만료일은 정확히 뭐예요?", "그 날짜까지 인시던트를 다 써야 하나요?": what the shown date means (the last day to activate).
  if (has(/만료 ?(일|날짜)|\bexpir(y|ation) date\b/i) && has(/뜻|의미|뭐예요|뭔가요|뭐죠|무엇|정확히|\bmeans?\b|\bwhat (is|'s) (that|this|the)\b|\brefers?\b|까지[^.?!]{0,12}(써야|사용해야|쓸 ?수|사용할 ?수|쓰면)|\b(use|spend) (them|it|all|the incidents|our incidents)\b.{0,20}\b(by|before|until)\b|\blast (day|date)\b|(지나면|지난 ?후|이후에?|넘으면)[^.?!]{0,40}(못 ?(써|쓰|쓴)|사용 ?(못|불가|할 ?수 ?없)|없어지|사라지|소멸|날아가|날라가)|마지막 ?(날|일)|\bafter (that|the|this) date\b|\bonce (it|that date|the date) (passes|has passed|is past)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('validity');
  // "All 5 Signature incidents are gone, when do we get new ones?": the balance (used up, until when, what helps now);
  // "시그니처 다 써버렸으면 만료일까지 클라우드 지원은 못 받나요?": a used-up plan, and what helps until the next contract.
  if (has(USED_UP) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) {
    if (has(/\bwhen\b.{0,30}\b(new|more|again|refill|reset|next|back)\b|\bnew ones\b|\brefill|\btop(ped)? up\b|언제.{0,15}(새로|다시|또|충전|리셋|생기|채워)|(새로|다시) ?(생기|받|충전|채워)/i)) return answer('remaining-incidents');
    if (has(/(으|었|았|렸)으면|\bif (we|i|they)\b/i) && has(/못 ?받|못 ?써|안 ?되|없(나|는|어)|\b(can'?t|cannot|no (more )?support|stuck|without)\b/i)) return answer('plan-expired');
    // "we burned thru all our signature incidents. what are our options until renewal?": the ways with none left.
    // ("can you add 5 more to our account or reset the counter?": nothing adds to or resets a pack; the same ways.)
    if (has(/\boptions?\b|\balternatives?\b|\bwhat (now|can we do|do we do|are we supposed to do)\b|\b(add|give|top up)\b[^.?!]{0,20}\b(more|\d{1,2})\b|\breset\b|방법|대안|어떻게 ?해|어떡해|추가해|충전해|리셋/i)) return answer('plan-expired');
  }
  // "If we bought Advanced Support for Partners on top of Gold, would it cover on-prem?": what each paid plan covers.
  if (has(/advanced support|premier( support)?|어드밴스드|프리미어/i) && has(/\b(cover|covers|include|includes|work for|apply to|good for)\b|\bon-?prem|포함|적용|커버|온-?프레|되나요|돼요/i) && has(QUESTION) && !entities.currentOffer && !has(/renam|turned into|\bcalled\b|\bbecame\b|바뀌|바뀐|이름/i) && words(text) <= 40 && !recognition.error) return answer('paid-plans');
  // "골드 역량 내년에도 계속 갱신할 수 있나요?", "can we keep renewing Gold after 2022?": what it became.
  if ((has(OLD_TERMS) || offer) && (has(/레거시|\blegacy\b/i) || (has(/(갱신|renew)[^.?!]{0,12}(할 ?수|가능|되나|돼요|될까|있나요)|\b(can|could) (we|i|they) (still |keep )?(renew|buy|extend)/i) && has(/내년|다음 ?해|\bnext year\b|\b202[2-9]\b|계속|\bstill\b|\bkeep\b/i))) && words(text) <= 40 && !recognition.error) return answer('renamed');
  // "Can we open Azure tickets for our CSP customers, and would that eat our Partner Cloud Support incidents?": the CSP customers' way (today's names or not).
  if (recognition.intent === 'csp-customer' && recognition.score >= CONFIDENT && has(/\bcsp\b/i) && has(/\bcustomers?'?(?!\w)|\bclients?'?(?!\w)|고객/i) && !offer && !recognition.error) return answer('csp-customer');
  // "They say they're Silver, but Partner Center only shows Partner Success Expanded": what they hold today.
  if (offer && entities.currentOffer && has(/\b(only|actually|really) (shows?|has|have|holds?|lists?)\b|\bshows? only\b|실제로|만 ?(있|보여|나와|떠)/i) && words(text) <= 60 && !recognition.error) return answer('current-program', { offer: undefined });
  // "TPD도 관리자가 활성화 버튼 눌러줘야 쓸 수 있나요?": TPD needs no activation.
  if (has(/\btpd\b|presales|pre-sales|사전 ?판매|프리 ?세일즈/i) && has(/activat|unlock|turn (it |them )?on|활성화/i) && !has(/\bno (signature|cloud|azure)\b|(시그니처|클라우드)[^.?!]{0,10}없/i) && !has(/\bincidents? and tpd\b|인시던트(랑|와|하고) tpd/i) && words(text) <= 50 && !recognition.error) return answer('tpd');
  // "Does MS count that as 1 incident or 2?", "1건인지 2건인지": what one incident is.
  if (has(/\b(1|one|a single) incidents? or (2|two|more)\b|\b(count|counted|charge[sd]?)\b.{0,30}\b(as )?(two|2|separate) incidents\b|(1|한) ?건(인지|으로|이에요)?.{0,10}(2|두) ?건/i) && !has(REMAINING) && words(text) <= 50 && !recognition.error) return answer('incident-definition');
  // "N-1 규정이 Azure 같은 클라우드 티켓에도 적용돼요?": the N-1 rule (on-premises only).
  if (has(/\bn-?1\b|\bmainstream\b|메인스트림/i) && has(/\bazure\b|\bcloud\b|signature|애저|클라우드|시그니처/i) && has(QUESTION) && words(text) <= 30 && !recognition.error) return answer('supported-products');
  // "Cheapest way to get support for that single problem?", "no membership at all: any support as a partner?": pay per incident or a paid plan.
  if ((has(/\b(single|one|1) (problem|issue|case|incident)\b|건당|한 건만|단건/i) && has(/cheap|\bcost|\bbuy\b|\bpay\b|\bprice|저렴|싸게|비용|구매|결제/i)) || (has(/\bno (mpn |partner )?(membership|offer)\b|\bnot (a |an )?(mpn )?(member|partner) (yet|at all)\b|멤버십(이|은|도)? ?(없|안 ?(샀|가입))/i) && has(/\bsupport\b|지원/i) && has(/\b(still|somehow|any ?way|anything)\b|그래도|방법/i))) {
    if (oneQuestion(text) && !entities.currentOffer && !offer && !has(/\baccount\b|\b(azure ad|aad|msa|entra)\b|계정/i) && has(QUESTION) && words(text) <= 40 && !recognition.error) return answer('paid-plans');
  }
  // "관리 에이전트 역할은 어디에 쓰는 거예요?", "what is the admin agent role for then?": requests for CSP customers.
  if (has(/admin agent|관리 ?에이전트/i) && has(/\bwhat( is|'s| does) (the |an? |that |this )?(admin agent )?(role )?((actually|even|really) )?(for|good for|do)\b|\bwhat (can|does) (an? |the )?admin agents? do\b|\bwhat'?s the point\b|어디에 ?(쓰|써|사용)|뭐 ?하는|무슨 ?(역할|용도|일)|용도|뭘 ?할 ?수/i) && !has(/activat|활성화/i) && words(text) <= 25 && !recognition.error) return answer('csp-customer');
  // "Will his tickets come out of the same 20?", "같은 20개에서 빠지는 거죠?": the company's one balance.
  if (has(/\b(come|comes|taken|deducted|counted?|drawn) (out of|from|against) (the |our )?same\b|\bthe same (\d+|pool|allowance|incidents)\b|같은 ?(\d+ ?(개|건)|풀)(에서|을|를)?/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents');
  // "Two Signature lines, one capped at 10 and one with no cap: why?": the company's lines, with which competency is the cloud one.
  if (!lastTopic && has(/\btwo (different |separate )?(signature |cloud )?(support )?(lines|entries|packs|plans)\b|\bone (is )?(capped|limited)\b.{0,40}\b(no cap|uncapped|unlimited|not)\b|두 ?(줄|개 ?(라인|줄))|하나는 ?(무제한|제한)/i) && has(/signature|cloud|시그니처|클라우드|\bcap|무제한/i) && words(text) <= 40 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "골드 20건이요, 매달 리셋되나요 아니면 1년에 20건인가요?": the membership's yearly count.
  // ("how many per month can we use? is there like a monthly limit on the on prem tickets": the same.)
  if (has(/매달|매월|\bmonthly\b|\b(every|each|per|a) month\b|한 ?달(에|마다)/i) && has(/리셋|reset|초기화|refill|renew|갱신|again|다시|충전|per year|a year|1년|연간|\blimit|\bcap\b|\bmax(imum)?\b|\bhow many\b|제한|한도|최대|몇 ?(개|건)/i) && (offer || has(WE)) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer(has(/몇 ?(개|건) ?남|\bhow many\b.{0,30}\b(left|remain)/i) ? 'remaining-incidents' : 'check-benefits');
  // "Could it just be them signing in with the wrong account?": the "no benefits yet" diagnosis (the records say whether a membership exists).
  if (has(/\bwrong (account|login|sign-?in|tenant)\b|잘못된 계정|계정을 잘못/i) && has(QUESTION) && lastTopic !== 'not-authorized' && lastTopic !== 'access-id-error' && !has(CUSTOMER_SIDE) && !has(/\bcsp\b|not authorized|권한이 없/i) && words(text) <= 25 && !recognition.error) return answer('no-benefits');
  // "회사 계정으로 바꾸면 그 ID들 보이는 거죠? 저 관리자 아닌데", "will I see the IDs without being an admin?": who sees them.
  if (has(/(\bids?\b|access id|contract id|아이디|액세스|계약 ?id|(?<![a-z])ID)[^.?!]{0,20}(보이|볼 ?수|보여|\bsee\b|\bvisible\b|\bview\b)/i) && has(/관리자(가)? ?아닌|관리자 아니|관리자는 아니|\bnot an? (admin|administrator)\b|\bno admin\b|\bwithout (an? )?admin|일반 사용자|\b(regular|normal|plain) user\b|(역할|권한)(을|를)? ?(따로 )?(줘야|부여해야|받아야)|\b(give|assign) (him|her|them) (a |the |an )?(role|admin)\b|이 ?사람도|그 ?사람도|\bnew (hire|engineer|colleague|employee)\b|새로 ?(입사|온|들어온)/i) && !has(/activat|활성화/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "혜택 페이지 봐도 클라우드 지원은 아예 없던데 왜 우리만 없어요?", "why don't we get any cloud support?": the company's cloud benefit.
  if (has(/(클라우드|시그니처)[^.?!]{0,12}(지원|혜택|인시던트)?[^.?!]{0,8}(아예 |전혀 )?없|\bno (cloud|signature|azure) (support|benefits?|incidents?)\b|\bno (signature|cloud|azure)( (cloud|signature))?( support)? (row|line|entry|section)\b|\bwhy (don'?t|do not|doesn'?t) (we|our \w+) (have|get) (any )?(cloud|signature|azure)\b/i) && has(WE) && !has(/없는 것 같습니다|don'?t have any benefits yet|사용할 ?수 ?없는|unavailable/i) && !(entities.currentOffer && has(MOVE_TO)) && !has(CUSTOMER_SIDE) && words(text) <= (has(/\b(row|line|entry|section)\b/i) ? 60 : 30) && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "After this one, how many are left?", "오늘 두 건 더 연다고 하면 몇 개 남나요?": the balance after that many more requests.
  // "if we burn 3 on-prem a month do we make it to contract end?", "매주 1건씩 쓰면 언제 다 떨어져요?": the balance, with the pace.
  if ((has(RATE_MONTHS) || has(RATE_WEEKS)) && has(MONTHS_ASKED) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents');
  // ("buy partner success core a 2nd time to get 2 more cloud incidents. possible?" is buying an offer twice, below.)
  if (has(AFTER_MORE) && !(entities.currentOffer && has(TWICE)) && !(last?.aspect === 'history' && has(/\banything (after|since|else|later)\b|그 ?(후|뒤|이후)|\bafter (that|the refund|those)\b/i) && !has(MORE_COUNT)) && (has(/how many|몇|\bleft\b|remain|still have|남|\bleaves?\b|\bcount\b|\bbalance\b/i) || lastTopic === 'remaining-incidents' || (lastTopic === 'check-benefits' && has(MORE_COUNT)) || has(/\b(\d+|one|two|three|another) more ([\w-]+ ){0,2}(cases?|tickets?|requests?|incidents?)\b|(\d+ ?|두 ?|세 ?|한 ?)(건|개) ?더/i)) && !has(CUSTOMER_SIDE) && (words(text) <= 40 || asksLast(text, AFTER_MORE)) && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "The dates our incidents were opened, plus the date of the refund", "how many requests since activation, and how many refunded?": the requests on record.
  // "언제 썼는지 알려주세요" (no subject said) and "the list of cases we filed so far" are the requests on record too.
  if ((has(/(언제|날짜).{0,15}(열었|썼|사용했|환불)/) || has(/\b(list|log|history|record)\b.{0,40}\b(cases|tickets|requests|incidents)\b.{0,25}\b(we|i)( have|'ve)? (filed|opened|raised|logged|submitted|used)\b/i)) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  if (has(WE) && (has(/\bdates?\b.{0,40}\b(opened|used|filed|raised|refund)|\bwhen (were|was|did we)\b.{0,30}\b(opened|open|use|used|refund)|(언제|날짜).{0,15}(열었|썼|사용했|환불)/i) || (has(/\b(how many|total)\b.{0,40}\b(opened|requests|cases|tickets)\b|몇 ?(건|개).{0,10}(열었|썼)/i) && has(/refund|환불/i))) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Need to link in Azure, what's our Access ID and Contract ID?": the IDs themselves.
  if (has(/\bwhat('?s| is| are) (our|the) (access id|contract id|ids)\b|\bwhat are our ids\b|(우리|저희)[^.?!]{0,10}(액세스|계약) ?(id|아이디)[^.?!]{0,10}(뭐|알려(?! ?(줘|주어|드려)도))/i) && !has(/동료|팀원|\bcolleague|\bcoworker/i) && !has(CUSTOMER_SIDE) && !has(POST_IDS_SHARED) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "Where do I paste the contract ID in the M365 admin center?", "EXO 건에 시그니처 써도 돼요?": Microsoft 365 takes no partner contract.
  if (oneQuestion(text) && !has(/\bazure\b|애저/i) && has(/\bm365\b|microsoft 365|office 365|\bo365\b|\bexo\b|exchange online|sharepoint online/i) && has(/admin center|관리 ?센터|\bpaste|\benter|\blink|\buse\b|signature|incident|입력|연결|쓸 ?수|써도|사용|시그니처|인시던트/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('m365');
  // "How many incidents will Northwind get once I activate?", "활성화하고 나면 몇 개 받아요?": what the membership gives.
  if (has(/\bhow many\b.{0,40}\b(once|after|when) (i|we|they|it'?s|it is|you)? ?(activate|do|turn|unlock)|활성화(하면|한 ?뒤|하고 ?(나면|나서)|후에?)[^.?!]{0,20}몇/i) && !has(AFTER_MORE) && words(text) <= 30 && !recognition.error) return answer('check-benefits');
  // "We're not in the partner program at all: can I still open a free partner incident?": membership first, or paid support.
  // ("…not in any partner program. under the current one (ai cloud partner program) which offer gets us cloud incidents?" asks today's offers.)
  if (has(/\b(isn'?t|is not|aren'?t|are not|not) (in|part of|a member of) (the |any )?(microsoft )?(partner|mpn) (program|network)|파트너 ?프로그램(에|의)? ?(가입|소속|참여)(도 ?안|하지 ?않|되어 ?있지 ?않|안)/i) && has(QUESTION) && !(has(PROGRAM_NAMED) && has(/\bwhich\b|\bhow many\b|어떤|몇/i)) && words(text) <= 40 && !recognition.error) return answer('paid-plans');
  // "누가 언제 했는지 봐줄래요?", "who activated it and when?": the records' activation.
  if (has(/누가 ?언제|언제 ?누가|\bwho and when\b|\bwhen and (by )?who(m)?\b|\bwho (did|activated) (it|that|ours)\b.{0,20}\bwhen\b|\bby whom\b/i) && (lastTopic === 'activate' || has(/activat|활성화|했는지|한 거/i)) && words(text) <= 30 && !recognition.error) return answer('activate');
  // "And if support closes one as a bug, same deal?": the refund rule.
  if (lastTopic && has(/\bbugs?\b|버그|\bduplicates?\b|\bdupes?\b|중복/i) && has(/same|refund|back|credit|count|그것도|환불|돌려|차감|마찬가지/i) && !has(REMAINING) && !countsMore(text) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "And technical sales prep, is that capped too?": TPD.
  if (has(/(technical )?sales prep|technical sales|기술 ?영업|세일즈 ?준비|영업 ?준비/i) && words(text) <= 30 && !recognition.error) return answer(lastTopic === 'current-program' ? 'current-program' : 'tpd');
  // "And on-prem incidents with the designation?" after TPD: the incidents, no more TPD.
  if (lastTopic === 'tpd' && has(/incidents?|인시던트/i) && has(/on-?prem|\bcloud\b|how many|몇|designation|\bcore\b|expanded|지정|온-?프렘|클라우드/i) && !has(/\btpd\b|presales|advisory|자문|사전 ?판매|use up|count(ed)? against|deduct|consum|차감|빠지|소모/i) && !recognition.error) return answer(entities.currentOffer ? 'current-program' : 'check-benefits');
  // "It's sitting under unavailable support plans, does that mean it expired?" after how to read the balance: which plans a product shows (expected for cloud plans).
  if (lastTopic === 'remaining-incidents' && has(/unavailable|사용할 ?수 ?없는 ?(지원 )?(플랜|계획)|사용 ?불가/i) && words(text) <= 30 && !recognition.error) return answer('supported-products');
  // "Post our Access ID and Contract ID in the team channel": not posted; where everyone sees them instead.
  // "Is it ok if I paste them in the channel?": the IDs are meant to be shared with colleagues.
  if (has(POST_IDS_SHARED) && has(/\bids?\b|access id|contract id|액세스|계약 ?id|아이디/i) && !recognition.error) return answer(asksBotToPost(text) ? 'get-ids' : 'ids-usage');
  // "So only the global admin can activate, right?", "관리 에이전트는 불가, ID는 모든 사용자가 볼 수 있음 — 맞죠?": the roles, judged.
  if (has(CONFIRM) && claimsVerdict(text)?.roles && !has(CUSTOMER_SIDE) && words(text) <= 60 && !recognition.error) return answer('activate', { aspect: 'roles' });
  // "What's that benefit called today?", "골드 역량 없어졌다던데 언제 끝났어요?", "is it still 5 in the new program?", "그럼 지금은 뭘 사야
  // 비슷하게 받아요?" after a 2021 answer: what the 2021 terms became (the router takes the org's membership when none is named).
  const oldTermed = has(OLD_TERMS) || (entities.renames?.length ?? 0) > 0;
  const todayAsked = has(RENAMED_ASKED) || has(SWITCH_NEW) || (has(ENDED_ASKED) && oldTermed) || has(BUY_NOW) || (has(PROGRAM_NOW) && /(?<!\d)\d{1,3}(?!\d)|how many|몇/i.test(text.replace(/\b20\d\d\b|20\d\d ?년/g, ' '))) || (has(CARRIES_OVER) && oldTermed);
  // "If we were on today's program instead, would we have …?", "2026년 지금 프로그램이면 어떻게 달라요?": what the membership became.
  if ((has(PROGRAM_NOW) || has(/\btoday'?s (partner )?program\b|\bthe program (today|now)\b|\b(joined|joining|started|signed up)\b.{0,40}\btoday\b/i)) && has(/\binstead\b|\bif (we|i) (were|was|had|switched|moved)\b|\bwould (we|i|it|that)\b|\bwould (the )?(current|new|today'?s) program\b.{0,15}\b(give|get|offer|have)\b|(이었|였|이)?(다면|라면)|(이면|면) ?어떻게|달라(요|지|져)|차이/i) && (offer || last?.offer || profile.offer || has(/\b(we|our|us)\b|우리|저희/i)) && !entities.currentOffer && !has(PRICE_ASKED) && !has(CHEAPEST) && words(text) <= 40 && !recognition.error) return answer('renamed', { offer: offer ?? last?.offer });
  // "How much is that?", "what would that cost us per year?" after today's offers or a new name: today's prices.
  if ((lastTopic === 'renamed' || lastTopic === 'current-program') && has(PRICE_ASKED) && words(text) <= 14 && !recognition.error) return answer('current-program');
  // "When we become a Solutions Partner, is it still unlimited?", "솔파로 바뀌면 계속 무제한이에요?": today's cloud counts, and how unlimited ended.
  // "ok but can we use our unlimited one right now for an azure outage?": whether the company's own contract can be used now (its records).
  // ("gold security here. customer has an on-prem exchange problem and … an azure issue in our own tenant. can i open both with our partner incidents today?": the same.)
  if (has(STILL_OPEN) && has(/\b(right now|now|today|currently)\b|지금|당장|오늘/i) && !has(COUNT_ASKED) && ((lastTopic && has(/\b(our|we|us)\b|우리|저희/i) && !has(CUSTOMER_SIDE) && words(text) <= 20) || (has(/\bour (partner )?(incidents?|benefits?|contract|support|plan)\b|우리 ?(파트너 ?)?(인시던트|혜택|계약)/i) && words(text) <= 50)) && !recognition.error) return answer(!lastTopic && has(/\b(open|file)\b|열 ?수/i) ? 'open-request' : 'validity');
  // "솔루션 파트너 지정이면 온프렘은 무제한 아닌가여? 19건이라고 나오던데 잘못된거 같아요": the count shown, doubted, is the company's own, explained.
  if (has(/\d{1,2} ?(건|개)(이라고|라고|으로|로)? ?(나오|뜨|떠|보이|표시|찍)|\b(shows?|showing|says?|displays?) (only |just )?\d{1,2}\b/i) && (countDoubted(text) || has(/\bwrong\b|\bmistake\b|잘못|틀리|틀린|이상하/i)) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  if (has(/unlimited|무제한/i) && (entities.currentOffer || has(CURRENT_NAMES) || lastTopic === 'renamed' || lastTopic === 'current-program') && !has(TPD_WORDS) && has(QUESTION) && words(text) <= 30 && !recognition.error) return answer('renamed', { renames: ['signature'] });
  // "We're CSP only, no MPN membership: any free support incidents?": without a membership offer, support is paid (CSP gives none).
  if (has(NO_MEMBERSHIP) && has(CSP_NAMED) && has(/incidents?|support|tickets?|인시던트|지원|티켓/i) && has(QUESTION) && !lastTopic && !recognition.error && words(text) <= 30 && !['csp-customer', 'not-authorized', 'no-benefits', 'paid-plans'].includes(recognition.intent)) return answer('paid-plans');
  // "Can we just buy another Core to top it up?": the same offer can't be bought twice (today's rule).
  if (entities.currentOffer && has(TWICE) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "What if we pay? what's the cheapest option?" after a 2021 answer: paid support, not today's offer prices.
  if (lastTopic && lastTopic !== 'current-program' && lastTopic !== 'renamed' && has(/\b(if|what if) (we|i) pay\b|\bpaid (options?|support|plans?)\b|돈(을)? ?내(면|고)|유료(로|면)/i) && !has(CURRENT_NAMES) && !entities.currentOffer && words(text) <= 14 && !recognition.error) return answer('paid-plans');
  // "Are our incidents usable by my colleagues too, or only by me?", "동료들도 그 인시던트 쓸 수 있어요?": the company's IDs, entered once per account.
  if (has(COLLEAGUES_USE) && has(/incidents?|benefits?|\bids?\b|인시던트|혜택|아이디/i) && !has(/\bsee\b|보여|보이|볼 ?수|\bmsa\b|outlook|hotmail|gmail|microsoft account|personal account|개인 ?(ms |msa |마이크로소프트 )?계정/i) && words(text) <= 20 && !recognition.error) return answer('ids-usage');
  // "Does it use up our support incidents?", "do I need to activate it too?" after TPD: about TPD itself.
  if (lastTopic === 'tpd' && has(/\b(it|that|this|those|them|tpd)\b|그거|그것|tpd/i) && has(/\buse(s|d)? up\b|\bconsum|\bdeduct|\bcounts? against\b|\bactivat|차감|소모|빠지|깎|활성화/i) && words(text) <= 12 && !recognition.error) return answer('tpd');
  // "그거 받으면 제 계정으로 비즈니스 지원에서 써도 되나요?": the IDs, entered once in Support for Business by any account.
  if (has(/\b(use|enter|add)\b.{0,30}\b(support for business|sfb)\b|(support for business|비즈니스 ?지원|sfb)\S*.{0,10}(써도|쓸 ?수|사용|입력|넣)/i) && has(/\b(them|it|ids?)\b|그거|그걸|아이디|\bid/i) && !has(REMAINING) && words(text) <= 16 && !recognition.error) return answer('ids-usage');
  // "그럼 지금 클라우드랑 온프렘 둘다 받으려면 뭘 사야돼요": today's offers, which one gives which.
  if (has(/(뭘|뭐를?|무엇을?|어떤 ?(걸|거|오퍼를?)) ?(사야|구매해야|구입해야|가입해야)|\bwhat (should|do|must|would) (we|i) (need to )?(buy|purchase|sign up for)\b|\bwhich (offer|one|plan) (should|do|must) (we|i) (buy|purchase|get)\b/i) && asksNow(text) && !has(PAID_NAMES) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "하고 나면 클라우드랑 온프레미스 둘 다 쓸 수 있는 거죠?": what the membership gives, both sides.
  if (has(/둘 ?다|\bboth\b/i) && has(CLOUD) && has(ON_PREM) && words(text) <= 16 && !recognition.error) return answer('check-benefits');
  // "몇 단계에서 멈추면 돼요?" after reading the balance: the steps (stop at step 2, nothing is submitted).
  if (lastTopic === 'remaining-incidents' && has(/몇 ?단계|어느 ?단계|\b(which|what) step\b|\bat what point\b|where (do|should) i stop/i) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents');
  // "Fine, what are our options?" after a plan Azure no longer offers: paid support until there is a contract.
  if ((lastTopic === 'link-azure' || lastTopic === 'plan-expired' || lastTopic === 'validity') && has(/\b(what are )?(our|my|the|their) options\b|\bany options\b|다른 방법|방법(이|은)? ?(뭐|있)/i) && words(text) <= 10 && !recognition.error) return answer('paid-plans');
  // "클라우드 제품에도 적용되나요?" after the N-1 rule: the same rule (it does not apply to cloud products).
  if (lastTopic === 'supported-products' && has(CLOUD) && has(/적용|해당|\bappl(y|ies)\b|\bcover(s|ed)?\b/i) && words(text) <= 10 && !recognition.error) return answer('supported-products');
  // "And our Signature? someone said it's used up": the records' lines, a used-up one confirmed first.
  if (lastTopic && has(/used up|run out|ran out|all gone|exhausted|다 ?(썼|쓴)|소진/i) && has(/signature|시그니처|\bcloud\b|클라우드/i) && has(/\b(our|we|us)\b|우리|저희/i) && has(QUESTION) && !has(HISTORY) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "Sorry, I meant on-prem Exchange 2019, not Azure": where an on-premises request is opened (and what stands in the way).
  if (lastTopic && lastTopic !== 'remaining-incidents' && has(CORRECTION) && has(ON_PREM) && has(/\b(exchange|sql|sharepoint|windows|server|issue|problem|ticket)\b|서버|익스체인지|문제|티켓/i) && has(/\bnot (azure|cloud)\b|(azure|애저|클라우드) ?(말고|아니)/i) && !has(/how many|몇|same (questions?|thing)|같은 질문/i) && words(text) <= 14 && !recognition.error) return answer('open-request');
  // "their cloud side?" after a partner's records (or their lack of a membership): that company's cloud benefit.
  // (So is a bare "and cloud?" after the records' state: activation, an expired plan, the contract's end.)
  // (Not when a balance came before: "클라우드 쪽은요?" after "how many left?" and "until when?" is the balance's cloud part.)
  const cloudOfRecords = ['no-benefits', 'activate', 'plan-expired', 'validity'].includes(lastTopic ?? '') && !['remaining-incidents', 'check-benefits'].includes(last?.before ?? '');
  // "시그니처 클라우드는 어케 됨?", "and on-prem?" after a balance: the same balance, of that side.
  // ("저희 클라우드 쪽은요?", "their cloud side?": whose it is said, the company's cloud line, below.)
  // (After the requests on record, that side's requests: "온프렘은요?" after the cloud usage.)
  if (lastTopic === 'remaining-incidents' && (has(CLOUD_SIDE) || has(ON_PREM_SIDE)) && !has(WHOSE_SAID) && !recognition.error) return answer('remaining-incidents', last?.aspect === 'history' ? { aspect: 'history' } : {});
  if (cloudOfRecords && has(ON_PREM_SIDE) && !recognition.error) return answer('remaining-incidents');
  if ((lastTopic === 'no-benefits' || (lastTopic && RECORDS_THREAD.has(lastTopic))) && has(CLOUD_SIDE) && (cloudOfRecords || has(WHOSE_SAID)) && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "Once I'm on the work account can I use it for Azure tickets too?" after a portal message: the company's cloud benefit.
  if ((lastTopic === 'no-benefits' || lastTopic === 'not-authorized') && has(/\bazure\b|\bcloud\b|애저|클라우드/i) && has(/\b(use|get|open|file)\b|쓸 ?수|사용|되나|돼요/i) && has(QUESTION) && words(text) <= 20 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "Even if we already activated the support benefit?" after the refund rule: a condition on the same answer.
  if (lastTopic && has(/^\s*(and |but |ok,? )?(even|only) (if|when|after|though)\b|(더라도|했어도|해도요|한 ?경우에도)\s*[?？]?\s*$/i) && words(text) <= 14 && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "And the unlimited line, did we use that too?" after the balance: the same records (the unlimited line is among them).
  if (lastTopic === 'remaining-incidents' && has(/unlimited|무제한/i) && has(/\b(use|used|using)\b|썼|쓴|사용/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "What can they do instead if they need more cloud incidents?" after today's offers: today's ways to get more.
  if (lastTopic === 'current-program' && has(/\b(need|want|get) more\b|\binstead\b|더 (필요|받|많이)|대신/i) && has(/incidents?|tickets?|인시던트|티켓|건/i) && words(text) <= 18 && !recognition.error) return answer('current-program');
  // "지정을 두 개 받으면 두 번 내야 하나요?" after a price: the fee rule (one fee for all designations).
  if (lastTopic === 'current-program' && has(/(두 ?번|따로|각각|별도로?) ?(내|지불|결제)|\bpay (twice|for each|per designation|again)\b/i) && words(text) <= 18 && !recognition.error) return answer('current-program');
  // "Will it fix itself if I wait?" after a portal message (or the activation answer that followed it): the message's answer says whether waiting helps.
  const messageTopic = [lastTopic, last?.before].find(isMessageTopic);
  // "Can our admin just grant me a permission?", "what does the newer version of that message say?" after a portal message: that message's answer.
  if (messageTopic && (has(/\b(grant|give|assign|add)\b.{0,20}\b(permissions?|rights?|roles?|access)\b|권한(을)? ?(주|부여|추가|받)|\b(newer|new|latest|updated|current|2026) (version|wording|text)\b|새 (버전|문구)|최신 (버전|문구)|바뀐 문구/i)) && !has(/activat|활성화/i) && words(text) <= 18 && !recognition.error?.exact) return answer(messageTopic);
  if (messageTopic && has(/\bwait(ing)?\b|\bretry(ing)?\b|\btry(ing)? again\b|다시 시도|재시도|\b(fix|sort|resolve|solve)s? itself\b|\bgo away\b|기다리면|기다려야|기다려 ?(볼까|봐야|보면|볼게|보죠)|(하루|이틀|며칠|몇 ?일|일주일|시간)(이)?.{0,8}(지나면|뒤에|후에|기다리면|있으면|걸리)|(지나면|기다리면) ?(생기|나오|뜨|보이|풀리)|저절로|알아서 (해결|풀|없어|돼|되)/i) && words(text) <= 16 && !recognition.error) return answer(messageTopic);
  // "So next step for him?" after the records were looked up about a portal message: that message's next step.
  const before = last?.before;
  const messageBefore = isMessageTopic(before) ? before : undefined;
  // "ok switched accounts and now i see the benefits. next step?" after "no benefits yet": activating them.
  if ((lastTopic === 'no-benefits' || lastTopic === 'not-authorized') && has(/\b(now )?(i|we) (can )?see (the|our|them|it)\b|\bswitched (accounts?|tenants?)\b|\bright account\b|(이제|다른 계정으로)[^.?!]{0,20}(보여|보이|나와|떠)/i) && (has(NEXT) || has(/\bnext\b|다음|뭐 ?해야|what (do|should) (i|we) do/i)) && words(text) <= 25 && !recognition.error) return answer('activate');
  if (messageBefore && (lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits' || lastTopic === 'ids-usage') && has(NEXT) && words(text) <= 10 && !recognition.error) return answer(messageBefore);
  // "SfB shows the plan valid, but + New support request still doesn't offer it": the Azure diagnosis for a valid plan not offered.
  // "is it his fault? did he do something wrong by adding the contract in SfB first?" after a diagnosis: why it happened, from the same answer.
  if (lastTopic && FAULT_TOPICS.has(lastTopic) && has(/\b(is|was|it'?s) (it|this|that) (his|her|their|my|our|your|the partner'?s) fault\b|\b(did|do|does) (he|she|they|i|we) (do )?(something|anything) wrong\b|누구 ?(잘못|탓)|(제|그|저희|그쪽|파트너) ?(잘못|탓)인가|잘못한 ?(거|건)/i) && words(text) <= 25 && !recognition.error) return answer(lastTopic, { aspect: 'why', offer: last?.offer });
  // "ok so when can we actually start using them, can i do that part myself?": activating comes first (the records say whether it is done).
  if (has(/\bcan i do (that|it|this)( part| step)?( myself| on my own)\b|\b(when|how) can (we|i) (actually )?(start|begin) using\b|제가 (직접 )?(해도|할 ?수)|언제부터 (쓸|사용할) ?수/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !(recognition.score >= CONFIDENT && recognition.intent !== 'none' && recognition.intent !== 'activate') && !recognition.error) return answer('activate');
  // "Signature Cloud Support and Partner Cloud Support are two separate benefits, so we get both?": one benefit, renamed.
  const oldAndNew = (entities.renames?.includes('signature') && has(/partner cloud support|파트너 클라우드 지원/i)) || (entities.renames?.includes('product-support') && has(/partner on-?premises support|파트너 온-?프레미스 지원/i));
  if (oldAndNew && has(/\bseparate\b|\bboth\b|\bsame\b|\bdifferent\b|\btwo\b|\bon top\b|별개|둘 ?다|같은|다른|따로|각각/i) && words(text) <= 30 && !recognition.error) return answer('renamed', { renames: [has(/partner cloud support|파트너 클라우드 지원/i) ? 'signature' : 'product-support'] });
  // "how we looking on incidents?", "quick one - how many on-prem incidents has contoso actually used this yr": the balance (with what was used).
  if ((has(/\bhow('?s|s| is| are)? (we|it|things|are we|our \w+) (looking|doing)\b/i) && has(/\b(incidents?|tickets?|cases?|balance|support|benefits?|counts?)\b/i)) || (has(/\bhow many\b/i) && has(/\b(have|has|did|we'?ve|they'?ve)\b[^.?!]{0,40}\b(used|opened|burned|spent|consumed)\b|\b(used|opened) (so far|this (year|yr|membership year))\b/i))) {
    if (!has(HYPOTHETICAL) && !(recognition.score >= CONFIDENT && recognition.intent !== 'none') && words(text) <= 25 && !recognition.error) return answer('remaining-incidents');
  }
  // "Ok so 20 + unlimited.. what's the total number then?", "how many more is that?": the counts just given, added up or compared.
  if (lastTopic === 'check-benefits' && (has(SUM) || has(DIFF)) && !has(REMAINING) && !has(/\bacross\b|\boffers\b|오퍼|합산되/i) && !(recognition.entities.currentOffer && recognition.entities.currentOffer !== last?.currentOffer) && words(text) <= 25 && !recognition.error) return answer('check-benefits', { offer: recognition.entities.offer ?? last?.offer });
  // "계약 추가 버튼이 안보여요, 어디 있음?", "where's the Add Contract button?": where the IDs are entered (under the purchase-or-add expander).
  if (has(/(계약 ?추가|add ?contract)[^.?!]{0,30}(안 ?(보|나와|나오|떠|뜨)|없어|없네|못 ?찾|어디|can'?t (find|see)|cannot (find|see)|where|missing|not (there|showing|shown))|\bwhere\b[^.?!]{0,25}\badd ?contract|어디[^.?!]{0,15}계약 ?추가/i) && !has(/\bexpired?\b|만료|소진|used up/i) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "신입 엔지니어 때문에 혜택 다시 활성화해야 해요?", "do we activate again for our new hire?": once per company (the IDs are enough).
  if (has(NEW_PERSON) && has(/다시 ?활성화|또 ?활성화|\bre-?activat|\bactivat\w* (it |them |the benefits? )?again\b|\bactivate (it |them )?for (him|her|them)\b/i) && words(text) <= 40 && !recognition.error) return answer('activate', { aspect: 'pushback' });
  // "참고로 저희는 indirect reseller예요" after CSP customers' requests: who of the CSP partners opens them.
  if (lastTopic === 'csp-customer' && has(/\b(indirect|direct)[- ](reseller|provider|bill(ing)?)\b|\breseller\b|리셀러|간접 ?(공급자|판매)|직접 ?청구/i) && words(text) <= 20 && !recognition.error) return answer('csp-customer');
  // "계약 ID는 활성화한 날부터 2년 동안 쓸 수 있다고 들었는데 맞나요?", "the IDs are good for 2 years, right?": how long they last.
  if (has(/(?<![\d-])(\d{1,2}|두|세|한|일|이|삼) ?(년|개월|달) ?(동안|간|까지|이나|짜리)|\b(\d{1,2}|one|two|three|six|eighteen) (full )?(years?|months?)\b/i) && has(/쓸 ?수|사용|유효|\bvalid\b|\blasts?\b|\bgood for\b|\busable\b|\b(use|keep using)\b/i) && has(/\bids?\b|access id|contract|계약|아이디|혜택|benefits?|incidents?|인시던트/i) && !has(REMAINING) && !has(/\bif\b|만약|(하|쓰|열)면/i) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "액세스 ID가 벌써 딴 계정에 붙어있다는 식으로 나와요", "azure says the id is taken by some account": the "already associated" message in other words.
  if (has(/(이미|벌써)[^.?!]{0,20}(어떤 |다른 |딴 |남의 |누군가의? )?계정에 ?(연결|붙어|등록|묶여|엮여)|(애저|azure|포털)[^.?!]{0,30}(이미|벌써) ?(연결|등록)(됐|되었|되어 ?있)(다|다는|다고)[^.?!]{0,6}(에러|오류|메시지|메세지|경고)|(어떤|다른|딴|남의) 계정에 ?(이미 |벌써 )?(연결|붙어|등록|묶여)[^.?!]{0,10}(있|됐|되어)|\b(already )?(linked|associated|tied|attached|bound|registered) (to|with) (another|some|a different|other|someone'?s?|somebody'?s?) (account|user|login)\b|\b(id|ids|access id) (is |was )?(taken|already (used|in use|taken))\b|\b(id|ids|access id) belongs to (some|another|a different)/i) && !has(CUSTOMER_SIDE) && !has(/\b(who|which accounts?)\b.{0,20}\b(linked|added)\b|누가 (연결|추가)했/i) && !(has(LINKED_WHICH) && !has(/이미|벌써|에러|오류|메시지|메세지|뜨|떠|떴/i)) && words(text) <= 50 && !recognition.error) return answer('access-id-error');
  // "When was it activated, and by who?", "누가 언제 활성화했어요?": the records' activation (date and person), not the usage.
  if (has(/\b(when|who)\b.{0,30}\bactivated\b|\bactivated\b.{0,20}\b(when|by whom|by who)\b|(언제|누가|누구)[^?？.]{0,15}활성화(했|한|된|됐)|활성화(한|된|했).{0,10}(언제|누가|누구|날짜)/i) && !has(/\b(if|once|after)\b|(하|되)면/i) && !has(/만료|\bexpir|끝나|\bends?\b/i) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "Anything after that on the cloud side?" after the usage history: the same history (later requests), not one more request.
  if (lastTopic === 'remaining-incidents' && last?.aspect === 'history' && has(/\banything (after|since|else|before|later)\b|\b(after|since) that\b|그 ?(후|뒤|다음|이후)(에|로)?/i) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "그럼 저희 멤버십 자체도 끝난 건가요?" after the contract's expiry: the membership's own year, from the records.
  // "멤버십은요?", "and the membership?" after a company's records: how long its membership runs.
  if (lastTopic && (RECORDS_THREAD.has(lastTopic) || lastTopic === 'ids-usage') && has(/^\s*(그럼 |그리고 |and |what about |how about )?(the |their |our |그 ?회사 |우리 |저희 )?(멤버십|membership)( ?(은요|는요|은|는|status|state|상태는요?))?\s*[?？]*\s*$/i) && !recognition.error) return answer('validity', { aspect: 'own', followUp: true });
  if (lastTopic && RECORDS_THREAD.has(lastTopic) && has(/멤버십|\bmembership\b/i) && has(/끝|만료|종료|\b(expired|ended|over|gone|lapsed)\b|\bstill (valid|active|good)\b|유효/i) && !has(NOT_RENEWED) && words(text) <= 16 && !recognition.error) return answer('validity', { aspect: 'own' });
  // "그럼 활성화하고 난 뒤에 계약 자체는 얼마나 유효한가요?", "how long is the contract good for after activation?": how long it lasts.
  if (has(/얼마나 ?(유효|오래 ?(가|유지|쓸|사용))|얼마 ?동안 ?(쓸|사용|유효)|유효 ?기간|\bhow long (is|are|does|do|will|would)\b.{0,40}\b(valid|last|good|usable)\b/i) && has(/계약|\bids?\b|아이디|혜택|\bcontract\b|\bbenefits?\b|access id/i) && !has(REMAINING) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "And if I link it anyway, I guess some error pops up?" after linking in Azure: the "already associated" message (harmless).
  // "should i just link the ids again? or get a new access id?" after the plan missing in Azure: the diagnosis answers that (no new ID; relinking doesn't bring it back).
  if (lastTopic === 'access-id-error' && has(/\bnew (access id|contract id|ids)\b|새 ?(액세스 ?)?(id|아이디)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('access-id-error');
  // "diego already added the contract in SfB. does megan have to add it too?": each sign-in account enters the IDs once.
  if (has(/\b(does|do|must|should|would|will) (she|he|they|[a-z]+) (also )?(have|need) to (add|enter|link|register|put in|type in|input) (it|them|the ids?|the contract|our ids?|their ids?|the access id)( \w+){0,4}( too| again| as well| herself| himself| themselves)\b|\b(each|every|all|any) (new )?(engineer|user|colleague|person|employee|hire|dev|developer|member|teammate)s? (have|has|need|needs|must) to (enter|add|link|register|input)\b|[가-힣]+(도|씨도|님도) (따로 |또 |다시 )?(추가|입력|등록|연결)해야/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('ids-usage');
  // "with all these renames what do WE actually still have on our gold membership? numbers pls": the company's own balance.
  if (has(/\bwhat do (we|i) (actually |really |even )?(still )?have\b|\bwhat (have|do) we (actually |really )?got\b|(우리|저희)(가|는)? ?(실제로|아직|지금) ?(뭐|뭘|무엇을?) ?(가지고|갖고|받고) ?있/i) && has(/\bstill\b|\bactually\b|\breally\b|\bnumbers?\b|아직|실제로|숫자|몇/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents');
  // "and for cloud, can we get more before the year is over or are we stuck?": paid support once the benefit is used up.
  if (has(/\b(can|could) (we|i) (get|buy|purchase|add) (any |some )?more\b|\bare we stuck\b|더 (받을|살|구매할|구입할) 수|추가로 (받|살|구매|구입)/i) && !offer && !entities.currentOffer && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('paid-plans');
  // "does the new thing get cloud incidents?" after what a 2021 offer is called today: today's offers.
  if (lastTopic === 'renamed' && has(/\bthe (new|current|replacement) (thing|one|offers?|name|program|version|plan)\b|\bthe successors?\b|새 ?(거|것|오퍼|프로그램)(는|은|도|에서는|에선)|후속 ?(오퍼|제품)/i) && words(text) <= 25 && !recognition.error) return answer('current-program');
  // "which of our benefits covers it (an AKS outage in our own azure)?": the company's benefits, the cloud line when cloud is named.
  // ("…for an on-prem SQL Server (latest version) issue", "a windows 10 deployment issue would come out of which one?": the on-premises rule, its balance and where it is opened.)
  if (has(/\bwhich (of (our|the|my) )?(benefits?|plans?|pools?|incidents?)\b[^.?!]{0,20}\b(covers?|applies|appl(y|ies) to|is for|do (we|i) use|should (we|i) use)\b|\bcome out of which\b|\bwhich (one|pool|benefit|line) (would|does|will) (it|that|this) come out of\b|(어떤|무슨|어느) ?혜택(을|으로|이|에서)?[^.?!]{0,10}(써|쓰|사용|적용|해당|커버)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer(scopeAsked(text) === 'on-premises' ? 'supported-products' : 'check-benefits', has(CLOUD) && !has(ON_PREM) ? { aspect: 'cloud' } : {});
  // "그럼 2026년 지금 프로그램이었으면 같은 회사는 뭘 받았을까요?": today's offers (a 2021 membership's counterpart among them).
  if ((has(PROGRAM_NOW) || has(PROGRAM_NAMED) || has(/\b2026\b/)) && has(/(뭘|뭐를?|무엇을?|얼마나|몇 ?(개|건)) ?(받|주|줘)[^.?!]{0,4}(을까|았을|었을|나요|까요|죠)|\bwhat (would|will|could) (we|i|they|the same company|our company|a company like us) (get|have|receive)\b/i) && !has(REMAINING) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "and then what, is everything gone that day?" after when the membership ends: what the end date means (the renewal window).
  if (lastTopic && ['check-benefits', 'validity', 'remaining-incidents'].includes(lastTopic) && has(/\b(gone|lost|disappear\w*|wiped|cut off)\b[^.?!]{0,20}\b(that day|on that (day|date)|then|immediately|right away)\b|\band then what\b|\bwhat happens (then|after( that)?|on that (day|date))\b|그날|그 ?날[^.?!]{0,10}(다|전부|바로)|그 ?다음(엔|에는)? ?(어떻게|뭐)/i) && words(text) <= 16 && !recognition.error) return answer('validity');
  // "how many days do we get to renew, and does that window start on the 15th or the 16th?": the renewal window.
  if (has(/\brenew\w*|갱신/i) && has(/\bhow (many|long) (days|weeks|time)\b|\bwindow\b|\bgrace\b|며칠|몇 ?일|기간/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('validity');
  // "which of our accounts already have the support contract linked?": the links on record (not the Azure message).
  if (has(LINKED_WHICH) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "and after that?" after where the IDs go: opening the request.
  if (lastTopic && ['link-azure', 'ids-usage', 'register-ids'].includes(lastTopic) && has(/^\s*(and |ok |okay |so )?(then|after that|what next|next|what now|and then)\s*[?？.!]*\s*$|^\s*(그 ?다음(은|엔|에는)?|그 ?후(에는|엔)?|그러고 ?나서(는)?)\s*(요|은요|는요)?\s*[?？.!]*\s*$/i) && !recognition.error) return answer('open-request');
  // "그럼 저는 이미 연결된거에요?", "so is my account linked already?" after the IDs' use: the links on record (not the Azure message).
  if (lastTopic && ['ids-usage', 'get-ids', 'link-azure', 'register-ids'].includes(lastTopic) && has(/(저는|전|제 ?계정(은|도)?|내 ?계정(은|도)?|저희는|우리는)[^.?!]{0,10}(이미 |벌써 )?(연결|등록)(된|돼|되어|되)|\b(am i|are we|is my (account|login)|is our (account|contract)) (already )?(linked|registered|connected|set up)\b/i) && words(text) <= 14 && !recognition.error) return answer('ids-usage');
  // "contoso asks which pool their azure ticket from 2021-05-24 came out of": the requests on record, each with its line.
  if (has(/\bwhich (pool|pack|line|benefit|allowance|bucket)\b[^.?!]{0,60}\b(came|come|comes|taken|deducted|charged|drawn|used)\b|\b(came|taken|deducted|charged|drawn) (out of|from) which\b|어느 ?(풀|팩|라인|혜택)(에서|으로)[^.?!]{0,20}(차감|빠졌|나갔|썼)/i) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  if ((lastTopic === 'link-azure' || lastTopic === 'ids-usage') && has(/\b(error|message|warning)\b.{0,25}\b(pops?|shows?|appears?|comes?|says?)\b|\bpops? up\b|(에러|오류|메시지)[^.?!]{0,10}(뜨|나오|나와|떠)/i) && has(/\banyway\b|\bagain\b|\bregardless\b|다시|그래도|또|굳이/i) && words(text) <= 20 && !recognition.error) return answer('access-id-error', { facts: { location: 'azure-link', linkedBefore: 'yes' } });
  // "drop our access id and contract id here pls, need to email them to a contractor": the IDs asked for (the sharing rule goes with them).
  if (has(IDS_WORD) && !has(/\bwho (on|in|at|can|could|should|has|have|else)\b|누가|누구/i) && has(/\b(drop|give|send|paste|post|show|tell)\b (me |us )?(our |the )?(access id|contract id|ids)\b|\b(drop|paste|post|put) (them|it) here\b|(id|아이디)[^.?!]{0,15}(여기 ?(에)? ?(올려|붙여|보내|적어)|(알려|보내|붙여) ?(줘|주세요|주실)(?! ?도))/i) && !has(/\bcustomer'?s\b|고객(사)?의|(한테|에게|께)\s?(id|아이디|액세스|계약)|\b(can|may|should) i (give|send|share|tell)\b/i) && words(text) <= 40 && !recognition.error) return answer('get-ids');
  // "팀원 중에 파트너센터 계정 없는 외주 엔지니어는요?": the IDs are shared with them (only the IDs).
  if (has(/(파트너 ?센터|partner center)[^.?!]{0,10}(계정|권한|접근|access|account)[^.?!]{0,6}(없|no\b|n'?t)|\b(no|without|doesn'?t have|don'?t have|lacks?) (a )?(partner center )?(access|account|login)\b[^.?!]{0,30}|외주|협력사|contractors?|\bfreelancers?\b/i) && !has(MSA_NAMED) && has(/엔지니어|직원|팀원|동료|분|\b(engineers?|colleagues?|contractors?|freelancers?|consultants?|people|users?|guys?)\b/i) && (lastTopic === 'get-ids' || lastTopic === 'activate' || lastTopic === 'ids-usage' || has(IDS_WORD) || has(/\b(use|open|file)\b[^.?!]{0,30}\b(support|incidents?|benefits?|tickets?|cases?)\b|(지원|인시던트|혜택|케이스|티켓)[^.?!]{0,10}(쓰|사용|열)/i)) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "액션팩 10건인데 3건 남았으면 올해로 이월돼요?": the yearly count (nothing carries over), with the membership's lines when one is named.
  // "if we run out of signature incidents in november can we borrow from next year's?": next year's come with next year's contract.
  if (has(BORROW_AHEAD) && !has(CUSTOMER_SIDE) && !entities.currentOffer && words(text) <= 40 && !recognition.error) return answer('remaining-incidents');
  if (has(CARRY_OVER) && !has(RELINK) && !has(CUSTOMER_SIDE) && !entities.currentOffer && !stated.contractStatus && words(text) <= 40 && !recognition.error) return answer((offer || entities.currentOffer) && !has(NOT_RENEWED) ? 'check-benefits' : 'validity');
  // "Some pair of numbers that proves we're a partner and makes the ticket free, what are they called?": the Access ID and Contract ID.
  if (has(/\b(pair of|two|couple of|both)\b.{0,15}\b(numbers?|codes?|ids?|keys?|identifiers?)\b|(번호|코드|아이디)[^.?!]{0,6}(두 ?개|2 ?개|한 ?쌍)|(두 ?개|2 ?개|한 ?쌍)[^.?!]{0,6}(번호|코드)/i) && has(/\bprove|\bpartner|\bfree\b|\bticket|증명|파트너|무료|티켓|지원 ?받|필요한/i) && !has(CUSTOMER_SIDE) && words(text) <= 45 && !recognition.error) return answer('get-ids');
  // "Gold in Cloud Platform: is there a yearly cap on the free Azure tickets, like 10?": the cloud count (unlimited with a cloud competency).
  if (has(/\b(cap|capped|limit|limited|max(imum)?|ceiling)\b|상한|한도|(?<!무)제한/i) && !has(/\bunlimited\b|무제한/i) && has(/\b(azure|cloud|signature)\b|애저|클라우드|시그니처/i) && has(/\b(tickets?|incidents?|cases?|requests?)\b|티켓|인시던트|건수/i) && !has(CUSTOMER_SIDE) && !has(/\bhours?\b|시간/i) && !entities.currentOffer && !has(PROGRAM_NOW) && !has(/\btoday'?s\b|\bdesignation\b|\bnew program\b/i) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "클라우드 역량으로 바꾸면 무제한이라던데 맞아요?": the cloud line with a cloud competency (unlimited).
  if (has(/클라우드 역량|\bcloud competenc(y|ies)\b/i) && has(/(으로|로) ?바꾸면|따면|얻으면|취득하면|있으면|\bif (we|they|i) (got|get|switch(ed)?|had|earn(ed)?|add(ed)?)\b|\bswitch(ed|ing)? to\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "When does the contract linked to my account expire?", "계약 언제 만료돼요?": its end date (the records), not the links.
  if (has(/\bwhen (does|do|will|is|did)\b.{0,50}\bexpir|\bexpir\w*\b.{0,15}\bwhen\b|언제 ?만료|만료(일|는|가|되는 ?(날|게))? ?언제/i) && !has(CUSTOMER_SIDE) && !has(/\bdate\b.{0,20}\b(mean|shown|say)|뜻|의미/i) && words(text) <= 25 && !recognition.error) return answer('validity');
  // "그럼 어떻게 켜요?", "how do we activate it?": how to activate, whatever the last answer was.
  if (has(/어떻게 ?(활성화|켜)|활성화(하는 ?(법|방법)|하려면|방법)|\bhow (do|can|should) (i|we) (activate|turn (it|them) on)\b|\bhow to activate\b/i) && !has(CUSTOMER_SIDE) && !has(/\bif\b|만약/i) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "지원 혜택 있나요?", "do we have any support benefits?": the company's benefits.
  if (has(/^\s*(저희|우리)?( 회사)? ?(기술 ?)?(지원 ?)?혜택(이|은)? ?(있나요|있어요|있죠|있습니까|있나)\s*\??\s*$|^\s*do we (even )?have (any )?(support |technical )?benefits\??\s*$/i) && !recognition.error) return answer('check-benefits');
  // "If our Action Pack lapses and we don't renew, can we still burn the leftover incidents?", "갱신 안 했는데 이번 주에 열 수 있어요?":
  // the renewal window and what ends with the membership (not what the offer became, not a balance).
  if (has(NOT_RENEWED) && !has(PAID_NAMES) && has(/\b(still|afterwards|after|leftover|left ?over|remaining|use|open|burn|keep)\b|남은|쓸 ?수|사용|계속|열 ?수/i) && !has(KEEP_ONLY) && !has(/\bhow (do|can|to)\b.{0,20}\brenew|어떻게 갱신/i) && words(text) <= 40 && !recognition.error) return answer('validity');
  if (stated.planOffered === 'no' && stated.contractStatus === 'valid' && ['validity', 'remaining-incidents', 'plan-expired', 'none', 'open-request'].includes(recognition.intent) && words(text) <= 60 && !recognition.error) return answer('access-id-error');
  // "Yes, I added the contract in Support for Business a while ago, so it's fine?" after the Access ID message: the message's own answer, with that said.
  if (lastTopic === 'access-id-error' && has(/\b(added|linked|entered|registered|put in)\b|(추가|연결|등록|입력)(했|해 ?뒀|해 ?놨|해 ?놓|한 ?적)/i) && (has(/^\s*(yes|yeah|yep|yup|right|correct|ok)\b|^\s*(네|예|응|맞아요|맞습니다)/i) || has(/\b(so )?(it'?s|is it|that'?s) (fine|ok|okay|alright)\b|\b(ignore|safe)\b|괜찮|무시/i) || has(/^\s*(아 |오 )?(참고로|아 참|그리고|btw|by the way|fyi|also|oh and)\b|^\s*(아 |오 )?(참고로|아 참)/i)) && !has(/\bhow\b|\bwhere\b|어떻게|어디/i) && words(text) <= 24 && !recognition.error) return answer('access-id-error');
  // "Are our support benefits gone already?", "혜택 다 사라진 거예요?": how long benefits last (and the renewal window).
  if (has(/\b(are|is|have|has|were|was) (our|my|the|their) (support |technical |partner )*(benefits?|membership)\b.{0,15}\b(gone|lost|over|ended|expired|finished|void|dead)\b|\b(lose|lost|losing) (all )?(our|the|my) (support |technical |partner )*benefits\b|혜택.{0,10}(사라졌|사라진|없어졌|없어진|끝났|끝난|날아갔)/i) && !has(/메뉴|\bmenu|\bpage\b|페이지|\btab\b|탭|버튼|\bbutton/i) && !has(REMAINING) && words(text) <= 20 && !recognition.error) return answer('validity');
  // "How do I use our on-prem incidents these days, still Support for Business?": where requests are opened (today's redemption places for today's offers).
  if (has(/\bhow (do|can|should|would) (i|we) (actually )?(use|redeem|spend|claim)\b.{0,30}\b(incidents?|benefits?|support)\b|(인시던트|혜택).{0,10}(어떻게|어디서) ?(써|쓰|사용|이용)/i) && !has(REMAINING) && !has(/activat|활성화/i) && words(text) <= 24 && !recognition.error) return answer('open-request');
  // "Azure에서 파트너 혜택으로 기술지원 받으려면 어떻게 해요?", "how do we get tech support in Azure with our benefits?": linking the benefit there (then a new request).
  if (has(AZURE_HOW) && !has(CUSTOMER_SIDE) && !PLAN_MISSING.test(text.toLowerCase()) && !has(REMAINING) && words(text) <= 30 && !recognition.error) return answer('link-azure', { offer });
  // "Ok how do I add the IDs with my outlook.com account then?", "ID는 어디에 입력해요?": where the IDs are entered (Azure: linking there).
  if (has(ADD_IDS_HOW) && !has(REMAINING) && !has(M365_NAMED) && !has(PROGRAM_NOW) && words(text) <= 60 && !recognition.error) return answer(has(/azure|애저/i) ? 'link-azure' : 'get-ids');
  // "Our IDs expire every month so I re-enter them each month?", "ID가 매달 만료돼서 다시 넣어야 하죠?": they last the contract's year.
  if (has(/\b(ids?|access id|contract id|contract|they)\b.{0,30}\b(expire|reset|change)s?\b.{0,20}\b(every|each|per|a) (month|week)\b|\b(ids?|contract)\b.{0,30}\b(monthly|every month)\b|(id|아이디|계약).{0,20}(매달|매월|한 ?달마다|달마다).{0,15}(만료|바뀌|바꿔|다시|새로)|(매달|매월|한 ?달마다|달마다).{0,20}(id|아이디|계약).{0,15}(만료|바뀌|다시|새로)/i) && !recognition.error && words(text) <= 40) return answer('validity');
  // "아 저흰 독일 법인이라 EMEA예요", "we're in APAC" after activating: the region's way (the answer names each region's channel).
  if (lastTopic === 'activate' && has(/\b(emea|apac|latam|anz|europe|european|germany|france|uk|asia|japan|korea|china|taiwan|australia|new zealand|north america|latin america|canada|usa|united states)\b|유럽|독일|프랑스|영국|아시아|일본|한국|중국|중화권|대만|호주|뉴질랜드|북미|미국|캐나다|중남미|남미/i) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "어느 메뉴에서 해요?", "which page is that on?": where the last answer's step is done.
  if (lastTopic && has(/^\s*(그럼 |그러면 )?(그건 |그거 )?(어느|무슨|어떤) ?(메뉴|페이지|화면|탭|사이트|포털)(에서|로|으로|에)? ?(해요|하나요|하죠|가요|가나요|들어가요|들어가나요|찾아요|있어요|봐요)?\s*\??\s*$|^\s*(so |and |ok )?(which|what) (menu|page|screen|tab|site|portal)( is (that|it) (in|on)| do i (use|go to)| then)?\s*\??\s*$/i) && !recognition.error) return answer(lastTopic, { aspect: last?.aspect });
  // "그럼 활성화하고 나면 얼마나 써요?", "how long can we use it once activated?": how long the benefit lasts.
  if (has(/(활성화|연결|등록)[^.?!]{0,6}(하고 ?나면|하고 ?나서|한 ?(뒤|후|다음)(에|부터)?|하면)[^.?!]{0,12}(얼마나|몇 ?(달|개월|년)) ?(동안 )?(써|쓰|사용|유효|가)|\bhow long\b.{0,25}\b(use|last|valid|good)\b.{0,20}\b(after|once)\b.{0,12}\b(activat|link)|\b(after|once)\b.{0,12}\b(activat|link)\w*\b.{0,30}\bhow long\b/i) && !has(/\b(take|appear|show up)\b|걸려|걸리|나오는 ?데|뜨는 ?데/i) && words(text) <= 20 && !recognition.error) return answer('validity');
  // "Bought Partner Success Core last week, can we get a refund like the old Action Pack?": today's refund rule, whatever 2021 term is compared.
  if (entities.currentOffer && has(/\brefund|money back|\bcancel|환불|취소/i) && !has(/\b(incident|case|ticket|request)s?\b|인시던트|케이스|요청|\d+ ?(건|개)|몇 ?(건|개)|중복|\bduplicate|\bbug\b|버그/i) && words(text) <= 40 && !recognition.error) return answer('current-program');
  // "Solutions Partner designation 두개 따면 비용 두번 내야돼?": today's prices.
  if (entities.currentOffer && has(PRICE_ASKED) && !has(/\b(incident|case|ticket)s?\b|인시던트|케이스|티켓/i) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "Would giving her admin agent fix it?", "관리 에이전트 권한 주면 돼요?": only a Global admin or an MPN partner admin can activate.
  if (has(/\b(give|giving|grant|granting|assign|assigning|add|adding|make|making)\b.{0,20}\b(admin agent|global admin|partner admin|mpn partner admin|(the )?(right |admin )?role)\b.{0,30}\b(fix|help|work|solve|enough|do it|let)|(관리 에이전트|전역 관리자|글로벌 관리자|파트너 관리자)( 역할| 권한)?(을|를)? ?(주면|부여하면|추가하면|받으면|할당하면)/i) && words(text) <= 24 && !recognition.error) return answer('activate');
  // "What happens if our membership lapses?", "멤버십 끝나면 혜택은요?": the benefits end with it.
  if (has(/\bmembership\b.{0,20}\b(lapse|lapses|lapsed|expire|expires|expired|ends|ended|runs out|is not renewed)\b|\b(don'?t|do not|didn'?t|did not|forget to) renew\b.{0,20}\bmembership\b|멤버십.{0,10}(만료|끝나|끝난|종료|갱신 ?(안|못))/i) && has(/what happens|\bthen\b|\bif\b|\bwhen\b|lose|gone|어떻게|되면|나면|하면|끝나면|사라/i) && !has(REMAINING) && words(text) <= 24 && !recognition.error) return answer('validity');
  // "What's the path for linking?", "연결 경로가 어떻게 돼요?": linking in Azure.
  if (has(/\b(path|steps?|menu|way) (for|to) (linking|link)\b|\blinking (path|steps|menu)\b|(연결|링크) ?(경로|메뉴|방법|절차)/i) && !has(/csp|고객|customer/i) && words(text) <= 16 && !recognition.error) return answer('link-azure');
  // "We're Gold so it should be 20, why does it say 18?", "왜 18개밖에 안 남았어요?": the balance, with the requests that used it.
  if (has(/\bwhy (does|do|is|did) (it|this|that|the (portal|page|balance|bot)) (say|show|list)\b.{0,12}(?<!\d)\d{1,2}(?!\d)|\bwhy (only|just) (?<!\d)\d{1,2}(?!\d).{0,12}\b(left|remaining)\b|왜 (?<!\d)\d{1,2} ?(개|건)(만|밖에)? ?(안 )?남|(?<!\d)\d{1,2} ?(개|건)(만|밖에) ?(안 )?남[^.?!]{0,12}왜/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "Opened two cloud cases, why was only one deducted?": the requests on record (a refund shows there).
  if (has(/(두|세|2|3) ?(개|건)[^.?!]{0,15}(열었|열어|썼|만들었)[^.?!]{0,30}(하나만|한 ?(개|건)만|1 ?(개|건)만)[^.?!]{0,10}(차감|빠졌|깎|줄었|나갔)|\bopened (two|three|2|3)\b.{0,40}\bonly (one|1)\b.{0,20}\b(deducted|counted|charged|used|taken)/i) && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Is our on-prem line affected too, or only the cloud one?": the own lines.
  if (has(/\b(affected|impacted)\b.{0,15}\b(too|also|as well)\b|\b(too|also)\b.{0,10}\b(affected|impacted)\b|영향(을)? ?(받|있)/i) && has(/on-?prem|cloud|온-?프레미스|온프렘|클라우드/i) && has(/\b(our|my|we)\b|우리|저희/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents', { aspect: 'own' });
  // "And the cloud ones, same date?" after an end date: the same answer.
  if (lastTopic && ['validity', 'remaining-incidents', 'check-benefits', 'plan-expired'].includes(lastTopic) && has(/\bsame (date|day|end date|expiry|expiration)\b|같은 ?날|날짜(가|도|는)? ?(같|똑같)/i) && words(text) <= 12 && !recognition.error) return answer(lastTopic);
  // "Back to the activation - when does it run out?": when the contract ends.
  if (has(/\bwhen (does|do|will|did) (it|they|that|(the|our|my|their) (support )?(contract|benefits?|ids?|plan|support contract))( all)? (run out|expire|end|lapse|stop working)\b|\bhow long (is|are) (a|the|our|my) (support )?benefits? (good|valid) for\b|\bhow long (does|do|will) (a|the|our|my) (support )?benefits? last\b/i) && !has(/\bincidents?\b|\bcases?\b|인시던트/i) && lastTopic !== 'renamed' && words(text) <= 16 && !recognition.error) return answer('validity');
  // "If I dig our IDs out again in 2026, will they still work?", "지금 받아둔 우리 ID는 언제까지 쓸 수 있어요?": the contract's year.
  if (has(/\bids?\b|access id|contract id|아이디|액세스 ?id|계약 ?id/i) && has(/\b(will|would) (they|the ids?|our ids?|those|it) still (work|be valid|be good)\b|\bstill (work|be valid|valid|good)\b.{0,20}\b(in 20\d\d|next year|later|then)\b|\bhow long (will|do|does|can|are) (they|the ids?|our ids?|those)\b|언제까지 ?(쓸|쓰|사용|유효|써|돼|되)|(계속|그때도|그때까지|내년에도) ?(쓸 ?수|유효|돼|되)/i) && !entities.currentOffer && !has(REMAINING) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "누르면 ID는 바로 나오나요?", "do the IDs show up right away?" after activating: how soon (the activation answer says).
  if (activationThread && has(/바로 ?(나와|나오|보여|표시|떠|뜨)|곧바로|즉시|\b(right away|immediately|instantly|straight away)\b|\bhow (long|soon|quickly)\b.{0,30}\b(ids?|show|appear)|언제 (나와|나오|보여|표시|떠|뜨)|얼마나 걸/i) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "아 맞다 저희는 이미 했던가요?", "did we already do that?" in an activation thread: whether it is activated (the records).
  if (activationThread && has(/(우리|저희)(는|도|회사는)? ?(이미|벌써|예전에) ?(했|한|됐|되어|돼)|\b(did|have) we (already )?(do|done|did|activate|activated)\b.{0,12}\b(already|yet|before)\b|\bare we (already )?activated\b|\b(we|i) (haven'?t|have not|didn'?t|did not) (even )?(activated?|done (it|that))\b/i) && words(text) <= 12 && !recognition.error) return answer('activate');
  // "혹시 모르고 해버리면요?", "what if I link it again anyway?" after linking in Azure: the "already associated" message, to ignore.
  if (lastTopic === 'link-azure' && has(/(모르고|실수로|깜빡하고|또|다시|그래도) ?(해 ?버리|하면|해도|연결(해 ?버리|하면|해도)|넣(어 ?버리|으면|어도)|입력(해 ?버리|하면|해도))|\bwhat if (i|we) (do|link|enter|add) (it|them|that)?\s?(again|anyway)\b|\b(link|enter|add) (it|them) again\b/i) && words(text) <= 12 && !recognition.error) return answer('access-id-error');
  // "같은 회사 다른 분한테 받아서 넣어도 돼요?", "can I use the IDs a colleague gave me?": the IDs are the company's, shared.
  if (has(/(다른 ?(분|사람|직원)|동료|팀원|관리자|선배)(한테|에게|께|로부터)(서)? ?(받아서|받아|받은|받으면).{0,20}(넣|입력|등록|써|쓰|연결|사용)|\b(ids?|access id|contract id)\b.{0,30}\bfrom (a |my |our |another )?(colleague|coworker|co-worker|teammate|someone else|admin|person|user)\b|\b(colleague|coworker|teammate|admin)('s| gave me| sent me| shared)\b.{0,20}\b(ids?|access id)\b/i) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "둘이 비교한 자료는 어디서 봐요", "where can I compare them?" after the paid plans: the plans (and where they are compared).
  if (lastTopic === 'paid-plans' && has(/비교|\bcompar|differen|자료|어디서 ?(봐|보|확인)|\bwhere (can|do|could) (i|we) (see|read|find|look)/i) && words(text) <= 12 && !recognition.error) return answer('paid-plans');
  // "아무나 받을 수 있어요?", "can anyone see them?" after where the IDs are: who sees them (and who activates).
  if (lastTopic && activationThread && has(/^\s*(그럼 |그러면 )?(아무나|누구나)|\bany(one|body) (can )?(get|see|view|access)\b|\bcan any(one|body)\b|\b(the rest of (my|our|the) team|my team|our team|every(one|body)( else)?|(my |our )?colleagues|other (users|people))\b.{0,20}\b(see|view|access|get)\b|(팀원|동료|다른 (사람|직원)|다들)[^.?!]{0,10}(볼 ?수|보여|보이)/i) && words(text) <= 14 && !recognition.error) return answer(lastTopic);
  // "우리 회사 자체 Azure 구독 문제도 CSP 플랜으로 되나요?": what the CSP plan covers (not the company's own tenant).
  if (has(CSP_NAMED) && stated.customerSubscription === 'no' && has(QUESTION) && words(text) <= 40 && !recognition.error) return answer('csp-customer');
  // "Is a CSP agreement alone enough to get the IDs, or do we need a membership on top?": the benefits come with a membership offer.
  if (has(CSP_NAMED) && has(/\b(alone|enough|on top|by itself|on its own|instead of)\b|만으로|만 ?(있|하)(으면|어도)|로 ?충분/i) && has(/\b(membership|benefits?|incidents?|ids?|access id|contract id)\b|멤버십|혜택|인시던트|아이디|액세스|계약 ?id/i) && !has(/고객|customers?\b|clients?\b/i) && has(QUESTION) && words(text) <= 40 && !recognition.error) return answer('no-benefits');
  // "우리 회사 자체 테넌트도 그 방식으로 되나요?", "그때 우리 시그니처 인시던트도 차감돼요?" after CSP customers: what the CSP plan covers.
  if (lastTopic === 'csp-customer' && has(/자체|자사|우리 ?회사|저희 ?회사|\bour own\b|\bown (azure|tenant|subscription)|차감|소진|깎|\bdeduct|count(ed)? against|use (up )?(one of )?(our|their)\b/i) && !(recognition.intent === 'remaining-incidents' && has(REMAINING)) && words(text) <= 20 && !recognition.error) return answer('csp-customer');
  // "온프레미스 서버 문제로 파트너 인시던트 하나 쓰려고요", "I want to open a case for our on-prem server": where requests are opened.
  if (has(/(인시던트|케이스|티켓|요청|문의) ?(하나|한 ?건|1 ?건)? ?(쓰려|쓸려|써 ?보려|열려|열어 ?보려|내려|넣으려|올리려)|\b(want|going|need|trying|about|have) to (use|open|file|raise|log|submit) (a|an|one)( partner| support| technical| on-?prem\w*| cloud| azure)? (incident|case|ticket|request)\b/i) && !has(REMAINING) && !has(CUSTOMER_SIDE) && !has(/\bhow many\b|몇 ?(건|개|번)/i) && !has(/빠지|차감|소모|\bdeduct|\bcount|\bcost|\bcharge|use up|\bnot (listed|showing|there)\b|\bcan'?t (find|see)\b|안 ?(보|떠|나와|뜨|나오)|만료|expired|\b(19|20)\d\d\b/i) && !PLAN_MISSING.test(text.toLowerCase()) && !has(OLD_VERSION) && !has(/\bids?\b|access id|contract id|아이디|액세스|계약 ?id/i) && !entities.currentOffer && words(text) <= 25 && !recognition.error) return answer('open-request');
  // "sfb에서 제품은 뭘 고르라고요?" after how to read the balance: those steps (an on-premises product such as Windows 10).
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits' || last?.before === 'remaining-incidents') && has(/(제품|product).{0,10}(뭘|뭐|무엇|어떤|어느|which|what).{0,10}(골라|고르|선택|pick|choose|select)|\b(which|what) product\b.{0,20}\b(pick|choose|select)/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "그러면 티켓이 실제로 생성되는 거 아니에요? 괜히 차감되면 안 되는데" after those steps: nothing is submitted, nothing used.
  if (lastTopic === 'remaining-incidents' && has(/(티켓|요청|케이스|인시던트).{0,10}(생성되|만들어지|제출되|열리(는|나|면|지))|\b(does|will|would) (that|it|this|doing that) (create|open|submit)\b|\bwithout (submitting|creating)\b/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "ID 좀 다시 알려줄래요? 팀원한테 전달하게", "can you give me our IDs again?": the IDs (where they may be shown).
  if (has(/(id|아이디|ids)(를|을|좀|도)? ?(좀 )?(다시 )?(알려 ?(줘|주세요|줄래|주실|주시겠|달라)|보여 ?(줘|주세요|줄래|주실|주시겠))(?!도)|\b(tell|give|show|send) me (our |the )?(ids|access id|contract id)\b|\bwhat (are|were) our (ids|access id|access and contract ids?)\b/i) && !has(/어디|\bwhere\b|\bhow\b|어떻게|\bwho\b|누가|누구|\bmsa\b|계정|account/i) && words(text) <= 16 && !recognition.error) return answer('get-ids');
  // "And for an Exchange Online issue through the M365 admin center?", "오피스 365 쪽도 무제한?": Microsoft 365 is read clearly (its own answer).
  if (recognition.intent === 'm365' && recognition.score >= CONFIDENT && has(M365_NAMED) && words(text) <= 20 && !recognition.error) return answer('m365');
  // "그럼 지금 우리 실버 혜택은 쓸 수 있어요?", "can we still use our benefits?": the asker's own records decide (activated, valid).
  if (has(/(우리|저희)(의|는|도|회사)? ?.{0,12}(혜택|인시던트|지원)(은|는|도|을|를)? ?(지금 |바로 |아직 )?(쓸 ?수|사용 ?가능|써도|이용 ?가능|사용할 ?수|이용할 ?수)|\bcan (we|i) (still |already )?use (our|the|my) (\w+ )?(benefits?|incidents?|support)\b/i) && !has(CUSTOMER_SIDE) && !has(M365_NAMED) && !has(PORTAL_OR_PRODUCT) && !has(/\bfor (it|that|this|them)\b|그거|그걸|거기|\bmsa\b|계정|account|outlook|\b(19|20)\d\d\b/i) && !has(OLD_VERSION) && !(lastTopic && (MESSAGE_TOPICS.has(lastTopic) || lastTopic === 'no-benefits')) && !entities.currentOffer && words(text) <= 16 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "If we switched from Action Pack to Partner Success Core, do our 10 on-prem incidents carry over?": what today's offer holds.
  if (entities.currentOffer && has(/carr(y|ies|ied) over|\btransfer|\bkeep (our|the|them)\b|\bswitch(ed|ing)? (from|to|over)\b|\bmov(e|ed|ing) (from|to|over)\b|\bupgrad|이전되|넘어가|유지되|갈아타|옮기면|바꾸면/i) && !has(PRICE_ASKED) && !has(/\brefund|환불/i) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "그럼 그 오류는 어떻게 처리하면 돼요?", "what about that error?" after linking in Azure: the "already associated" message.
  if (lastTopic === 'link-azure' && has(/(그|이|저|해당) ?(오류|에러|메시지)|\b(that|the|this) (error|message)\b/i) && words(text) <= 14 && !recognition.error) return answer('access-id-error');
  // "do i need some admin role to open cloud tickets?", "does he need admin agent like me?" (own subscription): no role; how requests are opened.
  // (A topic that says how to open one already, "새로 온 엔지니어한테 ID 알려줘야 되는데 어디서 확인해요? 관리자 권한 줘야하나요", keeps its reading: the answer leads with the same.)
  if ((has(ADMIN_TO_OPEN) || has(USER_CAN_OPEN)) && !['ids-usage', 'link-azure', 'register-ids', 'roles', 'get-ids'].includes(recognition.intent) && (!has(CUSTOMER_SIDE) || stated.customerSubscription === 'no') && words(text) <= 40 && !recognition.error) return answer('open-request');
  // "does the failed attempt count against their 18?", "그 에러 때문에 인시던트 까인 건 아니죠?": a failed try uses none (only a request opened does).
  if (has(INCIDENT_TAKEN_ASKED) && has(/\b(fail\w*|errors?|attempts?|tried|messages?)\b|시도|오류|에러|실패|메시지/i) && !isIntentId(recognition.intent) && words(text) <= 30 && !recognition.error) return answer(lastTopic && ['access-id-error', 'link-azure', 'supported-products'].includes(lastTopic) ? lastTopic : 'incident-definition');
  // "우리 회사 올해 MS 티켓 총 몇 건 열었어요?": the requests on record, counted.
  if (has(/총 ?몇 ?(건|개)[^.?!]{0,8}(열었|썼|사용했|차감)|\bhow many\b[^.?!]{0,30}\b(in total|altogether|total)\b[^.?!]{0,20}\b(opened|used|filed)\b|\bhow many\b[^.?!]{0,30}\b(opened|used|filed)\b[^.?!]{0,20}\b(in total|altogether)\b/i) && !has(/\bif\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])/i) && words(text) <= 25 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "아직 활성화 안했는데 하면 총 몇건 쓸 수 있는거예요? 온프렘+클라우드 합쳐서": the lines added up, not the way to activate.
  if (recognition.intent === 'activate' && has(SUM) && has(COUNT_ASKED) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "can you open a ticket with microsoft for me? exchange server 2019 on-prem …": the bot opens none; where the asker opens it.
  if (has(OPEN_FOR_ME) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('open-request');
  // "Power Apps 쪽 이슈도 시그니처로 돼요?", "does our signature benefit cover power automate?": a cloud product beside Azure, linked once in any cloud portal.
  if (has(/power ?(apps?|automate|bi|platform|pages)|파워 ?(앱|오토메이트|bi|플랫폼|페이지)|dynamics|다이나믹스/i) && has(/signature|시그니처|cloud support|클라우드 ?지원|\bbenefits?\b|혜택/i) && has(/되나요|돼요|될까|되죠|가능|\bcan (we|i) (use|get)\b|\bcover(ed|s)?\b|쓸 ?수|열 ?수|사용할 ?수/i) && !has(CUSTOMER_SIDE) && !has(M365_NAMED) && !has(REMAINING) && words(text) <= 30 && !recognition.error) return answer('link-azure');
  // "Can we use our Partner Cloud Support incidents for an Azure VM problem in our own subscription?": the cloud line (the records say if there is one).
  if (has(/\bcan (we|i) use\b.{0,40}\b(incidents?|benefits?|support|it|them)\b.{0,40}\b(azure|vms?|virtual machines?)\b|(애저|azure).{0,60}(인시던트|혜택|지원).{0,10}(쓸 ?수|써도|사용 ?가능|사용할 ?수|받을 ?수)/i) && !has(CUSTOMER_SIDE) && !has(/cloud solution provider|power ?platform|파워 ?플랫폼|dynamics|다이나믹스|f&o|\blcs\b/i) && !has(M365_NAMED) && !has(REMAINING) && words(text) <= 30 && !recognition.error) return entities.currentOffer && !offer ? answer('current-program') : answer('check-benefits', { aspect: 'cloud' });
  // "이 혜택으로 Azure 문제도 문의할 수 있는지, 연간 몇 건인지" about a 2021 membership: its counts, cloud included (or not).
  if (offer && !entities.currentOffer && has(CLOUD) && has(/몇 ?(건|개)|\bhow many\b/i) && !has(REMAINING) && !has(ENDED_ASKED) && !has(/successor|replac|후속|대체|\bgone\b|없어|today|지금|요즘/i) && !has(PROGRAM_NAMED) && !has(/지금|요즘|\bnow\b|\btoday\b|20[2-9]\d/i) && words(text) <= 60 && !recognition.error) return answer('check-benefits', { offer });
  // "매달 초에 다시 채워진다던데", "do the incidents reset every month?": they are a membership year's (the contract lasts a year).
  // ("시그니처 10팩은요? 그것도 매달 채워지는거 아닌가요" after the balance: that line's balance, with the rule.)
  if (has(/(매달|매월|한 ?달마다|달마다|monthly|every month|each month).{0,30}(채워|충전|리셋|초기화|refill|reset|replenish|top(ped)? up|renew)|(인시던트|건수|incidents?).{0,15}(다시 ?(채워|충전|생기)|refill|replenish|reset)/i) && words(text) <= 60 && !recognition.error) return has(/시그니처|\bsignature\b|\d{1,2} ?(팩|-?pack)\b/i) && lastTopic === 'remaining-incidents' ? answer('remaining-incidents') : answer('validity');
  // "고객이 아닌 저희 회사 자체 Exchange Online", "our own M365 tenant": Microsoft 365, not a CSP customer's request.
  if (has(M365_NAMED) && has(/고객이 아닌|고객 ?말고|자체|자사|\bour own\b|\bnot (for )?(a |our )?customer/i) && words(text) <= 60 && !recognition.error) return answer('m365');
  // "Our admin agent (that's me) activated it last week, why nothing?": an Admin agent cannot activate; the records say who did.
  if (has(/\badmin agents?\b|관리 ?에이전트/i) && has(/\bactivated\b|활성화(했|함|해 ?버렸|한 ?(거|것|건|뒤|후))/i) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('activate', { aspect: 'pushback' });
  // "As MPN partner admin I'll have to ask Megan to redo the activation", "can I just renew it myself?": the asker's own role decides.
  if (((has(/\bas (an? |the )?(mpn )?(partner admin|global admin|admin agent)\b/i) && has(/activat|\bredo\b|\brenew/i)) || has(/\bcan i (just )?(renew|re-?activate|extend) (it|this|that|them|our \w+)( myself| on my own)?\b/i)) && words(text) <= 30 && !recognition.error) return answer('activate', { aspect: 'pushback' });
  // "We already used all 10 Action Pack incidents, how do we buy more?": the records say what was used.
  if (has(/\b(we|i)('ve| have)? already (used|burned|spent|burnt) (up )?(all|every one of|our)\b/i) && !has(PAID_NAMES) && !has(CUSTOMER_SIDE) && !has(ON_PREM) && !has(/\bif\b|다 쓰면|쓰면|도 (못|안|쓸)/i) && !(lastTopic && MESSAGE_TOPICS.has(lastTopic)) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "Handing the IDs to the rest of the team would break the rules?", "팀원한테 공유해도 돼요?": one pair for the company, shared.
  if (has(/\b(hand(ing)?|giv(e|ing)|pass(ing)?|send(ing)?|forward(ing)?|shar(e|ing)|email(ing)?)\b.{0,25}\b(them|the ids|our ids|ids|access id)\b.{0,25}\b(team|colleagues?|coworkers?|others|everyone|rest|engineers?)\b|(팀원|동료|다른 ?(사람|직원|분)).{0,15}(공유|전달|알려 ?줘도|줘도|넘겨)/i) && !has(/\bwho\b|누가|누구/i) && words(text) <= 40 && !recognition.error) return answer('ids-usage');
  // "Where on our Azure invoice is the Access ID printed?": where the IDs are shown.
  if (has(/\bwhere\b.{0,40}\b(access id|contract id|the ids|our ids)\b|\b(access id|contract id)\b.{0,40}\bwhere\b|(액세스 ?id|계약 ?id|아이디).{0,20}(어디|어딨)/i) && !has(ADD_IDS_HOW) && !has(/\benter|\bput|\badd|\blink|입력|넣|등록|연결|\btam\b|account manager|계정 관리자|새 (액세스 )?id|new access id/i) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "So what is it good for then?" after a membership's cloud line: what it does give.
  if (lastTopic && has(/^\s*(so |then |ok |and )?what('s| is) (it|that|this|the membership|action pack) (good|useful) for\b|^\s*(그럼|그러면) ?(뭐에|어디에|무엇에) ?(써|쓰|쓸)/i) && words(text) <= 10 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "What about their on-prem?" after an expired or used-up plan: the balance of each line.
  if ((lastTopic === 'plan-expired' || lastTopic === 'access-id-error') && has(/^\s*(and |so |ok[.,]? )?(what about|how about|and) (their |our |the )?(on-?prem\w*|cloud|signature)( one| side| incidents?| line| balance)?( for (them|us))?( then)?\s*(\?\s*$|[?？]\s+\S)|^\s*(그럼 |그러면 )?(그쪽|우리|저희|그 ?회사)(의)? ?(온-?프렘|온-?프레미스|클라우드|시그니처)(은|는)?(요)?\s*\??\s*$/i) && !has(/\b(gone|used up|expired|lost) (too|as well)\b/i) && !recognition.error) return answer('remaining-incidents');
  // "Ok so where do I look for the Signature numbers?", "what should it show for us?" after that message: reading the balance.
  if (lastTopic === 'supported-products' && has(/\bwhere (do|can|should) (i|we) (look|see|find|check)\b|\bnumbers?\b|\bbalance\b|\bwhat should it show\b|잔량|잔여|어디서 (봐|보|확인)/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "And how much of the Signature 10-pack is gone?": the balance (a pack named is not its new name asked).
  if (has(/(?<!\d)\d{1,2} ?-?pack\b|\d{1,2} ?팩/i) && has(/\bgone\b|\bleft\b|\bused\b|\bremain|how (much|many)|남|썼|사용/i) && (has(QUESTION) || has(/how (much|many)|몇/i)) && !has(/언제|\bwhen\b|날짜|\bdate\b|마지막|used to|still a thing|예전|옛날/i) && !has(ENDED_ASKED) && !has(/\bnow\b|\btoday\b|renam|called|지금|이름|바뀌/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "Is there another way for me to get hold of the Access ID?" after "not authorized": a colleague in the membership shares them.
  if ((lastTopic === 'not-authorized' || lastTopic === 'activate' || lastTopic === 'no-benefits') && has(/\b(another|other|different) way\b.{0,40}\b(ids?|access id|contract id)\b|\bget (hold of )?(the |our )?(ids|access id|contract id)\b|다른 방법.{0,20}(id|아이디)/i) && words(text) <= 20 && !recognition.error) return answer(lastTopic === 'not-authorized' ? 'not-authorized' : 'get-ids');
  // "Can you remind me of our Access ID?": the IDs.
  if (has(/\bremind me (of )?(our |the )?(ids|access id|contract id)\b|(id|아이디)(가|는)? ?(뭐였|뭐더라)/i) && words(text) <= 16 && !recognition.error) return answer('get-ids');
  // "My teammate in the other office, same pool?": one contract for the company, its incidents shared.
  if (has(/\bsame pool\b|\bshared? pool\b|\bshare (the|our) (incidents|pool|balance)\b|\b(their|his|her) own (incidents|pool|balance|allowance)\b|같이 (쓰|써)|공용|각자 (따로|받)/i) && words(text) <= 20 && !recognition.error) return answer('ids-usage');
  // "다시 로그인하니까 기술 혜택은 보이는데 액세스 ID가 안 보여요", "I can see the benefits but no IDs": not activated yet, or where they are.
  if (has(/(액세스 ?id|계약 ?id|아이디|\bids?\b)(가|는|도)? ?(안 ?(보|나와|나오|떠|뜨)|없|표시 ?안)|\b(can'?t|cannot|don'?t) see (the |our |any )?(ids|access id|contract id)\b|\b(ids?|access id) (is|are) (not there|missing|not showing|not shown)\b|\bno (ids|access id) (there|shown|showing)\b|\b(ids?|access ids?|contract ids?) ((are|is)(n'?t| not)|arent|isnt) (there|showing|shown|visible|displayed|in (the )?(partner center|pc))\b|\b(ids?|access ids?|contract ids?) (don'?t|doesn'?t|do not|does not|never) (show|appear)/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('activate');
  // "And our on-prem Exchange box, can we at least still open something for that?": what the on-premises line covers, with what is left of it.
  if (lastTopic && has(ON_PREM) && has(/\b(we|our|us|i)\b|우리|저희/i) && has(/\bat least\b|\bstill\b|이라도|라도|아직/i) && has(/\b(open|use|get|file)\b|열 ?수|쓸 ?수|써도|사용/i) && !has(CUSTOMER_SIDE) && !has(/\baccount\b|outlook|hotmail|gmail|\bmsa\b|계정|\b(19|20)\d\d\b/i) && words(text) <= 24 && !recognition.error) return answer('supported-products');
  // "We've got an Azure issue on our own tenant" after the bot asked "a CSP customer's subscription or your own?": the same message, for the own one.
  if (lastTopic === 'access-id-error' && has(/\b(our|my) own\b|\bown (tenant|subscription|azure)\b|자체|자사|우리 ?회사 ?(구독|테넌트)/i) && !has(/\bcustomers?\b|고객/i) && words(text) <= 30 && !recognition.error) return answer('access-id-error');
  // "MPN이 Microsoft Cloud Partner Program으로 바뀐 게 언제였죠?", "when were the support benefits renamed?": when the name changed.
  if (entities.renames?.includes('program') && has(WHEN_ASKED) && has(/바뀐|바뀌|바꼈|renamed|changed|became|이름/i) && words(text) <= 20 && !recognition.error) return answer('renamed', { renames: ['program'] });
  if (has(/(지원 ?)?혜택 ?(이름|명칭)|\bbenefits?'? names?\b|\bsupport benefits? (were |was )?renamed\b/i) && has(WHEN_ASKED) && !entities.renames?.length && words(text) <= 20 && !recognition.error) return answer('renamed', { renames: ['signature', 'product-support'] });
  // "Found 'Partner support MAPS 10pack' on an old ticket. What was that?", "'Signature 10-pack'이 뭐였어요?": what that pack was (and is now).
  if (has(/(?<!\d)\d{1,2} ?-?pack\b|\d{1,2} ?팩/i) && has(/\bwhat (was|is|were|are|does) (that|it|this|those)\b|\bwhat('s| is| was) (a|an|the)\b.{0,30}pack|뭐였|뭐예요|뭐에요|무엇이었|무슨 (뜻|의미)|정체/i) && !has(/\bbalance\b|\bleft\b|남은|잔여|잔량/i) && !has(/unavailable|사용할 ?수 ?없는|expired|만료|\blists?\b|\bshows?\b|나와|떠요|뜨는/i) && words(text) <= 30 && !recognition.error) return answer('renamed');
  // "그럼 지금 우리 Partner Cloud Support 50이 그거보다 나은 거죠?" after what a 2021 term was: how the two compare.
  if (lastTopic === 'renamed' && has(/나은|낫|좋은|better|worse|more than|less than|비교|compare|stack up|차이/i) && words(text) <= 20 && !recognition.error) return answer('renamed', { renames: last?.renames, offer: offer ?? last?.offer });
  // "Is activation still that slow today?", "활성화 아직도 며칠 걸려요?": how soon the IDs appear (today: minutes).
  if (has(/activat|활성화/i) && has(/\bslow\b|\bfast\b|\bquick(ly)?\b|\bhow long\b|pending|\btakes? (days|long|a while)\b|오래|빨리|얼마나 걸|느리|속도|며칠|대기/i) && !has(REMAINING) && !has(/\bdeadline\b|\blast\b|\bvalid|\bexpir|기한|마감|유효|만료|\bafter (our |the |a )?membership (starts?|begins?|start date)\b|\bwithin\b|\bhow long (do|does|have) (we|i|they|you) (have|got)\b|이내|안에 ?(해야|활성화)/i) && words(text) <= 30 && !recognition.error) return answer('activate');
  // "And under the renamed program, does that change at all?", "was that the same back in 2021?": the last answer, for that time.
  if (lastTopic && has(/\b(does|did|will|would) (that|it|this|anything) change\b|\b(is|was) (that|it|this) (the same|different)\b|\bthe same (in|under|back|now|today)\b|(그때|2021|예전|옛날|지금|요즘|현재)(에도|엔|에는|도)? ?(같(아|나|은가|았|습니까)|똑같|마찬가지|달랐|달라|바뀌)|(달라지|바뀌)(나요|는지|었나요|었어요|어요)/i) && (has(CURRENT) || has(/2021|back then|mpn|renamed program|new program|그때|예전|옛날/i)) && !has(/이름|\bcalled\b|\bnames?\b|뭐로 바뀌/i) && words(text) <= 20 && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "Ok so which offers exist today that would fix that?": today's offers.
  if (has(/\b(which|what) offers?\b.{0,30}\b(today|now|exist|available|could|would|can)\b|\boffers? (exist|available) (today|now)\b|(지금|요즘|현재) ?(어떤|무슨) ?오퍼|오퍼(는|가)? ?(뭐|무엇|어떤 ?게) ?(있|가능)/i) && !has(/\b(we|our|us)\b|우리|저희/i) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "요즘은 그 온프레미스 계약을 어느 사이트에 넣어요?": where today's program redeems.
  if ((has(CURRENT) || has(/요즘|these days|nowadays/i)) && has(/어느 (사이트|포털|곳)|어디(에|로|서) ?(넣|입력|등록|가서)|\bwhere (do|should|can) (i|we) (enter|add|put|redeem|take)\b/i) && !has(REMAINING) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "But we haven't even activated anything yet, right?": the activation on record (and who may do it).
  if (has(/\b(we|i) (haven'?t|have not|didn'?t|did not) (even )?activated\b|(우리|저희).{0,10}아직 활성화 ?(안|못) ?(했|한|된)/i) && !(has(SUM) && has(COUNT_ASKED)) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "Ok what are our options for Azure support now" after a balance or a used-up plan: the way forward.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'plan-expired' || lastTopic === 'check-benefits') && has(/\b(options?|alternatives?)\b|방법(이|은)? ?(뭐|있)|어떻게 (해야|하면)/i) && has(/azure|cloud|support|애저|클라우드|지원/i) && words(text) <= 16 && !recognition.error) return answer('plan-expired');
  // "고객사(CSP) 애저 문제로 티켓 열려는데 저희 계약 ID 넣어야 하나요": a CSP customer's request needs no IDs.
  if (has(/\bcsp\b|고객사|고객 ?(azure|애저|테넌트|구독)|\b(customer|client)'?s? (tenant|azure|subscription)\b/i) && has(/(id|아이디).{0,15}(넣|입력|필요|연결|써야)|\b(need|enter|use|link|put)\b.{0,20}\b(ids?|access id|contract id)\b|(혜택|계약) ?연결|\blink (support )?benefits\b/i) && !has(/자체|자사|\bour own\b|\b(our|my) (separate |own |other )?csp\b|\bcsp (tenant|side|account)\b|csp ?테넌트/i) && words(text) <= 30 && !recognition.error) return answer('csp-customer');
  // "SfB에서 윈도우 골랐더니 시그니처 계약이 사용할 수 없는 지원 플랜 쪽에": expected when reading the balance (the steps say so).
  if (has(/windows|윈도우/i) && has(/unavailable|사용할 ?수 ?없는/i) && has(/signature|시그니(처|쳐)|cloud|클라우드/i) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents');
  // "우리 혜택 누가 activate 했는지 알수있음?": who activated, from the records.
  if (has(/누가 ?(activate|활성화)|\bwho (activated|turned on)\b/i) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "인시던 1개 = 시간제한 있음? 하루넘게 걸리면 2개 차감?": one problem is one incident, however long it takes.
  if (has(/시간 ?제한|하루 ?넘게|며칠 ?(씩 )?걸리면|오래 걸리면|\btime limit\b|\btakes? (more than|over|longer than) (a|one) (day|week)\b|\bmultiple days\b/i) && has(/차감|개|건|incident|인시던|\bcount/i) && words(text) <= 24 && !recognition.error) return answer('incident-definition');
  // "Alex님이 혜택 활성화도 할 수 있나요?", "can he also activate?": who may activate (the records name each person's role).
  if (has(/활성화(도|를|는)? ?(할 ?수 ?(있|없)|가능|해도 ?(되|돼))|\bcan (he|she|they) (also |even )?activate\b/i) && has(/[A-Za-z]+ ?님|[가-힣]{2,5} ?(씨|님)|\b(he|she|they)\b/) && !has(/제가|저는|저도|내가|\bi\b|\bme\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('activate');
  // "If we hold both do we get 52?" after today's offers: whether offers add up (not documented).
  // ("50+2 = 52 cloud? do they stack": counts added up say which program.)
  if ((lastTopic === 'current-program' || entities.currentOffer || has(/(?<!\d)(50|20|5|2) ?\+ ?(50|20|5|2)(?!\d)/)) && has(STACKING) && !has(REMAINING) && !has(BADGES) && words(text) <= 24 && !recognition.error) return answer('current-program');
  // "Back to advanced - is it still around in 2026?": the topic gone back to, asked about today (the router adds today's rule).
  if (lastTopic && lastAnswer?.before === lastTopic && has(SWITCH_BACK) && !entities.offer && !entities.currentOffer && !(recognition.intent !== lastTopic && recognition.score >= CONFIDENT && recognition.intent !== 'renamed' && recognition.intent !== 'current-program') && (has(ENDED_ASKED) || asksNow(text) || has(PROGRAM_NOW)) && words(text) <= 16 && !recognition.error) return answer(lastTopic);
  // "What does their on-prem usage look like?", "우리 사용 내역 보여줘": the requests on record and what is left.
  if (has(/\b(their|our|my|its)\b.{0,20}\b(usage|consumption)\b|\b(any|what)( [\w-]+){0,2} usage\b|\b(usage|consumption) (of|for) (their|our|my)\b|(사용|소진) ?(내역|현황|이력)/i) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Azure 티켓은요?", "and on-prem tickets?" mid-conversation: where those requests are opened.
  if (lastTopic && has(/^\s*(그럼 |그러면 |and |what about |how about )?(the )?(azure|애저|클라우드|cloud|온-?프렘|온-?프레미스|on-?prem\w*)( 쪽| 쪽은| side)? ?(티켓|케이스|요청|문의|tickets?|cases?|requests?)(은|는)?(요)?\s*\??\s*$/i) && !recognition.error) return answer('open-request');
  // "Can we still renew Action Pack in 2026?": what that membership became (renewing it ended).
  if (offer && has(/\b(renew|renewing|buy|purchase|sign up for)\b|갱신|구매|구입|가입/i) && (has(/\bstill\b|\b(anymore|any more)\b|아직|지금도|요즘도|이제/i) || has(PROGRAM_NOW)) && !entities.currentOffer && !has(REMAINING) && words(text) <= 24 && !recognition.error) return answer('renamed', { offer });
  // "Can they at least use on-prem support?": the lines the membership (or the partner's records) hold.
  if (has(/\bcan (they|we|i) (at least|still|even) (use|open|get)\b.{0,20}\b(on-?prem\w*|cloud|signature)\b|(온-?프렘|온-?프레미스|클라우드|시그니처)(은|는)? ?(이라도|라도|만이라도) ?(쓸 ?수 ?있|써도|사용 ?가능)/i) && !has(/\bfor (it|that|this)\b|그거|이거/i) && !has(CUSTOMER_SIDE) && !has(M365_NAMED) && words(text) <= 14 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "우리는 몇 건이에요?", "and how many do we get?" mid-conversation: the own balance (the membership's counts and what is left).
  if (lastTopic && !RECORDS_THREAD.has(lastTopic) && has(/^\s*(그럼 |그러면 )?(우리|저희)(는|도|회사는|회사도)? ?(인시던트 ?)?(몇 ?(건|개)|얼마나)|^\s*(and |so |ok )?how many (do|did|can) (we|i) (have|get|use)( then| in total| altogether)?\s*\??\s*$/i) && words(text) <= 8 && !recognition.error) return answer('remaining-incidents');
  // "do we still get unlimited signature like before? we had gold": what the company holds now, on record (the membership said is a past one).
  if (has(PAST_MEMBERSHIP) && has(/\bstill\b|\banymore\b|\bnow\b|\btoday\b|아직|지금|여전히|이제/i) && !has(LEFT_WORD) && !has(CUSTOMER_SIDE) && !has(HYPOTHETICAL) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'own' });
  // "골드면 온프렘 무제한?", "is gold cloud unlimited?": that membership's counts (only cloud competencies were unlimited, and only for cloud).
  if (offer && has(/unlimited|무제한|제한 ?없/i) && !has(WHY_ANY) && !has(DOUBT) && !has(/아님|던데/) && !has(LEFT_WORD) && !has(PROGRAM_NAMED) && !has(PROGRAM_NOW) && !asksNow(text) && !has(PAST_TOLD) && !has(PAST_MEMBERSHIP) && !has(/지금|이제|\bnow\b|\btoday\b/i) && !entities.currentOffer && words(text) <= 14 && !recognition.error) return answer('check-benefits', has(ON_PREM) || !(has(CLOUD) || has(/signature|시그니처/i)) ? {} : { aspect: 'cloud' });
  // "그럼 어떤 역량들이 클라우드 역량이에요?": which competencies are cloud ones is its own question, whatever came before.
  if (recognition.intent === 'cloud-competencies' && recognition.score >= CONFIDENT && has(/\bwhich\b|\bwhat\b|어떤|어느|무슨|뭐|무엇/i) && has(/competenc|역량/i) && !offer && !entities.competencies.length && words(text) <= 12 && !recognition.error) return answer('cloud-competencies');
  // "우리 클라우드는 무제한 맞죠?", "our cloud is unlimited, right?": the own cloud line (unlimited only with a cloud competency).
  if (has(/unlimited|무제한|제한 ?없/i) && has(/\b(we|our|us)\b|우리|저희/i) && (has(CLOUD) || has(/signature|시그니처/i)) && !has(EARNED_IF) && !has(PROGRAM_NAMED) && !has(PAST_TOLD) && !(has(SUM) && has(REMAINING)) && words(text) <= 12 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "What counts as 'recent'?" after the on-premises line: the current and previous version in mainstream support.
  if (has(/\b(what|which)\b.{0,25}\brecent\b|\brecent\b.{0,20}\b(mean|means|meaning|count|counts|considered)\b|최근 ?(제품|버전)?(이|은|는)? ?(뭐|무슨|어디까지|어떤)/i) && words(text) <= 12 && !recognition.error) return answer('supported-products');
  // "We're Gold with Cloud Platform, what do we use then?" after CSP tickets: the own Azure goes through the partner's Signature line.
  if (lastTopic === 'csp-customer' && has(/\bwhat (do|should|can) (we|i) use\b|\bthen what\b|(그럼|그러면) ?(뭘|뭐로|무엇을|어떤 ?걸) ?(써|사용|이용)/i) && words(text) <= 16 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "And in the 2026 program what's my role called?": the partner-admin role's name today.
  if (has(ROLE_NAME_ASKED) && (has(PROGRAM_NAMED) || has(/\b2026\b|\bnow\b|\btoday\b|\bstill\b|지금|요즘|현재|아직/i)) && words(text) <= 30 && !recognition.error) return answer('renamed', { renames: ['partner-admin'] });
  // "One of their tickets shouldn't have been charged, what does their history show?": the requests on record (and refunds).
  if ((has(/\bshould ?n'?t have been (charged|deducted|counted|billed|used)\b|\bwrongly (charged|deducted|counted)\b|(차감|청구)(되면|돼선|되어선|되지 말았어야)/i) || (has(/\b(charged|deducted|billed|counted|refund\w*)\b|차감|환불/i) && has(/\bhistory\b|\bledger\b|(사용|차감) ?(내역|기록)/i))) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "우리 클라우드 시그니처도 소진될 수 있어요?", "can our Signature run out?": whether the cloud line is counted (unlimited only with a cloud competency).
  if ((has(/signature|시그니처/i) || has(CLOUD)) && has(/(소진|바닥나|다 ?쓸|떨어질)(될|날|할)? ?수 ?(있|도)|\b(can|could|will|does) (it|they|that|signature|our (cloud|signature)( support| incidents)?)\b.{0,15}\b(run out|be used up|get used up|be exhausted)\b|\bis there (a|any) (limit|cap)\b/i) && !has(ON_PREM) && words(text) <= 16 && !recognition.error) return has(PROGRAM_NAMED) || has(PROGRAM_NOW) || entities.currentOffer ? answer('current-program') : answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "we might open like 30 azure tickets … will we run out of signature incidents?": the same, in a longer message;
  // "planning roughly 30 azure tickets for our own cloud platform work … will we run out??" (cloud and a count named): the cloud line too.
  if ((has(/\b(will|would|could|can|do|might) (we|i) (ever )?(run out|use up|burn through) (of )?(our |the |all )?(signature|cloud|azure)\b/i) || (has(/\b(will|would|could|might|do) (we|i) (ever |eventually )?(run out|use (them |it )?(all )?up|burn through)\b/i) && has(CLOUD) && has(/\b\d+ ?(\w+ ){0,2}(tickets|cases|requests|incidents)\b|(\d+) ?(건|개|개의 티켓)/i))) && !has(ON_PREM) && words(text) <= 40 && !recognition.error) return has(PROGRAM_NAMED) || has(PROGRAM_NOW) || entities.currentOffer ? answer('current-program') : answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "We're Gold, roughly what would we get in today's program as a Solutions Partner?": that offer's counts today.
  if (entities.currentOffer && (has(PROGRAM_NOW) || has(PROGRAM_NAMED)) && has(/\bwhat (would|do|does|will|could|should) (we|i|it|they|that)\b.{0,25}\b(get|give|have|include|come with)|(뭘|뭐|무엇을|얼마나|몇 ?(개|건)) ?(받|주|줘|포함)/i) && !has(REMAINING) && words(text) <= 26 && !recognition.error) return answer('current-program');
  // "exchange 2010 onprem ticket w our gold pack ok?": a product named with its version is the N-1 question.
  // "ok and if we need on-prem incidents too (sql server 2019)?" after today's offers: which offer has them (the designation).
  if (lastTopic === 'current-program' && has(ON_PREM) && has(/\b(need|want|get|have)\b|필요|받/i) && !has(/\bwhere\b|어디/i) && !has(REMAINING) && words(text) <= 20 && !recognition.error) return answer('current-program');
  if (has(/\b(exchange|sharepoint|sql|windows|skype for business|lync|biztalk|system center|sccm|office|project|visio|dynamics (ax|crm|nav|gp))( server)?\s*(19|20)\d\d( r2)?\b/i) && !has(REMAINING) && !has(COUNT_ASKED) && !has(/duplicate|refund|\bget (it|the incident|one) back\b|\blose\b|charged|deduct|중복|환불|돌려|차감|어디서|어디에서|\bwhere\b|\bhow (do|can|should) (i|we) (open|file|raise)\b|\b(steps|procedure)\b|열어야|열려면|열려는데|열고 ?싶|절차|방법|거기서/i) && !has(/\b(azure|cloud|online|365)\b|클라우드|애저/i) && !(has(CORRECTION) && WHERE_TOPICS.has(lastTopic ?? '')) && words(text) <= 24 && !recognition.error) return answer('supported-products');
  // "Who in our org holds which Partner Center role?", "누가 무슨 역할이에요?": the roles, with the people holding them.
  if (has(/\bwho\b.{0,30}\b(holds?|has|have)\b.{0,15}\b(which|what) (partner center )?roles?\b|\b(which|what) roles? (does|do) (each|everyone|everybody|people|our (users|people|team))\b|누가 (어떤|무슨) 역할|역할.{0,10}누가 (가지|갖|맡)|누구(한테|에게) (어떤|무슨) 역할/i) && words(text) <= 20 && !recognition.error) return answer('activate', { aspect: 'roles' });
  // "Diego 본인도 파트너 센터에서 직접 볼 수 있는 거죠?", "can she see them herself in Partner Center?": every user of the company sees the IDs there.
  if (has(/파트너 ?센터|partner center/i) && has(/볼 수|보이|보여|\b(see|view|find|look (them|it) up)\b/i) && has(/직접|본인|스스로|\b(himself|herself|themselves|myself|on (his|her|their|my) own)\b/i) && !has(/활성화|activat|잔여|남은|\bleft\b|balance/i) && words(text) <= 24 && !recognition.error) return answer('get-ids');
  // "Can the rest of our team see the IDs too, or just me?", "관리자만 볼 수 있죠?": every user of the company sees them.
  if (has(IDS_WORD) && has(/\b(see|view)\b|\baccess (them|it|the ids?)\b|볼 수|보여|보이|확인/i) && (!has(/\b(e-?mail|send|share|forward|used?)\b|메일|공유|보내|썼|사용(했|한)/i) || has(/\bor (do |should |must )?(i|we) (have to |need to |must )?(send|share|forward|e-?mail)\b|아니면 .{0,10}(보내|공유|전달)/i)) && has(/\b(team|everyone|everybody|others|colleagues|rest of|just me|only me|only (the )?admins?|all users|any user)\b|관리자만|저만|나만|모든 (사용자|직원)|다른 (사람|직원|동료)|누구나|아무 ?(사용자|직원|나)/i) && words(text) <= 24 && !recognition.error) return answer('get-ids');
  // "We're a partner, so we automatically have on-prem incidents, where are ours?": the own records.
  if (has(/\bwhere (are|r) ours\b|\bwhere('s| is| are) (our|my) (own )?(incidents?|benefits?|support|allowance)\b|우리 ?(건|거|것|인시던트|혜택)(은|는) 어디/i) && !has(IDS_WORD) && words(text) <= 24 && !recognition.error) return answer('check-benefits');
  // "One incident = 1 hour? My case ran 3 hours, so 3 gone?": one incident is one problem, however long it takes.
  if (has(/incidents?|인시던트|cases?|tickets?|케이스|티켓/i) && has(/\b\d+ ?(hours?|hrs?|h)\b|\b(hours?|minutes?) of\b|\bper hour\b|\bhow long (it|the case) (takes|took|ran)\b|(\d+ ?)?시간(이|을|동안|짜리|당|씩)?/i) && has(/=|\bper\b|\bran\b|\btook\b|\blasted\b|\bgone\b|\bcounts?\b|\bequals?\b|\bmeans?\b|차감|빠지|걸리|걸렸|당|씩|이면/i) && !has(/\b(take|takes) to (show|appear)\b|표시|보이|나타/i) && words(text) <= 30 && !recognition.error) return answer('incident-definition');
  // "Checking the balance in SfB costs an incident because it creates a ticket, right?", "잔액 확인하면 인시던트 빠지죠?": nothing is submitted.
  if (has(/\b(check|checking|checked|see|seeing|look(ing)? up)\b.{0,20}\b(balance|remaining|left)\b|잔액|잔여|잔량|남은 ?(거|인시던트|수량)?.{0,6}확인/i) && has(/\b(cost|costs|use|uses|consum\w*|deduct\w*|eat|eats|burn\w*)\b.{0,20}\b(incidents?|one)\b|\bcreates? a (ticket|request|case)\b|빠지|차감|소모|(티켓|요청)(이)? ?(생성|만들어)/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents');
  // "각자 연결할 때마다 인시던트 하나씩 쓰이는 거 아니에요?": linking the IDs uses no incident (opening a request does).
  if (has(/\b(link|linking|linked|enter|entering|register|registering)\b|\badd(ing)?\b(?! up)|연결|등록|입력/i) && has(/incidents?|인시던트/i) && has(/\b(cost|costs|consum\w*|deduct\w*|counts?|charged?|burn\w*|eats?|spends?|wastes?)\b|\buses? (up )?(an|one|a) incident|쓰이|차감|빠지|소모|사용되|날리|깎/i) && !has(REMAINING) && !has(M365_NAMED) && !has(/activat|활성화/i) && words(text) <= 24 && !recognition.error) return answer('incident-definition');
  // "Signature is used up, can't we use on-prem either?", "and their on-prem incidents? those gone too?": the on-premises line is separate.
  if (has(ON_PREM) && !CLOUD.test(text.replace(/signature|시그니처/gi, '')) && has(/(도|too|also|either|as well).{0,15}(못 ?(쓰|써|사용)|안 ?(돼|되)|gone|used up|lost|run out|ran out|can'?t|cannot)|못 ?(쓰나|써요|쓰는|쓰게)|\bgone too\b|\balso gone\b|\bused up too\b/i) && (lastTopic === 'plan-expired' || lastTopic === 'access-id-error' || has(/signature|시그니처|cloud|클라우드/i)) && words(text) <= 16 && !recognition.error) return answer('plan-expired');
  // "So what can they use?", "그럼 뭘 쓸 수 있어요?": what the membership gives (the records say what is left).
  if (has(/^\s*(so |then |ok )?what (can|do|does) (they|we|i|he|she) (use|get|have)( then)?\s*\??\s*$|^\s*(so |then |ok )?what can (they|we|i|he|she) (use|get)\b|(그럼 |그러면 )?(뭘|뭐|무엇을|어떤 ?걸) ?(쓸|사용할) ?수/i) && words(text) <= 8 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "What would make it unlimited?", "무제한 되려면요?": a cloud competency.
  if (has(/\bwhat (would|will|could|does it take to) make (it|them|that|this|signature|cloud)( \w+)? unlimited\b|\bhow (do|can|could|would) (we|they|i) get unlimited\b|무제한(이)? ?(되려면|받으려면|되게|으로 (바꾸|만들))/i) && words(text) <= 14 && !recognition.error) return answer('cloud-competencies');
  // "Add what they need to do next", "what does she need to do next?": the last answer's steps again.
  if (lastTopic && has(/\b(add|include) (what|the next|how)\b|\bwhat (they|he|she|we|i) (need|have|should) to do next\b|\bnext steps?\b|다음에 (뭘|무엇을|뭐) 해야|다음 단계/i) && words(text) <= 12 && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "Where can they check it themselves?", "그럼 본인들이 어디서 확인해요?": where a partner reads its balance.
  if (has(/(본인|자기|직접|themselves|themself|himself|herself|on their own).{0,15}(어디서|어디|where|how).{0,10}(확인|봐|보|see|check)|(어디서|where).{0,15}(확인|see|check).{0,10}(본인|직접|themselves|on their own)/i) && !has(IDS_WORD) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "Exact date that ended?" after a 2021 membership or its successor: the timeline of what became of it.
  if ((lastTopic === 'renamed' || lastTopic === 'current-program' || (lastTopic === 'check-benefits' && OLD_OFFERS.has(last?.offer ?? ''))) && has(/\b(exact |which )?(date|day)\b.{0,15}\b(end|ended|stop|stopped|retire|retired)\b|\bwhen did (that|it|this|those) (end|stop|retire)\b|(그게|그건)? ?언제 (끝났|종료됐|종료되었|없어졌|중단됐)/i) && !has(/contract|계약/i) && words(text) <= 10 && !recognition.error) return answer('renamed', { offer: offer ?? last?.offer ?? profile.offer });
  // "MAPS 10팩 쓰던 파트너는 2025년 이후엔 어떻게 돼요?": a 2021 term asked about after its change, what it became.
  if (oldTermed && has(/(20(2[2-9]))\s*년?\s*(이후|부터|후|뒤|다음)|\b(after|since|from) (20(2[2-9]))\b|\b20(2[2-9]) (onwards|on)\b/i) && !has(REMAINING) && words(text) <= 24 && !recognition.error) return answer('renamed', { offer: offer ?? last?.offer });
  // "2021엔 잔액 보려고 SfB에서 더미로 채웠잖아요. 지금도 그렇게 해야 돼요?": where the balance shows (today also on the Partner Center page).
  if (has(/잔액|잔여|잔량|\bbalance\b|\bremaining\b|\bhow many (are )?left\b/i) && has(/지금도|요즘도|아직도|이제도|\bstill\b|\bnowadays\b|\bthese days\b|\btoday\b/i) && has(/(보려고|보려면|확인하려|확인하려면|보는|확인하는|check|see|look)/i) && words(text) <= 28 && !recognition.error) return answer('remaining-incidents');
  // "What are their balances?" after a portal message: the balance (the message's answer is given).
  if (lastTopic && MESSAGE_TOPICS.has(lastTopic) && has(REMAINING) && has(/\b(what|how many|show)\b|몇|얼마|보여/i) && words(text) <= 8 && !recognition.error) return answer('remaining-incidents');
  // "클라우드 역량이랑 다른 역량이랑 왜 다른건데요?": which competencies are cloud ones, and what that changes.
  if (has(/cloud competenc|클라우드 ?역량/i) && (has(WHY_ANY) || has(/\bdifferen|차이|다른 ?(건|거|점)|달라/i)) && !offer && words(text) <= 16 && !recognition.error) return answer('cloud-competencies');
  // "Why can't I see our benefits? I'm GA", "혜택이 안 보여요": the benefits page refused (for a CSP-side account, the CSP answer).
  if (has(/\b(can'?t|cannot|unable to|don'?t|do not)\b.{0,10}\b(see|view|open|access|find)\b.{0,20}\b(our |the |any )?(technical )?benefits?\b|혜택.{0,10}(안 ?보여|볼 수 없|안 ?보이|안 ?떠|안 ?나와)/i) && !has(/메뉴|\bmenu|\btabs?\b|탭|기술 ?혜택|technical benefits|어디로|where did/i) && !has(REMAINING) && !has(IDS_WORD) && words(text) <= 16 && !recognition.error) return answer('no-benefits');
  // "저희 회사 애저 문제 시그니처 지원으로 문의 가능한가요?": whether the membership has a cloud line.
  // "And the Signature ones, can I see those in the Azure portal?" after the balance: where the balance shows (not in Azure).
  if (lastTopic === 'remaining-incidents' && has(/애저|azure(?! ?ad\b)|portal|포털/i) && (has(SHOWN) || has(/확인/)) && has(PRONOUN) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  if (has(/애저|azure(?! ?ad\b)/i) && !has(ACCOUNT) && has(/시그니처|signature|혜택|인시던트/i) && has(/가능|되나요|돼요|될까요|할 수|쓸 수|\bcan (we|i)\b/i) && !has(ON_PREM) && !has(REMAINING) && !has(/연결|link|등록|\bstill\b|아직|여전히|how many|몇/i) && !has(SHOWN) && !has(IDS_WORD) && !has(CUSTOMER_SIDE) && words(text) <= 14 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "그럼 어떻게 해요?", "so what do we do?" after the cloud line: the cloud line again (with no cloud line, the way to paid Azure support).
  if (lastTopic === 'check-benefits' && last?.aspect === 'cloud' && has(/^\s*(그럼 |그러면 )?(어떻게|어떡)|\bwhat (do|can|should) (we|i) do\b|\bnow what\b|\bthen what\b/i) && !has(/activat|활성화/i) && words(text) <= 8 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last.offer });
  // "그럼 지원은 어디서 받아요?", "so where do we get support?": where requests are opened (what stands in the way first).
  if (has(/(지원|도움)(은|는|을|를)? ?(어디서|어디에서|어떻게) ?(받|얻)|\bwhere (do|can|should) (we|i) (get|go for) (support|help)\b|\bhow (do|can) (we|i) get (support|help)\b/i) && !has(REMAINING) && words(text) <= 12 && !recognition.error) return answer('open-request');
  // "저 관리 에이전트인데 저도 봐도 돼요?" after the IDs: every user of the company sees them.
  if (lastTopic && ['get-ids', 'ids-usage', 'register-ids'].includes(lastTopic) && has(/(저도|나도|저는|제가).{0,10}(봐도|볼 수|보여)|\b(can|may) i (also )?(see|view) (them|it|the ids?)\b|\bcan i see (them|it) too\b/i) && words(text) <= 16 && !recognition.error) return answer('get-ids');
  // "Refilled next month?", "다음 달에 다시 채워지나요?": incidents come per membership year, not per month.
  // ("do the 5 signature incidents come back each month?" about the company's own: its balance, with the rule.)
  if (has(/\b(monthly|every month|each month|next month|per month|a month)\b|\b(on )?the (1st|first)\b|\b(1st|first) of (the |every |each |next )?(month|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b|매달|매월|다음 ?달|월마다|한 ?달(마다|에)|(\d{1,2}월 ?)?1일(에|부터|날)/i) && has(/\b(refill|reset|renew|replenish|top(ped)? up|come back|restor|get (more|new))\w*|채워|리셋|초기화|갱신|다시 (생기|생겨|받|충전)|충전/i) && words(text) <= 30 && !recognition.error) return has(/\b(we|our|us)\b|우리|저희|\d/i) && !has(CUSTOMER_SIDE) ? answer('remaining-incidents') : answer('validity');
  // "If we sign up again, do those old incidents come back?": unused incidents end with the contract (the validity answer).
  if (has(/\b(old|unused|leftover|left-?over|remaining|previous|last year'?s) (incidents?|ones|balance)\b.{0,40}\b(come back|carr(y|ies) over|roll(ed)? over|restor\w*|kept|keep|returned?|back)\b|(안 쓴|남은|쓰지 않은|남았던|예전|작년) ?인시던트.{0,20}(이월|넘어|살아|돌아|복구|되살|유지)/i) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "2026년에도 활성화 후 12개월이에요? 활성화 기한은요?": how long the benefit lasts, and the deadline to activate.
  if (((has(/\bdeadline\b|기한|마감/i) && has(/activat|redeem|\buse\b|활성화|사용|써야|쓸 수/i)) || (has(/(?<!\d)1[23] ?(months?|개월)/i) && has(/activat|valid|last|expire|활성화|유효|만료/i))) && words(text) <= 26 && !recognition.error) return answer('validity');
  // "Do we have cloud support?": whether the membership has that line (the records say).
  if (has(/^\s*(do|does) (we|i|our (company|org|team)) (even )?(have|get|got) (any )?(cloud|azure|signature|on-?prem\w*)( cloud)? (support|benefits?|incidents?|coverage)\s*\??\s*$/i) && !recognition.error) return answer('check-benefits', has(CLOUD) || has(/signature/i) ? { aspect: 'cloud' } : {});
  // "그거 다른 직원들도 같이 써도 되나요?", "can my colleagues use them too?": the IDs are shared.
  if (has(/(다른|같은 회사|회사의?|우리) ?(직원|동료|팀원|사람|사용자)(들)?(도|이|이랑|과|하고)? ?(같이|함께|공유|써|쓰|사용)|\b(can|may|could) (my |our |other )?(colleagues?|co-?workers|team ?mates?|other (people|users|engineers|staff)|the (rest of the )?team|everyone)\b.{0,20}\b(use|share|see|have)\b/i) && (lastTopic === 'activate' || lastTopic === 'get-ids' || lastTopic === 'register-ids' || has(IDS_WORD)) && words(text) <= 20 && !recognition.error) return answer('ids-usage');
  // "그 경우엔 어떻게 지원 받아요?" after a version that isn't covered: paid support.
  if (lastTopic === 'supported-products' && has(/(그 ?경우|그럼|그러면|\bthen\b|\bin that case\b|\bfor (that|those|them)\b).{0,20}(어떻게|어디서|\bhow\b|\bwhere\b|\bwhat\b).{0,20}(지원|support|help|tickets?|cases?)/i) && words(text) <= 16 && !recognition.error) return answer('paid-plans');
  // "Right now how do we get support?" after "no benefits": paid support today (not today's offers).
  if (lastTopic === 'no-benefits' && has(/당장|\bright now\b|\bimmediately\b|\basap\b|\burgent/i) && has(/지원|support|help|tickets?|cases?/i) && words(text) <= 16 && !recognition.error) return answer('paid-plans');
  // "What's changing on Nov 1 2026?": the announced change (and that its reach to support incidents is not documented).
  if (has(ALIGNMENT) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "같은 오퍼를 두 번 사면 두 배로 받나요?": an offer can't be bought twice.
  if ((has(/\btwice\b|two times|more than once|두 ?번|중복 ?(구매|구입)/i) || (has(/같은|\bsame\b/i) && has(/한 ?번 더|\bagain\b|\banother\b|\bone more\b|\bsecond\b|또/i))) && has(/\b(buy|buying|bought|purchase|purchasing)\b|사면|살 ?수|사도|구매|구입/i) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "문서 맨 위에 '적절한 역할'이라고 나와 있던데 뭐뭐예요?": the roles the page lists, and what each may do.
  if (has(/(적절한|필요한|해당) ?역할|appropriate roles?/i) && words(text) <= 24 && !recognition.error) return answer('activate', { aspect: 'roles' });
  // "who on our team has the Admin agent role?": the people who hold it.
  if (has(/\bwho\b[^.?!]{0,30}\b(has|holds|have|is)\b[^.?!]{0,10}\b(the )?(admin agent|global admin|mpn partner admin|partner admin)\b|(관리 ?에이전트|전역 ?관리자|mpn ?파트너 ?관리자)[^.?!]{0,10}(역할|권한)?[^.?!]{0,6}누가|누가[^.?!]{0,10}(관리 ?에이전트|전역 ?관리자|mpn ?파트너 ?관리자)/i) && !has(/\bactivat|활성화/i) && words(text) <= 20 && !recognition.error) return answer('activate', { aspect: 'roles' });
  // "who over there can sort it out? Johanna is the only contact we have" after a partner's problem: who there may activate.
  if (has(WHO_CAN_FIX) && lastTopic && !has(CUSTOMER_SIDE) && words(text) <= 24 && !recognition.error) return answer('activate');
  // "Can Diego do that too? he is just a normal user" after CSP customers: the Admin agent role decides.
  if (lastTopic === 'csp-customer' && has(/\b(can|could) \w+ do (that|this|it)\b|\b(normal|regular|plain) user\b|일반 사용자|(도|는) (할 ?수 있|되나|돼요|가능)/i) && !has(/activat|활성화/i) && words(text) <= 16 && !recognition.error) return answer('csp-customer');
  // "예전엔 클라우드 역량이면 무제한이었잖아요?" after today's counts: what became of unlimited (the renamed answer says).
  if ((lastTopic === 'renamed' || lastTopic === 'current-program') && has(/unlimited|무제한|제한 ?없/i) && words(text) <= 16 && !recognition.error) return answer('renamed', { renames: ['signature'] });
  // "배지 이름이 뭐예요?": the designation badges (today's rule).
  if (has(BADGES) && !oldTermed && !has(REMAINING) && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "When did 'AI' get added to the name?": when the program was renamed.
  if (has(/\bai\b.{0,30}\b(added|name|renamed|came in)\b|(이름|명칭)에 ?ai|ai(가|는|라는)? ?(언제|붙|추가)/i) && words(text) <= 16 && !recognition.error) return answer('renamed', { renames: ['program'] });
  // "Which offer would we have to buy today?" beside "no benefits yet": today's offers (after what the asker's records say of the message).
  if (recognition.error?.meaning === 'no-benefits' && (has(BUY_NOW) || has(CHEAPEST) || (has(PROGRAM_NOW) && has(BUY_MORE)) || has(/\b(which|what) (offer|membership)\b.{0,30}\b(buy|purchase|get)\b|(어떤|무슨) (오퍼|멤버십).{0,15}(사야|구매|가입)/i))) return answer('current-program', { aspect: 'own' });
  // "Azure에서 … 연결하는 메뉴 경로": linking in the Azure portal.
  if (has(/azure|애저/i) && has(/(연결|link)/i) && has(/경로|메뉴|\bpath\b|\bmenu\b|어디서|\bwhere\b/i) && !IDS_WORD.test(text.replace(/contract|계약/gi, ' ')) && words(text) <= 16 && !recognition.error) return answer('link-azure');
  // "Membership started 14 months ago, can we still activate?": the deadline to activate (validity).
  if (has(/\bstill activate\b|(아직|지금(이라도|도)) ?활성화(할 ?수|가능|되)/i) && has(/months?|years?|개월|년|지났|ago|late|늦/i) && words(text) <= 26 && !recognition.error) return answer('validity');
  // "온프레미스는 몇 개 있어요?": the on-premises count (the balance when "left" is asked).
  // "온프레미스는요? 실버때 15개였잖아요" after today's program: today's on-premises count, the 2021 one named as the past.
  if ((lastTopic === 'current-program' || lastTopic === 'renamed') && has(ON_PREM) && offer && (has(PAST_TOLD) || has(/(골드|실버|액션 ?팩|gold|silver|action ?pack) ?때|\bback then\b|\bin 2021\b/i)) && !has(REMAINING) && words(text) <= 14 && !recognition.error) return answer('current-program');
  // "만약 Data Analytics는 빼고 Cloud Platform만 남기면 시그니처는 어떻게 되나요?": the cloud line with the competencies supposed.
  if (entities.competencies.length && !has(/\binstead of\b|대신/i) && has(/signature|시그니처|서명|\bcloud\b|클라우드/i) && has(/만약|\bif\b|\bsuppose|빼고|남기면|\bdrop(ped|ping)?\b|\bkeep(ing)? only\b|\bonly (kept|keep|had|have)\b|만 (남기|남으|유지|있)/i) && !entities.currentOffer && !has(PROGRAM_NOW) && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "We're on the new program, do I still link the IDs in Azure under Help + support like the old Signature?": how to link today.
  if (has(/\blink(ing)?\b.{0,30}\b(ids?|contract|benefits?)\b|\b(ids?|contract)\b.{0,20}\blink|(ID|계약).{0,15}연결/i) && has(/azure|애저/i) && has(/\bstill\b|\bdo (i|we)\b|아직|여전히|그대로|똑같이/i) && !has(CUSTOMER_SIDE) && !PLAN_MISSING.test(text.toLowerCase()) && words(text) <= 30 && !recognition.error) return answer('link-azure');
  // "Azure에서 지원 혜택 연결 누르면 오류 나겠네요?": linking again shows the Access ID message, which is to be ignored.
  // "Azure에서 연결했더니 에러가 났다는데요?": it did, after linking.
  if (has(/지원 혜택 연결|link support benefits|\blink(ing)? (it |them )?(again|in azure)\b|(다시 )?연결(하면|하니까|누르면|했더니|했는데|하려니까)/i) && has(/오류|에러|\berror\b|\bfail/i) && has(/나겠|날까|나나요|나죠|뜨겠|뜰까|났|떴|나요|\bwill\b|\bwould\b|going to|\bgot\b|\bgets?\b|\bshows?\b/i) && !has(CSP_WORDS) && words(text) <= 30 && !recognition.error) return answer('access-id-error');
  // "2026년 기준이면 그건 어디서 계약 넣고 써요?", "where would I redeem it today?": today's redemption places.
  if (has(WHERE_REDEEM) && (has(PROGRAM_NOW) || (asksNow(text) && has(/\bredeem|redemption/i))) && !has(/(애저|azure)[^.?!]{0,15}(포털|portal|메뉴|menu)|어디 ?메뉴|\bwhich menu\b/i) && !has(RENAMED_ASKED) && words(text) <= 24 && !recognition.error) return answer('current-program');
  // "코어 혜택은 언제까지 쓸 수 있어요?" after the company's own offers: how long its benefits last (its records), not today's rules.
  if ((lastTopic === 'check-benefits' || lastTopic === 'remaining-incidents') && has(/언제까지|\buntil when\b|\bhow long\b|\bexpire|\bvalid until\b/i) && !has(PROGRAM_NOW) && !has(/how long (does|did|will|would) (it|activation|that) take/i) && words(text) <= 14 && !recognition.error) return answer('validity');
  // "2026년 규칙이면 유효기간이 어떻게 돼요?", "under today's rules how long are the benefits valid?": today's validity rule.
  if (has(/유효 ?기간|얼마나 (유효|가|쓸)|언제까지 (유효|쓸)|\bhow long\b.{0,30}\b(valid|last|good|use)\b|\bvalid(ity)? (for|period)\b|\bexpire\b/i) && (has(PROGRAM_NOW) || has(/today'?s rules|current rules|요즘 ?규칙|지금 ?규칙/i)) && !has(REMAINING) && words(text) <= 24 && !recognition.error) return answer('current-program');
  // "예전 액션팩처럼 온프레미스 10건도 같이 나와요?" after today's offers: today's on-premises rule (only the designation has them).
  if ((lastTopic === 'current-program' || lastTopic === 'renamed') && offer && has(ON_PREM) && has(/처럼|만큼|\blike\b|\bsame as\b|\bas (much|many) as\b|\balso\b|\btoo\b|같이|도 (나와|나오|있|줘|받)/i) && !has(REMAINING) && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "What if they file a billing question under Partner Cloud Support - does that eat an incident?": today's billing rule.
  if (has(/\b(billing|quota) (question|request|ticket|case|issue)s?\b|\bsubscription (question|request|ticket)s?\b|빌링|청구 ?(문의|요청|건)|결제 ?(문의|요청|건)|할당량|쿼터/i) && has(/\b(eat|cost|use|uses|count|counts|deduct|charge|burn|consume)|차감|소모|빠지|들어가|쓰(이|여)/i) && !has(REMAINING) && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "Would re-linking the IDs give us a fresh batch?": a used-up plan is not refilled by linking again.
  if (has(RELINK) && has(/\bfresh\b|\bnew batch\b|\brefill|\breset|\bmore incidents\b|\b(get|give) (us |them )?(it |them )?back\b|다시 (채워|생기|생겨)|리필|충전|리셋|초기화|새로 (생기|받)/i) && words(text) <= 30 && !recognition.error) return answer('plan-expired');
  // "Anything they need to do first?": what comes first (activating, then entering the IDs once).
  if ((lastTopic || has(/\bbenefits?\b|혜택/i)) && has(/\b(anything|something|what)\b.{0,15}\b(need|have|has|needs) to do\b.{0,30}\b(first|before(hand)?|for (our|the|my) (partner |support |technical )*(benefits?|support))\b|\bneed to do (anything|something) (first|beforehand)\b|먼저 (해야|할) ?(것|거|일|게)|미리 (해야|할) ?(것|거|일|게)/i) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "What would they get on-prem then?" after Azure: the membership's on-premises lines.
  if (lastTopic && has(ON_PREM) && has(/\bwhat (would|do|does|will|can|could) (they|we|he|she|i|it|that|this) (get|have|receive)\b|(뭘|뭐가|무엇을?) ?(받|나와|나오|있)/i) && !has(PAID_NAMES) && !asksNow(text) && !entities.currentOffer && words(text) <= 12 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  if (has(ON_PREM) && has(/몇 ?(개|건)|\bhow many\b/i) && !has(PAID_NAMES) && lastTopic !== 'current-program' && lastTopic !== 'renamed' && !has(/썼|사용했|쓴|열었|환불|차감|까였|까인|깎였|\b(used|opened|open|spent)\b|\brefund/i) && !asksNow(text) && !offer && !entities.currentOffer && words(text) <= 10 && !recognition.error) return answer(has(REMAINING) ? 'remaining-incidents' : 'check-benefits', { offer: last?.offer });
  // "My colleague uses Partner Center in Korean, what is that menu called?": the last answer (the router adds the Korean names).
  if (lastTopic && !has(/[가-힣]/) && has(/\b(in|into) korean\b|\bkorean (ui|version|menus?|names?|labels?)\b/i) && has(/\b(called|named|name|names|say|says|label|menu|be)\b/i) && words(text) <= 24 && !recognition.error) return answer(has(/\blink\b|\bazure\b/i) ? 'link-azure' : has(/support for business|add contract|\bsfb\b/i) ? 'ids-usage' : lastTopic, { offer: last?.offer });
  // "is that what we have?" after a pack explained: the org's own lines.
  if (lastTopic && has(/^\s*(so )?(is|are) (that|those|these|it|this) (what|the ones?|the one) (we|i) (have|got|hold|get)\b|그게 (우리|저희)(꺼|거|가 가진|한테 있는)/i) && words(text) <= 10 && !recognition.error) return answer('check-benefits');
  // "how many used?", "몇 개 썼어요?": what was used (the usage history).
  // "how fast did we chew through the signature incidents?", "얼마나 빨리 썼는지 … 처음 연 날이랑 마지막 연 날?": the requests on record, with their dates.
  if (has(/\bhow (fast|quickly)\b.{0,25}\b(use|used|burn|burned|burnt|chew|chewed|go|went|spend|spent|blow|blew|run|ran)\b|얼마나 (빨리|빠르게|금방) ?(썼|쓴|사용|소진|까|다 ?썼)|(처음|첫|마지막)(으로)? ?(연|열었던|쓴|사용한) ?(날|날짜)|\b(first|last) (one )?(was )?opened\b.{0,20}\b(first|last)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  if (has(/^\s*(and |so )?how many (have we |did we |we'?ve |were |have been )?(used|opened|spent|consumed)\b|^\s*몇 ?(개|건) ?(썼|사용했|열었|소모)/i) && words(text) <= 10 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "골드 20팩 지금까지 몇 개 쓴 거예요?", "how many have we used on our gold 20pack so far?": what the company used (its own pack named, not a membership asked about).
  if (has(/몇 ?(개|건)[^.?!]{0,12}(썼|쓴 ?(거|건|게)|사용(했|한 ?(거|건))|까였|까인|깎였|차감(됐|되었|된))/i) && has(/지금까지|여태|실제로|올해|이번|우리|저희/i) && !has(/\bif\b|\bwould\b|[가-힣]면(요)?(\s|[?？.,]|$)/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "how many signature / cloud incidents have we used this year?": that side's requests on record; "how many incidents have we
  // burned so far this year?": the balance, which says what was used (on the unlimited lines too).
  if (has(/\bhow many\b[^.?!]{0,40}\b(have we|did we|we'?ve)\b[^.?!]{0,10}\b(used|spent|burned|burnt|consumed)\b/i) && has(/\bso far\b|\bthis year\b|\bour\b/i) && !has(/\bif\b|\bwould\b|\bwhen\b/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', has(SIDE_OR_LINE) ? { aspect: 'history' } : {});
  // "how is that possible, we barely used it. how many did we use and when?", "몇 개 썼고 언제예요?": the requests, with their days.
  if (has(/\bhow many\b.{0,25}\b(did|have|had) (we|i|they)\b.{0,12}\b(use|used|open|opened|spend|spent|consume|consumed)\b.{0,30}\bwhen\b|몇 ?(개|건).{0,10}(썼|사용했|열었).{0,20}언제/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "What is the partner program called now?": the program's own new name.
  if (has(/\b(partner )?program\b.{0,15}\b(called|named)\b|\bname of the (partner )?program\b|(파트너 )?프로그램 ?(이름|명칭)(?!으로|로)/i) && !offer && !entities.renames?.length && words(text) <= 14 && !recognition.error) return answer('renamed', { renames: ['program'] });
  // "5 what?", "and after 5?" about a count just given: what the count is, and what comes after it.
  if (lastTopic && has(/^\s*(and )?after (the |those |these |all )?\d{1,2}( incidents?| tickets?| cases?)?\s*\??\s*$|^\s*\d{1,2} ?(개|건)? ?(다 )?(쓰면|쓴 ?(후|다음|뒤)(에는?)?)\s*\??\s*$/i) && !recognition.error) return answer('paid-plans');
  if (lastTopic && has(/^\s*\d{1,2} what\s*\??\s*$|^\s*\d{1,2} ?(개|건)? ?(뭐|뭔|무슨)/i) && !recognition.error) return answer('check-benefits', { offer: last?.offer });
  // "options?" after a plan that can't be used: the paid options.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'plan-expired' || lastTopic === 'access-id-error' || lastTopic === 'link-azure') && has(/^\s*(so |and |what are (my|our|the) |any )?(options|alternatives|other options)\s*\??\s*$|^\s*(다른 )?(방법|옵션)(은|이)?( 있어요| 있나요| 뭐예요)?\s*\??\s*$/i) && !recognition.error) return answer('paid-plans');
  // "and the cloud side?" after a balance: the cloud lines of that balance.
  if (lastTopic === 'remaining-incidents' && has(/\b(the )?cloud (side|ones?|part|incidents?|lines?)\b|클라우드 ?(쪽|부분|건)/i) && words(text) <= 8 && !recognition.error) return answer('remaining-incidents');
  // "Shouldn't that dupe have been refunded? what does our record say": the usage history (what was refunded).
  if (has(/refund|환불/i) && has(/\b(our|we|us)\b|우리|저희/i) && has(/\brecords?\b|기록|shouldn'?t|should have|왜 안|안 됐|안 되었|did(n'?t| not) get/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "우리 계약 시작일이랑 종료일 알려줘요": the contract's dates (activated, valid until).
  if (has(/(계약|contract).{0,15}(시작일|종료일|만료일|start date|end date|dates)|(시작일|종료일|만료일|start date|end date).{0,15}(계약|contract)|\bwhen (does|did|will) (our |the |this |that )?contract (start|end|expire|run out|die|stop|lapse)\b/i) && !has(/멤버십|membership/i) && words(text) <= 30 && !recognition.error) return answer('validity');
  // "When does our membership end?": the membership year (the benefits answer has it).
  if (has(/\bmembership\b.{0,20}\b(end|ends|expire|expires|run out|renew)\b|멤버십.{0,10}(끝나|종료|만료|언제까지)/i) && has(/\b(our|we|us|their|they)\b|우리|저희|그쪽|거기/i) && words(text) <= 14 && !recognition.error) return answer('check-benefits');
  // "우리 회사 멤버십 등급이랑 역량이 뭐로 돼 있어요?", "역량은요?" about our records: the org's own competencies.
  if (has(/(우리|저희|\bour\b).{0,20}(역량|competenc)|^\s*(그럼 )?역량은(요)?\s*\??\s*$/i) && !has(CLOUD) && !offer && !asksNow(text) && !has(/무제한|unlimited|바뀌|바뀐|changed|called|renew|갱신|2026/i) && words(text) <= 14 && !recognition.error) return answer('check-benefits');
  // "How do I use the on-prem incidents today?": opening a request with the benefit (where, today).
  if (has(/\bhow (do|can|should) (i|we) (actually )?use (the |our |these |those )?(on-?prem\w*|cloud|azure|signature|partner|support)? ?(incidents?|benefits?|support)\b|(인시던트|혜택).{0,6}(어떻게|어디서) (써|쓰|사용)/i) && words(text) <= 14 && !recognition.error) return answer('open-request');
  // "So can I use the unlimited cloud support now?" from an org: what its records allow now.
  if (has(/\bcan (i|we) (use|start using|open)\b.{0,40}\bnow\b|(이제|지금) ?(바로 )?(쓸 ?수|사용할 ?수|써도)/i) && has(/\b(unlimited|cloud|signature|incidents?|benefits?|we|our|us)\b|무제한|클라우드|시그니처|인시던트|혜택|우리|저희/i) && !has(PAID_NAMES) && !has(/used up|run out|ran out|no (incidents )?left|다 ?(썼|써|쓰)|소진|바닥/i) && !has(PROGRAM_NOW) && !has(/\b20\d\d\b|today'?s|new program/i) && words(text) <= 18 && !recognition.error) return answer('remaining-incidents');
  // "시그니처로는요?" after what was used: what was used on that line.
  if (lastTopic === 'remaining-incidents' && last?.aspect === 'history' && (words(text) <= 3 || (words(text) <= 6 && has(/^\s*(and|what about|how about|of (those|them|these)|그럼|그리고|그중|그 중)/i))) && !has(/어떻게|어디|받|역량|competenc|플랫폼|platform|\b(how|where|get)\b/i) && (has(ON_PREM) || has(CLOUD) || has(/signature|시그니처|core|코어|designation|지정/i)) && !has(REMAINING) && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "I'm admin agent, is that enough for this?" after CSP customers: yes (the CSP answer says so first).
  if (lastTopic === 'csp-customer' && has(/admin agent|관리 ?에이전트/i) && !has(/activat|활성화/i) && words(text) <= 14 && !recognition.error) return answer('csp-customer');
  // "파트너한테 직접 확인하라고 하려면 어떻게 안내해요", "how can they check it themselves?": where the balance shows.
  if (has(/직접 확인|확인하라고|확인하는 방법|\bhow (can|do|should|would) (they|the partner|the customer) (check|see|look up|find)\b|\bcheck (it|that|the balance) (themselves|on their own)\b/i) && (lastTopic === 'remaining-incidents' || has(/[가-힣]/) || has(/balance|\bleft\b|remaining|incidents?|\bcount\b/i)) && !has(/\broles?\b|역할|admin|관리자/i) && !has(IDS_WORD) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "Can we pass them to a contractor who has no Partner Center access?": the IDs may be shared.
  if (has(/\b(pass|give|send|share|forward|email|e-mail)\w* (them|the ids?|it|those|these|our ids?)\b.{0,15}\b(to|with)\b|(ids?|아이디|그거|그걸).{0,10}(전달|공유|보내|넘겨)/i) && (lastTopic === 'ids-usage' || lastTopic === 'get-ids' || lastTopic === 'activate' || has(IDS_WORD)) && words(text) <= 22 && !recognition.error) return answer('ids-usage');
  // "And for us?", "우리 회사는요?" after a general count: the asker's own records (or that no org is known).
  if (lastTopic && has(/^\s*(and |what about |how about )?(for )?(us|our (company|org|organi[sz]ation|team))\s*\??\s*$|^\s*(그럼 )?(우리|저희)( 회사| 조직)?(는|은)요?\s*\??\s*$/i)) return answer(lastTopic === 'remaining-incidents' ? 'remaining-incidents' : 'check-benefits', { offer: undefined, aspect: 'own' });
  // "Where do I see the signature count?": the balance (and where each plan shows).
  if (has(/\bwhere (do|can|should|would) (i|we|they) (see|check|find|look)\b.{0,30}\b(count|balance|left|remaining|incidents?)\b|(남은|잔여).{0,10}(어디서|어디에서) ?(봐|보|확인)/i) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "없으면 어떻게 해요?", "and if there are none left?" after a balance: the paid options.
  if (lastTopic === 'remaining-incidents' && has(/^\s*(그럼 |근데 )?(없으면|다 ?쓰면|다 ?썼으면|소진되면|바닥나면)|\bif (there are |we have |there'?s )?(none|no(ne)? left|nothing left)\b|\bif (it'?s|they'?re|we'?re) (used up|gone|out)\b/i) && words(text) <= 10 && !recognition.error) return answer('paid-plans');
  // "활성화하면 받는 개수는?", "그럼 활성화하면 10개 맞죠?", "하고 나면 몇 개 쓸 수 있어요?": what the membership gives.
  if ((lastTopic === 'activate' || lastTopic === 'get-ids' || has(/활성화하면|활성화 ?(하고|한) ?(나면|뒤|후)|\bonce (we'?ve |it'?s |we )?activated\b|\bafter (we )?activat/i)) && has(/(받는|나오는|생기는|쓸 수 있는) ?(개수|건수|수)|몇 ?(개|건)|(?<!\d)\d{1,2} ?(개|건) ?맞|\bhow many\b(?! (days?|hours?|minutes?|weeks?|months?|times?|people|users|admins?|roles?))/i) && !has(REMAINING) && !has(CLOUD_ONLY_WORDS) && !has(PROGRAM_NOW) && !entities.currentOffer && words(text) <= 14 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "요즘 새로 가입하면 어떤 멤버십이 있어요?": today's offers.
  if (has(/(요즘|지금|새로|현재|이제) ?(새로 )?(가입|들어가|시작)(하면|할 때)|어떤 (멤버십|오퍼|프로그램)(이|가|들이)? ?(있|나와|생겼)|\bwhat (memberships?|offers?) (are there|exist|can (we|i) (join|buy|get))\b.{0,20}\b(now|today|these days)?/i) && !offer && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "각각 클라우드 지원 몇 개씩?" after today's offers: today's table.
  if (lastTopic === 'current-program' && has(/각각|씩|\beach\b|몇 ?(개|건)|how many/i) && !has(REMAINING) && !offer && words(text) <= 10 && !recognition.error) return answer('current-program');
  // "Adele은 볼 수 있다고 하던데 왜 저만?", "역할 문제 아니에요?" after "not authorized": why this account.
  if (lastTopic === 'not-authorized' && (has(/왜 ?(저만|나만|제 ?계정만)|\bwhy (only )?(me|my account)\b|\bwhy (can|does) (she|he|they|everyone|others?)\b|(볼 수 있|보인|보이)(다는데|다고 하던데|다던데)|(역할|권한|롤)(이|의)? ?문제|\b(role|permission)s? (issue|problem)\b/i)) && words(text) <= 16 && !recognition.error) return answer('not-authorized', { aspect: 'why' });
  // "제가 전역관리자니까 바로 되죠?": the roles that activate (the answer names them).
  if (has(/(전역 ?관리자|글로벌 ?관리자|global admin|mpn ?파트너 ?관리자|partner admin)(이니까|니까|인데|라서|이라서|이라|이에요|예요)?.{0,12}(바로 |직접 |혼자 )?(되죠|돼죠|되나요|되지요|돼요\s*[?？]|할 ?수 ?있(죠|어요|나요|을까요|습니까)|가능(하죠|해요|한가요|할까요|합니까)|can i|i can)/i) && words(text) <= 14 && !recognition.error) return answer('activate', has(/\bor\b.{0,20}\b(only|ga|global)\b|아니면|전역 ?관리자만|\bonly (a |the )?(ga|global)/i) ? { aspect: 'roles' } : {});
  // "Alex는 뭘 할 수 있는데요 그럼" after who may activate: what each role may do.
  if ((lastTopic === 'activate' || lastTopic === 'get-ids') && has(/(뭘|무엇을|뭐를?) ?할 ?수|\bwhat can (he|she|they|an? admin agents?|that role) do\b/i) && words(text) <= 12 && !recognition.error) return answer('activate', { aspect: 'roles' });
  // "그거 두 개 합쳐서 쓸 수 있어요?" about the offers' counts: whether they add up (not documented).
  // ("그럼 온프렘까지 합쳐서 남은 총 개수는?" adds the company's sides: its balance, worked out.)
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits' || lastTopic === 'current-program') && has(/\badd(ed)? up\b|\bstack|\bcombin|\bpool(ed)?\b|합산|합쳐|더해/i) && !has(/\b(don'?t|doesn'?t|do not|does not|didn'?t|not) add up\b|안 ?맞/i) && !has(SIDES_SUMMED) && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "새 지원 요청에서 플랜 뭐 골라요?", "지원 플랜 선택할 때 뭐가 나와야 정상이에요?": opening a request (the router names the org's plans).
  // "found it. what should the plan be called once i've added it" after where to open: the plan as the portal lists it.
  if (lastTopic && ['open-request', 'link-azure', 'current-program', 'register-ids'].includes(lastTopic) && has(PLAN_PICK) && has(/\b(added|add|adding|linked|link|entered|once|after)\b|추가|연결|입력|넣(고|은|으면)/i) && !has(/\b(now|nowadays|these days|anymore|today)\b|요즘|지금은|이제는/i) && words(text) <= 16 && !recognition.error) return answer('open-request');
  if (has(PLAN_PICK) && !has(PRICE_ASKED) && !has(PAID_NAMES) && !has(/이름|\bnamed?\b|\bcalled\b|뭐라고/i) && !has(/\bbuy\b|\bpurchase\b|구매|구입|사야/i) && words(text) <= 16 && !recognition.error) return answer('open-request');
  // "유료 옵션 안내해주려면 뭐 있어요": the paid options.
  if (has(/유료 ?(옵션|지원|플랜|방법)|\bpaid (options?|support|plans?)\b/i) && !has(PRICE_ASKED) && !has(PROGRAM_NOW) && words(text) <= 16 && !recognition.error) return answer('paid-plans');
  // "온프렘은 쓸 수 있는거죠?": the on-premises balance.
  if (has(/(온-?프렘|온-?프레미스|on-?prem\w*)(은|는|도)? ?(쓸 ?수|사용할 ?수|써도|사용 가능|이용)|\b(can|could) (we|they|i) (still )?use (the )?on-?prem/i) && !has(/account|계정|outlook|hotmail|\bmsa\b|\b20\d\d\b|activat|활성화|\bbefore\b|\buntil\b|전에|까지/i) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents');
  // "실버라서 5개인거에요? messaging 역량이라?": why that count.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(/(라서|이라서|이니까|니까|때문에?|이라)\s*[?？]?/) && (has(/(?<!\d)\d{1,2} ?(개|건)/) || entities.competencies.length > 0) && words(text) <= 12 && !recognition.error) return answer('check-benefits', { aspect: 'why', offer: offer ?? last?.offer, competencies: entities.competencies.length ? entities.competencies : (last?.competencies ?? []) });
  // "멤버십 가입하면 바로 지원 받을 수 있어요?": activation comes first.
  if (has(/(가입|구매|구입)(하면|하고 나면|한 뒤)|\bonce we (join|sign up|buy)\b|\bif we (join|sign up|buy)\b/i) && has(/바로|즉시|곧바로|\bright away\b|\bimmediately\b|\bstraight away\b/i) && !has(PAID_NAMES) && words(text) <= 16 && !recognition.error) return answer('activate');
  // "Which is the cheapest offer today with any incidents?", "under today's program what would we need to buy?": today's offers and prices.
  if ((has(CHEAPEST) || (has(PROGRAM_NAMED) && has(BUY_MORE))) && (!offer || has(/대신|instead/i)) && !entities.currentOffer && words(text) <= 30 && !recognition.error) return answer('current-program');
  // "'Partner On-premises Support 20' 플랜의 예전 이름이 뭐였죠?": today's name asked back to its 2021 one.
  if (has(/\b(old|former|previous) name\b|\bused to be called\b|\bformerly\b|\bcalled before\b|(예전|옛날|이전|원래) ?(이름|명칭)|\b(in|back in) 20(1\d|2[0-4])\b.{0,30}\b(called|named)\b|\b(called|named)\b.{0,20}\b(in|back in) 20(1\d|2[0-4])\b|20(1\d|2[0-4]) ?년(에는|엔|에|엔가)? ?(뭐라고|무슨 이름|어떤 이름|이름)|(예전|옛날|이전|원래)(에는|엔)? ?뭐라고 ?(불렀|했|부르)/i) && (has(ON_PREM) || has(CLOUD)) && !offer && words(text) <= 24 && !recognition.error) return answer('renamed', { renames: [has(ON_PREM) ? 'product-support' : 'signature'] });
  // "그럼 50개 다 쓰면 어떻게 해요?" after today's counts: what then (paid options).
  if ((lastTopic === 'renamed' || lastTopic === 'current-program') && has(/\bif (we|i|they) (use|used|run|ran) (them |it |those |these |all |the )*(up|out)\b|\b(use|used) (them |it )?all( \d+)?\b|\b(run|ran|runs) out\b|다 ?(쓰|써|사용하|소진하)면|소진되면|바닥나면/i) && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "Can they still open on-prem cases?", "signature is gone, can we still use the on prem ones?": the on-premises balance.
  if (has(/\b(can|could) (they|we|i|he|she) still (open|use|file|get|raise)\b|아직 (쓸|열|사용할|쓸 ?수)|계속 (쓸|사용할) 수/i) && has(ON_PREM) && !CLOUD_ONLY_WORDS.test(text.replace(/signature|시그니처/gi, ' ')) && !has(/account|계정|outlook|hotmail|\bmsa\b|\b(exchange|windows|sql|sharepoint|server|biztalk)\b|\b20\d\d\b/i) && words(text) <= 18 && !recognition.error) return answer('remaining-incidents');
  // "Can we use the CSP plan for our own subscription?" … "so how do I do that?": linking the partner's own benefit.
  if (lastTopic === 'csp-customer' && last?.facts?.['customerSubscription'] === 'no' && has(/\bhow (do|can|should) (i|we) (do|set up|use|link) (that|it|this|them)\b|\bhow\?*$|어떻게 (해|하|연결)/i) && words(text) <= 10 && !recognition.error) return answer('link-azure');
  // "And it uses our incidents?" about a CSP customer's request: it doesn't (the CSP plan).
  if (lastTopic === 'csp-customer' && has(/\b(use|uses|using|count|counts|eat|eats|take|takes|deduct)\b.{0,20}\b(our|my|the partner'?s?) (own )?(incidents?|signature|benefits?|balance)\b|(우리|저희|파트너) ?(인시던트|혜택).{0,10}(차감|써|쓰|사용|빠지)/i) && words(text) <= 14 && !recognition.error) return answer('csp-customer');
  // "Old doc mentions Signature Cloud Support, I can't find it": what it is called today.
  if (oldTermed && !has(IDS_WORD) && !has(/activat|활성화|m365|microsoft 365|office 365/i) && has(/\b(can'?t|cannot|couldn'?t|unable to) (find|see|locate)\b|\bno longer (see|find)\b|안 ?보(여|이)|못 ?찾|없던데|없어졌/i) && has(/\b(docs?|documentation|article|guide|page|menu|portal)\b|문서|가이드|메뉴|예전/i) && !has(REMAINING) && words(text) <= 20 && !recognition.error) return answer('renamed');
  // "Can we use our on-prem incidents for it?" after a product named: whether that version is covered;
  // "Can I use our Signature incidents for that?" after Microsoft 365: still Microsoft 365.
  if ((lastTopic === 'supported-products' || lastTopic === 'm365') && (has(ON_PREM) || has(CLOUD) || has(/incidents?|signature|benefits?|인시던트|시그니처|혜택/i)) && has(/\bfor (it|that|this|them)\b|그거|그걸|거기/i) && words(text) <= 16 && !recognition.error) return answer(lastTopic);
  // "So where do I go?" after Microsoft 365: its own support (the answer says where).
  if (lastTopic === 'm365' && has(/\bwhere (do|should|can) (i|we) (go|ask|open|file|turn)\b|어디로|어디서 (열|문의|요청)/i) && !has(ON_PREM) && !has(/windows ?server|exchange ?server|sql ?server|sharepoint ?server|윈도우 ?서버|익스체인지 ?서버/i) && words(text) <= 10 && !recognition.error) return answer('m365');
  // "When do we get more?": the next contract (a year after it was issued).
  if ((numberWhyContext(lastTopic) || lastTopic === 'plan-expired') && has(/\bwhen (do|will|can|would) (we|i|they) get (more|new ones|them back|a new (one|contract)|the next)\b|언제 (다시 )?(생기|채워|받)/i) && words(text) <= 12 && !recognition.error) return answer('validity');
  // "그럼 어떻게 켜요?", "how do I turn it on?": activation.
  if (has(/(어떻게|어디서|누가) ?(켜|켜요|켜나요|켜야|켜죠)|\b(turn|switch) (it |them |this |that )?on\b/i) && words(text) <= 12 && !recognition.error) return answer('activate');
  // "Can I just hit Activate again to get a fresh batch?": activation doesn't refill a used-up plan.
  if (has(/activat\w* (it |them )?again|re-?activat|다시 활성화|재활성화/i) && has(/\b(fresh|new|more|reset|refill|another)\b|다시 채|새로|리셋|더 받/i) && !has(NEW_PERSON) && words(text) <= 24 && !recognition.error) return answer('plan-expired');
  // "활성화하면 애저 지원도 받을 수 있나요?": whether the membership has a cloud line at all.
  if (has(/활성화하면|활성화 ?후에?|\bonce (we |it'?s |it is )?activated\b|\bafter (we )?activat|\bif (we|i) activate\b/i) && has(CLOUD_ONLY_WORDS) && has(/받을 수|쓸 수|되나요|돼요|\b(get|use|cover|covered|include)\b/i) && words(text) <= 16 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "Can we use partner support incidents for Azure?": whether the membership has a cloud line.
  if (has(/\bcan (we|i) use (our |the |partner |partner support |support |these |those )*(incidents?|benefits?)\b.{0,15}\bfor (azure|the cloud|cloud)\b|(인시던트|혜택|지원).{0,10}(애저|azure|클라우드)(에|에도|에서)(도)? ?(쓸 수|사용할 수|써도|사용 가능)|(애저|azure|클라우드).{0,10}(인시던트|혜택)(을|를)? ?(쓸 수|사용할 수|써도|사용 가능)/i) && !has(ON_PREM) && !has(/파워 ?플랫폼|power platform|관리 ?센터|admin center|dynamics|다이나믹스|\bf&o\b|\blcs\b/i) && words(text) <= 16 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "Do we have any Signature incidents??": the own balance.
  if (has(/\bdo (we|i) (have|hve|get|got) any\b.{0,20}\b(incidents?|signature|cloud|on-?prem)/i) && !offer && !entities.currentOffer && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "we used to be gold so cloud support is unlimited right? how many cloud and onprem do we have left": the own balance (the membership said is a past one).
  if (has(PAST_MEMBERSHIP) && has(/\b(left|remaining|still (there|have|got))\b|남(았|은|아 ?있)/i) && !has(CUSTOMER_SIDE) && !has(HYPOTHETICAL) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents');
  // "Silver도 클라우드 무제한 아님?": why that membership's cloud line is counted (only cloud competencies were unlimited).
  if (offer && has(/unlimited|무제한|제한 ?없/i) && !asksNow(text) && !has(/\bcap(ped)?\b|한도/i) && (has(DOUBT) || has(/아님\s*[?？]|아니(에요|예요|야|죠)\s*[?？]|\bisn'?t it\b|\bright\s*\?/i)) && words(text) <= 20 && !recognition.error) return answer('check-benefits', { aspect: 'why', offer });
  // "새 ID 발급해줘야 하나요?" after the Azure error: no new ID is needed (the message's own advice).
  if (lastTopic === 'access-id-error' && has(/(새|new) ?(액세스 ?)?(id|아이디|access id)|발급|\bget (a )?new (one|id|access id)\b/i) && words(text) <= 14 && !recognition.error) return answer('access-id-error', { offer: offer ?? last?.offer });
  // "그럼 거기선 제품 뭐 골라요?" after the balance steps: the dummy on-premises product.
  if (lastTopic === 'remaining-incidents' && has(/(제품|product).{0,10}(뭐|무엇|어떤|which|what).{0,6}(골라|선택|고르|pick|choose|select)|\b(which|what) product (do|should|can) (i|we) (pick|choose|select)\b/i) && words(text) <= 14 && !recognition.error) return answer('remaining-incidents');
  // "How many will they get?" after activation: what the membership gives.
  if (lastTopic === 'activate' && has(/\bhow many (will|do|would|can|did) (they|we|i|she|he) get\b|몇 ?(개|건) ?(받|나와|생기)/i) && words(text) <= 10 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "Why can't we use support anymore? Membership is fine": the contract ran out or expired (the records say which).
  if (has(/\b(can'?t|cannot|unable to|no longer able to) ((we|i|they|you) )?(use|open|get|file)\b.{0,30}\b(support|incidents?|benefits?|tickets?|cases?|requests?)\b.{0,20}\b(any ?more|now)\b|(더 ?이상|이제) ?(지원|인시던트|혜택)?.{0,6}(못|안) ?(써|쓰|열|받)/i) && words(text) <= 20 && !recognition.error) return answer('plan-expired', { aspect: 'why' });
  // "How do we become a partner and get support incidents?": what each membership gives, and how to get one.
  if (has(/\bbecome an? (microsoft )?partner\b|\bjoin (the )?(microsoft )?(partner )?(program|network)\b|파트너가 ?되(려면|면|고)|파트너 ?가입/i) && words(text) <= 20 && !recognition.error) return answer('check-benefits', { aspect: 'get' });
  // "If I do that Windows 10 dummy thing to check the balance, does it eat an incident?": nothing is submitted.
  if (lastTopic === 'remaining-incidents' && has(/그거|그걸|그렇게|이렇게|그 ?방법|더미|dummy|\b(that|this|doing so)\b/i) && has(/(요청|티켓|케이스)(이|가)? ?(실제로 |진짜 )?(만들어지|생성되|제출되|접수되|열리)|차감(되|돼)|\b(actually|really) (create|open|submit|file|raise)s?\b|\b(real|actual) (request|ticket|case)\b/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents');
  if (has(/dummy|fake|\btest (request|ticket)|windows 10|윈도우 ?10|더미|가짜/i) && has(/\b(eat|eats|use|uses|cost|costs|burn|burns|deduct|count|counts|charge)\b|차감|소모|빠지|깎/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents');
  // "How do I check the balance without actually opening a ticket?": the balance steps.
  if (has(REMAINING) && has(/\bwithout (actually )?(opening|creating|submitting|filing)\b|(열지|만들지|제출하지) ?않고/i) && words(text) <= 24 && !recognition.error) return answer('remaining-incidents');
  // "Can we buy Core twice?": an offer can't be bought twice (today's rule).
  if (has(/\b(buy|purchase|get)\b.{0,20}\b(twice|two times|a second|again)\b|두 ?번 ?(사|구매|구입)|중복 ?(구매|구입)/i) && (entities.currentOffer || lastTopic === 'current-program') && words(text) <= 14 && !recognition.error) return answer('current-program');
  // "The technical benefits page lists two things, what's the second one?": the TPD advisory hours.
  if (has(/\b(two|2) (things|benefits|items|sections|entries)\b.{0,50}\b(second|other)\b|두 ?(가지|개).{0,30}(두 ?번째|다른 ?(하나|거))/i) && words(text) <= 20 && !recognition.error) return answer('tpd');
  // "활성화하고 나면 얼마나 쓸 수 있어요?": how long the benefit lasts.
  if (has(/활성화(하고 나면|한 뒤에?|한 후에?|하면).{0,10}(얼마나 ?(쓸|사용|유효)|언제까지)|\bhow long\b.{0,25}\b(after|once)\b.{0,15}\bactivat\w*\b.{0,20}\b(use|valid|last)/i) && !has(/show up|appear|visible|보이|나타|뜨|걸려|걸리|나와|나오|생기|\bids?\b|아이디/i) && words(text) <= 16 && !recognition.error) return answer('validity');
  // "Not in the Azure portal?" after the balance: no, only Support for Business.
  if (numberWhyContext(lastTopic) && has(/\b(not )?in (the )?azure( portal)?\b|애저(에서|에선|에는|포털)/i) && !has(IDS_WORD) && !has(/\blink|\b(put|enter|add)\b|연결|넣|입력/i) && words(text) <= 8 && !recognition.error) return answer('remaining-incidents');
  // "Can I do that myself?" after an expired or used-up plan: who may activate.
  if ((lastTopic === 'plan-expired' || lastTopic === 'validity') && has(/\b(can|could|may) (i|we) (do|activate) (that|it|this)( myself| ourselves)?\b|제가 (직접 )?(해도|할 수)/i) && words(text) <= 10 && !recognition.error) return answer('activate');
  // "And if our CSP and partner stuff are in different tenants? how do I get the IDs then": a colleague in the membership tenant.
  if (lastTopic === 'not-authorized' && has(/\b(different|separate|other) tenants?\b|다른 ?테넌트|테넌트가 ?(달라|다르|다른)/i) && words(text) <= 24 && !recognition.error) return answer('not-authorized');
  // "How many cloud incidents would that add for us?" after today's offers: the offers' counts.
  if (lastTopic === 'current-program' && has(/\bwould (that|it|this) (add|give|bring)\b|그거 (사면|추가하면|더하면)/i) && words(text) <= 14 && !recognition.error) return answer('current-program');
  // "So ignore it and open a new support request?" after the Azure error: the same diagnosis, its next step.
  if (lastTopic === 'access-id-error' && has(/\bignor(e|ed|ing)\b|무시/i) && has(QUESTION) && words(text) <= 12 && !recognition.error) return answer('access-id-error', { offer: offer ?? last?.offer });
  // "Who has linked?", "which accounts are linked?": the sign-in accounts on record.
  if (has(/\bwho\b.{0,30}\b(linked|added|associated)\b|\bwhich accounts?\b.{0,20}\b(linked|associated|added)\b|(누가|어느 계정|어떤 계정).{0,15}(연결|추가)(했|되어|돼|됐)/i) && words(text) <= 16 && !recognition.error) return answer('ids-usage');
  // "Who in our company can see them?" after the IDs: who sees them in Partner Center (every user), not the balance.
  if (lastTopic && ['not-authorized', 'get-ids', 'ids-usage', 'activate', 'register-ids', 'no-benefits'].includes(lastTopic) && has(/\bwho\b.{0,30}\b(see|view|access|has|have|get)\b.{0,10}\b(them|those|the ids?)\b|누가.{0,15}(볼|봐|보|확인)/i) && !has(/\broles?\b|역할|권한/i) && words(text) <= 14 && !recognition.error) return answer('ids-usage');
  // "Where can I see that myself?" after a balance: where the balance shows, not where the IDs are.
  if (numberWhyContext(lastTopic) && has(/\bwhere (can|do|could|would) (i|we) (see|check|find|look (at|up)|view) (that|it|this|them|those|the (balance|numbers?|count))\b|(그거|그걸|잔여|남은 ?(거|개수|건수)?) ?(직접 )?(어디서|어디에서) ?(봐|보|확인)/i) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents');
  // "Steps?", "how exactly?": the last answer again, its steps.
  if (lastTopic && has(/^\s*(the )?(steps?|step by step|how exactly|details?)\s*\??\s*$|^\s*(단계|자세히|방법)(는|은|요)?\s*\??\s*$/i) && !recognition.error) return answer(lastTopic, lastSubject);
  // "So what are the options?" after a no (no cloud line, a version not covered, nothing left): the paid ones.
  if (lastTopic && ['supported-products', 'check-benefits', 'cloud-competencies', 'plan-expired', 'm365', 'remaining-incidents'].includes(lastTopic) && has(/^\s*(hmm+,? |ok,? |so,? |then,? |and )*(so )?what (are|r) (the|our|my|my other|our other) options\b|^\s*(그럼 )?(다른 )?(방법|옵션)(은|이)? ?(뭐|있)/i) && words(text) <= 10 && !recognition.error) return answer('paid-plans');
  // "Now what do I do with the IDs?": each account enters them once, where.
  if (has(/\bwhat (do|should|can) (i|we) do with (the |them|these|those|our )?(ids?|access id|contract id)?\b|(ID|아이디)(는|로|를|으로)? ?(뭘|뭐|어떻게) ?해(야|요)|ID로 뭐/i) && has(IDS_WORD) && words(text) <= 24 && !recognition.error) return answer('ids-usage');
  // "And where do I link it?": where the IDs are linked.
  // "제가 전에 어디서 연결했었나요?", "where did I link it before?": the links on record (where and when).
  if (has(LINKS_ASKED) && has(/어디(서|에)|\bwhere\b|언제|\bwhen\b/i) && !has(/expir|만료|\bvalid|유효|\bend/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('ids-usage');
  // ("제가 전에 어디서 연결했었나요?" asks where it was done: the links on record.)
  if (lastTopic && lastTopic !== 'register-ids' && has(/\bwhere (do|can|should) (i|we) link\b|어디(서|에|에서) ?연결/i) && !has(ON_PREM) && !has(/연결했었|연결했(나요|어요|는지|던)|\bdid (i|we) link\b|\b(i|we) linked\b/i) && words(text) <= 12 && !recognition.error) return answer('link-azure');
  // "Ok who needs to do that?" after an expired or used-up plan: the next year's activation, and who may do it.
  // "Who at Adventure Works can sort this out?" names the partner between.
  if ((lastTopic === 'plan-expired' || lastTopic === 'validity' || lastTopic === 'access-id-error') && has(/\bwho( at [\w .&-]{1,30}| there| in (their|our|the) (company|org|organi[sz]ation))? (needs to|has to|should|can|could|must|is able to|will) (do|activate|fix|handle|renew|sort|take care|resolve)\b|누가 (해|할|활성화)/i) && !has(CUSTOMER_SIDE) && words(text) <= 12 && !recognition.error) return answer('activate');
  // "우리 테넌트 말고 고객 건은요?" after the Azure error: a CSP customer's subscription, not the case just answered.
  if (lastTopic === 'access-id-error' && recognition.intent === 'csp-customer' && recognition.score >= CONFIDENT && has(/말고|아니라|\b(not|instead of|other than)\b/i) && words(text) <= 14) return answer('csp-customer');
  // "혜택에 나오는 만료일이 마지막 사용일이에요?": what the end date means, not the last request on record.
  if (has(/만료일|종료일|expiry date|expiration date|end date/i) && has(/마지막 ?(사용|이용)일|마지막으로 쓸 수 있는|last (day|date) (of use|to use|we can use)/i) && words(text) <= 16 && !recognition.error) return answer('validity');
  // "And if it turns out to be a bug on their side?", "중복으로 닫히면요?": which requests are given back (today's rule).
  if (has(REFUND_CASE) && !has(HISTORY) && !has(REMAINING) && !countsMore(text) && words(text) <= 20 && !recognition.error) return answer('current-program');
  // "Signature 5pack used up, what do we buy now?", "contract expired, do the unused incidents carry over?": a plan that ran out, not what the pack is called today.
  // ("Can he buy pay-per-incident with his work account if we run out?" asks which account can buy.)
  if ((stated.contractStatus === 'exhausted' || stated.contractStatus === 'expired') && (has(BUY_MORE) || has(CARRIES_OVER) || has(WHAT_NOW)) && !has(PROGRAM_NOW) && !entities.currentOffer && !(recognition.intent === 'msa-allowed' && recognition.score >= CONFIDENT) && !recognition.error) return answer('plan-expired');
  // ("Are Premier and Advanced Support still around? Our Gold lapsed" asks about the paid plans.)
  // ("Do gold and silver even exist anymore or is it all designations now?" names today's offer as what they became.)
  if ((lastTopic || oldTermed) && todayAsked && (!entities.currentOffer || (oldTermed && (entities.offers?.length ?? 0) > 1 && has(ENDED_ASKED))) && !has(PAID_NAMES) && !has(/\bentry[- ]level\b|\bbrand[- ]new partner\b|\bnever (were|was|been) (in|an?|part of)\b/i) && (!has(REMAINING) || (has(ENDED_ASKED) && oldTermed && !has(/how many|몇/i))) && !has(VERSION_WORDS) && !PLAN_MISSING.test(text.toLowerCase()) && !has(STEP_ASKED) && words(text) <= 26 && !recognition.error) return answer('renamed', lastSubject.renames ? lastSubject : { offer: offer ?? last?.offer ?? profile.offer });
  // "How many support incidents per offer in the current partner program?": today's table.
  if (has(PROGRAM_NAMED) && has(/how many|\bper offer\b|\beach offer\b|몇|오퍼별|오퍼마다/i) && !offer && !oldTermed && !has(REMAINING) && !entities.currentOffer && words(text) <= 24 && !recognition.error) return answer('current-program');
  // "Ok and what would that be on today's program?", "그럼 지금 프로그램이면요?", "what do silver partners get on the new program?": the 2021 terms' counterpart today.
  const onToday = (has(PROGRAM_NAMED) || has(NEW_WORLD)) && !has(RULE_ASKED) && !has(REMAINING) && !has(VERSION_WORDS) && !entities.currentOffer && !recognition.error;
  if (onToday && ((numberWhyContext(lastTopic) && words(text) <= 12) || (oldTermed && words(text) <= 26))) return answer('renamed', lastSubject.renames ? lastSubject : { offer: offer ?? last?.offer ?? profile.offer });
  // "And if we'd only bought Success Core?", "코어만 샀으면요?": what that offer of today's program gives.
  if (entities.currentOffer && has(HYPOTHETICAL) && !has(REMAINING) && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "요즘 프로그램에선 유효기간 규칙이 어떻게 돼요?", "in today's program what's the cheapest with on-prem too?" after anything: today's rules.
  if (lastTopic && lastTopic !== 'current-program' && has(PROGRAM_NAMED) && (has(PROGRAM_RULE) || has(CHEAPEST)) && !has(REMAINING) && !entities.currentOffer && words(text) <= 24 && !recognition.error) return answer('current-program');
  // "Does that still come with on-prem incidents?" after today's offers: today's table (only the designation has them).
  // ("그럼 우리는요? 지금 저희 기록상 온프렘 몇 건 쓸 수 있어요?" after today's program: the company's own balance.)
  if ((lastTopic === 'renamed' || lastTopic === 'current-program') && has(/(저희|우리) ?(회사 )?기록|\bour records\b|\bon (our|the) records\b/i) && has(/몇 ?(건|개)|\bhow many\b/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  if ((lastTopic === 'renamed' || lastTopic === 'current-program') && (has(ON_PREM) || has(CLOUD)) && has(/\b(comes?|came) with\b|\binclud|\bstill (have|has|get|give)|\b(does|do|will) (that|it|they|those|these)\b|포함|딸려|주나|줘요|있(어요|나요|습니까|음)/i) && !offer && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "When did we last use one?", "사용 내역 보여줘": the requests on record, with their dates.
  // "몇 개 썼어요? 언제?", "the last time anyone used one?": which were used, and when.
  const usedWhen = has(/(썼|쓴|사용했|사용한|열었|열은)[^.!]{0,20}(언제)|언제[^.!]{0,12}(썼|쓴|사용했|열었)|\bthe last time (anyone|we|someone|somebody|they)\b.{0,20}\b(used|opened|filed)\b|\bwhen did (we|they|anyone)\b.{0,20}\b(use|open|file)\b/i);
  const historyAsked = (((has(HISTORY) || usedWhen) && (has(OWN_REQUESTS) || lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits')) || has(USAGE_HISTORY)) && !asksNow(text) && !(recognition.intent === 'incident-definition' && recognition.score >= CONFIDENT);
  // "Which ones count as cloud?": the cloud competencies.
  if (has(/\b(which|what)\b.{0,30}\bcounts? as (a )?cloud\b|(어떤|무슨|뭐가) ?(게|것|역량|거)?.{0,10}클라우드(로|에) ?(쳐|치|들어가|해당|포함|인정)/i) && words(text) <= 14 && !recognition.error) return answer('cloud-competencies');
  const historyFollowUp = (lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(WHEN_USED) && !has(VALIDITY_WORDS) && words(text) <= 12;
  // "When did it end exactly?" after what Gold became: that term's end date.
  if (lastTopic === 'renamed' && has(/\bwhen\b.{0,20}\b(end|ended|stop|stopped|retire|retired|go away|went away|disappear)|언제 ?(끝|종료|없어|사라)/i) && words(text) <= 12 && !recognition.error) return answer('renamed', lastSubject);
  // "일주일 걸려도 1개예요?", "여러 번 통화해도요?" after what one incident is: still one incident.
  if (lastTopic === 'incident-definition' && has(/걸려도|걸리면|통화|연락|\bcalls?\b|\btakes?\b|\bweeks?\b|\bdays?\b|\blong\b|1 ?개|한 ?(개|건)|\bone incident\b/i) && words(text) <= 12 && !recognition.error) return answer('incident-definition');
  // "When does it reset?" after a balance: when the contract (and its count) ends and the next year's begins.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(/\breset|\brenew|\brefill|\btop(ped)? up|초기화|리셋|갱신|다시 채워/i) && has(/\bwhen\b|언제|날짜|\bdate\b/i) && words(text) <= 14 && !recognition.error) return answer('validity');
  // "Who used them?" after a balance, "who opened our incidents?", "누가 썼어요?": the requests on record name who opened them.
  const whoUsed = has(/\bwho (has |have |had )?(used|opened|filed|spent|burned|took)\b(.{0,20}\b(incidents?|tickets?|cases?|requests?|them|those|these|ones?)\b)?|누가 (다 )?(썼|쓴|사용했|사용한|열었|연)/i) && (lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits' || has(/incidents?|인시던트/i));
  // ("'만료 날짜'라고 찍혀있던데 그게 인시던트 마지막 사용일인가요?" asks what the page's date means: the validity, below.)
  if ((historyAsked || historyFollowUp || whoUsed) && !has(/['"‘“]만료 ?(날짜|일)['"’”]|\b(expiration|expiry) date\b/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "그 멤버십 기준으로 온프렘이랑 클라우드 각각 몇 건씩이에요?" after the org's benefits or balance: the counts of the same.
  // ("클라우드 쪽은 지금 몇 개 남았는데요?" after what Gold gave asks the company's own balance: the next readings.)
  if ((lastTopic === 'check-benefits' || lastTopic === 'remaining-incidents') && has(/how many|몇|\bnumbers\b|건수/i) && (has(ON_PREM) || has(CLOUD)) && !offer && !entities.currentOffer && !(lastTopic === 'check-benefits' && has(REMAINING)) && words(text) <= 14 && !recognition.error) return answer(lastTopic, { offer: last?.offer, competencies: last?.competencies ?? [] });
  // "그럼 어떻게 해야 다시 쓸 수 있어요?" after an expired contract: activating the next benefit.
  if (lastTopic && RECORDS_THREAD.has(lastTopic) && has(/\buse (it|them|the benefits?) again\b|\bget (it|them) (working )?again\b|\breactivat|다시 (쓸|사용|쓰|써|활성화)/i) && !has(COUNT_ASKED) && words(text) <= 14 && !recognition.error) return answer('activate', has(/제가|저도|\bmyself\b|\bi'?ll\b|\bi will\b|\bcan i\b/i) ? { aspect: 'pushback' } : {});
  // "Ok back to signature: what are our options now?": the topic before the last one, unless another is plainly asked.
  if (has(SWITCH_BACK) && lastAnswer?.before === lastTopic && lastTopic && !recognition.error && (recognition.intent === 'none' || recognition.intent === 'help' || recognition.intent === lastTopic || recognition.score < CONFIDENT)) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "signature = cloud only?", "시그니처는 클라우드 전용이죠?": yes, cloud products only (the cloud benefit).
  if (has(/signature|시그니처/i) && has(/cloud[- ]only|only (for )?cloud|just (for )?cloud|클라우드 ?(만|전용|밖에)/i) && !has(CURRENT) && words(text) <= 10 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "Where do I get them tho, from Diego or an admin?" after linking or the IDs' use: where the IDs are (every user sees them).
  if (lastTopic && ['link-azure', 'ids-usage', 'register-ids', 'access-id-error'].includes(lastTopic) && has(/\bwhere (do|can|should|would) (i|we) (get|find|see|obtain|look up) (them|it|those|these|the ids?)\b|(그거|그걸|ID|아이디)(는|를|은)? ?어디서 ?(받|찾|봐|보|구해)/i) && words(text) <= 16 && !recognition.error) return answer('get-ids');
  // "그럼 인시던트는 각자 15개씩이에요?" after the IDs being shared: the company's one balance (that answer says so).
  if (lastTopic === 'ids-usage' && has(/각자|각각|[0-9]+ ?(개|건)씩|\b(each|apiece|per (person|engineer|user))\b/i) && words(text) <= 14 && !recognition.error) return answer('ids-usage');
  // "그럼 지원 인시던트는요?" after TPD (which needs no activation): the support incidents do, and who activates them.
  // "온프레미스 인시던트는요?", "how many cloud incidents?": the counts.
  if (lastTopic === 'tpd' && has(/지원 ?인시던트|support incidents?|the incidents|인시던트(는|은)요/i) && !has(/\buse(s|d)? up\b|\bconsum|\bdeduct|\bcounts? against\b|\beats?\b|차감|소모|빠지|깎/i) && words(text) <= 10 && !recognition.error) return answer(has(ON_PREM) || has(CLOUD) || has(/how many|몇/i) ? 'check-benefits' : 'activate');
  // "Will re-linking the IDs in Azure reset it?", "다시 연결하면 돼요?": linking again doesn't bring a plan back (the link answer, with the records).
  // ("…5건 다 쓰면 Azure에서는 어떻게 돼요? 다시 연결하면 되나": a plan used up or expired is that answer's.)
  if (has(RELINK) && has(/\b(help|work|fix|reset|solve)\b|도움|될까|되나|돼요|되요|해결|않을까|되지 않|안 될까/i) && words(text) <= 20 && !recognition.error) return answer(has(/\brenew|갱신|다 ?(쓰|써|썼|사용)|소진|\bused up\b|\brun out\b|\bran out\b|\bburn(ed|t)? (through|all)\b|\bexpired?\b|만료/i) ? 'plan-expired' : 'link-azure');
  // "My Signature plan sits under 'unavailable support plans'" while reading balances with Windows: expected (a cloud plan for an on-premises product).
  if (has(/unavailable (support )?plans?|사용할 수 없는 (지원 )?(플랜|계획)/i) && has(/signature|cloud|시그니처|클라우드/i) && (has(/windows|윈도우|balance|잔여|잔량/i) || lastTopic === 'remaining-incidents') && words(text) <= 30 && (!recognition.error || recognition.error.meaning === 'plan-invalid')) return answer('supported-products');
  // "I did the Windows 10 dummy-ticket trick to check our Signature balance and the plan shows 'cannot be used…'": that is how the check shows a cloud plan.
  if (has(/\b(balance|remaining|left)\b|잔여|잔액|잔량|남은/i) && has(/\bdummy\b|windows 1[01]|\btrick\b|더미|윈도우 ?1[01]/i) && words(text) <= 80 && (!recognition.error || recognition.error.meaning === 'plan-invalid' || recognition.error.meaning === 'plan-not-for-product')) return answer('remaining-incidents');
  // "Which accounts in our company have the contract linked already?": the records' links (not the Azure message).
  if (has(LINKS_ASKED) && has(/\b(linked|linking|added|associated|used|entered|registered)\b|\bdid (i|we) (ever |already )?(add|link|enter|hook|connect)\b|연결|추가|등록/i) && !has(/\bexpir|만료|유효기간|\bvalid until\b/i) && (has(NEVER_ADDED) || has(/\b(accounts?|who|anyone|anybody|someone|users|people)\b|\bdid (i|we)\b|계정|누가|누구|사람|분|(제가|내가)[^.?!]{0,20}(연결|추가|등록)(한|했던|했었나|했나)/i) || has(LINK_DONE_ASKED)) && (has(QUESTION) || has(NEVER_ADDED)) && (lastTopic !== 'access-id-error' || has(NEVER_ADDED) || has(/\bwhich\b.{0,20}\baccounts?\b|(어느|어떤) ?계정|\b(anyone|anybody|someone)\b|\bdid (i|we)\b|누가|누구|(제가|내가)[^.?!]{0,10}(연결|추가|등록)(한|했던)/i)) && !has(/this access id is already|이미 계정에 연결되어/i) && words(text) <= 30 && !recognition.error) return answer('ids-usage');
  // "What about non-Azure workloads?" after CSP customers: still CSP (what is known about other workloads).
  if (lastTopic === 'csp-customer' && has(NON_AZURE) && words(text) <= 14 && !recognition.error) return answer('csp-customer');
  // "SfB lists our 'Partner support Gold 20pack' under unavailable support plans": that plan expired or is used up.
  if (has(/unavailable (support )?plans?|사용할 수 없는 (지원 )?(플랜|계획)/i) && !has(/signature|cloud|시그니처|클라우드/i) && words(text) <= 30 && (!recognition.error || recognition.error.meaning === 'plan-invalid' || recognition.error.meaning === 'plan-expired')) return answer('plan-expired');
  // "Which account do I sign in to Partner Center with to see the benefits?", "파트너 센터에 어떤 계정으로 로그인해야 혜택이 보여요?".
  if (has(PC_ACCOUNT) && words(text) <= 30 && !recognition.error) return answer('activate', { aspect: 'account' });
  // "And how much would that cost?" after paid support was the way forward: the paid plans (where they are compared).
  if (lastTopic && ['link-azure', 'plan-expired', 'paid-plans', 'supported-products'].includes(lastTopic) && has(/\bhow much\b|\bcost|\bprice|얼마|가격|비용/i) && !has(CURRENT) && words(text) <= 10 && !recognition.error) return answer('paid-plans');
  // "Does TPD need activating too?" after TPD: it needs none (the TPD answer says so).
  if (lastTopic === 'tpd' && has(/activat|활성화/i) && words(text) <= 14 && !recognition.error) return answer('tpd');
  // "What is Signature Cloud Support?", "시그니처 클라우드 서포트는 뭔가요": the cloud benefit and who gets how much.
  if (has(WHAT_IS) && has(/signature|시그니처|서명/i) && !has(CURRENT) && !has(WHEN) && words(text) <= 10 && !recognition.error && !(recognition.intent !== 'none' && recognition.intent !== 'check-benefits' && recognition.score >= CONFIDENT)) return answer('check-benefits', { aspect: 'cloud' });
  // "Our contract ID doesn't work any more": the plan (expired or used up), not where the IDs are.
  if (recognition.intent === 'get-ids' && PLAN_MISSING.test(text.toLowerCase()) && !has(CLOUD) && words(text) <= 14 && !recognition.error) return answer('plan-expired');
  // "We have no membership, how can we get incidents?", "how do we get some?" after "no benefits": what each membership gives.
  // "그럼 애저 지원은 이제 어떻게 받죠" after the org's benefits: the cloud benefit (the records say whether it is used up).
  // ("그럼 우리는 뭘로 애저 지원 받아요?" after how to link: what the company has for the cloud, which the records say, not the link again.)
  if (has(GET_BENEFITS) && has(CLOUD) && !has(NO_MEMBERSHIP) && lastTopic && words(text) <= 16 && !recognition.error) return (offer ?? last?.offer ?? profile.offer) === 'action-pack' ? answer('check-benefits', { aspect: 'cloud', offer: 'action-pack' }) : lastTopic === 'link-azure' && !has(/\blink|연결/i) ? answer('check-benefits', { aspect: 'cloud' }) : answer('link-azure');
  if (has(GET_BENEFITS) && (has(NO_MEMBERSHIP) || lastTopic === 'no-benefits' || (lastTopic === 'check-benefits' && words(text) <= 8)) && words(text) <= 20 && !recognition.error) return has(PROGRAM_NOW) || has(CHEAPEST) ? answer('current-program') : answer('check-benefits', { aspect: 'get' });
  // "Do any of those come with on-prem incidents?" after today's offers: today's table.
  if ((lastTopic === 'renamed' || lastTopic === 'current-program') && has(/\b(any|which|none|all|either) of (those|these|them|the new ones)\b|그 ?중|이 ?중|그것들|그 오퍼들/i) && words(text) <= 16 && !recognition.error) return answer('current-program');
  // "Where do I switch?" after "no benefits" / "not authorized": the account switch in that answer.
  // "So is there anything they can use the benefit for?" after the Azure error or a plan that can't be used: what is left.
  if (lastTopic && (lastTopic === 'access-id-error' || lastTopic === 'plan-expired') && has(/\b(what|anything)\b.{0,20}\b((can|could) (they|we|i)|(they|we|i) (can|could)) (actually |still )?use\b|뭘 ?(쓸|사용)|쓸 수 있는 (게|거|건)|(anything|something) (left|usable)\b/i) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "Can I still use the support incidents?" after "not authorized" / "no benefits yet": that answer (another account, or a colleague's IDs).
  if ((lastTopic === 'not-authorized' || lastTopic === 'no-benefits') && has(/\b(can|could) (i|we) (still |even )?(use|get|open)\b|(쓸|사용할|이용할) ?수 ?(는 )?(있|없)/i) && words(text) <= 14 && !recognition.error) return answer(lastTopic);
  // "Switched, it works now; what next?" after an account problem: the next step is activating (the records say whether it's done).
  const resolved = has(RESOLVED) && !has(STILL);
  if ((lastTopic === 'no-benefits' || lastTopic === 'not-authorized') && resolved && has(/\bwhat('?s| is)? next\b|\bnow what\b|\bthen what\b|\bnext step|다음(엔|에는|은)? ?(뭐|뭘|어떻게)|이제 (뭐|뭘|어떻게)/i) && words(text) <= 16 && !recognition.error) return answer('activate');
  const signInTopic = [lastTopic, last?.before].find((t): t is IntentId => t === 'no-benefits' || t === 'not-authorized');
  if (signInTopic && has(SWITCH_ACCOUNT) && !resolved && words(text) <= 12 && !recognition.error) return answer(signInTopic);
  // "Can I just re-link the IDs?" after a missing or unusable plan: why linking again won't help.
  if (lastTopic && ['access-id-error', 'plan-expired', 'link-azure', 'validity'].includes(lastTopic) && has(RELINK) && words(text) <= 12 && !recognition.error) return answer('link-azure');
  // "그냥 여기서 알려주면 안돼요?", "can't you just tell me here?" about the IDs: show them (the dialog keeps them to a private chat).
  if (lastTopic && ['get-ids', 'ids-usage', 'register-ids', 'activate'].includes(lastTopic) && has(/(여기서|여기로|여기에|채팅으로|바로) ?(그냥 )?(알려|보여|줘|주세요|주면)|\b(just |can'?t you |could you |can you )(tell|show|give|send) (me |us )?(them|it|the ids?)( here| in (the |this )?chat)?\b|\b(tell|show|give) (me |us )?(them|it|the ids?) (here|in (the |this )?chat)\b/i) && words(text) <= 14 && !recognition.error) return answer('get-ids');
  // "What's the difference between our two Signature lines, and how many on each?": the cloud benefit and the records' lines.
  if ((has(/signature|시그니처/i) || has(/\b(our|the|these|those) (two|both|2) (cloud|partner cloud support) (lines|benefits|contracts|plans|ones)\b|(두|2) ?(개의? )?클라우드 ?(지원|라인|혜택|계약)/i)) && has(/\b(two|both|each|lines?|differen)|둘|두 ?(개|가지|종류)|각각|차이/i) && !has(ON_PREM) && !asksNow(text) && !entities.currentOffer && words(text) <= 22 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "그 메뉴 어딨어요?", "where is that menu?": the steps of the last answer again.
  if (lastTopic && has(/\bwhere('s| is| are| do i find| can i find)? (that|the|this) (menu|page|button|option|setting|screen|link)s?\b|^\s*(그 |이 |해당 )?(메뉴|페이지|버튼|화면|링크|옵션)(는|은|가|이)? ?(어디|어딨|어디에)/i) && words(text) <= 10 && !recognition.error) return answer(lastTopic, { offer: last?.offer });
  // "근데 지금 바로 써도 되는거죠?", "can we use it right now?" after the records: the contract's state decides.
  if (lastTopic && RECORDS_THREAD.has(lastTopic) && has(/\bcan (we|i) (use|start using) (it|them|the benefits?|our incidents?)( (right )?now| today| already| yet)?\s*\??\s*$|(지금|바로|당장|이제) ?(바로 )?(써도|쓸 수|사용해도|사용할 수|이용해도)/i) && words(text) <= 12 && !recognition.error) return answer('check-benefits', { offer: last?.offer, competencies: last?.competencies ?? [] });
  // "왜요? 멤버십은 아직 유효한데", "but our membership is still active?": the contract lasts a year from issue, apart from the membership.
  if (lastTopic && RECORDS_THREAD.has(lastTopic) && has(/membership|멤버십/i) && has(/\b(still|valid|active|current|runs?)\b|유효|살아|아직|남아|안 ?끝/i) && (has(WHY_ANY) || has(QUESTION) || has(/는데|인데|잖아/)) && words(text) <= 16 && !recognition.error) return answer(lastTopic === 'access-id-error' ? lastTopic : 'plan-expired', { aspect: 'why' });
  // "근데 클라우드 지원은 왜 없어요?", "why don't we have cloud support?": the cloud benefit (the records say which line, if any).
  if (has(/(클라우드|애저|azure|시그니처) ?(지원|혜택|인시던트)?(은|는|이|가)? ?왜 (없|안 ?(줘|주|돼|되|나와))|\bwhy (no|don'?t (we|i) (have|get)|isn'?t there|aren'?t there)\b.{0,20}\b(cloud|azure|signature)\b/i) && !PLAN_MISSING.test(text.toLowerCase()) && words(text) <= 16 && !entities.currentOffer && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "He keeps telling me he's a global admin", "관리자였으면 바로 할 수 있었던 거예요?": someone else's role put to the last answer.
  if (lastTopic && has(/\b(he|she|they)('s| is| are|'re| was| were)\b.{0,15}\b(a |an |the )?(global admin|admin(istrator)?|partner admin|mpn partner admin)\b|(관리자|어드민)(였|이었)(으면|다면|더라면)|\bif (he|she|they|i|we) (was|were|had been) (an? |the )?(global |partner )?admin|(그분|그 ?사람|본인|걔)(은|이|도)? ?(전역 ?관리자|관리자)(라|래|라고|이라)/i) && words(text) <= 24 && !recognition.error) return answer(activationThread || ACTIVATION_ADJACENT.has(lastTopic) ? 'activate' : lastTopic);
  // "Lidia Holloway는 안돼요?", "what about Lidia, can she?" in an activation thread: whether that person may activate.
  if (lastTopic && (activationThread || ACTIVATION_ADJACENT.has(lastTopic) || lastTopic === 'no-benefits') && (has(PERSON_CAN) || has(/\b(can|could|may) (she|he) (do it|activate)\b/i)) && words(text) <= 10 && !recognition.error) return answer('activate');
  // "둘 차이가 뭐에요?" after the paid options: how they compare.
  if (lastTopic && (lastTopic === 'plan-expired' || lastTopic === 'paid-plans' || lastTopic === 'supported-products') && has(/둘 ?(의 )?차이|두 ?(개|가지|플랜)(의)? ?차이|\bdifference between (the two|them|those|both)\b|^\s*(and )?what'?s the difference\s*\??\s*$/i) && words(text) <= 10 && !recognition.error) return answer('paid-plans');
  // "왜 하나는 무제한이고 하나는 10개에요?": why the lines differ (which competency is a cloud one).
  if (lastTopic && has(WHY_ANY) && has(/unlimited|무제한|제한 ?없/i) && has(NUMBER) && !asksNow(text) && words(text) <= 16 && !recognition.error) return answer('check-benefits', { aspect: 'why' });
  // "온프렘 쪽 Microsoft 제품 지원도 그때 같이 바뀜?" after a rename: the other benefit's new name.
  if (lastTopic === 'renamed' && (has(ON_PREM) || has(CLOUD)) && has(/바뀌|바뀜|바꼈|바뀐|renamed|changed|called|이름/i) && !offer && words(text) <= 14 && !recognition.error) return answer('renamed', { renames: [has(ON_PREM) ? 'product-support' : 'signature'] });
  // "온프렘은 둘다 없어요?" after today's offers: today's table (only the designation has on-premises incidents).
  if (lastTopic === 'current-program' && (has(ON_PREM) || has(CLOUD)) && words(text) <= 6 && !offer && !has(REMAINING) && !has(VERSIONS) && !recognition.error) return answer('current-program');
  // "잔여확인하려고 윈도우 고른거래" after "plan cannot be used": picking a product only to read balances (the answer says it is expected).
  if (lastTopic === 'supported-products' && has(/잔여|잔량|남은|balance|remaining/i) && has(/윈도우|windows|골랐|고른|골라|선택|picked|chose|selected/i) && words(text) <= 16 && !recognition.error) return answer('supported-products');
  // "하이브리드는요?" after the org's benefits or balance: the other-competency Signature line, which the same answer shows.
  if ((lastTopic === 'check-benefits' || lastTopic === 'remaining-incidents') && has(/hybrid|하이브리드/i) && words(text) <= 8 && !recognition.error) return lastTopic === 'check-benefits' ? answer(lastTopic, { aspect: 'cloud' }) : answer(lastTopic);
  // "우리 벌써 다 쓴거에요?", "have we already used them all?": the balance.
  if (has(/벌써 다 (썼|쓴|사용)|다 (쓴|사용한) ?(거|건)(에요|예요|인가요|야|임)|\b(did|have) we (already )?(use|used|run out of|burn(ed|t)? through) (them |it )?all\b|\bare (we|they) (all )?used up\b/i) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "그거 한번 등록하면 계속 써요?", "do we enter it every time?": once per sign-in account.
  if (has(IDS_ONCE) && words(text) <= 16 && !recognition.error) return answer('ids-usage');
  // "그 사람이 개인 MSA 계정 쓰면요?", "what if he uses his hotmail?": which accounts the benefit takes.
  // "혜택 활성화도 아직 안된거같은데 제가 하면 되나요? 제 계정은 outlook 개인계정이에요": whether they may activate (the account is context).
  if (has(/활성화/) && has(/제가 ?(하면|해도|할 ?수)|내가 ?(하면|해도|할 ?수)/) && !has(/어디|어떻게|경로|메뉴|방법/) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('activate', { aspect: 'pushback' });
  if (has(/\bmsa\b|personal (microsoft |ms |outlook |hotmail |live )?(account|e-?mail|address)|\bhotmail\b|outlook\.com|live\.com|gmail|개인 ?(ms ?|msa ?|마이크로소프트 ?|outlook ?|아웃룩 ?)?계정|개인 ?msa/i) && words(text) <= (has(/\bcan (i|we|he|she|they)\b|수 ?있/i) ? 26 : 14) && !has(CSP_WORDS) && !recognition.error && !(isIntentId(recognition.intent) && recognition.intent !== 'msa-allowed' && recognition.intent !== 'ids-usage' && recognition.score >= CONFIDENT)) return answer('msa-allowed');
  // "활성화 되면 클라우드(애저)도 되는거죠?": what the membership gives for cloud (the records say whether any).
  if (lastTopic && has(/(클라우드|애저|azure|cloud|signature|시그니처)[^.?!]{0,12}(도|also|too|as well)[^.?!]{0,12}(되|돼|가능|works?|included|covered|쓸 ?수)/i) && !has(/확인|보여|보이|\bsee\b|\bshows?\b|\bcheck|연결|\blink|등록|\bregister/i) && !has(CUSTOMER_SIDE) && !entities.currentOffer && words(text) <= 12 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "Ugh. So what are our options for Azure now?" in a thread: the paid ways (the records' used-up line first).
  if (lastTopic && has(/\boptions?\b|옵션|방법/i) && has(WHAT_NOW) && has(/\b(azure|cloud)\b|애저|클라우드/i) && !has(CUSTOMER_SIDE) && !has(/\b(link|connect|register|enter)\b|연결|등록/i) && words(text) <= 25 && !recognition.error) return answer('paid-plans');
  // "Does an Azure ticket then come out of our 18 on-prem ones?", "애저 티켓도 온프렘에서 차감돼요?": no, cloud requests use the cloud line.
  if (has(/\b(azure|cloud)\b|애저|클라우드/i) && has(ON_PREM) && has(/\bcome out of\b|\bcount(s|ed)? (against|towards?)\b|\btake(n)? (from|out of)\b|\bdeduct|\buse (up )?(our|the)\b.{0,20}\bon-?prem|차감|깎|빠지|빠져/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "Someone said we can also get help with the online Azure stuff, is that right?", "can we spend some of those on an azure problem instead?": what the membership gives for cloud.
  if (has(/\b(azure|cloud)\b/i) && has(/\b(also|too|as well|instead)\b/i) && has(/\b(can|could) (we|i|they)\b|\bis (that|it|this) (right|true|correct)\b/i) && !has(/\b(link|connect|register|enter|add|see|check|view|find)\b|\bportal\b/i) && !has(CUSTOMER_SIDE) && !has(/cloud solution provider|\bcsp\b/i) && !entities.currentOffer && words(text) <= 25 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "Do I give him the password too?", "비번도 알려줘도 돼요?": share the IDs, never a password.
  if (has(/\bpasswords?\b|비번|비밀번호|패스워드|로그인 ?정보|계정 ?정보|\blog-?in (details|info|credentials)\b|\bcredentials\b/i) && has(/\b(share|give|send|tell|pass)\b|알려|공유|줘|주는|주면|줘야|보내|같이/i) && words(text) <= 16 && !recognition.error) return answer('ids-usage');
  // "Who is our global admin?", "what are the three roles?", "i'm not an admin though" in an activation thread: who may activate (the records name them).
  if ((has(ROLES_ASKED) || rolesCompared(text)) && words(text) <= 24 && !recognition.error) return answer('activate', { aspect: 'roles' });
  const askWhom = has(WHO_TO_ASK) && lastTopic !== undefined && (activationThread || ACTIVATION_ADJACENT.has(lastTopic) || lastTopic === 'no-benefits' || lastTopic === 'not-authorized') && lastTopic !== 'open-request';
  if ((has(WHO_ADMIN) || askWhom) && !has(/\bcsp\b|customer|client|고객/i) && words(text) <= 16 && !recognition.error) return answer('activate');
  // …unless the IDs themselves are asked for ("우리 액세스 ID 뭐예요? 일반유저인데 봐도 되나"): every user sees them.
  const idsAsked = has(IDS_WORD) && has(/봐도|볼 수|보여|\b(see|view|look at)\b|뭐(에|예)요|\bwhat('s| is| are)\b/i);
  // "I'm a regular user, can I open a ticket?", "일반 사용자인데 티켓 열 수 있어요?": anyone of the company uses the IDs once linked.
  if (has(NOT_ADMIN) && has(/\b(open|file|raise|create|submit|log)\b.{0,20}\b(tickets?|cases?|requests?|incidents?)\b|(티켓|요청|케이스|인시던트).{0,6}(열|만들|생성|접수|제출)/i) && !has(/activat|활성화/i) && words(text) <= 32 && !recognition.error) return answer('ids-usage');
  // ("developer at woodgrove, not an admin. how many azure (cloud) partner incidents can I still use?" asks the balance.)
  if (has(NOT_ADMIN) && !idsAsked && !(has(COUNT_ASKED) && has(REMAINING)) && ((lastTopic && (activationThread || ACTIVATION_ADJACENT.has(lastTopic) || lastTopic === 'access-id-error')) || (!lastTopic && has(QUESTION) && !has(CSP_WORDS))) && words(text) <= 24 && !recognition.error) return answer('activate');
  // "Do I need to activate again now that our Signature incidents are used up?": the used-up plan (the next year brings a new contract).
  if (has(/\bagain\b|\bre-?activat|다시|재활성화/i) && has(/activat|활성화/i) && has(/used up|run out|ran out|exhausted|none left|다 (썼|쓴|사용)|소진|남은 ?(게|것|거) ?없/i) && words(text) <= 20 && !recognition.error) return answer('plan-expired');
  // "Can my people who aren't admins open tickets with our contract?": yes, each enters the IDs once.
  if (has(/\b(non-?admins?|people who (are ?n'?t|are not) admins?|(other|normal|regular) (users|employees|staff|people)|my (people|team|staff|colleagues|employees))\b.{0,40}\b(open|file|raise|create|use|submit)\b|(관리자 ?아닌|일반) ?(직원|사용자|유저|팀원)(들)?(도|은|이)?.{0,30}(열|쓸|사용|만들|접수)/i) && words(text) <= 20 && !recognition.error) return answer('ids-usage');
  // "Who can do that? I'm just a normal user" after an expired or unusable contract: who activates.
  if (lastTopic && lastTopic !== 'csp-customer' && has(WHO_CAN) && !has(/\bcsp\b|customer|client|고객/i) && !(recognition.intent !== 'none' && recognition.intent !== 'activate' && recognition.score >= CONFIDENT) && words(text) <= 16 && !recognition.error && (activationThread || ACTIVATION_ADJACENT.has(lastTopic) || lastTopic === 'access-id-error')) return answer('activate');
  // "Do I actually have to submit it?" after how to read the balance: no (the answer says so).
  if (lastTopic === 'remaining-incidents' && has(SUBMIT) && words(text) <= 12 && !recognition.error) return answer(lastTopic);
  // "Signature는 둘 다 제한 없어요?", "is signature unlimited?": what the cloud benefit gives.
  // "진짜 무제한이에요? 몇 개까지 쓰면 막히나요?": the same, doubted.
  const unlimitedDoubted = has(/unlimited|무제한|제한 ?없/i) && has(/\b(really|actually|truly|seriously)\b|진짜|정말|몇 ?(개|건)까지|막히|\bcap(ped)?\b|\bhow many before\b|아니(에요|예요|야|죠|었|냐)|\bisn'?t it\b|\baren'?t (we|they)\b/i) && !entities.currentOffer;
  // "저희 회사 지원 계약 언제까지에요? 인시던트 아직 쓸수있나": how long the contract lasts, from the records.
  if (has(/(계약|혜택)[^.?!]{0,12}(언제까지|며칠까지|유효 ?기간)|\b(contract|benefit)s?\b[^.?!]{0,20}\b(valid until when|until when|good until)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 24 && !recognition.error) return answer('validity');
  // "when exactly did unlimited signature cloud support get capped at 50??": how unlimited ended (not documented), with today's counts.
  if (has(/unlimited|무제한/i) && has(/\bwhen\b|언제|\bdate\b|since when|\bcapped\b|\bcap(ped)? at\b|\bwent away\b|없어(졌|진)|바뀌었|바뀐/i) && !has(CUSTOMER_SIDE) && words(text) <= 30 && !recognition.error) return answer('renamed', { renames: ['signature'] });
  if ((has(/signature|시그니처|서명/i) || unlimitedDoubted) && has(/unlimited|무제한|제한 ?없|limit/i) && !(recognition.intent === 'cloud-competencies' && has(/\bwhich competenc|어떤 역량|무슨 역량/i)) && !asksNow(text) && words(text) <= (unlimitedDoubted ? 20 : 12) && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "Is it still unlimited on today's program?", "지금도 무제한인가요?": what Signature became, and that "unlimited" ended.
  if (asksNow(text) && has(/unlimited|무제한/i) && !offer && !entities.currentOffer && !has(REMAINING) && words(text) <= 14 && !recognition.error) return answer('renamed', { renames: ['signature'] });
  // "남은게 18개라고요? 세번 열었는데 17개 아니에요?", "the number you gave me (18) looks wrong": the balance, explained.
  if (!numberWhyContext(lastTopic) && countDoubted(text) && !entities.offer && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "…so 17 left right? why does it show 18", "50 minus 2 is 48 but it shows 49. bug?": the count the records show, explained (a refund).
  if (has(/\b(why (does|do) (it|they|that|partner center|the portal)|but (it|that|partner center)|it) (shows?|says?|lists?)\s+\d{1,3}\b|\b(shows?|says?)\s+\d{1,3}\b[^.?!]{0,20}\b(bug|wrong|why|glitch)\b|\d{1,3} ?(건|개)(으로|로|이라고)? ?(나와|떠|보여|표시)[^.?!]{0,20}(왜|버그|이상|오류)/i) && (has(REMAINING) || has(DIFF) || has(/\bminus\b|빼면/i)) && !has(CUSTOMER_SIDE) && words(text) <= 40 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "SfB shows 18 left, she says they opened 3 so it should be 17. who's right?": the balance and why (a pasted plan name is no membership asked).
  if (has(/\bwho'?s (right|correct)\b|\bwhich (one )?is (right|correct)\b|누가 맞|어느 ?(쪽|게|것)이 맞/i) && has(REMAINING) && NUMBER.test(text) && words(text) <= 50 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "Which of those were Signature?", "시그니처로 쓴거는요", "and the on-premises one, when was that" after the balance: the requests on record.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && !has(/competenc|역량/i) && (has(/\bwhich (of )?(those|them|these|ones)\b|(쓴|사용한|열었던|환불된) ?(거|것|건)(는|은)요|\bwhen (was|were|did) (that|those|it|they)\b/i)) && words(text) <= 10 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "언제까지요?", "until when?" after the benefits or the balance: how long they last.
  if ((lastTopic === 'check-benefits' || lastTopic === 'remaining-incidents') && has(/^\s*(and )?(until when|till when|how long|when do(es)? (it|they) (expire|end|run out))\b|^\s*(그럼 |그건 |그거 )?언제까지/i) && words(text) <= 8 && !recognition.error) return answer('validity');
  // "Is that one limited?", "그건 개수 제한 있어요?" after a cloud or product answer: what the membership (or the records) gives.
  if (lastTopic && has(/\b(is (that|it|this)( one)? (limited|capped|unlimited)|(any|a) (limit|cap)\b|how many can (we|i) (open|use|file))|(개수 |건수 )?(제한|한도)(이|가|은)? ?(있|없)/i) && words(text) <= 10 && !offer && !recognition.error) return answer('check-benefits', { offer: last?.offer, competencies: last?.competencies ?? [] });
  // "So what exactly should I ask our admin?": to activate.
  if (lastTopic && has(/\b(ask|tell) (our|the|my) (admin|administrator|global admin)\b|관리자(한테|에게|께) ?(뭐라고|뭘|무엇을|어떻게)/i) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "How many will be left after this one?", "이거 하나 쓰면 몇개 남아요?": the balance, one request later.
  // "지원 플랜은 뭘로 고르면 돼요?" after where a request goes: the plan of that answer.
  if (lastTopic && ['csp-customer', 'link-azure', 'open-request', 'get-ids', 'access-id-error'].includes(lastTopic) && has(/\b(which|what) (support )?plan\b|(지원 )?플랜(은|을)? ?(뭘로|뭐로|어떤|무엇|뭐|뭘)/i) && words(text) <= 12 && !recognition.error) return answer(lastTopic);
  // "Diagnosis? with evidence pls", "원인이 뭐에요? 근거도요": the last answer (the diagnosis the records support).
  if (lastTopic && has(/\bdiagnos[ie]s\b|\bwhat'?s (wrong|the (cause|problem|issue|reason))\b|\bwith evidence\b|진단|원인이 (뭐|무엇)|근거/i) && words(text) <= 14 && !has(/["“”‘:]|(^|\s)'/) && !recognition.error) return answer(lastTopic);
  // "Could Alex Wilber do it? he is admin agent": who may activate.
  if (lastTopic && has(/\b(could|can|may) (he|she|they|someone|(?!(i|we|you)\b)[a-z]+( [a-z]+)?) (do|activate|re-?activate|renew) (it|that|this)\b/i) && (activationThread || ACTIVATION_ADJACENT.has(lastTopic) || has(/activat|활성화/i)) && words(text) <= 20 && !recognition.error) return answer('activate');
  // "아델 반스님한테 말하면 되나요?", "should I ask Adele?", "미리엄이 하면 돼요?" after who may activate: whether that person may.
  if (lastTopic === 'activate' && has(/[가-힣a-z](님|씨)? ?(한테|에게|께) ?(말|물어|요청|부탁|얘기|연락|시키)[^.?!]{0,12}(되|돼|할까|하면|해야)|[가-힣a-z](님|씨)?(이|가|께서) ?(하면|해도|해 ?주면|할 ?수) ?(되|돼|있)|^\s*((so|ok|okay|then),? )?(should|do|can|could) (i|we) (just )?(ask|tell|ping|message|email|contact) (him|her|them|[a-z]+( [a-z]+)?)\b/i) && !has(/제가|내가|저도|저는|제 계정/) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "I'm in Support for Business now, what do I click?" after the balance: the steps.
  if (lastTopic === 'remaining-incidents' && has(/\bwhat do i (click|pick|choose|select)\b|\bwhich product\b|뭘 ?(눌러|골라|선택)|어떤 제품/i) && words(text) <= 14 && !recognition.error) return answer(lastTopic);
  // "We're a CSP, so how do we get support on our own subscription?", "그럼 그건 어떻게 연결해요?" after CSP: linking in Azure.
  if ((has(OWN_SUBSCRIPTION) && has(/\bhow\b(?! (many|much))|어떻게/i)) || (lastTopic === 'csp-customer' && has(/\blink\b|연결/i) && has(/\bhow\b|어떻게|어디/i))) {
    if (words(text) <= 18 && !recognition.error && !has(/customer|client|고객/i)) return answer('link-azure');
  }
  // "We don't have any partner membership, what support options are there for us?": paid support.
  if (has(NO_MEMBERSHIP) && has(/\boptions?\b|\bwhat can (we|i) do\b|\bhow (do|can|could) (we|i) get (any )?(support|help)\b|옵션|방법|어떻게 (지원|도움)/i) && words(text) <= 24 && !recognition.error) return answer('paid-plans');
  // "어떻게 확인해요 그럼", "so how do I check it?" after the balance: the balance's own steps.
  if (lastTopic === 'remaining-incidents' && has(/^\s*(그럼 |그러면 )?(어떻게|어디서) ?(확인|봐|보|알)[가-힣]*( 그럼| 그러면)?\s*\??\s*$|^\s*(so |then |ok )?(how|where) (do|can) (i|we) (check|see|find) (it|that|them|this)?( then)?\s*\??\s*$/i) && !recognition.error) return answer(lastTopic);
  // "Honestly we don't have any membership" after "no benefits": what each membership gives, and paid support.
  if ((lastTopic === 'no-benefits' || !lastTopic) && has(NO_MEMBERSHIP) && !has(QUESTION) && words(text) <= 24 && !recognition.error) return answer('check-benefits', { aspect: 'get' });
  // "Out of how many?", "and how do I double check outside this chat?" after the balance: the same answer (allowance, and where to check).
  if (lastTopic === 'remaining-incidents' && (has(/^\s*(out )?of how many\b|몇 ?(개|건) ?중에?/i) || has(/double[- ]check|\bverify\b|check (it |that )?(myself|outside|elsewhere|on my own)|직접 확인|다른 ?(곳|데)에서 확인/i)) && words(text) <= 12 && !recognition.error) return answer(lastTopic);
  // "How many of those?" after what a membership covers: its counts.
  if (lastTopic && !numberWhyContext(lastTopic) && has(/^\s*(and )?(so )?how many( of (those|them|these))?\s*\??\s*$|^\s*(그럼 )?몇 ?(개|건)(까지)?(이에요|인가요|예요|요)?\s*\??\s*$/i) && !recognition.error) return answer('check-benefits', { offer: last?.offer, competencies: last?.competencies ?? [] });
  // "Then what is my role good for?", "제가 활성화해도 되나요? 권한 있어요?": the records' roles for this person and what they allow.
  // ("Azure에서 link support benefits 다시 하면 되나요?" is linking again, not activating.)
  const linkingAgain = has(/\blink|연결/i) && !has(/activat|활성화/i);
  const myself = has(DO_IT_MYSELF) && !linkingAgain && (activationThread || has(/activat|활성화/i) || (lastTopic !== undefined && ACTIVATION_ADJACENT.has(lastTopic)));
  // "관리 에이전트 역할인데 제가 활성화 할 수 있나여": may I (not "again", which is the next year's benefit).
  const mayI = has(MAY_I_ACTIVATE) && !has(/\bagain\b|expired|다시|만료/i);
  if ((has(MY_ROLE) || has(MY_PERMISSION) || myself || mayI) && words(text) <= 14 && !recognition.error) return answer('activate', { aspect: 'pushback' });
  // "But I'm the admin": about activating in the activation thread (or with no thread); elsewhere the last answer holds (the error, CSP, "not authorized").
  if (has(PUSHBACK) && !has(NOT_ADMIN) && recognition.score < CONFIDENT && (activationThread || !has(QUESTION) || (lastTopic && words(text) <= 8))) {
    // (After a name asked beside a message, "저 전역 관리자인데요" pushes back on the message's answer.)
    return !lastTopic || activationThread ? answer('activate', { aspect: 'pushback' }) : answer(lastTopic === 'renamed' && isIntentId(lastAnswer?.before ?? '') ? (lastAnswer?.before as IntentId) : lastTopic);
  }
  // "One of our cloud incidents came back, why?", "우리 건수 중에 하나 돌아온 게 있던데": a refund on record, explained by the records.
  if (has(/\b(our|we|us)\b.{0,40}\b(refunded|came back|credited|returned|restored)\b|(우리|저희).{0,30}(돌아온|돌아왔|환불(됐|된|받)|복구(됐|된))/i) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "and if that may ticket gets refunded we're back to full?" after a balance: the balance with that request given back.
  if (lastTopic === 'remaining-incidents' && has(REFUND_WORD) && has(/\bif\b|\bonce\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])|경우/i) && !has(/어떤 ?경우|언제|\bwhen\b|\bwhich (cases|requests|tickets)\b|\bin what cases\b/i) && !has(/\b(was|were|got|have been|has been)\b[^.?!]{0,12}\brefunded\b|환불(됐|되었|받았)/i) && !countsMore(text) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents', { aspect: 'after' });
  // "Any of them refunded?" after a balance: the requests on record, opened and refunded, with their dates.
  if (numberWhyContext(lastTopic) && has(/refund|환불|credited|돌려/i) && !countsMore(text) && words(text) <= 12 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  if (lastTopic && (has(STILL) || has(CHOICE) || (has(RETRY) && recognition.score < CONFIDENT)) && words(text) <= 14 && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  // ("말도 안돼요 멤버십은 2022년 3월까지라고 나오는데??" after the validity: the validity again, with what the records say of it.)
  if (lastTopic && has(DOUBT) && words(text) <= 14 && !recognition.error) return answer(lastTopic, { ...(lastTopic === 'validity' ? {} : { aspect: 'why' as const }), offer: last?.offer, competencies: last?.competencies ?? [] });
  // "Reply for the partner please", "파트너에게 보낼 답장을 써 주세요": the last answer, as the partner reads it.
  // …about the message the text names ("they get the no benefits message"), or the balance asked, else the last answer.
  // ("Grady … says he can't find where to open an on-prem ticket with their benefit. what do I tell him?": the problem told is the topic.)
  // ("답장에 클라우드 플랫폼 시그니처 건수도 넣어줘요": the counts of the line named go in.)
  const replyTopic = has(REMAINING) || (has(/건수|잔여|\bcounts?\b|\bnumbers\b|몇 ?(건|개)|\bhow many\b/i) && has(SIDE_OR_LINE)) ? 'remaining-incidents' : entities.currentOffer ? 'current-program' : (MESSAGE_TOPICS.has(recognition.intent) || words(text) > 12) && recognition.score >= CONFIDENT && isIntentId(recognition.intent) ? recognition.intent : lastTopic;
  if (lastTopic && replyTopic && has(REPLY_ASKED) && words(text) <= 24 && !recognition.error) return answer(replyTopic, { ...(replyTopic === lastTopic ? { offer: last?.offer } : {}), ...(has(WHY_ANY) && has(NUMBER) && has(COUNT_WORDS) ? { aspect: 'why' as const } : {}) });
  // "그 기간 동안 인시던트 열 수 있어요?": "that period" is the last answer's.
  if (lastTopic && has(/그 기간|그동안|그 사이|\bduring (that|the) (period|window|time)\b|\bin that (period|window)\b/i) && words(text) <= 12 && !recognition.error) return answer(lastTopic);
  // "My colleague says linking again will fix it", "동료가 다음 달에 다시 채워진다던데요?": a claim about the last answer, answered by it.
  const otherTopic = isIntentId(recognition.intent) && recognition.intent !== lastTopic && recognition.score >= CONFIDENT;
  if (lastTopic && has(HEARSAY) && !otherTopic && words(text) <= 25 && !recognition.error) return answer(lastTopic, { aspect: 'why', offer: last?.offer, competencies: last?.competencies ?? [] });
  // "Why only 49 cloud incidents?" (no balance asked yet): a count questioned is explained by the allowance and what was used.
  if (!numberWhyContext(lastTopic) && has(WHY_ANY) && has(NUMBER) && has(COUNT_WORDS) && words(text) <= 20 && !recognition.error && ['incident-definition', 'check-benefits', 'remaining-incidents', 'open-request', 'current-program', 'none'].includes(recognition.intent)) {
    return answer(recognition.intent === 'remaining-incidents' ? 'remaining-incidents' : 'check-benefits', { aspect: 'why', offer });
  }
  // "We opened 3, why 18 and not 17?": a number questioned is about the balance just given.
  const numberWhy = numberWhyContext(lastTopic) && !has(M365_NAMED) && (((has(WHY_ANY) || (has(NUMBER_CHECK) && has(QUESTION)) || has(DOUBT)) && NUMBER.test(text.replace(YEAR_WORDS, ' ')) && words(text) <= (lastTopic === 'remaining-incidents' ? 20 : 14)) || ((has(WHY_ANY) || has(/\bexplain\b|설명/i)) && has(NUMBER) && has(COUNT_WORDS) && words(text) <= 24) || countDoubted(text));
  // "So 5 more on-prem and double the Signature ones?" after two memberships compared: the comparison again.
  if (numberWhy && lastTopic === 'check-benefits' && last?.offers) return answer(lastTopic);
  if (lastTopic && (numberWhy || ((has(WHY) || (has(WHY_ANY) && shortText(text))) && (shortText(text) || recognition.intent === 'none')))) {
    return answer(lastTopic, { aspect: 'why', offer: offer ?? last?.offer, competencies: entities.competencies.length ? entities.competencies : (last?.competencies ?? []) });
  }
  // A statement of the case ("the contract expired", "우리 회사 구독이요", "골드예요", "ours") right after the error answer continues it.
  if (lastTopic === 'access-id-error' && !has(QUESTION) && (Object.keys(stated).length > 0 || words(text) <= 3)) return answer(lastTopic);
  // "We do have a Silver membership" after "no benefits" is the case the answer is about (the wrong account).
  if ((lastTopic === 'no-benefits' || lastTopic === 'not-authorized') && (!has(QUESTION) || offer || has(ACCOUNT)) && !(recognition.intent === 'csp-customer' && recognition.score >= CONFIDENT) && !(offer && (has(OFFER_GIVES) || has(HYPOTHETICAL))) && !has(/activat|활성화/i) && !resolved && words(text) <= (has(ACCOUNT) ? 16 : offer && !has(/\brenew|\bbuy|\bpurchase|\bagain\b|갱신|구매|다시/i) ? 14 : 10) && !recognition.error) return answer(lastTopic);
  // "ok so how do i even get this access id thing" (the classifier unsure, in any thread): where the IDs come from.
  if (recognition.intent === 'none' && has(/access id|contract id|액세스 ?id|계약 ?id/i) && has(/\bhow (do|can|would|should) (i|we)\b[^.?!]{0,20}\b(get|find|obtain|see)\b|\bwhere\b[^.?!]{0,20}\b(get|find|are|is)\b|어디서|어떻게 ?(받|찾|얻|확인)/i) && words(text) <= 16 && !recognition.error) return answer('get-ids');
  if (lastTopic && has(DONE_NEXT) && !has(/\bwhat('?s| is)\b.{0,40}\bfor\b|뭐 ?하는|용도/i) && words(text) <= 14 && recognition.score < CONFIDENT && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  if (lastTopic && has(FIRST) && words(text) <= 14 && recognition.score < CONFIDENT && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "Where exactly? I only see the dashboard": the last answer's steps, in more detail.
  if (lastTopic && has(/^\s*(where|how|what|which) exactly\b|^\s*정확히 (어디|어떻게|뭐)/i) && words(text) <= 16 && !recognition.error) return answer(lastTopic, { offer: last?.offer });
  // A bare question word or number ("when?", "어디요?", "18개?") asks about the last answer.
  // ("what's TPD" names its own topic outright.)
  if (lastTopic && has(BARE) && words(text) <= 2 && !recognition.error && !entities.offer && !entities.currentOffer && !((recognition.intent === 'activate' || recognition.intent === 'tpd') && recognition.score >= CONFIDENT)) return answer(lastTopic, lastSubject);
  // "지금은요?", "and today?" after a membership's counts: what that membership became.
  if (lastTopic && asksNow(text) && words(text) <= 4 && !has(REMAINING) && !offer && !entities.currentOffer && (topicOf(lastTopic).takesOffer || lastTopic === 'cloud-competencies') && (last?.offer ?? profile.offer) && !recognition.error) return answer('renamed', { offer: last?.offer ?? profile.offer });
  // "2026년 지금도 같은 데서 해요?": the last answer, with today's rule (the router adds it).
  // ("How long does activation take nowadays?" names its own subject.)
  if (lastTopic && asksNow(text) && !has(REMAINING) && words(text) <= 8 && !entities.currentOffer && !offer && !topicOf(lastTopic).takesOffer && lastTopic !== 'current-program' && lastTopic !== 'renamed' && !(recognition.intent === 'activate' && lastTopic !== 'activate' && has(/activat|활성화/i))) return answer(lastTopic);
  // "How many incidents is that?" after a new name: today's counts.
  if (lastTopic === 'renamed' && has(/how many|몇 ?(개|건)/i) && !has(REMAINING) && words(text) <= 8 && !offer && !recognition.error) return answer('current-program');
  // "What would we need to buy to get it?" with no membership: what each membership gives (and paid support); asked for today, today's offers.
  if ((lastTopic === 'activate' || lastTopic === 'no-benefits') && has(/\b(buy|purchase|subscribe)\b|구매|구입|(?<!이)사야|가입/i) && !has(/\b(more|extra|additional)\b|추가/i) && !has(WHO) && words(text) <= 14 && !recognition.error) return asksNow(text) ? answer('current-program') : answer('check-benefits', { aspect: 'get' });
  // "언제 바뀐 거예요?" after a rename: when it changed.
  if (lastTopic === 'renamed' && has(WHEN) && words(text) <= 6) return answer(lastTopic, lastSubject);
  // "We haven't used anything, no product key viewed, bought by credit card" after a refund answer: the refund, for that case.
  if (lastTopic === 'current-program' && has(/product key|credit card|제품 ?키|신용 ?카드|\brefund|환불|(안|못) ?(썼|사용|활성화)|haven'?t (used|activated)|not (used|activated)/i) && words(text) <= 16 && !recognition.error) return answer(lastTopic);
  // "Does that year start at activation or at the membership start?" after the validity answer: it says (not documented for 2021).
  if (lastTopic === 'validity' && has(/\b(start|begin|count)(s|ed)?\b.{0,40}\b(activation|membership|purchase)|(활성화|멤버십|구매).{0,20}(부터|기준|시작)/i) && words(text) <= 16 && !recognition.error) return answer(lastTopic);
  // "When was that change?" after today's table: when the names changed.
  if (lastTopic === 'current-program' && has(WHEN) && has(/\bchang|\brenam|바뀌|바뀐|변경|이름/i) && words(text) <= 8) return answer('renamed');
  // "What should we do about cloud?": the cloud benefit in Azure (and what the records say about it).
  if (lastTopic && has(CLOUD) && has(/\bwhat (should|can|do) (we|i) do about\b|(클라우드|애저|azure)(는|은)? ?(어떻게 해야|어떡해)/i) && words(text) <= 10 && !recognition.error) return answer('link-azure');
  // "So for cloud what now?" after Microsoft 365: the cloud benefit in Azure (and what the records say about it).
  if (lastTopic === 'm365' && has(CLOUD) && !has(M365_NAMED) && !has(REMAINING) && words(text) <= 9 && !recognition.error) return answer('link-azure', { offer: offer ?? last?.offer });
  // "What do they need to do?" after how long a contract lasts: activating (the records say whether it expired).
  if (lastTopic === 'validity' && has(NEXT) && has(/\bdo\b|해야|하면 (돼|되)/i) && words(text) <= 9) return answer('activate');
  // "We never bought any membership. So what are our options?" after "no benefits yet": paid support.
  const asked = lastSentence(text);
  if (lastTopic === 'no-benefits' && NEXT.test(asked) && /options|alternatives|다른 방법/i.test(asked) && words(text) <= 16 && !recognition.error) return answer('paid-plans');
  if (lastTopic && NEXT.test(asked) && words(asked) <= 9 && (asked === text || (words(text) <= 16 && recognition.score < CONFIDENT && !recognition.error))) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "So where do we get help for that then?": "help" here is the last answer's problem, not the bot's menu.
  if (lastTopic && recognition.intent === 'help' && words(text) > 2 && (has(PRONOUN) || has(THEN))) return answer(lastTopic, { offer: offer ?? last?.offer });
  // "Who can see it?" is about the IDs; "who has that role?" stays with activation (the admins' names).
  if ((lastTopic === 'get-ids' || lastTopic === 'activate') && has(WHO) && words(text) <= 14) {
    return answer(!has(ROLE) && has(SEE) ? 'ids-usage' : 'activate');
  }
  // "누가 해야 돼요?" after a balance or benefits answer that said "not activated": who activates (the admins' names).
  if (lastTopic && (ACTIVATION_ADJACENT.has(lastTopic) || lastTopic === 'access-id-error') && has(WHO) && (has(ROLE) || (has(ASK_SOMEONE) && lastTopic !== 'access-id-error')) && words(text) <= 8) return answer('activate');
  // "Does that work for our own subscription too?" after the CSP answer: its note says what does (Signature).
  if (lastTopic === 'csp-customer' && has(OWN_SUBSCRIPTION) && words(text) <= 14 && !recognition.error) return answer(has(CORRECTION) ? 'link-azure' : lastTopic);
  // "Can't I just open it through CSP support?" after the Access-ID error: the CSP path, and what it does not cover.
  if (lastTopic === 'access-id-error' && has(/\bcsp\b/i) && has(QUESTION) && words(text) <= 14 && !recognition.error) return answer('csp-customer');
  // "I have the Admin agent role, isn't that enough?" while activating: who can activate.
  if (activationThread && has(/admin agent|관리 에이전트/i) && (has(ACTIVATES) || has(/enough|isn'?t (it|that)|그걸로|안 ?돼|권한/i)) && !has(/customer|client|\bcsp\b|고객/i) && words(text) <= 14 && !recognition.error) return answer('activate');
  // "액세스 ID 넣어야 돼요?" after the CSP answer: whether the CSP path needs the IDs (it doesn't); "who has that role?": its holders.
  if (lastTopic === 'csp-customer' && (has(IDS_NEEDED) || has(WHICH_PLAN) || (has(WHO) && !has(ACTIVATES) && words(text) <= 10)) && words(text) <= 14 && !recognition.error) return answer(lastTopic);
  // "애저에서도 확인 돼요?" after the balance: where the balance shows (Azure never does), not how to link.
  if (lastTopic === 'remaining-incidents' && has(CLOUD) && has(/\b(see|check|show|shown|visible|view)\b|확인|보여|보이|나와|볼 수/i) && words(text) <= 10 && !recognition.error) return answer(lastTopic);
  // "Can I use it for Azure problems?" after the benefits: the cloud line (Action Pack has none).
  if ((lastTopic === 'check-benefits' || lastTopic === 'remaining-incidents') && has(CLOUD) && has(/\b(use|open|file|cover|covers)\b|쓸 ?수|사용|써도|되나요|돼요/i) && !has(CUSTOMER_SIDE) && words(text) <= 12 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: last?.offer });
  if (lastTopic && has(DO_IT) && words(text) <= 12 && !recognition.error && recognition.score < CONFIDENT) return answer(ACTIVATION_ADJACENT.has(lastTopic) ? 'activate' : lastTopic, { offer: last?.offer });
  if (lastTopic && has(WHAT_WE_HAVE) && words(text) <= 8 && !offer && !recognition.error) return answer('check-benefits', { offer: undefined, competencies: [] });
  // "우리 회사는요?" after a question about Gold: the speaker's own organization, not the membership asked about before.
  if (lastTopic && topicOf(lastTopic).takesOffer && has(OWN) && !offer && words(text) <= 6) {
    return { kind: 'answer', ask: { ...base, topic: lastTopic === 'access-id-error' ? lastTopic : 'check-benefits', offer: undefined, competencies: [], facts: merged(last, lastTopic, stated, text), followUp: true } };
  }
  // "What about opening Azure tickets for our customers then?" after anything else: the CSP customers' way, however it is introduced.
  if (lastTopic && lastTopic !== 'csp-customer' && recognition.intent === 'csp-customer' && recognition.score >= CONFIDENT && has(/\bcustomers?'?(?!\w)|\bclients?'?(?!\w)|고객/i) && !offer && !recognition.error) return answer('csp-customer');
  // "How long does that take?" right after the activation answer: "that" is the last topic when the words fit it too.
  // "그럼 Dynamics 365 Finance 쪽은요? 거기선 어떻게 연결해요?" after Microsoft 365: where the IDs are linked there.
  if (lastTopic === 'm365' && has(/dynamics|다이나믹스|power platform|파워 ?플랫폼|\blcs\b/i) && !recognition.error) return answer('link-azure');
  const fitsLast = recognition.alternatives.some((a) => a.intent === lastTopic && a.score >= 0.5);
  if (lastTopic && fitsLast && has(PRONOUN) && !has(WHAT_GET) && words(text) <= 8) return answer(lastTopic, { offer: offer ?? last?.offer });
  // One or two words ("azure?", "애저는?") are too short to start a new topic with confidence.
  const confidentOther = recognition.intent !== 'none' && recognition.score >= CONFIDENT && recognition.intent !== lastTopic && !has(CUE) && !(has(CORRECTION) && (offer || entities.competencies.length)) && words(text) > 2;
  const correctsMembership = has(CORRECTION) && (offer !== undefined || entities.competencies.length > 0) && words(text) <= 14;
  // "And their on-prem pool, is that hit too?", "헐 그럼 온프렘도 못씀?" after a cloud line ran out: the on-premises balance (a separate line).
  if (has(ON_PREM) && lastTopic && RECORDS_THREAD.has(lastTopic) && !has(VERSION_WORDS) && has(/\b(hit|affected|touched|used up|gone|drained|impacted|blocked)\b.{0,10}\b(too|as well|also)\b|\b(is|are) (that|it|they|those) (also )?(hit|affected|gone|blocked)\b|\b(still|also) (ok|fine|there|available|usable|good)\b|도 ?(못 ?(써|쓰|씀)|영향|차감|소진|다 ?썼|막혀|안 ?(돼|됨|되))/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "ok and does that link also work for dynamics?" after the portal message (or anything else): a link in one portal serves the others (R26-V4).
  if (lastTopic && lastTopic !== 'link-azure' && has(LINK_CARRIES) && recognition.intent !== 'current-program' && words(text) <= 20 && !recognition.error) return answer('link-azure');
  // "and on-prem?" after the portal message (answered with the cloud line's state): that side's balance.
  if (lastTopic === 'access-id-error' && has(/^\s*(and|what about|how about|그럼|그리고)?\s*(the )?(on-?prem(ise|ises)?|cloud|azure|온-?프레?미스|온프렘|클라우드|애저)\s*(side|one|ones|쪽은?|은|는)?(요)?\s*[?？]*\s*$/i) && !recognition.error) return answer('remaining-incidents');
  // "what would they get?" after their activation state, "그럼 뭘 받아요?": what the membership gives.
  if (lastTopic && has(/^\s*((and|so|ok|then),? )?what (would|do|does|will|did) (they|we|it|he|she) (actually )?get\b|^\s*(그럼 )?(뭘|뭐|무엇을) (받|주)/i) && words(text) <= 12 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  // "one of their cases got refunded in april - is that already counted in that number?" after the balance: how the count is made.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && has(/refund|환불|credited back/i) && has(/\b(counted|included|reflected|factored|taken into account|accounted)\b|반영|포함|계산/i) && words(text) <= 30 && !recognition.error) return answer('remaining-incidents', { aspect: 'why' });
  // "which ticket used the on-prem one?", "어떤 케이스가 썼어요?": the requests on record.
  if (lastTopic && has(/\bwhich (ticket|case|request|sr)s?\b.{0,30}\b(used|took|consumed|was|were|opened)\b|(어떤|어느|무슨) ?(케이스|티켓|요청|건)(가|이|에서)? ?.{0,10}(썼|사용|차감|쓴|쓰였|쓰인)/i) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents', { aspect: 'history' });
  // "Alex가 기술 혜택 활성화도 할 수 있어요?", "can she activate too?" after another topic: who may activate.
  if (lastTopic && lastTopic !== 'activate' && has(/활성화(도|를|는)? ?(할 ?수 ?있|해도 ?(되|돼)|하면 ?(되|돼)|가능)|\b(can|could|may) (he|she|they|[a-z]+) (also )?activate\b/i) && words(text) <= 16 && !recognition.error) return answer('activate');
  // "why not unlimited for cloud? messaging is pretty much a cloud thing": which competencies are cloud ones.
  if (has(/\bwhy (not|isn'?t (it|cloud|ours|signature)|aren'?t (we|ours)) unlimited\b|왜 (클라우드(는|도)? )?무제한(이)? ?(아니|안)/i) && words(text) <= 24 && !recognition.error) return answer('cloud-competencies');
  // "how do i check in SfB without actually opening a ticket": the dummy-request check of the balance.
  if (has(/\bsfb\b|support for business|서비스 ?허브|services hub/i) && has(/\bwithout (actually )?(opening|submitting|creating|filing)\b|\bcheck\b.{0,20}\b(balance|left|remaining)\b|\b(balance|left|remaining)\b.{0,30}\bcheck\b|(안|않고|없이) ?(열|제출|만들)|잔여|남은/i) && words(text) <= 24 && !recognition.error && !has(/already associated|이미 (계정에 )?연결/i)) return answer('remaining-incidents');
  // "can u show me ours" after talk of the IDs (CSP tickets, linking, sharing): the company's IDs.
  if (lastTopic && ID_THREAD.has(lastTopic) && has(/^\s*(ok(ay)?,? |so,? |then,? )?(can|could) (u|you) (show|give|send|tell) (me )?(ours|our ids|them|those|the ids)\b|우리 ?(거|것|꺼) ?(좀 )?(보여|알려)/i) && words(text) <= 10 && !recognition.error) return answer('get-ids');
  // "ㅇㅋ 그럼 애저 티켓은 몇건까지 열수있어요?" after the portal message: how many cloud incidents the company has.
  // ("under the new 2026 program how many cloud incidents would a solutions partner get": today's offer, not the company's.)
  if (lastTopic && lastTopic !== 'check-benefits' && has(/\b(azure|cloud|signature)\b|애저|클라우드|시그니처/i) && has(/몇 ?(건|개)|\bhow many\b/i) && has(/열 ?수|\bopen\b|\bfile\b|\bget\b|받을|까지/i) && !has(REMAINING) && !entities.currentOffer && !has(CUSTOMER_SIDE) && words(text) <= 14 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: offer ?? last?.offer });
  // "그럼 남은 클라우드 인시던트는 애저에서 볼수있나요?" after the portal message: where the balance shows, named outright.
  if (lastTopic && lastTopic !== 'remaining-incidents' && recognition.intent === 'remaining-incidents' && recognition.score >= 1 && !recognition.ambiguous && has(/볼 ?수|보여|보이|확인|나와|나오|\bsee\b|\bshown?\b|\bcheck\b|\bview\b/i) && words(text) <= 16) return answer('remaining-incidents');
  // "MPN 역량 없는 회사도 시그니처 받을 수 있어요?", "can a partner without a competency get Signature?": which memberships carry it.
  if (has(/(역량|competenc\w*)[^.?!]{0,4}(이|가)? ?(없는|없이|없어도|없으면)|\b(without|no|lacking) (a |any )?competenc/i) && has(/시그니처|signature|클라우드|\bcloud\b|애저|\bazure\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 25 && !recognition.error) return answer('check-benefits');
  // "since when? nobody told us anything" after an expired plan: the day it ended.
  if (lastTopic && (lastTopic === 'plan-expired' || lastTopic === 'access-id-error' || lastTopic === 'validity') && has(/\bsince when\b|\bwhen did (it|that|this|the contract) (end|expire|stop|run out)\b|언제부터|언제 ?(끝났|만료됐|만료되었)/i) && words(text) <= 12 && !recognition.error) return answer('validity');
  // staff "and on-prem for them?" after an expired or used-up plan: the balance, both sides.
  if (lastTopic && (lastTopic === 'plan-expired' || lastTopic === 'access-id-error') && has(CUE) && has(/온-?프레|온프렘|\bon-?prem|클라우드|\bcloud\b/i) && !has(/expir|만료|error|에러|오류|link|연결/i) && words(text) <= 6 && !recognition.error) return answer('remaining-incidents');
  // "'지원 플랜을 구입하거나 추가해야 합니까?' 펼쳤거든요. 여기서 뭐 눌러요?": the expander quoted is where the contract is added.
  if (has(/구입하거나 추가해야|purchase or add more support plans/i) && has(/뭐|어디|무엇|어떤|\bwhat\b|\bwhere\b|\bwhich\b|눌러|클릭|\bclick\b/i) && !has(/얼마|\bcost|\bprice|유료|\bpaid\b/i) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "we've got action pack so we get the unlimited azure cloud support too yeah?": Action Pack's cloud line (there is none).
  if (has(/\baction ?pack\b|액션 ?팩|\bmaps\b/i) && has(/unlimited|무제한|\bsignature\b|시그니처/i) && has(/\bazure\b|애저|\bcloud\b|클라우드/i) && !has(CUSTOMER_SIDE) && !entities.currentOffer && words(text) <= 30 && !recognition.error) return answer('check-benefits', { aspect: 'cloud', offer: 'action-pack' });
  // "honestly i just need the access id + contract id … who can give me those": who sees them (a colleague can share them).
  if (has(/\bwho (can|could|will|would) (give|send|share|get|tell)\b|누가 ?(알려|줄|주|보내|공유)/i) && (has(IDS_WORD) || (lastTopic && has(/\bthose\b|\bthem\b/i))) && words(text) <= 30 && !recognition.error) return answer('get-ids');
  // "그 회사 지금 바로 쓸 수 있어요?", "can they use it right now?": the last answer again, with what the records say stands in the way.
  if (lastTopic && has(/지금 ?바로|당장|\bright (now|away)\b/i) && has(/(쓸|사용할|열|쓰실) ?수|\b(use|open|file)\b/i) && words(text) <= 12 && !recognition.error) return answer(lastTopic, lastSubject);
  // "리 구 님한테 뭐라고 부탁하면 돼요?", "what should I tell our admin?" after who may activate: the steps to pass on.
  if (lastTopic && (lastTopic === 'activate' || lastTopic === 'get-ids' || ACTIVATION_ADJACENT.has(lastTopic)) && has(/뭐라고 ?(부탁|요청|말|전달|얘기)|어떻게 ?(부탁|요청|말)|(어느|어떤|무슨) ?메뉴|\bwhich menus?\b|\bwhat (do|should|can) i (tell|ask|say to|send)\b|\bhow (do|should) i ask\b/i) && words(text) <= 16 && !recognition.error) return answer('activate');
  // "우리 회사 클라우드 지원 있어요? 없으면 어떻게 해요", "do we have any cloud support?": the company's cloud line (or that it has none).
  if (has(/(클라우드|애저|시그니처) ?(지원|혜택|인시던트)?(이|가|은|는|도)? ?(있어요|있나요|있나|있음|있죠)|\bdo (we|i) (have|get) (any )?(cloud|azure|signature)\b/i) && has(/(우리|저희)|\b(we|our|us)\b/i) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('check-benefits', { aspect: 'cloud' });
  // "ugh ok. options?" after a plan that can't be used: the paid ways.
  if (lastTopic && OPTIONS_AFTER.has(lastTopic) && has(/\b(options?|alternatives?)\b|\bwhat (can|do|should) (we|i) do (now|then|instead)\b|\bnow what\b|대안|다른 ?방법|방법(은|이)? ?(없|있)/i) && words(text) <= 8 && !recognition.error) return answer('paid-plans');
  // "온프레미스 쪽 Microsoft Product Support는요?" after a new name: that old name's new one.
  if (lastTopic === 'renamed' && entities.renames?.length && (has(CUE) || has(/(은요|는요|도요)\s*[?？]*\s*$/)) && words(text) <= 10 && !recognition.error) return answer('renamed');
  // "시그니처 10팩 쪽은요?", "ok and the little 2-incident one, whats left on that": another line of the same balance.
  if ((lastTopic === 'remaining-incidents' || lastTopic === 'check-benefits') && ((has(CUE) && has(/시그니처|\bsignature\b|\d+ ?(팩|pack)\b/i) && words(text) <= 6) || (has(/\b\d+-?incidents? (one|pack|line|plan)\b|\d+ ?(건|개)짜리/i) && words(text) <= 14)) && !has(HYPOTHETICAL) && !recognition.error) return answer(lastTopic);
  // "and the signature 10pack, does it show there too?" after where the balance shows: the same steps (where the other plans show).
  if (lastTopic === 'remaining-incidents' && has(/\b(show|shows|showing|appear|appears|listed|visible)\b.{0,12}\b(there|in there|in it)\b|\bsee (it|them|that) there\b|거기(서|에)?(도|서도|에도) ?(보|나와|나오|표시|떠|뜨)/i) && !has(CUSTOMER_SIDE) && words(text) <= 16 && !recognition.error) return answer('remaining-incidents');
  // "so for an issue in our own azure subscription where do i open the case?", "and an on-prem one, where do i file that?" after the balance: where requests are opened.
  if (lastTopic && lastTopic !== 'open-request' && has(WHERE_OPEN) && !has(COUNT_ASKED) && !has(CUSTOMER_SIDE) && !has(IDS_WORD) && words(text) <= 24 && !recognition.error) return answer('open-request');
  if (lastTopic && (has(CUE) || correctsMembership || shortText(text) || ((has(PRONOUN) || has(THEN) || has(CLOUD)) && words(text) <= 10)) && !confidentOther) {
    // "and what if they are on the CSP side? one of her colleagues only has a CSP login": the CSP side's way.
    if (has(CSP_NAMED) && has(/\b(side|login|account|tenant)\b|계정|테넌트|쪽/i) && has(CUE) && !has(IDS_WORD) && !recognition.error) return answer('csp-customer');
    // "ok and how many tickets is that" after how the benefit is used: the count it gives (or has left).
    // ("ok and once that's done how many can we use for azure?": the cloud count.)
    if (NO_COUNT_TOPICS.has(lastTopic) && has(/\bhow many\b(?! (hours|days|weeks|months|people|users|accounts|times|minutes))|몇 ?(개|건)/i) && words(text) <= 14 && !offer && !recognition.error) return answer(has(REMAINING) ? 'remaining-incidents' : 'check-benefits', has(CLOUD) && !has(ON_PREM) ? { aspect: 'cloud' } : {});
    const follow = followUp(text, lastTopic, last, recognition, stated);
    if (follow) return answer(follow.topic, follow);
    // "진짜 멤버십이 없으면요?": a conditional follow-up the classifier is not sure of stays on the last answer.
    // …unless it plainly asks another topic ("그럼 다시 활성화 해야 하나요? 제가 하면 돼요?", "what about Dynamics 365?").
    const plainlyOther = isIntentId(recognition.intent) && recognition.intent !== lastTopic && recognition.score >= PLAIN && words(text) >= 3 && lastTopic !== 'access-id-error';
    if (plainlyOther) return answer(recognition.intent as IntentId);
    if (has(CUE) && recognition.score < CONFIDENT && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  }
  // "고객 익스2010 터졌는데 파트너 인시던트 써도댐?", "customer runs the previous release of sharepoint server … can we burn one of our on-prem incidents on it?":
  // an on-premises product's version is the question, whoever runs it (a customer's Azure would be CSP).
  // ("…he only has a personal outlook.com account … can he use our on-prem incidents with that?" is the account, not the version.)
  if (recognition.intent !== 'supported-products' && has(ON_PREM_PRODUCT) && has(/\bincidents?\b|\bpartner\b|\bbenefits?\b|인시던트|파트너|혜택/i) && !has(CLOUD) && !has(MSA_NAMED) && has(/\b(use|burn|spend|open|cover(ed)?|eligible|support(ed)?)\b|써도|쓸 ?수|열 ?수|열어도|사용|지원 ?(받|되|대상)|되나요|돼요/i) && !has(REMAINING) && !has(/\bhow many\b|몇 ?(건|개)|\buntil when\b|언제까지/i) && words(text) <= 50) return answer('supported-products');
  // "ok. can they at least still open on-prem cases? how many?": that side's balance.
  if (has(COUNT_ASKED) && has(/\b(still|at least)\b[^.?!]{0,20}\b(open|use|file)\b|아직 ?(쓸|열|사용)/i) && (has(ON_PREM) || has(CLOUD)) && !has(CUSTOMER_SIDE) && words(text) <= 20 && !recognition.error) return answer('remaining-incidents');
  // "we still got on-prem partner incidents, right? want to use one for a sharepoint 2019 farm issue. how many and until when": the balance, asked beside the product.
  if (recognition.intent === 'supported-products' && has(COUNT_ASKED) && has(/\b(we|our|us)\b|우리|저희/i) && has(/\bincidents?\b|\btickets?\b|인시던트|티켓/i) && !has(CUSTOMER_SIDE) && words(text) <= 40) return answer('remaining-incidents');
  // "can I use one of our incidents to get an MS engineer to review our azure landing zone design … nothing is broken, just want advice": advice is TPD, not an incident.
  if (has(/\b(review|advice|advise|guidance|best practices?|architecture|design)\b|설계|아키텍처|자문|검토/i) && has(/\bnothing (is )?broken\b|\bnot broken\b|\bjust (want|need) (some )?advice\b|\bno (actual )?(issue|problem|outage)\b|고장(난|은) ?(건|게) ?아니|문제(는|가) ?없|장애(는|가) ?아니/i) && words(text) <= 50) return answer('tpd');
  if (isIntentId(recognition.intent)) return answer(recognition.intent);
  // A short reply that names nothing else ("where?", "and on-prem?", "온프렘은요?") continues the last answer.
  // So does a short question whose best reading is only a guess ("계정 바꾸는 건 어디서요?").
  const best = recognition.alternatives[0]?.score ?? 0;
  const guessOnly = best >= FAINT && best < WEAK;
  const continues = words(text) <= 3 || has(CUE) || ((has(PRONOUN) || has(THEN)) && words(text) <= 10) || (shortText(text) && guessOnly);
  if (lastTopic && continues && !recognition.error) return answer(lastTopic, { offer: offer ?? last?.offer });
  // Two close readings, or one fair guess: answer the better one and offer the others (an answer beats a question).
  // A guess never hands the conversation to a person (that opens a ticket) or cancels it.
  // The bot's own menu ("help") never wins a tie with a topic ("how do I get help with Exchange 2010?").
  const top = recognition.alternatives[0]?.score ?? 0;
  const ranked = [...recognition.alternatives].sort((a, b) => Number(a.intent === 'help' && a.score >= top) - Number(b.intent === 'help' && b.score >= top));
  const guesses = ranked.map((a) => a.intent).filter(isIntentId).filter((id) => !UNGUESSED.has(id));
  // "About to open an Azure ticket, how many cloud incidents do we have?": the count asked beats how to open one.
  const counted = guesses.find((id) => id === 'check-benefits' || id === 'remaining-incidents');
  // ("시그니처 클라우드 지원 아직 남아있나요?": what is left beats the benefit's new name.)
  const [first, ...others] = counted && (((guesses[0] === 'open-request' || guesses[0] === 'link-azure') && has(COUNT_ASKED)) || (guesses[0] === 'renamed' && has(REMAINING))) ? [counted, ...guesses.filter((id) => id !== counted)] : guesses;
  // ("they only have action pack, no competency" after the Azure message is the case it is about, before any guess.)
  if (lastTopic === 'access-id-error' && (Object.keys(stated).length || offer || isDontKnow(text))) return answer('access-id-error');
  // "we dont have any partner membership atm. can microsoft still help us with an exchange server problem?": paid support, there is no benefit.
  if (has(/\b(no|don'?t have( a| any)?|do not have( a| any)?|without( a| any)?) (mpn |partner )?membership\b|멤버십(이|은|도)? ?(없|아직 ?없)/i) && has(/\bhelp\b|\bsupport\b|\btickets?\b|\bcases?\b|도움|지원|티켓/i) && !recognition.error) return answer('paid-plans');
  if (first && (recognition.ambiguous || (recognition.alternatives[0]?.score ?? 0) >= GUESS)) return answer(first, { related: others.slice(0, 2) });
  // "should they just relink it?" about a plan that can't be used: linking again brings nothing back.
  if ((lastTopic === 'plan-expired' || lastTopic === 'access-id-error' || lastTopic === 'remaining-incidents') && has(/\bre-?link|\blink (it|them) again\b|다시 ?연결|재연결/i) && has(QUESTION) && words(text) <= 20 && !recognition.error) return answer('plan-expired');
  // "onprem?", "cloud?" as a first message: what the membership gives there.
  if (!lastTopic && words(text) <= 2 && (has(ON_PREM) || has(CLOUD)) && !recognition.error) return answer('check-benefits', has(CLOUD) ? { aspect: 'cloud' } : {});
  const oneWord = words(text) <= 2 && !recognition.error ? ONE_WORD_TOPICS.find(([re]) => has(re))?.[1] : undefined;
  if (oneWord) return answer(oneWord);
  // "reply to miriam pls, english, and say what they get": nothing else read, what the membership gives.
  if (has(/\b(what|how many( incidents)?) (do |does |did )?(they|we|he|she|i) (get|have|has)\b|(뭐|무엇을?|어떤 (혜택|걸|것을?)) ?(받|주)/i) && words(text) <= 20 && !recognition.error) return answer('check-benefits', { offer: offer ?? last?.offer });
  return { kind: 'fallback' };
}

/** A short reply read against the last topic, or undefined when it does not continue it. */
function followUp(text: string, lastTopic: IntentId, last: LastTopic | undefined, recognition: Recognition, stated: TriageFacts): Partial<TopicAsk> & { topic: IntentId } | undefined {
  const has = gate(text);
  const { offer, competencies, currentOffer } = recognition.entities;
  // "and Success Core?" after TPD: that offer's advisory hours (the TPD answer lists them per offer).
  // "What about the Success Core one?" after the org's balances: that line's balance.
  // "How many more is that?" compares offers; it is no balance.
  if (currentOffer && (lastTopic === 'remaining-incidents' && words(text) <= 8 || has(REMAINING)) && !has(REMAINING_FREE) && !has(/\bhow many more\b(?! (do we|are|have we|left|remaining))|몇 ?(개|건) 더 (받|많|주)/i)) return { topic: 'remaining-incidents' };
  if (currentOffer) return { topic: lastTopic === 'tpd' ? 'tpd' : 'current-program', currentOffer, currentOffers: recognition.entities.currentOffers };
  // "시그니처 5팩은?" after a pack's new name: that one's new name.
  if (lastTopic === 'renamed' && recognition.entities.renames?.length && !offer && words(text) <= 8 && !recognition.error) return { topic: 'renamed' };
  // "Lee Gu님이 하면 어디서 하는 거예요?" after how to activate: the same steps.
  if (lastTopic === 'activate' && has(/어디(서|에서|로)|\bwhere\b/i) && words(text) <= 10 && !recognition.error) return { topic: 'activate' };
  // "And the on-prem one?" after "what is Signature called now?": the other benefit's new name.
  if (lastTopic === 'renamed' && (has(ON_PREM) || has(CLOUD)) && !offer && words(text) <= 10 && !recognition.error) return { topic: 'renamed', renames: [has(ON_PREM) ? 'product-support' : 'signature'] };
  // "온프레미스는요?" after today's table: the same table's other part.
  if ((lastTopic === 'current-program' || lastTopic === 'renamed') && (has(CUE) || words(text) <= 3) && !offer && !has(REMAINING) && recognition.intent !== 'access-id-error' && !recognition.error) return { topic: 'current-program' };
  // "What about in the current program?" after a 2021 membership: what it is called now, with today's counts.
  if (asksNow(text) && !has(REMAINING) && topicOf(lastTopic).takesOffer && last?.offer && !offer && !(recognition.intent === 'validity' && recognition.score >= CONFIDENT)) return { topic: 'renamed', offer: last.offer };
  const named = offer !== undefined || competencies.length > 0;
  // "ok and how many on-prem incidents do they have left right now on the current Gold pack?" after its new name: the balance.
  if (named && lastTopic !== 'remaining-incidents' && has(REMAINING) && recognition.intent === 'remaining-incidents' && recognition.score >= CONFIDENT && !has(HYPOTHETICAL)) return { topic: 'remaining-incidents', offer };
  if (named) {
    // ("and Security?" after whether Data Analytics is a cloud competency: that one checked.)
    const topic = topicOf(lastTopic).takesOffer ? lastTopic : lastTopic === 'cloud-competencies' && !offer ? lastTopic : 'check-benefits';
    // "and cloud platform?" keeps the offer of the last answer; "and silver?" keeps its competencies.
    return { topic, offer: offer ?? last?.offer, competencies: competencies.length ? competencies : offer ? [] : (last?.competencies ?? []) };
  }
  // "온프렘은 쓸수 있죠?" after the Azure error: the on-premises balance (a separate benefit).
  if (lastTopic === 'access-id-error' && has(ON_PREM) && !has(CLOUD) && has(/쓸 ?수|써도|사용|열 ?수|몇|\buse\b|\busable\b|\bleft\b|\bopen\b|\bhow many\b|남|\b0\b|없|\bgone\b|\bzero\b|\btoo\b/i)) return { topic: 'remaining-incidents' };
  if (lastTopic === 'access-id-error' && (Object.keys(stated).length || isDontKnow(text))) return { topic: lastTopic };
  // "그럼 온프렘은 몇 건이에요?" after a cloud answer: the on-premises count of the same membership (or balance).
  // A correction ("I meant on-premises products, not azure") switches the part whatever else it names.
  const correcting = has(CORRECTION);
  const kept = text.replace(RULED_OUT, ' ');
  if (ON_PREM.test(kept) && !CLOUD.test(kept) && (correcting || !has(VERSIONS)) && !recognition.error) {
    // "그럼 온프레미스는 남아있어요?": its balance, whatever the last answer was.
    if (has(REMAINING)) return { topic: 'remaining-incidents' };
    // "for on-prem" after where the IDs go: Support for Business (Add Contract).
    if (lastTopic === 'get-ids' || lastTopic === 'ids-usage') return { topic: 'get-ids' };
    if (lastTopic === 'open-request') return { topic: lastTopic };
    // "And an on-premises Exchange issue?" after whether the cloud line can be used: the on-premises balance.
    if (lastTopic === 'validity' || lastTopic === 'plan-expired') return { topic: 'remaining-incidents' };
    if (lastTopic === 'remaining-incidents' || last?.before === 'remaining-incidents' && !CLOUD_PARTS.has(lastTopic)) return { topic: 'remaining-incidents' };
    // After the Azure steps, "아 그거 말고 온프렘" asks where on-premises requests go; "온프렘은 몇 건?" asks the count.
    // ("and their on-prem side?" after a partner's Azure records: that side's balance.)
    // ("아 그럼 온프레미스 Exchange 건이면요?" after a used-up cloud line: whether the on-premises side still serves, its balance.)
    if ((lastTopic === 'link-azure' && has(/\bside\b|쪽|\b(their|they)\b|그 ?회사|거기/i)) || ((lastTopic === 'check-benefits' || lastTopic === 'link-azure') && has(/(건|케이스|티켓|문제|이슈|장애)(이면|이라면|면)요?|\b(case|issue|ticket|problem|outage)\b/i))) return { topic: 'remaining-incidents' };
    if (lastTopic === 'link-azure' && !has(/how many|몇|count|number/i)) return { topic: 'get-ids' };
    if (COUNTED.has(lastTopic)) return { topic: 'check-benefits', offer: last?.offer, competencies: last?.competencies ?? [] };
  }
  if (CLOUD.test(kept) && !ON_PREM.test(kept) && recognition.intent !== 'access-id-error') {
    // "How many cloud ones are left then?": the balance, whatever the last answer was.
    if (has(REMAINING) && !recognition.error) return { topic: 'remaining-incidents' };
    // "Where do I open one?" → "and for Azure?": where cloud requests go.
    if (lastTopic === 'get-ids' || lastTopic === 'ids-usage' || lastTopic === 'open-request') return { topic: 'link-azure', offer: last?.offer };
    // "클라우드도요?" after the N-1 answer: it says cloud products are not under N-1.
    if (lastTopic === 'supported-products') return { topic: lastTopic };
    // "How many left?" → "until when?" → "and the cloud ones?": the cloud part of the balance asked before.
    if (last?.before === 'remaining-incidents' && !CLOUD_PARTS.has(lastTopic) && (has(CUE) || words(text) <= 3)) return { topic: 'remaining-incidents' };
    // "Do the successor offers have cloud incidents?": today's table.
    if (lastTopic === 'renamed' || lastTopic === 'current-program') return { topic: 'current-program' };
    if (lastTopic === 'check-benefits') return { topic: lastTopic, aspect: 'cloud', offer: last?.offer, competencies: last?.competencies ?? [] };
    // "Can I see it in Azure instead?": the balance answer already says what Azure shows.
    // …but "그럼 Azure에서 어떻게 연결해요?" asks how to link.
    if (lastTopic === 'remaining-incidents' && !(recognition.intent === 'link-azure' && recognition.score >= CONFIDENT && has(/\blink\b|연결|어떻게|\bhow\b/i))) return { topic: lastTopic };
    if (recognition.intent === 'none' || recognition.score < CONFIDENT) return { topic: 'link-azure', offer: last?.offer };
  }
  return undefined;
}
