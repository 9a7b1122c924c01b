import type { Answer } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { SHORT_ANSWER_INTENTS } from '../src/language/intents.js';
import { fromKey, menuChoices } from './compose.js';
import type { TurnInfo } from './turn.js';

/** Questions with a short, fixed answer: no prompt, no state — one answer from the catalog and the texts. */
export const INFO_TOPICS = [...SHORT_ANSWER_INTENTS, 'welcome', 'fallback', 'cancelled', 'nothing-to-cancel', 'unknown-user'] as const;
export type InfoTopic = (typeof INFO_TOPICS)[number];

const SECTIONS: Partial<Record<InfoTopic, string>> = {
  'not-authorized': 'view-and-activate-your-technical-support-benefits',
  'no-benefits': 'view-and-activate-your-technical-support-benefits',
  'csp-customer': 'signature-cloud-support-cloud-only',
  'paid-plans': 'partner-support-plans',
  'cloud-competencies': 'technical-support-entitlement-and-supported-products',
  'link-azure': 'azure-portal-error-access-id-is-already-associated-',
  'msa-allowed': 'microsoft-product-support-on-premises',
  'supported-products': 'microsoft-product-support-on-premises',
};

/** Catalog facts some topics list (competencies, paid plans), in the user's language. */
function factsFor(topic: InfoTopic, program: Program, info: TurnInfo): Answer['facts'] {
  if (topic === 'cloud-competencies') {
    return program.competencies.filter((c) => c.cloud).map((c) => ({ label: c.name[info.locale], value: info.t('answers:info.cloud-competencies.value') }));
  }
  if (topic === 'paid-plans') {
    return program.paidPlans.map((p) => ({ label: p.name, value: `${info.t(`answers:info.paid-plans.scope.${p.scope}`)} — ${p.url}` }));
  }
  return undefined;
}

/** The answer for a topic. Help-like topics end with the main menu as buttons. */
export function infoAnswer(topic: InfoTopic, program: Program, info: TurnInfo): Answer {
  const withMenu = topic === 'help' || topic === 'welcome' || topic === 'fallback' || topic === 'cancelled' || topic === 'nothing-to-cancel';
  const kind = topic === 'help' || topic === 'fallback' ? 'help' : topic === 'welcome' ? 'welcome' : 'info';
  const facts = factsFor(topic, program, info);
  const section = SECTIONS[topic];
  return fromKey(info, program, `info.${topic}`, {
    kind,
    ...(section ? { section } : {}),
    ...(facts ? { facts } : {}),
    ...(withMenu ? { choices: menuChoices(info) } : {}),
  });
}
