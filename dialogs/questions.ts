import type { Recognition } from './deps.js';
import { countDoubted, countsMore, DOUBT, NUMBER, QUESTION, REFUND_WHAT_IF, routeTurn } from './route-turn.js';
import { IDS_ONCE, REMAINING } from '../src/language/signals.js';
import { topicOf } from './topics.js';
import { isIntentId } from '../src/language/intents.js';

/** A question word anywhere ("그다음 ID는 어디다넣어"): typed fast, questions lose their "?" and endings. */
export const ASKS = /어디|어떻게|어케|어느|뭐|누가|누구|언제|왜|몇|\b(where|how|what|who|when|why|which)s?\b/i;

/** A question put as a polite request ("…몇 건인지 답변 부탁드립니다.", "please confirm whether …"). */
export const REQUESTS = /(부탁드립니다|부탁드려요|(올려|보내|공유해|붙여) ?(줘요|주세요|주실래요|줄래요)|여쭙니다|여쭤봅니다|여쭈어 ?봅니다|문의드립니다|문의 ?드려요|알고 ?싶습니다|알고 ?싶어요|알려 ?주십시오|알려 ?주세요|알려 ?주시면|알려 ?주시고|(알려|보여) ?주세요 ?(ㅎ+|ㅋ+|\^\^|~+)|답변 ?(바랍니다|주시면)|설명 ?(바랍니다|해 ?주십시오|해 ?주세요)|궁금합니다|궁금해요)\s*[.!]?\s*$|\bplease (advise|confirm|explain|clarify|let (me|us) know)\b|\b(i|we)('d| would) like to (know|confirm|understand)\b|\bcould you (please )?(tell|explain|confirm|clarify)\b/i;

/** At most this many questions of one message are answered; the rest of a long message is context. */
const MAX_QUESTIONS = 3;
/** Only the opening of a message is split (the recognizer reads no more either). */
const SPLIT_CHARS = 1_000;
/** A confident reading of one part: it is answered on its own. */
const PART_CONFIDENCE = 0.6;

/**
 * Sentence and clause ends: "?", ". ", a line break, a dash between clauses, "; ", a comma between two
 * questions ("how many are left, what's our contract ID"), and the Korean
 * clause joints "…몇 개고, …" / "…하고요, …" that join two questions in one sentence.
 */
const BOUNDARY = /\s+(?=\(?(?:[2-9]|[b-e])[).]\s)|(?<=:)\s+(?=\(?[1a][).]\s)|(?<=[가-힣](?:요|까|나|죠|니|지|야)(?:\s*(?:ㅎ+|ㅋ+|ㅠ+|ㅜ+|\^\^|~+))?)\s+(?=(?:그리고|그리구|또|아 ?그리고)\s)|(?<=(?:알려|보여|확인해|찾아|보내) ?주(?:시|세)?고)\s+(?=[가-힣])|(?<=[?？])\s*|(?<=[.!。])(?<!(?:^|\n)\s*(?:\d{1,2}|[a-e]|[가나다라마바사])\.)\s+|\n+|\s+[—–-]{1,2}\s+|;\s+|(?<=[가-힣](?:고|구요|고요|며)),\s*|(?<=[가-힣](?:는지|인지|은지)),\s*|,?\s+(?=and (?:how|what|where|who|when|why|which|is|are|can|could|do|does|did|should|will)\b)|(?<=\b(?:how|what|where|who|when|why|which|is|are|can|could|do|does|whos|whats|hows|wheres)\b[^,?.!\n]{0,80}),\s+(?=(?:how|what|where|who|when|why|which)(?:'s|s\b|\s)|(?:do|does|can|could|is|are|should|will|would) (?:i|we|you|they|it|our|my)\b)|(?<=(?:몇 ?(?:개|건)|누가|어디|언제|뭐)[가-힣]{0,2}(?:이고|(?<![라다냐자])고))\s+|(?<=몇 ?(?:개|건) [가-힣]{1,4}(?:이고|고))\s+/iu;

/** Two questions joined by a plus sign or an ampersand ("cloud incidents left + when does it all expire"). */
const PLUS_JOINED = /\s+[+&]\s+(?=(?:when|how|what|where|who|why|which)\b|언제|어디|몇|누가|왜)/gi;
/** Counts asked for without a question word ("cloud and on-prem balances pls", "잔여 건수 알려줘요", "our cloud incidents, and …"). */
const COUNTS_ASKED_FOR = /^\s*(our|my|우리|저희)( (cloud|azure|signature|on-?prem\w*|클라우드|애저|시그니처|온-?프레?미스|온프렘))? ?(incidents?|balances?|counts?|인시던트|잔여 ?(건수)?|잔량)( left)?\s*$|\b(balances?|counts?|numbers|incidents left|what'?s left)\b[^.?!]{0,15}\b(pls|please|plz)\b|(잔여|남은 ?(건수|인시던트)|잔량)[^.?!]{0,10}(알려|부탁|좀)|남은 ?(거|것|건수|개수)(도|는)? ?(같이|함께|좀|알려)|^[^:?？]{1,30}:\s*[^?？]{0,80}(\b(left|remaining|balances?)\b|남은|잔여)/i;
/** Items numbered "1. … 2. …" on one line. */
const INLINE_NUMBERED = /^\s*1\.\s[^\n]{2,200}?\s2\.\s/;
const LIST_MARKER = /^(\(?([0-9a-e]|[가나다라마바사])[).]|[-*•])\s+/i;
/** An item numbered inside a line ("… 1) how many …? 2) do I …"). */
const INLINE_ITEM = /(?:^|[\s:])\(?[1-9][).]\s/g;
/** Words announcing a list on the same line as its first item ("Two things: 1) …", "질문 두 개요: 1) …"). */
const LIST_INTRO = /^[^:?？.!]{1,40}:\s*(?=\(?[1a][).]\s)|^(two|2|three|3|a couple of|a few|few|some) (things|questions|qs?)\b[^:?？.!]{0,60}:\s*/i;
/** A sentence that only announces the questions ("다음을 문의드립니다.", "a few questions:"). */
const PREAMBLE = /^(다음|아래|몇 ?가지|[두세네] ?가지|\d ?가지)[^?？]{0,20}(문의|여쭙|여쭤|질문|확인)[^?？]*$|^(i have |we have |got )?(a few|some|two|three|\d|a couple( of)?) (quick )?(questions|qs|things|ones)( for you)?\s*[:.!-]?\s*$/i;
/** A sentence that only greets ("안녕하십니까." reads as a question by its ending). */
const GREETING = /^\s*(안녕하십니까|안녕하세요|안녕하셨어요|hi|hello|hey|good (morning|afternoon|evening))[\s,.!?]*$/i;
/** "그리고 클라우드는요?", "and cloud?", "what about on-prem?": only the other kind of support named. */
const OTHER_SCOPE = /^(그리고|그럼|또|and|what about|how about|&)?\s*(클라우드|애저|azure|cloud|온-?프레?미스|온프렘|on-?prem(ise|ises)?)\s*(쪽은요|쪽은|은요|는요|도요|는|은|쪽|one|ones|side)?\s*[?？]*$/i;
/** A sentence that names one kind of support. */
const SCOPE_NAMED = /클라우드|애저|\bazure\b|\bcloud\b|온-?프레?미스|온프렘|\bon-?prem/i;
/** "what if we pay? whats the cheapest option": a superlative with no subject of its own asks about the sentence before it. */
const BARE_SUPERLATIVE = /^(so |and )?(what'?s|whats|what is|which is|which one is) the (cheapest|best|fastest|quickest|easiest|simplest)( (one|option|way|choice|plan|route))?\s*[?？!.]*$|^(그럼 )?(가장|제일) ?(싼|저렴한|빠른|쉬운|좋은|간단한) ?(건|게|거|방법|옵션)(은|는)? ?(뭐|뭔|어느|어떤)[가-힣]{0,4}\s*[?？!.]*$/i;
/** "이게 월마다인가요?", "is that per month?": the period of what the sentence before said. */
export const PERIOD_OF_BEFORE = /^((so|and|but) )?(is|are) (that|this|it|those|these|they)( all| each| counted)? (per|a|each|every|for (a|each|one|the)) (month|year|membership year)\b[^?？]{0,25}[?？!.]*$|^((so|and) )?(monthly|per month|every month|each month|yearly|per year|every year|each year)[?？!.]*$|^((이게|그게|이거|그거|이건|그건|저게|저건)\s*)?(다\s*)?(월마다|매달|매월|한 ?달(마다|에|기준)|매년|해마다|연마다|1년|일 ?년|연간|연 ?단위|월 ?단위)[^?？]{0,20}[?？!.]*$/i;
/** "언제부터 바뀐거?", "when did that change?": when what the sentence before named changed. */
const WHEN_CHANGED = /^(언제부터|언제) ?(바뀐|바뀌었|바꼈|변경된|변경됐|변경되었)[가-힣]*\s*[?？!.]*$|^(and |so )?(since )?when (did|was) (it|that|this) (change|changed|renamed)\s*[?？!.]*$/i;
const BARE_WORD = /^(언제|왜|어디|어떻게|누가|몇 ?개|몇 ?건|숫자|when|why|where|how|who|how many|(quick |just |the |exact )*(number|count|total)|date)\s*(요|죠|는요)?\s*[?？!.]*$/i;

/** "저희 계약 언제 만료됐어요?", "when does it expire", "until when can we use them?": a date asked outright, which the rules read as the validity. */
const WHEN_ENDS = /언제[^?？.!]{0,12}(만료|끝나|끝났|종료)|언제까지|\bwhen\b[^?.!]{0,30}\b(expire|expired|expires|end|ends|ended|run out)\b|\buntil when\b/i;

/** A statement that uses "what" ("thats what we have", "that's what my boss said"). */
const SAYS_WHAT = /^(that'?s|thats|this is|it'?s|its|here'?s|which is) (exactly |just )?what\b[^?？]*$/i;
/** The parts of a message that ask something, in order (none when it is one sentence). */
export function questionParts(text: string): string[] {
  return partsWithContext(text).map((p) => p.text);
}

/** A question of a message, and the statement right before it, if any ("our new hire uses a personal MSA - can he use them?"). */
interface Part {
  text: string;
  context?: string;
  /** A listed item that points back ("for this", "raise it"): its reading with the context wins when that one is sure. */
  refersBack?: boolean;
}

/** A line that quotes a forwarded mail ("> 1) How many…"): read without the quote mark. */
const QUOTED_LINE = /^[ \t]*>+[ \t]?/gm;

/**
 * Questions listed one per line ("1. …", "2) …", "가. …", "- …"), two or more: each line is one question,
 * whatever commas or dashes it holds, and the lines around them are context (greetings, signatures, mail headers).
 */
function listedLines(text: string): string[] {
  const lines = text.slice(0, SPLIT_CHARS * 2).replace(QUOTED_LINE, '').split('\n').map((l) => l.trim());
  const items = lines.filter((l) => LIST_MARKER.test(l) && l.replace(LIST_MARKER, '').replace(/\s/g, '').length >= 3);
  return items.length >= 2 ? items.map((l) => l.replace(LIST_MARKER, '')) : [];
}

/** The sentence before a list ("One of our CSP customers has an Azure VM that keeps rebooting… two questions:"), for the items that point back to it. */
function listContext(text: string): string | undefined {
  const lines = text.slice(0, SPLIT_CHARS * 2).replace(QUOTED_LINE, '').split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => LIST_MARKER.test(l));
  const before = lines.slice(0, Math.max(first, 0)).filter((l) => l && !GREETING.test(l) && !PREAMBLE.test(l));
  const context = before.join(' ').slice(-300).trim();
  return context || undefined;
}

function partsWithContext(text: string): Part[] {
  const listedItems = listedLines(text);
  if (listedItems.length) {
    const context = listContext(text);
    // "1. Do I need our Access ID for this?", "2. Where do I raise it?": an item that points back is read with the sentence before the list.
    return listedItems.slice(0, MAX_QUESTIONS).map((item) => ({ text: item, ...(context && REFERS_BACK.test(item) ? { context, refersBack: true } : {}) }));
  }
  // "cloud incidents left + when does it all expire": two questions joined by a plus sign.
  // ("1. onprem left 2. contract end date": items numbered on one line; "2." is a marker there, not a sentence's end.)
  const numbered = INLINE_NUMBERED.test(text) ? text.replace(/(^|\s)([1-9])\.(?=\s)/g, '$1$2)') : text;
  const pieces = numbered.slice(0, SPLIT_CHARS).replace(QUOTED_LINE, '').replace(PLUS_JOINED, '? ').split(BOUNDARY).map((s) => s.trim()).filter(Boolean);
  // "몇 개 썼어요? 언제?": a bare question word asks about the sentence before it.
  // ("Gold 20, Silver 15 맞아요? 이게 월마다인가요?": the period of the counts before.)
  // "온프레미스 몇 개? 그리고 클라우드는요?": the other kind of support after a count asks the same count of it (one answer gives both).
  const continues = (s: string, before: string | undefined) => BARE_WORD.test(s) || PERIOD_OF_BEFORE.test(s) || WHEN_CHANGED.test(s) || BARE_SUPERLATIVE.test(s) || (before !== undefined && OTHER_SCOPE.test(s) && SCOPE_NAMED.test(before));
  // ("Two things: 1) how many …? 2) …": the words announcing the list are not part of its first item.)
  const sentences = pieces.reduce<string[]>((all, s) => (all.length && continues(s, all.at(-1)) ? [...all.slice(0, -1), `${all.at(-1) ?? ''} ${s}`] : [...all, s]), []).map((s) => s.replace(LIST_INTRO, '')).filter((s) => s.replace(/\s/g, '').length >= 3);
  if (sentences.length < 2) return [];
  // "1) can I use my outlook.com account": a list's marker is not part of the question; "2) 온프레미스 남은 건수": a listed item asks, greetings don't.
  // In a list of questions ("가. … 몇 건인지 / 나. … 가능한지"), the listed items ask and the sentences around them are context.
  const listed = sentences.filter((s) => LIST_MARKER.test(s)).length >= 2;
  // ("cloud and on-prem balances pls, and when does our contract run out": a balance asked for is a question too.)
  // ("thats what we have" says what; it asks nothing.)
  const asks = (s: string) => LIST_MARKER.test(s) || asksItself(s) || (!listed && !SAYS_WHAT.test(s) && (ASKS.test(s) || REQUESTS.test(s) || COUNTS_ASKED_FOR.test(s) || REPORTED.test(s)));
  const parts: Part[] = [];
  sentences.forEach((s, i) => {
    if (!asks(s) || GREETING.test(s) || PREAMBLE.test(s)) return;
    const before = sentences[i - 1];
    // ("…, and do I have to type it again?": the joining word is read as nothing.)
    parts.push({ text: s.replace(LIST_MARKER, '').replace(ALSO, ''), ...(before !== undefined && !asks(before) ? { context: before } : {}) });
  });
  return parts.slice(0, MAX_QUESTIONS);
}

/** The company's counts asked either way ("how many incidents does our company have right now?"): the balance and the benefits answer alike. */
const OWN_COUNTS: ReadonlySet<string> = new Set(['remaining-incidents', 'check-benefits']);
/** A reading torn only between two answers that say the same counts is the first of them. */
function settled(r: Recognition): Recognition {
  const [first, second] = r.alternatives;
  return r.ambiguous && first && second && OWN_COUNTS.has(first.intent) && OWN_COUNTS.has(second.intent) ? { ...r, intent: first.intent, score: first.score, ambiguous: false } : r;
}

/** A part's own reading, filled in with what the whole message named (the membership, the competencies). */
function withWhole(part: Recognition, whole: Recognition, listed = false): Recognition {
  const named = part.entities.offer || part.entities.currentOffer || part.entities.competencies.length;
  // A listed item does not take the old names the rest of the mail mentions ("제목: MPN 혜택 …"): it asks about them only in its own words.
  const { renames: _mentioned, ...wholeNamed } = whole.entities;
  return named ? part : { ...part, entities: { ...(listed ? wholeNamed : whole.entities), ...part.entities, competencies: whole.entities.competencies } };
}

/** A question about the asker's own company ("how many do we have", "우리 남은 거"). */
const OWN_ASKED = /\b(we|our|us)\b|우리|저희/i;

/** The whole message's reading without the memberships it names. */
function withoutOffers(r: Recognition): Recognition {
  const { offer: _offer, offers: _offers, currentOffer: _current, currentOffers: _currents, ...entities } = r.entities;
  return { ...r, entities };
}

/** The parts a what-if over a whole message answers itself: the balance, the benefits, the product the requests are for. */
const WHAT_IF_PARTS: ReadonlySet<string> = new Set(['remaining-incidents', 'check-benefits', 'supported-products']);

/** A question whose subject is in the sentences before it ("that one", "it", "그거", "can we still …"). */
/** A question about the statement right before it ("do i link our ids for that?", "그거 때문에 … 돼요?"). */
const FOR_THAT = /\b(for|about|with|in) (that|this)( one| case| issue| problem)?\b[^?？]{0,15}[?？]?$|(그거|이거|그 ?건|이 ?건|그 ?문제|이 ?문제)(에 ?대해|때문에|으로|로|는|도)/i;
const REFERS_BACK = /\b(that|this|it|those|these|them|still|he|she|him|his|her|their)\b|그거|그것|이거|그건|이건|아직도|여전히/i;

/** One question of a message and its reading. */
export interface Question {
  text: string;
  recognition: Recognition;
}

/** Topics answered beside another one: an answer, not the menu, a command or a hand-off. */
function answerable(r: Recognition): boolean {
  return isIntentId(r.intent) && r.intent !== 'help' && ['stateless', 'info', 'dialog'].includes(topicOf(r.intent).answer);
}

/** A part's reading that is answered on its own. */
function confidentPart(r: Recognition): boolean {
  return answerable(r) && !r.ambiguous && r.score >= PART_CONFIDENCE && !r.error;
}

/** Whether the whole message's reading supports a part's topic (its pick, or one of its runner-ups). */
function supports(whole: Recognition, intent: string): boolean {
  return whole.intent === intent || whole.alternatives.some((a) => a.intent === intent);
}

/** Several answers in one turn: those that may ask back (dialogs) come last; once one waits for an answer, the rest are not begun (see DialogBot). */
function inOrder(questions: Question[]): Question[] {
  const asksBack = (q: Question) => isIntentId(q.recognition.intent) && topicOf(q.recognition.intent).answer === 'dialog';
  return [...questions.filter((q) => !asksBack(q)), ...questions.filter(asksBack)];
}

/** "(1) Azure says '…already associated…' (2) how many on-prem incidents left?", "(a) … (b) …": numbered questions, split only there. */
const LISTED = /\s+(?=\(?(?:[2-9][).]|[b-e]\))\s)/;

/** The items of a list, one per line or on one line ("(a) … (b) …", "1) … 2) …"), when there are two or more. */
export function listedItems(text: string): string[] {
  const lines = listedLines(text);
  const inline = text.slice(0, SPLIT_CHARS).split(LISTED).map((s) => s.trim()).filter(Boolean);
  return lines.length ? lines : inline.length >= 2 ? inline : [];
}

/** A closing quote mark (an apostrophe inside a word, as in "today's", is none). */
const QUOTE_MARK = /["”」』]|['’](?![A-Za-z])/g;

/** The end of the sentence that quotes a message: a full stop, or "… 뜨는데요,". */
const AFTER_QUOTE = /^\s*(?:[.!?。]+|(?:이?라고 ?)?(?:뜨는데요?|나오는데요?|떠요|나와요|뜹니다|나옵니다|떴어요|나왔어요|떴는데요?|나왔는데요?|뜸|나옴|떴음|나왔음|뜨네요|나오네요)[,.]?)\s+/;

/** A word that adds a question ("also whats …", "btw how …", "그리고 …"). */
const ALSO = /^\s*((also|and|or|btw|plus|oh and)\b|(그리고|또|참고로)(?=[\s,]))[,\s]*/i;

/**
 * A sentence that asks by its own words, also after an "also" or "and" ("and can we use those for M365 too", "also whats
 * the way to …"); "and should get 15 on-prem incidents" goes on with a statement (a question word and its subject).
 */
function asksItself(sentence: string): boolean {
  if (QUESTION.test(sentence) || INVERTED.test(sentence)) return true;
  const s = sentence.replace(ALSO, '');
  return s !== sentence && (/^(how|what|where|who|when|why|which)(s|'s)?\b/i.test(s) || /^(can|could|do|does|did|is|are|should|will|would|may)\s+(we|i|you|they|he|she|it|our|my|the|this|that|there)\b/i.test(s));
}

/** A partner's question told by staff ("파트너가 core 오퍼로도 온프렘 받냐고 물어봄", "she asks whether …"). */
const REPORTED = /(냐|는지|니|나|는가)(고|를)? ?(묻|물어|물었|문의|궁금해)|\b(asks?|asked|asking|wants? to know|wondering) (if|whether)\b/i;

/** A question asked inside a sentence, without its mark ("im on my outlook.com account is that even allowed for on-prem"). */
const INVERTED = /\b(is|are|can|could|does|do|will|would|should) (that|it|this|i|we|they)( even| still| really| actually)? (be )?(allowed|ok|okay|fine|possible|supported|eligible|valid|a problem|an issue|enough|covered)\b/i;

/** A question about the quoted message itself ("why?", "what does it mean?", "왜요?"). */
const ABOUT_MESSAGE = /\bwrong account\b|\bwho (can|could|should|will) (fix|solve|sort|resolve)\b|누가[^.?!]{0,10}(해결|고쳐|고칠|처리)|\bor what\b|\bwhy\b|\bworr(y|ied)\b|걱정|\bhow come\b|\bwhat does (it|that|this) mean\b|\bwhat('s| is) (going on|wrong|this)\b|왜|무슨 (뜻|의미|말)|뭔가요|뭐죠|어떻게 된|\bjust wait\b|\b(wait|waiting)\b.{0,20}\b(fix|help|enough|right|correct|ok|okay)\b|\bshould (i|we) (just )?wait\b|기다리면 (되|돼|해결|풀|없어)|기다려(야|보면)/i;

/** "'No benefits yet' 뜨는데요, 제일 싼 오퍼가 뭐예요?": the quoted message, and a question asked after it. */
function afterQuote(text: string): string[] {
  const end = [...text.matchAll(QUOTE_MARK)].at(-1);
  if (end?.index === undefined) return [];
  // Only a new sentence after the quote ("… when I try to activate. how??" still belongs to the message's sentence).
  const rest = text.slice(end.index + 1);
  // "… gives me that 'already associated' message for our IDs. Do I need to worry? also how many …?": the sentences after the quoting one.
  const boundary = AFTER_QUOTE.exec(rest) ?? /[.!?。](?=\s)/.exec(rest);
  const after = boundary ? rest.slice((boundary.index ?? 0) + boundary[0].length).trim() : '';
  // "… So why?", "우리 회사 골드 아니었어요?", "Do I need to worry?": about the message itself, which its diagnosis answers.
  // ("… wrong account or what? also whats the on-prem count for silver anyway": the question after "also".)
  const sentences = after.split(/(?<=[.!?？])\s+/);
  const at = sentences.findIndex((s) => (asksAny(s) || /^(whats|hows|wheres|whos|whens)\b/i.test(s)) && s.split(/\s+/).length >= 4 && !DOUBT.test(s));
  const asked = sentences[at];
  if (!asked) return [];
  // ("… also how many cloud incidents left, and when does our contract end?": each question of what follows, but
  // not those about the message itself, "누가 해결해줄 수 있는지", which its diagnosis answers.)
  const following = sentences.slice(at).join(' ');
  const each = questionParts(following);
  // (One question there is read whole, with what its sentence says first: "we're looking at getting gold anyway - how many … would that give us?".)
  const own = (each.length > 1 ? each : [following]).filter(ownQuestion);
  return own.length ? [text.slice(0, text.lastIndexOf(asked)), ...own] : [];
}

/** A sentence that asks, in words or by its mark ("how many …", "…알려주세요", "…?"). */
const asksAny = (s: string) => asksItself(s) || ASKS.test(s) || REQUESTS.test(s);
/** A question beside a pasted message that is not about the message itself (its diagnosis answers those) nor a doubt. */
const ownQuestion = (q: string) => !ABOUT_MESSAGE.test(q) && !DOUBT.test(q);

/** A message's sentences and lines, at most this many looked at for where a pasted message ends. */
const MAX_UNITS = 8;

/**
 * "azure gives me this:\nThis Access ID is already associated …\nalso how many cloud incidents do we still have, and when does
 * our contract end??": no quote marks, so the pasted message ends where the rest of the message no longer reads as one;
 * that rest's questions, each (none that is about the message itself).
 */
async function afterPasted(text: string, recognize: (part: string) => Promise<Recognition>): Promise<string[]> {
  // (A message pasted alone asks nothing: no reading of its pieces.)
  if (!/[?？]/.test(text) && !ASKS.test(text) && !REQUESTS.test(text) && !COUNTS_ASKED_FOR.test(text)) return [];
  const units = text.split(/(?<=[.!?？])\s+|\n+/).map((u) => u.trim()).filter(Boolean).slice(0, MAX_UNITS);
  for (let j = 1; j < units.length; j++) {
    const rest = units.slice(j).join(' ');
    if ((await recognize(rest)).error) continue;
    const each = questionParts(rest);
    const asked = (each.length ? each : [rest]).filter((q) => (asksAny(q) || COUNTS_ASKED_FOR.test(q)) && q.split(/\s+/).length >= 3 && ownQuestion(q));
    return asked.length ? [units.slice(0, j).join(' '), ...asked] : [];
  }
  return [];
}

/**
 * A pasted portal message decides the message, except for other questions numbered beside it: the
 * message's part is triaged, each other numbered part answered too.
 */
async function listedBesideError(text: string, whole: Recognition, recognize: (part: string) => Promise<Recognition>): Promise<Question[]> {
  const alone = [{ text, recognition: whole }];
  // (An item ends with its question: "…every time you open a ticket?" then "thx / Patrick / Senior Engineer" is a signature.)
  const listed = text.slice(0, SPLIT_CHARS).split(LISTED).map((s, i) => ((i > 0 ? /^[^\n]*[?？]\s*\n/.exec(s)?.[0] : undefined) ?? s).trim()).filter(Boolean);
  const quoted = listed.length >= 2 ? listed : afterQuote(text.slice(0, SPLIT_CHARS));
  const parts = quoted.length >= 2 ? quoted : await afterPasted(text.slice(0, SPLIT_CHARS), recognize);
  if (parts.length < 2) return alone;
  const read = await Promise.all(parts.map(async (part) => ({ text: part, recognition: await recognize(part) })));
  // ("…, 계약 언제 끝나는지도 같이 알려주세요": a date or a count asked, which the recognizer can't place, is read by the rules.)
  const readings = read.map((q) => (q.recognition.error || confidentPart(q.recognition) || !(WHEN_ENDS.test(q.text) || /\bhow many\b|몇 ?(개|건)/i.test(q.text)) ? q : ruled(q)));
  // ("(a) Fabrikam sees 'no benefits yet' (b) Tailspin gets 'no partner support plan'": each pasted message is triaged.)
  const errors = readings.filter((r) => r.recognition.error);
  const pasted = listed.length >= 2 ? errors : errors.slice(0, 1);
  // ("이거 TAM한테 연락해야 되는거에요?" beside the message is about it: its diagnosis answers.)
  // (Items listed one by one are each asked, the one the whole message reads as too: "2) do the TPD hours need activation too".)
  const others = readings.filter(({ recognition: r }) => !r.error && answerable(r) && !r.ambiguous && r.score >= PART_CONFIDENCE && (r.intent !== whole.intent || listed.length >= 2));
  return pasted.length && (others.length || pasted.length >= 2) ? [...pasted, ...others].slice(0, MAX_QUESTIONS) : alone;
}

/** A question the routing rules read outright (not a guess), with their topic. */
function ruled<Q extends Question>(q: Q, related = false): Q {
  const d = routeTurn(q.text, undefined, q.recognition);
  if (d.kind !== 'answer' || d.ask.topic === 'help' || d.ask.topic === q.recognition.intent || (!related && d.ask.related !== undefined)) return q;
  return { ...q, recognition: { ...q.recognition, intent: d.ask.topic, score: Math.max(q.recognition.score, PART_CONFIDENCE), ambiguous: false } };
}

/**
 * What a message of several sentences asks: "we're an Action Pack partner, our dev couldn't find
 * the IDs — do I need to activate something first?" asks the question at the end, whatever the
 * context around it is about; "how many on-prem incidents, and who activates?" asks two things,
 * each answered. A pasted portal message decides the whole message (its diagnosis needs it all).
 * Returns the readings to answer, in order: the whole message's alone when it is one question.
 */
export async function questionsOf(text: string, whole: Recognition, recognize: (part: string) => Promise<Recognition>): Promise<Question[]> {
  const alone = [{ text, recognition: whole }];
  if (whole.error) return listedBesideError(text, whole, recognize);
  const parts = partsWithContext(text);
  // "남은게 18개라고요? 세번 열었는데 17개 아니에요?": one doubt about one count, not two questions.
  // ("온프레미스 19개 남은거 맞나요? 요청은 어디서 만들고요, 제 계정은 연결 돼 있어요?": a count checked beside other questions is one of them.)
  if (parts.length === 0 || (countDoubted(text) && parts.every((p) => NUMBER.test(p.text) || REMAINING.test(p.text)))) return alone;
  // A part too vague alone ("can he use them for on-prem?") is read with the statement before it ("our new hire uses a personal MSA").
  // (Items numbered on one line, "1) … 2) …", are a list too.)
  const listed = listedLines(text).length > 0 || (text.slice(0, SPLIT_CHARS).match(INLINE_ITEM)?.length ?? 0) >= 2;
  const partAlone = await Promise.all(parts.map((p) => recognize(p.text)));
  const readOne = async ({ text: part, context, refersBack }: Part, i: number): Promise<Question & { joined?: boolean }> => {
    // "what does a Silver partner get? and how many cloud incidents do we have?": a membership another question names is not ours.
    const namedElsewhere = OWN_ASKED.test(part) && partAlone.some((r, j) => j !== i && (r.entities.offer || r.entities.currentOffer));
    const own = { text: part, recognition: withWhole(settled(partAlone[i] ?? (await recognize(part))), namedElsewhere ? withoutOffers(whole) : whole, listed) };
    // ("customer has an azure problem in their CSP subscription. do i link our access id in azure for that?": "for that" is the statement before.)
    if (!context || (confidentPart(own.recognition) && !refersBack && !FOR_THAT.test(part))) return own;
    const joined = `${context} ${part}`;
    const withContext = { text: joined, recognition: withWhole(await recognize(joined), whole, listed), joined: true };
    return confidentPart(withContext.recognition) ? withContext : own;
  };
  // A listed item the recognizer is unsure of ("2. 그 중 환불 처리된 인시던트가 있었는지", "3. 현재 계약의 만료일") is read by the routing rules.
  // So is one the rules answer otherwise ("2. 활성화하면 … 각각 몇 건씩?" is the counts, though its words say "activate").
  // So is a second question the recognizer can't place that names an offer or asks a count ("몇 건 남았어요?? 그리고 Core로도
  // 온프렘 되나요", "how many do they get"), when a rule reads it outright (not a guess).
  const byRules = <Q extends Question>(q: Q, i: number): Q => {
    const own = partAlone[i]?.entities;
    // ("…각각 몇개 남았어요? 그리고 티켓 열때마다 ID 넣어야되나요": the IDs asked every time is a rule's question too.)
    if (!listed && (confidentPart(q.recognition) || parts.length < 2 || !(own?.offer || own?.currentOffer || /\bhow many\b|몇 ?(개|건)/i.test(q.text) || WHEN_ENDS.test(q.text) || IDS_ONCE.test(q.text)))) return q;
    return ruled(q, listed);
  };
  const readings = (await Promise.all(parts.map(readOne))).map(byRules);
  // ("and on-prem? and until when can we use them?": the other side named alone asks the last answer again, read by the routing with the conversation.)
  const confident = readings.filter(({ text: part, recognition: r }) => confidentPart(r) || (parts.length >= 2 && OTHER_SCOPE.test(part) && !r.error));
  // The same topic about two offers ("Solutions Partner's count? Does Success Core have one too?") is two questions.
  // Listed items are each asked (two may share a topic: "how many left" and "any refunded" are both the balance's).
  const key = (q: Question & { joined?: boolean }) => (listed ? q.text : `${q.recognition.intent} ${q.recognition.entities.currentOffer ?? q.recognition.entities.offer ?? ''} ${q.recognition.entities.renames?.join(',') ?? ''}`);
  // ("…does our gold pack work and how many are left?": the company's benefits beside its balance say the same counts.)
  const balanced = confident.some((q) => q.recognition.intent === 'remaining-incidents');
  const sameCounts = (q: Question) => balanced && q.recognition.intent === 'check-benefits' && OWN_ASKED.test(q.text) && !listed;
  const distinct = confident.filter((q, i) => confident.findIndex((o) => key(o) === key(q)) === i && !sameCounts(q));
  // Two questions, each answered, when the whole message's reading is one of them (a vague part read alone is no second question).
  const topics = distinct.map((q) => q.recognition.intent);
  // Questions listed line by line are the questions, whatever the whole message reads as (its mail headers, its greeting).
  if (distinct.length && listed) return inOrder(distinct);
  // (A whole message no topic fits, "재무팀입니다. … 언제까지인지? … 누가 켜놓은 건지도 궁금하네요", is its questions too.)
  // ("new engineer joined … can he just use ours? also do i have to activate again for him": one answer written for the
  // whole message, about activating again for a person, answers both.)
  const forWhole = routeTurn(text, undefined, whole);
  if (forWhole.kind === 'answer' && forWhole.ask.aspect === 'pushback') return alone;
  // ("on prem left? we plan ~6 sql server 2019 cases next quarter, what'd remain after": one what-if over the whole message,
  // whose parts about the balance or the product are its own; other questions beside it are still answered.)
  // ("…if it's closed as a bug do we get it back? what would the core line be at then?": a refund supposed is a what-if too.)
  if (forWhole.kind === 'answer' && forWhole.ask.aspect === 'after' && (countsMore(text) || REFUND_WHAT_IF.test(text))) return [...alone, ...inOrder(distinct.filter((q) => !WHAT_IF_PARTS.has(q.recognition.intent)))].slice(0, MAX_QUESTIONS);
  // (The other side named alone, "and on-prem?", is a question of its own whatever the whole reads as.)
  if (distinct.length >= 2) return topics.some((t) => supports(whole, t)) || whole.intent === 'none' || distinct.some((q) => OTHER_SCOPE.test(q.text)) ? inOrder(distinct) : alone;
  const [only] = distinct;
  // "…제 계정에 연결해도 되는 거죠? 애저에서 해보니까 이미 연결됐다는 에러가 나와서요": a message the portal's error names outright is its diagnosis.
  if (only && whole.intent === 'access-id-error' && whole.score >= 1 && !whole.ambiguous && /already (associated|linked)|이미 ?(연결|등록)|연결되어 ?있/i.test(text)) return alone;
  // A question read together with the statement before it is one of several, never the message's only reading.
  // ("we're gold btw - how many on prem incidents and where do i open them": one clear question, and the whole message's own
  // other reading (where they are opened) for the part too vague alone: both answered.)
  const besideWhole = only && parts.length >= 2 && whole.intent === 'none' && forWhole.kind === 'answer' && forWhole.ask.related === undefined && forWhole.ask.topic !== only.recognition.intent && !REFERS_BACK.test(only.text) && only.text.split(/\s+/).length >= 4 && !BARE_WORD.test(only.text);
  if (besideWhole) return [only, ...alone];
  if (only?.joined) return alone;
  // "…'presales and deployment' hours on the same page. Do I have to activate that one too?": a question about "that" is
  // about the context, which the whole message's own reading already names.
  if (only && REFERS_BACK.test(only.text) && isIntentId(whole.intent) && !whole.ambiguous) return alone;
  // A whole message its own words name outright ("closed as a duplicate – do we get the incident back?") keeps that reading over a vaguer part.
  if (only && whole.score >= 1 && only.recognition.score < 1 && isIntentId(whole.intent) && !whole.ambiguous) return alone;
  // One clear question among context sentences, which the whole message also supports: its reading
  // ("…nobody could find the IDs — do I need to activate something first?" asks about activation, not about the context).
  // "but where is the id? i search in partner center and cant find nothing": no reading of the whole, one clear question in it.
  // (Only when the rules find nothing in the whole either: "We still run Exchange 2010 … Can I use our partner incidents for that?" is the versions.)
  // (A guess at the whole is no reading of it: "new to the team. where do i find our support IDs …" is not Teams.)
  if (only && whole.intent === 'none' && !whole.error && only.recognition.score >= 1 && (forWhole.kind !== 'answer' || forWhole.ask.related !== undefined)) return [{ text, recognition: only.recognition }];
  return only && only.recognition.intent !== whole.intent && supports(whole, only.recognition.intent) ? [{ text, recognition: only.recognition }] : alone;
}
