import type { DialogContext } from 'botbuilder-dialogs';
import type { Answer } from '../src/core/answer.js';
import { ACCESS_ID_ERROR, type AccessIdErrorOptions } from './access-id-error.dialog.js';
import { CHECK_BENEFITS, type CheckBenefitsOptions } from './check-benefits.dialog.js';
import type { DialogDeps, Recognition } from './deps.js';
import { GET_IDS, type GetIdsOptions } from './get-ids.dialog.js';
import { INFO_TOPICS, infoAnswer, type InfoTopic } from './info.js';
import { REMAINING_INCIDENTS } from './remaining-incidents.dialog.js';
import { handoff, ticketStatus } from './handoff.js';
import { turnInfo } from './turn.js';
import { isIntentId } from '../src/language/intents.js';

/**
 * Command words (menu buttons, Teams command lists, Slack subcommands) in both languages.
 * They route without the classifier, so a button always does what it says.
 */
export const COMMANDS: Readonly<Record<string, string>> = {
  help: 'help',
  menu: 'help',
  '도움말': 'help',
  '도움': 'help',
  benefits: 'check-benefits',
  '혜택': 'check-benefits',
  ids: 'get-ids',
  id: 'get-ids',
  activate: 'activate',
  '활성화': 'activate',
  // Registering the IDs Partner Center shows (records helper, issue 13).
  register: 'register-ids',
  '등록': 'register-ids',
  'id등록': 'register-ids',
  error: 'access-id-error',
  why: 'access-id-error',
  '오류': 'access-id-error',
  incidents: 'remaining-incidents',
  '인시던트': 'remaining-incidents',
  human: 'human',
  // A partner's own ticket status (records helper, issue 13); "티켓" alone is the staff queue.
  ticket: 'ticket-status',
  status: 'ticket-status',
  '티켓상태': 'ticket-status',
  '내티켓': 'ticket-status',
  agent: 'human',
  '상담원': 'human',
  cancel: 'cancel',
  '취소': 'cancel',
};

/** Commands that take the rest of the line as their argument ("benefits gold", "why <pasted error>"). */
const TAKES_ARGUMENT = new Set(['benefits', 'why', 'error', 'activate', 'ids', 'incidents', 'register']);

/**
 * The command a text is: a command word alone ("혜택", "help"), or one of the argument-taking
 * English commands followed by its argument ("benefits gold" → check-benefits, rest "gold").
 * Other sentences that merely start with such a word ("혜택 활성화해 줘") go to the classifier.
 */
export function commandOf(text: string): { intent: string; rest: string } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase().replace(/^\//, '');
  const intent = COMMANDS[word] ?? (isIntentId(word) ? word : undefined);
  if (!intent || (rest.length > 0 && !TAKES_ARGUMENT.has(word))) return undefined;
  return { intent, rest: rest.join(' ') };
}

const CANCEL = /^(cancel|stop|quit|exit|start over|restart|never ?mind|취소|그만|그만해|처음부터|다시 시작|중단)[.!]?$/i;

/** Cancel / start over works at every prompt, in both languages. */
export function isCancel(text: string): boolean {
  return CANCEL.test(text.trim());
}

/** Starts the dialog for an intent, or sends the short answer for an informational one. */
export async function route(dc: DialogContext, recognition: Recognition, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  const { intent, entities } = recognition;
  const send = (answer: Answer) => deps.send(dc, answer);
  if (recognition.ambiguous && recognition.alternatives.length > 1) return send(didYouMean(recognition, info));
  switch (intent) {
    case 'check-benefits':
      await dc.beginDialog(CHECK_BENEFITS, { ...(entities.offer ? { offer: entities.offer } : {}), competencies: entities.competencies } satisfies CheckBenefitsOptions);
      return;
    case 'get-ids':
    case 'activate':
    case 'register-ids':
      await dc.beginDialog(GET_IDS, { activate: intent === 'activate', register: intent === 'register-ids' } satisfies GetIdsOptions);
      return;
    case 'access-id-error':
      await dc.beginDialog(ACCESS_ID_ERROR, { text: info.text, ...(entities.offer ? { offer: entities.offer } : {}) } satisfies AccessIdErrorOptions);
      return;
    case 'remaining-incidents':
      await dc.beginDialog(REMAINING_INCIDENTS);
      return;
    case 'cancel':
      return send(infoAnswer('nothing-to-cancel', program, info));
    case 'human':
      return handoff(dc, deps);
    case 'ticket-status':
      return ticketStatus(dc, deps);
    default: {
      const known = (INFO_TOPICS as readonly string[]).includes(intent);
      if (!known && info.text) await deps.staff.recordUnanswered(info.text, info.locale);
      return send(infoAnswer(known ? (intent as InfoTopic) : 'fallback', program, info));
    }
  }
}

const INTENT_COMMAND: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COMMANDS)
    .filter(([word]) => /^[a-z]+$/.test(word))
    .map(([word, intent]) => [intent, word]),
);

/** Two intents scored close together: offer both (as command buttons) instead of guessing. */
function didYouMean(recognition: Recognition, info: ReturnType<typeof turnInfo>): Answer {
  const choices = recognition.alternatives
    .slice(0, 3)
    .map((a) => ({ label: info.t(`nlu:intent.${a.intent}`), value: INTENT_COMMAND[a.intent] ?? a.intent }));
  return { kind: 'prompt', locale: info.locale, title: info.t('answers:did-you-mean.title'), text: info.t('answers:did-you-mean.text'), choices, sensitive: false };
}
