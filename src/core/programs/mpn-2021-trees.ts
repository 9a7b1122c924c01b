import type { ProgramInput } from '../catalog-schema.js';

type TreeInput = ProgramInput['triage'];
type Sections = Record<'activate' | 'onPrem' | 'remaining' | 'cloud' | 'azureError', string>;
type Leaf = TreeInput['leaves'][string];

/**
 * Staff-triage diagnosis trees of the 2021 program, one per known message (facts.md §2, §3).
 * Facts the org's records answer (offer, contract and pack states) come first where the advice
 * depends on them; what only the partner can tell (which account, which plan) is assumed with the
 * likeliest answer and shown to staff as a question to ask.
 */
/**
 * The Access-ID message's walk after the offer (facts.md §3 Q2–Q5), the same in every program:
 * whose subscription, the contract's state, then whether the plan is offered. "Linked before"
 * yes / probably and no both try scenario 1 first (Q3), unless the plan is known not to be offered (Q4).
 */
export const accessIdWalk: TreeInput['nodes'] = {
  customer: { ask: 'customerSubscription', branches: { yes: 'leaf:csp-customer', no: 'node:contract' }, assume: 'no' },
  contract: {
    ask: 'contractStatus',
    branches: { expired: 'leaf:contract-invalid', exhausted: 'leaf:contract-invalid', 'not-activated': 'leaf:activate-first', valid: 'node:linked', unknown: 'node:linked' },
    assume: 'unknown',
  },
  linked: { ask: 'linkedBefore', branches: { yes: 'node:offered', no: 'node:offered' }, assume: 'yes' },
  offered: { ask: 'planOffered', branches: { yes: 'leaf:already-linked', no: 'node:sfb' }, assume: 'yes' },
  // Q6: not in Support for Business either → the IDs were never added on this account (Add Contract).
  sfb: { ask: 'planInSfb', branches: { yes: 'leaf:escalate', no: 'leaf:add-contract' }, assume: 'yes' },
};

/**
 * `offers`: the membership offers of the program whose trees these are (the last is assumed when
 * unknown). The message trees that only ask "any offer or none" serve a later program with its own
 * offers; the Access-ID and link trees branch on 2021 offers' cloud benefits.
 */
export function mpn2021Trees(S: Sections, offers: readonly [string, ...string[]] = ['action-pack', 'silver', 'gold']): { accessIdTree: TreeInput; diagnosisTrees: Record<string, TreeInput> } {
  const seed = (section: string, confidence: Leaf['confidence'] = 'high'): Leaf => ({ confidence, section, basis: 'seed' });
  const inferred = (section: string, confidence: Leaf['confidence'] = 'medium'): Leaf => ({ confidence, section, basis: 'inferred' });
  const anyOffer = (to: string) => Object.fromEntries(offers.map((o) => [o, to]));
  const likeliest = offers[offers.length - 1] ?? offers[0];
  const packState = (valid: string) => ({ expired: 'leaf:plan-expired', exhausted: 'leaf:plan-exhausted', 'not-activated': 'leaf:activate-first', valid, unknown: valid });

  const accessIdTree: TreeInput = {
    start: 'node:location',
    nodes: {
      location: { ask: 'location', branches: { 'azure-link': 'node:offer', other: 'leaf:other-portal' }, assume: 'azure-link' },
      // Unknown offer: the tree goes on as for a competency partner (Q1 "no / unknown").
      offer: { ask: 'offer', branches: { 'action-pack': 'leaf:no-cloud-benefit', none: 'leaf:no-cloud-benefit', silver: 'node:customer', gold: 'node:customer' }, assume: 'gold' },
      ...accessIdWalk,
    },
    leaves: {
      'already-linked': { scenario: 1, ...seed(S.azureError) },
      'contract-invalid': { scenario: 2, ...seed(S.azureError) },
      'no-cloud-benefit': seed(S.azureError),
      'csp-customer': seed(S.cloud),
      'activate-first': seed(S.activate),
      'other-portal': inferred(S.azureError, 'low'),
      escalate: inferred(S.azureError),
      'add-contract': inferred(S.azureError),
    },
  };

  const diagnosisTrees: Record<string, TreeInput> = {
    'access-id': accessIdTree,
    // M1: a CSP-only account (R21-A2). Whether colleagues can share IDs depends on the activation.
    'not-authorized': {
      start: 'node:offer',
      nodes: {
        offer: { ask: 'offer', branches: { ...anyOffer('node:account'), none: 'leaf:no-active-offer' }, assume: likeliest },
        account: { ask: 'accountSide', branches: { 'csp-only': 'node:activated', membership: 'leaf:membership-refused' }, assume: 'csp-only' },
        activated: {
          ask: 'contractStatus',
          branches: { 'not-activated': 'leaf:csp-admin-activates', valid: 'leaf:csp-ask-colleague', exhausted: 'leaf:csp-ask-colleague', expired: 'leaf:csp-admin-activates', unknown: 'leaf:csp-ask-colleague' },
          assume: 'unknown',
        },
      },
      leaves: { 'no-active-offer': seed(S.activate), 'csp-ask-colleague': seed(S.activate), 'csp-admin-activates': seed(S.activate), 'membership-refused': inferred(S.activate, 'low') },
    },
    // M2: the company has no active offer, or (commonly) the wrong account is signed in.
    'no-benefits': {
      start: 'node:offer',
      nodes: { offer: { ask: 'offer', branches: { ...anyOffer('leaf:wrong-account'), none: 'leaf:no-active-offer' }, assume: likeliest } },
      leaves: { 'no-active-offer': seed(S.activate), 'wrong-account': seed(S.activate) },
    },
    // M4: the product (version) is outside the plan picked; harmless while reading balances (R21-B3).
    'plan-not-for-product': {
      start: 'node:offer',
      nodes: {
        offer: { ask: 'offer', branches: { ...anyOffer('node:balance'), none: 'leaf:no-active-offer' }, assume: likeliest },
        balance: { ask: 'balanceCheck', branches: { yes: 'leaf:balance-check-expected', no: 'node:scope' }, assume: 'no' },
        scope: { ask: 'planScope', branches: { cloud: 'leaf:cloud-plan-on-prem-product', 'on-premises': 'node:pack' }, assume: 'on-premises' },
        pack: { ask: 'onPremStatus', branches: packState('leaf:version-not-covered'), assume: 'unknown' },
      },
      leaves: {
        'no-active-offer': seed(S.activate),
        'balance-check-expected': seed(S.remaining),
        'cloud-plan-on-prem-product': seed(S.cloud),
        'version-not-covered': seed(S.onPrem, 'medium'),
        'plan-expired': seed(S.remaining),
        'plan-exhausted': seed(S.remaining),
        'activate-first': seed(S.activate),
      },
    },
    // M5: the plan is expired or used up; the records say which, and whether they disagree.
    'plan-invalid': {
      start: 'node:offer',
      nodes: {
        offer: { ask: 'offer', branches: { ...anyOffer('node:plan'), none: 'leaf:no-active-offer' }, assume: likeliest },
        plan: { ask: 'planStatus', branches: { ...packState('leaf:records-disagree'), unknown: 'leaf:plan-expired' }, assume: 'unknown' },
      },
      leaves: { 'no-active-offer': seed(S.activate), 'plan-expired': seed(S.remaining), 'plan-exhausted': seed(S.remaining), 'activate-first': seed(S.activate), 'records-disagree': inferred(S.remaining, 'low') },
    },
    'activate-button': {
      start: 'node:contract',
      nodes: {
        contract: {
          ask: 'contractStatus',
          branches: { 'not-activated': 'leaf:how-to-activate', expired: 'leaf:how-to-activate', valid: 'leaf:already-activated', exhausted: 'leaf:already-activated', unknown: 'leaf:how-to-activate' },
          assume: 'unknown',
        },
      },
      leaves: { 'how-to-activate': seed(S.activate), 'already-activated': seed(S.activate) },
    },
    'add-contract': {
      start: 'node:pack',
      nodes: { pack: { ask: 'onPremStatus', branches: packState('leaf:how-to-add-contract'), assume: 'unknown' } },
      leaves: { 'how-to-add-contract': seed(S.onPrem), 'plan-expired': seed(S.remaining), 'plan-exhausted': seed(S.remaining), 'activate-first': seed(S.activate) },
    },
    'unavailable-plans': {
      start: 'node:scope',
      nodes: {
        scope: { ask: 'planScope', branches: { cloud: 'leaf:signature-unavailable-expected', 'on-premises': 'node:pack' }, assume: 'cloud' },
        pack: { ask: 'onPremStatus', branches: packState('leaf:version-not-covered'), assume: 'unknown' },
      },
      leaves: {
        'signature-unavailable-expected': seed(S.remaining),
        'version-not-covered': seed(S.onPrem, 'medium'),
        'plan-expired': seed(S.remaining),
        'plan-exhausted': seed(S.remaining),
        'activate-first': seed(S.activate),
      },
    },
    'link-benefits': {
      start: 'node:offer',
      nodes: {
        offer: { ask: 'offer', branches: { 'action-pack': 'leaf:no-cloud-benefit', none: 'leaf:no-cloud-benefit', silver: 'node:contract', gold: 'node:contract' }, assume: 'gold' },
        contract: {
          ask: 'contractStatus',
          branches: { 'not-activated': 'leaf:activate-first', expired: 'leaf:contract-invalid', exhausted: 'leaf:contract-invalid', valid: 'leaf:how-to-link', unknown: 'leaf:how-to-link' },
          assume: 'unknown',
        },
      },
      leaves: { 'no-cloud-benefit': seed(S.azureError), 'activate-first': seed(S.activate), 'contract-invalid': { scenario: 2, ...seed(S.azureError) }, 'how-to-link': seed(S.cloud) },
    },
    'csp-plan': { start: 'leaf:csp-customer', nodes: {}, leaves: { 'csp-customer': seed(S.cloud) } },
  };
  return { accessIdTree, diagnosisTrees };
}

/** A UI label (facts.md §2 "Other UI labels") with the tree for partners stuck at it. */
export function label(id: string, portal: string, variants: { en: string[]; ko: string[] }, tree: string, section: string): ProgramInput['messages'][number] {
  return { id, portal, variants, shortForms: { en: [], ko: [] }, meaning: id, kind: 'label', tree, section };
}
