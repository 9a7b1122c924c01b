import { CoreError } from './errors.js';
import type { Allowance, Benefit, Offer, Program } from './catalog-schema.js';

/** One line of what an org is entitled to for a membership year (facts.md §1.3). */
export interface EntitlementLine {
  /** Stable line id; ledger entries refer to it ("product-support", "signature-cloud", "signature-hybrid"). */
  line: string;
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
  competencies: readonly string[];
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
 * The benefit lines a membership gives (facts.md §1.3): the offer's on-premises line, plus one
 * cloud line per kind of competency held — an org with both cloud and other competencies gets both.
 * Action Pack has no cloud line (R21-E2). Order follows the catalog.
 */
export function entitlementsFor(program: Program, membership: MembershipInput): EntitlementLine[] {
  const offer = findOffer(program, membership.offer);
  const { cloud, other } = classifyCompetencies(program, membership.competencies);
  const earned = { any: [] as string[], cloud, other };
  return program.entitlements
    .filter((row) => row.offer === offer.id)
    .filter((row) => row.when === 'any' || earned[row.when].length > 0)
    .map((row) => ({
      line: row.line,
      benefit: findBenefit(program, row.benefit),
      allowance: row.allowance,
      packName: row.packName,
      basis: row.when,
      earnedBy: earned[row.when],
      section: row.section,
    }));
}
