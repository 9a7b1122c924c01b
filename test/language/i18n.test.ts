import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createI18n, loadResources, memoizedTranslators, translator } from '../../src/language/i18n.js';
import { INTENT_IDS } from '../../src/language/intents.js';

const resources = loadResources();
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a message tree as "a.b.c" -> value. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) for (const [lk, lv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(lk, lv);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

/** Keys without plural suffixes: Korean needs only "_other" where English needs "_one" and "_other". */
const baseKeys = (tree: unknown) => new Set([...leaves(tree).keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (value: unknown) => new Set(String(value).match(/\{\{\s*[\w.]+/g)?.map((p) => p.replace(/[{\s]/g, '')) ?? []);

const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))].sort();

describe('message files', () => {
  it('include this layer\'s own namespace', () => {
    expect(namespaces).toContain('nlu');
  });

  it.each(namespaces)('%s: exists in both languages with the same keys', (ns) => {
    const en = resources.en?.[ns];
    const ko = resources.ko?.[ns];
    expect([ns, en !== undefined, ko !== undefined]).toEqual([ns, true, true]);
    const enKeys = baseKeys(en);
    const koKeys = baseKeys(ko);
    expect({ missingInKo: [...enKeys].filter((k) => !koKeys.has(k)), missingInEn: [...koKeys].filter((k) => !enKeys.has(k)) }).toEqual({ missingInKo: [], missingInEn: [] });
  });

  it.each(namespaces.flatMap((ns) => [[ns, 'en'], [ns, 'ko']] as const))('%s (%s): has no empty message and every plural form the language needs', (ns, lng) => {
    const tree = leaves(resources[lng]?.[ns]);
    const empty = [...tree].filter(([, v]) => (typeof v === 'string' ? v.trim() === '' : Array.isArray(v) ? v.length === 0 : v === null)).map(([k]) => k);
    expect(empty).toEqual([]);
    const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const pluralBases = new Set([...tree.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    const missing = [...pluralBases].flatMap((base) => needed.filter((c) => !tree.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(namespaces)('%s: uses the same {{placeholders}} in both languages', (ns) => {
    const byBase = (lng: 'en' | 'ko') => {
      const map = new Map<string, Set<string>>();
      for (const [k, v] of leaves(resources[lng]?.[ns])) {
        const base = k.replace(PLURAL, '');
        map.set(base, new Set([...(map.get(base) ?? []), ...placeholders(v)]));
      }
      return map;
    };
    const en = byBase('en');
    const ko = byBase('ko');
    const differing = [...en].filter(([k, vars]) => ko.has(k) && [...vars].sort().join() !== [...(ko.get(k) ?? [])].sort().join()).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('names every intent (and none) in both languages for "did you mean" buttons', () => {
    for (const lng of ['en', 'ko'] as const) {
      const names = leaves(resources[lng]?.nlu);
      expect([...INTENT_IDS, 'none'].filter((id) => typeof names.get(`intent.${id}`) !== 'string')).toEqual([]);
    }
  });
});

describe('createI18n', () => {
  it('translates per locale with a fixed t, and returns whole objects on request', async () => {
    const i18n = await createI18n();
    expect(translator(i18n, 'en')('nlu:intent.check-benefits')).toBe('Check our benefits');
    expect(translator(i18n, 'ko')('nlu:intent.check-benefits')).toBe('혜택 확인');
    const names = translator(i18n, 'ko')('nlu:intent', { returnObjects: true }) as Record<string, string>;
    expect(names['get-ids']).toBe('액세스 ID와 계약 ID 보기');
  });

  it('falls back to English for a key Korean lacks, does not HTML-escape, and keeps instances apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psb-i18n-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'ko'));
    writeFileSync(join(dir, 'en', 'answers.json'), JSON.stringify({ only: 'English only', hi: 'Hi <b>{{name}}</b>' }));
    writeFileSync(join(dir, 'ko', 'answers.json'), JSON.stringify({ hi: '안녕 <b>{{name}}</b>' }));
    const a = await createI18n(pathToFileURL(`${dir}/`));
    const b = await createI18n(pathToFileURL(`${dir}/`));
    await a.changeLanguage('ko');
    expect(translator(a, 'ko')('only')).toBe('English only');
    expect(translator(a, 'ko')('hi', { name: 'R&D' })).toBe('안녕 <b>R&D</b>');
    expect(b.language).toBe('en');
  });

  it('refuses to start with a malformed message file and names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psb-i18n-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'ko'));
    writeFileSync(join(dir, 'en', 'answers.json'), '{ "broken": ');
    writeFileSync(join(dir, 'ko', 'answers.json'), '{}');
    await expect(createI18n(pathToFileURL(`${dir}/`))).rejects.toThrow(/en\/answers\.json/);
  });
});

describe('memoized translators', () => {
  it('give exactly what i18next gives, per locale and per interpolation values', async () => {
    const i18n = await createI18n();
    const translate = memoizedTranslators(i18n, 3);
    for (let round = 0; round < 2; round++) {
      for (const locale of ['en', 'ko'] as const) {
        const t = translate(locale);
        const plain = i18n.getFixedT(locale);
        expect(t('answers:benefits.incidents', { count: 20 })).toBe(plain('answers:benefits.incidents', { count: 20 }));
        expect(t('answers:benefits.incidents', { count: 1 })).toBe(plain('answers:benefits.incidents', { count: 1 }));
        expect(t('answers:info.help.steps', { returnObjects: true })).toEqual(plain('answers:info.help.steps', { returnObjects: true }));
      }
    }
    expect(translate('en')('answers:benefits.incidents', { count: 1 })).toBe('1 incident');
    expect(translate('ko')('answers:benefits.incidents', { count: 20 })).toBe('인시던트 20개');
  });
});
