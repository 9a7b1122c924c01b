import { timeBetween } from '../src/core/dates.js';
import { countSaid } from './arithmetic.js';
import type { LedgerEntry } from '../src/core/types.js';
import type { OrgSummary } from '../src/core/service.js';
import { netRequests } from '../src/core/ledger.js';
import { bothSidesNamed, scopeAsked, sentenceWith, shareAsked, TERM_SHARE, withoutNames } from '../src/language/signals.js';
import type { TurnInfo } from './turn.js';

/** The time between two days, in months and days ("9 months (273 days)"), or days alone. */
export function span(info: Pick<TurnInfo, 't'>, from: string, to: string): string {
  const [start, end] = from <= to ? [from, to] : [to, from];
  const { months, days } = timeBetween(start, end);
  return months ? info.t('answers:records.span', { count: months, days }) : info.t('answers:records.span-days', { days });
}

/** How long between two things: "how many days after … did we …", "며칠 만에", "그 뒤로 며칠 지났어요". */
const SPAN_ASKED = /\bhow many (days|weeks|months)\b|\bhow long ago\b|\bhow long (after|before|between|from|did it take|since|was it)\b|\b(days|weeks) (between|from|after|before|since)\b|며칠|몇 ?(일|주|달|개월) ?(만에|뒤|후|전|지났|걸렸|차이|사이)/i;

type EventKind = 'activation' | 'membership' | 'first' | 'last' | 'request' | 'refund' | 'link' | 'expiry' | 'today';
/** A day on record (and the request's number, for requests and refunds). */
interface Dated {
  date: string;
  ref?: string | undefined;
}
/** The events on record a message can name, with their words. */
const EVENT_WORDS: readonly [EventKind, RegExp][] = [
  ['first', /\bfirst( (on-?prem(ises)?|cloud|azure|signature|core))? (ticket|request|incident|case|sr|one)\b|첫 ?(번째 ?)?(티켓|요청|인시던트|건|케이스)/i],
  ['last', /\b(last|latest|most recent|final)( (on-?prem(ises)?|cloud|azure|signature|core))? (ticket|request|incident|case|sr|one)\b|\bwhen did (we|they|i) last (open|use|file)\b|\bthe last one\b|마지막(으로)? ?(티켓|요청|인시던트|건|거|것|케이스)?|가장 최근|\bran out\b|\bdid [^.?!]{0,30}\brun out\b|\bused (it |them )?up\b|다 ?(쓴|썼던|쓰게 된) ?(날|날짜)|소진(된|한) ?(날|날짜)/i],
  ['request', /\b(that|the|this) (on-?prem(ises)? |cloud |core |signature |azure )?(ticket|request|incident|case|sr|one)\b|\b(we|they) (opened|filed|used|open|file|use) (it|one|the)\b|\d ?건 ?(쓴|연|열었던|열린)|(쓴|연|열었던|열린) ?(게|거|것|날|건)/i],
  ['refund', /\brefund|\bgiven back\b|환불/i],
  ['activation', /\bactivat|활성화/i],
  ['membership', /\bmembership (start|began|begin)|\b(joined|signed up)\b|\bbeen (a )?members?\b|멤버(십)? ?(된|가입한) ?지|멤버십 ?(시작|가입)/i],
  ['link', /\b(linked|add(ed)? (the |our )?contract|entered the ids)\b|\bdid (i|we|you) link\b|계약 ?추가|(연결|등록)(했|한)/i],
  // Past only ("만료된 지 며칠"): "how many days until it expires?" is the time left, answered elsewhere.
  ['expiry', /\bexpired\b|만료(된|됐|되었)/i],
  ['today', /\b(now|today|since|so far|ago)\b|\bhow long have (we|they) been\b|지금|오늘|지났|그 ?뒤로|이후로|(며칠|몇 ?(일|주|달|개월)) ?전/i],
];
/** A follow-up that names a day on record or a side ("I meant the first cloud one"), not just "now". */
function namesEventOrSide(text: string): boolean {
  return EVENT_WORDS.some(([kind, re]) => kind !== 'today' && re.test(text)) || SIDE_WORDS.test(text);
}

/** The side words of an earlier question, left out when a follow-up names its own side. */
const SIDE_WORDS = /\b(on-?prem(ises)?|cloud|azure|signature)\b|온-?프렘|온프레미스|클라우드|시그니처|애저/i;
const SIDE_WORDS_ALL = new RegExp(SIDE_WORDS.source, 'gi');
/** The time since one day asked ("만료된 지 며칠", "how long ago", "since"). */
const SINCE_ONE = /지 ?(며칠|몇|얼마)|\bago\b|\bsince\b/i;
/** The refunded request's own opening named ("열고 며칠 만에 환불", "opened and refunded after"). */
const OPENED_THEN = /\bopen(ed)?\b|열고|열었|연 지/i;

/**
 * "How many days after we activated did we open our first ticket?", "4월에 열었다가 환불된 건 며칠 만에
 * 환불됐어요?", "마지막 거 쓴 게 언제고 그 뒤로 며칠 지났어요?": the two days on record the message names
 * (activation, the membership's start, the first, last or only request of the side named, a refund,
 * the asker's link, today), and the time between them.
 */
export async function spanLead(info: TurnInfo, records: () => Promise<OrgSummary | undefined>, earlier?: string): Promise<string[]> {
  // "No sorry, I meant the first cloud one" right after the days were asked: the same question, this side.
  if (!SPAN_ASKED.test(info.text)) return earlier && SPAN_ASKED.test(earlier) && info.text.length <= 80 && namesEventOrSide(info.text) ? spanLead({ ...info, text: `${info.text} ${earlier.replace(SIDE_WORDS_ALL, ' ')}` }, records) : [];
  const s = await records();
  if (!s) return [];
  const eventsIn = (text: string) => EVENT_WORDS.map(([kind, re]) => ({ kind, at: text.search(re) })).filter((e) => e.at >= 0).sort((a, b) => a.at - b.at);
  // ("누가 활성화했었어요? 그리고 만료된 지 며칠 됐죠?": the time since asked of the one day its sentence names.)
  const sentence = sentenceWith(info.text, SPAN_ASKED) ?? info.text;
  // ("when did we last open an on prem incident? how long ago was that": the day is named in the sentence before.)
  const inSentence = eventsIn(sentence);
  const named = SINCE_ONE.test(sentence) && inSentence.length === 1 && inSentence[0]?.kind !== 'today' ? inSentence : eventsIn(info.text);
  const requests = requestsOf(info, s);
  const events = named.flatMap(({ kind }) => {
    const event = eventOn(info, s, kind, requests);
    return event ? [{ kind, ...event }] : [];
  });
  // ("마지막으로 쓴게": the last request and "the one used" are the same request when the line has one.)
  const dated = events.filter((e, i) => !e.ref || events.findIndex((o) => o.ref === e.ref && o.date === e.date) === i);
  // Two days on record named come before today ("how many days since activation did we open the first ticket?").
  const recorded = dated.filter((e) => e.kind !== 'today');
  // "열고 며칠 만에 환불": the refunded request's opening, then its refund.
  const refund = dated.find((e) => e.kind === 'refund');
  const opened = refund?.ref && OPENED_THEN.test(info.text) ? s.history.find((e) => e.kind === 'opened' && e.ref === refund.ref) : undefined;
  const pair = opened && refund ? [{ kind: 'request' as const, ...requestDay(opened) }, refund] : recorded.length >= 2 ? recorded.slice(0, 2) : dated.length >= 2 ? dated.slice(0, 2) : [];
  // One day on record and "since then" ("그 뒤로 며칠 지났어요?"); the activation's own "how long ago" is answered elsewhere.
  const [only] = dated;
  const since = !pair.length && dated.length === 1 && only && only.kind !== 'activation' && only.kind !== 'today' && named.some((e) => e.kind === 'today') ? [only, { kind: 'today' as const, date: s.asOf }] : pair;
  const [from, to] = [...since].sort((a, b) => a.date.localeCompare(b.date));
  if (!from || !to || from.date === to.date && from.kind === to.kind) return [];
  const label = (e: Dated & { kind: EventKind }) => info.t(`answers:records.event.${e.kind}`, { date: e.date, ref: e.ref ? `, ${e.ref}` : '' });
  // Other days asked beside the span ("… and when did I add the contract?").
  const also = dated.filter((e) => e.kind !== 'today' && e.kind !== from.kind && e.kind !== to.kind).map(label);
  return [info.t('answers:records.between', { from: label(from), to: label(to), span: span(info, from.date, to.date) }), ...(also.length ? [info.t('answers:records.also-on', { events: also.join(', ') })] : [])];
}

/** The day of one named event on record (and the request's number), or undefined when the records hold none or several. */
function eventOn(info: TurnInfo, s: OrgSummary, kind: EventKind, requests: readonly LedgerEntry[]): Dated | undefined {
  const request = (e: LedgerEntry | undefined) => (e ? requestDay(e) : undefined);
  switch (kind) {
    case 'activation':
      return s.activatedAt ? { date: s.activatedAt.slice(0, 10) } : undefined;
    case 'membership':
      return s.org.membership ? { date: s.org.membership.startsOn } : undefined;
    case 'first':
      return request(requests[0]);
    case 'last':
      return request(requests.at(-1));
    case 'request':
      return requests.length === 1 ? request(requests[0]) : undefined;
    case 'refund':
      return request(s.history.filter((e) => e.kind === 'refunded' && lineNamed(info, s, e.benefit)).at(-1));
    case 'link': {
      const link = s.links.find((l) => l.userId === info.user?.id) ?? (s.links.length === 1 ? s.links[0] : undefined);
      return link ? { date: link.linkedAt.slice(0, 10) } : undefined;
    }
    case 'expiry':
      return s.expiresAt && s.contract !== 'not-activated' ? { date: s.expiresAt.slice(0, 10) } : undefined;
    case 'today':
      return { date: s.asOf };
  }
}

function requestDay(e: LedgerEntry): Dated {
  return { date: e.at.slice(0, 10), ref: e.ref };
}

/** The requests opened on the lines the message names (all lines when it names none), oldest first. */
function requestsOf(info: TurnInfo, s: OrgSummary): LedgerEntry[] {
  return s.history.filter((e) => e.kind === 'opened' && lineNamed(info, s, e.benefit)).sort((a, b) => a.at.localeCompare(b.at));
}

/** "What share of the Signature 10-pack have we used?", "10팩 몇 퍼센트 썼어요?": each counted line named, used of its allowance. */
export async function shareLead(info: TurnInfo, records: () => Promise<OrgSummary | undefined>): Promise<string[]> {
  if (!shareAsked(info.text)) return [];
  const s = await records();
  if (!s) return [];
  return s.lines.flatMap((l) => {
    if (!lineNamed(info, s, l.line)) return [];
    // ("we have 2 signature lines, which one have we used more of?": an unlimited line has no share to use up.)
    if (l.remaining.kind !== 'count') return [info.t('answers:records.share-unlimited', { benefit: l.packName, used: netRequests(s.history, (line) => line === l.line) })];
    const used = l.remaining.allowance - l.remaining.left;
    return [info.t('answers:records.share-used', { benefit: l.packName, used, total: l.remaining.allowance, percent: Math.round((used / l.remaining.allowance) * 100) })];
  });
}

/** "what share of our term has passed?": the days of the membership year gone, of all its days, and those left. */
export async function termShareLead(info: TurnInfo, records: () => Promise<OrgSummary | undefined>): Promise<string[]> {
  if (!TERM_SHARE.test(info.text)) return [];
  const s = await records();
  const m = s?.org.membership;
  if (!s || !m || s.asOf < m.startsOn || s.asOf > m.endsOn) return [];
  const today = s.asOf;
  const passed = timeBetween(m.startsOn, today).days;
  const total = timeBetween(m.startsOn, m.endsOn).days;
  return [info.t('answers:records.term-share', { start: m.startsOn, end: m.endsOn, passed, total, left: total - passed, percent: Math.round((passed / total) * 100) })];
}

/** Whether a line is among those the message names by side (on-premises, cloud) or offer (Success Core). */
/** The lines a message names (by side, as Core, or by its count), all when it names none. */
export function linesNamed(info: TurnInfo, s: OrgSummary): OrgSummary['lines'] {
  return s.lines.filter((l) => lineNamed(info, s, l.line));
}

function lineNamed(info: TurnInfo, s: OrgSummary, id: string): boolean {
  const line = s.lines.find((l) => l.line === id);
  if (!line) return true;
  // The partner's own name says nothing about a side ("Contoso Cloud Partners").
  const text = withoutNames(info.text, [s.org.name]);
  // ("Partner Cloud Support 50이랑 온프렘 20 라인": both sides named, each line by its count.)
  const scope = bothSidesNamed(text) ? undefined : (scopeAsked(text) ?? (/signature|시그니처/i.test(text) ? 'cloud' : undefined));
  const core = /\bcore\b|코어/i.test(text);
  // ("시그니처 10pack 마지막으로 쓴게": the line named by its count, among those of the side.)
  const side = s.lines.filter((l) => !scope || l.benefit.scope === scope);
  const counted = countSaid(text, side, true);
  // ("클라우드 50건짜리랑 Core 2건짜리": the line named by its count and the Core one, both.)
  const named = counted.length ? counted.includes(line) || (core && line.offer.includes('core')) : !core || line.offer.includes('core');
  return (!scope || line.benefit.scope === scope) && named;
}
