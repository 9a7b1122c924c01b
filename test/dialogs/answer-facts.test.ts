import { describe, expect, it } from '@jest/globals';
import { benefitsAnswer } from '../../dialogs/benefits-answer.js';
import { infoAnswer, INFO_TOPICS, type InfoTopic } from '../../dialogs/info.js';
import type { Translate, TurnInfo } from '../../dialogs/turn.js';
import type { Answer } from '../../src/core/answer.js';
import type { Locale } from '../../src/core/types.js';
import { createI18n } from '../../src/language/i18n.js';
import { presentText } from '../../src/channels/console/present-text.js';
import { makeBot } from './harness.js';

/** The text a person reads. */
const read = (answer: Answer) => String(presentText(answer).text ?? '');

async function infoFor(locale: Locale): Promise<TurnInfo> {
  const i18n = await createI18n();
  return { locale, t: i18n.getFixedT(locale) as unknown as Translate, identity: { channel: 'console', tenant: 'local', user: 'nobody' }, scope: 'private', text: '', memory: { recent: [] } };
}

/** Every "N incidents" / "인시던트 N개" / "N건" a text states. */
function statedCounts(text: string): number[] {
  return [...text.matchAll(/(\d+) incidents?|인시던트 (\d+)개|(\d+)건/g)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
}

describe('no answer states a count that contradicts the catalog', () => {
  it.each(['en', 'ko'] as const)('every benefits line of every offer and kind of competency matches the catalog (%s)', async (locale) => {
    const { service } = await makeBot();
    const info = await infoFor(locale);
    const program = service.catalog.defaultProgram;
    for (const offer of program.offers) {
      for (const competency of program.competencies) {
        const text = read(await benefitsAnswer(info, service, { offer: offer.id, competencies: [competency.id] }));
        const expected = service.entitlements({ offer: offer.id, competencies: [competency.id] });
        for (const line of expected) {
          const amount = line.allowance.kind === 'count' ? String(line.allowance.count) : info.t('answers:benefits.unlimited');
          expect(text).toContain(`${line.benefit.name}`);
          expect(text).toMatch(new RegExp(`${line.benefit.name}[^\\n]*: [^\\n]*${amount}`));
        }
        // Nothing listed that the catalog does not give this membership.
        expect(text.split('\n').filter((l) => /^Signature Cloud Support/.test(l)).length).toBe(expected.filter((l) => l.benefit.scope === 'cloud').length);
      }
    }
  });

  it.each(['en', 'ko'] as const)('the whole table and every short answer state only counts the catalog has (%s)', async (locale) => {
    const { service } = await makeBot();
    const info = await infoFor(locale);
    const program = service.catalog.defaultProgram;
    // 2021 answers also say what the membership is called now, with today's counts (current program).
    const counts = new Set([...service.catalog.programs.values()].flatMap((p) => p.entitlements.flatMap((e) => (e.allowance.kind === 'count' ? [e.allowance.count] : []))));
    const texts = [read(await benefitsAnswer(info, service, { competencies: [] })), ...INFO_TOPICS.map((topic: InfoTopic) => read(infoAnswer(topic, program, info)))];
    for (const text of texts) for (const n of statedCounts(text)) expect([n, counts.has(n)]).toEqual([n, true]);
    // Action Pack never appears with cloud support.
    expect(texts[0]).not.toMatch(/Action Pack · Signature/);
  });
});
