import { describe, expect, it } from '@jest/globals';
import { INTENT_IDS } from '../../src/language/intents.js';
import { hasHangul, normalizeText } from '../../src/language/normalize.js';
import { outOfScopeData, trainingData } from '../../src/language/training-data.js';
import { loadUtterances } from './eval-nlu.js';

const utterances = loadUtterances();
const training = (['en', 'ko'] as const).flatMap((locale) => [
  ...Object.entries(trainingData[locale]).flatMap(([intent, list]) => list.map((text) => ({ text, intent, locale }))),
  ...outOfScopeData[locale].map((text) => ({ text, intent: 'none', locale })),
]);
/** Same words in any order count as the same sentence. */
const key = (text: string) => normalizeText(text).split(' ').sort().join(' ');

describe('training data', () => {
  it.each(INTENT_IDS.flatMap((intent) => [[intent, 'en'], [intent, 'ko']] as const))('%s has 10 to 25 distinct %s utterances', (intent, locale) => {
    const list = trainingData[locale][intent];
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(list.length).toBeLessThanOrEqual(25);
    expect(new Set(list.map(key)).size).toBe(list.length);
  });

  it('writes Korean utterances in Korean and English ones in English', () => {
    expect(training.filter((t) => hasHangul(t.text) !== (t.locale === 'ko')).map((t) => t.text)).toEqual([]);
  });

  it('shares no sentence with the labelled evaluation set', () => {
    const labelled = new Set(utterances.map((u) => key(u.text)));
    expect(training.filter((t) => labelled.has(key(t.text))).map((t) => t.text)).toEqual([]);
  });

  it('never trains one sentence as two intents', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of training) {
      const before = seen.get(key(t.text));
      if (before !== undefined && before !== t.intent) clashes.push(t.text);
      seen.set(key(t.text), t.intent);
    }
    expect(clashes).toEqual([]);
  });
});

describe('labelled utterance set', () => {
  it('has at least 200 utterances, at least 45% of them Korean', () => {
    expect(utterances.length).toBeGreaterThanOrEqual(200);
    expect(utterances.filter((u) => u.locale === 'ko').length / utterances.length).toBeGreaterThanOrEqual(0.45);
  });

  it('covers every intent and none in both languages, in both splits', () => {
    for (const intent of [...INTENT_IDS, 'none']) {
      for (const locale of ['en', 'ko']) expect([intent, locale, utterances.filter((u) => u.intent === intent && u.locale === locale).length >= 5]).toEqual([intent, locale, true]);
      for (const split of ['heldout', 'train']) expect([intent, split, utterances.some((u) => u.intent === intent && u.split === split)]).toEqual([intent, split, true]);
    }
  });

  it('holds out about 40%, in both languages', () => {
    const heldout = utterances.filter((u) => u.split === 'heldout');
    expect(heldout.length / utterances.length).toBeGreaterThan(0.35);
    expect(heldout.length / utterances.length).toBeLessThan(0.45);
    expect(heldout.filter((u) => u.locale === 'ko').length / heldout.length).toBeGreaterThan(0.4);
  });

  it('labels each text once', () => {
    expect(new Set(utterances.map((u) => normalizeText(u.text))).size).toBe(utterances.length);
  });

  it('labels Korean text ko and English text en', () => {
    expect(utterances.filter((u) => hasHangul(u.text) !== (u.locale === 'ko')).map((u) => u.text)).toEqual([]);
  });
});
