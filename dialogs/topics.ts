import { SECTIONS_2021 } from '../src/core/programs/mpn-2021.js';
import { INTENT_IDS, type IntentId } from '../src/language/intents.js';

/**
 * Every topic the bot answers, in one table: the facts.md rules it rests on, the article section
 * it cites, its command words (menu buttons, Teams command list, Slack subcommands) in both
 * languages, whether the command takes the rest of the line, and how it is answered:
 * `stateless` topics are one reply built from the catalog, the records and the conversation's
 * memory; `dialog` topics may ask (IDs, activation); `info` topics are a fixed text.
 */
export interface Topic {
  id: IntentId;
  rules: readonly string[];
  section?: string;
  words?: { en?: readonly string[]; ko?: readonly string[] };
  takesArgument?: boolean;
  /** Its key in the main menu (answers:menu.<key>), when it is there. */
  menu?: string;
  answer: 'stateless' | 'dialog' | 'info' | 'handoff' | 'cancel';
  /** The offer and competencies named in a follow-up ("and silver?") apply to this topic. */
  takesOffer?: boolean;
}

const S = SECTIONS_2021;

export const TOPICS: readonly Topic[] = [
  { id: 'help', rules: [], words: { en: ['help', 'menu'], ko: ['도움말', '도움'] }, answer: 'info' },
  { id: 'check-benefits', rules: ['R21-E1', 'R21-E2', 'R21-E3'], section: S.entitlement, words: { en: ['benefits'], ko: ['혜택'] }, takesArgument: true, menu: 'benefits', answer: 'stateless', takesOffer: true },
  { id: 'get-ids', rules: ['R21-A3', 'R21-V5'], section: S.activate, words: { en: ['ids', 'id'] }, takesArgument: true, menu: 'ids', answer: 'dialog' },
  { id: 'activate', rules: ['R21-A1', 'R21-V1', 'R21-V2', 'R21-V3', 'R21-V4'], section: S.activate, words: { en: ['activate'], ko: ['활성화'] }, takesArgument: true, answer: 'dialog' },
  { id: 'register-ids', rules: ['R21-V1', 'R21-A3'], section: S.activate, words: { en: ['register'], ko: ['등록', 'id등록'] }, takesArgument: true, answer: 'dialog' },
  { id: 'ticket-status', rules: [], words: { en: ['ticket', 'status'], ko: ['티켓상태', '내티켓'] }, answer: 'handoff' },
  { id: 'access-id-error', rules: ['R21-C3', 'R21-C4', 'R21-C5'], section: S.azureError, words: { en: ['error'], ko: ['오류'] }, takesArgument: true, menu: 'error', answer: 'stateless', takesOffer: true },
  { id: 'remaining-incidents', rules: ['R21-B1', 'R21-B2', 'R21-B3'], section: S.remaining, words: { en: ['incidents'], ko: ['인시던트'] }, takesArgument: true, menu: 'incidents', answer: 'stateless' },
  { id: 'not-authorized', rules: ['R21-A2'], section: S.activate, answer: 'info' },
  { id: 'no-benefits', rules: ['R21-V2'], section: S.activate, answer: 'info' },
  { id: 'csp-customer', rules: ['R21-C5', 'R21-C6'], section: S.cloud, answer: 'info' },
  { id: 'paid-plans', rules: ['R21-P2'], section: S.plans, answer: 'info' },
  { id: 'cloud-competencies', rules: ['R21-E1'], section: S.entitlement, answer: 'info' },
  { id: 'link-azure', rules: ['R21-C2', 'R21-C3', 'R21-C4'], section: S.cloud, answer: 'info' },
  { id: 'msa-allowed', rules: ['R21-A4'], section: S.onPrem, answer: 'info' },
  { id: 'supported-products', rules: ['R21-P1', 'R21-P2'], section: S.onPrem, answer: 'info' },
  { id: 'm365', rules: ['R21-C2'], section: S.cloud, answer: 'info' },
  { id: 'ids-usage', rules: ['R21-A3', 'R21-A4', 'R21-V5', 'R21-C4'], section: S.activate, answer: 'info' },
  { id: 'plan-expired', rules: ['R21-P4', 'R21-B3'], section: S.remaining, answer: 'info' },
  { id: 'incident-definition', rules: ['R21-E4'], section: S.entitlement, answer: 'info' },
  { id: 'validity', rules: ['R21-P4'], section: S.onPrem, answer: 'info' },
  { id: 'tpd', rules: ['R21-V6'], section: S.activate, answer: 'info' },
  { id: 'open-request', rules: ['R21-C2', 'R21-C3', 'R21-A4'], section: S.onPrem, answer: 'info' },
  { id: 'current-program', rules: ['R26-E1', 'R26-E2', 'R26-E3', 'R26-C4'], section: S.entitlement, answer: 'stateless' },
  { id: 'renamed', rules: ['R26-E1', 'R26-E2'], section: S.top, answer: 'stateless', takesOffer: true },
  { id: 'human', rules: [], words: { en: ['human', 'agent'], ko: ['상담원'] }, menu: 'human', answer: 'handoff' },
  { id: 'cancel', rules: [], words: { en: ['cancel'], ko: ['취소'] }, answer: 'cancel' },
];

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

/** The topic of an intent id (every intent has exactly one; a test checks the table covers INTENT_IDS). */
export function topicOf(id: IntentId): Topic {
  const topic = BY_ID.get(id);
  if (!topic) throw new Error(`no topic for intent ${id}`);
  return topic;
}

export const TOPIC_IDS: readonly IntentId[] = INTENT_IDS;

/** Command words in both languages → topic id. */
export const COMMANDS: Readonly<Record<string, IntentId>> = Object.fromEntries(
  TOPICS.flatMap((t) => [...(t.words?.en ?? []), ...(t.words?.ko ?? [])].map((w) => [w, t.id] as const)),
);

/** Words whose command takes the rest of the line ("benefits gold", "why <pasted error>"). */
export const ARGUMENT_WORDS: ReadonlySet<string> = new Set(TOPICS.filter((t) => t.takesArgument).flatMap((t) => [...(t.words?.en ?? [])]));

/** The English command word of a topic, used as a button value (it routes in both languages). */
export function commandWord(id: IntentId): string {
  return topicOf(id).words?.en?.[0] ?? id;
}

/** The main menu, in its order. */
export const MENU: readonly string[] = TOPICS.filter((t) => t.menu).map((t) => t.menu ?? '');
