import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { factsFromRecords, triage, type TriageFacts } from '../../src/core/triage.js';
import { NOW, entries, orgRecord, user } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;
const tree = program.triage;
const azureOwn = { location: 'azure-link', offer: 'gold', customerSubscription: 'no' } as const;

describe('triage tree for "Access ID is already associated" (facts.md §3)', () => {
  it.each<[string, TriageFacts, string, number | undefined]>([
    ['seen outside the Azure link blade', { location: 'other' }, 'other-portal', undefined],
    ['Action Pack: no cloud benefit to link', { location: 'azure-link', offer: 'action-pack' }, 'no-cloud-benefit', undefined],
    ['no active offer: no cloud benefit', { location: 'azure-link', offer: 'none' }, 'no-cloud-benefit', undefined],
    ['CSP customer subscription', { location: 'azure-link', offer: 'silver', customerSubscription: 'yes' }, 'csp-customer', undefined],
    ['scenario 2: contract expired', { ...azureOwn, contractStatus: 'expired' }, 'contract-invalid', 2],
    ['scenario 2: incidents used up', { ...azureOwn, contractStatus: 'exhausted' }, 'contract-invalid', 2],
    ['never activated', { ...azureOwn, contractStatus: 'not-activated' }, 'activate-first', undefined],
    ['scenario 1: this account linked before', { ...azureOwn, contractStatus: 'valid', linkedBefore: 'yes', planOffered: 'yes' }, 'already-linked', 1],
    // "Go to Q4 only if it is NOT offered": linked before, but the plan is missing from the new request.
    ['linked before, plan not offered: escalate', { ...azureOwn, contractStatus: 'valid', linkedBefore: 'yes', planOffered: 'no', planInSfb: 'yes' }, 'escalate', undefined],
    // Q6: not in Support for Business either → Add Contract on this account.
    ['plan not offered and not in Support for Business: add the contract', { ...azureOwn, contractStatus: 'unknown', linkedBefore: 'no', planOffered: 'no', planInSfb: 'no' }, 'add-contract', undefined],
    ['not linked before, plan offered anyway', { ...azureOwn, contractStatus: 'valid', linkedBefore: 'no', planOffered: 'yes' }, 'already-linked', 1],
    ['valid but never offered: escalate', { ...azureOwn, contractStatus: 'valid', linkedBefore: 'no', planOffered: 'no', planInSfb: 'yes' }, 'escalate', undefined],
    ['contract state unknown, linked before', { ...azureOwn, contractStatus: 'unknown', linkedBefore: 'yes', planOffered: 'yes' }, 'already-linked', 1],
  ])('%s → %s', (_n, facts, leaf, scenario) => {
    const result = triage(tree, facts);
    expect(result).toMatchObject({ kind: 'diagnosis', leaf });
    if (result.kind === 'diagnosis') {
      expect(result.scenario).toBe(scenario);
      expect(program.sections[result.section]).toBeDefined();
    }
  });

  it('every leaf of the tree is reached by the table above', () => {
    expect(Object.keys(tree.leaves).sort()).toEqual(['activate-first', 'add-contract', 'already-linked', 'contract-invalid', 'csp-customer', 'escalate', 'no-cloud-benefit', 'other-portal']);
  });

  it.each<[TriageFacts, string, string[]]>([
    [{}, 'location', ['azure-link', 'other']],
    [{ location: 'azure-link' }, 'offer', ['action-pack', 'none', 'silver', 'gold']],
    [{ location: 'azure-link', offer: 'gold' }, 'customerSubscription', ['yes', 'no']],
    [azureOwn, 'contractStatus', ['expired', 'exhausted', 'not-activated', 'valid', 'unknown']],
    [{ ...azureOwn, contractStatus: 'valid' }, 'linkedBefore', ['yes', 'no']],
    [{ ...azureOwn, contractStatus: 'valid', linkedBefore: 'no' }, 'planOffered', ['yes', 'no']],
  ])('with %j it asks exactly for %s', (facts, fact, options) => {
    expect(triage(tree, facts)).toMatchObject({ kind: 'need', fact, options });
  });

  it('never asks for a fact off the path (Action Pack needs no contract question)', () => {
    expect(triage(tree, { location: 'azure-link', offer: 'action-pack' }).kind).toBe('diagnosis');
  });

  it('asks again when an answer is not one of the options', () => {
    expect(triage(tree, { location: 'the moon' })).toMatchObject({ kind: 'need', fact: 'location' });
  });
});

describe('facts from the records', () => {
  const activated = {};
  it('reads offer, contract state and this account’s link from the store', () => {
    const u = user({ account: 'linked@org-a.example' });
    const links = [{ account: u.account, portal: 'support-for-business' as const, linkedAt: '2021-02-01T00:00:00.000Z' }];
    const valid = { offer: 'gold', contractStatus: 'valid', onPremStatus: 'valid', planStatus: 'valid', accountSide: 'membership' };
    expect(factsFromRecords(program, orgRecord({ activated, links }), u, NOW)).toEqual({ ...valid, linkedBefore: 'yes' });
    expect(factsFromRecords(program, orgRecord({ activated }), u, NOW)).toEqual({ ...valid, linkedBefore: 'no' });
    expect(factsFromRecords(program, orgRecord({ activated }), user({ scope: 'csp-only' }), NOW).accountSide).toBe('csp-only');
  });

  it('knows an expired, an exhausted and a never-activated contract, and an org without offer', () => {
    expect(factsFromRecords(program, orgRecord({ activated: { expiresAt: '2021-03-01T00:00:00.000Z' } }), undefined, NOW).contractStatus).toBe('expired');
    const silverHybrid = orgRecord({ activated, offer: 'silver', competencies: ['messaging'], ledger: entries('signature-hybrid', 5) });
    expect(factsFromRecords(program, silverHybrid, undefined, NOW)).toMatchObject({ contractStatus: 'exhausted', onPremStatus: 'valid', planStatus: 'exhausted' });
    const actionPackUsedUp = orgRecord({ activated, offer: 'action-pack', competencies: [], ledger: entries('product-support', 10) });
    expect(factsFromRecords(program, actionPackUsedUp, undefined, NOW)).toMatchObject({ contractStatus: 'valid', onPremStatus: 'exhausted', planStatus: 'exhausted' });
    expect(factsFromRecords(program, orgRecord({}), undefined, NOW).contractStatus).toBe('not-activated');
    expect(factsFromRecords(program, orgRecord({ offer: null }), undefined, NOW).offer).toBe('none');
  });

  it('with records, the dialog only has to ask where and for whom the error appeared', () => {
    const facts = factsFromRecords(program, orgRecord({ activated }), user(), NOW);
    expect(triage(tree, facts)).toMatchObject({ kind: 'need', fact: 'location' });
    expect(triage(tree, { ...facts, location: 'azure-link' })).toMatchObject({ kind: 'need', fact: 'customerSubscription' });
    expect(triage(tree, { ...facts, location: 'azure-link', customerSubscription: 'no' })).toMatchObject({ kind: 'need', fact: 'planOffered' });
  });
});
