import { z } from 'zod';

/**
 * The shape of a program catalog: the benefit rules as data. A program change is a new data
 * file under ./programs plus tests, not new code. Every rule names the source-article section
 * (its anchor) it rests on, so answers can cite it.
 */

const text = z.object({ en: z.string().min(1), ko: z.string().min(1) });
const section = z.string().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
/** A page address in the reader's language (learn.microsoft.com/en-us/… vs /ko-kr/…). */
const localizedUrl = z.object({ en: z.string().url(), ko: z.string().url() });
/** A facts.md rule id (R21-E1, R26-C4): which documented rule a row rests on. */
export const ruleIdSchema = z.string().regex(/^R\d{2}-[A-Z]+\d+$/);
const rule = ruleIdSchema.optional();

export const allowanceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('unlimited') }),
]);
export type Allowance = z.infer<typeof allowanceSchema>;

/** Which competencies an entitlement row applies to (R21-E1): any, cloud ones, or the others. */
const competencyCondition = z.enum(['any', 'cloud', 'other']);

const entitlementSchema = z.object({
  /** The entitlement line this row grants; ledger entries are kept per line. */
  line: id,
  offer: id,
  benefit: id,
  when: competencyCondition,
  allowance: allowanceSchema,
  /** Pack name as support portals show it (R21-E3). */
  packName: z.string().min(1),
  section,
  rule,
});

const offerSchema = z.object({
  id,
  name: text,
  /** Words people use for the offer, lower-case, both languages (for recognition). */
  aliases: z.array(z.string().min(1)),
  /** Whether the offer is earned through competencies (Gold/Silver) or stands alone (Action Pack). */
  requiresCompetency: z.boolean(),
  /** What it costs a year in US dollars, where documented (today's offers, R26-E3). */
  priceUsd: z.number().int().positive().optional(),
  section,
  rule,
});

const competencySchema = z.object({
  id,
  name: text,
  cloud: z.boolean(),
  aliases: z.array(z.string().min(1)),
});

const benefitSchema = z.object({
  id,
  /** Product name, identical in both languages (only the description is translated). */
  name: z.string().min(1),
  scope: z.enum(['on-premises', 'cloud']),
  description: text,
  /** Portal where incidents are opened and (for on-premises) the balance is visible. */
  portal: id,
  section,
  rule,
});

const roleSchema = z.object({
  id: z.enum(['global-admin', 'mpn-partner-admin', 'admin-agent', 'user', 'staff']),
  name: text,
  /** Actions the role allows (see `Action` in entitlements.ts). */
  may: z.array(z.enum(['activate', 'view-ids', 'file-for-csp-customer', 'staff'])),
  section,
  rule,
});

const portalSchema = z.object({
  id,
  name: z.string().min(1),
  /** Absent when no source gives the address (the portal is then named, not linked). */
  url: z.string().url().optional(),
  /** Named click paths in the portal UI, exact labels in both languages. */
  paths: z.record(z.string(), z.object({ en: z.array(z.string()), ko: z.array(z.string()) })),
  /** What the partner does there (current program: where the IDs are redeemed, R26-V5/V6). */
  use: z.enum(['activate', 'link-ids', 'check-balance', 'cannot-link']).optional(),
  section,
  rule,
});

const paidPlanSchema = z.object({
  id,
  name: z.string().min(1),
  scope: z.enum(['all-products', 'cloud-only']),
  url: z.string().url(),
  section,
  rule,
});

/** A known UI or error message (facts.md §2), with every wording we have seen in each language. */
const messageSchema = z.object({
  id,
  portal: id,
  variants: z.object({ en: z.array(z.string().min(1)).min(1), ko: z.array(z.string()) }),
  /** Short forms people quote (headings, "Access ID is already associated ..."). */
  shortForms: z.object({ en: z.array(z.string()), ko: z.array(z.string()) }),
  /** The case it means, for routing: e.g. "not-authorized", "no-benefits", "already-associated". */
  meaning: id,
  /**
   * An error the portal shows, or a UI label people quote ("Add Contract"). Labels are short, so
   * they are matched only when quoted whole and only where asked for (staff triage).
   */
  kind: z.enum(['error', 'label']).default('error'),
  /** The diagnosis tree (a key of `trees`) staff triage walks for this message. */
  tree: id.optional(),
  section,
});

/** Triage decision tree (facts.md §3): questions over named facts, leading to leaves. */
export const triageFactSchema = z.enum([
  'location',
  'offer',
  'customerSubscription',
  'contractStatus',
  'linkedBefore',
  'planOffered',
  /** Whether Support for Business lists the partner plan at all (facts.md §3 Q6). */
  'planInSfb',
  /** The signed-in account's side of the company (R21-A2): membership or CSP only. */
  'accountSide',
  /** The on-premises pack: valid, expired, exhausted (incidents used up) or not activated. */
  'onPremStatus',
  /** The worst state of any line: expired, exhausted (some line used up), not-activated or valid. */
  'planStatus',
  /** The partner was only reading balances with the Windows trick (R21-B3). */
  'balanceCheck',
  /** Which plan the partner picked in Support for Business: the on-premises pack or the cloud one. */
  'planScope',
]);
export type TriageFact = z.infer<typeof triageFactSchema>;

const nodeRef = z.string().regex(/^(leaf|node):[a-z0-9-]+$/);
const triageNodeSchema = z.object({
  ask: triageFactSchema,
  /** Answer value -> next node or leaf ("node:x" / "leaf:y"). */
  branches: z.record(z.string(), nodeRef),
  /** The answer staff triage assumes while the partner has not said (the tree's "unknown" default). */
  assume: z.string().min(1),
});
const triageLeafSchema = z.object({
  /** 1 or 2 for the article's two scenarios; absent for the other leaves. */
  scenario: z.number().int().positive().optional(),
  confidence: z.enum(['high', 'medium', 'low']),
  section,
  /** Facts the leaf's advice relies on from the source (e.g. "inferred" leaves say so). */
  basis: z.enum(['seed', 'seed-2023', 'inferred']),
});
const triageTreeSchema = z.object({
  start: nodeRef,
  nodes: z.record(z.string(), triageNodeSchema),
  leaves: z.record(z.string(), triageLeafSchema),
});

/** A cited part of the source; `url` when the part is its own page (else the source URL + `#key`). */
const sectionSchema = z.object({ heading: text, url: localizedUrl.optional() });

/** One documented rule (facts.md §4 tables), with where it comes from and how sure we are. */
const ruleSchema = z.object({
  id: ruleIdSchema,
  /** facts.md §0 source codes (S11, S13, D for the dossier). */
  sources: z.array(z.string().regex(/^(S\d+|D)$/)).min(1),
  /** verified: read in a stored Microsoft page; dossier: from the research dossier only. */
  basis: z.enum(['verified', 'dossier', 'inferred']),
  text,
  section,
});

/** A question the sources leave open (facts.md §5): answered as "not documented", never guessed. */
const openPointSchema = z.object({
  id,
  /** Number of the point in facts.md §5. */
  fact: z.number().int().positive(),
  question: text,
  /** What the sources do say around it (shown with the "not documented" answer). */
  known: text,
  rule,
  section,
});

/** How long benefits last (R26-C4): redeem within N months of the membership start, then M months from unlock. */
const validitySchema = z.object({
  redeemWithinMonths: z.number().int().positive(),
  lastsMonths: z.number().int().positive(),
  rule: ruleIdSchema,
});

export const programSchema = z.object({
  id,
  name: text,
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The article; `url` per locale for programs whose pages exist in each language. */
  source: z.object({ title: text, url: z.union([z.string().url(), localizedUrl]) }),
  /** False when the source's section anchors are unknown: citations then link the page itself. */
  anchors: z.boolean().default(true),
  sections: z.record(z.string(), sectionSchema),
  /** Whether an org may hold several offers at once (current program, R26-E2); each is bought once. */
  multipleOffers: z.boolean().default(false),
  offers: z.array(offerSchema).min(1),
  competencies: z.array(competencySchema),
  benefits: z.array(benefitSchema).min(1),
  entitlements: z.array(entitlementSchema),
  roles: z.array(roleSchema),
  portals: z.array(portalSchema),
  paidPlans: z.array(paidPlanSchema),
  messages: z.array(messageSchema),
  /** Months a contract stays valid after activation (R21-P4: one year). */
  contractMonths: z.number().int().positive(),
  validity: validitySchema.optional(),
  rules: z.array(ruleSchema).default([]),
  openPoints: z.array(openPointSchema).default([]),
  /** The "Access ID is already associated" tree (facts.md §3), which partners walk themselves. */
  triage: triageTreeSchema,
  /** Staff triage: one diagnosis tree per message (`messages[].tree`), the org's records as evidence. */
  trees: z.record(z.string(), triageTreeSchema).default({}),
});

export type Program = z.infer<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;
export type Offer = Program['offers'][number];
export type Competency = Program['competencies'][number];
export type Benefit = Program['benefits'][number];
export type EntitlementRow = Program['entitlements'][number];
export type KnownMessage = Program['messages'][number];
export type TriageTree = Program['triage'];
export type ProgramRule = Program['rules'][number];
export type OpenPoint = Program['openPoints'][number];
export type LocalizedUrl = z.infer<typeof localizedUrl>;
