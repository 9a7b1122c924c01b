import { CoreError } from './errors.js';
import type { Allowance, Benefit, Offer, Program } from './catalog-schema.js';

/** One line of what an org is entitled to for a membership year (facts.md §1.3). */
export interface EntitlementLine {
  /** Stable line id; ledger entries refer to it ("product-support", "signature-cloud", "signature-hybrid"). */
  line: string;
  /** The offer that grants the line (an org on the current program may hold several). */
  offer: string;
  benefit: Benefit;
  allowance: Allowance;
  packName: string;
  /** Which competencies earn this line: all for the on-premises line, else the cloud or the other ones. */
  basis: 'any' | 'cloud' | 'other';
  /** The org's competencies that earn the line (empty for `any`). */
  earnedBy: string[];
  section: string;
}

export interface MembershipInput {
  offer: string;
  /** Further offers held at the same time (programs with `multipleOffers`, R26-E2). */
  alsoHolds?: readonly string[] | undefined;
  competencies: readonly string[];
}

/** Every offer a membership holds, the main one first. */
export function heldOffers(membership: Pick<MembershipInput, 'offer' | 'alsoHolds'>): string[] {
  return [membership.offer, ...(membership.alsoHolds ?? [])];
}

export function findOffer(program: Program, offerId: string): Offer {
  const offer = program.offers.find((o) => o.id === offerId);
  if (!offer) throw new CoreError('UNKNOWN_OFFER', `unknown offer "${offerId}" in ${program.id}`);
  return offer;
}

export function findBenefit(program: Program, benefitId: string): Benefit {
  const benefit = program.benefits.find((b) => b.id === benefitId);
  if (!benefit) throw new CoreError('UNKNOWN_OFFER', `unknown benefit "${benefitId}" in ${program.id}`);
  return benefit;
}

/** Splits competencies into cloud ones and the others (R21-E1); throws for an id the program lacks. */
export function classifyCompetencies(program: Program, competencies: readonly string[]): { cloud: string[]; other: string[] } {
  const cloud: string[] = [];
  const other: string[] = [];
  for (const id of competencies) {
    const c = program.competencies.find((x) => x.id === id);
    if (!c) throw new CoreError('UNKNOWN_COMPETENCY', `unknown competency "${id}" in ${program.id}`);
    (c.cloud ? cloud : other).push(id);
  }
  return { cloud, other };
}

/**
 * The benefit lines a membership gives. 2021 (facts.md §1.3): the offer's on-premises line, plus
 * one cloud line per kind of competency held — an org with both cloud and other competencies gets
 * both; Action Pack has no cloud line (R21-E2). Current program (§4.2): each held offer's own lines,
 * listed per offer and never summed, since stacking is undocumented (§5.11). Order follows the
 * catalog. Throws UNKNOWN_OFFER for an offer the program lacks, held twice, or held beside
 * another in a single-offer program.
 */
export function entitlementsFor(program: Program, membership: MembershipInput): EntitlementLine[] {
  const held = heldOffers(membership).map((id) => findOffer(program, id).id);
  if (held.length > 1 && !program.multipleOffers) throw new CoreError('UNKNOWN_OFFER', `${program.id} allows one offer, not ${held.join(' + ')}`);
  if (new Set(held).size !== held.length) throw new CoreError('UNKNOWN_OFFER', `an offer is held twice: ${held.join(' + ')}`);
  const { cloud, other } = classifyCompetencies(program, membership.competencies);
  const earned = { any: [] as string[], cloud, other };
  return program.entitlements
    .filter((row) => held.includes(row.offer))
    .filter((row) => row.when === 'any' || earned[row.when].length > 0)
    .map((row) => ({
      line: row.line,
      offer: row.offer,
      benefit: findBenefit(program, row.benefit),
      allowance: row.allowance,
      packName: row.packName,
      basis: row.when,
      earnedBy: earned[row.when],
      section: row.section,
    }));
}

/**
 * The held offer to reason about for cloud support (the error tree's "offer" fact): the first held
 * offer that carries a cloud line, else the main offer. With several offers (R26-E2) the main one
 * may be Partner Launch while another carries Partner Cloud Support.
 */
export function cloudOffer(program: Program, membership: Pick<MembershipInput, 'offer' | 'alsoHolds'>): string {
  const cloudRows = program.entitlements.filter((row) => program.benefits.find((b) => b.id === row.benefit)?.scope === 'cloud');
  return heldOffers(membership).find((o) => cloudRows.some((row) => row.offer === o)) ?? membership.offer;
}
