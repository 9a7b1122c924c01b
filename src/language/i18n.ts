import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n, type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../core/types.js';

/** Where the message files live: locales/<language>/<namespace>.json. */
export const LOCALES_DIR = new URL('./locales/', import.meta.url);

/** Namespace used when a key names none; the dialogs' own texts. */
export const DEFAULT_NAMESPACE = 'answers';

/** Message resources as read from disk: language -> namespace -> nested messages. */
export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/**
 * Reads every `<namespace>.json` of every supported language under `dir`; a namespace is one
 * file. Throws (with the file name) on malformed JSON, so a broken message file stops startup.
 */
export function loadResources(dir: URL = LOCALES_DIR): Resources {
  const resources: Resources = {};
  for (const lng of LOCALES) {
    const folder = new URL(`${lng}/`, dir);
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const url = new URL(file, folder);
      try {
        namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
      } catch (cause) {
        throw new Error(`cannot read message file ${url.pathname}`, { cause });
      }
    }
    resources[lng] = namespaces;
  }
  return resources;
}

/**
 * An isolated i18next instance (not the global singleton) with English and Korean, English as
 * the fallback, every namespace file loaded, and no HTML escaping (renderers escape for their
 * channel). `returnObjects` stays per call: `t('nlu:intent', { returnObjects: true })`.
 */
export async function createI18n(dir: URL = LOCALES_DIR): Promise<i18n> {
  const resources = loadResources(dir);
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    ns: namespaces,
    defaultNS: namespaces.includes(DEFAULT_NAMESPACE) ? DEFAULT_NAMESPACE : (namespaces[0] ?? false),
    interpolation: { escapeValue: false },
    returnNull: false,
    // No console banner at startup: logs are for the bot's own lines.
    showSupportNotice: false,
  });
  return instance;
}

/** A `t` bound to one locale, for one turn of one conversation (no shared language switching). */
export function translator(instance: i18n, locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/**
 * Translate functions per locale with a bounded memo of results: the message files never change
 * while the bot runs, and i18next's `t` (tens of µs a call, a dozen calls an answer) showed up in
 * the benchmark profile. Results are the same strings or arrays i18next returns.
 */
export function memoizedTranslators(instance: i18n, maxEntries = 20_000): (locale: Locale) => (key: string, options?: Record<string, unknown>) => string {
  const memo = new Map<string, string>();
  const fixed = new Map<Locale, TFunction>();
  return (locale) => {
    let t = fixed.get(locale);
    if (!t) fixed.set(locale, (t = instance.getFixedT(locale)));
    const bound = t;
    return (key, options) => {
      const memoKey = `${locale}\u0000${key}\u0000${options ? JSON.stringify(options) : ''}`;
      const hit = memo.get(memoKey);
      if (hit !== undefined) return hit;
      const value = (bound as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(memoKey, value);
      return value;
    };
  };
}
