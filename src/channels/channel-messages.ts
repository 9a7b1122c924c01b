import type { Answer } from '../core/answer.js';
import type { Locale } from '../core/types.js';
import { loadResources } from '../language/i18n.js';

/** The `channels` namespace, read once: texts a door sends itself, without running the bot. */
const resources = loadResources();

function lookUp(locale: Locale, path: string): string {
  let node: unknown = resources[locale]?.['channels'];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node === 'string') return node;
  if (locale !== 'en') return lookUp('en', path);
  throw new Error(`missing message channels:${path}`);
}

/** One text of the `channels` namespace in the locale (English when missing). */
export function channelText(key: string, locale: Locale): string {
  return lookUp(locale, key);
}

/** A door's own message (title and text under `channels:<key>`) as an answer the renderers take. */
export function channelAnswer(key: string, locale: Locale): Answer {
  return { kind: 'info', locale, title: lookUp(locale, `${key}.title`), text: lookUp(locale, `${key}.text`), sensitive: false };
}
