import { netRequests } from '../src/core/ledger.js';
import { countSaid, lineNamed, numberIn, statedBalance, SUM, sumAsked, usedArithmetic } from './arithmetic.js';
import { SECTIONS_2021 } from '../src/core/programs/mpn-2021.js';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { EntitlementService, OrgSummary } from '../src/core/service.js';
import type { LedgerEntry } from '../src/core/types.js';
import { countedLine, lineFact, lineLabel, linesInShort, noCloudNote, orgLineFacts, ownCompetencies } from './benefits-answer.js';
import { currentRules } from './program-answers.js';
import { fromKey } from './compose.js';
import { usedUpLines, whyExpired } from './records-text.js';
import { infoAnswer } from './info.js';
import { bothSidesNamed, CLOUD_WORD, ONPREM_FOR_CLOUD, requestRefs, scopeAsked, SIDES_SUMMED, STILL_USABLE, withoutNames } from '../src/language/signals.js';
import { monthIn, relativeMonth } from '../src/language/dates-in-text.js';
import { correctedCount, countsMore, ENOUGH_ASKED, moreRequests, moreSaidAt, REFUND_WHAT_IF, refundsOnly, sideCounts, withoutMoreCounts } from './route-turn.js';
import { recordsSummary, type TurnInfo } from './turn.js';

const SECTION = SECTIONS_2021.remaining;
/** The speaker's own company ("our", "we", "우리", "저희"). */
const OWN = /\b(our|we|us|i|my|me)\b|\b(i'?m|i am) (at|from|with)\b|우리|저희|제가|저는|제 /i;
/** "How many on-prem incidents have we used?", "몇 개 썼어요?", "실제로 차감된 건 몇개임?". */
const USED = /\b(used|opened|consumed|burned|burnt|spent)\b|썼|사용했|쓴 ?(거|게|건)|차감(된|됐|되었)|빠진 ?(거|게|건)/i;

/**
 * "How many incidents do we have left?" — the balance from the bot's ledger when it knows the
 * org, and always how to read the authoritative balance in Support for Business (the dummy-request
 * steps), since Azure and other cloud portals never show it (R21-B1..B3).
 */
/** A supposition ("if we used 7", "7개 썼으면"): worked out on the numbers said; facts said about the records are answered by the records. */
const SUPPOSED = /\bif\b|\bwould\b|\bsuppose\b|\bsay we\b|[가-힣](?<![화표측반양])면(요)?(?![가-힣])|다면|라면/i;

/** "Did we use them all?", "다 쓴 거 맞아요?", "소진됐나요?": whether a line is used up. */
const USED_UP_ASKED = /\b(used (them |it )?(all|up)|use (them |it )?(all|up)|run out|ran out|all gone|none left|nothing left|exhausted)\b|다 ?(쓴|썼|사용)|모두 ?(쓴|썼|사용)|전부 ?(쓴|썼|사용)|소진/i;

export async function incidentsAnswer(info: TurnInfo, service: EntitlementService, aspect?: 'why' | 'history' | 'after', onlyOffer?: string): Promise<Answer> {
  // "How many have we used?" is answered with what was used, as "why only 18?" is; "when?" with each request on record.
  const history = aspect === 'history';
  const why = aspect === 'why' || history || USED.test(info.text);
  // Support staff asking on about the partner whose records they just saw: that partner's balance.
  const all = await recordsSummary(info, service);
  // "How many are left on Core?": that offer's lines, when the org holds it.
  // ("and on prem? does core add any on prem ones": none of that side on that offer; every line of the side.)
  const offerLines = all && onlyOffer ? all.lines.filter((l) => l.offer === onlyOffer) : [];
  const sideNamed = scopeAsked(info.text);
  const summary = all && offerLines.length && (!sideNamed || offerLines.some((l) => l.benefit.scope === sideNamed)) ? { ...all, lines: offerLines } : all;
  const program = summary?.program ?? service.catalog.defaultProgram;
  const how = fromKey(info, program, 'incidents.how', { kind: 'incidents', section: SECTION });
  const lead = why ? `${info.t('answers:incidents.why')} ` : '';
  // No active membership: there is nothing to count (Partner Center says so too).
  // ("so how many incidents do we have then. just the number": none, said first.)
  if (summary && (!summary.org.membership || !summary.membershipActive)) {
    const none = infoAnswer('no-benefits', program, info);
    return { ...none, text: [info.t('answers:incidents.none-no-membership', { org: summary.org.name }), none.text].filter(Boolean).join('\n\n') };
  }
  // Action Pack has no cloud line: say so before anyone looks for it in Azure.
  const noCloud = summary && !summary.program.multipleOffers && !summary.lines.some((l) => l.benefit.scope === 'cloud') ? { notes: [...(how.notes ?? []), noCloudNote(info, summary.lines)] } : {};
  if (summary?.contract === 'not-activated') {
    const offerName = summary.program.offers.find((o) => o.id === summary.org.membership?.offer)?.name[info.locale] ?? '';
    const reason = why && !history ? notCloudLine(info, summary, offerName) : [];
    // What activating would give: the membership's lines, none used yet ("after activating, one request leaves 9").
    const after = aspect === 'after' ? afterMore(info, summary) : [];
    // "올해 몇 건 썼어요?": none, nothing can have been opened yet.
    const noneUsed = why ? [info.t('answers:incidents.none-used-not-activated')] : [];
    return { ...how, ...noCloud, text: [...after, ...noneUsed, ...reason, `${lead}${info.t('answers:incidents.not-activated', { org: summary.org.name })} ${how.text ?? ''}`].join('\n\n'), facts: summary.lines.map((l) => lineFact(info, l)) };
  }
  // "How many do we have left?" from a chat account no org knows: say so before the how-to.
  const unknown = !summary && !info.user?.orgId && OWN.test(info.text) ? `${info.t('answers:incidents.unknown-org')}\n\n` : '';
  // ("15개 받았고 4개 열었는데 1개 환불받았어요": their own numbers, worked out, before how to read the real balance.)
  const stated = !summary ? statedBalance(info) : undefined;
  if (!summary?.lines.length) return { ...how, text: `${stated ? `${stated}\n\n` : ''}${unknown}${lead}${how.text ?? ''}`.trim() };
  const offer = summary.program.offers.find((o) => o.id === summary.org.membership?.offer)?.name[info.locale] ?? '';
  const date = summary.expiresAt?.slice(0, 10) ?? '';
  // "Why only 18?": what the allowance is and how much of it was used; "why none?" with an expired contract: the expiry.
  // Each line names the offer that grants it (a current-program org may hold several).
  const offerOf = (id: string) => summary.program.offers.find((o) => o.id === id)?.name[info.locale] ?? offer;
  // ("How many Signature cloud incidents have we used so far?" with an unlimited line beside a counted one: each, by its label.)
  const unlimitedHeld = summary.lines.some((l) => l.allowance.kind === 'unlimited');
  // An expired contract is always explained, with what brings the next one ("how many left this year?" from a lapsed partner).
  // "How many used this year, all lines together?": the counted lines added up.
  // Only the side asked, and never across today's offers (whether those add up is not documented).
  // ("그럼 시그니처 10pack 남은거까지 합치면 총 몇 개에요?": the side named is added to the others, every side counts.)
  // ("ok and how many of those are left?" after what Partner On-premises Support covers: that side.)
  // ("온프렘 몇건 남음? 시그니처 10팩은 몇개 남았는지도요": both sides asked, both answered.)
  const named = withoutNames(info.text, [summary.org.name]);
  const side = (SUM.test(info.text) && SIDES_SUMMED.test(info.text)) || bothSidesNamed(named) ? undefined : (scopeAsked(info.text) ?? (/\b(those|them|that one)\b|그거|그것|거기/i.test(info.text) ? (info.memory.last?.scope ?? scopeAsked(info.memory.recent.at(-2) ?? '')) : undefined));
  const sideLines = summary.lines.filter((l) => !side || l.benefit.scope === side);
  // ("온프레미스 쪽도 다 쓴 거예요?": what was used, on the side named only.)
  const usedLines = summary.lines.filter((l) => !scopeAsked(info.text) || l.benefit.scope === side).flatMap((l) =>
    l.allowance.kind === 'count' && l.remaining.kind === 'count'
      ? [[info.t(l.remaining.refunded ? 'answers:incidents.used-refunded' : 'answers:incidents.used', { benefit: unlimitedHeld ? lineLabel(info, l) : l.benefit.name, offer: offerOf(l.offer), total: l.allowance.count, used: l.allowance.count - l.remaining.left, opened: l.remaining.opened, refunded: l.remaining.refunded, left: l.remaining.left }), ...(aspect === 'why' ? lineRequests(info, summary, l.line) : [])].join(' ')]
      : [info.t('answers:incidents.used-unlimited', { benefit: lineLabel(info, l), offer: offerOf(l.offer), opened: netRequests(summary.history, (line) => line === l.line) })],
  );
  const counted = sideLines.flatMap((l) => (l.allowance.kind === 'count' && l.remaining.kind === 'count' ? [{ total: l.allowance.count, left: l.remaining.left }] : []));
  const oneOffer = new Set(sideLines.map((l) => l.offer)).size === 1;
  const unlimitedToo = sideLines.some((l) => l.allowance.kind === 'unlimited');
  const usedSum = counted.reduce((a, c) => a + c.total - c.left, 0);
  // "실제로 차감된 건 총 몇 건?": requests on the unlimited lines were used too, though nothing is counted down.
  const unlimitedLines = new Set(sideLines.filter((l) => l.allowance.kind === 'unlimited').map((l) => l.line));
  const unlimitedUsed = netRequests(summary.history, (line) => unlimitedLines.has(line));
  const alsoUnlimited = unlimitedUsed > 0 ? [info.t('answers:incidents.unlimited-used', { n: unlimitedUsed, all: usedSum + unlimitedUsed })] : [];
  // "Solutions Partner AND Success Core, so 52 cloud incidents combined?": each offer's count on its own (whether they add up is not documented).
  // ("the grand total of everything left": the records' counts added as they stand, beside that caveat.)
  // ("Success Core 2건이랑 지정 50건 합쳐서 … 지금 51개 남은거죠?": the lines whose counts were named, when two or more were.)
  const saidCounts = new Set((info.text.match(/\d{1,3}/g) ?? []).map(Number));
  const countsNamed = counted.filter((c) => saidCounts.has(c.total));
  const summed = countsNamed.length > 1 ? countsNamed : counted;
  const perOffer = sumAsked(info.text) && counted.length > 1 && !oneOffer ? [info.t('program:current.per-offer'), info.t('answers:incidents.on-record-sum', { parts: summed.map((c) => c.left).join(' + '), left: summed.reduce((a, c) => a + c.left, 0) })] : [];
  const together = sumAsked(info.text) && counted.length > 1 && oneOffer ? [`${info.t(unlimitedToo ? 'answers:incidents.together-unlimited' : 'answers:incidents.together', { used: counted.map((c) => c.total - c.left).join(' + '), usedSum, left: counted.reduce((a, c) => a + c.left, 0), total: counted.reduce((a, c) => a + c.total, 0) })}${alsoUnlimited.length ? ` ${alsoUnlimited[0]}` : ''}`] : [];
  const used = summary.contract === 'expired' ? [whyExpired(info, summary)] : !why && !together.length ? [] : [...together, ...usedLines, ...(history || side === 'on-premises' ? [] : notCloudLine(info, summary, offer))];
  const state = info.t(`answers:benefits.contract.${summary.contract}`, { date });
  const records = summary.contract === 'valid' && date ? info.t('answers:incidents.from-records-until', { date }) : info.t('answers:incidents.from-records-state', { state });
  // Nothing left somewhere, or expired: what to do for support now.
  const stuck = summary.contract !== 'valid' || sideLines.some((l) => l.remaining.kind === 'count' && l.remaining.left === 0);
  // Today's program shows the balance in Partner Center too (R26-C5), not only in Support for Business.
  const today = summary.program.multipleOffers ? summary.program.rules.filter((r) => r.id === 'R26-C5').map((r) => r.text[info.locale]) : [];
  const notes = [...(noCloud.notes ?? how.notes ?? []), ...(stuck ? [info.t('answers:incidents.hidden'), info.t('answers:incidents.options')] : [])];
  // "When did we use them?": the requests on record, each with its date, and what they leave.
  if (history) {
    const { steps: _steps, notes: _notes, ...plain } = how;
    return { ...plain, title: info.t('answers:incidents.history.title', { org: summary.org.name }), text: [...namedRequests(info, summary, offerOf), ...requestsOpened(info, summary, offerOf), ...byMonth(info, summary), ...refundSaid(info, summary), ...historyLead(info, summary), ...used, ...refundRule(info, summary, service), records, ...(stuck && MORE_PLANNED.test(info.text) ? [info.t('answers:incidents.options')] : [])].join('\n\n'), facts: historyFacts(info, summary, offerOf) };
  }
  // "Signature 5팩 다 쓴 거 맞아요?", "did we really use them all?": each line with none left, confirmed first.
  // "그럼 온프레미스 쪽은 아직 쓸 수 있어요?": yes, said first, when every line of the side asked has some left.
  // ("리트웨어 시그니처 다 썼다던데 온프렘 … 건은 아직 열 수 있어요?": the side of the clause that asks.)
  // ("litware wants to open an on-prem sql server case today. can they? i know the cloud pack is gone": the clause the asking ends.)
  const asking = STILL_USABLE.exec(info.text);
  const usableSide = side ?? scopeAsked(asking ? `${info.text.slice(0, asking.index).split(/[.?!？]|던데|는데|지만|\bbut\b/i).at(-1) ?? ''}${asking[0]}` : '');
  const usableLines = summary.lines.filter((l) => l.benefit.scope === usableSide);
  const usable = usableSide && STILL_USABLE.test(info.text) && summary.contract === 'valid' && usableLines.length && usableLines.every((l) => l.remaining.kind !== 'count' || l.remaining.left > 0);
  // ("오늘 애저 케이스 그냥 열면 되죠?" with the contract expired: no, said first.)
  const stillUsable = usable ? [info.t('answers:incidents.still-usable', { lines: linesInShort(info, usableLines) })] : STILL_USABLE.test(info.text) && summary.contract === 'expired' ? [info.t('answers:incidents.cannot-open-expired', { date })] : [];
  // "if we burn all 9 on the 10pack, can we still get azure support?": yes, the cloud competency's line is unlimited.
  const unlimitedCloud = summary.lines.some((l) => l.benefit.scope === 'cloud' && l.allowance.kind === 'unlimited') && summary.lines.some((l) => l.benefit.scope === 'cloud' && l.allowance.kind === 'count');
  const runsOut = RUNS_OUT.test(info.text) && STILL_ASKED.test(info.text);
  // ("we only have 10 signature incidents in total (9 left) so we should save them": the cloud competency's line is unlimited too.)
  const onlyCounted = ONLY_SAID.test(info.text) && CLOUD_WORD.test(info.text);
  const remains = unlimitedCloud && (runsOut || onlyCounted) && side !== 'on-premises' ? [...(runsOut ? [info.t('answers:incidents.unlimited-remains')] : []), ownCompetencies(info, summary)] : [];
  // ("can we still use our cloud incidents?" with that line used up: no, said first.)
  // ("저희 시그니처 5팩 몇 건 남았어요?" with every line of that side at 0: used up, said first.)
  const sideUsedUp = side && sideLines.length && sideLines.every((l) => l.remaining.kind === 'count' && l.remaining.left === 0);
  const usedUp = USED_UP_ASKED.test(info.text) || (side && STILL_USABLE.test(info.text) && !usable) || (sideUsedUp && !aspect && !SUPPOSED.test(info.text)) ? usedUpLines(info, summary) : [];
  // "How many after this one?": each counted line with one more request (what a new request uses depends on its product).
  // ("애저 VM 이슈로 티켓 하나 열면 그것도 온프렘 20팩에서 까이는 거죠?": a cloud request doesn't use the on-premises line, so no what-if on it.)
  const after = aspect === 'after' && !ONPREM_FOR_CLOUD.test(info.text) ? afterMore(info, summary) : [];
  return {
    ...how,
    title: info.t('answers:incidents.org-title', { org: summary.org.name }),
    text: [...[SUPPOSED.test(info.text) && !ONPREM_FOR_CLOUD.test(info.text) && !(aspect === 'after' && info.memory.last?.more) && !((after.length || summary.contract === 'expired') && !USED_PAST.test(info.text)) ? usedArithmetic(info, summary.lines) : undefined].filter((t) => t !== undefined), ...perOffer, ...remains, ...stillUsable, ...usedUp, ...after, ...used, ...(why ? refundRule(info, summary, service) : []), `${lead}${records} ${today[0] ?? how.text ?? ''}`.trim()].join('\n\n'),
    // A current-program org may hold several offers: each line says which offer grants it. Only the side asked ("그럼 온프레미스는요?").
    facts: orgLineFacts(info, sideLines.length ? { ...summary, lines: sideLines } : summary),
    ...(notes.length ? { notes } : {}),
  };
}

/** "Why 9 on the signature one and not 10?": the days of the requests on record that made the count. */
function lineRequests(info: TurnInfo, summary: OrgSummary, line: string): string[] {
  const days = (kind: 'opened' | 'refunded', numbered = false) => summary.history.filter((e) => e.benefit === line && e.kind === kind).map((e) => `${e.at.slice(0, 10)}${numbered && e.ref ? ` (${e.ref})` : ''}`).sort().join(', ');
  const opened = days('opened');
  // The refund by its request's number: which of the ones opened was given back.
  const refunded = days('refunded', true);
  if (!opened) return [];
  return [refunded ? info.t('answers:incidents.requests-on-line-refunded', { opened, refunded }) : info.t('answers:incidents.requests-on-line', { opened })];
}

/** A counted line supposed used up ("if we burn all 9", "10팩 다 쓰면"), and support asked after it ("still", "그래도"). */
export const RUNS_OUT = /\b(burn|burns|use|uses|used|run|runs|ran)\b[^.?!]{0,20}\b(all|out|up)\b|다 ?(쓰면|써도|쓰고|사용하면)|소진(되면|돼도|되더라도)/i;
const STILL_ASKED = /\bstill\b|\banymore\b|계속|그래도|여전히|아직/i;
/** A count said to be all there is ("we only have 10", "in total", "10개밖에"). */
const ONLY_SAID = /\b(only|just) (have |got )?\d+|\bin total\b|\d+ ?(개|건) ?(밖에|뿐)/i;


/** "다음달에 애저 케이스 또 열어야 하거든요", "we need to open another one": more requests to come. */
const MORE_PLANNED = /열어야|열 ?예정|또 ?열|\bopen (another|more|one more|again)\b|\bneed to (open|file|raise)\b/i;

/** Requests listed in a reply: the latest ones, so a long history stays a readable message. */
const HISTORY_SHOWN = 20;

/** "When did we use them?": one fact per request on record, oldest first (date, benefit, opened or refunded, request number). */
function historyFacts(info: TurnInfo, summary: OrgSummary, offerOf: (id: string) => string): AnswerFact[] {
  const lineOf = requestLines(info, summary, offerOf);
  const entries = [...summary.history].sort((a, b) => a.at.localeCompare(b.at)).slice(-HISTORY_SHOWN);
  return entries.map((e) => ({ label: e.at.slice(0, 10), value: info.t(`answers:incidents.history.${e.kind}`, { benefit: lineOf(e.benefit).label, ref: e.ref ?? '' }).replace(/\s*\(\)$/, '') }));
}

/** The line a request was opened on, and its name as the answers write it (with its offer on today's program). */
function requestLines(info: TurnInfo, summary: OrgSummary, offerOf: (id: string) => string): (benefit: string) => { line: OrgSummary['lines'][number] | undefined; label: string } {
  const byLine = new Map(summary.lines.map((l) => [l.line, l]));
  return (benefit) => {
    const line = byLine.get(benefit);
    return { line, label: line ? (summary.program.multipleOffers ? `${line.benefit.name} — ${offerOf(line.offer)}` : lineLabel(info, line)) : benefit };
  };
}

/** "SR 12103040000004 says refunded, what does that mean?": each request the message names, as the records hold it. */
function namedRequests(info: TurnInfo, summary: OrgSummary, offerOf: (id: string) => string): string[] {
  const lineOf = requestLines(info, summary, offerOf);
  return requestRefs(info.text).map((digits) => {
    // A request opened and later refunded is said as it stands now (its latest entry).
    const entry = summary.history.filter((e) => (e.ref ?? '').replace(/\D/g, '') === digits).reduce<LedgerEntry | undefined>((latest, e) => (latest === undefined || e.at >= latest.at ? e : latest), undefined);
    if (!entry) return info.t('answers:incidents.history.named-missing', { ref: `SR ${digits}`, org: summary.org.name });
    const { line, label: benefit } = lineOf(entry.benefit);
    const left = line?.remaining.kind === 'count' ? line.remaining.left : info.t('answers:benefits.unlimited');
    const said = info.t(`answers:incidents.history.named-${entry.kind}`, { ref: entry.ref ?? `SR ${digits}`, date: entry.at.slice(0, 10), benefit, left });
    // "what would we have left if SR … had NOT been refunded?": that line with the incident still used.
    const unrefunded = entry.kind === 'refunded' && line?.remaining.kind === 'count' && NOT_REFUNDED.test(info.text);
    if (unrefunded && line?.remaining.kind === 'count') return `${said} ${info.t('answers:incidents.history.named-unrefunded', { without: Math.max(0, line.remaining.left - 1) })}`;
    // "SR … might get refunded. if that happens where do we stand?": that line with the incident given back.
    const ifRefunded = entry.kind === 'opened' && line?.remaining.kind === 'count' && REFUND_WHAT_IF.test(info.text);
    return ifRefunded && line?.remaining.kind === 'count' ? `${said} ${info.t('answers:incidents.history.named-if-refunded', { with: Math.min(line.remaining.allowance, line.remaining.left + 1) })}` : said;
  });
}

/** A refund on record supposed away ("if it had not been refunded", "환불이 안 됐으면"). */
const NOT_REFUNDED = /\b(had|has|were|was|is)(n'?t| not| never)( been)?\b[^.?!]{0,20}\b(refunded|credited|given back)\b|\bwithout (that|the|this) refund\b|\bif\b[^.?!]{0,40}\bnot\b[^.?!]{0,12}\brefunded\b|환불(이|을)? ?(안|못) ?(됐|되었|받았|받|됬)(으면|다면)|환불되지 ?않았(으면|다면)/i;

/**
 * "4월에 시그니처 몇 건 썼어요?", "how many on-prem tickets did we open in April and on which dates?": the requests opened that month, on the side asked;
 * "그중에 클라우드 쪽은 몇 건이에요?": the requests opened on one side this membership year.
 */
function requestsOpened(info: TurnInfo, summary: OrgSummary, offerOf: (id: string) => string): string[] {
  // ("그럼 지난달은요?": the month before today's.)
  const month = monthIn(info.text) ?? relativeMonth(info.text, summary.asOf);
  const side = scopeAsked(info.text);
  if (!month && !(side && SIDE_COUNT_ASKED.test(info.text))) return [];
  const lineOf = requestLines(info, summary, offerOf);
  const opened = summary.history.filter((e) => e.kind === 'opened' && (!month || Number(e.at.slice(5, 7)) === month) && (!side || lineOf(e.benefit).line?.benefit.scope === side));
  const name = !month ? info.t(`answers:incidents.history.side-${side === 'cloud' ? 'cloud' : 'on-premises'}`) : info.locale === 'ko' ? `${month}월` : new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  if (!opened.length) return [info.t(`answers:incidents.history.${month ? 'month' : 'side'}-none`, { month: name, side: name })];
  const list = [...opened].sort((a, b) => a.at.localeCompare(b.at)).map((e) => `${e.at.slice(0, 10)}, ${lineOf(e.benefit).label}`).join('; ');
  return [info.t(`answers:incidents.history.${month ? 'month' : 'side'}`, { month: name, side: name, count: opened.length, list })];
}
/** "Usage broken down per month", "월별로": the requests opened in each month, oldest first. */
const BY_MONTH = /\b(per|by|each|every) month\b|\bmonthly\b|\bbroken down\b|\bbreakdown\b|월별|달별|달마다|매달 ?몇/i;
function byMonth(info: TurnInfo, summary: OrgSummary): string[] {
  if (!BY_MONTH.test(info.text)) return [];
  const counts = new Map<string, number>();
  for (const e of [...summary.history].sort((a, b) => a.at.localeCompare(b.at))) if (e.kind === 'opened') counts.set(e.at.slice(0, 7), (counts.get(e.at.slice(0, 7)) ?? 0) + 1);
  if (!counts.size) return [];
  const name = (ym: string) => (info.locale === 'ko' ? `${Number(ym.slice(5, 7))}월` : new Date(`${ym}-01T00:00:00Z`).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return [info.t('answers:incidents.history.by-month', { list: [...counts].map(([ym, n]) => (info.locale === 'ko' ? `${name(ym)} ${n}건` : `${name(ym)}: ${n}`)).join(', ') })];
}
/** How many requests one side had ("클라우드 쪽은 몇 건", "how many of those were cloud?"). */
const SIDE_COUNT_ASKED = /\bhow many\b|몇 ?(건|개|번)|\b(which|what) (ones?|requests?|tickets?|cases?)\b|어떤 ?(건|거|요청)/i;

/** "Were any refunded?" with none on record: no; "환불됐다는 건 뭐에요? 돈 돌려받는 거?": the incident, not money, came back. */
function refundSaid(info: TurnInfo, summary: OrgSummary): string[] {
  if (!/refund|환불/i.test(info.text)) return [];
  if (!summary.history.some((e) => e.kind === 'refunded')) return [info.t('answers:incidents.history.no-refunds')];
  return /\bmean|\bmoney\b|뭐(에|예)요|뭔가요|무슨 ?(뜻|의미)|돈/i.test(info.text) ? [info.t('answers:incidents.history.refund-meaning')] : [];
}

/** The sentence before the list: how many requests are on record and which is the latest; or that there are none. */
export function historyLead(info: Pick<TurnInfo, 't'>, summary: OrgSummary): string[] {
  const opened = summary.history.filter((e) => e.kind === 'opened');
  const latest = opened.reduce<string | undefined>((max, e) => (max === undefined || e.at > max ? e.at : max), undefined);
  if (!latest) return [info.t('answers:incidents.history.none', { org: summary.org.name })];
  const shown = summary.history.length > HISTORY_SHOWN ? info.t('answers:incidents.history.latest-shown', { n: HISTORY_SHOWN }) : '';
  const refunded = summary.history.length - opened.length;
  return [`${info.t('answers:incidents.history.lead', { org: summary.org.name, n: opened.length, refunded, used: opened.length - refunded, date: latest.slice(0, 10) })}${shown ? ` ${shown}` : ''}`];
}

/** A refund on record, on today's program: why a request was given back (closed as a duplicate or a bug, R26-C1). */
function refundRule(info: TurnInfo, summary: OrgSummary, service: EntitlementService): string[] {
  if (!summary.history.some((e) => e.kind === 'refunded')) return [];
  if (summary.program.multipleOffers) return summary.program.rules.filter((r) => r.id === 'R26-C1').map((r) => r.text[info.locale]);
  // A 2021 org asking why one was given back: the one documented reason, today's rule.
  return /refund|환불|credited|돌려|복원/i.test(info.text) ? currentRules(service.catalog, info, ['R26-C1']) : [];
}

/** "Why only 5 cloud incidents, not unlimited?": the org holds no cloud competency, so its Signature line is counted. */
function notCloudLine(info: TurnInfo, summary: OrgSummary, offer: string): string[] {
  const held = (summary.org.membership?.competencies ?? []).flatMap((id) => summary.program.competencies.filter((c) => c.id === id));
  const counted = summary.lines.find((l) => l.basis === 'other');
  // "Why is one unlimited and the other 10?": which of the competencies held is the cloud one.
  const names = (cloud: boolean) => held.filter((c) => c.cloud === cloud).map((c) => c.name[info.locale]).join(', ');
  // "Why 10? We're Gold in Cloud Platform": the cloud competency named asks the same.
  const compact = (t: string) => t.toLowerCase().replace(/\s/g, '');
  const cloudNamed = held.some((c) => c.cloud && Object.values(c.name).some((n) => compact(info.text).includes(compact(n))));
  // "Why two different numbers?", "why 2 diff cloud ones", "why is there a 10pack at all, we're gold": the same question.
  if (names(true) && names(false) && (/unlimited|무제한|제한 ?없|\b(two|2) (different|diff)\b|\bwhy (two|2)\b|왜 ?(두|둘)|두 ?(개|가지)(가|는|로)? ?(다르|달라|나뉘|나눠)|\bwhy\b[^.?!]{0,30}\b\d{1,2} ?-?packs?\b|왜[^.?!]{0,20}\d{1,2} ?팩|\d{1,2} ?팩[^.?!]{0,20}왜/i.test(info.text) || cloudNamed)) return [info.t('answers:benefits.own-competencies', { org: summary.org.name, cloud: names(true), other: names(false), ...countedLine(info, summary) })];
  if (!held.length || held.some((c) => c.cloud) || counted?.allowance.kind !== 'count') return [];
  return [info.t('answers:incidents.not-cloud', { competencies: held.map((c) => c.name[info.locale]).join(', '), count: counted.allowance.count, offer })];
}

/** Requests told as used ("썼어요", "we opened 3"), not only planned: a what-if's count worked out on records is not a use of the allowance. */
const USED_PAST = /썼|사용했|열었|차감됐|까였|\b(used|opened|burned|burnt|spent|consumed)\b/i;
/** No request of a what-if refunded ("and if none get refunded?", "환불이 안 되면요?"), or all of them ("둘 다 환불되면"). */
const NONE_REFUNDED = /\b(none|nothing|neither|no (one|request|ticket|case)s?)\b[^.?!]{0,30}\b(refund|credit|given back)|\b(no|zero|0) refunds?\b|\b(not|never|isn'?t|aren'?t|don'?t|doesn'?t|won'?t)\b[^.?!]{0,20}\b(refunded|credited|given back)\b|환불(이|은|을)? ?(안|못|없)|(안|못) ?(돌려|환불)/i;
const ALL_REFUNDED = /\b(all|every one)( of (them|those|these))?\b[^.?!]{0,20}\b(refunded|credited|given back)\b|(다|모두|전부) ?(환불|돌려)/i;
/** Requests of a what-if said to be refunded ("2 of those get refunded", "one is a dup … refunded", "2건 환불되면"). */
const REFUNDED_OF = /\b(?:closes?|closed|closing|marks?|marked) (\d{1,2}|one|two|three|both)(?: of (?:those|them|these))? as (?:a )?(?:duplicates?|dupes?|bugs?)\b|\b(\d{1,2}|one|two|three|both)( of (those|them|these|the \w+)( \d{1,2})?)?\b(?:(?!\b(?:one|two|three|both)\b)[^.?!\d]){0,50}\b(refunded|credited|given back|closed as (a )?(duplicates?|dupes?|bugs?))\b|(\d{1,2}|한|두|세) ?(건|개)(이|가|은|는|만|도)? ?(환불|돌려|(중복|버그|duplicate|dup|bug)(으)?로 ?(환불|종료|종결|닫|처리|마감))|(둘) ?(다 )?(환불|돌려)|(하나|셋)(가|는|도|만|이)?[^.?!\d]{0,15}(환불|돌려|(중복|버그|duplicate|dup|bug)\)?(으)?로 ?(환불|종료|종결|닫|처리|마감))|\brefunds? (\d{1,2}|one|two|three)\b/i;
/** The request of a what-if said refunded ("하나 열 건데, 만약 그게 … 환불되면", "if it gets refunded"): one. */
const IT_REFUNDED = /\b(it|that one|that|this one)\b[^.?!\d]{0,30}\b(gets?|is|was|got) (refunded|credited|given back)|(그게|그건|그 ?건|그거|그것|이게)[^.?!\d]{0,25}(환불|돌려)/i;
/** A refund told as done ("1 got refunded", "환불됐어요"). */
const PAST_REFUND = /\b(got|was|were|have been|has been|had been|already)\b[^.?!]{0,15}\b(refunded|credited|given back)\b|환불(됐|되었|받았|받은|된 ?건)/i;
/** A date written with digits ("4/8", "2021-04-08", "04.08."). */
const SHORT_DATE = /\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b/g;

function refundedOf(text: string, more: number): number {
  if (NONE_REFUNDED.test(text)) return 0;
  if (ALL_REFUNDED.test(text)) return more;
  // ("if the one we opened on 4/8 gets refunded": a date's numbers count nothing.)
  const n = numberIn(REFUNDED_OF, text.replace(SHORT_DATE, ' ')) ?? (IT_REFUNDED.test(text) ? 1 : 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** How many more requests a what-if means: the message's own count, or the last what-if's ("and if none get refunded?"). */
export function moreAsked(info: TurnInfo): number {
  const last = info.memory.last?.more;
  // ("10건 말고 20건이요": the count said again replaces the last one.)
  const corrected = last ? correctedCount(info.text) : undefined;
  if (corrected) return corrected;
  if (last && !countsMore(info.text)) return last;
  // "담달에 또 10건 쓰면요?", "and another 5 after that?": on top of the last what-if's.
  return last && AGAIN.test(info.text) ? Math.min(99, last + moreRequests(info.text)) : moreRequests(info.text);
}

/** Requests on top of the last what-if's ("또", "another", "after that"). */
const AGAIN = /또|그 ?다음(에|달)|그 ?후에?|\banother\b|\bon top\b|\bafter that\b|\bafterwards\b/i;

/** The line a what-if names by its count, or the last what-if's when this one names none ("Partner Cloud Support 50 라인에서 10건" → "담달에 또 10건"). */
export function lineKept(info: TurnInfo): { line?: number } {
  const line = lineNamed(withoutMoreCounts(info.text)) ?? info.memory.last?.line;
  return line ? { line } : {};
}

/** "How many after this one?", "두 건 더 열면?": each counted line with that many more requests (what one uses depends on its product). */
function afterMore(info: TurnInfo, { lines, org }: OrgSummary): string[] {
  // "2 signature + 3 on-prem cases", "클라우드 2건, 온프렘 4건": each side its own count (a line named by its count, "시그니처 10팩 4건", on that side).
  const sides = sideCounts(info.text);
  if (sides) return [...sides].flatMap(([side, { count, said }]) => countSaid(said, lines.filter((l) => l.benefit.scope === side)).flatMap((l) => lineAfter(info, l, count, 0)));
  // ("if two of those get refunded?": no new request, only refunds of the ones already used.)
  const more = refundsOnly(info.text) && !info.memory.last?.more ? 0 : moreAsked(info);
  // "3 more on-prem cases": only the lines of that scope ("그럼 3개 더 쓰면요?" after the on-premises balance: that side still).
  // (A partner's own name, "Contoso Cloud Partners", names no side.)
  // ("and 2 more on the signature 10pack?": the line named by its count.)
  const said = withoutNames(info.text, [org.name]);
  const byCount = countSaid(withoutMoreCounts(said), lines);
  const lineScope = byCount.length < lines.length && new Set(byCount.map((l) => l.benefit.scope)).size === 1 ? byCount[0]?.benefit.scope : undefined;
  const scope = scopeAsked(said) ?? lineScope ?? (info.memory.last?.topic === 'remaining-incidents' ? info.memory.last.scope : undefined);
  // "…and 2 of those get refunded", "one is a dup so it'll probably be refunded": those come back.
  // ("they opened 3, 1 got refunded. and if they open 5 more?": a refund told in the past before the what-if is history.)
  const at = moreSaidAt(info.text);
  const before = info.text.slice(0, at);
  // "if two of those get refunded?" with no new request: refunds of the requests already used.
  // ("if that goes through", "if it gets refunded": one.)
  const refunded = more === 0 ? refundedOf(info.text, 0) || 1 : Math.min(more, refundedOf(info.text.slice(at), more) || (PAST_REFUND.test(before) ? 0 : refundedOf(before, more)));
  // "on our Partner Cloud Support 50": the line of the count said.
  // (The counts of the what-if, "10건 더 열고 그 중 2건이 …", are not the count of a line.)
  const named = withoutMoreCounts(info.text).replace(new RegExp(REFUNDED_OF.source, 'gi'), ' ');
  const scoped = lines.filter((l) => !scope || l.benefit.scope === scope);
  const byName = countSaid(named, scoped);
  // ("담달에 또 10건 쓰면요?" after "Partner Cloud Support 50 라인에서 10건": that line still.)
  const kept = info.memory.last?.line;
  const chosen = byName.length === scoped.length && kept && info.memory.last?.topic === 'remaining-incidents' ? countSaid(`line ${kept}`, scoped, true) : [];
  return (chosen.length ? chosen : byName).flatMap((l) => lineAfter(info, l, more, refunded));
}

/** One line after `more` requests, `refunded` of them given back. */
function lineAfter(info: TurnInfo, l: OrgSummary['lines'][number], more: number, refunded: number): string[] {
  if (l.remaining.kind !== 'count') return [];
  // "Signature used up: if one of them is refunded, could we open one more?": what comes back.
  if (l.remaining.left <= 0) return refunded ? [info.t('answers:incidents.after-refund-back', { count: refunded, benefit: lineLabel(info, l) })] : [];
  const left = Math.min(l.remaining.allowance, l.remaining.left - more + refunded);
  // (Only requests already used can come back: a line with none used has nothing to refund.)
  const back = Math.min(refunded, l.remaining.allowance - l.remaining.left);
  if (more === 0) return back ? [info.t('answers:incidents.after-refunds', { count: back, benefit: lineLabel(info, l), left: l.remaining.left + back, now: l.remaining.left })] : [];
  // "6 more, is that enough?" with 5 left: the ones the benefit does not cover, said outright.
  // ("… is that enough?": yes, said first, when the line covers them.)
  const short = left < 0 ? { key: 'answers:incidents.after-more-short', short: -left } : { key: ENOUGH_ASKED.test(info.text) && !refunded ? 'answers:incidents.after-more-enough' : refunded ? 'answers:incidents.after-more-refunded' : 'answers:incidents.after-more', short: 0 };
  return [info.t(short.key, { count: more, refunded, benefit: lineLabel(info, l), left: Math.max(0, left), now: l.remaining.left, short: short.short })];
}
