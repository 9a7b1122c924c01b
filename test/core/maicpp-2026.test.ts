import { describe, expect, it } from '@jest/globals';
import { citationUrl, currentProgram, loadCatalog, loadProgram } from '../../src/core/catalog.js';
import { entitlementsFor } from '../../src/core/entitlements.js';
import { maicpp2026 } from '../../src/core/programs/maicpp-2026.js';

const catalog = loadCatalog();
const program = currentProgram(catalog);

/** facts.md §4.2: incidents per offer (null = none). */
const TABLE: Record<string, { cloud: number | null; onPrem: number | null }> = {
  'solutions-partner': { cloud: 50, onPrem: 20 },
  'partner-success-expanded': { cloud: 5, onPrem: null },
  'partner-success-core': { cloud: 2, onPrem: null },
  'partner-launch': { cloud: null, onPrem: null },
};
const BENEFIT = { cloud: 'partner-cloud-support', onPrem: 'partner-on-premises-support' } as const;
const cells = Object.entries(TABLE).flatMap(([offer, row]) => (['cloud', 'onPrem'] as const).map((b) => [offer, BENEFIT[b], row[b]] as const));

describe('current program entitlements (facts.md §4.2), every offer × benefit cell', () => {
  it('prices each offer as facts.md R26-E3 does (USD a year), the same figures the price rule states', () => {
    const PRICES: Record<string, number> = { 'partner-launch': 350, 'partner-success-core': 925, 'partner-success-expanded': 4125, 'solutions-partner': 4875 };
    expect(Object.fromEntries(program.offers.map((o) => [o.id, o.priceUsd]))).toEqual(PRICES);
    const rule = program.rules.find((r) => r.id === 'R26-E3');
    for (const price of Object.values(PRICES)) expect(`${rule?.text.en} ${rule?.text.ko}`).toContain(price.toLocaleString('en-US'));
  });

  it('has exactly the four offers and two benefits of the table', () => {
    expect(program.offers.map((o) => o.id).sort()).toEqual(Object.keys(TABLE).sort());
    expect(program.benefits.map((b) => b.id).sort()).toEqual(Object.values(BENEFIT).sort());
  });

  it.each(cells)('%s × %s = %p incidents', (offer, benefit, expected) => {
    const lines = entitlementsFor(program, { offer, competencies: [] }).filter((l) => l.benefit.id === benefit);
    if (expected === null) return expect(lines).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.allowance).toEqual({ kind: 'count', count: expected });
    expect(lines[0]?.offer).toBe(offer);
    expect(lines[0]?.packName).toBe(`${lines[0]?.benefit.name} ${expected}`);
  });

  it('lists the lines of several held offers per offer, never summed (stacking is undocumented)', () => {
    const lines = entitlementsFor(program, { offer: 'solutions-partner', alsoHolds: ['partner-success-core'], competencies: [] });
    expect(lines.map((l) => `${l.offer}:${l.benefit.id}=${l.allowance.kind === 'count' ? l.allowance.count : '∞'}`)).toEqual([
      'solutions-partner:partner-cloud-support=50',
      'solutions-partner:partner-on-premises-support=20',
      'partner-success-core:partner-cloud-support=2',
    ]);
    expect(new Set(lines.map((l) => l.line)).size).toBe(lines.length);
  });

  it('refuses an offer held twice, an unknown offer, and several offers in the 2021 program', () => {
    expect(() => entitlementsFor(program, { offer: 'partner-success-core', alsoHolds: ['partner-success-core'], competencies: [] })).toThrow(/held twice/);
    expect(() => entitlementsFor(program, { offer: 'solutions-partner', alsoHolds: ['gold'], competencies: [] })).toThrow(expect.objectContaining({ code: 'UNKNOWN_OFFER' }));
    const p2021 = catalog.defaultProgram;
    expect(() => entitlementsFor(p2021, { offer: 'gold', alsoHolds: ['silver'], competencies: [] })).toThrow(/allows one offer/);
  });

  it('keeps the 2021 program valid and loads both programs', () => {
    expect([...catalog.programs.keys()].sort()).toEqual(['maicpp-2026', 'mpn-2021']);
    expect(catalog.defaultProgram.id).toBe('mpn-2021');
  });
});

describe('current program rules as data', () => {
  it('names a documented rule id on every offer, benefit, entitlement, role (but staff) and portal', () => {
    const ids = new Set(program.rules.map((r) => r.id));
    const rows = [...program.offers, ...program.benefits, ...program.entitlements, ...program.roles.filter((r) => r.id !== 'staff'), ...program.portals];
    for (const row of rows) expect(ids.has(row.rule ?? '')).toBe(true);
  });

  it.each(['R26-E1', 'R26-E2', 'R26-E3', 'R26-E4', 'R26-V1', 'R26-V2', 'R26-V3', 'R26-V4', 'R26-V5', 'R26-V6', 'R26-V7', 'R26-C1', 'R26-C2', 'R26-C3', 'R26-C4', 'R26-C5', 'R26-C6', 'R26-C7'])(
    '%s is present with a source and text in both languages',
    (id) => {
      const rule = program.rules.find((r) => r.id === id);
      expect(rule?.sources.length).toBeGreaterThan(0);
      expect(rule?.text.en).toBeTruthy();
      expect(rule?.text.ko).toMatch(/[가-힣]/);
    },
  );

  it('activation: partner admin and Global admin activate; Admin agent is listed but cannot', () => {
    const may = (id: string) => program.roles.find((r) => r.id === id)?.may ?? [];
    expect(may('global-admin')).toContain('activate');
    expect(may('mpn-partner-admin')).toContain('activate');
    expect(may('admin-agent')).not.toContain('activate');
    expect(program.portals.find((p) => p.id === 'partner-center')?.paths['activate']?.en).toEqual(['Benefits', 'Technical support & consultation', 'Activate']);
  });

  it('redemption places: Azure, Power Platform, Dynamics 365 F&O, engagecenter for on-premises; M365 admin center cannot link', () => {
    const use = (id: string) => program.portals.find((p) => p.id === id)?.use;
    expect(['azure-portal', 'power-platform', 'dynamics-fo', 'engage-center'].map(use)).toEqual(['link-ids', 'link-ids', 'link-ids', 'link-ids']);
    expect(use('m365-admin')).toBe('cannot-link');
    expect(use('support-for-business')).toBe('check-balance');
    expect(program.benefits.find((b) => b.scope === 'on-premises')?.portal).toBe('engage-center');
    expect(program.portals.find((p) => p.id === 'engage-center')?.url).toBe('https://engagecenter.microsoft.com');
  });

  it('validity: redeem within 13 months of the start, lasts 12 months from unlock (R26-C4)', () => {
    expect(program.validity).toEqual({ redeemWithinMonths: 13, lastsMonths: 12, rule: 'R26-C4' });
    expect(program.contractMonths).toBe(12);
  });

  it.each([
    [11, 'stacking'],
    [12, 'billing-alignment'],
    [15, 'expired-plan-messages'],
    [14, 'renewal-ids'],
  ])('facts.md §5.%i is an explicit open point (%s), not a rule', (fact, id) => {
    const point = program.openPoints.find((p) => p.id === id);
    expect(point?.fact).toBe(fact);
    expect(point?.known.ko).toMatch(/[가-힣]/);
  });

  it('cites the current page in the reader language, without guessing anchors', () => {
    expect(citationUrl(program, 'technical-support-entitlement-and-supported-products', 'en')).toBe('https://learn.microsoft.com/en-us/partner-center/benefits/mpn-benefits-technical-support');
    expect(citationUrl(program, 'technical-support-entitlement-and-supported-products', 'ko')).toBe('https://learn.microsoft.com/ko-kr/partner-center/benefits/mpn-benefits-technical-support');
    expect(citationUrl(catalog.defaultProgram, 'partner-support-plans', 'en')).toMatch(/mpn-benefits-technical-support#partner-support-plans$/);
  });

  it('rejects a row naming a rule the program does not document, and a line shared by two offers', () => {
    const bad = structuredClone(maicpp2026) as { entitlements: { rule?: string; line: string }[] };
    bad.entitlements[0]!.rule = 'R26-E9';
    bad.entitlements[2]!.line = bad.entitlements[0]!.line;
    expect(() => loadProgram(bad)).toThrow(/unknown rule "R26-E9".*granted by both/);
  });
});
