import { SECTIONS_2021 } from '../src/core/programs/mpn-2021.js';
import type { Answer } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { isIntentId, SHORT_ANSWER_INTENTS } from '../src/language/intents.js';
import { fromKey, list, menuChoices } from './compose.js';
import { topicOf } from './topics.js';
import type { TurnInfo } from './turn.js';

/** Questions with a short, fixed answer: no prompt, no state — one answer from the catalog and the texts. */
export const INFO_TOPICS = [...SHORT_ANSWER_INTENTS, 'welcome', 'fallback', 'cancelled', 'nothing-to-cancel', 'unknown-user', 'activate-general', 'ids-general', 'pushback-unknown', 'roles', 'thanks', 'pc-account'] as const;
export type InfoTopic = (typeof INFO_TOPICS)[number];

const ACTIVATE_SECTION = SECTIONS_2021.activate;

/** The section a topic cites: the topic table's, plus the general answers of the dialog topics. */
function sectionOf(topic: InfoTopic): string | undefined {
  if (topic === 'activate-general' || topic === 'ids-general' || topic === 'pushback-unknown' || topic === 'roles' || topic === 'pc-account') return ACTIVATE_SECTION;
  return isIntentId(topic) && topic !== 'help' ? topicOf(topic).section : undefined;
}

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
  const section = sectionOf(topic);
  return fromKey(info, program, `info.${topic}`, {
    kind,
    ...(section ? { section } : {}),
    ...(facts ? { facts } : {}),
    ...(withMenu ? { choices: menuChoices(info) } : {}),
  });
}

/** The 2021 source article itself: its title, address, date and outline, as the catalog holds them. */
export function sourceArticleAnswer(info: TurnInfo, program: Program): Answer {
  return {
    kind: 'info',
    locale: info.locale,
    title: info.t('answers:source-article.title'),
    text: info.t('answers:source-article.text', { title: program.source.title[info.locale], url: typeof program.source.url === 'string' ? program.source.url : program.source.url[info.locale], date: program.asOf }),
    steps: Object.values(program.sections).map((s) => s.heading[info.locale]),
    notes: list(info, 'answers:source-article.notes'),
    sensitive: false,
  };
}
