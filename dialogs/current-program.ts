import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { currentProgram, type Catalog } from '../src/core/catalog.js';
import { entitlementsFor, heldOffers, type EntitlementLine } from '../src/core/entitlements.js';
import type { LineBalance } from '../src/core/ledger.js';
import { S26 } from '../src/core/programs/maicpp-2026-rules.js';
import { RENAMES, renameOf, type Rename } from '../src/core/renames.js';
import { TIMELINE, timelineEntry, type TimelineEntry } from '../src/core/timeline.js';
import { arithmeticLead } from './arithmetic.js';
import { cite, commonValues } from './compose.js';
import type { TurnInfo } from './turn.js';

/**
 * Pure answer builders for the current program (facts.md §4): its incident table, what the 2021
 * names are called now, when things changed, and "not documented" for the open points. Every
 * count comes from the catalog, every date from the timeline; texts are in the `program` namespace.
 */

type Lang = Pick<TurnInfo, 'locale' | 't'>;

export const offerName = (program: Program, id: string, info: Lang) => program.offers.find((o) => o.id === id)?.name[info.locale] ?? id;

/** "50 Partner Cloud Support incidents, 20 Partner On-premises Support incidents", or "no … incidents". */
export function offerCounts(program: Program, offerId: string, info: Lang): string {
  const lines = entitlementsFor(program, { offer: offerId, competencies: [] });
  const counts = lines.flatMap((l) => (l.allowance.kind === 'count' ? [info.t('program:count', { count: l.allowance.count, benefit: l.benefit.name })] : []));
  return counts.length ? counts.join(', ') : info.t('program:no-incidents');
}

function allowanceText(line: EntitlementLine | LineBalance, info: Lang): string {
  if (line.allowance.kind !== 'count') return '';
  const total = info.t('program:incidents', { count: line.allowance.count });
  const r = 'remaining' in line ? line.remaining : undefined;
  return r?.kind === 'count' ? info.t('program:left', { total, count: r.left }) : total;
}

/**
 * One fact per line, labelled with the offer that grants it ("Partner Cloud Support — Partner
 * Success Core": "2 incidents, 1 left — cloud products only"). Lines of several held offers stay
 * separate: whether they add up is not documented (facts.md §5.11). Works for an org's balances too.
 */
export function lineFacts(program: Program, lines: readonly (EntitlementLine | LineBalance)[], info: Lang): AnswerFact[] {
  return lines.map((l) => ({
    label: info.t('program:line-label', { benefit: l.benefit.name, offer: offerName(program, l.offer, info) }),
    // (The plan's name as the portals list it, "Partner Cloud Support 50", as 2021's lines give theirs.)
    value: `${allowanceText(l, info)} — ${l.benefit.description[info.locale]} (${l.packName})`,
  }));
}

/** "Offers held: Solutions Partner designation, Partner Success Core" for an org's benefits answer (every held offer, main first). */
export function heldOffersFact(program: Program, membership: { offer: string; alsoHolds?: readonly string[] | undefined }, info: Lang): AnswerFact {
  return { label: info.t('program:held-offers'), value: heldOffers(membership).map((o) => offerName(program, o, info)).join(', ') };
}

/** One line saying an answer follows the current program, for general answers that default to it. */
export function programNote(info: Lang, catalog: Catalog): string {
  const program = currentProgram(catalog);
  return info.t('program:program-note-short', { program: program.name[info.locale], asOf: program.asOf });
}

/** "Activate first: … Partner Center → …": today's activation, as a note of the table. */
export function activateFirstNote(info: Lang, catalog: Catalog): string {
  return info.t('program:current.activate', commonValues(currentProgram(catalog), info.locale));
}

/** How many on-premises incidents the one offer that has them carries (the Solutions Partner designation's 20). */
function onPremCount(program: Program): number | string {
  const line = program.offers.flatMap((o) => entitlementsFor(program, { offer: o.id, competencies: [] })).find((l) => l.benefit.scope === 'on-premises');
  return line?.allowance.kind === 'count' ? line.allowance.count : '';
}

/**
 * The current program's incident table: every offer (offers without incidents say so), one
 * offer, or the offers compared ("Core vs Expanded"). States that these are today's rules, that counts are per offer, and how long they last.
 */
export function currentEntitlementsAnswer(info: TurnInfo, catalog: Catalog, offerId?: string, compared: readonly string[] = []): Answer {
  const program = currentProgram(catalog);
  const offers = offerId ? [offerId] : compared.length > 1 ? compared : program.offers.map((o) => o.id);
  const facts = offers.flatMap((id) => {
    const lines = entitlementsFor(program, { offer: id, competencies: [] });
    if (!lines.length) return [{ label: offerName(program, id, info), value: info.t('program:no-incidents') }];
    // One offer asked about: the benefits it lacks are said too ("does Expanded include on-premises incidents?" → not included).
    const missing = offers.length < program.offers.length ? program.benefits.filter((b) => !lines.some((l) => l.benefit.id === b.id)) : [];
    const absent = missing.map((b) => ({ label: info.t('program:line-label', { benefit: b.name, offer: offerName(program, id, info) }), value: info.t('program:not-included', { context: b.scope === 'on-premises' ? 'on-premises' : 'cloud' }) }));
    return [...lineFacts(program, lines, info), ...absent];
  });
  const v = { program: program.name[info.locale], asOf: program.asOf, offer: offerName(program, offerId ?? '', info) };
  // "Launch vs Core, how many more?", "Core랑 Expanded 둘 다면 단순 합계는?": the difference or the plain sum first.
  const sums = arithmeticLead(info, offers.map((id) => ({ offer: offerName(program, id, info), lines: entitlementsFor(program, { offer: id, competencies: [] }), general: false })), { offersHeldTogether: true });
  const notes = [
    info.t('program:current.per-offer'),
    info.t('program:current.on-prem-designation', { count: onPremCount(program) }),
    ...(program.validity ? [info.t('program:current.validity', { redeem: program.validity.redeemWithinMonths, lasts: program.validity.lastsMonths })] : []),
    activateFirstNote(info, catalog),
  ];
  return {
    kind: 'benefits',
    locale: info.locale,
    title: info.t(offerId ? 'program:current.title-offer' : 'program:current.title-all', v),
    text: [sums, info.t('program:current.program-note', v)].filter(Boolean).join('\n\n'),
    facts,
    notes,
    citations: [cite(program, S26.offers, info)],
    sensitive: false,
  };
}

/** "2025-01-22 (research dossier, …)": dates read in a Microsoft page carry no mark. */
const dated = (e: TimelineEntry, info: Lang) => (e.status === 'verified' ? e.date : `${e.date}${info.t(`program:basis.${e.status}`)}`);

/** "since 2022-09-30, 2025-01-22" or "the sources give no date". */
function whenText(rename: Rename, info: Lang): string {
  const entries = rename.changedOn.flatMap((id) => timelineEntry(id) ?? []);
  return entries.length ? info.t('program:renamed.since', { dates: entries.map((e) => e.date).join(', ') }) : info.t('program:renamed.undated');
}

/**
 * The line to append to a 2021 answer: what the term is called now, since when, and (for offers
 * and benefits) today's counts from the current catalog, e.g. "Gold competency ended on 2022-09-30;
 * today this is the Solutions Partner designation: 50 Partner Cloud Support incidents, 20 …".
 * `term` is a 2021 catalog id (gold, silver, action-pack, signature-cloud, product-support,
 * mpn-partner-admin) or a rename id; undefined for a term without a known successor.
 */
export function nowCalledNote(term: string, info: Lang, catalog: Catalog): string | undefined {
  const rename = renameOf(term);
  if (!rename) return undefined;
  const program = currentProgram(catalog);
  const was = rename.was[info.locale];
  const date = timelineEntry(rename.changedOn[0] ?? '')?.date;
  if (rename.kind === 'offer' && date) {
    const now = rename.to.map((o) => info.t('program:note.offer-counts', { offer: offerName(program, o, info), counts: offerCounts(program, o, info) })).join('; ');
    // Gold and Silver: the competency ended first, renewing its legacy benefit pack later.
    const until = rename.changedOn.length > 1 ? timelineEntry(rename.changedOn.at(-1) ?? '')?.date : undefined;
    return info.t(rename.to.length > 1 ? 'program:note.offer-many' : until ? 'program:note.offer-legacy' : 'program:note.offer', { was, date, now, until });
  }
  if (rename.kind === 'benefit' && date) {
    const rows = program.entitlements.filter((e) => rename.to.includes(e.benefit));
    const counts = rows.flatMap((e) => (e.allowance.kind === 'count' ? [info.t('program:note.benefit-count', { count: e.allowance.count, offer: offerName(program, e.offer, info) })] : [])).join(', ');
    return info.t('program:note.benefit', { was, date, now: rename.now[info.locale], counts });
  }
  return info.t('program:note.other', { was, now: rename.now[info.locale], when: whenText(rename, info) });
}

/** "What is Signature called now?" for one 2021 term, or every 2021 name when none (or an unknown one) is given. */
export function nowCalledAnswer(info: TurnInfo, catalog: Catalog, term?: string): Answer {
  const program = currentProgram(catalog);
  const rename = term ? renameOf(term) : undefined;
  const citations = [cite(program, S26.page, info)];
  if (rename) {
    return {
      kind: 'info',
      locale: info.locale,
      title: info.t('program:renamed.title-one', { was: rename.was[info.locale], now: rename.now[info.locale] }),
      text: nowCalledNote(rename.id, info, catalog) ?? '',
      citations,
      sensitive: false,
    };
  }
  return {
    kind: 'info',
    locale: info.locale,
    title: info.t('program:renamed.title-all'),
    ...(term ? { text: info.t('program:renamed.unknown', { term }) } : {}),
    facts: RENAMES.map((r) => ({ label: r.was[info.locale], value: `${r.now[info.locale]} (${whenText(r, info)})` })),
    citations,
    sensitive: false,
  };
}

/** "When did it change?": the timeline entries of one 2021 term, or the whole timeline. */
export function whenChangedAnswer(info: TurnInfo, catalog: Catalog, term?: string): Answer {
  const program = currentProgram(catalog);
  const rename = term ? renameOf(term) : undefined;
  const entries = rename ? rename.changedOn.flatMap((id) => timelineEntry(id) ?? []) : [...TIMELINE];
  const facts = entries.map((e) => ({ label: dated(e, info), value: e.change[info.locale] }));
  const note = rename ? nowCalledNote(rename.id, info, catalog) : undefined;
  return {
    kind: 'info',
    locale: info.locale,
    title: rename ? info.t('program:timeline.title-one', { was: rename.was[info.locale] }) : info.t('program:timeline.title-all'),
    ...(note ? { text: note } : {}),
    ...(facts.length ? { facts } : {}),
    notes: [info.t('program:timeline.dates-note')],
    citations: [cite(program, S26.page, info)],
    sensitive: false,
  };
}

/** Ids of the current program's open points (facts.md §5), for the router: "stacking", "billing-alignment", … */
export function openPointIds(catalog: Catalog): string[] {
  return currentProgram(catalog).openPoints.map((p) => p.id);
}

/**
 * "Do incidents add up across offers?" and the other open points: says plainly that it is not
 * documented, what *is* documented around it (and the rule it touches), and offers a person.
 * Undefined for an id the program does not list.
 */
export function notDocumentedAnswer(info: TurnInfo, catalog: Catalog, pointId: string): Answer | undefined {
  const program = currentProgram(catalog);
  const point = program.openPoints.find((p) => p.id === pointId);
  if (!point) return undefined;
  const rule = point.rule ? program.rules.find((r) => r.id === point.rule) : undefined;
  return {
    kind: 'info',
    locale: info.locale,
    title: info.t('program:open.title', { question: point.question[info.locale] }),
    text: info.t('program:open.text'),
    facts: [
      { label: info.t('program:open.known'), value: point.known[info.locale] },
      ...(rule ? [{ label: info.t('program:open.rule', { id: rule.id }), value: rule.text[info.locale] }] : []),
    ],
    notes: [info.t('program:open.handoff')],
    citations: [cite(program, point.section, info)],
    sensitive: false,
  };
}
