import { SECTIONS_2021 } from '../src/core/programs/mpn-2021.js';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Benefit, Program } from '../src/core/catalog-schema.js';
import type { EntitlementLine } from '../src/core/entitlements.js';
import type { LineBalance } from '../src/core/ledger.js';
import type { EntitlementService, OrgSummary } from '../src/core/service.js';
import { ON_PREM, scopeAsked, TABLE } from '../src/language/signals.js';
import { arithmeticLead, DIFF, usedSaid, type CountGroup } from './arithmetic.js';
import { countsMore } from './route-turn.js';
import { cite, commonValues } from './compose.js';
import { heldOffersFact, lineFacts, nowCalledNote } from './current-program.js';
import { infoAnswer } from './info.js';
import { recordsSummary, type TurnInfo } from './turn.js';

const SECTION = SECTIONS_2021.entitlement;
/** "In general", "원래": the rule, not the asker's own records. */
const GENERAL = /\bin general\b|\bgenerally\b|\bnormally\b|\busually\b|\bstandard\b|\bofficial(ly)?\b|일반적으로|원래(?![^.?!]{0,12}(였|었))|보통|누가 받|\bwho gets\b|\bwhich (memberships?|partners?) gets?\b|기본적으로|공식/i;

/** "Our Gold membership", "우리 골드": the speaker says what their own company holds. */
export const CLAIMS_OWN = /\b(our|my|we'?re|we are|we have|we hold|we got|for us)\b|우리|저희/i;

/** A membership of other partners or of the past ("what did Action Pack partners get back in 2021?", "예전 액션팩 파트너들은"). */
const OTHERS = /\b(partners|companies|members|back in|in 20(1\d|2[0-4])|used to)\b|\b(does|do|would|can|will) an? (gold|silver|action pack) (partner|member|company)\b|파트너(들|사들)|회사들|예전|옛날|과거|20(1\d|2[0-4]) ?년/i;
/** A membership considered rather than held ("we were looking at", "what would Gold give", "골드로 올리면"). */
/** A competency supposed to be no cloud one ("non-cloud", "another competency", "클라우드가 아닌 역량"). */
const NON_CLOUD_SUPPOSED = /\bnon-?cloud\b|\bnot a cloud\b|\b(other|another|different) competenc|비 ?클라우드|클라우드(가)? 아닌|다른 역량/i;
const CLOUD_SUPPOSED = /\bcloud competenc(y|ies)\b|클라우드 역량/i;
/** A competency supposed on top of those held ("also earned", "add", "추가로"), not instead of them. */
const ADDED = /\balso\b|\btoo\b|\bas well\b|\badd(ed|ing)?\b|\bearn(ed|ing)?\b|\bon top\b|추가|하나 ?더|더 ?(따|받)/i;
const INSTEAD = /\binstead\b|대신/i;
const CONSIDERED = /\b(going (to )?(gold|silver)|upgrad\w* to|worth it|would|if we|if i|(we are|we're|we will be|we'll be|going to be|about to be) (buying|purchasing|getting|signing up for|joining)|(will|going to|about to) (buy|purchase|get|sign up for|join)|if (it|that|this|our \w+) (were|was|had been)|if (they|he|she) (also )?(were|was|had|got|bought|buy|went|earn|earned|add|added|get)|what if|looking at|considering|thinking (of|about)|planning|plan to|were to|interested in|upgrade|move up|switch to|if we (also )?(got|get|earn|earned|add|added))\b|(하면|산다면|사면|가입하면|올리면|올라가면|승급하면|바꾸면|따면|얻으면|취득하면|고려|생각 ?중|검토|(이었|였|있었|가졌|받았|땄)(으)?면)/i;

/** The org's own counted Signature line ("10 a year with Gold competency"), for the sentences that say why it is counted. */
export function countedLine(info: TurnInfo, s: OrgSummary): { count: number | string; offer: string } {
  const line = s.lines.find((l) => l.basis === 'other');
  return { count: line?.allowance.kind === 'count' ? line.allowance.count : '', offer: s.program.offers.find((o) => o.id === s.org.membership?.offer)?.name[info.locale] ?? '' };
}

/** The org's competencies split into cloud and other ones, when it holds both kinds (why its Signature lines differ). */
export function ownCompetencies(info: TurnInfo, s: OrgSummary): string {
  const held = (s.org.membership?.competencies ?? []).flatMap((id) => s.program.competencies.find((c) => c.id === id) ?? []);
  const names = (cloud: boolean) => held.filter((c) => c.cloud === cloud).map((c) => c.name[info.locale]).join(', ');
  const key = names(true) && names(false) ? 'own-competencies' : names(true) ? 'own-competencies-cloud' : names(false) ? 'own-competencies-other' : undefined;
  return key ? info.t(`answers:benefits.${key}`, { org: s.org.name, cloud: names(true), other: names(false), ...countedLine(info, s) }) : '';
}

/** "Now that we have unlimited Signature incidents…" from an org whose competencies are no cloud ones: they are counted. */
export function unlimitedCorrection(info: TurnInfo, s: OrgSummary): string[] {
  const held = (s.org.membership?.competencies ?? []).flatMap((id) => s.program.competencies.find((c) => c.id === id) ?? []);
  return held.length && !held.some((c) => c.cloud) ? [ownCompetencies(info, s)] : [];
}

/** The org's answer led by the mismatch between the membership the speaker named and the records. */
function withClaim(info: TurnInfo, answer: Answer, s: OrgSummary, claimed: string | undefined, named: Program): Answer {
  if (!claimed) return answer;
  // A 2021 membership claimed by an org on today's program is named from the 2021 program.
  const name = (id: string | undefined) => (s.program.offers.find((o) => o.id === id) ?? named.offers.find((o) => o.id === id))?.name[info.locale] ?? id ?? '';
  const m = s.org.membership;
  const lead = m && s.membershipActive ? info.t('answers:benefits.claimed', { org: s.org.name, actual: name(m.offer), named: name(claimed) }) : info.t('answers:benefits.claimed-none', { org: s.org.name, named: name(claimed) });
  return { ...answer, text: [lead, answer.text].filter(Boolean).join('\n\n') };
}

/** What a benefits question asks for: an offer and competencies named, and which part ("why?", "and for Azure?"). */
export interface BenefitsAsk {
  offer?: string | undefined;
  /** Two or more offers named ("gold vs silver"): those, side by side. */
  offers?: readonly string[] | undefined;
  competencies: readonly string[];
  /** 'get': how a company without a membership gets incidents ("how do we get some?"). */
  aspect?: 'why' | 'cloud' | 'get' | undefined;
}

/** "20 incidents", "unlimited", "20 incidents, 17 left". */
export function allowanceText(info: TurnInfo, line: EntitlementLine | LineBalance): string {
  if (line.allowance.kind === 'unlimited') return info.t('answers:benefits.unlimited');
  const total = info.t('answers:benefits.incidents', { count: line.allowance.count });
  const r = 'remaining' in line ? line.remaining : undefined;
  return r?.kind === 'count' ? info.t('answers:benefits.left', { total, count: r.left }) : total;
}

/** Lines with their counts only, in one sentence ("Microsoft Product Support: 20 incidents, 18 left; …"). */
export function linesInShort(info: TurnInfo, lines: readonly (EntitlementLine | LineBalance)[]): string {
  return lines.map((l) => `${lineLabel(info, l)}: ${allowanceText(info, l)}`).join('; ');
}

/** A fact as one line of text ("Microsoft Product Support: 20 incidents, 18 left — …"), for notes and replies. */
export function factLine(f: AnswerFact): string {
  return `${f.label}: ${f.value}`;
}

export function lineFact(info: TurnInfo, line: EntitlementLine | LineBalance): AnswerFact {
  return { label: lineLabel(info, line), value: `${allowanceText(info, line)} — ${line.benefit.description[info.locale]} (${line.packName})` };
}

/** An org's lines with their balances; on today's program each line names the offer that grants it (an org may hold several). */
export function orgLineFacts(info: TurnInfo, s: Pick<OrgSummary, 'program' | 'lines'>): AnswerFact[] {
  return s.program.multipleOffers ? lineFacts(s.program, s.lines, info) : s.lines.map((l) => lineFact(info, l));
}

/** "No cloud benefit to link in Azure: only the {{count}} on-premises incidents a year" for an org without a cloud line. */
export function noCloudNote(info: TurnInfo, lines: readonly EntitlementLine[] | undefined): string {
  const onPrem = lines?.find((l) => l.benefit.scope === 'on-premises' && l.allowance.kind === 'count');
  return onPrem?.allowance.kind === 'count' ? info.t('answers:records.no-cloud-count', { count: onPrem.allowance.count }) : info.t('answers:records.no-cloud');
}

/** A line's name with what it is granted for ("Signature Cloud Support (cloud competency)"). */
export function lineLabel(info: TurnInfo, line: EntitlementLine): string {
  return line.basis === 'any' ? line.benefit.name : `${line.benefit.name} ${info.t(`answers:benefits.basis.${line.basis}`)}`;
}

function orgAnswer(info: TurnInfo, s: OrgSummary, side?: Benefit['scope']): Answer {
  const m = s.org.membership;
  if (!m || !s.membershipActive) return infoAnswer('no-benefits', s.program, info);
  const offer = s.program.offers.find((o) => o.id === m.offer);
  const names = m.competencies.map((id) => s.program.competencies.find((c) => c.id === id)?.name[info.locale] ?? id);
  // A current-program org may hold several offers: each line says which offer grants it.
  const lines = orgLineFacts(info, side ? { ...s, lines: s.lines.filter((l) => l.benefit.scope === side) } : s);
  const facts: AnswerFact[] = [
    s.program.multipleOffers ? heldOffersFact(s.program, m, info) : { label: info.t('answers:benefits.offer'), value: offer?.name[info.locale] ?? m.offer },
    ...(names.length ? [{ label: info.t('answers:benefits.competencies'), value: names.join(', ') }] : []),
    { label: info.t('answers:benefits.membership'), value: info.t('answers:benefits.until', { date: m.endsOn }) },
    ...lines,
    contractFact(info, s),
  ];
  const current = s.program.multipleOffers;
  const notes = [
    ...(s.contract === 'not-activated' ? [info.t('answers:benefits.activate-note', commonValues(s.program, info.locale))] : []),
    ...(s.lines.some((l) => l.benefit.scope === 'cloud') || current ? [] : [info.t('answers:benefits.action-pack-no-cloud')]),
    // A line used up (or the contract expired): what to do for support now.
    ...(s.contract === 'expired' || s.lines.some((l) => l.remaining.kind === 'count' && l.remaining.left === 0) ? [info.t('answers:incidents.options')] : []),
  ];
  return { kind: 'benefits', locale: info.locale, title: info.t('answers:benefits.org-title', { org: s.org.name }), facts, ...(notes.length ? { notes } : {}), citations: [cite(s.program, SECTION, info)], sensitive: false };
}

/** The lines of one offer; without named competencies both kinds, since the lines depend only on the kind held. */
function offerLines(service: EntitlementService, program: Program, offer: string, competencies: readonly string[]): EntitlementLine[] {
  const stand = (cloud: boolean) => program.competencies.find((c) => c.cloud === cloud)?.id ?? '';
  return service.entitlements({ offer, competencies: competencies.length ? [...competencies] : [stand(true), stand(false)] });
}

function offerAnswer(info: TurnInfo, service: EntitlementService, program: Program, offerId: string, competencies: readonly string[], side?: Benefit['scope']): Answer {
  const offer = program.offers.find((o) => o.id === offerId);
  const lines = offerLines(service, program, offerId, competencies);
  const cloud = lines.some((l) => l.benefit.scope === 'cloud');
  const notes = [info.t('answers:benefits.per-year'), info.t(cloud ? 'answers:benefits.activate-first' : 'answers:benefits.activate-first-one')];
  if (!cloud) notes.push(info.t(offer?.requiresCompetency ? 'answers:benefits.no-cloud' : 'answers:benefits.action-pack-no-cloud'));
  if (!info.user) notes.push(info.t('answers:benefits.unknown-user'));
  const now = nowCalledNote(offerId, info, service.catalog);
  if (now) notes.push(now);
  const title = info.t('answers:benefits.general-title', { offer: offer?.name[info.locale] ?? offerId });
  const text = countCorrected(info, lines, offer?.name[info.locale] ?? offerId);
  return { kind: 'benefits', locale: info.locale, title, ...(text ? { text } : {}), facts: lines.filter((l) => !side || l.benefit.scope === side).map((l) => lineFact(info, l)), notes, citations: [cite(program, SECTION, info)], sensitive: false };
}

/** A short count question about one side only ("how many on-prem?", "온프레미스는 몇 건이에요?"): the lines of that side. */
function sideCounted(text: string): Benefit['scope'] | undefined {
  if (text.split(/\s+/).length > 10 || !/\bhow many\b|\bcount\b|\bnumber\b|몇 ?(개|건)|숫자|건수|개수/i.test(text)) return undefined;
  // (A competency's name is no side: "gold with cloud platform", "골드 클라우드 플랫폼".)
  return scopeAsked(text.replace(/cloud (platform|productivity|business applications?|competenc(y|ies))|midmarket cloud solutions|클라우드 ?(플랫폼|생산성|비즈니스|역량)|중소기업 클라우드/gi, ' '));
}

/** A count stated with a question ("Silver gets 20 on-prem, right?", "실버는 온프레미스 20건 맞죠?"). */
const STATED_COUNT = /(?<![\d-])(\d{1,2})\s*(?:[a-z-]+\s+){0,2}(건|개(?!월)|incidents?|cases?|tickets?)/i;
const CLOUD_WORDS = /cloud|azure|signature|클라우드|애저|시그니처/i;

/** "Not 20: Silver gives 15 Microsoft Product Support incidents.": a wrong count stated in the question, corrected first. */
function countCorrected(info: TurnInfo, lines: readonly EntitlementLine[], offer: string): string | undefined {
  const stated = Number(STATED_COUNT.exec(info.text)?.[1] ?? NaN);
  // ("opened 7 onprem cases": a count used, not one the offer is said to give.)
  // ("if we open 12 azure cases are we over?": requests to come, not a count the offer is said to give.)
  if (!Number.isFinite(stated) || usedSaid(info.text) === stated || countsMore(info.text)) return undefined;
  const scope = ON_PREM.test(info.text) ? 'on-premises' : CLOUD_WORDS.test(info.text) ? 'cloud' : undefined;
  const counted = lines.filter((l) => (!scope || l.benefit.scope === scope) && l.allowance.kind === 'count');
  const line = counted[0];
  if (!line || line.allowance.kind !== 'count' || counted.some((l) => l.allowance.kind === 'count' && l.allowance.count === stated)) return undefined;
  return info.t('answers:benefits.not-that-count', { stated, offer, benefit: lineLabel(info, line), count: line.allowance.count });
}

/** What a 2021 offer gave, one fact per line ("Silver → today's designation" shows what Silver was). */
export function offerFacts(info: TurnInfo, service: EntitlementService, offerId: string): AnswerFact[] {
  const program = service.catalog.defaultProgram;
  return program.offers.some((o) => o.id === offerId) ? offerLines(service, program, offerId, []).map((l) => lineFact(info, l)) : [];
}

/** The entitlement table: every offer's lines (or the named offers'), one block of facts per offer. */
function tableAnswer(info: TurnInfo, service: EntitlementService, program: Program, only?: readonly string[], side?: Benefit['scope']): Answer {
  const facts = program.offers.filter((o) => !only || only.includes(o.id)).flatMap((o) =>
    offerLines(service, program, o.id, []).filter((l) => !side || l.benefit.scope === side).map((l) => ({ ...lineFact(info, l), label: `${o.name[info.locale]} · ${lineFact(info, l).label}` })),
  );
  const now = ['signature', 'product-support'].flatMap((term) => nowCalledNote(term, info, service.catalog) ?? []);
  const notes = [info.t('answers:benefits.per-year'), info.t('answers:benefits.table-cloud'), info.t('answers:benefits.action-pack-no-cloud'), info.t('answers:benefits.activate-first'), ...now];
  return { kind: 'benefits', locale: info.locale, title: info.t('answers:benefits.table-title'), facts, notes, citations: [cite(program, SECTION, info)], sensitive: false };
}

/**
 * "How many incidents does our Gold membership give us?": the org's own lines and balances when
 * the bot knows the speaker (and no other offer is named), the named offer's lines, or the whole
 * table when nothing is named. "Why?" and "and for Azure?" add the reason and the cloud part.
 */
export async function benefitsAnswer(info: TurnInfo, service: EntitlementService, ask: BenefitsAsk): Promise<Answer> {
  const program = service.catalog.defaultProgram;
  // "And if it were a non-cloud competency instead?": the membership's general lines, not the org's own.
  const nonCloud = CONSIDERED.test(info.text) && NON_CLOUD_SUPPOSED.test(info.text);
  const general = GENERAL.test(info.text) || nonCloud;
  // "클라우드 역량을 하나 따면요?", "and if we earned a cloud competency?": the lines with one (unlimited cloud).
  const cloudSupposed = !nonCloud && CONSIDERED.test(info.text) && CLOUD_SUPPOSED.test(info.text) ? program.competencies.find((c) => c.cloud)?.id : undefined;
  const several = (ask.offers?.length ?? 0) > 1 ? ask.offers : undefined;
  const table = several !== undefined || TABLE.test(info.text);
  // The speaker's own org, or (support staff) the partner the conversation is about.
  const summary = !general && !table ? await recordsSummary(info, service) : undefined;
  // "Our Gold membership" from someone whose records say Silver: the records, and that they differ.
  // "We were looking at Action Pack, what would that give us?": a membership considered, not claimed.
  const considered = ask.offer !== undefined && CONSIDERED.test(info.text);
  const claimed = summary && ask.offer && ask.offer !== summary.org.membership?.offer && !several && !considered && !OTHERS.test(info.text) && CLAIMS_OWN.test(info.text) ? ask.offer : undefined;
  // "If we had Cloud Platform instead?": the org's membership with the competencies supposed, not the records.
  const held = summary?.org.membership;
  const heldCloud = held?.competencies.some((c) => program.competencies.find((x) => x.id === c)?.cloud);
  const supposed = held && (!ask.offer || ask.offer === held.offer) && (ask.competencies.some((c) => !held.competencies.includes(c)) || (cloudSupposed && !heldCloud)) && CONSIDERED.test(info.text) && program.offers.some((o) => o.id === held.offer) ? held.offer : undefined;
  // The competencies the lines are read with: a cloud one supposed is added (to the membership's own when it is theirs).
  const base = supposed && held ? held.competencies : ask.competencies;
  // ("and if they also earned Cloud Productivity?": the one named beside those held; "… instead?": in their place.)
  const alsoHeld = supposed && held && ADDED.test(info.text) && !INSTEAD.test(info.text) ? [...new Set([...held.competencies, ...ask.competencies])] : ask.competencies;
  const supposedCompetencies = nonCloud ? [] : cloudSupposed && !base.some((c) => program.competencies.find((x) => x.id === c)?.cloud) ? [...base, cloudSupposed] : alsoHeld;
  const own = summary && !supposed && (!ask.offer || (ask.offer === summary.org.membership?.offer && !OTHERS.test(info.text)) || claimed);
  // No membership on record: says so (no counts that could read as theirs); "how do we get some?" adds what each membership gives.
  const none = own && (!summary.org.membership || !summary.membershipActive);
  if (none || (ask.aspect === 'get' && !own)) {
    const records = !none ? '' : claimed ? info.t('answers:benefits.claimed-none', { org: summary.org.name, named: summary.program.offers.find((o) => o.id === claimed)?.name[info.locale] ?? claimed }) : info.t('answers:records.no-membership', { org: summary.org.name });
    const base = ask.aspect === 'get' ? tableAnswer(info, service, program, several) : infoAnswer('no-benefits', program, info);
    return { ...base, text: [records, info.t('answers:benefits.without-membership'), base.text].filter(Boolean).join('\n\n') };
  }
  const offer = supposed ?? (!table && ask.offer && program.offers.some((o) => o.id === ask.offer) ? ask.offer : undefined);
  // ("온프레미스 몇 건인지 숫자만요" after the benefits: that side's lines.)
  const side = sideCounted(info.text);
  const shown = own ? withClaim(info, orgAnswer(info, summary, side), summary, claimed, service.catalog.defaultProgram) : offer ? offerAnswer(info, service, program, offer, supposedCompetencies, side) : tableAnswer(info, service, program, several, side);
  // "20 + unlimited, what's the total?", "how many more than Silver?": the sum or difference first.
  const name = (id: string) => program.offers.find((o) => o.id === id)?.name[info.locale] ?? id;
  // "We're Silver; if we move up to Gold, how many more Signature incidents?": the offer considered against the one held, with the competencies held.
  const heldOffer = summary?.org.membership && program.offers.some((o) => o.id === summary.org.membership?.offer) ? summary.org.membership : undefined;
  const against = !own && offer && heldOffer && heldOffer.offer !== offer && DIFF.test(info.text) ? heldOffer : undefined;
  const groups: CountGroup[] = own
    ? [{ offer: summary.org.name, lines: summary.lines, general: false }]
    : offer && against
      ? [offer, against.offer].map((id) => ({ offer: name(id), lines: offerLines(service, program, id, against.competencies), general: !against.competencies.length }))
      : offer
      ? [{ offer: name(offer), lines: offerLines(service, program, offer, supposedCompetencies), general: nonCloud || !ask.competencies.length }]
      : program.offers.filter((o) => !several || several.includes(o.id)).map((o) => ({ offer: name(o.id), lines: offerLines(service, program, o.id, []), general: true }));
  const sums = arithmeticLead(info, groups);
  const answer = sums ? { ...shown, text: [sums, shown.text].filter(Boolean).join('\n\n') } : shown;
  if (!ask.aspect || ask.aspect === 'get') return answer;
  // With the competencies known, the cloud line below is the answer: the general rule would only add other cases;
  // for a membership with no cloud line (Action Pack) the answer is that there is none.
  const lines = own ? summary.lines : offer ? offerLines(service, program, offer, supposedCompetencies) : [];
  const noCloud = (own || offer) && !program.multipleOffers && !lines.some((l) => l.benefit.scope === 'cloud');
  const key = ask.aspect !== 'cloud' ? ask.aspect : noCloud ? 'action-pack-no-cloud' : own && summary.program.multipleOffers ? 'cloud-offers' : (ask.competencies.length && !nonCloud) || own ? 'cloud-known' : 'cloud';
  const extra = info.t(`answers:benefits.${key}`, commonValues(program, info.locale));
  // "What's the difference between our two Signature lines?": which of the org's competencies is a cloud one.
  const mine = own && (ask.aspect === 'why' || ask.aspect === 'cloud') ? ownCompetencies(info, summary) : '';
  return { ...answer, text: [extra, mine, answer.text].filter(Boolean).join('\n\n') };
}

/** The support contract's state as a fact ("Support contract: not activated yet", "valid until …"). */
export function contractFact(info: Pick<TurnInfo, 't'>, s: Pick<OrgSummary, 'contract' | 'expiresAt'>): AnswerFact {
  return { label: info.t('answers:benefits.activation'), value: info.t(`answers:benefits.contract.${s.contract}`, { date: s.expiresAt?.slice(0, 10) ?? '' }) };
}
