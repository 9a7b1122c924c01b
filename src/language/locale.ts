import type { Locale } from '../core/types.js';

/** Share of letters that must be Hangul before a message counts as Korean. */
export const HANGUL_SHARE_FOR_KOREAN = 0.3;
/**
 * Korean sentences end in their predicate, so text that ends in a Hangul word is a Korean
 * sentence quoting English terms ("Advanced Support for Partners가 뭐예요") from this smaller share on.
 */
export const HANGUL_SHARE_WITH_KOREAN_ENDING = 0.1;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const LETTER = /\p{L}/u;

/** Maps a channel or user locale hint ("ko-KR", "ko", "en-US", "en_GB") to a supported locale, if any. */
export function localeFromHint(hint: string | undefined): Locale | undefined {
  const primary = hint?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'ko' ? primary : undefined;
}

/**
 * Fraction (0..1) of the letters in `text` that are Hangul; 0 when there are no letters.
 * A Hangul syllable counts as the letters (jamo) it is written with, 2 or 3, so "Access ID is
 * already associated 오류 뜹니다" reads as the Korean message it is.
 */
export function hangulShare(text: string): number {
  let letters = 0;
  let hangul = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (HANGUL.test(ch)) {
      const jamo = ch.normalize('NFD').length;
      letters += jamo;
      hangul += jamo;
    } else {
      letters += 1;
    }
  }
  return letters === 0 ? 0 : hangul / letters;
}

/**
 * The last run of letters in the text (what follows it has no letters), scanned from the end:
 * a regex lookahead for "no letter until the end" is quadratic on long text.
 */
export function lastWord(text: string): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && !LETTER.test(chars[end - 1] ?? '')) end -= 1;
  let start = end;
  while (start > 0 && LETTER.test(chars[start - 1] ?? '')) start -= 1;
  return chars.slice(start, end).join('');
}

/** English grammar words: a sentence built of them is English even when its terms are Korean ("can someone with 관리 에이전트 activate the 기술 혜택?"). */
const ENGLISH_FRAME = /\b(the|is|are|was|can|could|our|we|with|to|of|and|how|what|who|where|when|do|does|did|my|it|in|on|someone|anyone|should|would|will|have|has|this|that)\b/gi;
const ENGLISH_FRAME_WORDS = 4;
/** A Hangul word ending in a Korean predicate or particle ("뭐예요", "관리자는"): the sentence is Korean. */
const KOREAN_GRAMMAR = /[가-힣](요|다|까|죠|니|나|어|야|네|지|고|서|면|는|은|을|를|에|의|도|로|께|랑|와|과)(?![가-힣])/u;

/** English words that carry a sentence (not product names), for telling an English message with a Korean aside. */
const ENGLISH_GRAMMAR = /\b(the|is|are|was|can|could|our|we|with|to|of|and|how|what|who|where|when|do|does|did|my|it|in|on|should|would|will|have|has|this|that|you|your|i|me|us|an?|for|if|or|but|so|any|need|there|not|ok|okay|hi|hey|please|pls|thanks)\b/gi;
/** Portal messages pasted without quotes are not the speaker's English. */
const PORTAL_ENGLISH = /already associated|not authorized|any benefits yet|technical account manager|unavailable support plans|support plans? (is|are) not|program-associated/i;
/** Starts in English, has more English sentence words than Korean words, and at most a short Korean aside. */
function englishWithAside(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  if (!first || HANGUL.test(first) || PORTAL_ENGLISH.test(text)) return false;
  const english = (text.match(ENGLISH_GRAMMAR) ?? []).length;
  const korean = text.split(/\s+/).filter((w) => HANGUL.test(w)).length;
  return korean > 0 && korean <= 4 && english >= 2 && english >= korean;
}

/**
 * A whole English question beside Korean ("Litware 파트너가 Azure ticket 못 연다고 하네요. can you check their
 * Signature status?", "what counts as one incident? 한 케이스에 여러 번 통화하면요?"): the speaker asks in English.
 */
function englishQuestion(text: string): boolean {
  // ("…지금 프로그램이면 이게 뭐라고 불려요? Partner Cloud Support 5?": a product name with a question mark is no English question.)
  return text.split(/(?<=[?？.!])\s+|\n+|\s[—–-]{1,2}\s/).some((s) => /[?？]\s*$/.test(s) && !HANGUL.test(s) && (s.match(/[a-z]{2,}/gi) ?? []).length >= 3 && (s.match(ENGLISH_GRAMMAR) ?? []).length >= 1 && !PORTAL_ENGLISH.test(s));
}

function englishSentence(text: string): boolean {
  return (text.match(ENGLISH_FRAME) ?? []).length >= ENGLISH_FRAME_WORDS && !KOREAN_GRAMMAR.test(text);
}

/** A quoted passage ("…", “…”, '…' of some length, 「…」): a pasted message, not the speaker's own words. */
const QUOTED = /"[^"]*"|“[^”]*”|'[^']{8,}'|‘[^’]{8,}’|「[^」]*」/g;
/** A quoted sentence (20 characters or more): someone else's words ("partner forwarded: "our gold … gives us unlimited signature""). */
const QUOTED_SENTENCE = /"[^"]{20,}"|“[^”]{20,}”|'[^']{20,}'|‘[^’]{20,}’|「[^」]{20,}」/g;

/** The speaker's own words: the text without the sentences it quotes (a quoted word or name stays). */
export function ownWords(text: string): string {
  return text.replace(QUOTED_SENTENCE, ' ');
}

/** Language of the text alone: Korean when Hangul is a meaningful part of it (see the thresholds above). */
export function textLocale(text: string): Locale {
  // "Litware pinged us in Korean, roughly:\n- 시그니처 다 쓴 건가요?\n… can you give me the facts in English": the lines
  // that frame a pasted list or quoted mail are the speaker's own words.
  const framed = frameLines(text);
  if (framed !== undefined) return framed;
  // "korean partner sent me this: '<Korean message>' what do i tell them": the words around a quote are the speaker's.
  const outside = text.replace(QUOTED, ' ');
  if (outside.length < text.length && hangulShare(outside) < HANGUL_SHARE_WITH_KOREAN_ENDING && (outside.match(ENGLISH_FRAME) ?? []).length >= 2 && (outside.match(/[a-z]{2,}/gi) ?? []).length >= 5) return 'en';
  // "on-prem incidents for us left? 20개 맞죠?", "ok but 이미 activated 된거죠? when does it expire": an English message with a short Korean aside.
  if (englishWithAside(outside) || englishQuestion(outside)) return 'en';
  const share = hangulShare(text);
  if (share >= HANGUL_SHARE_FOR_KOREAN) return englishSentence(text) ? 'en' : 'ko';
  return share >= HANGUL_SHARE_WITH_KOREAN_ENDING && HANGUL.test(lastWord(text)) ? 'ko' : 'en';
}

/** A line of a pasted list or quoted mail ("- …", "• …", "1. …", "> …"). */
const PASTED_LINE = /^\s*(>|[-*•·]|\(?\d{1,2}[).]|[a-e][).]|[가나다라마바사]\.)\s*/u;

/**
 * The language of the lines around a pasted list or quoted mail, when the message has both and its own
 * lines are English ("…pinged us in Korean:\n- …\n- …\nwhat do I reply?"); undefined otherwise. Linear in the text.
 */
function frameLines(text: string): Locale | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n').map((l) => l.replace(QUOTED, ' ')).filter((l) => l.trim());
  const pasted = lines.filter((l) => PASTED_LINE.test(l));
  const own = lines.filter((l) => !PASTED_LINE.test(l)).join(' ');
  if (!pasted.length || !own.trim()) return undefined;
  const english = (t: string) => hangulShare(t) < HANGUL_SHARE_FOR_KOREAN && (t.match(ENGLISH_FRAME) ?? []).length >= 2 && (t.match(/[a-z]{2,}/gi) ?? []).length >= 5;
  // The speaker's own lines are English, or they only name Korean screens and the listed questions are English.
  return english(own) || (!KOREAN_GRAMMAR.test(own) && english(pasted.join(' '))) ? 'en' : undefined;
}

/**
 * The language a partner saw the quoted words in: Korean when the quote is Korean, else the
 * message's (English portal messages are common in Korea: a Korean message around one stays Korean).
 */
export function quotedLocale(text: string): Locale {
  const quoted = text.match(QUOTED)?.join(' ') ?? '';
  return quoted && hangulShare(quoted) >= HANGUL_SHARE_FOR_KOREAN ? 'ko' : textLocale(text);
}

/**
 * The locale to answer in: a supported hint ("ko-KR", "en-US") wins; otherwise the language
 * of the text ({@link textLocale}); English by default.
 */
export function detectLocale(text: string, hint?: string): Locale {
  return localeFromHint(hint) ?? textLocale(text);
}

/** A language named on its own ("Korean", "한국어로"). */
const LANGUAGE_NAME = /^(korean|english|한국어|한글|영어|영문)(로|으로)?(요|는|도)?$/;
/** Every other word of a request for the other language ("can you answer that in English please", "한국어로 다시 답해 주세요"). */
const REQUEST_WORD =
  /^(in|into|of|my|your|can|could|would|will|you|u|please|pls|plz|reply|answer|respond|write|say|send|give|show|explain|repeat|translate|it|that|this|me|us|the|same|again|one|back|version|now|ok|okay|and|to|for|them|him|her|his|their|partner|customer|team|colleague|colleagues|staff|users|thanks|thank|draft|pls|plz|write|do|a|an|use|speak|talk|from|on|here|instead|also|too|same|all|sorry|kindly|maybe|possibly|oh|ah|hmm|um|uh|hey|hi|actually|just|btw)$|^(아|어|음|흠|앗|저기|혹시|근데|그런데|죄송한데|죄송하지만|미안한데|방금|아까|거|걸|것|위|위에|방금꺼|방금거|수|있나요|있을까요|있어요|있으세요|있습니까|다시|그거|그걸|그것|그것도|이거|이걸|좀|한번|한|번|그럼|그리고|고객|파트너|고객한테|파트너한테|고객에게|파트너에게|고객님께|보낼|보낼거라|거라|거라서|거니까|예정이라|답장|답장은|답장도|내용|내용도|전체|전부|다)$|^(답|대답|번역|설명|작성|말|얘기|안내|써|알려|보내|해|바꿔|부탁|드려|주)[가-힣]*$|^(답장|회신|답변)으로$|^[가-힣]{1,6}(님께|님한테|님에게)$/;

/** A sentence that brings its own question ("콘토소 admin이 남은 인시던트를 어디서 확인하냐고 물어요.", a quoted portal message): not a reason for the language. */
const ASKS_SOMETHING = /["“”]|인시던트|혜택|액세스|아이디|오류|에러|활성화|잔여|남은|어디|어떻게|몇 ?(개|건)|누가|언제|(냐|는지|니)고 ?(묻|물어|문의|하네|해요|함)|뭐냐|\b(incidents?|benefits?|access id|contract id|error|activat\w*|where|how|who|when|which)\b|\b(say|tell|mention|include|add|explain)\b.{0,20}\bwhat\b|\bwhat (they|we|he|she|you) (get|have|has)\b/i;

/**
 * "In Korean please", "can you answer that in English?", "한국어로 다시 답해 주세요": a request to hear
 * the last answer in the other language (every word is a language name or a word of asking).
 * Undefined for anything else ("영어로 된 오류가 떠요" names a language but asks something else).
 */
/** Why the other language is asked for ("my manager doesnt read korean", "팀장님이 한국어를 못 읽으셔서"). */
const LANGUAGE_REASON = /\b(read|reads|speak|speaks|understand|understands)\b[^.?!]{0,20}\b(korean|english)\b|\b(korean|english)[- ]speaking\b|(한국어|영어|한글)[^.?!]{0,10}(못|안) ?(읽|하|알)/i;
export function languageAsked(text: string): Locale | undefined {
  if (text.length > 160) return undefined;
  // "Sorry, can you answer in English? My colleague needs to read it.", "그분 영어로 답장 받길 원하세요. 영어로 써주세요":
  // one sentence asks for the language, the others only give a reason (they ask nothing).
  const sentences = text.split(/(?<=[?.!,])\s+/).filter((s) => s.trim());
  for (const [i, sentence] of sentences.entries()) {
    const asked = requestIn(sentence);
    if (!asked) continue;
    const others = sentences.filter((_, j) => j !== i);
    // (A sentence that describes a problem, "SfB에서 … cannot be used … 나와요.", is the question: see languageBeside.)
    // ("…my manager in singapore doesnt read korean": who reads it is a reason too.)
    if (others.every((o) => requestIn(o) !== undefined || onlyRequestWords(o) || (!/[?？]/.test(o) && LANGUAGE_REASON.test(o)) || (!/[?？]/.test(o) && !ASKS_SOMETHING.test(o) && !PROBLEM_SAID.test(o) && o.split(/\s+/).length <= 12))) return asked;
  }
  return undefined;
}

/** A sentence that describes a problem or what a portal showed ("… 나와요", "Windows Server 2008 R2 골랐어요", "the plan is missing"). */
const PROBLEM_SAID = /\b(error|message|cannot|can'?t|doesn'?t|won'?t|fail(s|ed)?|missing|greyed|grayed|not (showing|working|visible|there))\b|오류|에러|메시지|나와요|나옵니다|나왔|떠요|뜹니다|떴|안 ?(돼|되|보여|보이|떠|뜨|나와)|골랐|선택했/i;

/** A quoted passage in a sentence (the global QUOTED above, without its state). */
const QUOTES = new RegExp(QUOTED.source);
/** A sentence that only says why another language is asked. */
const REASON_ONLY = /(해서|돼서|되서|라서|거라서?|이라서?|때문|위해|용이에요|용입니다|용이라)|\bbecause\b|\b(need|have|got) to (brief|send|forward|share|show|explain|report)\b|\bfor (my|our|the) (boss|manager|team|office|hq|colleague|partner|report)\b|\b(my|our) (boss|manager|team|hq|colleague)s? (only )?(reads?|speaks?|needs?|wants?)\b/i;

/**
 * A language asked for in a sentence of a longer message: "N-1 정책이 뭐에요? 답변은 영어로 부탁드려요" asks the
 * question in English (`rest` is the message without that sentence); "방금 내용 영어로 다시 써줄래요? 글로벌팀에
 * 포워딩 해야돼서" asks nothing else (no `rest`: the last answer again, in that language).
 */
export function languageBeside(text: string): { locale: Locale; rest?: string; said?: string } | undefined {
  if (text.length > 600) return undefined;
  const sentences = text.split(/(?<=[?.!？])\s+/).filter((s) => s.trim());
  const asked = sentences.map((s) => answerLanguageIn(s));
  const i = asked.findIndex((l) => l !== undefined);
  const locale = asked[i];
  // ("Can you explain in English how many incidents we have?" asks its own question: the whole message is read.)
  // (So does one that quotes a message: "Isaiah님 'You are not authorized for this action' 건 답장 초안 한국어로 써줘요".)
  if (!locale || ASKS_SOMETHING.test(sentences[i] ?? '') || QUOTES.test(sentences[i] ?? '')) return undefined;
  // The other sentences, without those that only give the reason ("글로벌팀에 포워딩 해야돼서", "need to brief our Seoul office").
  const others = sentences.filter((s, j) => j !== i && !(REASON_ONLY.test(s) && s.split(/\s+/).length <= 8));
  const rest = others.join(' ').trim();
  // ("요한나 님이 애저에서 시그니처 플랜이 안 보인다고 하셔서요, 기록 보시고 보낼 답장 한국어로 좀 써주세요": one long sentence
  // that asks something beside the language is that question, in that language.)
  if (!others.length && (sentences[i] ?? '').split(/\s+/).length >= 10 && DOMAIN_WORD.test(sentences[i] ?? '')) return { locale, rest: sentences[i] ?? '' };
  // A question, or a problem described ("애저에서 … 시그니처 플랜이 안떠요.. 영어로 써주세요"): answered in that language.
  return /[?？]/.test(rest) || ASKS_SOMETHING.test(rest) || rest.split(/\s+/).length >= 4 ? { locale, rest, said: sentences[i] ?? '' } : { locale };
}

/** A word of what the bot answers about ("can you put that in English, I need to forward it" has none: only the language is asked). */
const DOMAIN_WORD = /azure|애저|signature|시그니처|\bplans?\b|플랜|incidents?|인시던트|access id|contract|계약|activat|활성화|benefits?|혜택|error|오류|에러|잔여|남은|\bleft\b|만료|expir/i;

/** Every word is a request word (no language named): "please?", "thanks". */
function onlyRequestWords(sentence: string): boolean {
  return words(sentence).every((w) => REQUEST_WORD.test(w));
}

function words(sentence: string): string[] {
  return sentence.toLowerCase().replace(/[?.!,~…:;()"'“”]+/g, ' ').split(/\s+/).filter(Boolean);
}

/** Words of a request to write the last answer again in another form ("shorter pls, like 2 lines", "좀 더 정중하게"). */
const REDRAFT_WORD =
  /^(shorter|short|shorten|brief|briefer|briefly|concise|formal|formally|polite|politely|friendlier|nicer|simpler|rewrite|rephrase|redo|reword|redraft|tone|more|bit|little|less|make|lines?|sentences?|[1-5]|two|three|like|next|steps?|add|with|include|짧게|간단히|간단하게|간략히|간략하게|정중하게|공손하게|격식|있게|더|좀더|조금|다듬어[가-힣]*|두|세|한|줄|줄로|문장|문장으로|요약[가-힣]*|정리[가-힣]*)$/;
/** The word that makes it a request for another form, not just "please". */
const REDRAFT = /\b(shorter|shorten|brief|briefer|concise|formal|formally|polite|politely|simpler|rewrite|rephrase|redo|reword|redraft)\b|짧게|간단히|간단하게|간략|정중하게|공손하게|격식|다시 ?(써|작성)|다듬|한 ?줄로|요약|줄여/i;

/**
 * "Shorter pls, like 2 lines", "add the next step and make it a bit more formal", "좀 더 정중하게 다시 써줘":
 * the last answer again (it is already written for the partner; the channel renders it).
 */
export function redraftAsked(text: string): boolean {
  // "짧게 한 줄로 다시요": a polite 요 after a word is the same word.
  // ("ㅇㅋ 슬랙 공지에 올리게 한 줄로 줄여줘요": where it goes is no question; "now rewrite that as 3 formal bullet points for my VP": that, rewritten.)
  return text.length <= 100 && REDRAFT.test(text) && (REWRITE_THAT.test(text) || words(text).every((w) => [w, w.replace(/요$/, '')].some((v) => REQUEST_WORD.test(v) || REDRAFT_WORD.test(v) || LANGUAGE_NAME.test(v) || PURPOSE_WORD.test(v))));
}
/** Where the redraft goes or who reads it ("슬랙 공지에 올리게", "for my VP", "for the channel"), and an ok before it. */
const PURPOSE_WORD = /^(ㅇㅋ|ok|okay|k|great|thanks|thx|cool|좋아요|넵|네|슬랙|slack|팀즈|teams|공지|공지에|공지용|채널|채널에|메일|메일로|이메일|올리게|붙이게|보내게|전달하게|for|my|the|a|an|vp|boss|manager|channel|email|e-mail|announcement|post|as|bullet|bullets|points?|into|it|that|this|now|줄여[가-힣]*)$/;
/** "rewrite that as …", "turn it into …": the last answer in another form, whatever follows. */
const REWRITE_THAT = /^\W*(?:\w+[.!,]\s+)?(?:now |pls |please |can you |could you )?(?:rewrite|reword|rephrase|redo|redraft|reformat|turn) (?:that|it|this)\b/i;

/** A redraft that asks for less ("shorter pls", "tl;dr", "한 줄로 요약"). */
export const SHORTER = /\b(shorter|shorten|brief|briefer|briefly|concise|tl;? ?dr|summar(y|ize|ise))\b|짧게|간단히|간단하게|간략|한 ?줄로|요약|줄여/i;

/** A reply for someone asked, in a few words ("write her a 3 line reply", "short msg for adele", "요한나 님께 보낼 짧은 안내문 부탁"). */
const REPLY_FOR = /\b(draft|write|compose)\b.{0,25}\b(reply|response|message|msg|note|e-?mail|answer)\b|\b(short|brief|quick|[1-5]|two|three)[- ](line |sentence )?(reply|response|message|msg|note)\b|\b(reply|response|message|msg|note)s? (to|for) [a-z]+( pls| please)?\s*$|(답장|답변|안내문|안내|메시지|메세지|회신|문구)[^.?!]{0,12}(써|작성|부탁|초안)|(님께|님한테|한테|에게|께) ?(보낼|전할|보내는|드릴)|(님께|님한테|한테|에게) ?(한 ?줄|짧게|간단히)/i;
/** A question in the message: then it is a new question, not a reply to the last one. */
const ASKS_NEW = /[?？]|\b(how|why|what|when|where|which|who)\b|몇|왜|언제|어디|무엇|뭐|누가|누구/i;
export function replyAsked(text: string): boolean {
  return text.length <= 80 && REPLY_FOR.test(text) && !ASKS_NEW.test(text);
}

/**
 * The language asked for beside a question ("CSP 고객 Azure 이슈인데 contract ID 써야 돼요? (answer in English, my
 * manager will read it)", "Exchange 2013 문제인데 지원 되나요? English answer pls", "… 한국어로 답해 주세요"): the answer's
 * language, whatever the question's. Undefined when none is asked.
 */
export function answerLanguageIn(text: string): Locale | undefined {
  const head = text.slice(0, 1_000);
  if (languageNamed(head, 'en')) return 'en';
  if (languageNamed(head, 'ko')) return 'ko';
  return undefined;
}

/** Asking verbs of English that take "in <language>" ("can you explain why in Korean?", "draft the answer in Korean for the partner"). */
const ASKING_VERBS = 'answer|reply|respond|write|explain|say|put|tell|draft|translate|summari[sz]e|describe';
/** Korean words after "영어로" that make it a request ("영어로 짧게요", "영어로 원인이랑 해결방법 좀", "영어로 정리해줘요"); "영어로 된 메시지" is none. */
const KOREAN_REQUEST_AFTER = /^ ?(다시 ?)?(답|대답|알려|설명|써|쓰|작성|부탁|해 ?주|번역|정리|요약|짧게|간단히|간략히|좀|요\s*[.!?]*$)|^[^.?!\n]{0,20}(좀|해 ?(주|줘)|부탁|주세요|줘요?|할래요)\s*[.!?~ㅠㅜ]*$/;
/** Each language's request patterns, compiled once: the English phrasings, and the Korean name before "로". */
const LANGUAGE_REQUESTS = {
  en: { english: requestPattern('english'), korean: /(영어|영문)로/g },
  ko: { english: requestPattern('korean'), korean: /(한국어|한글)로/g },
} as const;
function requestPattern(name: string): RegExp {
  return new RegExp(`\\b(${ASKING_VERBS})\\b[^.?!\\n]{0,30}\\bin ${name}\\b|\\b${name} (answer|reply|response|version|please|pls|plz|again)\\b|\\b(in|into) ${name},? (please|pls|plz|again)\\b|\\bagain in ${name}\\b`, 'i');
}
function languageNamed(text: string, locale: Locale): boolean {
  const { english, korean } = LANGUAGE_REQUESTS[locale];
  if (english.test(text)) return true;
  for (const m of text.matchAll(korean)) if (KOREAN_REQUEST_AFTER.test(text.slice((m.index ?? 0) + m[0].length).split(/[.?!\n](?=\s)/)[0] ?? '')) return true;
  return false;
}

/** The language one sentence asks for, when every word of it is a language name or a word of asking. */
function requestIn(sentence: string): Locale | undefined {
  if (sentence.length > 80) return undefined;
  let asked: Locale | undefined;
  for (const word of words(sentence)) {
    const name = LANGUAGE_NAME.exec(word)?.[1];
    if (name) asked = name === 'english' || name === '영어' || name === '영문' ? 'en' : 'ko';
    // ("다시요": a polite 요 after a word is the same word.)
    else if (![word, word.replace(/요$/, '')].some((w) => REQUEST_WORD.test(w) || REDRAFT_WORD.test(w))) return undefined;
  }
  return asked;
}
