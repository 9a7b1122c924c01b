/** Intents answered with one short, fixed answer (no dialog). */
export const SHORT_ANSWER_INTENTS = [
  'help', 'not-authorized', 'no-benefits', 'csp-customer', 'paid-plans', 'cloud-competencies', 'link-azure', 'msa-allowed', 'supported-products',
  'm365', 'ids-usage', 'plan-expired', 'incident-definition', 'validity', 'tpd', 'open-request',
] as const;

/** Intents answered from the current program (facts.md §4): today's table, and what the 2021 names are called now. */
export const CURRENT_PROGRAM_INTENTS = ['current-program', 'renamed'] as const;

/** Every intent the recognizer can return (besides 'none'); dialogs are keyed by these ids. */
export const INTENT_IDS = ['check-benefits', 'get-ids', 'activate', 'register-ids', 'ticket-status', 'access-id-error', 'remaining-incidents', ...SHORT_ANSWER_INTENTS, ...CURRENT_PROGRAM_INTENTS, 'human', 'cancel'] as const;

export type IntentId = (typeof INTENT_IDS)[number];

/** What the recognizer returns when nothing is confident enough. */
export type RecognizedIntent = IntentId | 'none';

/** Narrows an arbitrary string (e.g. a classifier label or a button value) to an intent id. */
export function isIntentId(value: string): value is IntentId {
  return (INTENT_IDS as readonly string[]).includes(value);
}

/** Which intent a known message's `meaning` (catalog messages) routes to. */
export const INTENT_BY_MESSAGE_MEANING: Readonly<Record<string, IntentId>> = {
  'already-associated': 'access-id-error',
  'not-authorized': 'not-authorized',
  'no-benefits': 'no-benefits',
  'plan-not-for-product': 'supported-products',
  'plan-expired': 'plan-expired',
  'plan-exhausted': 'plan-expired',
};
