import { describe, expect, it } from '@jest/globals';
import { loadCatalog, loadProgram } from '../../src/core/catalog.js';
import { entitlementsFor } from '../../src/core/entitlements.js';
import { CoreError } from '../../src/core/errors.js';
import { mpn2021 } from '../../src/core/programs/mpn-2021.js';

const program = loadCatalog().defaultProgram;

/** Summarise lines as "line=allowance" so each table cell reads like the article's table. */
const lines = (offer: string, competencies: string[]) =>
  entitlementsFor(program, { offer, competencies }).map((l) => `${l.line}=${l.allowance.kind === 'unlimited' ? 'unlimited' : l.allowance.count}`);

describe('entitlement table (facts.md §1.3)', () => {
  it.each([
    // offer, competencies, expected lines
    ['action-pack', [], ['product-support=10']],
    ['action-pack', ['cloud-platform'], ['product-support=10']],
    ['action-pack', ['messaging'], ['product-support=10']],
    ['silver', ['cloud-platform'], ['product-support=15', 'signature-cloud=unlimited']],
    ['silver', ['messaging'], ['product-support=15', 'signature-hybrid=5']],
    ['silver', ['security', 'data-analytics'], ['product-support=15', 'signature-cloud=unlimited', 'signature-hybrid=5']],
    ['gold', ['cloud-platform'], ['product-support=20', 'signature-cloud=unlimited']],
    ['gold', ['data-analytics'], ['product-support=20', 'signature-hybrid=10']],
    ['gold', ['cloud-platform', 'data-analytics'], ['product-support=20', 'signature-cloud=unlimited', 'signature-hybrid=10']],
    ['gold', [], ['product-support=20']],
  ])('%s with %j gives %j', (offer, competencies, expected) => {
    expect(lines(offer, competencies)).toEqual(expected);
  });

  it.each(['security', 'cloud-business-applications', 'cloud-platform', 'cloud-productivity', 'enterprise-mobility-management', 'small-and-midmarket-cloud-solutions'])(
    '%s is one of the six cloud competencies (unlimited Signature for Gold)',
    (competency) => {
      expect(lines('gold', [competency])).toEqual(['product-support=20', 'signature-cloud=unlimited']);
    },
  );

  it('has exactly six cloud competencies', () => {
    expect(program.competencies.filter((c) => c.cloud)).toHaveLength(6);
  });

  it('names the pack as support portals show it and cites the entitlement section', () => {
    const [onPrem, hybrid] = entitlementsFor(program, { offer: 'silver', competencies: ['messaging'] });
    expect(onPrem?.packName).toBe('Partner support Silver 15pack');
    expect(hybrid?.packName).toBe('Partner Signature 5pack');
    expect(hybrid?.benefit.name).toBe('Signature Cloud Support');
    expect(hybrid?.benefit.scope).toBe('cloud');
    expect(onPrem?.benefit.scope).toBe('on-premises');
    expect(onPrem?.section).toBe('technical-support-entitlement-and-supported-products');
    expect(hybrid?.earnedBy).toEqual(['messaging']);
  });

  it('refuses an unknown offer or competency with a coded error', () => {
    expect(() => entitlementsFor(program, { offer: 'platinum', competencies: [] })).toThrow(CoreError);
    expect(() => entitlementsFor(program, { offer: 'gold', competencies: ['quantum'] })).toThrow(expect.objectContaining({ code: 'UNKNOWN_COMPETENCY' }));
  });
});

describe('catalog validation', () => {
  it('loads the 2021 program with every rule citing a known section', () => {
    expect(program.id).toBe('mpn-2021');
    for (const e of program.entitlements) expect(program.sections[e.section]).toBeDefined();
  });

  it('rejects a catalog with a bad field, naming the field', () => {
    const bad = structuredClone(mpn2021) as { entitlements: { allowance: unknown }[] };
    bad.entitlements[0]!.allowance = { kind: 'count', count: -1 };
    expect(() => loadProgram(bad)).toThrow(/entitlements\.0\.allowance/);
  });

  it('rejects a catalog whose rules name a missing offer or a dangling triage branch', () => {
    const bad = structuredClone(mpn2021) as { entitlements: { offer: string }[]; triage: { nodes: Record<string, { branches: Record<string, string> }> } };
    bad.entitlements[0]!.offer = 'platinum';
    bad.triage.nodes['location']!.branches['other'] = 'leaf:nowhere';
    expect(() => loadProgram(bad)).toThrow(/unknown offer "platinum".*unknown leaf "nowhere"/);
  });

  it('refuses a default program the catalog lacks', () => {
    expect(() => loadCatalog([mpn2021], 'mpn-2026')).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROGRAM' }));
  });
});
