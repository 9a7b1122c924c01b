import { describe, expect, it } from '@jest/globals';
import { currentProgram, loadCatalog } from '../../src/core/catalog.js';
import { RENAMES, renameOf, renamesIn } from '../../src/core/renames.js';
import { TIMELINE, timelineEntry } from '../../src/core/timeline.js';

const catalog = loadCatalog();
const p2021 = catalog.defaultProgram;
const p2026 = currentProgram(catalog);

describe('timeline (facts.md §4.1), every entry', () => {
  it.each([
    ['n-1-policy', '2017-07-22', 'verified', /N \/ N-1/],
    ['competencies-end', '2022-09-30', 'verified', /Gold and Silver competencies/],
    ['cloud-partner-program', '2022-10-03', 'verified', /Microsoft Cloud Partner Program/],
    ['article-2023', '2023-03-27', 'verified', /unlimited Signature/],
    ['maicpp-rename', '2023-07', 'dossier', /Microsoft AI Cloud Partner Program/],
    ['azure-manual-add', '2024-07', 'verified', /by hand/],
    ['action-pack-retired', '2025-01-22', 'dossier', /Partner Launch, Partner Success Core and Partner Success Expanded/],
    ['benefit-rename', '2025-06-23', 'verified', /Partner Cloud Support.*Partner On-premises Support/],
    ['designation-badges', '2026-08', 'dossier', /three customer-facing badges/],
    ['billing-alignment', '2026-11-01', 'announced', /not documented/],
  ] as const)('%s on %s (%s)', (id, date, status, change) => {
    const e = timelineEntry(id);
    expect(e?.date).toBe(date);
    expect(e?.status).toBe(status);
    expect(e?.change.en).toMatch(change);
    expect(e?.change.ko).toMatch(/[가-힣]/);
    expect(e?.sources.length).toBeGreaterThan(0);
  });

  it('has exactly those ten entries, in date order, with valid dates', () => {
    expect(TIMELINE).toHaveLength(10);
    const dates = TIMELINE.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(Number.isNaN(Date.parse(d.length === 7 ? `${d}-01` : d))).toBe(false);
  });
});

describe('2021 → current names (facts.md §4.6), every mapping', () => {
  const ids = (program: typeof p2021, kind: string) => {
    if (kind === 'offer') return program.offers.map((o) => o.id);
    if (kind === 'benefit') return program.benefits.map((b) => b.id);
    if (kind === 'role') return program.roles.map((r) => r.id);
    return [];
  };

  it.each([
    ['program', 'program', [], /Microsoft AI Cloud Partner Program/, ['cloud-partner-program', 'maicpp-rename']],
    ['partner-admin', 'mpn-partner-admin', ['mpn-partner-admin'], /Partner admin/, ['maicpp-rename']],
    ['gold', 'gold', ['solutions-partner'], /Solutions Partner designation/, ['competencies-end', 'action-pack-retired']],
    ['silver', 'silver', ['solutions-partner'], /Solutions Partner designation/, ['competencies-end', 'action-pack-retired']],
    ['action-pack', 'action-pack', ['partner-success-core', 'partner-success-expanded', 'partner-launch'], /Partner Success Core or Expanded/, ['action-pack-retired']],
    ['signature', 'signature-cloud', ['partner-cloud-support'], /^Partner Cloud Support$/, ['benefit-rename']],
    ['product-support', 'product-support', ['partner-on-premises-support'], /^Partner On-premises Support$/, ['benefit-rename']],
    ['technical-benefits', 'technical-benefits', [], /Technical support & consultation/, []],
    ['support-for-business', 'support-for-business', [], /engagecenter\.microsoft\.com/, []],
  ])('%s (2021 id %s) → %j', (id, from, to, now, changedOn) => {
    const r = renameOf(id);
    expect(r?.from).toBe(from);
    expect(r?.to).toEqual(to);
    expect(r?.now.en).toMatch(now);
    expect(r?.changedOn).toEqual(changedOn);
    expect(renameOf(from)).toBe(r);
  });

  it('has exactly those nine mappings', () => {
    expect(RENAMES).toHaveLength(9);
  });

  it.each(RENAMES.map((r) => [r.id, r] as const))('%s names ids that exist in both catalogs and dates that exist on the timeline', (_id, r) => {
    if (['offer', 'benefit', 'role'].includes(r.kind)) {
      expect(ids(p2021, r.kind)).toContain(r.from);
      for (const to of r.to) expect(ids(p2026, r.kind)).toContain(to);
    }
    for (const t of r.changedOn) expect(timelineEntry(t)).toBeDefined();
    expect(r.was.ko).toBeTruthy();
    expect(r.now.ko).toBeTruthy();
  });

  it.each([
    ['is Signature support renamed?', ['signature']],
    ['what replaced Action Pack?', ['action-pack']],
    ['we were Gold, what now?', ['gold']],
    ['시그니처 클라우드 지원은 이름이 바뀌었나요?', ['signature']],
    ['액션팩은 뭐로 바뀌었어?', ['action-pack']],
    ['골드 역량은 이제 뭐라고 불러요?', ['gold']],
    ['how many incidents do we get?', []],
    ['golden retriever', []],
  ])('finds the 2021 terms in %j', (text, expected) => {
    expect(renamesIn(text).map((r) => r.id)).toEqual(expected);
  });
});
