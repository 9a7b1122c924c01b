import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentEntitlementsAnswer, heldOffersFact, lineFacts, notDocumentedAnswer, nowCalledAnswer, nowCalledNote, openPointIds, programNote, whenChangedAnswer } from '../../dialogs/current-program.js';
import type { Translate, TurnInfo } from '../../dialogs/turn.js';
import type { Answer } from '../../src/core/answer.js';
import { currentProgram, loadCatalog } from '../../src/core/catalog.js';
import { EntitlementService } from '../../src/core/service.js';
import { TIMELINE, timelineEntry } from '../../src/core/timeline.js';
import type { Locale } from '../../src/core/types.js';
import { createI18n } from '../../src/language/i18n.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { FixedClock, SequentialIds } from '../fakes/ports.js';

const catalog = loadCatalog();
const program = currentProgram(catalog);
const i18n = await createI18n();
const LOCALES: Locale[] = ['en', 'ko'];

function info(locale: Locale): TurnInfo {
  return { locale, t: i18n.getFixedT(locale) as unknown as Translate, identity: { channel: 'test', tenant: 't', user: 'u' }, scope: 'private', text: '', memory: { recent: [] } };
}

/** Everything a user would read, as one string. */
const shown = (a: Answer) => [a.title, a.text, ...(a.facts ?? []).flatMap((f) => [f.label, f.value]), ...(a.notes ?? []), ...(a.citations ?? []).map((c) => c.title)].join('\n');

/** The note naming the one offer with on-premises incidents states that offer's count, the catalog's: checked on its own, then left out of an offer's counts. */
const designationNote = (locale: Locale) => i18n.getFixedT(locale)('program:current.on-prem-designation', { count: 20 });
const designationOnPrem = program.entitlements.find((e) => e.offer === 'solutions-partner' && e.benefit === 'partner-on-premises-support');
const withoutDesignationNote = (a: Answer, locale: Locale) => shown(a).replace(designationNote(locale), '');

/** The incident counts a text states: numbers left after removing dates and years, rule ids, the validity months and "1–2 minutes". */
function statedCounts(text: string): number[] {
  const v = program.validity;
  const cleaned = text
    .replace(/\d{4}-\d{2}(-\d{2})?/g, '')
    .replace(/\b20\d\d\b/g, '')
    .replace(/R\d{2}-[A-Z]+\d+/g, '')
    .replace(/1[–~]2/g, '')
    // (A line's plan name as the portals list it, "(Partner Cloud Support 50)", names the count already said on that line: checked below.)
    .replace(/\((Partner (Cloud|On-premises) Support) \d+\)/g, '')
    .replace(new RegExp(`(${v?.redeemWithinMonths}|${v?.lastsMonths}) ?(months|개월)`, 'g'), '');
  return [...cleaned.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

const countsOf = (offer: string) => program.entitlements.filter((e) => e.offer === offer).map((e) => (e.allowance.kind === 'count' ? e.allowance.count : -1));
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('current entitlements answer: no count contradicts the catalog', () => {
  it.each(LOCALES)('all offers (%s): exactly the catalog counts, per offer, never "unlimited"', (locale) => {
    const a = currentEntitlementsAnswer(info(locale), catalog);
    expect(sorted(statedCounts(withoutDesignationNote(a, locale)))).toEqual(sorted(program.entitlements.map((e) => (e.allowance.kind === 'count' ? e.allowance.count : -1))));
    expect(shown(a)).not.toMatch(/unlimited|무제한/i);
    expect(a.citations?.[0]?.url).toBe(`https://learn.microsoft.com/${locale === 'en' ? 'en-us' : 'ko-kr'}/partner-center/benefits/mpn-benefits-technical-support`);
    for (const o of program.offers) expect(shown(a)).toContain(o.name[locale]);
  });

  it.each(LOCALES.flatMap((l) => program.offers.map((o) => [l, o.id] as const)))('%s, one offer %s: only its own counts', (locale, offer) => {
    const a = currentEntitlementsAnswer(info(locale), catalog, offer);
    expect(designationOnPrem?.allowance).toEqual({ kind: 'count', count: 20 });
    expect(a.notes).toContain(designationNote(locale));
    expect(sorted(statedCounts(withoutDesignationNote(a, locale)))).toEqual(sorted(countsOf(offer)));
  });

  it.each(LOCALES)('each line\'s plan name (%s) carries that line\'s own count', (locale) => {
    const a = currentEntitlementsAnswer(info(locale), catalog);
    const named = (a.facts ?? []).flatMap((f) => {
      const pack = /\((Partner (Cloud|On-premises) Support) (\d+)\)/.exec(f.value);
      return pack ? [[Number(/(\d+)/.exec(f.value)?.[1]), Number(pack[3])]] : [];
    });
    expect(named.length).toBeGreaterThan(0);
    for (const [count, inName] of named) expect(inName).toBe(count);
  });

  it('says which program it answers for, that counts are per offer, and how to activate', () => {
    const a = currentEntitlementsAnswer(info('en'), catalog, 'solutions-partner');
    expect(a.title).toBe('What Solutions Partner designation gives you today');
    expect(a.text).toMatch(/current rules of the Microsoft AI Cloud Partner Program/);
    expect(a.facts).toEqual([
      { label: 'Partner Cloud Support — Solutions Partner designation', value: '50 incidents — cloud products only (Partner Cloud Support 50)' },
      { label: 'Partner On-premises Support — Solutions Partner designation', value: '20 incidents — recent on-premises products in mainstream support only (Partner On-premises Support 20)' },
    ]);
    expect(a.notes?.join('\n')).toMatch(/whether their incidents add up is not documented[\s\S]*13 months[\s\S]*12 months[\s\S]*Benefits → Technical support & consultation → Activate/);
    expect(currentEntitlementsAnswer(info('en'), catalog, 'partner-launch').facts).toEqual([{ label: 'Partner Launch', value: 'no support incidents (neither cloud nor on-premises)' }]);
  });

  it('reads as Korean in Korean', () => {
    const a = currentEntitlementsAnswer(info('ko'), catalog, 'partner-success-core');
    // One offer asked about: what it lacks is said too ("does Core include on-premises incidents?").
    expect(a.facts).toEqual([
      { label: 'Partner Cloud Support — Partner Success Core', value: '인시던트 2건 — 클라우드 제품 전용 (Partner Cloud Support 2)' },
      { label: 'Partner On-premises Support — Partner Success Core', value: '포함되지 않음(온-프레미스 인시던트 없음)' },
    ]);
    expect(a.text).toMatch(/Microsoft AI 클라우드 파트너 프로그램의 현재 기준/);
  });

  it('names every held offer, and says which program a general answer follows', () => {
    expect(heldOffersFact(program, { offer: 'solutions-partner', alsoHolds: ['partner-success-core'] }, info('en'))).toEqual({ label: 'Offers held', value: 'Solutions Partner designation, Partner Success Core' });
    expect(heldOffersFact(program, { offer: 'partner-launch' }, info('ko'))).toEqual({ label: '보유 오퍼', value: 'Partner Launch' });
    expect(programNote(info('en'), catalog)).toBe('Current rules of the Microsoft AI Cloud Partner Program (documentation as of 2026-08-28).');
    expect(programNote(info('ko'), catalog)).toBe('Microsoft AI 클라우드 파트너 프로그램의 현재 기준입니다(2026-08-28 기준 문서).');
  });

  it('an org on the current program: balances per held offer (demo Woodgrove)', async () => {
    const clock = new FixedClock(new Date('2026-11-30T09:00:00.000Z'));
    const store = await openFileStore({ file: join(mkdtempSync(join(tmpdir(), 'psb-cp-')), 'db.json'), clock });
    const summary = await new EntitlementService({ store, catalog, clock, ids: new SequentialIds() }).summary(DEMO.orgs.woodgrove);
    expect(lineFacts(program, summary?.lines ?? [], info('en')).map((f) => `${f.label}: ${f.value.split(' — ')[0]}`)).toEqual([
      'Partner Cloud Support — Solutions Partner designation: 50 incidents, 49 left',
      'Partner On-premises Support — Solutions Partner designation: 20 incidents, 19 left',
      'Partner Cloud Support — Partner Success Core: 2 incidents, 1 left',
    ]);
    await store.close();
  });
});

describe('"now called" line for 2021 answers', () => {
  it.each([
    ['gold', 'competencies-end', ['solutions-partner']],
    ['silver', 'competencies-end', ['solutions-partner']],
    ['action-pack', 'action-pack-retired', ['partner-success-core', 'partner-success-expanded', 'partner-launch']],
  ])('%s: the end date from the timeline and the successors\' counts from the catalog', (term, dateId, offers) => {
    for (const locale of LOCALES) {
      const note = nowCalledNote(term, info(locale), catalog) ?? '';
      expect(note).toContain(timelineEntry(dateId)?.date);
      expect(sorted(statedCounts(note))).toEqual(sorted(offers.flatMap(countsOf)));
      for (const o of offers) expect(note).toContain(program.offers.find((x) => x.id === o)?.name[locale]);
    }
  });

  it('reads naturally', () => {
    expect(nowCalledNote('gold', info('en'), catalog)).toBe(
      'Gold competency ended on 2022-09-30 (its legacy benefit pack could be renewed until 2025-01-22); today this is the Solutions Partner designation (50 Partner Cloud Support incidents, 20 Partner On-premises Support incidents).',
    );
    expect(nowCalledNote('gold', info('ko'), catalog)).toBe('골드 역량: 2022-09-30에 종료되었고(레거시 혜택 팩 갱신은 2025-01-22까지 가능했습니다), 현재 해당하는 오퍼는 Solutions Partner 지정(Partner Cloud Support 50건, Partner On-premises Support 20건)입니다.');
    expect(nowCalledNote('signature-cloud', info('ko'), catalog)).toBe(
      '시그니처 클라우드 지원: 2025-06-23부터 이름이 바뀌어 현재는 Partner Cloud Support입니다(Solutions Partner 지정 50건, Partner Success Expanded 5건, Partner Success Core 2건).',
    );
  });

  it.each([
    ['signature-cloud', 'Partner Cloud Support', [50, 5, 2]],
    ['product-support', 'Partner On-premises Support', [20]],
  ])('benefit %s: renamed on 2025-06-23 to %s, with today\'s counts per offer', (term, now, counts) => {
    const note = nowCalledNote(term, info('en'), catalog) ?? '';
    expect(note).toContain(`renamed ${now} on ${timelineEntry('benefit-rename')?.date}`);
    expect(note).toContain(now);
    expect(sorted(statedCounts(note))).toEqual(sorted(counts));
  });

  it('a role and a page: the new name, and no invented date where the sources give none', () => {
    expect(nowCalledNote('mpn-partner-admin', info('en'), catalog)).toBe('MPN partner admin is now called Partner admin (Microsoft AI Cloud Partner Program) (since 2023-07).');
    expect(nowCalledNote('technical-benefits', info('en'), catalog)).toMatch(/Technical support & consultation \(the sources give no date for this change\)/);
    expect(nowCalledNote('platinum', info('en'), catalog)).toBeUndefined();
  });
});

describe('"what is it called now?" and "when did it change?"', () => {
  it.each(LOCALES)('all 2021 names (%s), each with its date or "no date"', (locale) => {
    const a = nowCalledAnswer(info(locale), catalog);
    expect(a.facts).toHaveLength(9);
    expect(shown(a)).toContain('2025-06-23');
  });

  it('one term; an unknown term lists what is known', () => {
    expect(nowCalledAnswer(info('en'), catalog, 'signature-cloud').title).toBe('Signature Cloud Support → Partner Cloud Support');
    const unknown = nowCalledAnswer(info('en'), catalog, 'platinum');
    expect(unknown.text).toMatch(/I don't have a newer name for "platinum"/);
    expect(unknown.facts).toHaveLength(9);
  });

  it.each(LOCALES)('the whole timeline (%s), every entry with its date and how sure it is', (locale) => {
    const a = whenChangedAnswer(info(locale), catalog);
    expect(a.facts?.map((f) => f.label.split(' ')[0])).toEqual(TIMELINE.map((e) => e.date));
    expect(a.facts?.find((f) => f.label.startsWith('2025-01-22'))?.label).toMatch(locale === 'en' ? /research dossier/ : /리서치 자료/);
    expect(a.facts?.find((f) => f.label.startsWith('2025-06-23'))?.label).toBe('2025-06-23');
  });

  it('one term: its dates and the now-called line', () => {
    const a = whenChangedAnswer(info('en'), catalog, 'action-pack');
    expect(a.title).toBe('When Microsoft Action Pack changed');
    expect(a.facts?.map((f) => f.label)).toEqual(['2025-01-22 (research dossier, not re-checked on a Microsoft page)']);
    expect(a.text).toMatch(/retired on 2025-01-22/);
  });
});

describe('"not documented" answers for the open points', () => {
  // Counts of either program (an open point may recall the 2021 rule it replaced).
  const catalogCounts = new Set([...catalog.programs.values()].flatMap((p) => p.entitlements.map((e) => (e.allowance.kind === 'count' ? e.allowance.count : -1))));

  it.each(LOCALES.flatMap((l) => openPointIds(catalog).map((id) => [l, id] as const)))('%s: %s says it is not documented; any count it quotes is a catalog count', (locale, id) => {
    const a = notDocumentedAnswer(info(locale), catalog, id);
    if (!a) throw new Error(`no answer for ${id}`);
    expect(a.text).toMatch(locale === 'en' ? /doesn't say, so it is unclear and I won't guess/ : /추측으로 답변드리지 않겠습니다/);
    for (const n of statedCounts(shown(a).replace(/\d+ ?(days|일|월)/g, ''))) expect(catalogCounts).toContain(n);
    expect(shown(a)).not.toMatch(/\b57\b/);
  });

  it('stacking: names the rule and the question', () => {
    const a = notDocumentedAnswer(info('en'), catalog, 'stacking');
    expect(a?.title).toBe('Not documented: Do incident counts add up across offers held together (e.g. 50 + 2)?');
    expect(a?.facts?.[1]).toEqual({ label: 'Rule R26-E2', value: expect.stringMatching(/cannot be bought twice/) });
    expect(notDocumentedAnswer(info('en'), catalog, 'nope')).toBeUndefined();
  });
});
