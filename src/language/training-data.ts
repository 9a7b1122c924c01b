import type { Locale } from '../core/types.js';
import type { IntentId } from './intents.js';
import { outOfScopeEn, trainingEn } from './training-en.js';
import { outOfScopeKo, trainingKo } from './training-ko.js';

/** Training utterances per locale and intent (never the evaluation set in test/language). */
export const trainingData: Record<Locale, Record<IntentId, readonly string[]>> = { en: trainingEn, ko: trainingKo };

/** Out-of-scope utterances per locale, trained as the classifier's "None". */
export const outOfScopeData: Record<Locale, readonly string[]> = { en: outOfScopeEn, ko: outOfScopeKo };
